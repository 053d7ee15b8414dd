"""wordfreq's Zipf frequencies and lemminflect's lemmas and inflections, from derived tables.

Loading the two libraries cost a process about a second (lemminflect's lemma table
0.5 s, its numpy 0.1 s, wordfreq's import and English list 0.3 s): most of what
`recordgen validate` of one record took. The checks ask them three exact questions, so the
answers for every word the libraries list are written once into tables in the cache
folder (``recordgen.support.derived``) and read from there. The answers are the libraries'
own:

* ``zipf(word, language)``: in a language wordfreq splits with its regular-expression
  tokenizer and plain case-folding, a word of ASCII letters is one token, its lower case,
  so its frequency is that token's in the list, or the frequency of an unlisted word. Each
  frequency in the table is wordfreq's answer for a word of that frequency. A word of ASCII
  letters and digits is looked up with its digits made 0 and then weighted by how common
  the number is, so it is unlisted when no listed word has its shape ("dn00" for "dn15").
  Any other word is asked of wordfreq.
* ``lemmas(word, upos)``: lemminflect looks a word up by its lower case and gives its
  lemmas back in the word's case; for a lower-case word the table holds that answer, and a
  word not in it has none. Any other word is asked of lemminflect.
* ``inflection(lemma, tag)``: the third person singular and plain present of each verb
  lemma lemminflect lists; any other is asked of it.

Each table is checked against the library on a sample as it is built; a library that
answers differently is asked directly from then on.
"""

from __future__ import annotations

import json
import sqlite3
from functools import lru_cache

from .derived import Table, open_table
from . import regexes

_LOWER_ASCII = regexes.compile(r"[a-z]+")
_LOWER_ASCII_DIGITS = regexes.compile(r"[a-z0-9]*[0-9][a-z0-9]*")
_DIGIT = regexes.compile(r"[0-9]")
#: Before the shape of a listed word with digits, all made 0 (no word starts with it).
_SHAPE = "\1"
#: The parts of speech lemminflect keeps lemmas for (PROPN is looked up differently: asked of it).
_LEMMA_UPOS = ("NOUN", "VERB", "ADJ", "ADV", "AUX")
#: The inflections the checks ask for: a verb's third person singular and its plain present.
_TABLED_TAGS = ("VBZ", "VBP")


# ---------------------------------------------------------------- wordfreq


def _plain_tokens(language: str) -> bool:
    """A word of ASCII letters and digits is one token, its lower case, in this language."""
    from wordfreq.language_info import get_language_info

    info = get_language_info(language)
    return info["tokenizer"] == "regex" and not info["dotless_i"]


def _build_languages():
    import wordfreq

    languages = sorted(wordfreq.available_languages())
    return [], {"all": languages, "plain": [language for language in languages if _plain_tokens(language)]}


@lru_cache(maxsize=1)
def _languages() -> dict | None:
    table = open_table("languages", ("wordfreq",), _build_languages)
    return None if table is None else table.meta


def available_languages() -> frozenset[str]:
    """The languages wordfreq has a list for (``wordfreq.available_languages()``)."""
    languages = _languages()
    if languages is not None:
        return frozenset(languages["all"])
    import wordfreq

    return frozenset(wordfreq.available_languages())


def _build_frequencies(language: str):
    import random

    import wordfreq

    frequencies = wordfreq.get_frequency_dict(language)
    answers: dict[float, float] = {}  # a token's frequency -> wordfreq's Zipf answer for it
    rows, shapes = [], set()
    for word, frequency in frequencies.items():
        if _LOWER_ASCII.fullmatch(word):
            if frequency not in answers:
                answers[frequency] = wordfreq.zipf_frequency(word, language)
            rows.append((word, answers[frequency]))
        elif _LOWER_ASCII_DIGITS.fullmatch(word):
            shapes.add(_SHAPE + _DIGIT.sub("0", word))
    unlisted = "zqxj"
    while unlisted in frequencies:
        unlisted += "q"
    for word, value in random.Random(0).sample(rows, min(300, len(rows))):
        if wordfreq.zipf_frequency(word, language) != value:
            return None
    return rows + [(shape, None) for shape in sorted(shapes)], {"unlisted": wordfreq.zipf_frequency(unlisted, language)}


@lru_cache(maxsize=None)
def _frequencies(language: str) -> Table | None:
    languages = _languages()
    if languages is None or language not in languages["plain"]:
        return None
    return open_table(f"zipf-{language}", ("wordfreq",), lambda: _build_frequencies(language))


def zipf(word: str, language: str = "en") -> float:
    """``wordfreq.zipf_frequency(word, language)``."""
    if word.isascii() and word.isalnum():
        table = _frequencies(language)
        if table is not None:
            token = word.lower()
            try:
                if token.isalpha():
                    value = table.get(token)
                    return table.meta["unlisted"] if value is None else value
                if not table.has(_SHAPE + _DIGIT.sub("0", token)):
                    return table.meta["unlisted"]
            except sqlite3.Error:
                pass
    import wordfreq

    try:
        return wordfreq.zipf_frequency(word, language)
    except ImportError:
        # Chinese needs jieba, Japanese and Korean MeCab, to split a text into words: without
        # them the word is looked up whole in the list, as wordfreq would find one word.
        return _listed_zipf(word, language)


@lru_cache(maxsize=None)
def _frequency_dict(language: str) -> dict[str, float]:
    import wordfreq

    return wordfreq.get_frequency_dict(language)


def _listed_zipf(word: str, language: str) -> float:
    """The Zipf frequency of ``word`` as one token of ``language``'s list (0 when unlisted)."""
    import math

    frequency = _frequency_dict(language).get(word.casefold(), 0.0)
    return round(math.log10(frequency) + 9, 2) if frequency > 0 else 0.0


# ---------------------------------------------------------------- lemminflect


def _capitalised(word: str) -> bool:
    """lemminflect's caps style for the word is not 'lower' (its getCapsStyle)."""
    return word.isupper() or bool(word and word[0].isupper())


def _decoded(value: str) -> dict[str, tuple[str, ...]]:
    return {upos: tuple(forms) for upos, forms in json.loads(value).items()}


def _build_lemmas():
    import random

    import lemminflect
    from lemminflect.core.Lemmatizer import Lemmatizer

    lemmatizer = Lemmatizer()
    lookup, overrides = lemmatizer._getLemmaDict(), lemmatizer._getOverridesDict()
    rows = []
    for word in sorted(set(lookup) | set(overrides)):
        if word != word.lower() or _capitalised(word):
            continue  # looked up by its lower case, so no lower-case word reaches it
        # What getAllLemmas does for a lower-case word: the lookup, the overrides over it, lower case.
        found = {**lookup.get(word, {}), **overrides.get(word, {})}
        rows.append((word, json.dumps({upos: [form.lower() for form in forms] for upos, forms in found.items()})))
    for word, value in random.Random(0).sample(rows, min(300, len(rows))):
        if lemminflect.getAllLemmas(word) != _decoded(value):
            return None
    return rows, {}


@lru_cache(maxsize=1)
def _lemma_table() -> Table | None:
    return open_table("lemmas", ("lemminflect",), _build_lemmas)


def lemmas(word: str, upos: str | None = None) -> dict[str, tuple[str, ...]]:
    """``lemminflect.getAllLemmas(word, upos)``: part of speech -> lemmas."""
    if (upos is None or upos in _LEMMA_UPOS) and word == word.lower() and not _capitalised(word):
        table = _lemma_table()
        if table is not None:
            try:
                value = table.get(word)
            except sqlite3.Error:
                pass
            else:
                found = _decoded(value) if value is not None else {}
                return found if upos is None else {k: v for k, v in found.items() if k == upos}
    import lemminflect

    return lemminflect.getAllLemmas(word, upos)


def _build_inflections():
    import lemminflect
    from lemminflect.core.Lemmatizer import Lemmatizer

    verbs = {form.lower() for entry in Lemmatizer()._getLemmaDict().values()
             for upos in ("VERB", "AUX") for form in entry.get(upos, ())}
    return [(f"{verb}\t{tag}", json.dumps(lemminflect.getInflection(verb, tag=tag)))
            for verb in sorted(verbs) for tag in _TABLED_TAGS], {}


@lru_cache(maxsize=1)
def _inflection_table() -> Table | None:
    return open_table("inflections", ("lemminflect",), _build_inflections)


def inflection(lemma: str, tag: str) -> tuple[str, ...]:
    """``lemminflect.getInflection(lemma, tag=tag)``."""
    if tag in _TABLED_TAGS:
        table = _inflection_table()
        found = table.get_json(f"{lemma}\t{tag}") if table is not None else None
        if found is not None:
            return tuple(found)
    import lemminflect

    return lemminflect.getInflection(lemma, tag=tag)
