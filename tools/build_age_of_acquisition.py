"""Build recordgen/wording/data/age_of_acquisition.tsv from Kuperman et al.'s age-of-acquisition norms.

    PYTHONPATH=$PWD python3 tools/build_age_of_acquisition.py AoA_51715_words.csv

Kuperman, Stadthagen-Gonzalez & Brysbaert (2012), "Age-of-acquisition ratings for
30,000 English words", Behavior Research Methods 44, 978-990: the age at which adults
(Americans, on Amazon Mechanical Turk) think they learned each word. The file read is the
authors' list of 51,715 words (their lemmas' ratings given to the inflected forms too),
which also carries the ratings of older studies of the same lemmas put on Kuperman's scale,
two of them British: Bird, Franklin & Howard (2001) and the Bristol norms
(Stadthagen-Gonzalez & Davis 2006). US raters put some British children's words late
("lorry" 13.6, "allotment" 13.3, "duvet" 15.0; British raters 4.8, 9.6, 6.4), so a word's
age here is the earliest the three give. A word's British spelling, which the file gives
beside it (column "Alternative.spelling": "neighbourhood", "cheque", "manoeuvre"), has its age.

Only what the check can use is written (familiar.age_of_acquisition): words rarer than the
highest office-word bar plus familiar.LATE_ALLOWANCE (a commoner word is never hard), a lemma's
age, and an inflected form's where its lemmas (lemminflect) would not give that age. Ages to
one decimal.
Provenance and terms in data/AOA-SOURCE.txt.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from recordgen.record.settings import LanguageSettings  # noqa: E402
from recordgen.support import lexicon  # noqa: E402
from recordgen.wording.familiar import LATE_ALLOWANCE, zipf  # noqa: E402

OUT = ROOT / "recordgen" / "wording" / "data" / "age_of_acquisition.tsv"
#: Kuperman's own ratings, then the two British norms on Kuperman's scale.
COLUMNS = ("AoA_Kup_lem", "AoA_Bird_lem", "AoA_Bristol_lem")


def read(path: str) -> dict[str, float]:
    """word -> the earliest age the three norms give its lemma."""
    ages: dict[str, float] = {}
    with open(path, encoding="utf-8-sig", newline="") as source:
        for row in csv.DictReader(source):
            values = [float(row[c]) for c in COLUMNS if row[c] and row[c] != "NA"]
            # The norms' own British spelling of a word ('neighbourhood', 'cheque') is learned with it.
            for word in (row["Word"].strip().lower(), row["Alternative.spelling"].strip().lower()):
                if values and word.isascii() and word.isalpha():
                    ages[word] = min(ages.get(word, 99.0), round(min(values), 1))
    return ages


def build(ages: dict[str, float]) -> list[tuple[str, str]]:
    """The rows worth shipping: each lemma, and a word whose lemmas would not give its own age."""
    # A word as common as the highest office-word bar plus LATE_ALLOWANCE is never hard: no age changes it.
    top = max(LanguageSettings().derived_word_zipf.values()) + LATE_ALLOWANCE
    ages = {word: age for word, age in ages.items() if zipf(word) < top}
    lemmas = {word: {lemma for found in lexicon.lemmas(word).values() for lemma in found} for word in ages}
    kept = {word: age for word, age in ages.items() if word in lemmas[word] or not lemmas[word]}
    for word, age in ages.items():
        if word not in kept and min((kept[lemma] for lemma in lemmas[word] if lemma in kept), default=None) != age:
            kept[word] = age
    return [(word, f"{age:.1f}") for word, age in sorted(kept.items())]


def main(path: str) -> None:
    rows = build(read(path))
    header = ("# Age of acquisition (years) of English words: the earliest of Kuperman et al. (2012) and the\n"
              "# British Bird et al. (2001) and Bristol (2006) norms on Kuperman's scale. Source and terms in\n"
              "# AOA-SOURCE.txt beside this file. Made by tools/build_age_of_acquisition.py: do not edit.\n")
    OUT.write_text(header + "".join(f"{word}\t{age}\n" for word, age in rows), encoding="utf-8")
    print(f"{len(rows)} words -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "AoA_51715_words.csv")
