"""False warnings of the paraphrase check (``recordgen.rules.paraphrase``).

Every record of the examples and the blind corpus, checked as validate does; then every item and
action of those records, as if withheld, against every text of every other record and of the
tests' sentence corpora, read as a shared item of the same copy: a hit is a false warning, or the
same matter retold (the corpora hold variants of the examples' sentences). With --show, the hits.

    PYTHONPATH=$PWD python tools/measure_paraphrase.py [--show]
"""

from __future__ import annotations

import sys
from pathlib import Path

from ruamel.yaml import YAML

from recordgen.record.loading import load_record
from recordgen.record.model import ITEM_SECTIONS
from recordgen.rules import paraphrase

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    show = "--show" in sys.argv
    paths = [p for p in sorted(ROOT.glob("examples/*.yaml")) + sorted(ROOT.glob("tests/blind_corpus/*.yaml"))
             if not p.name.endswith((".translations.yaml", ".expect.yaml"))]
    records = {path.name: load_record(path).record for path in paths}
    hits = [(name, shown, held) for name, record in records.items() for shown, held, _ in paraphrase.paraphrases(record)]
    withheld = [(name, record, item) for name, record in records.items()
                for item in [i.text for s in ITEM_SECTIONS for i in getattr(record, s)] + [a.what for a in record.actions]]
    held = sum(bool(i.withhold_from) for r in records.values() for s in ITEM_SECTIONS for i in getattr(r, s)) + sum(
        bool(a.withhold_from) for r in records.values() for a in r.actions)
    print(f"{len(records)} records, {held} withheld items: {len(hits)} warnings within their records")
    for hit in hits if show else ():
        print("   ", *hit)
    texts = [(name, text) for name, record in records.items() for _, text, _ in record.free_texts()]
    yaml = YAML(typ="safe")
    for corpus in ("tests/language_corpus.yaml", "tests/child_words_corpus.yaml"):
        texts += [(corpus, e["text"]) for e in yaml.load((ROOT / corpus).read_text(encoding="utf-8"))["entries"]]
    pairs, found = 0, []
    for name, record, item in withheld:
        left_out = paraphrase.child_names(record)
        words = paraphrase.content_words(item, left_out)
        if len(words) < paraphrase.MIN_SHARED:
            continue
        for source, text in texts:
            if source == name:
                continue
            pairs += 1
            if paraphrase.retold(words, paraphrase.content_words(text, left_out)):
                found.append((name, item, source, text))
    print(f"{len(withheld)} items as if withheld, {pairs} (item, other text) pairs from {len(texts)} texts: {len(found)} hits")
    for hit in found[:60] if show else ():
        print("   ", hit[0], "|", hit[1][:70], "||", hit[2], "|", hit[3][:90])


if __name__ == "__main__":
    main()
