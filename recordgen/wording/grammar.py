"""English grammar the checks and their fixes share: the words around a place,
verbs that agree with 'you', and whether a thing follows ('Sam's report').

Verbs are made to agree through lemminflect's inflection tables rather than a
hand-kept list of verbs, so "Sam misses", "Sam tries" and "Sam watches" come
out right without anyone having thought of them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..support import lexicon


def word_after(text: str, end: int) -> tuple[str, int, int] | None:
    match = re.match(r"[ \t]*([A-Za-z][A-Za-z'’]*)", text[end:])
    if not match:
        return None
    return match.group(1), end + match.start(1), end + match.end(1)


def word_before(text: str, start: int) -> tuple[str, int, int] | None:
    match = re.search(r"([A-Za-z][A-Za-z'’]*)[ \t]*$", text[:start])
    if not match:
        return None
    return match.group(1), match.start(1), match.end(1)


def at_sentence_start(text: str, start: int, mid_sentence: bool = False) -> bool:
    """Whether a sentence starts at ``start``; a text that is printed ``mid_sentence`` (a venue:
    'We met at <venue>') does not start one of its own."""
    before = text[:start].rstrip(" \t\"“‘'(")
    if before == "":
        return not mid_sentence
    return before[-1] in ".!?:\n"


def capitalised(word: str, capital: bool) -> str:
    return word[:1].upper() + word[1:] if capital else word


@lru_cache(maxsize=8192)
def lemmas_of(word: str) -> dict[str, tuple[str, ...]]:
    return lexicon.lemmas(word.lower())


MODALS = {"will", "would", "can", "could", "may", "might", "must", "shall", "should", "won't",
           "can't", "couldn't", "wouldn't", "shouldn't", "mustn't", "did", "didn't", "had", "hadn't"}
# The forms that change when 'Sam' becomes 'you'; 'was' has a person of its own.
_AGREE_IRREGULAR = {"is": "are", "was": "were", "isn't": "aren't", "wasn't": "weren't",
                    "isn’t": "aren’t", "wasn’t": "weren’t", "has": "have", "hasn't": "haven't",
                    "hasn’t": "haven’t", "does": "do", "doesn't": "don't", "doesn’t": "don’t"}
# After these a name or pronoun starts a clause of its own.


def agreed_verb(word: str) -> str | None:
    """The form of a third-person verb that agrees with 'you' ('has' -> 'have'), or None
    when the word is no present-tense third-person verb (modals, past tense)."""
    plain = word.lower()
    if plain in _AGREE_IRREGULAR:
        new = _AGREE_IRREGULAR[plain]
    else:
        lemmas = lemmas_of(plain)
        verb = lemmas.get("VERB") or lemmas.get("AUX")
        if not verb or not plain.endswith("s"):
            return None
        new = None
        for lemma in verb:
            if plain in lexicon.inflection(lemma, "VBZ") and plain != lemma:
                new = (lexicon.inflection(lemma, "VBP") or (lemma,))[0]
                break
        if new is None:
            return None
    return new[:1].upper() + new[1:] if word[:1].isupper() else new


def is_verb(word: str) -> bool:
    plain = word.lower()
    if plain in _AGREE_IRREGULAR or plain in MODALS:
        return True
    lemmas = lemmas_of(plain)
    return bool(lemmas.get("VERB") or lemmas.get("AUX"))


def only_verb(word: str) -> bool:
    """A verb that is not also a noun: 'is', 'enjoys', not 'plays' or 'needs'."""
    plain = word.lower()
    if plain in _AGREE_IRREGULAR:
        return True
    lemmas = lemmas_of(plain)
    return bool(lemmas.get("VERB") or lemmas.get("AUX")) and "NOUN" not in lemmas


_NOT_A_THING = {"been", "got", "gone", "going", "not", "very", "so", "really", "a", "an", "the",
                "always", "never", "still", "now", "too", "quite", "doing", "feeling", "in", "at",
                "on", "with", "ok", "okay", "fine", "well", "happy", "sad", "safe", "every", "each",
                "all", "some", "any", "more", "most", "much", "many", "lots", "one", "two", "three",
                "four", "again", "back", "up", "out", "off", "down", "know", "feel", "about", "to",
                "for", "from", "when", "if", "that", "and", "but", "or", "because", "worried",
                "upset", "angry", "sure", "go", "come", "stay", "see", "be"}


def noun_phrase_follows(text: str, end: int) -> bool:
    """Whether a thing comes next ('report', 'new school'), so 'Sam's' and 'her' own it."""
    first = word_after(text, end)
    if not first or first[0].lower() in _NOT_A_THING:
        return False
    lemmas = lemmas_of(first[0])
    if not lemmas and first[0].islower():
        return True  # a word the tables do not know ('carers', 'nan') is most likely a thing
    if "NOUN" in lemmas and not first[0].lower().endswith(("ing", "ed")):
        return True
    if "ADJ" in lemmas:
        second = word_after(text, first[2])
        return bool(second) and "NOUN" in lemmas_of(second[0]) and not second[0].lower().endswith("ly")
    return False
