"""What a translator must keep exactly, and English that came back untranslated.

Names, phone numbers, emails and case numbers are written in a copy as the
record writes them, in every language. The XLIFF export wraps each in
``<mrk mtype="protected">`` so a translator's tool (OmegaT, Trados, memoQ)
locks it, and the import checks each is still there, unchanged.

Tools that show the English in the target (OmegaT does, for every segment it
was not given a translation for) hand back English as if it were a
translation. A sentence of the English found in the target, once spaces are
normalised, is therefore untranslated, unless it holds nothing to translate
(only names, numbers and such values), or is already in the reader's language
(``in_language``: a Welsh place's name, "mam", for a Welsh reader).
"""

from __future__ import annotations

import functools
from typing import Iterable

from ..i18n.names import name_spans, record_names
from ..support import regexes

_EMAIL = regexes.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
# Digits in groups joined by single spaces or hyphens, "+44" allowed: 7 digits or more is
# a phone number, not a count or a year.
_PHONE = regexes.compile(r"(?<![\w+])\+?\(?\d+\)?(?:[ -]\(?\d+\)?)*(?![\w])")
# Case and reference numbers: capital letters and digits, both, in parts joined by - or /
# ("NL-20451", "CIC/2026/0417").
_CASE_NUMBER = regexes.compile(r"(?<![\w/-])(?=[A-Z0-9/-]*\d)(?=[A-Z0-9/-]*[A-Z])[A-Z0-9]+(?:[-/][A-Z0-9]+)+(?![\w/-])")
_SENTENCE_END = regexes.compile(r"(?<=[.!?…])\s+|\s*\n\s*")
_SPACE = regexes.compile(r"\s+")


def _merged(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start < out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return out


def protected_names(record) -> list[str]:
    """Every person's name the record gives, longest first: ``record_names`` (the child, the IRO, who
    came, who is sent a copy, the carers) and the name before the role of whoever else the record names,
    an action's who ("Dean Forbes (your social worker)", who did not come; blind review 33, finding 12),
    who gave the score, each carer; never a role alone ("Your social worker", "Mum") nor a body ("the
    school"). The export wraps each as protected and the import asks for each as written."""
    from ..record.roles import FAMILY_ROLES, known_roles
    from ..rules.family_words import FAMILY_WORDS_BY_LANGUAGE
    from ..rules.people import is_organisation, is_place, people_in, without_brackets

    family = FAMILY_ROLES.union(*FAMILY_WORDS_BY_LANGUAGE.values())

    names = set(record_names(record))
    carers = record.placement.carers
    others = [without_brackets(who) for who in [*(a.who for a in record.actions), *(r.name for r in record.distribution),
                                                record.scale.by if record.scale else ""]]
    others += [] if is_place(carers) else [without_brackets(person) for person in people_in(without_brackets(carers))]
    for name in others:
        words = [w for w in name.split() if w not in ("and", "&")]
        if (words and all(w[:1].isupper() and w.casefold() not in family for w in words)
                and not known_roles(name) and not is_organisation(name)):
            names.add(name.strip())
    return sorted((n for n in names if n), key=len, reverse=True)


def value_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each phone number, email and case number in ``text``."""
    spans = [m.span() for m in _EMAIL.finditer(text)]
    spans += [m.span() for m in _PHONE.finditer(text) if sum(c.isdigit() for c in m.group()) >= 7]
    spans += [m.span() for m in _CASE_NUMBER.finditer(text)]
    return _merged(spans)


def protected_spans(text: str, names: Iterable[str]) -> list[tuple[int, int]]:
    """(start, end) of every name and value a translation must keep as written, in order,
    none overlapping."""
    return _merged([*name_spans(text, names), *value_spans(text)])


def values_rewritten(source: str, translation: str) -> list[str]:
    """Phone numbers, emails and case numbers of the English the translation does not
    write exactly as the record does (names: ``names_rewritten``)."""
    found = [_normal(source[start:end]) for start, end in value_spans(source)]
    translation = _normal(translation)  # a tool may reflow the spaces inside a phone number
    return [value for value in dict.fromkeys(found) if value not in translation]


def _normal(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def nothing_to_translate(text: str, names: Iterable[str]) -> bool:
    """True when ``text`` is only names, numbers, values and punctuation: the same in every
    language, so a target that repeats it is a translation."""
    kept, last = [], 0
    for start, end in protected_spans(text, names):
        kept.append(text[last:start])
        last = end
    kept.append(text[last:])
    return not any(c.isalpha() for c in "".join(kept))


#: A word at least this common (wordfreq's Zipf scale: 3 is once in a million words) is a word
#: of a language; a word of the catalogs' fixed text counts as CATALOG_ZIPF where wordfreq has
#: no list for the language (Welsh).
WORD_ZIPF = 3.0
CATALOG_ZIPF = 4.0
_WORD = regexes.compile(r"[^\W\d_]+")


def _base(language: str) -> str:
    return language.replace("-", "_").split("_")[0].casefold()


def _zipf_in(word: str, language: str) -> float:
    from ..support import lexicon

    base = _base(language)
    if base in lexicon.available_languages():
        return lexicon.zipf(word, base)
    from ..i18n import catalog_words

    return CATALOG_ZIPF if word in catalog_words(base) else 0.0


@functools.lru_cache(maxsize=8192)
def word_in_language(word: str, language: str) -> bool:
    """Is ``word`` a word of ``language`` rather than of English: a proper name (a capital, and no
    English word: "Caernarfon", "Canolfan"), or at least WORD_ZIPF common in ``language`` and
    more common there than in English ("mam" in Welsh, "mama" in Polish; not a Romanian "doctor")?"""
    from ..support import lexicon

    folded = word.casefold()
    english = lexicon.zipf(folded, "en")
    name = word[:1].isupper() and not (len(word) > 1 and word.isupper())  # "CAMHS" is English's
    if name and english < WORD_ZIPF and not lexicon.lemmas(folded):
        return True
    own = _zipf_in(folded, language)
    return own >= WORD_ZIPF and own > english


def in_language(text: str, language: str, names: Iterable[str]) -> bool:
    """True when ``text``, a record's value, holds no English for a reader of ``language``: it has
    words, and each outside names and values is ``word_in_language``. Such a text is its own
    translation: never marked "in English", never sent to a translator, and a translation that
    repeats it is no English copied."""
    return _in_language(text, language, tuple(names))


@functools.lru_cache(maxsize=16384)  # asked of each item for every copy in the language
def _in_language(text: str, language: str, names: tuple[str, ...]) -> bool:
    if _base(language) in ("", "en"):
        return False
    kept, last = [], 0
    for start, end in protected_spans(text, names):
        kept.append(text[last:start])
        last = end
    kept.append(text[last:])
    words = _WORD.findall(" ".join(kept))
    return bool(words) and all(word_in_language(word, language) for word in words)


def untranslated_sentences(source: str, target: str, names: Iterable[str], language: str = "") -> list[str]:
    """Sentences of the English ``source`` that ``target`` still holds as they are (spaces
    normalised), leaving out those with nothing to translate and those already in the target's
    ``language``."""
    names = list(names)
    target_normal = f" {_normal(target)} "
    found = []
    for sentence in _SENTENCE_END.split(source):
        sentence = _normal(sentence)
        if (sentence and not nothing_to_translate(sentence, names) and sentence in target_normal
                and not in_language(sentence, language, names)):
            found.append(sentence)
    return found
