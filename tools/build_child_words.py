"""Build recordgen/wording/data/child_words.tsv from WordNet 3.0 (issue 17, item 14).

    apt-get install wordnet-base   # Debian's WordNet 3.0 database, /usr/share/wordnet
    PYTHONPATH=$PWD python3 tools/build_child_words.py [WORDNET_DICT_DIR]

The reading-level check judges a word by its frequency in adult text, which
calls "jigsaw", "hutch" and "sandcastle" hard. This writes the nouns of a
child's world, from WordNet's own classification of English nouns, so that
recordgen needs no WordNet at run time (the list ships in the package, with
WordNet's licence beside it, data/WORDNET-LICENSE.txt). Each line is
`kind<TAB>word`:

child   a noun of a child's everyday world: a lemma of WordNet's animal, plant,
        food or natural-object files (noun.animal, noun.plant, noun.food,
        noun.object: "hamster", "conker", "custard", "pebble"), or under one of
        ROOTS below (toys, games, sports and their kit, clothes, shoes, hairstyles,
        adornments, parties, musical instruments, vehicles, parks, playgrounds, fairs and their rides,
        zoos, farms, animals' cages: "trampoline", "hopscotch", "pyjama", "hutch",
        "plimsoll", "plait", "bauble", "fete"), and the first word of such a lemma of
        two words when it is a noun itself ("jigsaw" of "jigsaw puzzle").
        Familiar to a child at any frequency.
thing   a noun whose first (most used) sense is a concrete thing (an artifact,
        natural object, animal, plant or food) and which is never an adjective:
        "spade", "lighthouse". Held to a lower frequency bar (familiar.THING_ALLOWANCE).
part    a noun whose first sense is concrete (those files, noun.substance and
        noun.body) or the weather (PART_ROOTS), common enough (Zipf >= 3) to begin a closed compound
        ("sand" + "castle", "hand" + "stand"; not "case" + "load" or "stake" +
        "holder", whose first senses are abstract).
head    a noun with a concrete sense or a place among any of its senses, common enough
        (Zipf >= 3) to end such a compound ("hay" + "ride").
joined  a concrete lemma of two or more words, written as one ("pompom" for
        "pom-pom", "nightlight" for "night-light").
moving  a verb whose first sense is a movement (verb.motion), or a sound (under sound.v.02) when
        another is a movement ("whizz", "rattle"); one made with -le ("wriggle", "wobble")
        or of one syllable ("whizz", "squish") is of a child's world.
touching  a verb whose first sense is a touch (verb.contact). A moving or touching
        verb begins a closed compound with a concrete noun ("dodge" + "ball",
        "swing" + "ball"; not "case" + "load").

People (noun.person) are left out on purpose: the professionals a child meets
("paediatrician", "solicitor") are the words the check must keep finding. So
are medicines, drugs, alcohol, tobacco, weapons, contraceptives and medical
instruments (ADULT_ROOTS), in any of their senses: "cannabis" is a plant too;
but only in its first sense as the end of a compound: "cup" of "teacup" is a
cupping glass too, "gun" of "airgun" is a weapon first.
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path

from wordfreq import zipf_frequency

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "recordgen" / "wording" / "data" / "child_words.tsv"

#: WordNet's lexicographer files, in the order of their numbers (lexnames(5WN)).
LEXNAMES = ("adj.all adj.pert adv.all noun.Tops noun.act noun.animal noun.artifact noun.attribute "
            "noun.body noun.cognition noun.communication noun.event noun.feeling noun.food noun.group "
            "noun.location noun.motive noun.object noun.person noun.phenomenon noun.plant noun.possession "
            "noun.process noun.quantity noun.relation noun.shape noun.state noun.substance noun.time").split()
#: Whole files of a child's world.
CHILD_FILES = {"noun.animal", "noun.plant", "noun.food", "noun.object"}
#: Synsets (lemma.n.sense) whose every hyponym is of a child's world.
ROOTS = (
    "plaything.n.01",         # toy: doll, kite, teddy, trampoline's kin
    "puzzle.n.02",            # jigsaw puzzle
    "game.n.01", "game.n.02", "game.n.03", "sport.n.01",   # hopscotch, rounders, swimming
    "game_equipment.n.01", "sports_equipment.n.01",          # dice, marbles, bat, skateboard
    "clothing.n.01",          # pyjama, stocking, raincoat
    "vehicle.n.01",           # tractor, scooter, sledge, go-kart
    "park.n.01", "park.n.02", "playground.n.02", "amusement_park.n.01", "fairground.n.01",
    "ride.n.02",              # fairground rides: roller coaster, carousel, big dipper
    "zoo.n.01", "farm.n.01",
    "cage.n.01",              # hutch, coop
    "footwear.n.01", "footwear.n.02",  # plimsolls, trainers: not under clothing in WordNet
    "hairdo.n.01",            # plait, ponytail, bunches
    "adornment.n.01",         # bauble, bangle, necklace
    "party.n.04",             # fete, birthday party, tea party
    "musical_instrument.n.01",  # glockenspiel, recorder, ukulele: played at school
)
#: Things of the adults' world a child may still be kept from, and which a record about
#: them names in adult words: no lemma of these (in any sense) is made familiar here.
ADULT_ROOTS = (
    "drug.n.01", "drug_of_abuse.n.01", "tobacco.n.01", "roll_of_tobacco.n.01",  # medicines, drugs, alcohol
    "weapon.n.01", "contraceptive.n.01", "medical_instrument.n.01",
)
#: The weather begins a child's compounds too ("hail" + "stone", "snow" + "flake"), not as a
#: word of its own: WordNet files "clemency" and "temperateness" under it as well.
PART_ROOTS = ("atmospheric_phenomenon.n.01",)
#: Verbs of moving and touching, numbered as in LEXNAMES' continuation (lexnames(5WN)).
VERB_KINDS = {35: "touching", 38: "moving"}  # verb.contact, verb.motion
MOTION = 38
#: sound.v.02, "make a certain noise or sound": whose kinds ("whizz") may be movements in another sense.
SOUND = "02176286"
CONCRETE_FILES = {"noun.artifact", "noun.object", "noun.animal", "noun.food", "noun.plant"}
PART_FILES = CONCRETE_FILES | {"noun.substance", "noun.body"}


def _read(folder: Path):
    synsets: dict[str, tuple[str, list[str], list[str]]] = {}
    for line in (folder / "data.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue  # the licence at the top of the file
        fields = line.split("|")[0].split()
        offset, lexfile, count = fields[0], LEXNAMES[int(fields[1])], int(fields[3], 16)
        lemmas = [re.sub(r"\(.*\)$", "", fields[4 + 2 * i]) for i in range(count)]
        at = 4 + 2 * count
        hypernyms = []
        for i in range(int(fields[at])):
            symbol, target, pos = fields[at + 1 + 4 * i: at + 4 + 4 * i]
            if symbol == "@" and pos == "n":
                hypernyms.append(target)
        synsets[offset] = (lexfile, lemmas, hypernyms)
    senses: dict[str, list[str]] = {}
    for line in (folder / "index.noun").read_text(encoding="latin-1").splitlines():
        if not line.startswith("  "):
            fields = line.split()
            senses[fields[0]] = fields[-int(fields[2]):]
    adjectives = {line.split()[0] for line in (folder / "index.adj").read_text(encoding="latin-1").splitlines()
                  if not line.startswith("  ")}
    return synsets, senses, adjectives


def _moving_verbs(folder: Path) -> set[tuple[str, str]]:
    """(kind, verb) of one-word verbs whose first sense is a movement or a touch ("dodge", "swing"), or
    a sound when another is a movement ("whizz", "rattle", "slosh"): moving."""
    files: dict[str, int] = {}
    hypernyms: dict[str, list[str]] = {}
    for line in (folder / "data.verb").read_text(encoding="latin-1").splitlines():
        if not line.startswith("  "):
            fields = line.split("|")[0].split()
            files[fields[0]] = int(fields[1])
            at = 4 + 2 * int(fields[3], 16)
            hypernyms[fields[0]] = [fields[at + 2 + 4 * i] for i in range(int(fields[at]))
                                    if fields[at + 1 + 4 * i] == "@"]

    def sound(offset: str) -> bool:
        return offset == SOUND or any(sound(parent) for parent in hypernyms[offset])

    found = set()
    for line in (folder / "index.verb").read_text(encoding="latin-1").splitlines():
        if not line.startswith("  "):
            fields = line.split()
            senses = fields[-int(fields[2]):]
            if "_" not in fields[0] and files[senses[0]] in VERB_KINDS:
                found.add((VERB_KINDS[files[senses[0]]], fields[0]))
            elif "_" not in fields[0] and sound(senses[0]) and any(files[o] == MOTION for o in senses[1:]):
                found.add(("moving", fields[0]))
    return found


def _known(parts: list[str]) -> bool:
    """Every part a word of some use in English (Zipf 2.5: "walkie" 2.85), not Latin ("ursus" 2.2)."""
    return parts[0] != "genus" and all(zipf_frequency(part, "en") >= 2.5 for part in parts)


def build(folder: Path) -> list[tuple[str, str]]:
    synsets, senses, adjectives = _read(folder)
    hyponyms: dict[str, list[str]] = defaultdict(list)
    for offset, (_, _, hypernyms) in synsets.items():
        for parent in hypernyms:
            hyponyms[parent].append(offset)

    def under(roots) -> set[str]:
        found: set[str] = set()
        for root in roots:
            lemma, _, number = root.rsplit(".", 2)
            stack = [senses[lemma][int(number) - 1]]
            while stack:
                offset = stack.pop()
                if offset not in found:
                    found.add(offset)
                    stack.extend(hyponyms[offset])
        return found

    world = {o for o, (lexfile, _, _) in synsets.items() if lexfile in CHILD_FILES} | under(ROOTS)
    weather = under(PART_ROOTS)
    adult_offsets = under(ADULT_ROOTS)
    adult = {lemma.lower() for o in adult_offsets for lemma in synsets[o][1]}
    adult_first = {lemma for lemma, offsets in senses.items() if offsets[0] in adult_offsets}

    rows: set[tuple[str, str]] = set()
    for offset in world:
        for lemma in synsets[offset][1]:
            lemma = lemma.lower()
            parts = re.split(r"[_-]", lemma)
            if len(parts) == 1:
                rows.add(("child", lemma))
            else:
                if _known(parts):
                    rows.add(("joined", "".join(parts)))
                if parts[0] in senses and len(parts[0]) > 2:
                    rows.add(("child", parts[0]))  # 'jigsaw' for 'jigsaw puzzle'
    for lemma, offsets in senses.items():
        files = [synsets[o][0] for o in offsets]
        parts = re.split(r"[_-]", lemma)
        if len(parts) > 1:
            if files[0] in CONCRETE_FILES and _known(parts):
                rows.add(("joined", "".join(parts)))
            continue
        if files[0] in CONCRETE_FILES and lemma not in adjectives:
            rows.add(("thing", lemma))
        if files[0] in PART_FILES or (offsets[0] in weather and lemma not in adjectives):
            rows.add(("part", lemma))
        if any(f in PART_FILES | {"noun.location"} for f in files):  # 'camp' + 'site', 'farm' + 'yard'
            rows.add(("head", lemma))

    rows.update(_moving_verbs(folder))

    def keep(kind: str, word: str) -> bool:
        if not re.fullmatch(r"[a-z][a-z']*[a-z]", word):
            return False
        if kind in ("part", "head"):
            return zipf_frequency(word, "en") >= 3.0
        if kind == "joined":
            return True  # its parts are known (_known)
        return zipf_frequency(word, "en") > 0  # a word no text uses is not worth a line

    # The last part of a compound says what kind of thing it is: a cup is also a cupping
    # glass, which does not make "teacup" an adult word; a gun ("airgun") is one first.
    # The first part can make it one in any sense ("crack").
    def child_safe(kind: str, word: str) -> bool:
        return word not in (adult_first if kind == "head" else adult)

    return sorted(row for row in rows if keep(*row) and child_safe(*row))


def main() -> None:
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet")
    if not (folder / "data.noun").exists():
        sys.exit(f"no WordNet 3.0 database in {folder}: apt-get install wordnet-base, or give its folder")
    rows = build(folder)
    header = ("# Nouns (and verbs of moving) of a child's world, from WordNet 3.0 (Princeton University; licence in\n"
              "# WORDNET-LICENSE.txt beside this file). Made by tools/build_child_words.py: do not edit.\n")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(header + "".join(f"{kind}\t{word}\n" for kind, word in rows), encoding="utf-8")
    counts = defaultdict(int)
    for kind, _ in rows:
        counts[kind] += 1
    print(f"wrote {OUT.relative_to(ROOT)}: " + ", ".join(f"{n} {kind}" for kind, n in sorted(counts.items())))


if __name__ == "__main__":
    main()
