"""Build recordgen/wording/data/british_suffixed.tsv from SCOWL's British word list (issue 17, item 14).

    apt-get install wbritish-huge wordnet-base   # SCOWL's British English list; WordNet 3.0
    PYTHONPATH=$PWD python3 tools/build_british_words.py [WORD_LIST [WORDNET_DICT_DIR]]

WordNet (tools/build_child_words.py) is American and from 2006: it has no
"waltzer" (the fair ride), "stabiliser" (on a bike) or "wormery". Children make
and use such names the way English always has, from an everyday word and an
ending that names a thing or a place after it:

-er     a thing that does it or is used for it ("waltz" -> "waltzer", "stabilise" -> "stabiliser")
-ery    a place where it is kept or made ("worm" -> "wormery", "bake" -> "bakery")
-ie     a child's diminutive ("doggie", "nightie")

A made-up parse must not pass, so only a word that SCOWL's British list has
(with its plural), and whose stem the list has too, is written. Each line is
`word<TAB>stem`; the check (familiar.child_knows) finds the word familiar when
its stem is an everyday word for the band and not a Latinate office word, so
"facilitator" or "reunifier" gain nothing. As in child_words.tsv, people are
left out: a word WordNet knows as a person in any sense ("abuser", "groomer",
"gambler", and so also "waltzer", a dancer there) is not written, so the check
keeps finding the people a record names, as it does the professionals.
SCOWL's licence is beside the list (data/SCOWL-LICENSE.txt).
"""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "recordgen" / "wording" / "data"
OUT = DATA / "british_suffixed.tsv"
DEFAULT_LIST = Path("/usr/share/dict/british-english-huge")
DEFAULT_WORDNET = Path("/usr/share/wordnet")
PERSON_FILE = "18"  # noun.person, in lexnames(5WN)
COPYRIGHT = Path("/usr/share/doc/wbritish-huge/copyright")


def _stems(word: str) -> set[str]:
    """The everyday words a singular noun may be made from with -er, -ery or -ie."""
    stems: set[str] = set()
    for ending in ("er", "ery", "ie"):
        if not word.endswith(ending):
            continue
        base = word[: -len(ending)]
        stems |= {base, base + "e"}                          # waltz-er, stabilise-r, bak(e)-ery
        if len(base) > 2 and base[-1] == base[-2]:
            stems.add(base[:-1])                             # swim-m-er, dog-g-ie
        if base.endswith("i"):
            stems.add(base[:-1] + "y")                       # carri-er
    return {stem for stem in stems if len(stem) >= 3}


def _singulars(word: str) -> set[str]:
    forms = {word}
    if word.endswith("ies"):
        forms |= {word[:-3] + "y", word[:-1]}                # wormeries, nighties
    elif word.endswith("s"):
        forms.add(word[:-1])                                 # waltzers
    return forms


def people(wordnet: Path) -> set[str]:
    """Every one-word noun WordNet 3.0 knows as a person in some sense, lower case."""
    found = set()
    for line in (wordnet / "data.noun").read_text(encoding="latin-1").splitlines():
        fields = line.split()
        if not line.startswith("  ") and fields[1] == PERSON_FILE:
            found.update(re.sub(r"\(.*\)$", "", fields[4 + 2 * i]).lower() for i in range(int(fields[3], 16)))
    return found


def build(words: set[str], persons: set[str]) -> list[tuple[str, str]]:
    rows = set()
    for word in words:
        singulars = _singulars(word) & words
        american = {re.sub(r"is(er)$", r"iz\1", form) for form in singulars}  # organiser -> organizer
        if (singulars | american) & persons:
            continue
        for singular in singulars:
            rows.update((word, stem) for stem in _stems(singular) & words)
    return sorted(rows)


def main() -> None:
    source = Path(sys.argv[1] if len(sys.argv) > 1 else DEFAULT_LIST)
    if not source.exists():
        sys.exit(f"no word list at {source}: apt-get install wbritish-huge, or give its path")
    words = {line.strip() for line in source.read_text(encoding="utf-8", errors="replace").splitlines()}
    wordnet = Path(sys.argv[2] if len(sys.argv) > 2 else DEFAULT_WORDNET)
    if not (wordnet / "data.noun").exists():
        sys.exit(f"no WordNet 3.0 database in {wordnet}: apt-get install wordnet-base, or give its folder")
    words = {word for word in words if re.fullmatch(r"[a-z]+", word)}  # no names, no possessives
    rows = build(words, people(wordnet))
    header = (f"# Words of SCOWL's British English list ({source.name}, Debian's wbritish-huge) made of an\n"
              "# everyday word and -er, -ery or -ie, with that word; no people (WordNet 3.0's noun.person).\n"
              "# Licence in SCOWL-LICENSE.txt beside this file. Made by tools/build_british_words.py: do not edit.\n")
    OUT.write_text(header + "".join(f"{word}\t{stem}\n" for word, stem in rows), encoding="utf-8")
    if COPYRIGHT.exists():
        shutil.copyfile(COPYRIGHT, DATA / "SCOWL-LICENSE.txt")
    print(f"wrote {OUT.relative_to(ROOT)}: {len(rows)} words")


if __name__ == "__main__":
    main()
