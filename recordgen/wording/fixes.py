"""Fixes for findings in one text: the child written to, not about; system words
swapped for their one plain replacement.

A fix is a set of edits to the text the IRO wrote. It is ``safe`` when it can
be applied without a human reading the sentence again ("Sam has settled" ->
"You have settled"), and unsafe when it needs their eye ("contact" -> "family
time" may need the sentence reworded). Verbs are made to agree through
lemminflect's inflection tables rather than a hand-kept list of verbs, so
"Sam misses", "Sam tries" and "Sam watches" come out right without anyone
having thought of them.
"""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache

from ..support import lexicon

@dataclasses.dataclass(frozen=True)
class Edit:
    start: int
    end: int
    new: str


@dataclasses.dataclass(frozen=True)
class Fix:
    """What a finding's fix does to the whole text of one field."""

    path: str          # the finding's field path, e.g. "working_well.1", "actions.2.what"
    old: str           # the whole text of that field now
    new: str           # the whole text after the fix
    safe: bool         # safe fixes are applied by --fix; the others need --unsafe-fixes
    description: str   # one line, plain words
    #: The edits to `old` that make `new`, so several fixes to one field can be applied together.
    edits: tuple[Edit, ...] = dataclasses.field(default=(), compare=False, repr=False)


@dataclasses.dataclass(frozen=True)
class TextFix:
    """A fix before it is placed in a field: the edits, and whether they are safe."""

    edits: tuple[Edit, ...]
    safe: bool
    description: str


def apply_edits(text: str, edits) -> str:
    """The text with non-overlapping edits applied (later ones first, so positions hold)."""
    for edit in sorted(edits, key=lambda e: e.start, reverse=True):
        text = text[:edit.start] + edit.new + text[edit.end:]
    return text


def overlaps(a: tuple[Edit, ...], b: tuple[Edit, ...]) -> bool:
    return any(x.start < y.end and y.start < x.end for x in a for y in b)


# ------------------------------------------------------------------ words around a place

def _word_after(text: str, end: int) -> tuple[str, int, int] | None:
    match = re.match(r"[ \t]*([A-Za-z][A-Za-z'’]*)", text[end:])
    if not match:
        return None
    return match.group(1), end + match.start(1), end + match.end(1)


def _word_before(text: str, start: int) -> tuple[str, int, int] | None:
    match = re.search(r"([A-Za-z][A-Za-z'’]*)[ \t]*$", text[:start])
    if not match:
        return None
    return match.group(1), match.start(1), match.end(1)


def at_sentence_start(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \t\"“‘'(")
    return before == "" or before[-1] in ".!?:\n"


def _capitalised(word: str, capital: bool) -> str:
    return word[:1].upper() + word[1:] if capital else word


@lru_cache(maxsize=8192)
def _lemmas(word: str) -> dict[str, tuple[str, ...]]:
    return lexicon.lemmas(word.lower())


_ADVERBS_BETWEEN = {"really", "still", "now", "always", "often", "sometimes", "never", "also",
                    "usually", "already", "just", "only", "clearly", "rarely", "even"}
_MODALS = {"will", "would", "can", "could", "may", "might", "must", "shall", "should", "won't",
           "can't", "couldn't", "wouldn't", "shouldn't", "mustn't", "did", "didn't", "had", "hadn't"}
# The forms that change when 'Sam' becomes 'you'; 'was' has a person of its own.
_AGREE_IRREGULAR = {"is": "are", "was": "were", "isn't": "aren't", "wasn't": "weren't",
                    "isn’t": "aren’t", "wasn’t": "weren’t", "has": "have", "hasn't": "haven't",
                    "hasn’t": "haven’t", "does": "do", "doesn't": "don't", "doesn’t": "don’t"}
# After these a name or pronoun starts a clause of its own.
_CLAUSE_OPENERS = {"and", "but", "so", "because", "when", "that", "if", "while", "as", "although",
                   "though", "since", "until", "before", "after", "then", "where", "whether", "or",
                   "now", "once", "unless",
                   # 'Mrs Patel said Sam has...', 'told me Sam is...': a reported clause
                   "said", "says", "say", "thinks", "think", "thought", "knows", "know", "knew", "feels",
                   "felt", "hopes", "hoped", "agreed", "agree", "explained", "believes", "believe",
                   "noticed", "shared", "mentioned", "me", "us"}
_PREPOSITIONS = {"to", "with", "for", "about", "of", "from", "at", "by", "on", "in", "near", "like",
                 "without", "around", "towards", "behind", "beside", "between", "than", "help", "helps",
                 "helped", "let", "lets"}
_DETERMINERS = {"the", "a", "an", "your", "his", "her", "their", "this", "that", "my", "our", "its"}
_MODIFIERS = {"next", "last", "first", "second", "third", "new", "current", "recent", "latest",
              "previous", "upcoming", "own", "early", "late", "annual", "every", "each"}


def agreed_verb(word: str) -> str | None:
    """The form of a third-person verb that agrees with 'you' ('has' -> 'have'), or None
    when the word is no present-tense third-person verb (modals, past tense)."""
    plain = word.lower()
    if plain in _AGREE_IRREGULAR:
        new = _AGREE_IRREGULAR[plain]
    else:
        lemmas = _lemmas(plain)
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


def _is_verb(word: str) -> bool:
    plain = word.lower()
    if plain in _AGREE_IRREGULAR or plain in _MODALS:
        return True
    lemmas = _lemmas(plain)
    return bool(lemmas.get("VERB") or lemmas.get("AUX"))


def _only_verb(word: str) -> bool:
    """A verb that is not also a noun: 'is', 'enjoys', not 'plays' or 'needs'."""
    plain = word.lower()
    if plain in _AGREE_IRREGULAR:
        return True
    lemmas = _lemmas(plain)
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
    first = _word_after(text, end)
    if not first or first[0].lower() in _NOT_A_THING:
        return False
    lemmas = _lemmas(first[0])
    if not lemmas and first[0].islower():
        return True  # a word the tables do not know ('carers', 'nan') is most likely a thing
    if "NOUN" in lemmas and not first[0].lower().endswith(("ing", "ed")):
        return True
    if "ADJ" in lemmas:
        second = _word_after(text, first[2])
        return bool(second) and "NOUN" in _lemmas(second[0]) and not second[0].lower().endswith("ly")
    return False


# ------------------------------------------------------------------ the child written to

def _subject_edits(text: str, end: int) -> tuple[list[Edit], bool] | None:
    """Edits making the verb after a new subject 'you' agree, and whether they are sure.

    None when the next word is no verb (so the name is not a subject).
    """
    position = end
    for _ in range(3):  # 'Sam really likes', 'Sam still often visits'
        found = _word_after(text, position)
        if not found:
            return None
        word, start, stop = found
        if word.lower() in _ADVERBS_BETWEEN or set(_lemmas(word)) == {"ADV"}:
            position = stop
            continue
        break
    else:
        return None
    if not _is_verb(word):
        return None
    edits: list[Edit] = []
    sure = True
    agreed = agreed_verb(word)
    if agreed is not None:
        edits.append(Edit(start, stop, agreed))
        # 'Sam has settled and is happy': the verbs that share the subject agree too.
        sentence_end = re.search(r"[.!?;]", text[stop:])
        limit = stop + sentence_end.start() if sentence_end else len(text)
        for match in re.finditer(r"\b(?:and|but|or)\s+([A-Za-z][A-Za-z'’]*)", text[stop:limit]):
            verb = match.group(1)
            then = agreed_verb(verb)
            if then is None:
                continue
            edits.append(Edit(stop + match.start(1), stop + match.end(1), then))
            # 'and finds it hard', 'and plays football': a verb. 'books and films.': a noun?
            ends_here = re.match(r"\s*(?:[.,;:!?)]|and\b|or\b|$)", text[stop + match.end(1):])
            if not _only_verb(verb) and ends_here:
                sure = False
    return edits, sure


def person_fix(text: str, start: int, word: str, how: str, pronouns: tuple[str, ...]) -> TextFix | None:
    """The fix for one place that refers to the child in the third person.

    `how` is "name", "generic" (the child, the young person) or "pronoun".
    """
    end = start + len(word)
    capital = at_sentence_start(text, start)
    plain = word.lower().replace("’", "'")
    if how in {"name", "generic"} and plain.endswith("'s"):
        after = _word_after(text, end)
        if after and after[0].lower() in {"been", "got", "gone"}:
            return TextFix((Edit(start, end, _capitalised("you've", capital)),), True,
                           f"write '{_capitalised('you’ve', capital)}' for '{word}'")
        if noun_phrase_follows(text, end):
            return TextFix((Edit(start, end, _capitalised("your", capital)),), True,
                           f"write '{_capitalised('your', capital)}' for '{word}'")
        # 'Sam's happy', 'Sam's doing well': most likely 'Sam is'.
        new = _capitalised("you're", capital)
        return TextFix((Edit(start, end, new),), False, f"write '{new}' for '{word}' (or 'your')")
    if how == "pronoun":
        return _pronoun_fix(text, start, word, capital)
    before = _word_before(text, start)
    after = _word_after(text, end)
    after_object_word = before is not None and not capital and (
        before[0].lower() in _PREPOSITIONS or (_is_verb(before[0]) and set(_lemmas(before[0])) != {"ADV"}))
    if after and after[0].lower() == "and" and not after_object_word:
        # 'Sam and Zain go': 'You and Zain go' needs an eye.
        return TextFix((Edit(start, end, _capitalised("you", capital)),), False,
                       f"write '{_capitalised('you', capital)}' for '{word}'")
    agreement = _subject_edits(text, end)
    if agreement is not None and after_object_word and not (after and agreed_verb(after[0])):
        agreement = None  # 'let Sam go', 'help Sam read': the name is the object
    if agreement is not None:
        # A verb follows: the name is the subject ('Sam has', 'Sometimes Sam feels').
        edits, sure = agreement
        opener = (capital or before is None or before[0].lower() in _CLAUSE_OPENERS
                  or "ADV" in _lemmas(before[0]) or text[:start].rstrip().endswith(","))
        new = _capitalised("you", capital)
        return TextFix((Edit(start, end, new), *edits), sure and opener, _describe(word, new, edits, text))
    if after_object_word and (after is None or not _is_verb(after[0])):
        return TextFix((Edit(start, end, "you"),), True, f"write 'you' for '{word}'")
    return TextFix((Edit(start, end, _capitalised("you", capital)),), False,
                   f"write '{_capitalised('you', capital)}' for '{word}' (check the verb agrees)")


def _describe(word: str, new: str, verb_edits: list[Edit], text: str) -> str:
    if not verb_edits:
        return f"write '{new}' for '{word}'"
    verbs = ", ".join(f"'{e.new}' for '{text[e.start:e.end]}'" for e in verb_edits)
    return f"write '{new}' for '{word}' and {verbs}"


_PRONOUN_FORMS = {
    "she": "you", "he": "you", "they": "you", "him": "you", "them": "you", "his": "your",
    "their": "your", "hers": "yours", "theirs": "yours", "herself": "yourself",
    "himself": "yourself", "themself": "yourself", "themselves": "yourself",
}
_PLAIN_AFTER_OBJECT = {"and", "but", "so", "to", "with", "for", "about", "at", "in", "on", "that",
                       "when", "if", "because", "too", "again", "a", "an", "the", "some", "more"}


def _pronoun_fix(text: str, start: int, word: str, capital: bool) -> TextFix | None:
    plain = word.lower()
    end = start + len(word)
    if plain in {"she", "he", "they"}:
        agreement = _subject_edits(text, end)
        if agreement is None:
            return None
        edits, sure = agreement
        if plain == "they":
            edits = []  # 'they like' already agrees with 'you like'
        new = _capitalised("you", capital)
        return TextFix((Edit(start, end, new), *edits), sure, _describe(word, new, edits, text))
    if plain == "her":
        after = _word_after(text, end)
        punctuation_next = re.match(r"\s*(?:[.,;:!?)]|$)", text[end:]) is not None
        if punctuation_next or (after and after[0].lower() in _PLAIN_AFTER_OBJECT):
            return TextFix((Edit(start, end, _capitalised("you", capital)),), True, f"write 'you' for '{word}'")
        if noun_phrase_follows(text, end):
            new = _capitalised("your", capital)
            return TextFix((Edit(start, end, new),), True, f"write '{new}' for '{word}'")
        if after and "NOUN" not in _lemmas(after[0]):  # 'makes her worried', 'let her go'
            return TextFix((Edit(start, end, _capitalised("you", capital)),), True, f"write 'you' for '{word}'")
        return TextFix((Edit(start, end, _capitalised("you", capital)),), False,
                       f"write 'you' or 'your' for '{word}'")
    if plain in _PRONOUN_FORMS:
        new = _capitalised(_PRONOUN_FORMS[plain], capital)
        return TextFix((Edit(start, end, new),), True, f"write '{new}' for '{word}'")
    return None  # neopronouns: the IRO knows how the child wants them rewritten


# ------------------------------------------------------------------ system words

def system_word_fix(text: str, start: int, end: int, replacement: str, safe: bool,
                    case_sensitive: bool) -> TextFix:
    """Swap a system word for its plain replacement, keeping the sentence's capitals.

    A replacement that brings its own determiner ('your review') takes the place
    of the one before it: 'the LAC review' -> 'your review', not 'the your review';
    after 'next' or 'last' it drops its own: 'next LAC review' -> 'next review'.
    """
    word = text[start:end]
    first, _, rest = replacement.partition(" ")
    before = _word_before(text, start)
    if rest and first.lower() in {"your", "the", "a"}:
        if before and before[0].lower() in _DETERMINERS and (first.lower() == "your" or before[0].lower() in {"the", "a", "an"}):
            start = before[1]
            word = text[start:end]
        elif before and before[0].lower() in _MODIFIERS:
            replacement = rest
    capital = at_sentence_start(text, start) or (word[:1].isupper() and not case_sensitive)
    if before and before[0].lower() in {"a", "an"} and start != before[1]:
        # 'a sibling' -> 'a brother or sister'; 'an' before a consonant would be wrong
        article = "an" if replacement[:1].lower() in "aeiou" else "a"
        if before[0].lower() != article:
            return TextFix((Edit(before[1], before[2], _capitalised(article, before[0][:1].isupper())),
                            Edit(start, end, replacement)), safe,
                           f"write '{replacement}' for '{word}'")
    new = _capitalised(replacement, capital)
    return TextFix((Edit(start, end, new),), safe, f"write '{new}' for '{word}'")
