"""Names stay as written in the record, in every language and every script.

A name is how a person is known and how a letter finds them; a copy that writes
"Mark and Lisa Owen" in Latin letters in one place and transliterated in another
makes a reader wonder if these are two families. Names reach a copy from the
record's own fields (attendees, carers, the IRO, the distribution list) and from
the IRO's free text, which goes to a translator: the actions' "who" (``Jo Smith
(your social worker)``) and sentences that mention people. Here the name part of a
"who" is taken from the record, and a translation that rewrites a known name is
found so validation can say so.
"""

from __future__ import annotations

import functools
import re
from typing import Iterable
from ..support import regexes

#: Words that join or title names ("Mark and Lisa", "Mrs Patel"): part of a name, not English to translate.
_JOINERS = frozenset({"and", "&", "Mr", "Mrs", "Ms", "Miss", "Mx", "Dr"})
_TRAILING_ROLE = regexes.compile(r"^(?P<name>[^()]*?)\s*\((?P<role>[^()]*)\)\s*$")


def record_names(record) -> list[str]:
    """Every name the record gives a person, longest first (so "Mark and Lisa Owen"
    is found before "Mark")."""
    child, chair = record.child, record.review.chair
    names = {child.name, child.first_name, chair.name, chair.name.split()[0], record.placement.carers}
    names.update(a.name for a in record.review.attendees if not a.is_child)
    names.update(r.name for r in record.distribution)
    return sorted((n.strip() for n in names if n and n.strip()), key=len, reverse=True)


def _name_words(names: Iterable[str]) -> frozenset[str]:
    return _capitalised_words(tuple(names))


@functools.lru_cache(maxsize=256)  # a record's names, asked for every line of every copy
def _capitalised_words(names: tuple[str, ...]) -> frozenset[str]:
    return frozenset(word for name in names for word in re.findall(r"[\w'’-]+", name) if word[:1].isupper())


def name_in(who: str, names: Iterable[str]) -> str | None:
    """The name a "who" starts with, when every word of it belongs to a name in the record
    (``Mark and Lisa`` from ``Mark and Lisa Owen``): "Jo Smith (your social worker)" -> "Jo Smith"."""
    match = _TRAILING_ROLE.match(who)
    head = (match.group("name") if match else who).strip()
    words = re.findall(r"[\w'’&-]+", head)
    known = _name_words(names)
    if words and all(w in known or w in _JOINERS for w in words) and any(w in known for w in words):
        return head
    return None


def who_as_written(source: str, translated: str, names: Iterable[str]) -> str:
    """The reader's "who": the record's spelling of the name, the translator's words for the
    role in brackets after it ("Jo Smith (آپ کی سوشل ورکر)")."""
    name = name_in(source, names)
    if name is None:
        return translated
    if not _TRAILING_ROLE.match(source):
        return name  # only a name: nothing to translate
    role = _TRAILING_ROLE.match(translated)
    return f"{name} ({role.group('role')})" if role else translated


def name_spans(source: str, names: Iterable[str]) -> list[tuple[int, int]]:
    """(start, end) of each name the English mentions ("Mark and Lisa", "Mrs Patel"): known
    words, titles and "and" between them, never a joiner at either end."""
    known = _name_words(names)
    spans = []
    for match in re.finditer(r"[\w'’-]+(?:\s+[\w'’-]+)*", source):
        # Split the run of words into names: known words, titles and "and" between them.
        current: list[re.Match] = []
        for word in [*re.finditer(r"\S+", match.group()), None]:
            w = word.group() if word else ""
            if w in known or (current and w in _JOINERS) or (w in _JOINERS and w[:1].isupper()):
                current.append(word)
                continue
            while current and current[-1].group() in _JOINERS:
                current.pop()
            if any(c.group() in known for c in current):
                spans.append((match.start() + current[0].start(), match.start() + current[-1].end()))
            current = []
    return spans


def names_rewritten(source: str, translation: str, names: Iterable[str], language: str | None = None) -> list[str]:
    """Names the English mentions ("Mark and Lisa", "Mrs Patel") that the translation does
    not write as the record does; people joined by "and" may be joined by the ``language``'s
    "and" ("Gwen a Huw"), as the copies join them, each name still as written."""
    found = [" ".join(source[start:end].split()) for start, end in name_spans(source, names)]
    translation = " ".join(translation.split())  # a tool may reflow the spaces inside a name
    return [name for name in dict.fromkeys(found)
            if name not in translation and not _joined_in(name, translation, language)
            and not _declined_in(name, translation, language)]


#: Case endings of the languages that decline names ("u babci Ewy", "z Kacprem", "Marcie"): a name
#: may take one on its stem, in its own letters. Cyrillic endings on a name in Latin letters are how
#: a Ukrainian or Russian translator declines it, if at all.
_SLAVIC_LATIN = ("a", "y", "i", "e", "ę", "ą", "o", "u", "ie", "owi", "em", "iem", "om", "ami", "ach",
                 "owie", "ów", "ego", "emu", "ym", "im", "iej", "ej")
_CASE_ENDINGS = {
    "pl": _SLAVIC_LATIN,
    "cs": ("a", "y", "i", "e", "ě", "u", "o", "ou", "ovi", "em", "ům", "ech", "ách", "é", "ého", "ému",
           "ém", "ým", "ová", "ové", "ovou"),
    "sk": ("a", "y", "i", "e", "u", "o", "ou", "ovi", "om", "ov", "ách", "ej", "ého", "ému", "ým"),
    "uk": ("а", "у", "ю", "і", "и", "е", "є", "ою", "ею", "ові", "еві", "ом", "ем", "ої", "ій", "ого", "ому"),
    "ru": ("а", "у", "ю", "и", "ы", "е", "ой", "ей", "ом", "ем", "ого", "ому", "ым", "им"),
}
#: A stem's last consonant as it changes before -e/-ie ("Marta" -> "Marcie", "Piotr" -> "Piotrze",
#: "Olga" -> "Oldze", "Monika" -> "Monice", "Michał" -> "Michale").
_SOFTENED = {"t": ("ci",), "d": ("dzi",), "r": ("rz",), "g": ("dz",), "k": ("c",), "ch": ("sz",),
             "ł": ("l",), "s": ("si",), "z": ("zi",), "n": ("ni",), "w": ("wi",), "m": ("mi",),
             "b": ("bi",), "p": ("pi",), "f": ("fi",), "st": ("ści",)}
_VOWELS = "aeiouyąęó"


def _stems(word: str) -> list[str]:
    """Where a name's case endings go: "Ewa" -> "Ew", "Kacper" -> "Kacpr" (its e drops, as in
    "Kacpra"), "Jan" -> "Jan"; each with its last consonant as it softens ("Mar" + "c" for "Marcie")."""
    stems = [word[:-1]] if len(word) > 2 and word[-1].lower() in _VOWELS else [word]
    if len(word) > 3 and word.lower().endswith("ia"):
        stems.append(word[:-2])  # Zosia -> Zosi, Zosią
    if len(word) > 3 and re.fullmatch(r".*[^aeiouyąęó]e[^aeiouyąęó]", word, re.IGNORECASE):
        stems.append(word[:-2] + word[-1])  # the fleeting e: Marek -> Marka, Tomek -> Tomka
    for stem in list(stems):
        for ending in sorted(_SOFTENED, key=len, reverse=True):
            if stem.lower().endswith(ending) and len(stem) > len(ending):
                stems += [stem[:-len(ending)] + softer for softer in _SOFTENED[ending]]
                break
    return stems


def declines_names(language: str | None) -> bool:
    """The language puts names in its cases ("u babci Ewy"): Polish, Czech, Slovak, Ukrainian, Russian."""
    return (language or "").replace("-", "_").split("_")[0] in _CASE_ENDINGS


def _declined_in(name: str, translation: str, language: str | None) -> bool:
    """``translation`` writes ``name`` in one of its cases, in a language that declines names:
    each word its stem and a case ending ("Ewy Kowalskiej", "Kacprem"), each person of "Mark and
    Lisa" in order ("Marka i Lisy"). A name left out, or changed ("Eva", "Marek" for "Mark"), is not;
    nor is a title ("Mrs Patel"), which stays as the copies give it."""
    if not declines_names(language):
        return False
    endings = _CASE_ENDINGS[(language or "").replace("-", "_").split("_")[0]]
    people = [person.split() for person in _AND.split(name)]
    if any(w in _JOINERS for words in people for w in words):
        return False
    alternation = "|".join(re.escape(e) for e in sorted(endings, key=len, reverse=True))

    def forms(word: str) -> str:
        stems = "|".join(re.escape(s) for s in dict.fromkeys(_stems(word)))
        return rf"{re.escape(word)}(?:'?(?:{alternation}))?|(?:{stems})(?:{alternation})"

    at = 0
    for words in people:
        pattern = r"\s+".join(rf"(?:{forms(w)})" for w in words)
        found = re.compile(rf"(?<![\w'’-])(?:{pattern})(?![\w'’-])").search(translation, at)
        if found is None:
            return False
        at = found.end()
    return True



_AND = regexes.compile(r"\s+(?:and|&)\s+")


def joined_as_reader(name: str, language: str) -> str | None:
    """People joined by "and" ("Gwen and Huw") as the copies join them in ``language`` ("Gwen a
    Huw"); None for one person, or English."""
    from . import join_list
    from .languages import is_english

    people = _AND.split(name)
    if is_english(language) or len(people) < 2:
        return None
    return join_list(people, language)


def _joined_in(name: str, translation: str, language: str | None) -> bool:
    """``translation`` joins the people of ``name`` ("Gwen and Huw") as the copies do in
    ``language`` (i18n.join_list: "Gwen a Huw", "Mark اور Lisa", "Mark وLisa"), the spaces
    around that "and" free ("Mark و Lisa")."""
    joined = joined_as_reader(name, language) if language else None
    if joined is None:
        return False
    people = _AND.split(name)
    pattern, at = [], 0
    for index, person in enumerate(people):
        start = joined.find(person, at)
        if start < 0:
            return False
        if index:
            between = joined[at:start].strip()
            pattern.append(rf"\s*{re.escape(between)}\s*" if between else r"\s+")
        pattern.append(re.escape(person))
        at = start + len(person)
    # Tigrinya marks each person ("Gwenን Huwን"): what the list writes after the last is part of it.
    pattern.append(re.escape(joined[at:]))
    return re.search("".join(pattern), translation) is not None  # as loose as a name's own check


__all__ = ["declines_names", "joined_as_reader", "name_in", "name_spans", "names_rewritten", "record_names", "who_as_written"]
