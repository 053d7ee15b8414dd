"""Other ways a place's distinctive name gets written: by its initials, spelled otherwise, in another script.

Withholding asks here whether a word of a text is one of these forms of a part of a
confidential placement's name ("YGCR" for "Ysgol Gyfun Cwm Rhymni", "Rhymney" for "Rhymni",
"Оукфілд" for "Oakfield"). Each rule is kept narrow, and measured against every catalog
string, example and test corpus as text a parent sees (README "What validation checks"):

* initials: three letters or more, written in capitals as a word ("YGCR", "Y.G.C.R."). Two
  capitals (the "OP" of "Oakfield Primary") are everywhere in letters: people's initials,
  "PE", "OK", "UK", "TV", and there are only 676 pairs, so a pair singles out nothing.
* another spelling (Latin letters): a part of at least ``MIN_LETTERS`` letters, and a word
  written with a capital, as names are, that is no English word and no everyday word of a
  language recordgen writes in Latin letters, one edit from it (a letter changed, added,
  dropped, or two swapped: "Oakfeild"), or two edits with the same first letter and the same
  sound key (metaphone: "Rhymney" for "Rhymni").
* another script (Cyrillic, Arabic script, Bengali, Ge'ez, Greek, Devanagari...): the word
  romanised (anyascii) and reduced to its consonants in the classes scripts confuse (p/b, f/v,
  c/k/q, s/z, j/g, h and vowels dropped), equal to the part's consonants, with at least
  ``MIN_CONSONANTS`` of them ("Оукфілд", "اوکفیلڈ", "ওকফিল্ড", "ኦክፊልድ" are all "kfld"); both
  beginning with a vowel or neither; alike in shape with vowels kept as one mark; and no
  everyday word of a language in that script. A part of only 3 consonants ("Oddbody": "dbd")
  counts when the word has its shape exactly and is in no word list ("اوڈباڈی"); a Cyrillic
  word is also read without a case ending, its stem counting likewise ("у Вітмурі", "Тісльвудам").
  In Pashto and Tigrinya, which have no word list, a short name counts written letter for letter
  with its vowels ("ټوډ", "ቶድ" for "Todd": ``transliterated``), when the language's catalogs lack it.
  An Arabic-script word may leave out a vowel or write it long (alif, waw, ya: "برامال", "برامل" for
  "Bramall"): with the part's consonants, vowels nowhere else, it counts when no word list has it.
  As it is said (``sounds_like``; the Arabic script, Bengali, Ge'ez, Cyrillic): the word's phonetic
  skeleton (consonants of letters that sound alike in one class, "kh" and "j" their own), its vowels
  where the part has them and of their kind, a long part's one short vowel maybe unwritten
  ("کیونڈش" for "Cavendish", "روبینہ" for "Rubina"); a name of several words, each word so in turn
  (``said_in_sequence``: "کیونڈش میوز"). No false alarm in the catalogs and translations files.
  Chinese, Japanese and Korean are not compared this way: they write a foreign name by
  syllables ("奥克菲尔德" is "AoKeFeiErDe"), too far from its letters.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import Callable
from ..support import regexes

#: A part shorter than this is a letter or two from too many other words.
MIN_LETTERS = 6
#: A part with fewer consonants than this, once romanised, matches too many words of other scripts
#: by its consonants alone: it must be written with its vowels in the same places too.
MIN_CONSONANTS = 4
#: A part with fewer consonants than this is never looked for in another script ("Todd": "td").
MIN_SHORT_KEY = 2
#: Initials shorter than this are too common to single out anything.
MIN_INITIALS = 3

#: Joining words left out of initials as often as kept ("St Mary's C of E": "SMCE" and "SMCOE").
_JOINING = frozenset({"of", "the", "and", "a", "an", "y", "yr", "r", "&"})

# The very text of withholding's pattern of these letters (not a raw string): compiled once (3 ms).
_SCRIPTS_BY_SYLLABLE = regexes.compile("[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff"
                                  "\uac00-\ud7af\uf900-\ufaff\U00020000-\U0003134f]")


def initials(words: list[str], generic: frozenset[str]) -> list[str]:
    """The initials (capitals) a name is written by: of all its words, of its words without
    joining words, and of its words without generic ones; each at least MIN_INITIALS letters."""
    words = [w for w in words if w[:1].isalpha()]
    found = []
    for kept in (words,
                 [w for w in words if w.casefold() not in _JOINING],
                 [w for w in words if w.casefold().removesuffix("'s") not in generic]):
        letters = "".join(w[0] for w in kept).upper()
        if len(letters) >= MIN_INITIALS and letters.isascii() and letters not in found:
            found.append(letters)
    return found


@functools.lru_cache(maxsize=16384)
def is_latin(word: str) -> bool:
    """Only Latin letters (and digits): "oakfeild", "łódź"; not "оукфілд"."""
    return all(not c.isalpha() or c.isascii() or unicodedata.name(c, "").startswith("LATIN") for c in word)


def near_spelling(word: str, part: str) -> bool:
    """Is ``word`` (folded, Latin) another spelling of ``part`` (folded), not the same word?"""
    import jellyfish

    if word == part or len(part) < MIN_LETTERS or abs(len(word) - len(part)) > 2:
        return False
    distance = jellyfish.damerau_levenshtein_distance(word, part)
    if distance == 1:
        return True
    return (distance == 2 and word[0] == part[0]
            and jellyfish.metaphone(word) == jellyfish.metaphone(part))


#: Letters that scripts write one for another when they borrow a name (Arabic has no "p" or
#: "v", Bengali writes "f" as "ph"...): each mapped to one class.
_DIGRAPHS = (("ph", "f"), ("gh", "g"), ("kh", "k"), ("ck", "k"), ("th", "t"), ("dh", "d"), ("sh", "s"),
             ("ch", "k"), ("bh", "b"), ("qu", "k"), ("x", "ks"))
_CLASSES = str.maketrans({"p": "b", "c": "k", "q": "k", "z": "s", "j": "g"})
_NOT_CONSONANTS = regexes.compile(r"[^bdfgklmnrstv]")


def _sounded(latin: str) -> str:
    """Letters only, written closer to how they sound, as scripts write them: "c" before e, i, y
    as "s" ("Avocet", "Priceville"); the silent "t" of "-stle" dropped ("Thistlewood": "Тісльвуд")."""
    key = re.sub(r"[^a-z]", "", latin.casefold())
    return re.sub(r"stle", "sle", re.sub(r"c(?=[eiy])", "s", key))


@functools.lru_cache(maxsize=16384)
def consonants(latin: str) -> str:
    """The consonant key of a romanised word: "oakfield", "oukfild", "wkfyld", "okphild" -> "kfld".
    "v" stays: Cyrillic writes an English "w" with it, Arabic a "v" as "f" (``same_consonants``)."""
    key = _sounded(latin)
    for pair, one in _DIGRAPHS:
        key = key.replace(pair, one)
    key = _NOT_CONSONANTS.sub("", key.translate(_CLASSES))  # vowels, w, y, h: scripts add or drop them
    return re.sub(r"(.)\1+", r"\1", key)


@functools.lru_cache(maxsize=16384)
def romanised_consonants(word: str) -> str:
    """The consonant key of a word of another script ("" for a Latin word, or one of a script
    written by syllables: those are not compared)."""
    if is_latin(word) or _SCRIPTS_BY_SYLLABLE.search(word):
        return ""
    return consonants(romanised(word))


def other_script_form(word: str, part: str, listed: Callable[[], bool] | None = None, titled: bool = False,
                      lists: bool = False, letters: bool = False) -> bool:
    """Is ``word`` (of another script, folded) ``part`` (Latin) written in that script, or, in
    Cyrillic, with a case ending ("у Вітмурі", "Тісльвудам")? (The rules are in this module's
    docstring.) ``listed`` says whether the word as the text writes it is in a word list (folding
    drops marks the lists keep: Bengali vowel signs, the Arabic hamza); ``titled`` that the text
    writes it as a name, after a title ("مسز ٹاڈ", "মিসেস টড");
    ``lists`` that the text's language has a word list (Sorani, Pashto and Tigrinya have none);
    ``letters`` that it has none but a short name written letter for letter counts (``LETTER_FOR_LETTER``)."""
    verdict = _script_verdict(word, part, titled, lists, letters)
    if verdict is not None:
        return verdict
    return not (listed or (lambda: known_word(word)))()


@functools.lru_cache(maxsize=16384)
def _script_verdict(word: str, part: str, titled: bool, lists: bool, letters: bool = False) -> bool | None:
    """``other_script_form`` as far as the two words alone decide it (a copy checks the same words
    against the same parts again and again); None: it is the word if no word list knows it."""
    if len(consonants(part)) < MIN_SHORT_KEY:
        return False
    if "w" in part[1:] and _POLISH_W.search(part):  # a Polish "w" is a "v", and Cyrillic writes it so
        as_v = _script_verdict(word, part.replace("w", "v"), titled, lists, letters)  # "Ковальських", "Kowalskich"
        if as_v is not False:
            return as_v
    if _written_as(word, part, short=False) or any(
            _written_as(word, said, short=False)
            for said in _as_said(part, "dh" in romanised(word).casefold(), script_of(word) == "CYRILLIC")):
        return True
    if _vowels_left_out(word, part) or sounds_like(word, part, MIN_CONSONANTS):
        return None  # "برامال", "برامل" for "Bramall": the name if no word list has the word ("برميل", "barrel")
    # A short key, or a stem, reads as many more words: only a word no word list knows counts.
    # Shorter still (two consonants, a name under MIN_LETTERS letters, its vowels unwritten): one
    # written as a name counts, or a word of a language with a word list that is in none.
    found = [_written_as(stem, part) for stem in _stems(word)]
    if titled and any(found):
        return True
    if "exact" in found or ("loose" in found and lists):
        return None
    if "loose" in found and letters and transliterated(word, part):
        return None  # no word list (Pashto, Tigrinya): the name letter for letter, if no list there is has it
    return False


#: A silent "gh" of an English name ("Featherstonehaugh", "Brough", "Leighton"): scripts write the name as
#: it is said, without it.
_SILENT_GH = regexes.compile(r"(?<=[aeiou])gh(?=t|$)")


@functools.lru_cache(maxsize=4096)
def _as_said(part: str, dh: bool, cyrillic: bool) -> tuple[str, ...]:
    """Other Latin spellings of a long name (folded) as another script writes it from its sound: a silent
    "gh" left out, and a voiced "th" as the word writes one, Arabic "ذ" (``dh``) or Cyrillic "з"
    ("فيذرستونهو" for "Featherstonehaugh", "Фезерстоун"); only then, as "t" read as "d" or "z" anywhere
    makes a Tigrinya "ተረዲኡኪ", "did you understand", "Trevithick". Only with the long key's rule
    (``MIN_CONSONANTS``, shape)."""
    readings = {part, _SILENT_GH.sub("", part)}
    voiced = ("dh",) * dh + ("z",) * cyrillic
    readings |= {r.replace("th", sound) for r in readings if "th" in r for sound in voiced}
    readings.discard(part)
    return tuple(sorted(readings))


#: A name spelled the Polish way, whose "w" Cyrillic writes as "в": its ending says so ("Kowalski",
#: "Wiśniewska", "Nowak", "Kowalewicz", "Nowakowa"); not an English name's "w" ("Hazelwick").
_POLISH_W = regexes.compile(r"(?:sk[ia]|ck[ia]|wicz|owa|ow|wak|wiak|wiec|wik|wczyk)$", re.IGNORECASE)


def _letters(latin: str) -> str:
    """A romanised word's letters as scripts borrow a name's, vowels kept: the consonant classes,
    "w" and "u" as "o", "y" as "i", each doubled letter once."""
    key = re.sub(r"[^a-z]", "", latin.casefold())
    for pair, one in _DIGRAPHS:
        key = key.replace(pair, one)
    return re.sub(r"(.)\1+", r"\1", key.translate(_CLASSES).replace("w", "o").replace("u", "o").replace("y", "i"))


#: Languages without a word list where a short name written letter for letter counts: Pashto leaves
#: short vowels unwritten and Tigrinya writes many, so their words seldom spell an English name's
#: letters (no false alarm in 892 held-out catalog words: tools/measure_name_forms.py --unlisted);
#: Sorani writes every vowel, and its everyday words do ("پۆل", "class", is "Poole"; "بێن", "come",
#: "Benn": 4 in 462), so there a short name counts after a title only.
LETTER_FOR_LETTER = frozenset({"ps", "ti"})
#: A short name borrowed letter for letter by a language without a word list needs this many letters:
#: "له" ("le") is Sorani's "in", not "Lee".
MIN_TRANSLITERATED = 3


def transliterated(word: str, part: str) -> bool:
    """Is ``word`` (another script) ``part`` written letter for letter, its vowels where the name has
    them and of the same kind ("تۆد", "ټوډ", "ቶድ" for "Todd"; "کێر", "ከር" for "Kerr"; not "تێدا", "ټډ")?"""
    letters, name = _letters(_vowelled(word)), _letters(part)
    if len(name) > 3:
        name = name.removesuffix("e")  # an English name's silent "e" ("Wade"); the word's is sounded ("باسې")
    return len(letters) >= MIN_TRANSLITERATED and letters == name


def _written_as(word: str, part: str, short: bool = True) -> str:
    """"exact" or "loose" (or ""): the same consonants, and both begin with a vowel or neither
    ("Abernethy" is not "повернути", "return"); alike in shape ("exact"), or for a key of three
    consonants the same shape ("exact": "اوڈباڈی", "Oddbody"); for a key of two, a part under
    MIN_LETTERS letters, or vowels a script leaves unwritten ("ٹڈ", "টড" for "Todd"), "loose"."""
    key = consonants(part)
    found = romanised_consonants(word)
    opening = _opening(word)
    vowelled = _vowelled(word)
    if part.startswith("h") and found[:1] in ("k", "g"):
        found, opening = found[1:], "vowel"  # Cyrillic writes an "h" as "х" (kh) or "г" (h in Ukrainian)
        vowelled = re.sub(r"^(?:kh|[kgh])", "h", vowelled)
    if opening != _opening(part):
        return ""
    if len(key) >= MIN_CONSONANTS:
        return "exact" if (same_consonants(found, key)
                           and _shape_likeness(romanised(word), part) >= MIN_SHAPE_LIKENESS) else ""
    if not short:
        return ""
    if part.startswith("w") and vowelled.startswith("v"):
        vowelled = "w" + vowelled[1:]  # Cyrillic "в" for an English "w": "Вітмур"
    if not same_consonants(found, key, MIN_SHORT_KEY):
        return ""
    shape, wanted = _shape(vowelled), _shape(part)
    if shape == wanted:
        return "exact" if len(key) >= 3 and len(part) >= MIN_LETTERS else "loose"
    # The Arabic script leaves short vowels unwritten ("ٹڈ" for "Todd"), Bengali and Devanagari the
    # inherent one ("টড"): their word may be the part's shape with vowel marks left out, no other change.
    if script_of(word) in VOWELS_UNWRITTEN and re.fullmatch(wanted.replace("a", "a?"), shape):
        return "loose"
    return ""


def _vowels_left_out(word: str, part: str) -> bool:
    """Is ``word``, of the Arabic script, ``part`` (a key of ``MIN_CONSONANTS`` or more) written with
    fewer vowels: the same consonants in order, each vowel of the part written as a long vowel (alif,
    waw, ya) or left out, and none where the part has none ("برامال", "برامل", "برامول" for "Bramall";
    not "بيرامال")? Anyascii drops the alif, so the shape ``_written_as`` compares misses these.
    Measured against the catalogs of the five languages in the script (3,177 words): none is a test
    address's word read so (tools/measure_name_forms.py has the method)."""
    key = consonants(part)
    if len(key) < MIN_CONSONANTS or script_of(word) != "ARABIC" or _opening(word) != _opening(part):
        return False
    if not same_consonants(romanised_consonants(word), key):
        return False
    return re.fullmatch(_shape(part).replace("a", "a?"), _shape(_vowelled(word))) is not None


#: Scripts whose words ``sounds_like`` compares by their phonetic skeleton: the Arabic script (Urdu, Arabic,
#: Pashto, Dari, Sorani), Bengali, Ge'ez (Tigrinya) and Cyrillic (Ukrainian).
SKELETON_SCRIPTS = frozenset({"ARABIC", "BENGALI", "ETHIOPIC", "CYRILLIC"})


def skeleton(latin: str) -> str:
    """A romanised word's phonetic skeleton: its consonant key (``consonants``: vowels, h, w, y dropped;
    k/c/q, s/z/sh, p/b, j/g one class each), with "v" and "f" one class ("f"), and a "kh" (Arabic "خ",
    Ge'ez "ኽ") its own sound, "x", no "k" ("تاريخ", "date", is not "Tariq"), and a "j" ("ج", "дж") its own,
    no "g" ("گارڈین", "guardian", is not "Jordan"): "cavendish" -> "kfnds"."""
    pieces = re.split(r"(kh|dzh|dj|j)", re.sub(r"[^a-z]", "", latin.casefold()))
    return "".join(("x" if piece == "kh" else "j") if i % 2 else consonants(piece).replace("v", "f")
                   for i, piece in enumerate(pieces))


#: The kinds of vowel a script writes for a name's vowel letter: "a" as an open vowel or, said as in
#: "Cavendish", a front one; "e" front, or the Arabic script's closing "ہ"/"ة" (an open mark); "o" back
#: or open; "i", "u" their own.
_VOWEL_KINDS = {"a": "AI", "e": "IA", "i": "I", "y": "I", "o": "OA", "u": "O", "w": "O"}


def _vowel_slots(latin: str) -> list[str]:
    """The kind of each run of vowels between, before and after the consonants: "rubina" -> O, I, A."""
    key = re.sub(r"[^a-z]", "", latin.casefold())
    for pair, one in _DIGRAPHS:
        key = key.replace(pair, one)
    return [run[0] for run in re.findall(r"[aeiouwyh]+", key) if run != "h"] + (["A"] if key.endswith("h") else [])


def _vowels_agree(word_latin: str, part: str) -> bool:
    """Does each vowel the word writes agree in kind with the part's in the same place?"""
    written, wanted = _vowel_slots(word_latin), _vowel_slots(part)
    kinds = {"a": "A", "e": "I", "i": "I", "y": "I", "o": "O", "u": "O", "w": "O", "h": "A", "A": "A"}
    return len(written) == len(wanted) and all(kinds.get(w, "A") in _VOWEL_KINDS.get(v, "A")
                                               for w, v in zip(written, wanted))


@functools.lru_cache(maxsize=65536)  # a copy's words against the same secrets, again and again
def sounds_like(word: str, part: str, least: int = 3, unwritten: bool = False) -> bool:
    """Is ``word`` (folded, of a script in ``SKELETON_SCRIPTS``) ``part`` (Latin, folded) written as it is
    said: the same phonetic skeleton, of ``least`` consonants or more, a "v" or "w" the script writes as a
    vowel letter (Urdu "و") read as one ("کیونڈش" for "Cavendish"); both opening with a vowel or neither;
    and its vowels where the part has them, a short one left unwritten where the script does so (the Arabic
    script, Bengali): "روبینہ" for "Rubina", "কেভেন্ডিশ" for "Cavendish". Blind review 33, finding 2.
    ``unwritten``: in such a script any of the part's vowels may be left out (a word of a name of several
    words read in turn: "ملٹن کینز", "Milton Keynes")."""
    script = script_of(word)
    if script not in SKELETON_SCRIPTS or _opening(word) != _opening(part):
        return False
    found, key = skeleton(romanised(word)), skeleton(part)
    heard = len(found)  # the consonants the word itself writes
    shape, wanted = _shape(_vowelled(word)).replace("v", "f"), _shape(part).replace("v", "f")
    if found != key and "v" in part and found == key.replace("f", "b"):  # Bengali "ভ" (bh) for a "v"
        found, shape = key, shape.replace("b", "f")
    elif found != key and "v" in part and "f" not in part.replace("v", "", 1) and found == key.replace("f", ""):
        found, wanted = key, wanted.replace("f", "a")  # the "v" written as the vowel letter "و" ("w")
    if found != key or heard < least:
        return False
    shape, wanted = re.sub(r"a+", "a", shape).removesuffix("a"), re.sub(r"a+", "a", wanted).removesuffix("a")
    if shape == wanted:
        return _vowels_agree(_vowelled(word), part)
    # A long name in a script that leaves short vowels unwritten: one of its vowels may be, no more, and
    # none written where the name has none. A short one is written with every vowel ("روبینہ").
    missing = wanted.count("a") - shape.count("a")
    return ((heard >= MIN_CONSONANTS and missing == 1 or unwritten and missing > 0) and script in VOWELS_UNWRITTEN
            and re.fullmatch(wanted.replace("a", "a?"), shape) is not None)


#: A name of several words read in sequence in another script needs this many consonants in all: each word
#: may then be a short one ("میوز", "Mews"), as the words together single out the name.
MIN_SEQUENCE_CONSONANTS = 5


def said_in_sequence(words: list[str], parts: list[str]) -> int:
    """Where in ``words`` (a text's, in order, folded) the run begins that writes the several-word name
    ``parts`` (folded Latin words: "cavendish", "mews") word for word as it is said (``sounds_like``, each of
    one consonant or more), the name having ``MIN_SEQUENCE_CONSONANTS`` or more ("کیونڈش میوز"); -1 if none."""
    if len(parts) < 2 or not all(part.isalpha() and part.isascii() for part in parts) \
            or sum(len(skeleton(part)) for part in parts) < MIN_SEQUENCE_CONSONANTS:
        return -1
    for at in range(len(words) - len(parts) + 1):
        if all(sounds_like(word, part, 1, unwritten=True) for word, part in zip(words[at:at + len(parts)], parts)):
            return at
    return -1


#: Scripts that may write a name without its vowels: the Arabic script its short vowels, Bengali
#: and Devanagari the vowel every consonant carries unwritten.
VOWELS_UNWRITTEN = frozenset({"ARABIC", "BENGALI", "DEVANAGARI"})

#: Titles as the scripts of recordgen's languages write them (Mr, Mrs, Miss, Ms, Dr; Ukrainian "пан",
#: "пані"; Tigrinya "ኣቶ", "ወይዘሮ"): a word after one is a name, even one a word list has.
TITLES_IN_SCRIPTS = frozenset("""
    مسٹر مسز مس ڈاکٹر محترم محترمہ مسٹرز السيد السيدة الآنسة مستر مسز آقای آقا خانم دکتر ښاغلی آغلې میرمن
    کاک خاتوو بەڕێز دکتۆر মিস্টার মিসেস মিস ডক্টর ডাঃ জনাব শ্রী শ্রীমতী श्री श्रीमती मिस्टर मिसेज़ मिसेज डॉक्टर
    пан пані панові містер місіс міс доктор господин госпожа мистер миссис ኣቶ ወይዘሮ ወይዘሪት ዶክተር
""".split())
#: Case endings of Ukrainian, Russian and Bulgarian nouns, names written in Cyrillic included
#: ("у Вітмурі", "Тісльвудам", "до Оукфілда"): a word is also read without one.
_CYRILLIC_ENDINGS = sorted(set("""
    а я у ю і ї е є и ы о ові еві єві ом ем єм ою ею єю ой ей ам ям ами ями ах ях ів їв ов ев
    им их ими ого ому ої ій
""".split()), key=len, reverse=True)  # the last: a -ський, -ська name's ("з паном Ковальським")


def _stems(word: str) -> list[str]:
    """The word, and for a Cyrillic word each stem of three letters or more left by a case ending."""
    if script_of(word) != "CYRILLIC":
        return [word]
    return [word] + [word[:-len(ending)] for ending in _CYRILLIC_ENDINGS
                     if word.endswith(ending) and len(word) - len(ending) >= 3]


def _vowelled(word: str) -> str:
    """The word romanised with the Arabic script's alef as the vowel it writes (anyascii drops it):
    "اوڈباڈی" is "awdbady", not "wdbdy"."""
    return romanised(word.replace("\u0627", "a").replace("\u0622", "a"))


#: How alike the word and the part must be with their vowels kept as one mark: the same
#: consonants with vowels in other places ("розбирав", "rummaged", for "Rosebery") are another word.
MIN_SHAPE_LIKENESS = 0.75


@functools.lru_cache(maxsize=16384)
def romanised(word: str) -> str:
    from anyascii import anyascii

    return anyascii(word)


@functools.lru_cache(maxsize=16384)
def _shape(latin: str) -> str:
    """The consonant classes with each run of vowels (and h, w, y) as one "a": "oakfield" -> "akfald"."""
    key = _sounded(latin)
    for pair, one in _DIGRAPHS:
        key = key.replace(pair, one)
    key = re.sub(r"[aeiouwyh]+", "a", key.translate(_CLASSES))
    return re.sub(r"(.)\1+", r"\1", key).removesuffix("a")  # a silent final "e"


def _shape_likeness(one: str, other: str) -> float:
    import jellyfish

    one, other = _shape(one), _shape(other)
    return 1 - jellyfish.damerau_levenshtein_distance(one, other) / max(len(one), len(other), 1)


def _opening(word: str) -> str:
    """Does the word begin with a vowel (an "h", "w", "y" or "v" too: scripts add, drop or swap them)?"""
    if not is_latin(word):
        word = romanised(word)
    letters = re.sub(r"[^a-z]", "", word.casefold())
    return "vowel" if letters[:1] in tuple("aeiouhwyv") else "consonant"  # Cyrillic "в" writes a "w"


def same_consonants(one: str, other: str, least: int = MIN_CONSONANTS) -> bool:
    """Equal keys, a "v" read as an "f" or as a "w" (dropped) on both sides ("Вестcліф": "vstklf"),
    each still of ``least`` consonants."""
    if one == other:
        return len(one) >= least
    for read in (lambda key: key.replace("v", "f"), lambda key: key.replace("v", "")):
        if read(one) == read(other) and len(read(one)) >= least:
            return True
    return False


#: Languages wordfreq lists words of, by the script they are written in: a word everyday in one
#: of them ("прийшла", "came"; "avocat", "lawyer") is that word, not a name written otherwise.
EVERYDAY_IN = {"LATIN": ("en", "pl", "ro", "pt"), "CYRILLIC": ("uk", "ru", "bg", "mk"), "ARABIC": ("ar", "fa", "ur"),
               "BENGALI": ("bn",), "DEVANAGARI": ("hi",), "GREEK": ("el",), "HEBREW": ("he",)}
EVERYDAY_ZIPF = 3.0


@functools.lru_cache(maxsize=16384)  # asked of the same words for every part and every secret
def script_of(word: str) -> str:
    letter = next((c for c in word if c.isalpha()), "")
    return "LATIN" if letter.isascii() else unicodedata.name(letter, "").split(" ")[0]


def everyday_word(word: str) -> bool:
    """Is ``word`` common (Zipf 3 or more) in a language written in its script?"""
    from ..support import lexicon

    return any(lexicon.zipf(word, language) >= EVERYDAY_ZIPF for language in EVERYDAY_IN.get(script_of(word), ()))


def known_word(word: str) -> bool:
    """Is ``word`` in the word list of any language written in its script (at any frequency)?
    "теоретиками", "by theorists", read without its ending is "Trevithick" by its consonants."""
    from ..support import lexicon

    return any(lexicon.zipf(half, language) > 0 for half in word.split()
               for language in EVERYDAY_IN.get(script_of(word), ()))
