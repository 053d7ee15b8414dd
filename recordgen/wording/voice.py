"""Writing about the child instead of to them: their name, their pronouns,
"the child", "the young person"."""

from __future__ import annotations

import dataclasses
import re
from functools import cached_property

from .familiar import names_a_thing
from .edits import Edit, TextFix
from .grammar import (agreed_verb, at_sentence_start, capitalised, is_verb, lemmas_of,
                      noun_phrase_follows, only_verb, word_after, word_before)
from .text import SECOND_PERSON, sentences
from ..support import regexes

_PRONOUN_SETS = {
    "she": ("she", "her", "hers", "herself"),
    "he": ("he", "him", "his", "himself"),
    "they": ("they", "them", "their", "theirs", "themself", "themselves"),
}

_GENERIC = regexes.compile(
    r"\b(?:the|this) (?:child|young person|young man|young woman|young lady|looked after child)(?:['’]s)?\b"
    r"|\bthe subject\b",
    re.I,
)

# People a pronoun may point back to, so "your mum said she..." is not about the child.
_PERSON_NOUNS = {
    "mum", "mother", "mummy", "mam", "dad", "father", "daddy", "nan", "nana", "nanny", "gran",
    "granny", "grandma", "grandmother", "grandad", "granddad", "grandpa", "grandfather",
    "grandparent", "sister", "brother", "sibling", "aunt", "auntie", "aunty", "uncle", "cousin",
    "baby", "carer", "teacher", "tutor", "worker", "therapist", "counsellor", "nurse", "doctor",
    "dentist", "judge", "advocate", "visitor", "adviser", "advisor", "friend", "girlfriend",
    "boyfriend", "partner", "stepmum", "stepdad", "parent", "officer", "manager", "solicitor",
    "interpreter", "coach", "headteacher", "keyworker", "lady", "man", "woman", "girl", "boy",
    "people", "family", "team", "staff", "police", "guardian", "mentor", "psychologist",
    "midwife", "neighbour", "classmate", "children", "child", "kids", "everyone", "leader",
    "boss", "head", "student", "pupil", "someone", "somebody", "nobody", "person",
}
_NOT_PEOPLE = {
    "i", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "christmas", "easter", "eid", "diwali", "english",
    "maths", "science", "art", "music", "pe", "uk", "gcse", "gcses", "year", "college",
    "school", "primary", "academy", "road", "street", "centre", "park",
}
_TITLES = regexes.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Nurse|Auntie|Uncle|Nan)\b\.?")
_WORD = regexes.compile(r"[A-Za-z][A-Za-z'’-]*")


@dataclasses.dataclass(frozen=True)
class ChildWords:
    """How the record can refer to the child: names and pronouns."""

    names: tuple[str, ...]
    pronouns: tuple[str, ...]

    @classmethod
    def of(cls, name: str, known_as: str | None, pronouns: str | None) -> "ChildWords":
        names = {name.strip(), name.split()[0]}
        if known_as:
            names.add(known_as.strip())
        forms: list[str] = []
        if pronouns:
            given = [p.strip().lower() for p in re.split(r"[/,\s]+", pronouns) if p.strip()]
            if given and given[0] in _PRONOUN_SETS:
                forms = list(_PRONOUN_SETS[given[0]])
            else:
                forms = given  # neopronouns: the forms as written (ze/zir)
        return cls(tuple(sorted((n for n in names if n), key=len, reverse=True)), tuple(forms))

    # Compiled once per child: a record has many texts, a batch many children.
    @cached_property
    def name_patterns(self) -> tuple[re.Pattern[str], ...]:
        return tuple(re.compile(rf"(?<![\w-]){re.escape(n)}(?:['’]s)?(?![\w-])") for n in self.names)

    @cached_property
    def pronoun_pattern(self) -> re.Pattern[str] | None:
        if not self.pronouns:
            return None
        return re.compile(r"\b(?:" + "|".join(re.escape(p) for p in self.pronouns) + r")\b", re.I)


@dataclasses.dataclass(frozen=True)
class ThirdPerson:
    word: str
    start: int
    how: str  # "name", "pronoun" or "generic"


def _is_vocative(text: str, start: int, end: int) -> bool:
    """'Kay, you did well' and 'Well done, Kay.' speak to the child."""
    before = text[:start].rstrip()
    after = text[end:].lstrip()
    opening = before == "" or before[-1] in ".!?:" or re.search(r"\b(?:Dear|Hi|Hello|Hey)$", before)
    if opening and (after.startswith(",") or after.startswith("!") or after == ""):
        return True
    return bool(before.endswith(",") and (after == "" or after[0] in ".!?,"))


def _antecedent_before(text: str, position: int, child_names: tuple[str, ...]) -> bool:
    """Whether someone other than the child is mentioned before `position`."""
    before = text[:position]
    if _TITLES.search(before):
        return True
    first_of_sentence = True
    for match in _WORD.finditer(before):
        word = match.group()
        plain = re.sub(r"['’]s$", "", word).lower()
        singular = plain[:-1] if plain.endswith("s") else plain
        if plain in _PERSON_NOUNS or singular in _PERSON_NOUNS or plain.endswith(("carers", "parents")):
            return True
        between = before[:match.start()].rstrip()
        first_of_sentence = between == "" or between[-1] in ".!?:"
        if (word[0].isupper() and not first_of_sentence and plain not in _NOT_PEOPLE
                and word not in child_names and not word.isupper()):
            return True
    return False


def _someone_else_named(text: str, match: re.Match[str], child: ChildWords) -> bool:
    """'Sam Smith (your teacher)' or 'Auntie Sam' when the child is Sam Khan: another person."""
    surname = re.match(r" ([A-Z][a-z][A-Za-z'’-]*)", text[match.end():])
    own = {part for name in child.names for part in name.split()}
    if surname and surname.group(1) not in own and not match.group().endswith(("'s", "’s")):
        return True
    return bool(re.search(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Auntie|Aunty|Uncle|Nan|Nana|Grandma|Grandad)\.? $",
                          text[:match.start()]))


def _the_name_itself(text: str, start: int) -> bool:
    """'you like the name Charlie', 'call you Alex': the name spoken of, not the child."""
    return bool(re.search(r"\b(?:name|named|called|call (?:you|me|them)|known as|spelt|spelled)\s+$",
                          text[:start], re.I))


def third_person(text: str, child: ChildWords, pronouns: bool = True) -> list[ThirdPerson]:
    """Places where a text (quotes already masked) refers to the child in the third person."""
    found: list[ThirdPerson] = []
    for pattern in child.name_patterns:
        for match in pattern.finditer(text):
            if any(f.start <= match.start() < f.start + len(f.word) for f in found):
                continue  # part of the full name already found
            if _someone_else_named(text, match, child) or _the_name_itself(text, match.start()):
                continue
            if not _is_vocative(text, match.start(), match.end()):
                found.append(ThirdPerson(match.group(), match.start(), "name"))
    for match in _GENERIC.finditer(text):
        found.append(ThirdPerson(match.group(), match.start(), "generic"))
    if pronouns and child.pronoun_pattern:
        # Judged sentence by sentence: a 'your' in one sentence (or brought into one by a fix) does
        # not make the child's 'he' in another, or earlier in the same one, someone else's.
        named = [f for f in found if f.how in {"name", "generic"}]
        spans = [(start, start + len(sentence)) for start, sentence in sentences(text)] or [(0, len(text))]
        about: set[int] = set()  # sentences that speak of the child before any 'you' in them
        for match in child.pronoun_pattern.finditer(text):
            start, end = next(((s, e) for s, e in spans if s <= match.start() < e), (0, len(text)))
            first_you = SECOND_PERSON.search(text, start, end)
            if first_you is None or match.start() < first_you.start() or start in about:
                # No 'you' yet: with no one else named first, the pronoun is the child's.
                before = len(found)
                if named:
                    # 'Sam has settled and she likes her room': the child is named, so a
                    # pronoun is theirs when the child is the nearest person before it.
                    if _childs_pronoun(text, match, named, child):
                        found.append(ThirdPerson(match.group(), match.start(), "pronoun"))
                        named.append(found[-1])
                elif not _antecedent_before(text, match.start(), child.names):
                    found.append(ThirdPerson(match.group(), match.start(), "pronoun"))
                if len(found) > before and first_you is not None:
                    about.add(start)  # 'He knows why he came into care and your review is a place he can speak'
                continue
            # Written to the child already ('You have settled... and her placement is stable',
            # left by a fix of 'Sam has'): a possessive or object form with nobody else named
            # before it is still the child's. A 'she' may be anyone the reader knows, so not that.
            word = match.group().lower()
            if word not in _POSSESSIVE_OR_OBJECT:
                continue
            if any(f.start <= match.start() < f.start + len(f.word) for f in found):
                continue
            if _about_a_thing(text, match):
                continue  # 'her kittens', 'your pony ... groom her', 'pebbles ... hid them'
            if not _antecedent_before(text, match.start(), child.names) and not _names_before(text, match.start(), found):
                found.append(ThirdPerson(match.group(), match.start(), "pronoun"))
    return sorted(found, key=lambda f: f.start)


_POSSESSIVE_OR_OBJECT = {"her", "hers", "him", "his", "them", "their", "theirs"}


_DETERMINERS = frozenset("the a an your my our his her their this that some two three".split())
#: People's words WordNet also knows as things ('mum', a chrysanthemum).
_PEOPLE = frozenset({"mum", "mums"})
_AFTER_AN_OBJECT = frozenset("in on at to with for from and but or so up down out off over again too back "
                             "every when because".split())


def _about_a_thing(text: str, match: re.Match) -> bool:
    """Beside a 'you', a pronoun that may stand for an animal or a thing, not the child: one
    followed by a thing ('her kittens'), or an object form ('groom her', 'hid them in the park')
    after a thing named earlier in the sentence ('your pony', 'pebbles')."""
    following = _WORD.match(text, match.end() + 1) if text[match.end():match.end() + 1] == " " else None
    if following and following.group().lower() not in _PEOPLE and names_a_thing(following.group()):
        return True
    if match.group().lower() not in {"her", "him", "them"}:
        return False
    if following and following.group().lower() not in _AFTER_AN_OBJECT:
        return False  # 'her carers', 'her placement': a possessive, the child's
    words = [w.group() for w in _WORD.finditer(re.split(r"[.!?]\s", text[:match.start()])[-1])]
    return any(names_a_thing(word) and (word.lower().endswith("s") or words[i - 1].lower() in _DETERMINERS)
               for i, word in enumerate(words) if i > 0)


def _names_before(text: str, position: int, found: list[ThirdPerson]) -> bool:
    """The child named before the pronoun: that finding is the one to fix first."""
    return any(f.start < position for f in found)


_PLURAL_PEOPLE = regexes.compile(
    r"\b(?:[A-Z][a-z]+ and [A-Z][a-z]+(?: [A-Z][a-z]+)?|\w+s\b(?<=carers)|\w*parents|friends|children"
    r"|brothers|sisters|teachers|grandparents|carers|everyone|they|we)\b")
_CLAUSE_BREAK = regexes.compile(r"[,;:.!?]|\b(?:and|but|that|because|when|so|if|while|after|before|until)\b")
_OBJECT_FORMS = {"him", "them", "her", "themself", "themselves"}


def _childs_pronoun(text: str, match: re.Match[str], mentions: list[ThirdPerson], child: ChildWords) -> bool:
    """Whether the child is the nearest person before this pronoun, and it is not a
    reflexive place ('Sam sees her' is someone else: 'Sam sees herself' would be Sam)."""
    start = match.start()
    before = [m for m in mentions if m.start + len(m.word) <= start]
    if not before:
        return False
    last = max(before, key=lambda m: m.start)
    between = text[last.start + len(last.word):start]
    between = re.sub(r"\bfamily (?:time|centre|center|court|home)s?\b", " ", between, flags=re.I)  # no person
    plural_child = bool(child.pronouns) and child.pronouns[0] == "they"
    # Someone else in between: a person word or a name ('her mum', 'Mrs Patel').
    if _antecedent_before(between, len(between), child.names):
        if plural_child or not _only_plural_people(between):
            return False
    word = match.group().lower()
    if word in _OBJECT_FORMS and last.how != "pronoun" or word in {"him", "them"}:
        possessive = word == "her" and _her_owns(text, match.start(), match.end())
        if not possessive and not _CLAUSE_BREAK.search(between):
            return False
    return True


_AFTER_A_PREPOSITION = {"with", "about", "on", "in", "at", "for", "of", "from", "into", "by"}


def _her_owns(text: str, start: int, end: int) -> bool:
    """Whether the 'her' at start:end owns what follows: a thing ('her new school'), or, after a
    preposition, what she does ('with her reading', 'about her swimming'), not 'saw her reading'."""
    if not re.match(r"\s+[a-z]+", text[end:]):
        return False
    if noun_phrase_follows(text, end):
        return True
    after, before = word_after(text, end), word_before(text, start)
    return bool(after and before and before[0].lower() in _AFTER_A_PREPOSITION
                and after[0].lower().endswith("ing") and "NOUN" in lemmas_of(after[0]))


def _only_plural_people(between: str) -> bool:
    """'with Mark and Lisa', 'her carers': people, but not a 'she' or a 'he'."""
    rest = _PLURAL_PEOPLE.sub(" ", between)
    return not _antecedent_before(rest, len(rest), ())


# ------------------------------------------------------------------ the fix: the child written to

_ADVERBS_BETWEEN = {"really", "still", "now", "always", "often", "sometimes", "never", "also",
                    "usually", "already", "just", "only", "clearly", "rarely", "even"}
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


def _subject_edits(text: str, end: int) -> tuple[list[Edit], bool] | None:
    """Edits making the verb after a new subject 'you' agree, and whether they are sure.

    None when the next word is no verb (so the name is not a subject).
    """
    position = end
    for _ in range(3):  # 'Sam really likes', 'Sam still often visits'
        found = word_after(text, position)
        if not found:
            return None
        word, start, stop = found
        if word.lower() in _ADVERBS_BETWEEN or set(lemmas_of(word)) == {"ADV"}:
            position = stop
            continue
        break
    else:
        return None
    if not is_verb(word):
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
            if not only_verb(verb) and ends_here:
                sure = False
    return edits, sure


def person_fix(text: str, start: int, word: str, how: str, pronouns: tuple[str, ...],
               mid_sentence: bool = False) -> TextFix | None:
    """The fix for one place that refers to the child in the third person.

    `how` is "name", "generic" (the child, the young person) or "pronoun". A text printed
    ``mid_sentence`` (a venue) is not capitalised at its start: 'at your school', not 'at Your school'.
    """
    end = start + len(word)
    capital = at_sentence_start(text, start, mid_sentence)
    plain = word.lower().replace("’", "'")
    if how in {"name", "generic"} and plain.endswith("'s"):
        after = word_after(text, end)
        if after and after[0].lower() in {"been", "got", "gone"}:
            return TextFix((Edit(start, end, capitalised("you've", capital)),), True,
                           f"write '{capitalised('you’ve', capital)}' for '{word}'")
        if noun_phrase_follows(text, end):
            return TextFix((Edit(start, end, capitalised("your", capital)),), True,
                           f"write '{capitalised('your', capital)}' for '{word}'")
        # 'Sam's happy', 'Sam's doing well': most likely 'Sam is'.
        new = capitalised("you're", capital)
        return TextFix((Edit(start, end, new),), False, f"write '{new}' for '{word}' (or 'your')")
    if how == "pronoun":
        return _pronoun_fix(text, start, word, capital)
    before = word_before(text, start)
    after = word_after(text, end)
    after_object_word = before is not None and not capital and (
        before[0].lower() in _PREPOSITIONS or (is_verb(before[0]) and set(lemmas_of(before[0])) != {"ADV"}))
    if after and after[0].lower() == "and" and not after_object_word:
        # 'Sam and Zain go': 'You and Zain go' needs an eye.
        return TextFix((Edit(start, end, capitalised("you", capital)),), False,
                       f"write '{capitalised('you', capital)}' for '{word}'")
    agreement = _subject_edits(text, end)
    if agreement is not None and after_object_word and not (after and agreed_verb(after[0])):
        agreement = None  # 'let Sam go', 'help Sam read': the name is the object
    if agreement is not None:
        # A verb follows: the name is the subject ('Sam has', 'Sometimes Sam feels').
        edits, sure = agreement
        opener = (capital or before is None or before[0].lower() in _CLAUSE_OPENERS
                  or "ADV" in lemmas_of(before[0]) or text[:start].rstrip().endswith(","))
        new = capitalised("you", capital)
        return TextFix((Edit(start, end, new), *edits), sure and opener, _describe(word, new, edits, text))
    if after_object_word and (after is None or not is_verb(after[0])):
        return TextFix((Edit(start, end, "you"),), True, f"write 'you' for '{word}'")
    return TextFix((Edit(start, end, capitalised("you", capital)),), False,
                   f"write '{capitalised('you', capital)}' for '{word}' (check the verb agrees)")


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
        new = capitalised("you", capital)
        return TextFix((Edit(start, end, new), *edits), sure, _describe(word, new, edits, text))
    if plain == "her":
        after = word_after(text, end)
        punctuation_next = re.match(r"\s*(?:[.,;:!?)]|$)", text[end:]) is not None
        if punctuation_next or (after and after[0].lower() in _PLAIN_AFTER_OBJECT):
            return TextFix((Edit(start, end, capitalised("you", capital)),), True, f"write 'you' for '{word}'")
        if noun_phrase_follows(text, end):
            new = capitalised("your", capital)
            return TextFix((Edit(start, end, new),), True, f"write '{new}' for '{word}'")
        if _her_owns(text, start, end):  # 'doing well with her reading'
            new = capitalised("your", capital)
            return TextFix((Edit(start, end, new),), True, f"write '{new}' for '{word}'")
        if after and "NOUN" not in lemmas_of(after[0]):  # 'makes her worried', 'let her go'
            return TextFix((Edit(start, end, capitalised("you", capital)),), True, f"write 'you' for '{word}'")
        return TextFix((Edit(start, end, capitalised("you", capital)),), False,
                       f"write 'you' or 'your' for '{word}'")
    if plain in _PRONOUN_FORMS:
        new = capitalised(_PRONOUN_FORMS[plain], capital)
        return TextFix((Edit(start, end, new),), True, f"write '{new}' for '{word}'")
    return None  # neopronouns: the IRO knows how the child wants them rewritten


# ------------------------------------------------------------------ the fix: a whole sentence written to


def whole_sentence_fixes(text: str, child: ChildWords, refs: list[ThirdPerson],
                         fixes: list[TextFix | None], others: frozenset[int] = frozenset()) -> list[TextFix | None]:
    """The fixes of ``refs`` (one each, or None) made whole sentence by sentence, so that a safe fix
    never leaves a sentence part written to the child and part about them ('You are doing well with
    her reading', 'You have settled and Sam likes it').

    Each safe fix that brings in 'you' takes with it the safe fixes of every other place in its
    sentence that refers to the child (the person clicking one fix gets the sentence whole). Where
    such a place has no safe fix, or one of the child's pronouns stands before the first place the
    sentence names the child ('When she is sad, Ellie talks to Mum': who 'she' is needs an eye),
    none of the sentence's fixes that bring in 'you' is safe. A pronoun after the child is named that
    ``third_person`` gives to someone else ('Sam likes Mrs Patel because she is kind') is theirs and
    stays. ``others``: where pronouns stand that are someone else's (an action's doer)."""
    from .text import sentences

    fixes = list(fixes)
    pattern = child.pronoun_pattern
    for start, sentence in sentences(text) or [(0, text)]:
        end = start + len(sentence)
        here = [i for i, ref in enumerate(refs) if start <= ref.start < end]
        safe = [i for i in here if fixes[i] is not None and fixes[i].safe]
        into_you = [i for i in safe if any(SECOND_PERSON.match(e.new) for e in fixes[i].edits)]
        if not into_you:
            continue
        edits = list(dict.fromkeys(e for i in safe for e in fixes[i].edits))
        whole = len(safe) == len(here) and not any(
            a.start < b.end and b.start < a.end for n, a in enumerate(edits) for b in edits[n + 1:])
        first = min(refs[i].start for i in here)
        refers = {refs[i].start for i in here}
        if whole and pattern is not None:
            whole = not any(m.start() < first and m.start() not in others and m.start() not in refers
                            for m in pattern.finditer(text, start, end))
        if not whole:
            for i in into_you:
                fixes[i] = dataclasses.replace(fixes[i], safe=False)
            continue
        together = tuple(sorted(edits, key=lambda e: e.start))
        said = "; ".join(dict.fromkeys(fixes[i].description for i in safe))
        for i in safe:
            fixes[i] = TextFix(together, True, said)
    return fixes


def whole_sentence_word_fix(text: str, fix: TextFix, refs: list[ThirdPerson],
                            fixes: list[TextFix | None]) -> TextFix:
    """A fix of a system word (``fix``) that brings in 'you' ('his LAC review' -> 'your review'),
    made whole with its sentence: it takes with it the safe fixes of every place in that sentence that
    refers to the child (``refs``, fixed by ``fixes`` as ``whole_sentence_fixes`` made them), or, where
    one has none, it is not safe: never 'He knows why he came into care and your review is a place he
    can speak'. A place inside the word's own edit ('his' of 'his LAC review') is fixed by it."""
    if not fix.safe or not any(SECOND_PERSON.match(e.new) for e in fix.edits):
        return fix
    first = min(e.start for e in fix.edits)
    start, end = next(((s, s + len(sentence)) for s, sentence in sentences(text) if s <= first < s + len(sentence)),
                      (0, len(text)))
    here = [i for i, ref in enumerate(refs) if start <= ref.start < end]
    if not here:
        return fix
    if any(fixes[i] is None or not fixes[i].safe for i in here):
        return dataclasses.replace(fix, safe=False)
    edits = list(fix.edits)
    for i in here:
        for edit in fixes[i].edits:
            if edit in edits or any(e.start <= edit.start and edit.end <= e.end for e in fix.edits):
                continue  # made already, or inside the word's own edit
            if any(edit.start < e.end and e.start < edit.end for e in edits):
                return dataclasses.replace(fix, safe=False)
            edits.append(edit)
    said = "; ".join(dict.fromkeys([fix.description] + [fixes[i].description for i in here]))
    return TextFix(tuple(sorted(edits, key=lambda e: e.start)), True, said)
