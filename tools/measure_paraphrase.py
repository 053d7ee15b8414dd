"""False warnings of the paraphrase check (``recordgen.rules.paraphrase``).

Every record of the examples and the blind corpus, checked as validate does; then every item and
action of those records, as if withheld, against every text of every other record and of the
tests' sentence corpora, read as a shared text of the same copy (a name, a role or who does an
action for a sensitive matter alone, as validate reads them): a hit is a false warning, or the same
matter retold (the corpora hold variants of the examples' sentences). Hits are counted by why: most
of the item's words, most of one of its sentences, or the same sensitive matter. With --show, the hits.

    PYTHONPATH=$PWD python tools/measure_paraphrase.py [--show]
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from ruamel.yaml import YAML

from recordgen.record.loading import load_record
from recordgen.record.model import ITEM_SECTIONS
from recordgen.rules import paraphrase

ROOT = Path(__file__).resolve().parent.parent


def why(found: paraphrase.Retelling) -> str:
    return (f"matter ({found.matter})" if found.matter else "one sentence" if found.sentence
            else "phrase" if found.phrase else "most words")


def main() -> None:
    show = "--show" in sys.argv
    paths = [p for p in sorted(ROOT.glob("examples/*.yaml")) + sorted(ROOT.glob("tests/blind_corpus/*.yaml"))
             if not p.name.endswith((".translations.yaml", ".expect.yaml"))]
    records = {path.name: load_record(path).record for path in paths}
    hits = [(name, found) for name, record in records.items() for found in paraphrase.paraphrases(record)]
    withheld = [(name, record, item) for name, record in records.items()
                for item in [i.text for s in ITEM_SECTIONS for i in getattr(record, s)] + [a.what for a in record.actions]]
    held = sum(bool(i.withhold_from) for r in records.values() for s in ITEM_SECTIONS for i in getattr(r, s)) + sum(
        bool(a.withhold_from) for r in records.values() for a in r.actions)
    print(f"{len(records)} records, {held} withheld items: {len(hits)} warnings within their records")
    for name, found in hits if show else ():
        print("   ", name, found.shown, found.withheld, why(found), found.word or "")
    texts = [(name, loc, text) for name, record in records.items() for loc, text, _ in record.free_texts()]
    texts += [(name, ("distribution", i, "name"), r.name) for name, record in records.items()
              for i, r in enumerate(record.distribution)]
    yaml = YAML(typ="safe")
    for corpus in ("tests/language_corpus.yaml", "tests/child_words_corpus.yaml"):
        texts += [(corpus, (), e["text"]) for e in yaml.load((ROOT / corpus).read_text(encoding="utf-8"))["entries"]]
    pairs, found_ = 0, []
    for name, record, item in withheld:
        names = paraphrase.people_names(record)
        for source, loc, text in texts:
            if source == name:
                continue
            pairs += 1
            found = paraphrase.tells(item, text, names)
            if found and (found.matter or loc[-1:] not in (("role",), ("who",), ("name",))):
                found_.append((name, item, source, text, why(found)))
    kinds = Counter(hit[4].split(" (")[0] for hit in found_)
    print(f"{len(withheld)} items as if withheld, {pairs} (item, other text) pairs from {len(texts)} texts: "
          f"{len(found_)} hits ({', '.join(f'{n} {k}' for k, n in kinds.most_common())})")
    for hit in found_ if show else ():
        print("   ", hit[4], "|", hit[0], "|", hit[1][:70], "||", hit[2], "|", hit[3][:90])


if __name__ == "__main__":
    main()
