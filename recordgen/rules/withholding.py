"""What one recipient must never see, and whether a text shows any of it.

The one place that decides what is secret in a record. Validation (leaks into
shared text and into translations), rendering (what goes into a copy, and the
last look at a finished copy), the batch (file names, what is kept out of the
manifest and messages) all ask here.

What is secret:

* a withheld item's text (``child_views``, ``working_well``, ``worries``,
  ``goals``) and a withheld action's ``what``: from the roles in its
  ``withhold_from``; and each stored translation of it, in its language. An
  action's ``who`` and ``by`` are not secret: a named person and a date appear
  all over a record, and the secret is what that person will do. (The whole
  withheld action still stays out of the copy.)
* with ``placement.confidential``, from parents: the address and the school,
  and each part of them that could find the child (see ``placement_secrets``):
  the house number and street, the street's name, a house name whatever its words and its short
  name ("Quarry Bank" of "Quarry Bank House": ``_house_name_parts``), a locality,
  the postcode whole and each half, the school's name without its type words
  ("Oakfield" of "Oakfield Primary School") and each distinctive word of it.
* a recipient kept off a role's list (``distribution[].withhold_from``): their
  name, whole or by first name or surname (see ``recipient_name_parts``).
* a part of a name (a recipient's, the carers' family name) counts one way wherever it comes
  from (``name_secret``): with a capital or in capitals, and a family name as the family too
  ("the Ashworths' dog"); a children's home also by its short name (``home_short_name``).

When a text shows a secret (every text is first folded: ``fold``):

* an address, school or name part: when its words appear, whole words in order;
* a withheld item: when the text repeats the whole item, word for word;
* either, also when whole words of the text run together spell it ("LW48QJ",
  "DN 15 7XY", a space hidden as a zero-width space, a word split by one).
  Sharing a phrase with it ("family time", "your social worker", a name, a date)
  is not showing it: "Mum missed family time" and "Dad missed family time" are
  different news. A one-word item would match everywhere and says nothing about
  anyone, so it never counts. Not caught: a paraphrase, a translation of an
  item that was never translated in the sidecar, or part of an item quoted; the
  IRO's own reading is the check for those.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import json
import os
import re
import unicodedata
from importlib import resources
from typing import Any, Iterable, Iterator, Mapping

from ..record.model import ITEM_SECTIONS, Placement, Record, Role
from .family_words import ALSO_GIVEN_NAMES, OTHER_LANGUAGE_KIN_WORDS, relation_words
from .name_forms import (
    EVERYDAY_IN, EVERYDAY_ZIPF, LETTER_FOR_LETTER, MIN_CONSONANTS, MIN_INITIALS, MIN_LETTERS, MIN_SHORT_KEY, TITLES_IN_SCRIPTS,
    consonants, everyday_word, initials, is_latin, known_word, near_spelling, other_script_form, romanised_consonants,
    said_in_sequence,
    script_of,
)
from .people import GIVEN_NAMES, PLACE_WORDS, TITLES, first_name_forms, is_place, place_staff, surnames
from .people import people_in as people_named
from ..record.naming import filename_slug
from ..record.roles import own_names, parent_role
from ..support import lexicon
from ..support.derived import cached_value, open_table
from ..support import regexes
from ..support.memo import per_record

#: What replaces a secret in a manifest reason or a message.
WITHHELD_MARK = "[withheld]"
#: A withheld item shorter than this many words cannot be leaked by repeating it.
MIN_SECRET_WORDS = 2
#: A word at least this common in English (wordfreq's Zipf scale: 4 is 10 per million words)
#: is a name many people share ("Mary", "London"), so it does not single out a place.
COMMON_ZIPF = 4.0
#: A dictionary word rarer than this still singles out a place: lemminflect lists "thistledown" (Zipf
#: 1.46), "teasel", "pipit", but nobody writes them about a child except as the name. Chosen by measuring
#: the 81,000 words of the examples and the tests' corpora (sentence, word and blind corpora): the dictionary
#: words under 2.0 there are office and children's words ("cognisant", "jigsaws", "flapjacks"), none also a
#: word of a street, school or home in the tests' records but those records' own "Teasel" and "Pipit"; at 2.5
#: the birds streets are named after come in ("kestrel", "linnet", "curlew"), "kestrel" written as the bird.
#: "Mill", "Station", "Park", "Church", "Oak" are 4 and more. validate over the tests' 48 record files: unchanged.
DICTIONARY_RARE_ZIPF = 2.0
#: A surname this common in English text (Patel 3.5, Ahmed, Davies, Hughes, Khan, Smith) is shared
#: by teachers in every town: a teacher's common surname does not single out the school. Some
#: common British surnames are rare in wordfreq's text (Begum 2.6) and stay secret: the safe side.
COMMON_SURNAME_ZIPF = 3.4

_UK_POSTCODE = regexes.compile(r"\b([A-Z]{1,2}\d[A-Z\d]?)\s*(\d[A-Z]{2})\b", re.IGNORECASE)
#: Chinese, Japanese and Korean letters (Han, kana, Hangul): these scripts write no space between
#: words, so each is a word of its own and a name written among them ("你在Oakfield上学") stays whole.
_CJK = "\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0003134f"


#: Combining marks: Bengali and Devanagari vowel signs ("ি" of "ফিল") are marks, not letters, to
#: regular expressions, and would split a word in two. (No mark of a script in use lies further.)
_MARKS_FROM, _MARKS_TO = "\u0300", "\U00020000"


def _has_mark(text: str) -> bool:
    """Does ``text`` hold a combining mark? Asked of its few different letters: finding every mark
    of Unicode first cost each command 20 ms, and most texts hold none."""
    return any(unicodedata.category(c)[0] == "M" for c in set(text) if _MARKS_FROM <= c < _MARKS_TO)


def _marks_class() -> str:
    ranges: list[list[int]] = []
    for code in range(ord(_MARKS_FROM), ord(_MARKS_TO)):
        if unicodedata.category(chr(code))[0] != "M":
            continue
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    return "".join(f"\\U{start:08x}-\\U{end:08x}" for start, end in ranges)


class _Words:
    """Words of a text: runs of letters and digits ("Mum's" is one word), with their combining
    marks, each Chinese, Japanese or Korean letter one word. A text with neither marks nor those
    letters (most copies) takes the plain pattern: the full one is four times slower (and is
    compiled when a text first needs it)."""

    plain = regexes.compile(r"[^\W_]+(?:'[^\W_]+)*")
    cjk = regexes.compile(rf"[{_CJK}]")

    @functools.cached_property
    def full(self) -> re.Pattern:
        letter = rf"(?:[^\W_{_CJK}]|[{_marks_class()}])"
        return re.compile(rf"[{_CJK}]|{letter}+(?:'{letter}+)*")

    def findall(self, text: str) -> list[str]:
        if text.isascii() or (not self.cjk.search(text) and not _has_mark(text)):
            return self.plain.findall(text)
        return self.full.findall(text)

    def fullmatch(self, text: str):
        if text.isascii() or (not self.cjk.search(text) and not _has_mark(text)):
            return self.plain.fullmatch(text)  # the same answer, without compiling the full pattern
        return self.full.fullmatch(text)


_WORD = _Words()

#: Words that name a kind of school or place, not one school or street: never a part
#: that finds a child on their own ("Primary", "Road", "High", "Church", "Park", "Green").
GENERIC_WORDS = frozenset("""
    primary school schools academy college infant infants junior juniors nursery nurseries
    secondary high middle first lower upper grammar prep preparatory sixth form special
    free federation trust foundation community centre center unit pupil referral pru
    provision alternative learning studio technology science arts sports international
    catholic rc roman methodist baptist anglican jewish muslim islamic christian cofe ce
    va vc c e of the and our lady st saint saints holy trinity church chapel cathedral
    early years children childrens kindergarten pre preschool village
    ysgol gynradd uwchradd feithrin meithrin babanod gymraeg cymraeg gyfun cyfun sant santes y yr cwm
    road rd street st lane ln close cl avenue ave drive dr way court ct crescent cres gardens gdns
    garden place pl terrace terr tce grove hill rise row walk square sq mews view park green
    parade pde approach gate gate's vale wharf quay yard end side bank field fields
    north south east west upper lower new old great little main station market mill
    bridge london king kings queen queens victoria albert george manor farm
    flat apartment apt unit floor house block room suite
""".split())
#: Each street type and the ways addresses shorten it ("Elm Rd", "Swan Gdns."): one street,
#: however the record or the text writes it (``street_forms``).
STREET_TYPE_FORMS = (
    ("road", "rd"), ("street", "st", "str"), ("lane", "ln"), ("close", "cl"), ("avenue", "ave", "av"),
    ("drive", "dr", "drv"), ("court", "ct"), ("crescent", "cres", "cresc"), ("gardens", "gdns", "gdn"),
    ("place", "pl"), ("terrace", "terr", "ter", "tce"), ("square", "sq"), ("grove", "gr", "gro"),
    ("parade", "pde"), ("walk", "wlk"), ("mews",), ("way",), ("hill",), ("rise",), ("row",), ("view",),
    ("park", "pk"), ("green", "grn"), ("approach", "appr"), ("gate",), ("vale",), ("wharf",), ("quay",),
    ("yard", "yd"), ("end",), ("boulevard", "blvd"), ("circus",), ("embankment",),
    # More of the British types in libpostal's street_types (MIT), the Royal Mail and OS words:
    ("meadows", "mdws"), ("meadow", "mdw"), ("heights", "hts"), ("bank",), ("brow",), ("fold",),
    ("esplanade", "esp", "espl"), ("lea",), ("leys",), ("nook",), ("hollow",), ("side",), ("loan",),
    ("garth",), ("chase",), ("croft",), ("wynd",), ("brae",), ("causeway",), ("copse",), ("crest",),
    ("dale",), ("dell",), ("dene",), ("drove",), ("glade",), ("glen",), ("grange",), ("heath",),
    ("holme",), ("mead",), ("mount",), ("paddock",), ("promenade", "prom"), ("reach",), ("ridge",),
    ("ridgeway",), ("spinney",), ("strand",), ("vennel",), ("fields",), ("orchard",),
    ("acres",), ("wood",), ("top",), ("villas",), ("cottages",),
)
#: Words that say what kind of street a street is: "Heronsgate" of "Heronsgate Close".
STREET_TYPES = frozenset(form for forms in STREET_TYPE_FORMS for form in forms)
#: Words that say what kind of school a school is, at the end of its name.
SCHOOL_TYPES = frozenset("""
    primary school academy college infant infants junior juniors nursery secondary high
    ysgol gynradd uwchradd feithrin meithrin babanod gymraeg cymraeg gyfun cyfun
    middle first grammar prep preparatory sixth form special free community centre
    catholic rc methodist cofe ce va vc c e of the and church england federation trust
    learning unit pupil referral pru
""".split())
#: A part of an address line that is a flat or unit, not where the building is ("Flat 3").
_SUB_BUILDING = regexes.compile(r"^(flat|apartment|apt|unit|room|suite|floor|block)\b", re.IGNORECASE)
_HOUSE_NUMBER = regexes.compile(r"^(\d+[a-z]?(?:\s*-\s*\d+[a-z]?)?)\s+(\S.*)$", re.IGNORECASE)


@dataclasses.dataclass(frozen=True)
class Secret:
    """One value a recipient must never see."""

    text: str                       # as written in the record (or a part of it)
    what: str                       # "withheld item", "address", "postcode", "school", "short name", ...
    loc: tuple[str | int, ...]      # where it is written (0-based list indices)
    hidden_from: frozenset[Role]
    strict: bool                    # any appearance of its words shows it (address, school, a name)
    part_of: str = ""               # the whole value it is a part of ("Oakfield Primary School")
    language: str = ""              # a translation's language: only text in it can repeat it
    capitalised: bool = False       # an ordinary word too ("Moss"): only counts written with a capital
    written: str = ""               # how a text wrote it otherwise ("Oakfeild", "Оукфілд"), when it did
    family: bool = False            # a family name: "the Ashworths", "the Ashworths' dog" show it too
    headword: bool = False          # a home's short name that is a word too ("Larkspur"): see _names_the_home
    town_word: bool = False         # a small town that is an everyday word ("Rye"): see _names_the_town
    small_letters: bool = False     # a name no dictionary lists: whole in small letters counts ("quennell")

    def __hash__(self) -> int:
        """The hash the dataclass would give it (of every field, in order), worked out once: the checks
        look secrets up thousands of times a copy (kept answers, sets)."""
        try:
            return self.__dict__["_hash"]
        except KeyError:
            value = hash((self.text, self.what, self.loc, self.hidden_from, self.strict, self.part_of,
                          self.language, self.capitalised, self.written, self.family, self.headword,
                          self.town_word, self.small_letters))
            object.__setattr__(self, "_hash", value)
            return value

    def __getstate__(self) -> dict:
        """Pickled or copied without the kept hash: another process hashes text otherwise."""
        state = dict(self.__dict__)
        state.pop("_hash", None)
        return state

    @property
    def item(self) -> tuple[str | int, ...]:
        """The record item it belongs to: ``("actions", 2)``, ``("placement",)``."""
        return self.loc[:2] if self.loc[0] not in ("placement", "distribution") else self.loc[:1]


# ---------------------------------------------------------------- folding text before comparing


def _is_invisible(char: str) -> bool:
    """Format characters (soft hyphen, zero-width space and joiners, word joiner, BOM, bidi
    marks and isolates) and variation selectors: they change no letter a reader sees."""
    code = ord(char)
    return (unicodedata.category(char) == "Cf" or 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF
            or char in "\u034f\u115f\u1160\u3164\uffa0")


class _CharTable(dict):
    """A ``str.translate`` table that works out each character the first time it is seen."""

    def __init__(self, drop, replacement: str = ""):
        super().__init__()
        self.drop, self.replacement = drop, replacement

    def __missing__(self, code: int):
        value = self.replacement if self.drop(chr(code)) else None
        self[code] = value if value is not None else code
        return self[code]


_HIDDEN = {"": _CharTable(_is_invisible), " ": _CharTable(_is_invisible, " ")}
_MARKS = _CharTable(lambda c: unicodedata.category(c) == "Mn")


def _look_alikes_from_package() -> dict[str, str]:
    """Each letter of another script that looks like one Latin letter or digit ("о" -> "o").

    From Unicode's confusables data (UTS #39) as the ``confusable_homoglyphs`` package ships it;
    only a character with exactly one ASCII look-alike letter or digit is mapped.
    """
    with resources.files("confusable_homoglyphs").joinpath("confusables.json").open(encoding="utf-8") as f:
        data = json.load(f)
    mapping = {}
    for char, alikes in data.items():
        if len(char) != 1 or char.isascii():
            continue
        ascii_alikes = {a["c"] for a in alikes if len(a["c"]) == 1 and a["c"].isascii() and a["c"].isalnum()}
        if len(ascii_alikes) == 1:
            mapping[char] = ascii_alikes.pop()
    return mapping


@functools.lru_cache(maxsize=1)
def _look_alikes() -> dict[str, str]:
    # The package's whole file is read for a few thousand pairs: kept once, derived (support.derived).
    table = open_table("look-alikes", ("confusable_homoglyphs",), lambda: ([], {"map": _look_alikes_from_package()}))
    return table.meta["map"] if table is not None else _look_alikes_from_package()


class _WordClasses(dict):
    """A ``str.translate`` table giving each character its class for the look-alike scan:
    L an ASCII letter or digit, A a look-alike, W another letter or digit, a space otherwise."""

    def __init__(self, alikes: frozenset[str]):
        super().__init__()
        self._alikes = alikes

    def __missing__(self, code: int) -> str:
        char = chr(code)
        value = self[code] = ("L" if char.isascii() and char.isalnum() else "A" if char in self._alikes
                              else "W" if re.fullmatch(r"[^\W_]", char) else " ")
        return value


#: A whole word (a run of letters and digits) made only of Latin letters, digits and
#: look-alikes, with at least one look-alike, found in the text's classes: one pass of a
#: pattern over five letters. The same pattern over the look-alikes themselves (1,280 of
#: them) took 2.5 ms on each right-to-left copy, whose letters include some.
_LOOK_ALIKE_WORD = regexes.compile(r"(?<![LAW])L*A[LA]*(?![LAW])")


@functools.lru_cache(maxsize=1)
def _look_alike_words() -> tuple[_WordClasses, dict[int, str]]:
    """The classes table for ``_LOOK_ALIKE_WORD``, and the table that makes a word Latin."""
    alikes = {c: latin for c, latin in _look_alikes().items() if re.fullmatch(r"[^\W_]", c)}
    return _WordClasses(frozenset(alikes)), str.maketrans(alikes)


@functools.lru_cache(maxsize=1)
def _look_alike_chars() -> frozenset[str]:
    return frozenset(c for c in _look_alikes() if re.fullmatch(r"[^\W_]", c))


def _latin_if_it_looks_latin(text: str) -> str:
    """Each word made only of Latin letters and look-alikes reads as the Latin word it imitates;
    a word in another script (Urdu, Polish with its own letters) stays as it is."""
    if _look_alike_chars().isdisjoint(text):
        return text  # most copies hold no look-alike at all: the pattern's scan is skipped
    classes, table = _look_alike_words()
    pieces, last = [], 0
    for match in _LOOK_ALIKE_WORD.finditer(text.translate(classes)):  # one class a character
        start, end = match.span()
        pieces += [text[last:start], text[start:end].translate(table)]
        last = end
    return "".join(pieces) + text[last:] if pieces else text


def fold(text: str, invisible: str = "", casefold: bool = True) -> str:
    """``text`` as the comparisons see it: Unicode NFKC; invisible characters removed (or made
    ``invisible``); accents and other marks dropped; look-alike letters of other scripts made
    Latin; curly apostrophes straight; casefolded."""
    if "\n" in text:
        # Folded line by line: nothing folding does reaches across a line break (no mark or
        # letter composes with it, a look-alike word ends at it), and a copy's lines are mostly
        # its template's sentences, the same in every copy of a language, so each is kept.
        return "\n".join([_fold_line(line, invisible, casefold) if len(line) <= _LONGEST_LINE_KEPT
                           else _fold_line.__wrapped__(line, invisible, casefold) for line in text.split("\n")])
    return _fold_line.__wrapped__(text, invisible, casefold)


#: Lines folded, least recently used first out: a copy's template sentences come back in
#: every copy of its language; a record's own lines leave. At most 4,096 lines of 1,000
#: characters (a few MB; most lines are a sentence or two).
_FOLDED_LINES_KEPT = 4096
_LONGEST_LINE_KEPT = 1000


#: Bidi embeddings, overrides and isolates (LRE RLE PDF LRO RLO, LRI RLI FSI PDI): they change the
#: order a reader sees letters in. No record needs them (validate refuses them, ``reordering_in``).
REORDERING = regexes.compile("[\u202a-\u202e\u2066-\u2069]")


def reordering_problem(translation: str) -> str | None:
    """What is wrong with a translation holding a bidi control, for `validate` and `translate import`
    alike ("holds an invisible character ... (U+202E RIGHT-TO-LEFT OVERRIDE) ..."), or None."""
    found = sorted(set(REORDERING.findall(translation)))
    if not found:
        return None
    names = ", ".join(f"U+{ord(c):04X} {unicodedata.name(c)}" for c in found)
    return (f"holds an invisible character that changes the order its letters are shown in ({names}); "
            "a right-to-left language needs none: delete it in your tool and import the translation again")


_OPENERS = {"\u202a": "", "\u202b": "", "\u202d": "", "\u202e": "reversed",
            "\u2066": "isolate", "\u2067": "isolate", "\u2068": "isolate"}


def as_displayed(text: str) -> str:
    """``text`` in the order a reader sees it, as far as an override decides it: what a
    RIGHT-TO-LEFT OVERRIDE holds is shown backwards ("\u202eyrubnrohT\u202c" reads "Thornbury"),
    a nested run kept whole within it. Embeddings and isolates keep a word's letters in order."""
    frames: list[tuple[str, list]] = [("", [])]
    for char in text:
        if char in _OPENERS:
            frames.append((_OPENERS[char], []))
            continue
        if char in "\u202c\u2069" and len(frames) > 1:
            # PDF closes the last embedding or override; PDI the last isolate, and what it holds.
            while len(frames) > 1:
                kind, chunks = frames.pop()
                frames[-1][1].append("".join(reversed(chunks)) if kind == "reversed" else "".join(chunks))
                if char == "\u202c" or kind == "isolate":
                    break
            continue
        frames[-1][1].append(char)
    while len(frames) > 1:
        kind, chunks = frames.pop()
        frames[-1][1].append("".join(reversed(chunks)) if kind == "reversed" else "".join(chunks))
    return "".join(frames[0][1])


@functools.lru_cache(maxsize=_FOLDED_LINES_KEPT)
def _fold_line(text: str, invisible: str, casefold: bool) -> str:
    text = unicodedata.normalize("NFKC", text)
    if not text.isascii():
        if REORDERING.search(text):
            text = as_displayed(text)
        table = _HIDDEN.get(invisible)
        if table is None:  # not "or": an empty table is falsy, and the two kept ones start empty
            table = _CharTable(_is_invisible, invisible)
        text = text.translate(table)
        text = unicodedata.normalize("NFC", unicodedata.normalize("NFD", text).translate(_MARKS))
        text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u02bc", "'")
    if casefold:
        text = text.casefold()
    if text.isascii():
        return text
    text = _latin_if_it_looks_latin(text)
    return text.casefold() if casefold else text


def _has_hidden(text: str) -> bool:
    """Does ``text`` hold an invisible character (which fold removes or makes a space)?"""
    if text.isascii():
        return False
    if "\n" in text:  # line by line, each line's kept: a copy's lines come back in every copy
        return any(_line_has_hidden(line) if len(line) <= _LONGEST_LINE_KEPT else _line_has_hidden.__wrapped__(line)
                   for line in text.split("\n"))
    return _line_has_hidden.__wrapped__(text)


@functools.lru_cache(maxsize=_FOLDED_LINES_KEPT)
def _line_has_hidden(line: str) -> bool:
    return not line.isascii() and any(_is_invisible(c) for c in set(line) if not c.isascii())


def _tokens(folded: str) -> list[str]:
    """Words of folded text, a possessive "'s" dropped ("Oakfield's" is "oakfield")."""
    return _without_possessive(_WORD.findall(folded), folded)


def _words_and_tokens(folded: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """``_WORD.findall(folded)`` and ``_tokens(folded)``. No word runs across a line break, so
    a long text's are its lines', each found once and kept: a copy's lines are mostly its
    template's sentences, the same in every copy of a language."""
    if "\n" not in folded:
        return _line_words.__wrapped__(folded)
    words: list[str] = []
    tokens: list[str] = []
    for line in folded.split("\n"):
        found, without = (_line_words(line) if len(line) <= _LONGEST_LINE_KEPT
                          else _line_words.__wrapped__(line))
        words += found
        tokens += without
    return tuple(words), tuple(tokens)


def _folded_words(text: str, invisible: str = "", casefold: bool = True) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """``_words_and_tokens(fold(text, invisible, casefold))``, each line folded and its words found
    at once, and kept (fold leaves no line break in a line)."""
    if "\n" not in text:
        return _words_and_tokens(fold(text, invisible, casefold))
    words: list[str] = []
    tokens: list[str] = []
    for line in text.split("\n"):
        found, without = (_folded_line_words(line, invisible, casefold) if len(line) <= _LONGEST_LINE_KEPT
                          else _folded_line_words.__wrapped__(line, invisible, casefold))
        words += found
        tokens += without
    return tuple(words), tuple(tokens)


@functools.lru_cache(maxsize=_FOLDED_LINES_KEPT)
def _folded_line_words(line: str, invisible: str, casefold: bool) -> tuple[tuple[str, ...], tuple[str, ...]]:
    return _line_words.__wrapped__(_fold_line.__wrapped__(line, invisible, casefold))


@functools.lru_cache(maxsize=_FOLDED_LINES_KEPT)
def _line_words(line: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    words = _WORD.findall(line)
    return tuple(words), tuple(_without_possessive(words, line))


def _without_possessive(words, folded: str):
    if "'s" not in folded:
        return words  # no word can end in it: the words as they are
    return [w[:-2] if w.endswith("'s") else w for w in words]


def _words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


#: An email address, and what splits it into the parts read as words ("anna.zawadzki@gmail.com").
_EMAIL = regexes.compile(r"[^\W_][\w.+-]*@[^\W_][\w-]*(?:\.[\w-]+)+")
_EMAIL_SEPARATORS = regexes.compile(r"[._+@/:?=&#%~-]+")
#: A web address, read in parts as an email address is ("www.hopkirk-family.co.uk", "facebook.com/dale.hopkirk").
_WEB = regexes.compile(r"(?:https?://|www\.)[^\s<>\"')\]]+|(?<![\w@.])[^\W_][\w-]*(?:\.[\w-]+)*"
                  r"\.(?:com|net|org|uk|io|me|info|ly|app|page|blog|online|site)\b(?:/[^\s<>\"')\]]*)?", re.IGNORECASE)

#: An email address written in words, as people write one to keep it from robots or say it aloud
#: ("jess dot tranmere at example dot com", "jess.tranmere [at] example [dot] com"): read in parts too.
_SAID = r"(?:\s*[\[(]\s*{0}\s*[\])]\s*|\s+{0}\s+)"
_SPOKEN_EMAIL = regexes.compile(r"[^\W_][\w.+-]*(?:" + _SAID.format("(?:dot|underscore|dash|hyphen)") + r"[^\W_][\w+-]*)*"
                           + _SAID.format("at") + r"[^\W_][\w-]*(?:(?:" + _SAID.format("dot") + r"|\.)[^\W_][\w-]*)+",
                           re.IGNORECASE)
_SAID_SEPARATORS = regexes.compile(r"[\s\[\]()]+(?:dot|underscore|dash|hyphen|at)[\s\[\]()]+", re.IGNORECASE)
#: A social media handle ("@bev_hargreaves", "@StBedesPrimary"): read in parts as an address is.
_HANDLE = regexes.compile(r"(?<![\w@.])@[^\W_][\w.]*[^\W_]")


def _addresses(text: str) -> list[str]:
    """The email and web addresses and handles a text holds, one written in words as the address it spells."""
    found = _EMAIL.findall(text) + _WEB.findall(text)
    if "@" in text:
        found += _HANDLE.findall(text)
    return found + [_SAID_SEPARATORS.sub(".", said) for said in _SPOKEN_EMAIL.findall(text)]


#: A secret this long is found run into other letters of an address's part ("instagram.com/bevhargreaves",
#: "oakfieldps.org.uk"); one of 4 letters only at the part's start or end ("lisaowen@"): inside a longer
#: run of letters a short name is as often part of another word ("bowen", "rowena").
MIN_RUN_IN_ADDRESS = 5
#: What every address and handle has: a text without it holds none.
_ADDRESS_HINT = regexes.compile(r"@|\.(?=[^\W\d_])")  # then a letter or digit before the full stop (quicker apart)
MIN_END_OF_ADDRESS = 4


def _in_address_part(seen: "_Folded", squashed: str) -> bool:
    if len(squashed) < MIN_END_OF_ADDRESS:
        return False
    for part in seen.address_parts:
        if squashed in part and (len(squashed) >= MIN_RUN_IN_ADDRESS
                                 or part.startswith(squashed) or part.endswith(squashed)):
            return True
    return False


class _Folded:
    """A text folded once, in the ways the checks compare it."""

    def __init__(self, text: str):
        self.text = text
        words, tokens = _folded_words(text)
        self.hidden = _has_hidden(text)
        if self.hidden:  # hidden characters made spaces instead: the same text when there are none
            spaced_words, spaced_tokens = _folded_words(text, " ")
        else:
            spaced_words, spaced_tokens = words, tokens
        # Words with hidden characters removed, and made spaces; then the same without "'s".
        self.variants = (words, spaced_words, tokens, spaced_tokens)
        # Its letters and digits run together: each is in a word, and words hold only these and "'".
        self.squashed = "".join(words).replace("'", "")

    @classmethod
    def of(cls, text: str) -> "_Folded":
        return cls(text)

    # Each kind of words once (most texts hide nothing and have no "'s": the four are one), with
    # the set of its words: a secret's first word not in the set is not in the text, found without
    # looking through a copy's 2,000 words for each secret and each kind.
    @functools.cached_property
    def words_in_order(self) -> tuple[list[str], list[str]]:
        """The text's words as written and folded, in order: each several-word secret asks it of the text."""
        words = _WORD.findall(self.text)
        return words, [fold(word) for word in words]

    @functools.cached_property
    def variant_sets(self) -> tuple[tuple[tuple[str, ...], frozenset[str]], ...]:
        return _with_sets(self.variants)

    @functools.cached_property
    def first_sets(self) -> tuple[tuple[tuple[str, ...], frozenset[str]], ...]:
        """Those of the words with hidden characters removed and made spaces (``variants[:2]``)."""
        return _with_sets(self.variants[:2])

    @functools.cached_property
    def name_cased_sets(self) -> tuple[tuple[tuple[str, ...], frozenset[str]], ...]:
        return _with_sets(self.name_cased)

    @functools.cached_property
    def distinct(self) -> tuple[tuple[str, str, str], ...]:
        """Each word once, longer than two letters, for other spellings and scripts: (the word
        with its case, casefolded, its consonant key in another script or "" when Latin)."""
        # Each word once first (in C): those kept come in the same order.
        words = [w for w in dict.fromkeys(itertools.chain.from_iterable(self.cased_kinds))
                 if len(w) > 2 or (len(w) == 2 and not w.isascii())]
        found = tuple((word, word.casefold(), romanised_consonants(word.casefold())) for word in words)
        return found + self._pairs(found)

    def _pairs(self, found) -> tuple[tuple[str, str, str], ...]:
        """Two neighbouring words of another script as one: a one-word name written as two ("برکن
        فولڈ" for "Birkenfold", "اوک فیلڈ" for "Oakfield"). Their keys run together stand
        for the pair's key, which ``name_forms.other_script_form`` works out again for the few of a
        name's length. (A pair whose words are both everyday words is those words: ``shown_as``.)
        Each line's pairs are kept (a copy's lines come back in every copy); then the pair of a
        line's last word and the next line's first."""
        if not any(key for _, _, key in found):
            return ()
        pairs: dict[str, tuple[str, str, str]] = {}
        for lines in self._kind_lines:
            last = None
            for words in lines:
                if not words:
                    continue
                if last is not None and (pair := _pair(last, words[0])) is not None:
                    pairs[pair[0]] = pair
                pairs.update(_line_pairs(words) if len(words) <= _MOST_WORDS_KEPT else _line_pairs.__wrapped__(words))
                last = words[-1]
        return tuple(pairs.values())

    @functools.cached_property
    def after_title(self) -> frozenset[str]:
        """Words (casefolded) of another script written after a title in that script ("مسٹر اور مسز ٹاڈ"):
        names, even when a word list has them. (Beside a word for "family" is not enough: "پالک پরিবারের বোন",
        "the foster family's sister", would read as "Benn".)"""
        titles = _titles_folded()
        found: set[str] = set()
        for lines in self._kind_lines:  # each line's kept, then a line's last word and the next's first
            last = None
            for words in lines:
                if not words:
                    continue
                if last is not None and last.casefold() in titles and not words[0].isascii():
                    found.add(words[0].casefold())
                found |= _line_titled(words) if len(words) <= _MOST_WORDS_KEPT else _line_titled.__wrapped__(words)
                last = words[-1]
        return frozenset(found) | _capitalised(self.cased_text)

    @functools.cached_property
    def name_cased(self) -> tuple[tuple[str, ...], ...]:
        """The words as a name is written: one with a capital ("Moss", "MOSS") casefolded, one
        without kept apart (so "moss" on a wall is no name); but a part of an email or web address
        counts whatever its case, as addresses are written in small letters ("dale.hopkirk@...",
        "admin@ogps...", "facebook.com/dale.hopkirk", "www.hopkirk-family.co.uk")."""
        if "\n" in self.cased_text:
            # Line by line, each line's kept: no address, like no word, runs across a line break.
            lines = [_name_cased_line(line) if len(line) <= _LONGEST_LINE_KEPT else _name_cased_line.__wrapped__(line)
                     for line in self.cased_text.split("\n")]
            words = tuple(word for marked, _ in lines for word in marked)
            in_email = {"\0" + part for _, parts in lines for part in parts}  # the addresses' of ``cased_text``
            spaced = words
            if self.hidden:  # the words with hidden characters made spaces, marked the same way
                spaced = tuple(word for line in fold(self.text, " ", casefold=False).split("\n")
                               for word in (_name_cased_line(line) if len(line) <= _LONGEST_LINE_KEPT
                                            else _name_cased_line.__wrapped__(line))[0])
            if in_email:  # a word in small letters in an address anywhere
                words, spaced = (tuple(w[1:].casefold() if w in in_email else w for w in kind)
                                 if not in_email.isdisjoint(kind) else kind for kind in (words, spaced))
            return words, spaced
        addresses = _addresses(self.cased_text)
        in_email = {part for address in addresses for part in _EMAIL_SEPARATORS.split(address)}
        return tuple(tuple(w.casefold() if w[:1].isupper() or w in in_email else "\0" + w for w in words)
                     for words in self.cased)

    @functools.cached_property
    def address_parts(self) -> tuple[str, ...]:
        """Each part of the text's addresses and handles, folded, its letters and digits run together
        ("bevhargreaves" of "instagram.com/bevhargreaves"): a name is written there run into others."""
        cased = self.cased_text  # most copies: no "@", no letter run into a full stop, so no line
        lines = {cased[cased.rfind("\n", 0, hint.start()) + 1:(cased.find("\n", hint.end()) + 1 or len(cased) + 1) - 1]
                 for hint in _ADDRESS_HINT.finditer(cased)  # only the lines with a hint
                 if hint.group() == "@" or (hint.start() and cased[hint.start() - 1].isalnum())}
        parts = {part for line in lines
                 for part in (_name_cased_line(line) if len(line) <= _LONGEST_LINE_KEPT
                              else _name_cased_line.__wrapped__(line))[1]}
        squashed = {"".join(_WORD.findall(part.casefold())).replace("'", "") for part in parts}
        return tuple(part for part in squashed if part)

    @functools.cached_property
    def cased_kinds(self) -> tuple[tuple[str, ...], ...]:
        """``cased`` each kind once: most texts hide nothing, and the two are one."""
        return tuple(dict.fromkeys(self.cased))

    @functools.cached_property
    def cased_text(self) -> str:
        """The text folded with its case kept."""
        return fold(self.text, casefold=False)

    @functools.cached_property
    def cased(self) -> tuple[tuple[str, ...], ...]:
        """The words with their case kept (for a name that is an ordinary word too)."""
        removed, spaced = self._cased_lines
        words = tuple(itertools.chain.from_iterable(removed))
        return words, tuple(itertools.chain.from_iterable(spaced)) if self.hidden else words

    @functools.cached_property
    def _cased_lines(self) -> tuple[tuple[tuple[str, ...], ...], tuple[tuple[str, ...], ...]]:
        """``cased`` line by line (no word runs across a line break), each line's kept."""
        lines = self.text.split("\n")
        removed = tuple(_cased_line_words(line, "") for line in lines)
        return removed, tuple(_cased_line_words(line, " ") for line in lines) if self.hidden else removed

    @functools.cached_property
    def _kind_lines(self) -> tuple[tuple[tuple[str, ...], ...], ...]:
        """``cased_kinds`` line by line."""
        removed, spaced = self._cased_lines
        return (removed,) if len(self.cased_kinds) == 1 else (removed, spaced)


def _cased_line_words(line: str, invisible: str) -> tuple[str, ...]:
    """A line's words folded with their case kept, without "'s", hidden characters removed or ``invisible``."""
    return (_folded_line_words(line, invisible, False) if len(line) <= _LONGEST_LINE_KEPT
            else _folded_line_words.__wrapped__(line, invisible, False))[1]


#: A line of more words than this is a long one, not kept (``_FOLDED_LINES_KEPT`` of them at most).
_MOST_WORDS_KEPT = 200


def _pair_key(word: str) -> str:
    """A word's consonant key as ``_Folded.distinct`` has it ("" for a Latin word or one too short)."""
    return romanised_consonants(word.casefold()) if len(word) > 2 or (len(word) == 2 and not word.isascii()) else ""


def _pair(one: str, two: str) -> tuple[str, str, str] | None:
    """Two neighbouring words of one script, each with a consonant key, as ``_Folded._pairs`` has them."""
    key_one, key_two = _pair_key(one), _pair_key(two)
    if key_one and key_two and script_of(one) == script_of(two):
        pair = f"{one} {two}"
        return pair, pair.casefold(), key_one + key_two
    return None


@functools.lru_cache(maxsize=_FOLDED_LINES_KEPT)
def _line_pairs(words: tuple[str, ...]) -> dict[str, tuple[str, str, str]]:
    """The pairs of one line's words, in order (read only: it is kept)."""
    pairs = {}
    for one, two in zip(words, words[1:]):
        if (pair := _pair(one, two)) is not None:
            pairs[pair[0]] = pair
    return pairs


@functools.lru_cache(maxsize=_FOLDED_LINES_KEPT)
def _line_titled(words: tuple[str, ...]) -> frozenset[str]:
    """The words (casefolded) of a line's words not in Latin letters that follow a title (``after_title``)."""
    titles = _titles_folded()
    return frozenset(word.casefold() for before, word in zip(words, words[1:])
                     if before.casefold() in titles and not word.isascii())


@functools.lru_cache(maxsize=_FOLDED_LINES_KEPT)
def _name_cased_line(line: str) -> tuple[tuple[str, ...], frozenset[str]]:
    """A line's words (folded with their case) as ``_Folded.name_cased`` marks them by their case
    alone, and the parts of the email and web addresses the line holds."""
    addresses = _addresses(line)
    return (tuple(w.casefold() if w[:1].isupper() else "\0" + w for w in _words_and_tokens(line)[1]),
            frozenset(part for address in addresses for part in _EMAIL_SEPARATORS.split(address)))


#: Scripts that write a name with a capital and other words without, as English does.
_CASED_SCRIPTS = frozenset({"CYRILLIC", "GREEK"})
def _has_cased_script(text: str) -> bool:
    if text.isascii():
        return False
    if "\n" in text:  # line by line, each line's kept, as _has_hidden
        return any(_line_has_cased_script(line) if len(line) <= _LONGEST_LINE_KEPT
                   else _line_has_cased_script.__wrapped__(line) for line in text.split("\n"))
    return _line_has_cased_script.__wrapped__(text)


@functools.lru_cache(maxsize=_FOLDED_LINES_KEPT)
def _line_has_cased_script(line: str) -> bool:
    return not line.isascii() and any(_script_of_letter(c) in _CASED_SCRIPTS for c in set(line) if not c.isascii())


@functools.lru_cache(maxsize=4096)
def _script_of_letter(char: str) -> str:
    return unicodedata.name(char, "").split(" ")[0]


#: "You" and "your", which Ukrainian, Russian and Bulgarian letters write with a capital anywhere.
_HONORIFICS = frozenset("""
    ви вы вие вас вам вами ваш ваша ваше ваші ваши вашої вашого вашому вашим вашими ваших вашу вашій вашей вашем
    ти ты тебе тебя тобі тобою тобой твій твой твоя твоє твоё твої твои твого твоєї твоего твоей твоєму твоему
    твоїм твоим твоїми твоими твоїх твоих твою
""".split())


def _capitalised(cased: str) -> frozenset[str]:
    """Words of a cased script other than Latin (Cyrillic, Greek), casefolded, written with a
    capital not at a sentence's start, or at its start when no everyday word (Zipf under 3) or when
    a borrowed name's (``_opens_a_saying``): names, as after a title ("Ти часто бачиш Радда", "Радд
    каже...": Rudd; "Тодд сказав..."), even when a word list has them; not "Ви", "Ваш", which letters
    write with a capital anywhere."""
    if not _has_cased_script(cased):
        return frozenset()  # no Cyrillic or Greek letter (most copies): no word to look at
    found = set()
    for match in re.finditer(r"[^\W\d_]+", cased):
        word = match.group()
        if (word[:1].isupper() and not word.isascii() and script_of(word) in _CASED_SCRIPTS
                and word.casefold() not in _HONORIFICS
                and (not _SENTENCE_END.search(cased[:match.start()]) or not everyday_word(word.casefold())
                     or _opens_a_saying(word.casefold(), cased[match.end():]))):
            found.add(word.casefold())
    return frozenset(found)


#: Verbs of saying, thinking, wanting and being (Ukrainian, Russian, Bulgarian) that a carer's name
#: opens a sentence before: "Тодд сказав, що...", "Тодд каже...".
_SAYING_IN_CYRILLIC = frozenset("""
    сказав сказала сказали каже кажуть казав казала казали говорить говорять говорив говорила говорили
    вважає вважають думає думають хоче хочуть хотів хотіла хотіли розповів розповіла розповіли
    пояснив пояснила пояснили погодився погодилася погодились погодилися запитав запитала запитали
    написав написала написали телефонував телефонувала зателефонував зателефонувала повідомив повідомила
    повідомили зазначив зазначила зазначили просить просять попросив попросила попросили є був була були
    сказал говорит говорят говорил считает считают думают хочет хотят хотел хотела хотели рассказал
    рассказала рассказали объяснил объяснила согласился согласилась согласились спросил спросила спросили
    написал позвонил позвонила сообщил сообщила сообщили просит просят попросил был
    каза казаха казва казват смята смятат мисли мислят иска искат искаше поиска обясни обясниха съгласи
    съгласиха попита попитаха написа написаха обади сподели споделиха беше бяха
""".split())
#: A borrowed name is rarer than this in a Cyrillic word list ("тодд" 3.3, "бойд" 3.1, "белл" 3.1 in
#: Ukrainian); the words that open a sentence before "сказав" are commoner ("він" 6, "дід" 4.5, "лікар").
_BORROWED_NAME_ZIPF = 4.0


def _opens_a_saying(word: str, rest: str) -> bool:
    """Does an everyday word opening a sentence, with its capital, read as a borrowed name: the next
    word a verb of saying or being, the word rarer than ``_BORROWED_NAME_ZIPF`` in each list of its
    script ("Тодд сказав, що..."; not "Він сказав", "Наш дім")?"""
    then = re.match(r"\s*([^\W\d_]+)", rest)
    if not then or then.group(1).casefold() not in _SAYING_IN_CYRILLIC:
        return False
    return all(lexicon.zipf(word, language) < _BORROWED_NAME_ZIPF for language in EVERYDAY_IN.get(script_of(word), ()))


@functools.lru_cache(maxsize=1)
def _titles_folded() -> frozenset[str]:
    return frozenset(fold(title) for title in TITLES_IN_SCRIPTS)


def _with_sets(kinds) -> tuple[tuple[tuple[str, ...], frozenset[str]], ...]:
    return tuple((words, frozenset(words)) for words in dict.fromkeys(kinds))


def _in_any(kinds: tuple[tuple[tuple[str, ...], frozenset[str]], ...], wanted: tuple[str, ...]) -> bool:
    """``any(_contains(words, wanted) for words in kinds)``, kinds from ``_with_sets``."""
    if not wanted:
        return False
    first = wanted[0]
    return any(first in present and (len(wanted) == 1 or _contains(words, wanted)) for words, present in kinds)


def _contains(words: tuple[str, ...], wanted: tuple[str, ...]) -> bool:
    size = len(wanted)
    if not size:
        return False
    first, start = wanted[0], 0
    while True:  # tuple.index finds each place the first word is, in C: a copy has 2,000 words
        try:
            start = words.index(first, start)
        except ValueError:
            return False
        if words[start:start + size] == wanted:
            return True
        start += 1


# ---------------------------------------------------------------- what is a distinctive part


@functools.lru_cache(maxsize=4096)
def is_ordinary_word(word: str) -> bool:
    """An English dictionary word ("elm", "willow", "acorns", "moss"): it has other meanings."""
    return bool(lexicon.lemmas(word.casefold()))


@functools.lru_cache(maxsize=4096)
def is_distinctive(word: str) -> bool:
    """Does this one word single out a place (the rule the README's "What validation checks" gives)?

    Not a generic place or school word, not an ordinary English word, not a common name
    (Zipf >= COMMON_ZIPF), and more than two letters: "Oakfield", "Heronsgate", "Kingfisherwood",
    "Springfield" are; "High", "Park", "Green", "Elm", "Acorns", "Mary" are not.
    """
    word = word.casefold()
    word = word[:-2] if word.endswith("'s") else word
    if len(word) < 3 or word.isdigit() or word in GENERIC_WORDS:
        return False
    frequency = lexicon.zipf(word, "en")
    if is_ordinary_word(word):
        return frequency < DICTIONARY_RARE_ZIPF
    return frequency < COMMON_ZIPF


@functools.lru_cache(maxsize=4096)
def ordinary_in(word: str, language: str) -> bool:
    """Is ``word`` an everyday word of ``language`` (wordfreq Zipf 3 or more, where wordfreq knows
    the language)? "Dobra" singles out a street in an English text, but is "good" in Polish."""
    base = language.replace("-", "_").split("_")[0].casefold()
    if base == "en" or base not in lexicon.available_languages():
        return False
    return lexicon.zipf(word, base) >= 3.0


@functools.lru_cache(maxsize=4096)  # asked of the same secrets for every translated text and copy
def _one_word_in_language(secret: "Secret", language: str) -> bool:
    """A one-word part of a place or name that is an everyday word in the text's own language; or
    a short form of a first name that is a word of that language's fixed text (its catalogs: Welsh
    "Mae", "is", and "Beth", "what", are no Mary or Elizabeth; wordfreq has no Welsh)."""
    words = _WORD.findall(secret.text)
    if not secret.strict or len(words) != 1:
        return False
    if ordinary_in(words[0], language):
        return True
    base = language.replace("-", "_").split("_")[0].casefold()
    return (secret.what in (SHORT_FORM, SURNAME_SHORT_FORM) and base not in ("", "en")
            and fold(words[0]) in _catalog_words(language))


@functools.lru_cache(maxsize=32)
def _catalog_words(language: str) -> frozenset[str]:
    from ..i18n import catalog_words

    return frozenset(fold(word) for word in catalog_words(language))


def _name_words(value: str) -> list[str]:
    return _WORD.findall(value.replace("\u2019", "'"))


def _lacks(cased: str, word: str) -> bool:
    """Is ``word`` nowhere in ``cased``, ignoring case as the name patterns do? Their leading
    "(word) " group tries every place of a long text; a copy's parts mostly hold no such word."""
    return _literal_pattern(word).search(cased) is None


@functools.lru_cache(maxsize=1024)
def _literal_pattern(word: str) -> re.Pattern:
    return re.compile(re.escape(word), re.IGNORECASE)


def _all_generic(words: Iterable[str]) -> bool:
    return all(w.casefold().removesuffix("'s") in GENERIC_WORDS or len(w) < 2 for w in words)


def school_parts(school: str) -> list[tuple[str, str]]:
    """``(what, part)`` for each part of a school's name that could find it.

    The name as written; the name with its type words dropped from the end one by one
    ("Oakfield Primary", then "Oakfield"), while what is left is not only generic words and,
    left as one word, is distinctive; each distinctive word anywhere in it; and its initials,
    in capitals, of three letters or more ("YGCR", "Y.G.C.R.", "OPS": ``name_forms.initials``).
    """
    parts = [("school", school.strip())]
    words = _name_words(school)
    while words and words[-1].casefold() in SCHOOL_TYPES:
        words.pop()
        if words and (len(words[-1]) < 3 or words[-1].casefold() in ("of", "the", "and")):
            continue  # "St Mary's C of E Primary": no part ends in "E" or "of"
        if words and _all_generic(words) and words[-1].casefold() in SCHOOL_TYPES:
            continue  # "Green Lane Primary": its type words go first
        if words and _all_generic(words) and len(words) > 1 and words[-1].casefold() in STREET_TYPES:
            parts.append(("short name", " ".join(words)))  # named after its street: "Green Lane", "Church Hill"
            break
        if not words or _all_generic(words):
            break
        if len(words) == 1 and not is_distinctive(words[0]):
            break
        parts.append(("short name", " ".join(words)))
    # A saint's school is written "St Mary's" and "Saint Mary's" ("St." and "St Marys" fold already).
    parts += [("short name", re.sub(r"^(?:St\.?|Saint)\s+", "Saint " if part.startswith("St") else "St ", part))
              for what, part in list(parts) if what == "short name" and re.match(r"(?:St\.?|Saint)\s", part)]
    parts += [("distinctive word", w) for w in _name_words(school) if is_distinctive(w)]
    for letters in initials(_name_words(school), GENERIC_WORDS):
        parts += [("initials", letters), ("initials", ".".join(letters) + ".")]  # "YGCR", "Y.G.C.R."
    # A short name by its initials too ("SBCP" of "St Bede's Catholic Primary"), unless they spell
    # a word or a common abbreviation; and a saint's school by the saint's initial ("St B's").
    for short in [part for what, part in parts if what == "short name" and len(_name_words(part)) > 1]:
        letters = "".join(w[0] for w in _name_words(short) if w[:1].isalpha()).upper()
        if len(letters) >= MIN_INITIALS and letters.isascii() and not is_ordinary_word(letters) \
                and lexicon.zipf(letters, "en") < SHORT_INITIALS_ZIPF and letters.casefold() not in _REVIEW_ABBREVIATIONS:
            parts.append(("initials", letters))
    saint = _SAINTS_SCHOOL.match(school)
    if saint:
        parts.append(("initials", f"St {saint.group(1)[0].upper()}'s"))
    return _unique(parts)


#: Initials of a short name this common in English text are an abbreviation of something else ("BBC").
SHORT_INITIALS_ZIPF = 2.5
#: What reviews abbreviate for their own people, plans and services: "IRO" of "Ivy Road Orchard" is the chair.
_REVIEW_ABBREVIATIONS = frozenset("""
    iro pep lac cla cic sen send senco ehcp camhs lado yot nhs gp dbs sgo ico pe ict gcse re pshe ta hlta
    sw pa fsw ppo cse cce mash lscb sdq eal
""".split())
#: A school named after a saint, as it is called by the saint's initial ("St B's" of "St Bede's ...").
_SAINTS_SCHOOL = regexes.compile(r"\s*(?:St\.?|Saint)\s+([^\W\d_][\w-]*)['\u2019]s\b", re.IGNORECASE)


#: A locality of an address that is a part of its town, a district ("Cherry Hinton" of "12 Fen Road, Cherry
#: Hinton, Cambridge CB1 9XX"): written after the street, before a town of 20,000 people or more (``large_place``).
#: It tells a parent the part of town to look in, not the home: a warning, not an error as the street, the
#: postcode and the house are (blind review: Cherry Hinton had the street's message). A locality before a small
#: town, or with no town after it, is a village or the town itself: "house name or locality", an error.
PART_OF_TOWN = "part of town"
#: A distinctive word of such a district ("Hinton") that no other part of the address has.
PART_OF_TOWN_WORD = "word of the part of town"
PART_OF_TOWN_KINDS = frozenset({PART_OF_TOWN, PART_OF_TOWN_WORD})


def address_parts(address: str) -> list[tuple[str, str]]:
    """``(what, part)`` for each part of an address that could find a home.

    The address whole; its house number and street ("88 Heronsgate Close", wherever it sits
    after "Flat 3,"); the street unless its name is only generic words ("Elm Road", not "High
    Street"); a house name or locality (a district of a large town: ``PART_OF_TOWN``); the postcode whole and
    each half; and each distinctive word; "number 14" and "No. 14" of a house number of two characters or more; and the town (the last part before the
    postcode and any county: ``is_county``) when it is small enough to find a home in (``_small_town``).
    """
    parts = [("address", address.strip())]
    postcodes = list(_UK_POSTCODE.finditer(address))
    pieces = _pieces(address)
    has_town = len(pieces) > 1 and not re.search(r"\d", pieces[-1])
    named: list[str] = []  # house names, localities, streets: words to search for distinctive ones
    districts: list[str] = []  # the localities that are a part of a large town
    in_a_large_town = has_town and large_place(pieces[-1])
    street_before = False  # a street (numbered or by its type) before this piece: what follows it is no street
    first_numbered = next((i for i, piece in enumerate(pieces) if _HOUSE_NUMBER.match(piece)), None)
    for number, piece in enumerate(pieces):
        if (has_town and number == len(pieces) - 1) or _SUB_BUILDING.match(piece):
            continue
        numbered = _HOUSE_NUMBER.match(piece)
        if numbered:
            parts += [("house number and street", form) for form in street_forms(piece)]
            number_itself = numbered.group(1)
            if len(number_itself) > 1:  # "number 2" is also a race's or a bus's: one digit finds nothing
                parts += [("house number", f"number {number_itself}"), ("house number", f"No. {number_itself}")]
            piece = numbered.group(2)
        words = _name_words(piece)
        if not numbered and words and (number < first_numbered if first_numbered is not None
                                       else not named and words[-1].casefold() not in STREET_TYPES):
            parts += _house_name_parts(piece, words)  # before the number, or the first line of none
            named.append(piece)
            continue
        if numbered and len(words) == 2 and words[0].casefold() == "the" and not _all_generic(words[1:]):
            parts.append(("street", f"the {words[1]}"))  # "3 The Paddocks": "on the Paddocks", as a name
        elif words and words[-1].casefold() in STREET_TYPES:
            if not _all_generic(words[:-1]):
                parts += [("street", form) for form in street_forms(piece)]
        elif not numbered and words and not _all_generic(words) and (len(words) > 1 or is_distinctive(words[0])):
            # After the street, before a large town: a district of it. Straight after a house name it may be a
            # street of a type not listed ("Tŷ Newydd, Heol Fawr"): the house's part, as before.
            district = in_a_large_town and street_before
            parts.append((PART_OF_TOWN if district else "house name or locality", piece))
            if district:
                districts.append(piece)
        street_before = street_before or bool(numbered) or bool(words and words[-1].casefold() in STREET_TYPES)
        named.append(piece)
    for match in postcodes:
        outward, inward = match.group(1), match.group(2)
        parts += [("postcode", f"{outward} {inward}".upper()), ("first half of the postcode", outward.upper()),
                  ("second half of the postcode", inward.upper())]
    elsewhere = {w.casefold() for piece in named if piece not in districts for w in _name_words(piece)}
    parts += [(PART_OF_TOWN_WORD if piece in districts and w.casefold() not in elsewhere else "distinctive word", w)
              for piece in named for w in _name_words(piece) if is_distinctive(w)]
    if has_town and (_small_town(pieces[-1]) or everyday_word_town(pieces[-1])):
        parts.append(("town", pieces[-1]))
        parts += [("town", part) for part in town_parts(pieces[-1]) if not large_place(part)]
    return _unique(parts)


def _pieces(address: str) -> list[str]:
    """The parts of an address without its postcode and county, split where it is written on several
    lines or with commas: "22 Pennywort Close", "Hexham" (of "..., Hexham, Northumberland, NE46 1AA")."""
    pieces = [p.strip(" .") for p in re.split(r"[,\n]", _UK_POSTCODE.sub("", address)) if p.strip(" .")]
    return pieces[:-1] if len(pieces) > 1 and is_county(pieces[-1]) else pieces


#: Counties an address may end with that are not "...shire": England's ceremonial counties, Royal Mail's
#: former postal counties, Wales's preserved counties and Scotland's counties and regions. None is also a
#: town ("Durham", "Bristol", "Antrim" are: only "County Durham", "Co. Antrim" are counties).
_COUNTIES = frozenset(c.strip() for c in """
    cornwall, cumbria, cumberland, westmorland, devon, dorset, essex, kent, middlesex, norfolk, suffolk,
    surrey, sussex, east sussex, west sussex, somerset, northumberland, rutland, merseyside, avon,
    cleveland, humberside, north humberside, south humberside, tyne and wear, west midlands,
    greater london, greater manchester, isle of wight, north yorkshire, south yorkshire, west yorkshire,
    east yorkshire, east riding of yorkshire, clwyd, dyfed, gwent, gwynedd, powys, mid glamorgan,
    south glamorgan, west glamorgan, glamorgan, anglesey, isle of anglesey, ceredigion, fife, angus,
    moray, lothian, midlothian, east lothian, west lothian, caithness, orkney, shetland, argyll,
    argyll and bute, dumfries and galloway, scottish borders, borders, highland, isle of skye,
    isle of lewis, isle of arran, isle of bute
""".replace("\n", " ").split(","))
_COUNTY_WORDS = regexes.compile(r"(?:(?:north|south|east|west|mid)\s+)?[\w-]+shire|(?:county|co\.?)\s+\w+",
                                re.IGNORECASE)


def is_county(piece: str) -> bool:
    """Is a part of an address a county ("Fernshire", "North Yorkshire", "Kent", "Co. Antrim")? A county
    is no part of the home's address (a parent may know it: a county holds hundreds of thousands), and the
    town is the part before it."""
    folded = " ".join(piece.casefold().split())
    return folded in _COUNTIES or _COUNTY_WORDS.fullmatch(folded) is not None


def address_town(address: str | None) -> str:
    """The town of an address: its last part before the postcode and any county, when it has no number; else ""."""
    pieces = _pieces(address or "")
    return pieces[-1] if len(pieces) > 1 and not re.search(r"\d", pieces[-1]) else ""


#: A town is small enough that it, with the carers' first names or a school, finds a home when it has
#: fewer than 20,000 people (the ONS's line between a small town and a medium one): one that
#: data/large_places.tsv (GeoNames, tools/build_large_places.py) does not name is small ("Hexham"
#: 11,388, "Rothbury" 2,326, "Penrith" 16,700, a village, a place it does not know); a larger town or
#: city is not ("Scunthorpe" 81,576, "Darlington", "Leeds"). Once judged by how rarely English text
#: names it (wordfreq Zipf under 3), which made "Scunthorpe" (2.6) small and "Penrith" (3.0) not.
LARGE_PLACES = "large_places.tsv"


@functools.lru_cache(maxsize=1)
def _large_places() -> frozenset[str]:
    """The folded names of data/large_places.tsv: the UK's places of 20,000 people or more, and the
    shorter names GeoNames gives them from their own words ("Hull", "Stoke"), as addresses write them."""
    text = resources.files(__package__).joinpath("data", LARGE_PLACES).read_text(encoding="utf-8")
    names = []
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            fields = line.split("\t")
            names += [fields[0]] + (fields[2].split("|") if len(fields) > 2 else [])
    return frozenset(" ".join(_tokens(fold(name))) for name in names)


def large_place(town: str) -> bool:
    """Does ``town`` name a place of 20,000 people or more ("Scunthorpe", "Newcastle upon Tyne")?"""
    return " ".join(_tokens(fold(town))) in _large_places()


def _small_town(town: str) -> bool:
    """Is the town of an address small enough to be a part of it? Named as a street's word is
    judged (not only generic words, not an ordinary English word alone) and not a place of
    20,000 people or more (``large_place``)."""
    words = _name_words(town)
    return (bool(words) and not _all_generic(words) and (len(words) > 1 or is_distinctive(words[0]))
            and not large_place(town))


#: The small words that join a hyphenated town's parts ("Kirkby-in-Ashfield", "Ashby-de-la-Zouch").
_TOWN_JOINERS = frozenset("in on upon under le la de en du super by cum next the sea".split())


def town_parts(town: str) -> list[str]:
    """Each distinctive part of a hyphenated town, which people call it by: "Kirkby" and "Ashfield" of
    "Kirkby-in-Ashfield", "Zouch" of "Ashby-de-la-Zouch" (blind review 27, finding 3); not a joining word,
    nor an everyday word or common name ("Stoke", "Barrow", "Tweed", "Ross"): written alone, that finds
    nothing. Whether a part is an error, a warning or nothing is the caller's: as the town is."""
    pieces = [piece for piece in re.split(r"[-\u2010\u2011]", town.strip()) if piece]
    if len(pieces) < 2:
        return []
    return [piece for piece in pieces if piece.casefold() not in _TOWN_JOINERS and piece[:1].isupper()
            and is_distinctive(piece)]


def everyday_word_town(town: str) -> bool:
    """Is the town of an address one everyday English word, not generic ("Rye"; not "Street", "Hexham"),
    and not a large place (``large_place``: "Reading", "Bath", "Hull")? It is looked for only where
    written as a name. Any other town that is one everyday word ("Rye", "Wells", "Hope") is small."""
    words = _name_words(town)
    return (len(words) == 1 and not is_distinctive(words[0]) and not _all_generic(words) and len(words[0]) > 2
            and not large_place(town) and words[0].casefold() not in _NOT_NAME_PARTS)


#: Words after a town's name that make it a place there: "Rye library", "Rye toddler group".
_TOWN_PLACES = frozenset("""
    harbour library station centre center beach market park hospital school college academy toddler group
    leisure pool church football rugby cricket club museum castle surgery clinic youth scouts cubs brownies
    guides carnival festival bus train high town fair show
""".split())


def _names_the_town(text: str, town: str, cased: str | None = None) -> bool:
    """Does ``text`` name a town that is an everyday word ("Rye") as the town: with its capital (or in
    capitals) not at a sentence's start ("Camber near Rye", "you go to Rye library"), or at the start
    before a name or a place ("Rye Harbour", "Rye Family Centre", "Rye library is small"); not "Rye bread
    is nice", nor the end of a person's name ("Mrs Wells", "Sarah Wells") or a street ("Wells Road").
    ``cased``: the text folded with its case kept (``_Folded.cased_text``), when the caller has it."""
    cased = fold(text, casefold=False) if cased is None else cased
    names = _name_words(town)
    if not names or _lacks(cased, max(names, key=len)):
        return False
    words = [re.escape(w) for w in names]
    pattern = re.compile(r"(?:([^\W_]+)\s+)?(?<![^\W_])(" + r"\s+".join(words)
                         + r")(?:'s|s')?(?![^\W_'])(?=\s+([^\W_]+))?", re.IGNORECASE)
    for match in pattern.finditer(cased):
        before, name, follower = match.group(1) or "", match.group(2), match.group(3) or ""
        if not name[:1].isupper():
            continue
        if before.casefold() in TITLES or before[:1].isupper() and before.casefold() not in (
                _NOT_NAME_PARTS | {"a", "at", "in", "to", "from", "near", "around", "by", "into", "round", "outside"}):
            continue  # a person's name: "Mrs Wells", "Sarah Wells"
        if follower[:1].isupper() and follower.casefold() in STREET_TYPES:
            continue  # a street named after it, anywhere: "Rye Road"
        if not _SENTENCE_END.search(cased[:match.start(2)]):
            return True
        if follower[:1].isupper() or follower.casefold() in _TOWN_PLACES:
            return True
    return False


#: What kind of building a house name says it is, at its end: its short name is the words before
#: ("Quarry Bank" of "Quarry Bank House", "Hillside" of "Hillside Farm", "Ivy" of "Ivy Lodge").
HOUSE_KINDS = frozenset("""
    house houses farm farmhouse lodge cottage cottages barn barns hall grange manor villa bungalow mill
    vicarage rectory croft court stables
""".split())
#: A house name whose words are all generic or ordinary ("The Manor House", "Mill House"), and a house
#: name's short name: counted as a home's short name is, written as a name (``_names_the_home``).
HOUSE_NAME = "house name"
#: A one-word short name this common in English ("Red" of "Red House", "Home" of "Home Farm", "Rose",
#: "Hope": wordfreq Zipf 4.5 and over) is every text's word with a capital ("the Red Cross", "the Home
#: Office"): not looked for; "Ivy" (3.8), "Hillside" (3.4), "Oak" (4.2) are.
HOUSE_SHORT_ZIPF = 4.5
HOUSE_SHORT_NAME = "short name of the house"


def _house_name_parts(piece: str, words: list[str]) -> list[tuple[str, str]]:
    """A house name is the address itself, whatever its words: whole, as any part when it has a word
    that singles it out, else as a name ("The Manor House", "Mill House": ``HOUSE_NAME``); and its
    short name, the words before its kind ("Quarry Bank", "Hillside", "Ivy"), unless they are only
    generic words ("Mill" of "Mill House", "Church" of "Church Cottage": every text has them); a generic
    name with "The" is called by its first word with its capital too ("the Manor" of "The Manor House")."""
    bare = words[1:] if words[0].casefold() == "the" and len(words) > 1 else words
    if not _all_generic(words) and (len(words) > 1 or is_distinctive(words[0])):
        parts = [("house name or locality", piece)]
    else:
        parts = [(HOUSE_NAME, " ".join(bare))]
    kinds = [i for i, word in enumerate(bare) if word.casefold() in HOUSE_KINDS]
    if parts[0][0] == HOUSE_NAME and len(bare) > 1 and len(words) > len(bare) and 0 in kinds:
        parts.append((HOUSE_SHORT_NAME, f"the {bare[0]}"))  # "the Manor" of "The Manor House", as a name
    short = bare[:kinds[-1]] if kinds else []
    if short and not _all_generic(short) and not (len(short) == 1 and (
            is_distinctive(short[0]) or lexicon.zipf(short[0], "en") >= HOUSE_SHORT_ZIPF)):
        parts.append((HOUSE_SHORT_NAME, " ".join(short)))  # a distinctive one word is found as itself
    return parts


def street_forms(street: str) -> list[str]:
    """A street as the record writes it, then with its type written each other way an address
    writes it: "14 Elm Road", "14 Elm Rd"; "Swan Gdns", "Swan Gardens". A street with no type
    word at its end is itself only."""
    words = street.split()
    last = _name_words(words[-1])[0].casefold() if words and _name_words(words[-1]) else ""
    forms = next((forms for forms in STREET_TYPE_FORMS if last in forms), ())
    head = " ".join(words[:-1])
    return [street] + [f"{head} {form.capitalize()}" for form in forms if form != last]


def generic_streets(address: str | None) -> list[str]:
    """The streets of an address that ``address_parts`` leaves out because their names are only
    generic words ("Mill Lane", "High Street", "Station Road"), each with its type written every way
    an address writes it ("Mill Ln"): the address's own street named in a parent's text is still a
    warning (``generic_street_named``), as it is seldom named there by chance."""
    found: list[str] = []
    for piece in _pieces(address or ""):
        numbered = _HOUSE_NUMBER.match(piece)
        street = numbered.group(2) if numbered else piece
        words = _name_words(street)
        if len(words) > 1 and words[-1].casefold() in STREET_TYPES and _all_generic(words[:-1]):
            found += [form for form in street_forms(street) if form not in found]
    return found


def generic_street_named(text: str, address: str | None) -> str:
    """The generic street of ``address`` that ``text`` names, written as a name (each word with its
    capital, its type short or in full, with or without a full stop: "Mill Ln.", "the park on Mill
    Lane"), or "": "the mill lane" and "a high street" are every town's."""
    for form in generic_streets(address):
        words = form.split()
        pattern = r"\s+".join(rf"(?:{re.escape(w[:1].upper() + w[1:].lower())}|{re.escape(w.upper())})"
                              for w in words)
        if re.search(rf"(?<![^\W_]){pattern}\.?(?![^\W_])", text or ""):
            return form
    return ""


def _unique(parts: list[tuple[str, str]]) -> list[tuple[str, str]]:
    seen, kept = set(), []
    for what, part in parts:
        key = tuple(_tokens(fold(part)))
        if part and key and key not in seen:
            seen.add(key)
            kept.append((what, part))
    return kept


#: Titles and joining words in a recipient's name: never a name part on their own.
#: Months and days too: every copy has dates in it ("3 May 2027"), so "May" of "May Jones" is no sign.
_NOT_NAME_PARTS = frozenset("""
    mr mrs ms miss mx dr prof rev sir and the of
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday
""".split())


def name_parts(name: str) -> list[str]:
    """The first names and surname of a name ("Sarah Moss": "Sarah", "Moss"; "Mark and
    Lisa Owen": "Mark", "Lisa", "Owen"), without titles or what is in brackets."""
    name = re.sub(r"\([^)]*\)", " ", name)
    return [w for w in _name_words(name) if len(w) > 1 and w.casefold() not in _NOT_NAME_PARTS]


# ---------------------------------------------------------------- what is secret


def _lives_there(reader: Role | frozenset[Role]) -> bool:
    """The reader is a carer: a confidential placement's address, school and carers' names are their
    own, kept from parents only. A parent the placement names as the carer (a placement with parents,
    kept from the other parent) is kept as a parent from what the IRO withholds from parents, never
    from their own home."""
    return Role.carer in _as_roles(reader)


def _as_roles(reader: Role | frozenset[Role]) -> frozenset[Role]:
    """A reader's roles: one role, or a recipient's ``kept_as`` (the carer sent a parent's copy is both)."""
    return frozenset({reader}) if isinstance(reader, Role) else frozenset(reader)


def visible_items(items: list, section: str, role: Role | frozenset[Role]) -> Iterator[tuple[tuple[str, int], Any]]:
    """``(location, item)`` for each item of a section that ``role`` (or every one of roles) may see.

    Locations keep the item's place in the record, so translations keyed by
    location still match when earlier items are withheld.
    """
    roles = _as_roles(role)
    for index, item in enumerate(items):
        if not roles & set(item.withhold_from):
            yield (section, index), item


def views_kept_from(record: Record, role: Role | frozenset[Role]) -> bool:
    """Is every one of the child's views kept from ``role``: then its copy says nothing of how she sent them
    ("sent me a voice note"), unless she came to the meeting (it is said beside her name there)."""
    return bool(record.child_views) and not any(visible_items(record.child_views, "child_views", role))


def reader_roles(recipient, read_to_the_child: bool = False, record: Record | None = None) -> frozenset[Role]:
    """Every role whose ``withhold_from`` keeps a thing from a copy: the recipient's ``kept_as``, and, in a
    young child's own copy (``read_to_the_child``: the early and young bands, read to the child by the
    carers; ``record`` then needed), every role its readers aloud are (``read_aloud_roles``): what is kept
    from the carers must not be in a copy they read aloud."""
    if not (read_to_the_child and recipient.role is Role.child):
        return recipient.kept_as
    if record is None:
        raise TypeError("reader_roles: a copy read to the child needs the record, to know who reads it")
    return recipient.kept_as | read_aloud_roles(record)


#: The bands of a child too little to read their own copy: the carers read it to them (under 8 by age).
READ_ALOUD_BANDS = ("early", "young")


def carers_read_aloud(record: Record, band_now: str | None) -> bool:
    """Do the carers read the child's own copy aloud to them: ``band_now``, the band of the child's age the day
    the copy is made, is the early or young one (a 2-year-old's review made again at 5 is still read to them,
    blind review 31, finding 1), and they are not 18 yet. The renderer's ``read_by_the_carer``; what the child's
    copy leaves out then is ``reader_roles(recipient, True, record)``."""
    from ..support.clock import today
    from .ages import birthday

    return band_now in READ_ALOUD_BANDS and birthday(record.child.date_of_birth, 18) > today()


@per_record
def read_aloud_roles(record: Record) -> frozenset[Role]:
    """The roles of those who read a little child's own copy to them, the carers the placement names (blind
    review 32, finding 1): ``carer``; ``parent`` when one of them is the child's parent (placed at home: "a
    parent as carer is a parent for what is withheld from parent"); and every role a carer is sent papers as
    (a nan caring, sent an ``other`` copy). Never ``child``."""
    from .carers import carers_roles

    childs = own_names(record.child)
    roles = {Role.carer}
    if any(parent_role(role, childs) for _name, role in carers_roles(record)):
        roles.add(Role.parent)
    for recipient in record.distribution:
        if Role.carer in recipient.kept_as:
            roles |= recipient.kept_as
    return frozenset(roles - {Role.child})


def read_aloud_by(record: Record, withheld: Iterable[Role]) -> list[str]:
    """Who, of the carers reading a little child's own copy aloud (``read_aloud_roles``), a thing withheld from
    ``withheld`` is kept from, each as the record gives them ("Kerry-Ann Walsh (mum)", "Bev"): every carer for
    a thing withheld from carer; a carer who is the child's parent for one withheld from parent; a carer sent
    papers as another role (a nan sent an ``other`` copy) for one withheld from that role."""
    from ..record.roles import carer_named, carers_people
    from .carers import carers_roles

    withheld = frozenset(withheld)
    childs = own_names(record.child)
    given = carers_roles(record)
    who = []
    for name, _family, relation in carers_people(record.placement.carers):
        roles_given = [role for role in [relation] + [r for other, r in given if carer_named(name, other) is not None]
                       if role]
        roles = {Role.carer}
        if any(parent_role(role, childs) for role in roles_given):
            roles.add(Role.parent)
        for recipient in record.distribution:
            if recipient.role is not Role.child and Role.carer in recipient.kept_as \
                    and carer_named(name, recipient.role_given(record.review.attendees, record.actions)[0]) is not None:
                roles |= recipient.kept_as
        if roles & withheld:
            said = roles_given[0].strip() if roles_given else ""
            said = re.sub(r"^(?:your|the child's)\s+", "", said, flags=re.IGNORECASE)
            who.append(f"{name} ({said})" if said and said.casefold() != name.casefold() else name)
    return who


def left_out_of_copy(record: Record, recipient, read_to_the_child: bool = False) -> list[tuple[Secret, list[str]]]:
    """What ``recipient``'s copy leaves out, as the renderer leaves it out (``reader_roles``; a confidential
    placement's address, school and carers' names are never kept from a copy a carer reads, their own home:
    ``copy_shows``), each with who reads the copy aloud from whom it is kept (``read_aloud_by``): none for
    what is kept from the recipient themself, or for a copy nobody reads aloud (``read_to_the_child``)."""
    roles = reader_roles(recipient, read_to_the_child, record)
    lives_there = _lives_there(roles)
    own = _as_roles(recipient.kept_as)
    return [(s, [] if own & s.hidden_from else read_aloud_by(record, s.hidden_from))
            for s in secrets_for(record, roles) if not (lives_there and s.loc[0] == "placement")]


def named_recipients(record: Record, recipient, roles: frozenset[Role] | None = None) -> list:
    """Who was sent a copy, as ``recipient``'s copy may list them: in the record's order,
    without those the IRO keeps from the recipient's role (``roles``: the copy's reader roles,
    ``kept_as`` when not given); their own name always stays."""
    roles = recipient.kept_as if roles is None else roles
    return [other for other in record.distribution
            if other == recipient or not roles & set(other.withhold_from)]


def confidential_from(record: Record, role: Role) -> bool:
    """Address and school are withheld from parents when the placement is confidential."""
    return record.placement.confidential and role is Role.parent


def place_name_kept_from(record: Record) -> frozenset[Role]:
    """Roles whose copies call the carers' place "the staff where you live", not by its name
    (a confidential placement's parents, unless the record says the carers may be named)."""
    if not is_place(record.placement.carers) or record.placement.carers_named_to_parents:
        return frozenset()
    return frozenset(role for role in Role if confidential_from(record, role))


def placement_secrets(placement: Placement) -> list[Secret]:
    """The address and school of a confidential placement, and each part that could find the child."""
    if not placement.confidential:
        return []
    # Worked out once for the values: every copy and check of a record asks again.
    return list(_placement_secrets(placement.address, placement.school, placement.carers,
                                   placement.carers_named_to_parents))


@functools.lru_cache(maxsize=64)
def _placement_secrets(address: str, school: str | None, carers: str, carers_named: bool) -> tuple[Secret, ...]:
    parents = frozenset({Role.parent})
    found = [Secret(part, what, ("placement", "address"), parents, strict=True, part_of=address,
                    capitalised=what in (HOUSE_NAME, HOUSE_SHORT_NAME),
                    headword=what in (HOUSE_NAME, HOUSE_SHORT_NAME) or what == "street" and part.startswith("the "),
                    town_word=what == "town" and everyday_word_town(part))
             for what, part in address_parts(address)]
    found += [Secret(word, STREET_NAME, ("placement", "address"), parents, strict=True, part_of=address,
                     capitalised=True) for word in street_names(address)]
    found += _nickname_secrets(school, carers, carers_named)
    if school:
        # "OPS", not "ops" of "stops"; "Green Lane" of "Green Lane Primary" as a name, not the words
        found += [Secret(part, what, ("placement", "school"), parents, strict=True, part_of=school,
                         capitalised=what == "initials" or what == "short name" and _all_generic(_name_words(part)))
                  for what, part in school_parts(school)]
    if not carers_named:
        place = is_place(carers)
        found += [Secret(part, what, ("placement", "carers"), parents, strict=True, part_of=carers)
                  if what == "ward" else  # "on ward 12" too: a number is written as it is
                  name_secret(part, what, ("placement", "carers"), parents, carers, family=not place)
                  if what != "short name" else
                  Secret(part, "short name", ("placement", "carers"), parents, strict=True, part_of=carers,
                         capitalised=True, headword=True)
                  for what, part in carers_parts(carers)]
        if not place:
            found += [Secret(part, what, ("placement", "carers"), parents, strict=True, part_of=carers,
                             capitalised=True)
                      for surname in surnames(carers)
                      for what, part in ((CARERS_SHORT_FORM, family_name_syllable(surname)),
                                         (CARERS_INITIAL, surname[:1].upper())) if part]
    return tuple(found)


CARERS_SHORT_FORM = "short form of the family name"
CARERS_INITIAL = "initial of the family name"


def family_name_syllable(surname: str) -> str:
    """A long family name's first syllable, as a child makes a pet name of it ("Thorn" of Thornbury
    and Thornton: "the Thornies", "Uncle Carl Thorn"); "" for a short name or a double-barrelled one
    (its halves are parts already). It may be a word ("thorn"): ``carers_short_form_in`` reads it only
    where it is written as a name."""
    match = re.match(r"([^aeiouy]*[aeiouy]+)([^aeiouy]+)(?=[aeiouy])", surname.casefold())
    if len(surname) < LONG_FAMILY_NAME or not match or not surname.isalpha():
        return ""
    opening, cluster = match.groups()
    if not _CONSONANT_UNIT.fullmatch(cluster):  # "Kav", "Fletch": one sound kept; else the next syllable's opening left
        cluster = cluster[:-len(next(o for o in sorted(_ONSETS, key=len, reverse=True) + [cluster[-1]]
                                     if cluster.endswith(o) and o != cluster))]
    short = opening + cluster
    return short.capitalize() if len(short) >= 3 and len(surname) - len(short) >= 2 else ""


#: One consonant sound, written with one letter or more ("v" of Kavanagh, "tch" of Fletcher).
_CONSONANT_UNIT = regexes.compile(r"[^aeiouy]|ch|tch|sh|th|ph|ck|gh|dg|ll|ss|rr|nn|mm|tt|pp|ff|bb|dd|gg|zz")
#: How an English syllable may open: "Arm-strong", "Cart-wright", "Fair-brother".
_ONSETS = frozenset("""bl br cl cr dr fl fr gl gr pl pr sc sk sl sm sn sp st sw tr tw wr wh th sh ch ph thr str spr
    scr squ shr""".split())


#: Endings a child puts on a family name's syllable to name the family: "the Thorns", "the Thornies".
_PET_ENDINGS = ("s", "ies", "ys", "y", "ie", "ey")
#: Titles a family name's initial stands after ("Mr T"): a lone capital elsewhere is anyone's.
_INITIAL_TITLES = ("Mr", "Mrs", "Ms", "Miss", "Mx")


def _english_pet_form(secret: Secret) -> bool:
    """The carers' family name's syllable or initial: read as written, never with another language's
    endings or mutations (Romanian "Câmpul", "the field", is no Campbell)."""
    return secret.what in (CARERS_SHORT_FORM, CARERS_INITIAL, NICKNAME)


def carers_short_form_in(cased: str, secret: Secret) -> bool:
    """Does the text write the carers' family name's syllable or initial as their name? The syllable
    after a carer's first name, a title or a family word ("Carl Thorn", "Mrs Thorn", "Uncle Thorn"),
    after "the" with an ending ("the Thorns", "The Thornies"), or with a pet ending that is no English
    word anywhere ("Thornies"); the initial after a title or a carer's first name ("Mr T", "Bev T.")
    and before no other name or initial ("Mr T Harris", "Mr O P Smith": someone's initials and surname)."""
    if secret.text not in cased:
        return False  # every pattern below holds it as written, case and all: most texts have none
    before = [re.escape(w) for w in first_name_forms(secret.part_of)]
    if secret.what == CARERS_INITIAL or fold(secret.text) not in _given_names():  # "Uncle John" is no Johnson
        before += list(_INITIAL_TITLES) + [kin.capitalize() for kin in KIN_WORDS + ("nanny",)]
    named = r"(?<![^\W_])(?:" + "|".join(before) + r")\.?\s+"
    if secret.what == CARERS_INITIAL:
        titles = [re.escape(w) for w in first_name_forms(secret.part_of)] + list(_INITIAL_TITLES)
        initial = (r"(?<![^\W_])(?:" + "|".join(titles) + r")\.?\s+" + re.escape(secret.text)
                   + r"(?![^\W_]|['’][^\W_s])(?!\s+[A-Z]|\.\s?[A-Z]\b)")
        return re.search(initial, cased) is not None
    short = re.escape(secret.text)
    endings = "|".join(_PET_ENDINGS)
    after = r"(?:" + endings + r")?(?:['’]s?)?(?![^\W_])"
    if re.search(named + short + after, cased) or re.search(
            r"(?<![^\W_])[Tt]he\s+" + short + r"(?:" + endings + r")(?:['’]s?)?(?![^\W_])", cased):
        return True
    for ending in _PET_ENDINGS:
        word = secret.text + ending
        if not is_ordinary_word(word.casefold()) and re.search(
                r"(?<![^\W_])" + re.escape(word) + r"(?:['’]s?)?(?![^\W_])", cased):
            return True
    return False


STREET_NAME = "name of the street"


def street_names(address: str) -> list[str]:
    """The one-word name of the address's street when it is an everyday word ("Kestrel" of "4 Kestrel
    Way"): in English it is found only with its type or number ("a kestrel" is the bird), but a translator
    who keeps it as a name writes it in the reader's script ("на Кестрел-Вей", "كيستريل") or in Latin
    letters with its capital, and then it is the street (``street_name_in_translation``). A distinctive one
    ("Heronsgate") is a part already, in every script."""
    found = []
    for what, part in address_parts(address):
        words = _name_words(part)
        if what == "street" and len(words) == 2 and words[1].casefold() in STREET_TYPES \
                and not _all_generic(words[:1]) and not is_distinctive(words[0]) and words[0] not in found:
            found.append(words[0])
    return found


def street_name_in_translation(text: str, secret: Secret, language: str, people: frozenset[str],
                               cased: str | None = None) -> bool:
    """Does a translation write the street's everyday-word name in Latin letters with its capital, as a
    home's short name is read there ("Ffordd Kestrel", "na Kestrel-Вей")? Not one that is a given name
    ("Rose", "Holly") or someone's in the record: "Rose" there may be a person."""
    name = fold(secret.text)
    return name not in people and name not in _given_names() and _named_in_translation(
        text, secret.text, language, people, secret.part_of, cased)


NICKNAME = "nickname"
#: A clipped name with one of these endings is how pupils and staff call a school or a home: "the
#: Brackies" (Brackenfield Primary), "the Larks staff", "the Larky staff" (Larkspur House).
_CLIPPED_ENDINGS = ("s", "ies", "y")
#: A clip shorter than this ("Oak" of Oakfield, "Sun" of Sunflower) is a word of too many other names.
MIN_CLIP = 4
#: A saint's short form rarer than this (wordfreq Zipf) names the school alone, as a possessive ("Wilf's",
#: 2.4); a commoner one is someone's ("Cath's", 2.9: "tea at Cath's").
SAINT_ALONE_ZIPF = 2.5


def nicknames(place: str, short_names: Iterable[str]) -> list[str]:
    """How a confidential school or home is called by a nickname, each looked for as a name
    (``nickname_in``): a saint's school or home by the saint's short form (the nicknames list's, as
    for given names: "St Wilf's" of "St Wilfrid's Catholic High School", "St Mick's", "St Bart's"), and
    alone, possessive, when that is the start of the saint's name, no everyday word nor given name of the
    lists, and rare (``SAINT_ALONE_ZIPF``: "Wilf's", not "Cath's"); and a one-word short name's first
    syllable (``family_name_syllable``, four letters or more) with a plural or pet ending ("Brackies",
    "Larks", "Larky"), when that is no everyday English word (wordfreq Zipf under 3: not "Kings", "Thorns"),
    no given name ("Rosie") and no day's short form ("Thurs")."""
    found = []
    saint = _SAINTS_HOME.match(place)
    if saint:
        name = saint.group(1).removesuffix("'s").removesuffix("\u2019s")
        for nick in short_forms(name):
            found.append(f"St {nick.capitalize()}'s")
            if name.casefold().startswith(nick) and len(nick) >= MIN_CLIP and _rare_nickname(nick) \
                    and lexicon.zipf(nick, "en") < SAINT_ALONE_ZIPF:
                found.append(f"{nick.capitalize()}'s")
    for short in short_names:
        clip = family_name_syllable(short) if _WORD.fullmatch(short) else ""
        if len(clip) >= MIN_CLIP:
            found += [clip + ending for ending in _CLIPPED_ENDINGS if _rare_nickname(clip + ending)]
    return list(dict.fromkeys(found))


def _rare_nickname(word: str) -> bool:
    """No everyday word, given name, or a day's or month's short form ("Thurs" of Thurstonland)."""
    folded = word.casefold()
    return (lexicon.zipf(folded, "en") < EVERYDAY_ZIPF and folded not in _given_names() | GIVEN_NAMES
            and not any(day.startswith(folded) for day in _NOT_NAME_PARTS))


def _nickname_secrets(school: str | None, carers: str, carers_named: bool) -> list[Secret]:
    parents = frozenset({Role.parent})
    found = [Secret(nick, NICKNAME, ("placement", "school"), parents, strict=True, part_of=school)
             for nick in nicknames(school, [p for what, p in school_parts(school) if what == "short name"])] \
        if school else []
    if not carers_named and is_place(carers):
        found += [Secret(nick, NICKNAME, ("placement", "carers"), parents, strict=True, part_of=carers)
                  for nick in nicknames(carers, home_short_names(carers))]
    return found


def nickname_in(seen: "_Folded", secret: Secret) -> bool:
    """Does a text call the school or home by this nickname, as a name? A saint's with "St", "St." or
    "Saint" before it, with or without its apostrophe ("St Wilfs"); alone, possessive, with its capital and
    not after a title, a relative's word or another name ("Wilf's", not "Grandad Wilf's"); a clipped one
    as a home's short name is read (``_names_the_home``: "the Brackies", "The Larks staff", not "larks")."""
    if secret.text.startswith("St "):
        saint = re.escape(secret.text[3:].removesuffix("'s"))
        return re.search(rf"(?<![^\W_])(?:St\.?|Saint)\s+{saint}(?:['\u2019]?s)?(?![^\W_])",
                         seen.cased_text, re.IGNORECASE) is not None
    if secret.text.endswith("'s"):
        nick = secret.text.removesuffix("'s")
        if _lacks(seen.cased_text, nick):
            return False
        nick = re.escape(nick)
        for match in re.finditer(rf"(?:([^\W_]+)\s+)?(?<![^\W_]){nick}['\u2019]s(?![^\W_])", seen.cased_text):
            before = (match.group(1) or "").casefold()
            if before in TITLES or before in KIN_WORDS or before in _FAMILY_WORDS or (
                    match.group(1) or "")[:1].isupper() and before not in _NOT_NAME_PARTS | {"at", "to", "from", "in"}:
                continue
            return True
        return False
    return _names_the_home(seen.text, secret.text, secret.part_of, seen.cased_text)


STAFF_FAMILY_NAME = "family name of someone who works where the child lives"
SCHOOL_STAFF_FAMILY_NAME = "family name of someone who works at the child's school"
OTHER_CARER_FAMILY_NAME = "family name of someone else who looks after the child"
HOUSEHOLD_FAMILY_NAME = "family name of someone who lives with the carers"
_STAFF_NAMES = (STAFF_FAMILY_NAME, SCHOOL_STAFF_FAMILY_NAME, OTHER_CARER_FAMILY_NAME, HOUSEHOLD_FAMILY_NAME)


def staff_family_names(record: Record) -> list[Secret]:
    """The family names of a confidential children's home's staff or a lodgings' host
    ("Grainger" of "Tess Grainger (manager of your home)"): a manager's surname finds the home;
    and of a confidential school's staff (``staff.school_staff``: "Hartigan" of "Mr Hartigan
    (teacher)"), as a school's staff list is public. Parents' copies give them by first name
    and role (``people.carers_family_names``, ``staff.place_staff_surnames``)."""
    from .staff import home_staff, household, other_carers, school_staff

    placement = record.placement
    if not placement.confidential:
        return []
    parents = frozenset({Role.parent})
    found = {}
    if not placement.carers_named_to_parents:
        # Found by their role alone (a secure centre's nurse or teacher, a team leader), a surname as common
        # as Patel is in every town, as a school's staff's is.
        known = set(place_staff(record))
        found = {fold(surname): name_secret(surname, STAFF_FAMILY_NAME, ("placement", "carers"), parents,
                                            bare_name(person), family=True)
                 for person in reversed(list(dict.fromkeys(place_staff(record) + home_staff(record))))
                 for surname in surnames(bare_name(person))
                 if surname.casefold() not in _NOT_NAME_PARTS  # "May": every copy has dates
                 and (person in known or lexicon.zipf(surname, "en") < COMMON_SURNAME_ZIPF)}
    for person in reversed(school_staff(record)):
        for surname in surnames(bare_name(person)):
            if surname.casefold() in _NOT_NAME_PARTS or lexicon.zipf(surname, "en") >= COMMON_SURNAME_ZIPF:
                continue
            if fold(surname) not in found or found[fold(surname)].what == SCHOOL_STAFF_FAMILY_NAME:
                found[fold(surname)] = name_secret(surname, SCHOOL_STAFF_FAMILY_NAME, ("placement", "school"),
                                                   parents, bare_name(person), family=True)
    # A respite carer, a childminder: the child is at their house, as at the carers'; a carer's partner
    # lives there.
    for what, people in ((HOUSEHOLD_FAMILY_NAME, household(record)), (OTHER_CARER_FAMILY_NAME, other_carers(record))):
        for person in reversed(people):
            for surname in surnames(re.sub(r"\([^()]*\)", " ", person)):
                if surname.casefold() not in _NOT_NAME_PARTS and (
                        fold(surname) not in found or found[fold(surname)].what == SCHOOL_STAFF_FAMILY_NAME):
                    found[fold(surname)] = name_secret(surname, what, ("placement", "carers"),
                                                       parents, bare_name(person), family=True)
    return list(found.values())


def name_secret(part: str, what: str, loc: tuple, hidden_from: frozenset, part_of: str,
                family: bool = False) -> Secret:
    """A secret name or part of one, compared one way wherever it comes from (carers,
    recipients): a name that is a word too only as a name is written, with a capital or in capitals
    ("Moss", "MOSS", not "moss"); any other in small letters too, as children write ("i want to stay
    at the featherstones house", "mrs quennell helps me"); a family name also as the family ("the
    Ashworths", "the Lindqvists' party")."""
    return Secret(part, what, loc, hidden_from, strict=True, part_of=part_of, capitalised=True, family=family,
                  small_letters=not _a_word_too(part))


@functools.lru_cache(maxsize=4096)
def _a_word_too(name: str) -> bool:
    """A dictionary word, or one of the copies' own ("Carer": they say "your carer")."""
    return any(is_ordinary_word(word) or word.casefold() in _COPIES_OWN_WORDS for word in name.split())


#: Words the copies themselves write in small letters that a dictionary may not list.
_COPIES_OWN_WORDS = frozenset({"carer", "carers", "mum", "nan", "nana", "gran", "grandad", "aunty", "auntie"})


#: A home named after a saint ("St Mary's children's home"): staff call it "St Mary's", "St Marys",
#: "Saint Mary's", "St. Mary's".
_SAINTS_HOME = regexes.compile(r"\s*(?:St\.?|Saint)\s+([^\W\d_][\w-]*)(?:['\u2019]s)?(?![\w'\u2019])", re.IGNORECASE)
#: Place words that only say what kind of place a home is: "The Foyer supported lodgings" is called
#: "the Foyer", "The Lodge children's home" "the Lodge", but no home is called "the Home" or "the Unit".
_KIND_ONLY = frozenset("""
    home homes house residential supported semi-independent housing accommodation services service project
    secure unit centre center place flat flats hostel hospital institution trust
""".split())


def home_short_name(home: str) -> str:
    """What staff call a home: its words before the first that says what kind of place it is
    ("Larkspur" of "Larkspur Lodge children's home", "Maple Tree" of "Maple Tree House"), when
    that is not only generic words; "" when the name has no such words. A name with "The" is called
    by the words after it ("Oaks" of "The Oaks children's home", "Willows" of "The Willows", "Foyer"
    of "The Foyer supported lodgings"), a saint's home by the saint ("St Mary's"), and "&" is "and"
    ("Sand and Sea" of "Sand & Sea House")."""
    saint = _SAINTS_HOME.match(home)
    if saint:
        return f"St {saint.group(1)}'s"
    words = _name_words(home.replace("&", " and "))
    the = len(words) > 1 and words[0].casefold() == "the"
    rest = words[1:] if the else words

    def kind(w: str) -> bool:
        return w.casefold() != "and" and (w.casefold() in PLACE_WORDS
                                          or w.casefold().removesuffix("'s") in GENERIC_WORDS)

    kinds = [i for i, w in enumerate(rest) if kind(w)]
    if the and kinds[:1] == [0] and len(rest) > 1 and kind(rest[1]) and rest[0].casefold() in PLACE_WORDS \
            and rest[0].casefold() not in _KIND_ONLY | GENERIC_WORDS:
        return rest[0]  # "The Foyer supported lodgings", "The Lodge children's home": its own name
    short = rest[:kinds[0]] if kinds else (rest if the else [])
    return " ".join(short) if short and not _all_generic(short) and len(short) < len(words) else ""


def home_short_names(home: str) -> list[str]:
    """``home_short_name`` and, when it ends in a plural -s, its singular: staff and children drop the
    -s ("Bramble staff", "at the Bramble" of "Brambles children's home", "Oak" of "The Oaks")."""
    short = home_short_name(home)
    if not short:
        return []
    *head, last = short.split(" ")
    single = ""
    if last.endswith("ies") and len(last) > 5:
        single = last[:-3] + "y"  # "The Hollies": "Holly"
    elif last.endswith(("ches", "shes", "xes")) and len(last) > 5:
        single = last[:-2]  # "The Beeches": "Beech"
    elif last.endswith("s") and not last.endswith(("ss", "us", "'s", "\u2019s")) and len(last) >= 4 \
            and not short.startswith("St "):
        single = last[:-1]
    return [short] + ([" ".join(head + [single])] if single else [])


def carers_parts(carers: str) -> list[tuple[str, str]]:
    """``(what, part)`` for each part of the carers' names that could find a confidential home:
    a place's name ("Maple House") and its distinctive words; people's family names, written
    with a hyphen or a space ("Pryce-Jones", "Pryce Jones"), and each distinctive half.
    First names are not parts: parents' copies name the carers by them."""
    if is_place(carers) and _HOSPITAL.search(carers):
        return _unique([("name", carers.strip())] + _hospital_parts(carers))
    if is_place(carers):
        return _unique([("name", carers.strip())] + [("distinctive word", w) for w in _name_words(carers)
                                                      if is_distinctive(w) and w.casefold() not in PLACE_WORDS]
                       + [("short name", short) for short in home_short_names(carers)])
    parts = []
    for surname in surnames(carers):
        parts.append(("family name", surname))
        parts += [("family name", form) for form in prefixed_forms(carers, surname)]
        if "-" in surname:
            parts.append(("family name", surname.replace("-", " ")))
            parts += [("part of the family name", half) for half in surname.split("-") if _names_a_family(half)]
    return _unique(parts)


#: A hospital placement ("Ward 12, Leeds General Infirmary", "Ward 4 at St James's Hospital").
_HOSPITAL = regexes.compile(r"\b(?:ward\s+\d+[a-z]?|hospital|infirmary)\b", re.IGNORECASE)
_WARD_NUMBER = regexes.compile(r"\bward\s+\d+[a-z]?\b", re.IGNORECASE)
_HOSPITAL_KINDS = frozenset({"hospital", "infirmary", "clinic", "hospice"})
#: The word after a town's name in a hospital's ("Leeds General Infirmary"): the rest is its name there too.
_HOSPITAL_AFTER_TOWN = frozenset({"general", "royal", "district", "county", "city", "university", "memorial",
                                  "community", "children's", "childrens", "infirmary", "hospital"})


def _hospital_parts(carers: str) -> list[tuple[str, str]]:
    """The parts of a hospital placement that find the child: the ward by its number ("Ward 12"), the
    hospital's name ("Leeds General Infirmary"), its short names ("Leeds General", "General Infirmary",
    "the Infirmary", as names), its distinctive words and its initials ("LGI", as a school's are); not
    the town a hospital is named after ("Scunthorpe" of "Scunthorpe General Hospital"): the address's to judge."""
    parts = [("ward", ward.group().strip()) for ward in _WARD_NUMBER.finditer(carers)]
    for piece in _WARD_NUMBER.sub(",", carers).split(","):
        words = [w for w in _name_words(piece) if w.casefold() not in ("at", "on", "in")]
        if words and words[0].casefold() == "the":
            words = words[1:]
        kinds = [i for i, w in enumerate(words) if w.casefold() in _HOSPITAL_KINDS]
        if not kinds:  # "Kestrel Ward", "Lakeside unit": as any place's name
            parts += [("distinctive word", w) for w in words if is_distinctive(w) and w.casefold() not in PLACE_WORDS]
            if len(words) > 1 and words[-1].casefold() == "ward":
                parts.append(("ward", " ".join(words)))
                if not _all_generic(words[:-1]):
                    parts.append(("short name", " ".join(words[:-1])))
            parts += [("short name", short) for short in home_short_names(" ".join(words))]
            continue
        name = words[:kinds[-1] + 1]
        parts.append(("hospital", " ".join(name)))
        after_town = len(name) > 2 and name[1].casefold() in _HOSPITAL_AFTER_TOWN
        parts += [("distinctive word", w) for w in name[1 if after_town else 0:] if is_distinctive(w)]
        if kinds[-1] > 0:
            parts.append(("short name", " ".join(name[:kinds[-1]])))        # "Leeds General", "Cygnet"
        if after_town:
            parts.append(("short name", " ".join(name[1:])))                 # "General Infirmary"
        if name[kinds[-1]].casefold() == "infirmary":
            parts.append(("short name", f"the {name[kinds[-1]]}"))          # "the Infirmary", as a name
        for letters in initials(name, frozenset()):
            parts.append(("initials", letters))                              # "LGI"
    return parts


#: What begins a family name and is written joined, apart, or left out ("O'Neill": "O Neill",
#: "ONeill", "Neill"; "McAllister": "Mc Allister"; "van Dijk": "Vandijk").
_APOSTROPHE_PREFIX = regexes.compile(r"^([OD])['’`]\s*(\w+)$", re.IGNORECASE)
_JOINED_PREFIX = regexes.compile(r"^(Mc|Mac|Fitz)(\w{3,})$")
_PARTICLES = frozenset({"mc", "mac", "van", "von", "de", "da", "di", "du", "del", "della", "le", "la", "o", "d"})


def prefixed_forms(names: str, surname: str) -> list[str]:
    """Other ways a family name with a prefix is written: its apostrophe as a space or left out,
    or the prefix left out where what is left names a family ("O'Neill": "O Neill", "ONeill",
    "Neill"; "D'Souza": "D Souza", "DSouza", "Souza"); "McAllister" also "Mc Allister"; a prefix
    written apart before it ("Van Dijk", "Mc Allister") also joined ("VanDijk", "Vandijk")."""
    forms = []
    apostrophe, joined = _APOSTROPHE_PREFIX.match(surname), _JOINED_PREFIX.match(surname)
    if apostrophe:
        prefix, rest = apostrophe.group(1), apostrophe.group(2)
        forms += [f"{prefix} {rest}", prefix + rest.lower(), prefix + rest]  # "Dsouzami" is the first
        if _names_a_family(rest):
            forms.append(rest)
    elif joined:
        forms.append(f"{joined.group(1)} {joined.group(2)}")
    for person in people_named(names):
        words = person.split()
        if len(words) > 2 and words[-1] == surname and words[-2].rstrip("'’").casefold() in _PARTICLES:
            prefix = words[-2].rstrip("'’")
            forms += [f"{prefix} {surname}", prefix.capitalize() + surname.lower(), prefix.capitalize() + surname]
    return forms


def _names_a_family(half: str) -> bool:
    """Does one half of a double-barrelled family name single out the family, as people shorten
    it to ("Mrs Tudor" of Gwen Penrhyn-Tudor)? Like a whole family name it counts only written with
    a capital, so a half that is also a word ("Tudor", "Finch") counts; not a common name ("Jones",
    "Smith": Zipf 4 or more) or one of under four letters."""
    word = half.casefold()
    return len(word) >= 4 and word not in GENERIC_WORDS and lexicon.zipf(word, "en") < COMMON_ZIPF


@functools.lru_cache(maxsize=4096)  # a record's names, asked for each copy again and again
def bare_name(name: str) -> str:
    """A name without the role or place written after it: "Greta Lindqvist (grandmother)" -> "Greta Lindqvist"."""
    return re.sub(r"\s*\([^()]*\)\s*$", "", name).strip() or name.strip()


def same_person(one: str, other: str) -> bool:
    """Two ways of writing one person's name, with or without a role in brackets."""
    return fold(bare_name(one)) == fold(bare_name(other))


def without_title(name: str) -> str:
    """"Mrs Amina Khan" -> "Amina Khan"; a title before one word alone ("Mrs Khan") stays: it is the name."""
    words = bare_name(name).split()
    if len(words) > 2 and words[0].rstrip(".").casefold() in TITLES:
        return " ".join(words[1:])
    return bare_name(name)


def same_reader(one: str, other: str) -> bool:
    """One person, though one spelling gives their title ("Mrs Amina Khan" and "Amina Khan")."""
    return same_person(without_title(one), without_title(other))


def as_attending(record: Record, name: str) -> str:
    """A recipient's name as the attendees list spells it when that gives their title
    ("Amina Khan" invited as "Mrs Amina Khan"), for a greeting; else as written."""
    if without_title(name) != bare_name(name):
        return name
    for person in record.review.attendees:
        if without_title(person.name) != bare_name(person.name) and same_reader(person.name, name):
            return bare_name(person.name)
    return name


def own_name(record: Record, name: str) -> bool:
    """Is ``name`` the child's or a parent's (on the list of who is sent a copy)? A copy never cuts
    the carers' family name out of it: in kinship care it is theirs too ("Oksana Wiśniewska",
    whose sister-in-law Halina Wiśniewska is the carer), and no secret (see ``secrets``)."""
    return any(same_person(name, other) for other in
               [record.child.name] + [r.name for r in record.distribution if r.role is Role.parent])


#: A venue that is the child's school or home in the record's own words ("the library at your
#: school", "your carers' home", "where you live", "Mark and Lisa's house").
_VENUE_SCHOOL = regexes.compile(r"\byour\s+(?:\w+\s+)?(?:school|college|academy|nursery|class(?:room)?)\b"
                           r"|\b\w+(?:'s|’s)\s+class(?:room)?\b", re.IGNORECASE)  # "Mrs Ogunleye's classroom"
#: Rooms and parts of a home: "the foster carers' living room", "Kacper's bedroom", "your kitchen".
_ROOMS_OF_A_HOME = (r"(?:(?:living|sitting|front|back|dining|spare|play|family)\s*room|lounge|kitchen|bedroom"
                    r"|(?:back\s+|front\s+)?garden|conservatory|attic|loft|garage|(?:back\s+)?yard|hallway"
                    r"|(?:kitchen|dining)\s+table)")
_HOME_ROOMS = rf"(?:{_ROOMS_OF_A_HOME}|room)"
_VENUE_HOME = regexes.compile(rf"\byour\s+(?:\w+\s+){{0,2}}(?:home|house|flat|placement|carers?|carers'|{_ROOMS_OF_A_HOME})\b"
                         r"|\byour\s+(?:own\s+)?room\b|\bwhere you live\b", re.IGNORECASE)
#: The home by the words a record uses for it without "your": the whole venue "the house", "the flat",
#: "the placement"; "the foster placement"; a room of it "at home" ("the lounge at home", "the kitchen
#: in the flat"); "the flat you share with Bev", "the house you live in".
_VENUE_A_HOME = regexes.compile(
    r"^\s*(?:(?:at|in)\s+)?(?:the\s+)?(?:house|flat|home|placement|foster\s+(?:placement|home|house|flat))\s*$"
    r"|\bfoster\s+placement\b(?!['’]?s?\s+(?:team|service|services|office|offices|panel|support)\b)"
    rf"|\b(?:{_ROOMS_OF_A_HOME})\s+(?:at|in)\s+(?:the\s+)?(?:home|house|flat|placement)\b"
    r"|\b(?:home|house|flat|place)\s+(?:that\s+|where\s+)?you\s+(?:share|live|stay)\b", re.IGNORECASE)
#: The school by what the child does there: "the head teacher's office at the school you go to".
_VENUE_SCHOOL_YOU = regexes.compile(r"\bthe\s+(?:school|college|academy|nursery)\s+(?:that\s+|which\s+)?"
                               r"(?:you|the\s+child|the\s+young\s+person)\s+(?:go|goes|attend|attends)\b"
                               r"|\bwhere\s+you\s+go\s+to\s+(?:school|college|nursery)\b", re.IGNORECASE)
#: Family who may be kinship carers, and a venue that is their home: "your nana's house".
_KIN = r"(?:nani|dadi|nana|nanna|nan|nanny|gran|granny|grandma|grandmother|grandad|granddad|grandpa|grandfather|grandparents?" \
       r"|aunt|aunty|auntie|uncle|sister|brother|cousin)"
_VENUE_KIN_HOME = regexes.compile(rf"\byour\s+(?:\w+\s+)?({_KIN})(?:['’]s|s['’]|['’])\s+(?:\w+\s+)?(?:home|house|flat|place)\b",
                             re.IGNORECASE)
_VENUE_CHILDRENS_HOME = regexes.compile(r"\bthe\s+children['’]?s\s+home\b", re.IGNORECASE)


#: The carers' or foster home without a name: "the carers' home", "the foster carers' house", "the foster home".
_CARERS = r"carers?(?:['’]s|s['’]|['’]|s)?"
_VENUE_THE_HOME = regexes.compile(rf"\bthe\s+(?:foster\s+(?:{_CARERS}\s+)?|{_CARERS}\s+)(?:home|house|flat)\b", re.IGNORECASE)
_SCHOOL_WORDS = r"(?:school|college|academy|nursery|class(?:room)?)"
_HOME_WORDS = rf"(?:home|house|flat|placement|{_CARERS}|{_HOME_ROOMS})"
#: The carers' home or a room of it by what they are to the child, with a possessive ("the foster
#: carers' living room", "the carer's kitchen", "the foster family's garden"); a home visit.
_VENUE_CARERS_PLACE = regexes.compile(
    rf"\b(?:foster\s+(?:carers?|family|parents?|mum|mam|dad|mother|father)|carers?)(?:['’]s|s['’]|['’])\s+"
    rf"(?:[^\W_'’]+\s+)?(?:home|house|flat|place|{_HOME_ROOMS})\b|\bhome[\s-]+visit\b|^\s*(?:at\s+)?home\s*$",
    re.IGNORECASE)
#: The school without its name, or a room of it: "the school hall", "school", "the library at the school".
_SCHOOL_ROOMS = (r"(?:main\s+|sports\s+|dining\s+)?hall|library|office|playground|gym|canteen|reception|field"
                 r"|(?:meeting|staff|class|music|art)\s*room|classroom|head(?:teacher)?['’]?s?\s+office")
_VENUE_THE_SCHOOL = regexes.compile(
    rf"(?:^|\bthe\s+|\bat\s+|\bin\s+)(?:school|college|academy|nursery)(?:['’]s)?\s+(?:{_SCHOOL_ROOMS})\b"
    r"|^\s*(?:(?:at|in)\s+)?(?:the\s+)?(?:school|college|academy|nursery)\s*$"
    r"|\bat\s+(?:the\s+)?(?:school|college|academy|nursery)\s*$", re.IGNORECASE)


def _childs_place(venue: str, record: Record) -> str:
    """"the child's school" or "the child's home" for a venue that gives the child's own place by
    their given name, as an invitation to a parent is written ("Kacper's school", "Ruby's nursery",
    "Kacper's foster home", "Kacper's carers' home"), or as "the child's school"; else "". Not by
    their family name: "Thompson's house" may be mum's. Words between may not be someone else's
    ("Kacper's mum's house")."""
    child = record.child
    given = _name_words(child.name)[:-1] or _name_words(child.name)
    names = [re.escape(n) for n in {child.first_name, child.known_as or "", *given} if len(n) > 1]
    names += [r"the\s+child", r"the\s+young\s+person"]
    owner = r"\b(?:" + "|".join(names) + r")(?:['’]s|s['’]|['’]|s)\s+"
    between = rf"(?:(?:[^\W_'’]+|{_CARERS})\s+){{0,2}}?"
    if re.search(owner + r"(?:[^\W_'’]+\s+){0,2}?" + rf"{_SCHOOL_WORDS}\b", venue, re.IGNORECASE):
        return "the child's school"
    if re.search(owner + between + rf"{_HOME_WORDS}(?![^\W_])", venue, re.IGNORECASE):
        return "the child's home"
    return ""


@per_record
def confidential_venue(record: Record) -> str:
    """What confidential place the review's venue is (or names), or "": "the child's school" for
    "the library at your school", "Kacper's school" or a part of the school's name, "the child's
    home" for "your carers' home", "the carers' home", "Kacper's foster home", "where you live", a
    part of the address or the carers' names; "on the street of the child's home" for a place that
    names only the home's street ("the Scout hut on Tarn Lane"); "in the town of the child's home" for
    one that names only its town ("the Scout hut in Rothbury")."""
    placement, venue = record.placement, record.review.venue
    if not placement.confidential or not venue:
        return ""
    shown_secrets = [s for s in placement_secrets(placement) if shows(venue, s)]
    shown = {s.loc for s in shown_secrets}
    childs = _childs_place(venue, record)
    if ("placement", "school") in shown or _VENUE_SCHOOL.search(venue) or childs == "the child's school" \
            or (placement.school and (_VENUE_SCHOOL_YOU.search(venue) or _VENUE_THE_SCHOOL.search(venue)
                                      or school_by_its_word(venue, placement.school)
                                      or _where_the_child_goes(venue, record))):
        return "the child's school"
    if (childs or _VENUE_HOME.search(venue) or _VENUE_THE_HOME.search(venue)
            or _VENUE_CARERS_PLACE.search(venue) or _VENUE_A_HOME.search(venue)
            or _carers_home_by_first_names(venue, placement.carers) or _kin_carers_home(venue, record)
            or _home_with_carers(venue, record)
            or _where_the_child_lives(venue, record)
            or (is_place(placement.carers) and _VENUE_CHILDRENS_HOME.search(venue))):
        return "the child's home"
    if shown:
        # "the Scout hut on Tarn Lane" is on the home's street, not the home: the message says so.
        kinds = {s.what for s in shown_secrets}
        if "street" in kinds and kinds <= _NEAR_THE_HOME:
            return "on the street of the child's home"
        if kinds & {"distinctive word", "name of the street"} and kinds <= _A_WORD_OF_THE_ADDRESS:
            # "the Hinton family centre" (12 Cherry Hinton Road) shares a word with the address and is not
            # the home (blind review 29, finding 17): the leak's own error names the word, the only one.
            return ""
        if kinds <= {"first half of the postcode", "second half of the postcode"}:
            return "near the child's home"
        if kinds <= {"town", "first half of the postcode", "second half of the postcode"}:
            return "in the town of the child's home"
        return "the child's home"
    return ""


#: The parts of an address a place near the home shares with it: its street, a word of it, its postcode.
_NEAR_THE_HOME = frozenset({"street", "distinctive word", "first half of the postcode", "second half of the postcode"})
#: A word of the address's street or locality, with its postcode or town or not: a place named so is not the home.
_A_WORD_OF_THE_ADDRESS = frozenset({"distinctive word", "name of the street", "town", "first half of the postcode",
                                    "second half of the postcode"})


def kept_venue(record: Record) -> str:
    """The confidential place a parent's copy leaves the venue out for (``venue_kept_from``), or "":
    the child's home however written; the child's school only where the venue names it ("the library
    at St Bede's"), as "your school" or "Kacey's school" finds nobody (and keeps the shared example,
    met at "your school", in every parent's copy as written)."""
    place = confidential_venue(record)
    if place == "the child's school":
        named = any(s.loc == ("placement", "school") and shows(record.review.venue, s)
                    for s in placement_secrets(record.placement)) \
            or bool(school_by_its_word(record.review.venue, record.placement.school))
        return place if named else ""
    return place if place == "the child's home" else ""


def venue_kept_from(record: Record, recipient) -> bool:
    """Is the review's venue the confidential home ("the lounge at home", "the flat you share with Bev")
    or the school it names ("Oakfield Primary") of a placement kept from this reader, a parent who
    does not live there? Their copy then says when the review was, not where: the venue would tell
    them where the child lives, or where to find the child on a weekday."""
    carers = record.placement.carers
    return (Role.parent in recipient.kept_as and record.placement.confidential
            and (is_place(carers) or not same_person(recipient.name, carers))
            and bool(kept_venue(record)))


def _kin_carers_home(venue: str, record: Record) -> bool:
    """Is the venue the home of family who are the carers, by what they are to the child ("your
    nana's house" where the carers are "Nana Pat" or an attendee's role is "carer (nana)"; "Nain's house"
    where they are "(your Nain and Taid)", in the family's own word: blind review 33, finding 1)?"""
    match = _VENUE_KIN_HOME.search(venue) or _VENUE_FAMILY_WORD_HOME.search(venue)
    if not match:
        return False
    kin = regexes.compile(rf"(?<![\w-])(?:{_KIN}|{_OTHER_KIN})(?![\w-])", re.IGNORECASE)
    said = {w.casefold().rstrip("s") for w in kin.findall(
        " ".join([record.placement.carers] + [f"{a.name} {a.role}" for a in record.review.attendees
                                              if re.search(r"carer", a.role, re.IGNORECASE)]))}
    word = match.group(1).casefold()
    return word.rstrip("s") in said or any(w.rstrip("s") in said for w in relation_words(word)) \
        or "grandparent" in said


#: The carers' home by the family's own word for them, "your" or not: "Nain's house", "at Khala's home".
_OTHER_KIN = "|".join(re.escape(w) for w in sorted(OTHER_LANGUAGE_KIN_WORDS, key=len, reverse=True))
_VENUE_FAMILY_WORD_HOME = regexes.compile(
    rf"(?<![\w-])({_OTHER_KIN})(?:['’]s|['’])\s+(?:\w+\s+)?(?:home|house|flat|place)\b", re.IGNORECASE)
#: The child's home by whom they live there with: "at home with your mum", "home with Mum and Craig".
_VENUE_HOME_WITH = regexes.compile(r"^\s*(?:at\s+)?(?:your\s+)?home\s+with\s+(?P<whom>.+?)\s*$", re.IGNORECASE)


def _home_with_carers(venue: str, record: Record) -> bool:
    """Is the venue the child's home by the carers they live there with, by how they are related ("at home
    with your mum", mum the carer: blind review 33, finding 4), as "at home with Jean and Alan" is by name?"""
    from ..record.roles import carers_people, relation

    match = _VENUE_HOME_WITH.match(venue)
    if not match:
        return False
    childs = own_names(record.child)
    theirs = {relation(rel, childs) for _name, _family, rel in carers_people(record.placement.carers) if rel}
    whom = [relation(part, childs) for part in re.split(r"\s*(?:,|\band\b|&)\s*", match.group("whom")) if part]
    return bool(theirs & set(whom))


#: What a school is, said after a word of its name: "Puffins nursery" of "Little Puffins Nursery".
_SCHOOL_KIND_AFTER = (r"(?:school|nursery|nurseries|primary|academy|college|infants?|juniors?|high|secondary"
                      r"|pre-?school|kindergarten)")


def school_by_its_word(text: str, school: str | None) -> str:
    """The words of ``text`` that name the school by a word of its name that is no generic school or
    place word, then what kind of place it is: "Puffins nursery" or "the Puffin School" of "Little
    Puffins Nursery" (a word that is also an everyday one, "Puffins", is not caught alone, but with
    the kind word after it it is this school); singular or plural either way; else ""."""
    if not school:
        return ""
    words = [w for w in _name_words(school) if len(w) >= 3 and w.casefold().removesuffix("'s") not in GENERIC_WORDS
             and not re.fullmatch(r"(?:St|Saint)\.?", w, re.IGNORECASE)]
    forms = set()
    for word in words:
        stem = re.sub(r"(?:['’]s|s['’]?|['’])$", "", word, flags=re.IGNORECASE)
        stem = re.sub(r"(?<=[^aeiou])ie$", "y", stem, flags=re.IGNORECASE)  # "Daisies": "Daisy"
        if len(stem) >= 3:
            forms.add(re.escape(stem))
        if re.search(r"[^aeiou]y$", stem, re.IGNORECASE):
            forms.add(re.escape(stem[:-1]) + "ie")  # "Daisy": "Daisies" too
    if not forms:
        return ""
    match = re.search(rf"(?<![^\W_])(?:{'|'.join(sorted(forms))})(?:e?s)?(?:['’]s|s?['’])?[\s-]+{_SCHOOL_KIND_AFTER}(?![^\W_])",
                      text, re.IGNORECASE)
    return match.group(0) if match else ""


#: A home by where the child lives, the child by name: "the house where Poppy lives", "where Leila
#: lives", "the place Poppy lives", "the flat Poppy shares with Bev".
_LIVES = r"(?:lives|is\s+living|stays|is\s+staying|shares|calls\s+home)"


def _the_child(record: Record) -> str:
    """The child by given or known-as name, or as "the child", in a pattern."""
    child = record.child
    given = _name_words(child.name)[:-1] or _name_words(child.name)
    names = [re.escape(n) for n in {child.first_name, child.known_as or "", *given} if len(n) > 1]
    return r"(?:" + "|".join(names + [r"the\s+child", r"the\s+young\s+person"]) + r")"


def _where_the_child_goes(venue: str, record: Record) -> bool:
    """Is the venue the school by what the child, named, does there ("the nursery Poppy goes to")?"""
    who = _the_child(record)
    return re.search(rf"\b(?:school|college|academy|nursery)\s+(?:that\s+|which\s+|where\s+)?{who}\s+"
                     rf"(?:goes|attends|is\s+at)\b|\bwhere\s+{who}\s+goes\s+to\s+(?:school|college|nursery)\b",
                     venue, re.IGNORECASE) is not None


def _where_the_child_lives(venue: str, record: Record) -> bool:
    """Is the venue the home by where the child lives, the child named ("the house where Poppy lives")?"""
    who = _the_child(record)
    return re.search(rf"\bwhere\s+{who}\s+{_LIVES}\b"
                     rf"|\b(?:home|house|flat|place|address)\s+(?:that\s+|which\s+)?{who}\s+{_LIVES}\b",
                     venue, re.IGNORECASE) is not None


def _carers_home_by_first_names(venue: str, carers: str) -> bool:
    """Does the venue name the carers' home by their first names ("Gail and Martin's house", "the
    kitchen at Gail's", "Gail's home", "Maggie's" of Margaret)? A carer's first name or a short form
    of it as a possessive, or before a word for a home."""
    names = "|".join(re.escape(name) for name in first_name_forms(carers) if len(name) > 1)
    if not names or is_place(carers):
        return False
    # "at home with Jean and Alan", "the home of Jean": the carers' home by whom the child lives with.
    return re.search(rf"\b(?:{names})(?:'s|s'|'|’s|’)(?![^\W_])|\b(?:{names})\s+(?:house|home|flat|place)\b"
                     rf"|\b(?:home|house|flat|place)\s+(?:with|of)\s+(?:{names})\b",
                     venue, re.IGNORECASE) is not None


_PARENT_ROLE = regexes.compile(r"(?:your |the child's )?(?:birth )?(?:mum|mam|mom|mother|dad|father|parent)",
                          re.IGNORECASE)


def parents_at_meeting(record: Record) -> list[str]:
    """The parents a meeting has (a held review) or invites (a planned one): each parent sent a
    copy, and each attendee whose role is a parent's ("mum", "dad"); for a held review only
    those who came."""
    planned = record.review.planned
    found = [r.name for r in record.distribution if r.role is Role.parent] if planned else []
    for person in record.review.attendees:
        if (_PARENT_ROLE.fullmatch(person.role.strip()) or parent_role(person.role, own_names(record.child))) and (
                person.attended or planned):
            found.append(f"{person.name} ({person.role})")
        elif not planned and person.attended and any(
                same_person(person.name, r.name) for r in record.distribution if r.role is Role.parent):
            found.append(f"{person.name} ({person.role})")
    unique: list[str] = []
    for name in found:
        if not any(same_person(name, other) for other in unique):
            unique.append(name)
    return unique


def attendees_kept_from(record: Record, role: Role | frozenset[Role]) -> frozenset[int]:
    """Who came (by index) whom the IRO keeps off ``role``'s list of who was sent a copy:
    a copy for that role does not list them among who came or shared views either."""
    roles = _as_roles(role)
    kept = [r.name for r in record.distribution if roles & set(r.withhold_from)]
    return frozenset(i for i, person in enumerate(record.review.attendees)
                     if any(same_person(person.name, name) for name in kept))


def recipient_name_parts(record: Record, index: int) -> list[Secret]:
    """A recipient kept off some roles' lists: their name whole, and each first name or surname
    that nobody else those roles may know of shares (the child, the IRO, who came, the carers,
    the other recipients they see)."""
    recipient = record.distribution[index]
    kept_from = frozenset(recipient.withhold_from)
    if not kept_from:
        return []
    where = ("distribution", index, "name")
    found = [Secret(recipient.name, "recipient kept off the list", where, kept_from, strict=True,
                    part_of=recipient.name)]
    if bare_name(recipient.name) != recipient.name.strip():  # "Greta Lindqvist (grandmother)"
        found.append(Secret(bare_name(recipient.name), "recipient kept off the list", where, kept_from,
                            strict=True, part_of=recipient.name))
    others = [record.child.name, record.review.chair.name, record.placement.carers]
    others += [p.name for p in record.review.attendees
               if not names(p.name, recipient.name) and not same_person(p.name, recipient.name)]
    others += [r.name for r in record.distribution if r is not recipient and not (kept_from & set(r.withhold_from))]
    shared = {w.casefold() for other in others for w in name_parts(other)}
    family = {w.casefold() for w in surnames(bare_name(recipient.name))}
    for part in name_parts(recipient.name):
        if part.casefold() in shared or fold(part) == fold(recipient.name):
            continue
        found.append(name_secret(part, "part of the name of a recipient kept off the list", where, kept_from,
                                 recipient.name, family=part.casefold() in family))
    given = [w for w in name_parts(bare_name(recipient.name)) if w.casefold() not in family][:1]
    for short in (short_forms(given[0]) if given else []):
        if short not in shared:
            found.append(name_secret(short.capitalize(), SHORT_FORM, where, kept_from, recipient.name))
    for surname in surnames(bare_name(recipient.name)):
        for short in family_name_short_forms(surname):
            if short.casefold() not in shared:
                found.append(name_secret(short, SURNAME_SHORT_FORM, where, kept_from, recipient.name))
        # A family word before the family name is the relative, whoever else shares it ("Nana Lindqvist",
        # the IRO Anna Lindqvist being nobody's nana; a name nobody shares is a secret alone); and before
        # its initial ("Granny L").
        forms = (surname, surname[0].upper()) if surname.casefold() in shared else (surname[0].upper(),)
        forms += tuple(name[0].upper() for name in given)  # "Granny M's" of Margaret
        found += [name_secret(f"{kin.capitalize()} {form}", "part of the name of a recipient kept off the list",
                              where, kept_from, recipient.name)
                  for kin in KIN_WORDS for form in forms
                  if len(form) == 1 or kin not in ALSO_GIVEN_NAMES]  # "Tia Marsh" is a girl, "Tia M" an aunt
    return found


SHORT_FORM = "short form of the first name of a recipient kept off the list"
SURNAME_SHORT_FORM = "short form of the family name of a recipient kept off the list"
#: Words for a relative said before their family name ("Nana Lindqvist", "Uncle Kavanagh"); and those of
#: the languages the tool serves, as British families write them ("Modryb T", "Ciocia T": blind review 32).
KIN_WORDS = tuple(dict.fromkeys(
    ("nana", "nan", "nanna", "nanny", "nannie", "gran", "granny", "grandma", "grandad", "grandpa", "grampy",
     "grampa", "gramps", "pops", "nain", "taid", "mamgu", "auntie", "aunty", "aunt", "uncle", "nani", "dadi")
    + OTHER_LANGUAGE_KIN_WORDS))
#: A long family name's first syllable, as children and colleagues shorten it ("Kav" of Kavanagh), when
#: the name has at least this many letters.
LONG_FAMILY_NAME = 7


def family_name_short_forms(surname: str) -> tuple[str, ...]:
    """How a family name is shortened: a long one to its first syllable ("Kav" of Kavanagh), when that is
    3 letters or more, no English word and no common name (wordfreq Zipf under 3: not "Lin" of Lindqvist,
    "Feat" of Featherstone); a double-barrelled one to its initials with the hyphen ("K-P" of
    Kavanagh-Price: "Mr K-P"), each half as a family name of its own."""
    forms = []
    halves = [half for half in surname.split("-") if half]
    if len(halves) == 2:
        forms.append(f"{halves[0][0].upper()}-{halves[1][0].upper()}")
    for half in halves:
        syllable = re.match(r"[^aeiouy]*[aeiouy]+[^aeiouy]", half.casefold())
        if len(half) >= LONG_FAMILY_NAME and syllable and len(syllable.group()) >= 3 and syllable.group().isalpha():
            short = syllable.group()
            if not is_ordinary_word(short) and lexicon.zipf(short, "en") < EVERYDAY_ZIPF \
                    and short not in _given_names():
                forms.append(short.capitalize())
    return tuple(forms)


def _short_form_alone(cased: str, secret: Secret) -> bool:
    """Does the text write a withheld recipient's short form as their name somewhere, not as part of
    another person's whole name? A short form that is a name in its own right ("Lee" of Shirley,
    "Lisa" of Elizabeth) followed by a family name not the recipient's ("messages from Lee Garrow"),
    or after a given name or a title as a family name ("Grace Lee", "Mr Ali"), is someone else."""
    theirs = {fold(w) for w in name_parts(secret.part_of)}
    pattern = re.compile(r"(?:([^\W\d_]+)\s+)?(?<![^\W_])(" + re.escape(secret.text)
                         + r")(?:'s|’s)?(?![^\W_])(?:\s+([^\W\d_]+))?", re.IGNORECASE)
    for match in pattern.finditer(cased):
        before, after = match.group(1) or "", match.group(3) or ""
        if not match.group(2)[:1].isupper():
            continue  # the word ("the lee of the wall"), as _shows reads it
        if fold(before) in TITLES - {"sir", "dame"} and secret.what == SHORT_FORM:
            continue  # a family name: "Mr Ali" is not Alison (but "Mr K-P" is Mr Kavanagh-Price)
        if before[:1].isupper() and fold(before) not in theirs and fold(before) not in _NOT_NAME_PARTS and (
                fold(before) not in KIN_WORDS + tuple(_FAMILY_WORDS)) and (  # "Nanny Peggy" is the relative
                fold(before) in _given_names() or not is_ordinary_word(fold(before))):
            continue
        if after[:1].isupper() and fold(after) not in theirs and fold(after) not in _NOT_NAME_PARTS | {"i"}:
            continue
        return True
    return False


@functools.lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    """Given names: the common British ones and every one the nicknames list has, full or short."""
    namer = _nick_namer()
    return GIVEN_NAMES | frozenset(namer.nickname_lookup) | frozenset(namer.canonical_lookup)


#: Short forms that are words for family too: "Ask Nan to come" is a grandmother, not Ann or Hannah.
_FAMILY_WORDS = frozenset({"nan", "nana", "nanna", "nanny", "gran", "granny", "mam", "mum", "ma", "pa", "pop",
                           "sis", "bro", "aunty", "auntie", "nain", "taid", "bampi", "mamgu", "tadcu", "nani", "dadi"})
#: Short forms British English uses that the nicknames list (US records) lacks.
#: Scottish short forms and British ones in "-o" ("Rab", "Shug", "Robbo"), none of them an English word
#: (blind review 20: "Rab's on Fridays", "ROBBO takes me fishing" for Robert).
_SCOTTISH_AND_OTHER_SHORT_FORMS = {
    "robert": ("rab", "rabbie", "robbo"), "william": ("wullie",), "james": ("jimbo",), "alexander": ("eck",),
    "hugh": ("shug", "shuggie"), "david": ("davie", "davo"), "thomas": ("tommo",), "stephen": ("stevie", "stevo"),
    "catherine": ("cath",), "gordon": ("gordie",), "christopher": ("chris",), "john": ("johnno",),
}
_BRITISH_SHORT_FORMS = {"rebecca": ("bex", "becks"), "elizabeth": ("lizzie", "libby"), "jennifer": ("jen",),
                        "victoria": ("tori",), "stephanie": ("steph",), "alexander": ("alfie",),
                        "wilfrid": ("wilf",), "wilfred": ("wilf",)}


@functools.lru_cache(maxsize=256)
def short_forms(first_name: str) -> tuple[str, ...]:
    """The short forms of a first name, casefolded ("Robert": "rob", "robby", "robbie", "bob"...):
    the `nicknames` package's curated list (Old Dominion University's, Apache-2.0), each "-y" also
    written "-ie", and a few British forms it lacks ("Bex"). Not one of 2 letters, nor one that is a
    full name of its own with other short forms ("Ella" of Helen, also Gabriella's), nor a word for
    family ("Nan" of Ann: "Ask Nan to come")."""
    namer, name = _nick_namer(), first_name.casefold()
    listed = set(namer.nicknames_of(name))
    forms = {nick for nick in listed if namer.nicknames_of(nick) <= listed | {name}}
    forms |= {nick[:-1] + "ie" for nick in forms if nick.endswith("y")}
    forms |= set(_BRITISH_SHORT_FORMS.get(name, ()))
    forms |= set(_SCOTTISH_AND_OTHER_SHORT_FORMS.get(name, ()))
    return tuple(sorted(f for f in forms if len(f) > 2 and f != name and f not in _FAMILY_WORDS))


class _NickNames:
    """What of `nicknames.NickNamer` the checks ask, from its two tables kept in the cache folder:
    importing the package (which looks up its own version) and reading its list cost 9 ms a command."""

    def __init__(self, tables: tuple[dict, dict]):
        self.nickname_lookup, self.canonical_lookup = tables

    def nicknames_of(self, name: str) -> set[str]:
        return set(self.nickname_lookup.get(name.lower().strip(), ()))

    def canonicals_of(self, name: str) -> set[str]:
        return set(self.canonical_lookup.get(name.lower().strip(), ()))


def _nick_tables() -> tuple[dict, dict]:
    from nicknames import NickNamer

    namer = NickNamer()
    return namer.nickname_lookup, namer.canonical_lookup


@functools.lru_cache(maxsize=1)
def _nick_namer() -> _NickNames:
    import importlib.util

    spec = importlib.util.find_spec("nicknames")
    folder = next(iter(spec.submodule_search_locations or ()), None) if spec else None
    if folder is None:
        return _NickNames(_nick_tables())
    # Named by the package's list and code, so an upgrade reads them again.
    sources = tuple(os.path.join(folder, name) for name in ("names.csv", "_nicknamer.py", "_csvfile.py"))
    return _NickNames(cached_value("nicknames", sources, _nick_tables))


@dataclasses.dataclass(frozen=True)
class RecordSecrets:
    """A record's secrets that no translation changes (``secrets`` without ``translations``),
    worked out once: a batch asks for them for each copy and its file name, and the record does
    not change while its copies are made."""

    items: tuple[Secret, ...]   # the withheld items and actions
    others: tuple[Secret, ...]  # the confidential placement's parts, its staff's family names, recipients' names
    people: frozenset[str]      # people_in(record): the leak checks of the record and of each copy ask it


def record_secrets(record: Record) -> RecordSecrets:
    """``secrets(record)`` in its two parts, a translation's secrets go between them."""
    items = [Secret(item.text, "withheld item", (section, i), frozenset(item.withhold_from), strict=False)
             for section in ITEM_SECTIONS
             for i, item in enumerate(getattr(record, section)) if item.withhold_from]
    items += [Secret(action.what, "withheld item", ("actions", i, "what"), frozenset(action.withhold_from),
                     strict=False)
              for i, action in enumerate(record.actions) if action.withhold_from]
    # A family name the child or a parent also has (kinship care: Sam Owen lives with Mary Owen)
    # is theirs to see; it is no secret of the carers'.
    family = {fold(part) for name in [record.child.name] + [r.name for r in record.distribution
                                                               if r.role is Role.parent]
              for part in name_parts(name)}
    others = [s for s in placement_secrets(record.placement) + staff_family_names(record)
              if not (s.what in ("family name",) + _STAFF_NAMES and fold(s.text) in family)]
    for index in range(len(record.distribution)):
        others += recipient_name_parts(record, index)
    return RecordSecrets(tuple(items), tuple(others), people_in(record))


def secrets(record: Record, translations: Mapping[str, Mapping[str, str]] | None = None,
            known: RecordSecrets | None = None) -> list[Secret]:
    """Everything in this record that is withheld from someone.

    ``translations`` (language -> item path -> text, from the sidecar) adds each withheld
    item's translation, a secret in its own language. ``known``: ``record_secrets(record)``,
    when the caller has it already.
    """
    from ..record.diagnostics import format_path

    known = known or record_secrets(record)
    found = list(known.items)
    for language, texts in (translations or {}).items():
        found += [dataclasses.replace(s, text=texts[format_path(s.loc)], language=language)
                  for s in list(found) if not s.language and texts.get(format_path(s.loc))]
    return found + list(known.others)


def secrets_for(record: Record, role: Role | frozenset[Role],
                translations: Mapping[str, Mapping[str, str]] | None = None,
                known: RecordSecrets | None = None) -> list[Secret]:
    """What a recipient with ``role`` (or with any of roles: a recipient's ``kept_as``) must never see."""
    roles = _as_roles(role)
    return [s for s in secrets(record, translations, known) if roles & s.hidden_from]


def withheld_texts(record: Record, role: Role) -> list[str]:
    """The text of every withheld item and confidential value ``role`` must not see."""
    return [s.text for s in secrets_for(record, role) if s.what != "recipient kept off the list"
            and not s.what.startswith("part of the name") and s.what not in (CARERS_SHORT_FORM, CARERS_INITIAL)]


# ---------------------------------------------------------------- does a text show it


@functools.lru_cache(maxsize=2048)  # a record's texts and secrets, a few hundred: several records' worth
def _folded(text: str) -> _Folded:
    return _Folded.of(text)


def shows(text: str, secret: Secret) -> bool:
    """Does ``text`` show ``secret``, as the record writes it or otherwise? (The rules are in
    this module's docstring.)"""
    return shown_as(text, secret) is not None


def shown_as(text: str, secret: Secret, seen: "_Folded | None" = None,
             people: frozenset[str] = frozenset(), language: str = "") -> Secret | None:
    """``secret`` if ``text`` shows it as the record writes it; the secret with ``written`` set
    if the text writes it otherwise (another spelling or script, ``name_forms``); else None.
    A word that is a name of someone in the record (``people_in``: "Carlson" beside "Carlton")
    is theirs, not the place's."""
    seen = seen or _folded(text)
    if _shows(seen, secret):
        if secret.what in (SHORT_FORM, SURNAME_SHORT_FORM) and not _short_form_alone(seen.cased_text, secret):
            return None  # "Lee Garrow", "Grace Lee": another person's whole name
        if secret.what == NICKNAME and fold(secret.text.removesuffix("'s")) in people:
            return None  # "Wilf's" with a Wilf in the record: his
        return secret
    if secret.strict and secret.loc[:1] == ("placement",) and _several_words(secret.text) and not is_latin(text):
        # A name of several words, each written as it is said in another script ("کیونڈش میوز").
        parts = _folded_words_of(secret.text)
        words, folded = seen.words_in_order
        at = said_in_sequence(folded, parts)
        if at >= 0:
            return dataclasses.replace(secret, written=" ".join(words[at:at + len(parts)]))
    if secret.town_word or not secret.headword and _several_words(secret.text):
        return None  # only a one-word name is also found split, shortened or spelled otherwise
    if secret.what == STREET_NAME and language and street_name_in_translation(text, secret, language, people,
                                                                              seen.cased_text):
        return secret
    if secret.headword and language and _named_in_translation(text, secret.text, language, people, secret.part_of,
                                                              seen.cased_text):
        return secret
    if secret.strict and secret.capitalised and not secret.headword:
        written = _split_or_shortened(seen, fold(secret.text))
        if written:
            return dataclasses.replace(secret, written=written)
    for written in _written_otherwise(seen, secret, language):
        halves = written.split()
        if written.casefold() in people or (len(halves) > 1 and all(map(everyday_word, halves))
                                            and not _one_consonant_half(halves, language) and not _long_pair(written)):
            continue
        as_written = _as_written(text, written)
        if (written.casefold() in seen.after_title
                or (len(halves) > 1 and (_one_consonant_half(halves, language) or _long_pair(written)))
                or (not everyday_word(as_written) and not everyday_word(written))):
            return dataclasses.replace(secret, written=as_written)
    return None


@functools.lru_cache(maxsize=4096)
def _several_words(text: str) -> bool:
    return len(_WORD.findall(text)) > 1


@functools.lru_cache(maxsize=4096)
def _folded_words_of(text: str) -> list[str]:
    """``text``'s words folded, in order (a secret's: asked for each text of each copy)."""
    return [fold(word) for word in _WORD.findall(text)]


def _as_written(text: str, word: str) -> str:
    """A folded word (or two) of ``text`` as the text has it (folding dropped its marks:
    "Херонсгейт", not "Херонсгеит")."""
    halves = word.split()
    words = _WORD.findall(text)
    return next((" ".join(words[i:i + len(halves)]) for i in range(len(words))
                 if _tokens(fold(" ".join(words[i:i + len(halves)]), casefold=False)) == halves), word)


@functools.lru_cache(maxsize=1024)
def _spelled_otherwise(secret: Secret) -> str:
    """The folded word of a confidential placement's part that is also looked for spelled
    otherwise or in another script: one distinctive word of MIN_LETTERS letters or more ("Oakfield",
    "Heronsgate", the carers' "Tregothnan"); "" for any other secret."""
    if not secret.strict or secret.loc[0] != "placement" or secret.what in ("initials", NICKNAME):
        return ""
    words = _WORD.findall(secret.text)
    if len(words) != 1:
        return ""
    if len(words[0]) >= MIN_LETTERS and is_distinctive(words[0]):
        return fold(words[0])
    # A short family name ("Todd", "Okoye") only in another script: too many Latin words are one edit from it;
    # so a home's short name that is an English word ("Larkspur": "لارکسپر", "Ларкспур").
    if (secret.family or secret.headword or secret.what == STREET_NAME) and len(words[0]) >= 3 \
            and len(consonants(fold(words[0]))) >= MIN_SHORT_KEY:
        return fold(words[0])
    return ""


def _written_otherwise(seen: "_Folded", secret: Secret, language: str = "") -> Iterator[str]:
    """Each word of the text that may write ``secret`` another way: one edit or a like-sounding
    two from it in Latin letters, written with a capital as a name is, and no English word
    ("Oakfeild", "Rhymney"); or its consonants in another script ("Оукфілд", "اوکفیلڈ").
    (``shown_as`` then leaves out everyday words of the text's script.)"""
    part = _spelled_otherwise(secret)
    if not part:
        return
    size = len(consonants(part))
    titled = seen.after_title
    # The same for every word of the text: worked out once (a copy's body has a thousand).
    latin_too = not ((secret.headword or secret.what == STREET_NAME) and not is_distinctive(part))
    lists = _has_word_list(language)
    letters = language.replace("-", "_").split("_")[0].casefold() in LETTER_FOR_LETTER
    for word, folded, key in seen.distinct:
        if not key:
            if word[:1].isupper() and latin_too and any(near_spelling(form, part) and not is_ordinary_word(form)
                                                        for form in _family_word_forms(folded, secret)):
                yield word
        elif (size - 2 <= len(key) <= size + 2 and (" " not in word or size >= MIN_CONSONANTS)
              and (" " not in word or lists or _halves_apart(word))  # a pair: see _halves_apart
              and other_script_form(folded, part, lambda: known_word(_as_written(seen.text, word)) or (
                  bool(language) and folded in _catalog_words(language)),  # the language's fixed text: "کیئرر", "carer"
                                    folded in titled, lists, letters)):
            yield word


def _halves_apart(pair: str) -> bool:
    """May two words of another script be read as one name, in a language without a word list? Each
    of two consonants or more. (In one with a word list, one of a single consonant counts too: "اوک
    فیلڈ" for "Oakfield", both everyday Urdu words; Sorani's "یان", "or", has none, and "بنووسیت یان"
    read as "Penistone".)"""
    return all(len(romanised_consonants(half.casefold())) > 1 for half in pair.split())


#: Two everyday words of another script whose consonants together are this many of a name's and in
#: its order ("کرک سٹال", "kirk stall", for "Kirkstall") are the name split in two: by chance two
#: such words rarely give six consonants in order (measured: tools/measure_name_forms.py).
MIN_PAIR_CONSONANTS = 6


def _long_pair(pair: str) -> bool:
    return len(romanised_consonants(pair.casefold().replace(" ", ""))) >= MIN_PAIR_CONSONANTS


#: A word this common in the text's language (wordfreq Zipf) is one of its grammar words.
GRAMMAR_ZIPF = 5.0


def _one_consonant_half(halves: list[str], language: str = "") -> bool:
    """Is one half a single consonant ("اوک" of "اوک فیلڈ") that is no grammar word of the text's
    language: none of its fixed text (catalogs) nor its commonest words ("والا", "نہیں", "والی":
    "بارش والا", "rainy", is not "Preseli")?"""
    return any(len(romanised_consonants(half.casefold())) == 1 and not _grammar_word(half.casefold(), language)
               for half in halves)


def _grammar_word(word: str, language: str) -> bool:
    base = language.replace("-", "_").split("_")[0].casefold()
    return bool(base) and base != "en" and (
        word in _catalog_words(language)
        or (base in lexicon.available_languages() and lexicon.zipf(word, base) >= GRAMMAR_ZIPF))


@functools.lru_cache(maxsize=64)
def _has_word_list(language: str) -> bool:
    """Does wordfreq list the words of ``language`` (Urdu, Bengali, Dari as Persian; not Sorani,
    Pashto or Tigrinya)? "" (not known) is taken as no."""
    base = language.replace("-", "_").split("_")[0].casefold()
    return bool(base) and base != "en" and base in lexicon.available_languages()


def _family_word_forms(folded: str, secret: Secret) -> list[str]:
    """A word as it may write a name, and for a family name also without a plural's ending:
    "thorburys" (of "the Thorburys' dog") and "thorburies" are "thorbury", another spelling of "Thornbury"."""
    if not secret.family:
        return [folded]
    stems = [folded[:-len(ending)] + tail for ending, tail in (("ies", "y"), ("es", ""), ("s", ""))
             if folded.endswith(ending)]
    return [folded] + [stem for stem in stems if len(stem) >= MIN_LETTERS]


def _runs_together(words: tuple[str, ...], squashed: str) -> bool:
    """Do whole consecutive words of a text spell ``squashed`` when run together ("lw48qj",
    "dn 15 7xy", "heron sgate close" from a hidden character made a space)?"""
    for start in range(len(words)):
        joined = ""
        for word in words[start:]:
            joined += re.sub(r"[\W_]", "", word)
            if joined == squashed:
                return True
            if not squashed.startswith(joined):
                break
    return False


def _shows(seen: _Folded, secret: Secret) -> bool:
    if secret.what == STREET_NAME:
        return False  # the word ("a kestrel"): only another script or a translation writes it as the street
    if secret.what == NICKNAME:
        return nickname_in(seen, secret)
    if secret.what in (CARERS_SHORT_FORM, CARERS_INITIAL):
        return carers_short_form_in(seen.cased_text, secret)
    if secret.town_word:
        return _names_the_town(seen.text, secret.text, seen.cased_text)
    if secret.headword:
        return _names_the_home(seen.text, secret.text, secret.part_of, seen.cased_text)
    if secret.family:
        return any(_shows(seen, form) for form in _family_forms(secret))
    wanted = _folded(secret.text)
    if secret.strict and secret.what != "initials" and seen.address_parts and _in_address_part(seen, wanted.squashed):
        return True
    if secret.strict and secret.capitalised:
        # Split in small letters ("odd body" for "Oddbody") it is words, whole it is the name.
        return _in_any(seen.name_cased_sets, wanted.variants[2]) or (
            secret.small_letters and _in_any(seen.variant_sets, wanted.variants[2]))
    if secret.strict:
        forms = {wanted.variants[2], wanted.variants[0]}
        if any(_in_any(seen.variant_sets, form) for form in forms):
            return True
    elif len(wanted.variants[0]) < MIN_SECRET_WORDS:
        return False
    elif _in_any(seen.first_sets, wanted.variants[0]):
        return True
    # Its letters and digits run together across whole words: a space hidden or a character
    # hidden inside a word and made a space ("Mum\u200bhas", "LW48QJ").
    return (bool(wanted.squashed) and wanted.squashed in seen.squashed  # cheap: needed for any run
            and any(_runs_together(words, wanted.squashed) for words in seen.variants[:2]))


_DASHES = "-\u2010\u2011"


def _split_or_shortened(seen: _Folded, name: str) -> str:
    """How a one-word name (folded) is written split, with a hyphen or as capitalised words
    ("Featherstone-haugh", "Featherstone Haugh"), or shortened to its first letter and its end
    ("Mrs F-haugh"), or "". A split in small letters ("Odd body" for "Oddbody") is the words."""
    if len(name) < MIN_LETTERS or not _WORD.fullmatch(name):
        return ""
    cased = seen.cased_text
    for match in _split_pattern(name).finditer(cased):
        pieces = re.split(rf"([{_DASHES}]|\s+)", match.group())
        words, joins = pieces[::2], pieces[1::2]
        if len(words) > 1 and words[0][:1].isupper() and all(
                join in _DASHES or word[:1].isupper() for word, join in zip(words[1:], joins)):
            return match.group()
    for match in _shortened_pattern(name[0].upper()).finditer(cased):
        end = match.group(1).casefold()
        if 4 <= len(end) <= len(name) - 2 and name.endswith(end):
            return match.group()
    return ""


@functools.lru_cache(maxsize=256)
def _split_pattern(name: str) -> re.Pattern:
    """The name's letters with a hyphen or a space allowed between any two."""
    letters = [re.escape(c) for c in name]
    return re.compile(r"(?<![^\W_])" + "".join(c + rf"(?:[{_DASHES}]|\s+)?" for c in letters[:-1]) + letters[-1]
                      + r"(?![^\W_])", re.IGNORECASE)


@functools.lru_cache(maxsize=256)
def _shortened_pattern(capital: str) -> re.Pattern:
    """A capital, a hyphen, and the word after it ("F-haugh")."""
    return re.compile(rf"(?<![^\W_]){re.escape(capital)}\.?[{_DASHES}]([^\W_]+)(?![^\W_'])")


#: Words that, after a home's short name, say it is the home: "the Larkspur staff", "Larkspur kids".
HOME_FOLLOWERS = PLACE_WORDS | frozenset("""
    staff team worker workers keyworker carer carers manager managers kids children residents
    young people garden dinners rules
""".split())
_SENTENCE_END = regexes.compile(r"(?:^|[.!?:;\n\u2022*-])[\s\"'\u201c\u2018(\[]*$")


def _names_the_home(text: str, short: str, home: str = "", cased: str | None = None) -> bool:
    """Does ``text`` call a home by its short name when that is an ordinary word ("Larkspur" of
    "Larkspur Lodge children's home")? Staff call a home by it, and write it with its capital:
    "at Larkspur", "the Larkspur staff". It counts written with a capital (or in capitals) where a
    word has none of its own, not at a sentence's start; at the start, only before a word such as
    "staff" or "house", as a possessive ("Larkspur's garden"), or in a sentence that says it is where
    someone lives ("Larkspur is a nice place"), or before a word of saying or how a home is ("Oak said...",
    "Oak is OK."). "Larkspur grows by the wall.", "Oak is a hard wood" and "the larkspur in the
    garden" are the word. ``cased``: the text folded with its case kept, when the caller has it."""
    cased = fold(text, casefold=False) if cased is None else cased
    pattern = _home_name_pattern(short)
    if pattern is None or _lacks(cased, _home_name_word(short)):
        return False
    own = {w.casefold() for w in _name_words(home)}
    after_the = short.casefold().startswith("the ")  # "the Manor": its capital makes it a name
    saint = bool(_SAINTS_HOME.fullmatch(short))
    given = _derived_given_name(short, home)
    for match in pattern.finditer(cased):  # the follower looked at, not taken: it may be the next one's before
        before, follower = match.group(1) or "", match.group(5) or ""
        end = match.end(4) if match.group(4) else match.end()
        later = re.split(r"\s+", match.group(2))[1:]
        if after_the:
            if not later[0][:1].isupper():
                continue
        elif not match.group(2)[:1].isupper():
            continue
        if before[:1].isupper() and before.casefold() not in _NOT_NAME_PARTS | {"a", "at", "in", "to", "from"} \
                or before.casefold() in TITLES:
            continue  # the end of another name: "Sarah Moss", "Asha Wren", "Ms Brook"
        if saint and follower[:1].isupper() and follower.casefold() not in own | HOME_FOLLOWERS:
            continue  # another place of the saint's: "St Mary's Church", "St Anne's Primary"
        if given and before.casefold() != "the" and follower.casefold() not in HOME_FOLLOWERS:
            continue  # a child's name, "Holly", of "The Hollies": the home's only as "the Holly", "Holly staff"
        if follower[:1].isupper() and follower.casefold() in STREET_TYPES and follower.casefold() not in PLACE_WORDS:
            continue  # a street: "Brook Street"
        if follower[:1].isupper() and follower.casefold() in _SERVICES and follower.casefold() not in own:
            continue  # a service's building: "the Linnet Centre" (when the home is not one)
        if not _SENTENCE_END.search(cased[:match.start(2)]):
            return True
        if later and all(word[:1].isupper() for word in later):
            return True  # every word with its capital is a name at a sentence's start too: "Manor House is big."
        if match.group(3) or follower.casefold() in HOME_FOLLOWERS:
            return True
        if follower.casefold() in _BEING and _LIVING_WORDS.intersection(
                re.findall(r"[^\W_]+", _SENTENCE.match(cased, match.end(2)).group().casefold())):
            return True  # "Larkspur is a nice place", "Larkspur feels like home now"
        after = re.match(r"\s*([^\W_]+)(?:\s+([^\W_]+))?", cased[end:])
        then, use = ((after.group(1) or "").casefold(), (after.group(2) or "").casefold()) if after else ("", "")
        if _rare_word(short) and (follower.casefold() in _SAYING or follower.casefold() in _SAYS_HOW
                                  and then not in _WHAT_IT_IS):
            return True  # "Larkspur is OK.", "Larkspur said you can have a dog": not "Hope is...", "Larkspur is a flower"
        if short.casefold() not in GIVEN_NAMES and (follower.casefold() in _SAYING or follower.casefold() in _SAYS_HOW
                                                    and then in _HOW_A_HOME_IS and use not in _FOR_A_USE):
            return True  # an everyday word: "Oak said...", "Oak is OK."; not "Oak is a hard wood", "Hope said"
    return False


@functools.lru_cache(maxsize=256)
def _home_name_word(short: str) -> str:
    """A word every match of ``_home_name_pattern(short)`` holds as it is (ignoring case): the saint's
    name, else the name's longest word other than "and" ("&" may stand for it)."""
    saint = _SAINTS_HOME.fullmatch(short)
    if saint:
        return saint.group(1).removesuffix("'s")
    return max((w for w in _name_words(short) if w.casefold() != "and"), key=len, default="")


@functools.lru_cache(maxsize=256)
def _home_name_pattern(short: str) -> re.Pattern | None:
    """A home's short name in a text: its words with any spaces between, "and" also "&", a saint's
    "St" also "St." or "Saint" and its "'s" also "s" or left out ("St Marys", "Saint Mary's"); then
    a possessive's ending and the word after it (looked at, not taken)."""
    saint = _SAINTS_HOME.fullmatch(short)
    if saint:
        words = [r"(?:St\.?|Saint)", re.escape(saint.group(1).removesuffix("'s")) + r"(?:['\u2019]?s(?=\W|$))?"]
    else:
        words = [r"(?:and|&)" if w.casefold() == "and" else re.escape(w) for w in _name_words(short)]
    if not words:
        return None
    return re.compile(r"(?:([^\W_]+)\s+)?(?<![^\W_])(" + r"\s+".join(words)
                      + r")('s|s'|')?(?![^\W_'])(?=(\s+([^\W_]+))?)", re.IGNORECASE)


#: Given names that are plants or birds, as homes are named after (the nicknames list lacks most).
_NATURE_GIVEN_NAMES = frozenset("""
    holly willow hazel rowan ivy poppy daisy heather laurel jasmine lily rose violet olive fern juniper aspen
    robin wren ash briar primrose iris flora lavender saffron sorrel bryony myrtle linden maple
""".split())


def _derived_given_name(short: str, home: str) -> bool:
    """Is ``short`` a plural home name's singular ("Holly" of "The Hollies", not written in the name)
    that is a given name too? A child may be called it."""
    own = {w.casefold() for w in _name_words(home)}
    folded = short.casefold()  # no union of the two sets: that was a copy of thousands of names each call
    return " " not in short and folded not in own and (folded in _given_names() or folded in _NATURE_GIVEN_NAMES)


def _rare_word(short: str) -> bool:
    """Is a home's short name no everyday English word (wordfreq Zipf under 3: "Larkspur",
    "Bramble"; not "Oak", "Hope", "Wren") and no common given name? A sentence that opens with such
    a word, then "is" or "said", speaks of the home; one that opens "Oak is" or "Hope is", of the word."""
    return lexicon.zipf(short.casefold(), "en") < EVERYDAY_ZIPF and short.casefold() not in GIVEN_NAMES


#: What follows a name, with its capital, that makes it a service's, not a home's ("the Linnet Centre").
_SERVICES = frozenset({"centre", "center", "surgery", "clinic", "hospital", "school", "academy", "college",
                       "nursery", "library", "church", "chapel", "mosque", "leisure", "sports", "station", "practice"})


#: After a rare word's short name opening a sentence, saying how it is ("Larkspur is OK", "was noisy"),
#: unless what it is follows ("Larkspur is a tall blue flower"): "has" and "looks" say as much of a plant.
_SAYS_HOW = frozenset({"is", "was", "feels", "felt", "seems"})
_WHAT_IT_IS = frozenset({"a", "an", "the", "one", "some", "my", "your", "his", "her", "their", "our", "its"})
#: After an everyday word's short name opening a sentence and "is", "was", "feels" or "seems", how a
#: home is to live in ("Oak is OK.", "Oak was calm"): not what a tree or a wood is ("Oak is strong", "hard").
_HOW_A_HOME_IS = frozenset("""
    ok okay alright fine good great nice lovely calm calmer quiet quieter noisy noisier loud busy busier better
    worse safe friendly fun brilliant boring strict happy happier settled cosy homely welcoming relaxed peaceful
    chaotic tense unsettled
""".split())
#: After that, a word saying what the thing is good for: "Oak is OK as a wood", "good for a shelf".
_FOR_A_USE = frozenset({"as", "for", "to", "enough", "against"})
#: After a home's short name opening a sentence, a word of someone speaking: the home's staff.
_SAYING = frozenset({"said", "says", "told", "tells", "thinks", "thought", "agreed", "agrees", "asked", "asks",
                     "wants", "wanted", "wrote", "rang", "phoned", "reported"})


def _named_in_translation(text: str, short: str, language: str, people: frozenset[str], home: str = "",
                          cased: str | None = None) -> bool:
    """Does a text in another language than English write a home's short name, in Latin letters
    with its capital, anywhere? A translator translates the word ("ostróżka"), so "Larkspur" there
    is the home's name, wherever it stands ("Mae Larkspur yn iawn", "Larkspur میں سب ٹھیک ہے"), unless
    it is an everyday word of that language, it begins or ends the whole name of a person in the
    record ("Rose Smith", "Sarah Moss"), or the sentence is English (a bilingual copy's English
    half: the English rule is ``_names_the_home``). ``cased``: the text folded with its case kept."""
    base = language.replace("-", "_").split("_")[0].casefold()
    if not base or base == "en" or _has_word_list(base) and lexicon.zipf(short.casefold(), base) >= EVERYDAY_ZIPF:
        return False
    cased = fold(text, casefold=False) if cased is None else cased
    names = _name_words(short)
    if len(names) > 1 and names[0].casefold() == "the":
        names = names[1:]  # "the Manor": a translator writes the article in the reader's language
    if not names or _lacks(cased, max(names, key=len)):
        return False
    words = [re.escape(w) for w in names]
    pattern = re.compile(r"(?:([^\W_]+)\s+)?(?<![^\W_])(" + r"\s+".join(words) + r")(?![^\W_])(?:\s+([^\W_]+))?",
                         re.IGNORECASE)
    for match in pattern.finditer(cased):
        before, after = (match.group(1) or "").casefold(), match.group(3) or ""
        if not match.group(2)[:1].isupper() or before in people or before in GIVEN_NAMES:
            continue
        if after[:1].isupper() and fold(after) in people and fold(after) not in {fold(w) for w in _name_words(home)}:
            continue  # a person's whole name: "Rose Smith", with the home "Rose Cottage"
        start = max(cased.rfind(end, 0, match.start(2)) for end in ".!?\n")
        sentence = _SENTENCE.match(cased, start + 1).group()
        others = [w for w in re.findall(r"[^\W\d_]+", sentence) if w.casefold() not in
                  {x.casefold() for x in _name_words(short)}]
        if any(not is_latin(w) for w in others):
            return True
        english = sum(lexicon.zipf(w.casefold(), "en") >= max(
            EVERYDAY_ZIPF, lexicon.zipf(w.casefold(), base) if _has_word_list(base) else 0) for w in others)
        if 2 * english < len(others):
            return True
    return False


#: After a short name that begins a sentence, a word that says what it is ("Larkspur is a nice place").
_BEING = frozenset({"is", "was", "feels", "felt", "seems", "has", "had", "looks"})
#: Words of the sentence a home's short name begins that say it is where someone lives.
_LIVING_WORDS = frozenset("""
    place home house live lives living lived stay stays staying stayed room rooms bedroom move moved
    moving settle settled settling placement
""".split())
_SENTENCE = regexes.compile(r"[^.!?:;\n]*")


@functools.lru_cache(maxsize=1024)  # every text of a record is checked for the same few family names
def _family_forms(secret: Secret) -> tuple[Secret, ...]:
    """A family name as it is written of the family: "Ashworth", "the Ashworths", "the
    Joneses'" (a possessive's "'s" and a plural's trailing "'" fold away already)."""
    plain = dataclasses.replace(secret, family=False)
    words = secret.text.split()
    if not words:
        return (plain,)
    last = fold(words[-1])
    return (plain,) + tuple(dataclasses.replace(plain, text=" ".join(words[:-1] + [form]))
                            for form in [words[-1] + "s", words[-1] + "es"] + _czech_forms(last))


#: A Czech or Slovak family name's feminine and plural, which English and every other language
#: write as the family writes them ("Mrs Nováková", "the Novákovi", "u Novákových"; "Dvorský",
#: "Dvorská", "Dvorští"): folded, without accents.
_CZECH_ENDINGS = ("ova", "ovou", "ove", "ovi", "ovych", "ovym", "ovymi")
_CZECH_ADJECTIVAL = regexes.compile(r"(?:s|c|z)ky$")


def _czech_forms(name: str) -> list[str]:
    """The forms of a folded family name ("novak", "svoboda", "dvorsky") its Czech or Slovak
    feminine and plural take: "novakova", "novakovi", "novakovych"; "svobodova"; "dvorska",
    "dvorsti", "dvorskych"."""
    if len(name) < 4 or not name.isalpha():
        return []
    if _CZECH_ADJECTIVAL.search(name):
        stem = name[:-1]
        plural = {"s": "sti", "c": "cti", "z": "zti"}[name[-3]]
        return [stem + "a", name[:-3] + plural, stem + "ych", stem + "ym", stem + "ou", stem + "e"]
    stem = name[:-1] if name.endswith(("a", "o")) else name
    return [stem + ending for ending in _CZECH_ENDINGS]


def names(text: str, name: str) -> bool:
    """Does ``text`` name ``name`` (whole words, any case)? For recipients kept from others' copy lists."""
    wanted = tuple(_words(name))
    return any(_contains(words, wanted) for words in _folded(text).variants[:2])


def people_in(record: Record) -> frozenset[str]:
    """Each word of the names of the people in a record (folded): the child, the IRO, who came,
    the carers, who was sent a copy, who does an action, who gave the score."""
    names = [record.child.name, record.child.known_as or "", record.review.chair.name, record.placement.carers]
    names += [p.name for p in record.review.attendees] + [r.name for r in record.distribution]
    names += [a.who for a in record.actions] + ([record.scale.by] if record.scale else [])
    return frozenset(part for name in names for part in _folded_name_parts(name))


@functools.lru_cache(maxsize=1024)  # a record's names, asked again for every copy
def _folded_name_parts(name: str) -> tuple[str, ...]:
    return tuple(fold(part) for part in name_parts(name))


def found_in(text: str, hidden: Iterable[Secret], cache: bool = True,
             people: frozenset[str] = frozenset(), language: str = "") -> list[Secret]:
    """Each secret ``text`` (in ``language``, when known) shows, a part left out when a bigger part
    of the same value is shown."""
    seen = _folded(text) if cache else _Folded.of(text)
    shown = [found for found in (shown_as(text, s, seen, people, language) for s in hidden) if found is not None]
    return [s for s in shown
            if not any(o is not s and o.loc == s.loc and o.strict and s.strict and len(o.text) > len(s.text)
                       and not o.written
                       and _contains(_folded(o.text).variants[2], _folded(s.text).variants[2]) for o in shown)]


def leaks(record: Record, known: RecordSecrets | None = None
          ) -> Iterator[tuple[tuple[str | int, ...], Secret, list[Role]]]:
    """``(where, secret, who would see it)`` for each text that shows a secret to someone it is withheld from.

    A text never leaks its own item (an action's ``who`` beside its ``what``). Recipients' names
    are not here: validation reports them with what they are named in.
    """
    found = [s for s in secrets(record, known=known) if s.loc[0] != "distribution"]
    # The biggest part of a value first: one message says it; the part of town (a warning) after every other
    # part, so a text naming the street too is told the street's error.
    found.sort(key=lambda s: (s.what in PART_OF_TOWN_KINDS, -len(s.text)))
    placement = record.placement
    # A confidential children's home is "the staff where you live" in parents' copies, wherever
    # its name stands (the carers, a carer's copy), so its name there shows parents nothing.
    home_unnamed = (placement.confidential and not placement.carers_named_to_parents
                    and is_place(placement.carers))
    people = known.people if known is not None else people_in(record)
    # Parents' copies of a confidential placement give the carers by first names ("Bev and
    # Carl"), so the family name they cut out shows parents no school ("Thornbury Hill School").
    cut_for = frozenset() if not placement.confidential or placement.carers_named_to_parents or is_place(
        placement.carers) else frozenset(role for role in Role if confidential_from(record, role))
    welsh = {tuple(loc) for loc, _ in _welsh_items(record)}
    facts = _secret_facts(found)
    # Who would see a secret in a text, by whom each is kept from: a record has a few kinds of each.
    exposed_to: dict[tuple[frozenset[Role], frozenset[Role]], tuple[list[Role], bool]] = {}
    for loc, text, withheld in list(record.free_texts()) + list(_names_shown(record)):
        name_shown = _a_name_shown(loc)
        as_cut = _without_carers_family_name(text, placement.carers) if cut_for and name_shown and not (
            own_name(record, text)) else text
        if home_unnamed and (tuple(loc) == ("placement", "carers") or (
                loc[0] == "distribution" and record.distribution[loc[1]].role is Role.carer
                and same_person(record.distribution[loc[1]].name, placement.carers))):
            continue
        own_item = loc[:2]
        shown_strict: set = set()
        for secret, hidden_from, item, value, family_name_cut in facts:
            seen = exposed_to.get((hidden_from, withheld))
            if seen is None:
                exposed = sorted(hidden_from - withheld, key=lambda r: r.value)
                seen = exposed_to[hidden_from, withheld] = (exposed, set(exposed) <= cut_for)
            exposed, cut = seen
            if not exposed or own_item == item:
                continue
            if family_name_cut and name_shown:  # the name shown without that family name
                continue
            if value is not None and value in shown_strict:
                continue  # one message per value and text is enough
            shown = shown_as(as_cut if cut else text, secret, people=people)
            if shown is None and loc in welsh and (forms := _mutated_forms_shown(text, secret, "cy")):
                shown = dataclasses.replace(secret, written=forms[0])
            if shown is not None:
                yield loc, shown, list(exposed)
                if value is not None:
                    shown_strict.add(value)


def _secret_facts(found: list[Secret]) -> list[tuple[Secret, frozenset[Role], tuple, tuple | None, bool]]:
    """What the leak checks ask of each secret for every text, worked out once a record: the secret,
    whom it is kept from, its item (``item[:2]``), its ``_value`` when strict (else None), and whether
    it is the carers' or the confidential place's staff's family name, which no name a copy shows
    (who came, the carers...) can show: parents' copies give those names without it."""
    return [(secret, secret.hidden_from, secret.item[:2], _value(secret) if secret.strict else None,
             secret.loc == ("placement", "carers") or secret.what == SCHOOL_STAFF_FAMILY_NAME)
            for secret in found]


def _a_name_shown(loc: tuple) -> bool:
    """Who came, an action's who, who gave the score, the carers, who was sent a copy."""
    return loc[-1] in ("name", "who") or tuple(loc[:2]) in (("scale", "by"), ("placement", "carers"))


def _without_carers_family_name(text: str, carers: str) -> str:
    """"Bev and Carl Thornbury (foster carers)" as parents read it: "Bev and Carl (foster carers)";
    only where a carer's whole name stands, so "Mrs Dunn (Thornbury Hill School)" is still read whole."""
    for person in people_named(carers):
        words = person.split()
        if len(words) > 1:
            kept = "" if words[0].rstrip(".").casefold() in TITLES else words[0]
            text = re.sub(rf"\b{re.escape(person)}\b", kept, text, flags=re.IGNORECASE)
    return text


def _value(secret: Secret) -> tuple:
    """What one message about a text says is shown: a placement's value, or one staff member's name
    (a school's name and a teacher's surname in one text are two things to correct)."""
    return (secret.loc, secret.part_of) if secret.what in _STAFF_NAMES else secret.loc


def _names_shown(record: Record) -> Iterator[tuple[tuple[str | int, ...], str, frozenset[Role]]]:
    """Names a copy shows beside the free text, where people also write where they are from
    ("Mrs Dunn (Oakfield Primary)"): who came, the carers, who gave the score, who was sent a copy."""
    # A copy's title and properties give it ("Kacper Thornbury"); words of the child's name parents know.
    if record.child.known_as and not set(_words(record.child.known_as)) <= set(_words(record.child.name)):
        yield ("child", "known_as"), record.child.known_as, frozenset()
    for i, person in enumerate(record.review.attendees):
        yield ("review", "attendees", i, "name"), person.name, frozenset()
    yield ("placement", "carers"), record.placement.carers, frozenset()
    if record.scale:
        yield ("scale", "by"), record.scale.by, frozenset()
    for i, recipient in enumerate(record.distribution):
        yield ("distribution", i, "name"), recipient.name, frozenset(recipient.withhold_from)


#: Welsh initial mutations (soft, nasal, aspirate) of a name's first consonant: "Penrhos" is
#: "ym Mhenrhos", "i Benrhos", "a Phenrhos" in a Welsh sentence. Longest first.
_WELSH_MUTATIONS = (
    ("ll", ("l",)), ("rh", ("r",)),
    ("p", ("b", "mh", "ph")), ("t", ("d", "nh", "th")), ("c", ("g", "ngh", "ch")),
    ("b", ("f", "m")), ("d", ("dd", "n")), ("g", ("", "ng")), ("m", ("f",)),
)


#: Languages whose nouns, names included, take case endings on a name in Latin letters ("u państwa
#: Tregothnanów", "Oakfieldului"); a name in Cyrillic letters is read without its ending by
#: ``name_forms.other_script_form`` ("у Вітмурі").
_CASE_ENDINGS = frozenset({"pl", "uk", "ro", "cs", "sk", "hr", "sr", "sl", "lt", "lv", "ru", "bg"})
_MAX_ENDING = 4


def inflected_in(text: str, name: str, language: str, capitalised: bool = False) -> bool:
    """Does ``text`` name ``name`` with a case ending on its words ("Tregothnanów" for "Tregothnan"),
    in a language whose nouns take them? Each word of the name, in order, begun by a text word
    at most four letters longer; with its capital when the name is also a word ("Carer"), or in
    any case when it is no everyday word of the language and the sentence is not English
    ("w domu foxglove", "w foxglovie": Polish writes no "foxglove"; ``_in_any_case``)."""
    if language.replace("-", "_").split("_")[0].casefold() not in _CASE_ENDINGS:
        return False
    wanted = _tokens(fold(name, casefold=not capitalised))
    if not wanted or min(len(w) for w in wanted) < 4:
        return False
    if capitalised and _in_any_case(text, [w.casefold() for w in wanted], language):
        return True
    words, folded = _folded_tokens(text, not capitalised)
    if capitalised:  # a name in capitals counts as one with its capital ("ZAWADZKIEJ")
        words = [w.capitalize() if w.isupper() and len(w) > 1 else w for w in words]
        folded = folded.casefold()
    if _shortest_stem(wanted[0]).casefold() not in folded:
        return False  # no word begins with it (each word is a piece of the folded text)
    size = len(wanted)
    return any(all(_with_ending(words[i + k], wanted[k], language) for k in range(size))
               for i in range(len(words) - size + 1))


#: The endings a name ending in -o or -a takes in place of that vowel, in the languages of
#: ``_CASE_ENDINGS`` (folded: "ą" is "a", "ów" "ow"): Polish "z panem Okonjem", "z Okonjami",
#: "Okonjom", "o Okonjach", "Costy", "Costę"; Czech "Okonjovi", "Okonjou"; Croatian "Okonjima"...
#: Only these, not any four letters; and neither the word nor the stem an everyday word of the
#: text's language: "Romanem" is Polish "with Roman" before it is "with Mr Romano", "Costum"
#: Romanian "suit" (measured: ``tools/measure_name_forms.py --case-endings``).
_VOWEL_STEM_ENDINGS = frozenset("""
    a u e i y o em om am ami ach ow owi owie owa owe ie ovi ove ou ech um ama ima ih im oj ej ei ii
""".split())


#: Polish family names declined as adjectives: -ski, -cki, -dzki change their stem in the plural
#: ("Państwo Zawadzcy", "Kowalscy", "Brzeziccy") and feminine ("Zawadzka", "Zawadzką"); the other
#: forms ("Zawadzkich", "Zawadzkim", "Zawadzkiej") begin with the name and take an ending.
_ADJECTIVAL_SURNAME = regexes.compile(r"(?:s|c|dz)k[ia]$", re.IGNORECASE)
#: A feminine name's forms do not begin with it ("Wiśniewska": "u pani Wiśniewskiej", "z Wiśniewską",
#: "u Wiśniewskich"): every form of either, after the stem ("Wiśniews"), folded ("ą" is "a").
_ADJECTIVAL_FORMS = ("cy", "ka", "ki", "kiej", "kich", "kim", "kimi", "kiego", "kiemu")


def _shortest_stem(word: str) -> str:
    """What every case form of a name's word begins with: "zawadz" of "zawadzki", else ``_stem``."""
    return word[:-2] if _ADJECTIVAL_SURNAME.search(word) else _stem(word)


#: A word opening a sentence: a family name that is an everyday word of the text's language is not read there.
_OPENS_SENTENCE = regexes.compile(r"(?:^|[.!?:;\n\u2022*\u2014\u2013-])[\s\"'\u201c\u201e\u2018\u00ab(\[]*$")


def _surname_that_is_a_word(secret: Secret, language: str) -> bool:
    """A family name that is an everyday word of the text's language ("Nowak", "Kowalski", "Wilk",
    "wolf", in Polish): not left out there, but read only as a name (``surname_in``)."""
    return secret.family and secret.capitalised and _one_word_in_language(secret, language)


def surname_in(text: str, name: str, language: str) -> bool:
    """Does ``text`` name ``name``, a family name that is also an everyday word of ``language``, as a
    name: with its capital (or in capitals), as written or with a case ending ("u państwa Nowaków", "z panem
    Nowakiem"); opening a sentence, only a case form that is no everyday word ("Kowal naprawił bramę" may be the
    smith; "Kowalscy mówią", "Nowiccy" of "Nowicka" are the family)?"""
    wanted = fold(name, casefold=False)
    cased = fold(text, casefold=False)
    if _shortest_stem(wanted).casefold() not in cased.casefold():
        return False
    inflects = language.replace("-", "_").split("_")[0].casefold() in _CASE_ENDINGS
    for match in _WORD.plain.finditer(cased):
        word = match.group()
        if word.isupper() and len(word) > 1:
            word = word.capitalize()
        if not word[:1].isupper():
            continue
        declined = inflects and word != wanted and _with_ending(word, wanted, language)
        if _OPENS_SENTENCE.search(cased, 0, match.start()):
            # Opening a sentence the written name may be the word ("Kowal naprawił bramę"), but a declined
            # form that is no everyday word is the family ("Kowalscy mówią", "Nowiccy", "Kowalskich dom").
            if declined and not ordinary_in(word.casefold(), language):
                return True
            continue
        if word == wanted or word in (wanted + "s", wanted + "'s") or declined:
            return True
    return False


def _stem(word: str) -> str:
    """A name's word without the -o or -a a case ending replaces ("okonj" of "okonjo"), when four
    letters or more are left, or without an English name's silent -e ("w Foxglovie" of "Foxglove",
    as Polish declines "Steve", "o Stevie"), when five letters or more are left; else the word."""
    last = word[-1:].casefold()
    if last in ("o", "a") and len(word) >= 5 or last == "e" and len(word) >= 6:
        return word[:-1]
    return word


#: A name's word is looked for in small letters too only when it is this long ("foxglove", not "oak").
MIN_ANY_CASE = 5


def _in_any_case(text: str, wanted: list[str], language: str) -> bool:
    """Does ``text`` name the name whose words (folded) are ``wanted`` in small letters, as written or
    with a case ending, in a sentence that is not English? Only a name of words of ``MIN_ANY_CASE``
    letters or more, in Latin letters, not all generic ("the lodge"), and none an everyday word of the
    language ("Dobra" is Polish "good"). A translator translates an English word, so "foxglove" left in a
    Polish sentence is the home's name; a bilingual copy's English half says "the foxglove" of the flower."""
    if (min(len(w) for w in wanted) < MIN_ANY_CASE or not all(w.isalpha() and is_latin(w) for w in wanted)
            or _all_generic(wanted) or any(ordinary_in(w, language) for w in wanted)):
        return False
    folded = _folded_tokens(text, True)[1]  # a copy's last look asks it of each part for every name
    stem = _shortest_stem(wanted[0])
    if stem not in folded:
        return False
    base = language.replace("-", "_").split("_")[0].casefold()
    size = len(wanted)
    for sentence in re.split(r"[.!?:;\n]+", folded):
        if stem not in sentence:
            continue
        words = _tokens(sentence)
        if any(all(_with_ending(words[i + k], wanted[k], language) for k in range(size))
               for i in range(len(words) - size + 1)) and not _english_sentence(words, wanted, base):
            return True
    return False


def _english_sentence(words: list[str], name: list[str], base: str) -> bool:
    """Are most of a sentence's words, the name's left out, everyday English words rather than words of
    the language ``base`` (a bilingual copy's English half, an untranslated item)? Words of another script
    make it no English."""
    others = [w for w in words if w not in name and w.isalpha()]
    if any(not is_latin(w) for w in others):
        return False
    english = sum(lexicon.zipf(w, "en") >= max(EVERYDAY_ZIPF, lexicon.zipf(w, base) if _has_word_list(base) else 0)
                  for w in others)
    return 2 * english >= len(others)


def _with_ending(word: str, name: str, language: str) -> bool:
    """Is ``word`` the name's word with a case ending: after it ("Tregothnanów"), or in place of
    its -o or -a ("Okonjem" of "Okonjo"), when neither it nor the stem is an everyday word of ``language``?
    A family name written as its initial ("H" of "Hazel H") takes none: "Hazel" is no case of "H"."""
    if len(name.rstrip(".")) < 2:
        return False
    if word.startswith(name):
        return len(word) - len(name) <= _MAX_ENDING
    if _ADJECTIVAL_SURNAME.search(name) and language.replace("-", "_").split("_")[0].casefold() == "pl":
        return word in {name[:-2] + form for form in _ADJECTIVAL_FORMS} and word != name
    stem = _stem(name)
    return (stem != name and word.startswith(stem) and word[len(stem):].casefold() in _VOWEL_STEM_ENDINGS
            and not ordinary_in(word.casefold(), language) and not ordinary_in(stem.casefold(), language))


@functools.lru_cache(maxsize=16)
def _folded_tokens(text: str, casefold: bool) -> tuple[list[str], str]:
    """A text's words as inflected_in compares them, and the folded text: a copy's last look
    asks this of each of its parts once for every name kept from its reader."""
    folded = fold(text, casefold=casefold)
    return _tokens(folded), folded


def mutated_forms(text: str, language: str) -> list[str]:
    """The forms a name takes at the start of a word in ``language``'s sentences (Welsh only)."""
    if language.replace("-", "_").split("_")[0].casefold() != "cy" or not text[:1].isalpha():
        return []
    lower = text.casefold()
    for start, forms in _WELSH_MUTATIONS:
        if lower.startswith(start):
            rest = text[len(start):]
            return [(form + rest)[:1].upper() + (form + rest)[1:] for form in forms if len(form + rest) >= 4]  # "lan" of "Glan" is also "up"
    if lower[0] in "aeiouwy":
        return ["H" + text[:1].lower() + text[1:]]  # "ei hysgol"
    return []


def _mutated_forms_shown(text: str, secret: Secret, language: str) -> list[str]:
    """The mutated forms of a name (strict secrets only) that ``text`` in ``language`` shows."""
    if not secret.strict or secret.what == "initials" or _english_pet_form(secret):
        return []
    return [form for form in mutated_forms(secret.text, language)
            if _shows(_folded(text), dataclasses.replace(secret, text=form))]


def _mutated_in(text: str, secret: Secret, language: str) -> bool:
    return bool(_mutated_forms_shown(text, secret, language))


def _welsh_items(record: Record, role: Role | frozenset[Role] | None = None) -> list[tuple[tuple[str, int], str]]:
    """``(where, text)`` of each item written in Welsh (``language: cy``), shown to ``role`` when given:
    a Welsh sentence names a place by its mutated form ("ym Mhenrhos")."""
    def welsh(code: str | None) -> bool:
        return bool(code) and code.replace("-", "_").split("_")[0].casefold() == "cy"

    found = [((section, i), item.text) for section in ITEM_SECTIONS for i, item in enumerate(getattr(record, section))
             if welsh(item.language) and (role is None or not _as_roles(role) & set(item.withhold_from))]
    # An action, the plan and the venue the record says are Welsh, as free_texts locates them.
    for i, action in enumerate(record.actions):
        if welsh(action.language) and (role is None or not _as_roles(role) & set(action.withhold_from)):
            found += [(("actions", i, "who"), action.who), (("actions", i, "what"), action.what)]
    if record.care_plan is not None and welsh(record.care_plan.language):
        found.append((("care_plan", "plan"), record.care_plan.plan))
    if welsh(record.review.venue_language):
        found.append((("review", "venue"), record.review.venue))
    return found


def translation_leaks(record: Record, translations: Mapping[str, Mapping[str, str]],
                      known: RecordSecrets | None = None) -> Iterator[tuple[str, str, Secret, list[Role]]]:
    """``(language, item path, secret, who would see it)`` for each stored translation that shows
    a secret to a reader of that language who may see the item but not the secret."""
    from ..record.diagnostics import format_path
    from ..i18n.languages import normalize_language

    found = [s for s in secrets(record, translations, known)]
    found.sort(key=lambda s: -len(s.text))
    withheld_at = {format_path(loc): (loc, withheld) for loc, _, withheld in record.free_texts()}
    source_of = {format_path(loc): text for loc, text, _ in record.free_texts()}
    people = known.people if known is not None else people_in(record)
    facts = _secret_facts(found)
    exposed_to: dict[tuple[frozenset[Role], frozenset[Role]], list[Role]] = {}
    for language, texts in translations.items():
        readers = {r.role for r in record.distribution
                   if normalize_language(record.recipient_language(r)) == normalize_language(language)}
        # The secrets a text in this language can show, once a language rather than once a text.
        in_language = [fact for fact in facts if not (fact[0].language and fact[0].language != language)
                       and (not _one_word_in_language(fact[0], language) or _surname_that_is_a_word(fact[0], language))]
        for path, text in texts.items():
            if path not in withheld_at:
                continue
            loc, withheld = withheld_at[path]
            seers = frozenset(readers - withheld)
            name_shown, own_item = _a_name_shown(loc), loc[:2]
            shown_strict: set = set()
            for secret, hidden_from, item, value, family_name_cut in in_language:
                exposed = exposed_to.get((hidden_from, seers))
                if exposed is None:
                    exposed = exposed_to[hidden_from, seers] = sorted(hidden_from & seers, key=lambda r: r.value)
                if not exposed or own_item == item or (value is not None and value in shown_strict):
                    continue
                if family_name_cut and name_shown:  # the name shown without that family name
                    continue
                if _surname_that_is_a_word(secret, language):
                    if surname_in(text, secret.text, language):
                        yield language, path, secret, list(exposed)
                    continue
                shown = shown_as(text, secret, people=people, language=language)
                if shown is None and language.split("-")[0].split("_")[0] == "cy" and secret.family:
                    shown = _welsh_spelling(text, secret, source_of.get(path, ""))
                if shown is None and not _english_pet_form(secret) and (
                        _mutated_in(text, secret, language)
                        or secret.strict and inflected_in(text, secret.text, language, secret.capitalised)):
                    shown = secret
                if shown is not None:
                    yield language, path, shown, list(exposed)
                    if value is not None:
                        shown_strict.add(value)


_WELSH_VOWELS = frozenset("aeiouwy")


def _welsh_spelling(text: str, secret: Secret, source: str) -> Secret | None:
    """``secret`` (a family name or half of one, five letters or more) written in a Welsh text the Welsh
    way, its vowels changed and its consonants kept ("teulu Tudur" for the Tudors), with a capital;
    not when the English it translates has that word too (a friend called Tudur)."""
    name = fold(secret.text)
    if len(name) < 5 or not name.isalpha():
        return None
    in_source = set(_tokens(fold(source)))
    for word in dict.fromkeys(_WORD.findall(fold(text, casefold=False))):
        folded = word.casefold()
        if (word[:1].isupper() and len(folded) == len(name) and folded != name and folded not in in_source
                and all(a == b or (a in _WELSH_VOWELS and b in _WELSH_VOWELS) for a, b in zip(folded, name))):
            return dataclasses.replace(secret, written=word)
    return None


#: A phone number as people write one: "07700 900461", "(01302) 734000", "+44 7700 900461", "+44 (0)1302 734000".
_PHONE = regexes.compile(r"(?<![\w+])(?:\+\s*44|\(?0)[\d\s().-]{8,16}\d(?!\w)")


def phone_number(text: str) -> str:
    """``text`` read as a UK number, in digits from its 0 ("07700900461"), or "" if it is none."""
    digits = re.sub(r"\D", "", text)
    if digits.startswith("44"):
        digits = "0" + digits[2:].removeprefix("0")  # "+44 (0)1302..."
    return digits if digits.startswith("0") and len(digits) in (10, 11) else ""


#: Digits of other scripts a translation writes a number in (Arabic-Indic "٠٧", Eastern Arabic-Indic
#: "۰۷" of Urdu, Dari and Pashto, Bengali "০৭", Devanagari "०७"), read as 0-9.
_DIGITS = {code: str(unicodedata.decimal(chr(code))) for start in (0x660, 0x6F0, 0x966, 0x9E6, 0xFF10)
           for code in range(start, start + 10)}
#: A number read out in English words: "oh seven seven double oh, nine hundred..." is not; each digit is.
_SPOKEN = {"oh": "0", "o": "0", "zero": "0", "nought": "0", "nil": "0", "one": "1", "two": "2", "three": "3",
           "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}
_SPOKEN_WORD = r"(?:double|triple|" + "|".join(_SPOKEN) + r")"
_SPOKEN_RUN = regexes.compile(rf"(?<![\w]){_SPOKEN_WORD}(?:[\s,-]+{_SPOKEN_WORD}){{6,}}(?![\w])", re.IGNORECASE)


def phone_numbers_in(text: str) -> Iterator[tuple[str, str]]:
    """``(as written, number)`` for each mobile or landline number (01, 02, 07) in ``text``: in digits
    of any script, spaced with spaces, dots, dashes or brackets, or in English words, a digit a word
    ("oh seven seven double oh nine..."). Freephone and council numbers (0800, 0808, 03) are services'."""
    for match in _PHONE.finditer(text.translate(_DIGITS)):
        number = phone_number(match.group())
        if number[:2] in ("01", "02", "07"):
            yield text[match.start():match.end()].strip(), number
    for match in _SPOKEN_RUN.finditer(text):
        digits, repeat = "", 1
        for word in re.findall(r"[a-z]+", match.group().casefold()):
            if word in ("double", "triple"):
                repeat = 2 if word == "double" else 3
                continue
            digits += _SPOKEN[word] * repeat
            repeat = 1
        number = phone_number(digits)
        if number[:2] in ("01", "02", "07"):
            yield match.group().strip(" ,-"), number


def phone_numbers_shown(record: Record, allowed: Iterable[str]) -> Iterator[tuple[tuple[str | int, ...], str]]:
    """``(where, number)`` for each mobile or landline number (01, 02, 07) in a text a confidential
    placement's parents see that is not one of ``allowed`` (the IRO's, the council's): a carer's
    or the school's number lets a parent reach the household. Freephone and council numbers
    (0800, 0808, 03) are services'."""
    if not record.placement.confidential:
        return
    allowed_numbers = {phone_number(number) for number in allowed if number} - {""}
    for loc, text, withheld in record.free_texts():
        if Role.parent in withheld:
            continue
        for written, number in phone_numbers_in(text):
            if number not in allowed_numbers:
                yield loc, written


def _part_label(name: str) -> str:
    if name == "word/document.xml":
        return "the body"
    if name.startswith("word/header"):
        return "a header"
    if name.startswith("word/footer"):
        return "a footer"
    if name.startswith("docProps/"):
        return "the document properties"
    return name


def copy_shows(parts: Iterable[tuple[str, str]], file_name: str, record: Record, recipient,
               translations: Mapping[str, Mapping[str, str]] | None = None,
               known: RecordSecrets | None = None, read_to_the_child: bool = False) -> list[tuple[str, Secret]]:
    """``(where, secret)`` for each secret a finished copy would show its reader: the last look at
    every part of the copy (body, headers, footers, document properties) and its file name,
    before it is written. Their own name is never kept from a reader. ``read_to_the_child``: a young
    child's own copy, read aloud by the carer (``reader_roles``)."""
    own = next((("distribution", i, "name") for i, other in enumerate(record.distribution) if other is recipient),
               None)
    own_words = set(_tokens(fold(recipient.name)))  # a reader named like a street still gets their copy
    language = record.recipient_language(recipient)
    roles = reader_roles(recipient, read_to_the_child, record)
    # The carers who read a little child's copy aloud read it in their own home: never kept from it.
    lives_there = _lives_there(roles)
    # The record's secrets once for both readers' roles: each call formats every item's path again.
    every = secrets(record, translations, known)
    # The part of town of a confidential home (``PART_OF_TOWN``) is a warning in validation: the IRO judges it.
    hidden = [s for s in every if roles & s.hidden_from and s.what not in PART_OF_TOWN_KINDS
              and s.loc != own and not set(_tokens(fold(s.text))) <= own_words
              and not (lives_there and s.loc[0] == "placement")
              and not _one_word_in_language(s, language)]  # validation checked the English for it
    # A family name that is a word of the copy's language ("Nowak" in Polish) only as a name.
    kept_as = _as_roles(recipient.kept_as)
    as_names = [s for s in every if kept_as & s.hidden_from
                and s.loc != own and not (lives_there and s.loc[0] == "placement")
                and _surname_that_is_a_word(s, language) and not set(_tokens(fold(s.text))) <= own_words]
    hidden.sort(key=lambda s: -len(s.text))
    people = known.people if known is not None else people_in(record)
    welsh = language.replace("-", "_").split("_")[0].casefold() == "cy"
    english = "\n".join(text for _, text, _ in record.free_texts()) if welsh else ""  # a friend called Tudur
    welsh_forms = {id(s): forms for s in hidden
                   if (forms := [f for _, said in _welsh_items(record, roles)
                                 for f in _mutated_forms_shown(said, s, "cy")])}
    found: list[tuple[str, Secret]] = []
    name_words = f"{file_name}\n" + filename_slug(file_name).replace("-", " ").replace("_", " ")
    for where, text in [("the file name", name_words)] + [(_part_label(n), t) for n, t in parts]:
        # Headers, properties and links are mostly the same in every copy of a language and band:
        # folded once and kept; the body, a footer (it names the reader) and the file name are new.
        kept = where not in ("the file name", "the body", "a footer")
        shown = found_in(text, hidden, cache=kept, people=people, language=language)
        shown += [s for s in hidden if s.strict and s not in shown and not _english_pet_form(s)
                  and inflected_in(text, s.text, language, s.capitalised)]
        shown += [s for s in as_names if surname_in(text, s.text, language)]
        if welsh:
            shown += [s for s in hidden if s.family and s not in shown and _welsh_spelling(text, s, english)]
        # A child's words kept in Welsh, in a copy in any language: the mutated forms they show.
        seen = _Folded.of(text) if welsh_forms else None
        for s in hidden:
            form = next((f for f in welsh_forms.get(id(s), ()) if s not in shown
                         and _shows(seen, dataclasses.replace(s, text=f))), None)
            if form:
                shown.append(dataclasses.replace(s, written=form))
        for secret in shown:
            if not any(s.loc == secret.loc and s.strict for _, s in found) and secret not in (s for _, s in found):
                found.append((where, secret))
    return found


def file_name_shows(path: str, record: Record, role: Role | frozenset[Role],
                    known: RecordSecrets | None = None) -> bool:
    """True when a copy's path would show something ``role`` must not see, or its file-name slug."""
    slugged = filename_slug(path).replace("-", " ").replace("_", " ")
    # Folded here, not kept: each copy's path is new, and kept it only filled _folded's memory.
    seen_path, seen_slugged = _Folded.of(path), _Folded.of(slugged)
    lives_there = _lives_there(role)
    for secret in secrets_for(record, role, known=known):
        if secret.loc[0] == "distribution" or (lives_there and secret.loc[0] == "placement"):
            continue  # a copy's file name is its own reader's name; the placement is the carer's own home
        if _shows(seen_path, secret) or _shows(seen_slugged, secret):
            return True
        slugged = _as_slugged(secret)
        if slugged is not None and _shows(seen_slugged, slugged):
            return True
    return False


@functools.lru_cache(maxsize=1024)  # a record's secrets, asked again for every copy's file name
def _as_slugged(secret: Secret) -> Secret | None:
    """The secret as a file name's slug writes it ("Oakfield House" as "oakfield house"), or None."""
    slug = filename_slug(secret.text).replace("-", " ").replace("_", " ")
    return dataclasses.replace(secret, text=slug, capitalised=False) if slug.strip() else None


# ---------------------------------------------------------------- keeping secrets out of messages


def _address_pieces(text: str | None) -> list[str]:
    """A value and each comma-separated part of it of four characters or more ("Scunthorpe")."""
    if not text:
        return []
    return [text] + [piece.strip() for piece in text.split(",") if len(piece.strip()) >= 4]


def redaction_terms(record: Record, known: RecordSecrets | None = None) -> list[str]:
    """What to hide in anything written about this record (manifest, messages, logs).

    Wider than what a recipient must not see: every withheld item, and with a
    confidential placement each part of the address and school, town included.
    """
    return [s.text for s in secrets(record, known=known) if not s.strict] + placement_redaction_terms(record.placement)


def placement_redaction_terms(placement: Placement) -> list[str]:
    """A confidential placement's part of ``redaction_terms``: its address, school, town, carers."""
    if not placement.confidential:
        return []
    return (_address_pieces(placement.address) + _address_pieces(placement.school)
            + [s.text for s in placement_secrets(placement)
               if s.what not in (CARERS_SHORT_FORM, CARERS_INITIAL)])  # a letter, a word: the whole name is a term


def raw_redaction_terms(data: Any) -> list[str]:
    """The same for a record read as plain data that does not fit the model (so cannot be trusted).

    Every ``text`` or ``what`` next to a ``withhold_from``, and the placement's
    address and school whether or not it says it is confidential.
    """
    terms: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if node.get("withhold_from"):
                terms.extend(v for k, v in node.items() if k in ("text", "what") and isinstance(v, str))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(data)
    placement = data.get("placement") if isinstance(data, dict) else None
    if isinstance(placement, dict):
        for key in ("address", "school"):
            if isinstance(placement.get(key), str):
                terms += _address_pieces(placement[key])
                parts = address_parts if key == "address" else school_parts
                terms += [part for _, part in parts(placement[key])]
    return terms


def redact(text: str, terms: Iterable[str]) -> str:
    """``text`` with every term (ignoring case) replaced by WITHHELD_MARK, longest first; initials
    ("OPS", "Y.G.C.R.") only as a word in capitals, so "stops" stays."""
    for term in sorted({t for t in terms if t and t.strip()}, key=len, reverse=True):
        if _INITIALS.fullmatch(term):
            text = re.sub(rf"(?<![^\W_]){re.escape(term)}(?![^\W_])", WITHHELD_MARK, text)
        else:
            text = re.sub(re.escape(term), WITHHELD_MARK, text, flags=re.IGNORECASE)
    return text


_INITIALS = regexes.compile(r"[A-Z](?:\.?[A-Z])+\.?")
