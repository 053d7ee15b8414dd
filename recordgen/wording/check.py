"""Checking that a record speaks to the child in words that fit them."""

from __future__ import annotations

import dataclasses
from collections import Counter
from enum import StrEnum
import re
from functools import lru_cache
from typing import Iterable, Literal

from ..i18n.languages import is_english
from ..rules.ages import band_for
from ..record.diagnostics import format_path
from ..record.loading import LoadedRecord
from ..record.model import HEADED_SECTIONS, Role
from ..record.roles import FAMILY_ROLES, KNOWN_ROLES, ROLE_PARTS, own_names
from ..rules.kinship import family_carer
from ..record.settings import AgeBandSettings, LanguageSettings, Settings
from ..support.lexicon import zipf
from .text import SECOND_PERSON
from . import actions, glossary, officialese, readability, voice
from .markers import find_markers, marker_for, node_spans
from .edits import Edit, Fix, Place, Span, TextFix, apply_edits
from .glossary import system_word_fix
from .grammar import MODALS, agreed_verb, lemmas_of
from .voice import person_fix
from .familiar import in_open_compound, in_rights_name, is_hard, unknown_initialism, unlisted_word
from .text import WORD, explained, mask_quotes, quoted_spans, sentences, words
from ..support import regexes

class FindingKind(StrEnum):
    """What a language finding is about; the value is what `check` prints and an allow marker names."""

    system_word = "system-word"
    third_person = "third-person"
    reading_level = "reading-level"
    action = "action"

    @property
    def label(self) -> str:
        """For the IRO at the page, before the finding's message: 'A word the child may not like'."""
        return _KIND_WORDS[self][0]

    def counted(self, count: int) -> str:
        """In the summary line: '1 system word', '2 system words'."""
        one, many = _KIND_WORDS[self][1:]
        return f"{count} {one if count == 1 else many}"


_KIND_WORDS = {   # the page's label; the summary's words for one and for many
    FindingKind.system_word: ("A word the child may not like", "system word", "system words"),
    FindingKind.third_person: ("Written about the child, not to them", "written about, not to, the child",
                               "written about, not to, the child"),
    FindingKind.reading_level: ("Hard to read", "reading level", "reading level"),
    FindingKind.action: ("Action", "action", "actions"),
}
KINDS: tuple[FindingKind, ...] = tuple(FindingKind)
Field = Literal["item", "who", "what", "phrase", "role", "contributed", "own_contributed"]

# Everyday words for the long words IROs reach for; used in suggestions only.
_PLAIN = {
    "significantly": "a lot", "considerably": "a lot", "appropriate": "right",
    "appropriately": "well", "unfortunately": "sadly", "currently": "now",
    "additional": "more", "assessment": "check", "beneficial": "helpful",
    "communicate": "talk", "communication": "talking", "consideration": "thought",
    "considered": "thought about", "demonstrated": "shown", "determined": "decided",
    "emotional": "about feelings", "educational": "school", "information": "what we know",
    "intervention": "help", "necessary": "needed", "particular": "this",
    "recognised": "saw", "regarding": "about", "requirements": "needs",
    "therapeutic": "helping", "wellbeing": "how you feel", "difficult": "hard",
    "accommodation": "a place to live", "arrangements": "plans", "approximately": "about",
    "commented": "said", "confidence": "feeling sure of yourself", "improved": "got better",
    "increased": "more", "involved": "who help", "professionals": "the people who help you",
    "regulation": "calming down", "dysregulated": "upset", "attendance": "going to school",
    "available": "we have", "comprehensive": "full", "concluded": "decided",
    "recommendations": "ideas", "implemented": "used", "entitlement": "right",
    "independent": "on your own", "documentation": "forms", "satisfactory": "good enough",
    "premature": "too soon", "resilience": "strength", "remarkable": "amazing",
    "extremely": "very", "developmental": "growing", "milestones": "steps",
    "opportunity": "chance", "experience": "time", "immediately": "straight away",
    "parenting": "looking after children", "anxiety": "worry", "anxious": "worried",
    "circumstances": "what is happening", "acknowledged": "said", "incorporated": "put in",
    "reported": "told us", "experiencing": "having", "separation": "being apart",
    "participating": "taking part", "enthusiastically": "with lots of energy",
    "foreseeable": "a long time", "reservations": "worries", "concerning": "about",
    "capacity": "being able", "independently": "on your own", "responsibilities": "jobs",
    "notwithstanding": "even with", "identified": "seen", "expressed": "said",
    "application": "asking", "determine": "decide", "progress": "getting better",
    "differentiated": "different", "strategies": "ways", "qualifications": "exams",
    "financial": "money", "assistance": "help", "continuing": "more", "dependent": "depends",
    "concentrated": "worked", "developing": "learning", "monitored": "watched",
    "supportive": "helpful",
    # The formal verbs of letters, each with the everyday verb the plain-English guides give for it (the Plain
    # English Campaign's A to Z of alternative words): office words, whatever age a child hears them at.
    "attend": "go to", "purchase": "buy", "consult": "ask", "exhibit": "show", "obtain": "get",
    "assist": "help", "commence": "start", "reside": "live", "request": "ask for", "require": "need",
    "endeavour": "try", "inform": "tell", "notify": "tell", "ensure": "make sure", "utilise": "use",
    "terminate": "end", "ascertain": "find out", "acquire": "get", "enquire": "ask", "retain": "keep",
    "depart": "leave",
}


@dataclasses.dataclass(frozen=True)
class Finding:
    """One thing a senior IRO would mark in red, and what to write instead."""

    file: str
    line: int | None
    #: The field, as a value: ('actions', 1, 'what'); `path` writes it for people.
    loc: Place
    kind: FindingKind
    message: str
    suggestion: str
    fix: Fix | None = None
    #: The word or phrase found ('contact', 'Sam'), which an allow marker can name.
    word: str | None = None
    #: The marker that allowed this finding on purpose ('# recordgen: allow contact'), if any.
    allowed: str | None = None
    #: Where in the field's text the words it is about stand (none for a long sentence, or a
    #: heading's reading grade), so the page marks those and no others.
    spans: tuple[Span, ...] = ()

    @property
    def path(self) -> str:
        """'actions.2.what': the place as people read it (lists count from 1)."""
        return format_path(self.loc)

    def __str__(self) -> str:
        line = self.line if self.line is not None else "?"
        return f"{self.file}:{line}: {self.path}: [{self.kind}] {self.message} -> {self.suggestion}"

    def as_dict(self) -> dict:
        fix = None
        if self.fix is not None:
            fix = {"new": self.fix.new, "safe": self.fix.safe, "description": self.fix.description}
        return {"file": self.file, "line": self.line, "path": self.path, "kind": str(self.kind),
                "message": self.message, "suggestion": self.suggestion, "word": self.word,
                "fix": fix, "allowed": self.allowed}


@dataclasses.dataclass(frozen=True)
class Note:
    """A finding in one text, before it is placed in a file."""

    kind: FindingKind
    message: str
    suggestion: str
    fix: TextFix | None = None
    word: str | None = None
    #: For system words, the glossary entry ('contact' for 'contacts'), which a marker can name too.
    term: str | None = None
    #: Where in the text the words it is about stand.
    spans: tuple[Span, ...] = ()


def band_ages(band: str, cuts: AgeBandSettings | None = None) -> str:
    cuts = cuts or AgeBandSettings()
    starts = {"early": 0, "young": cuts.young, "middle": cuts.middle, "teen": cuts.teen,
              "young_adult": cuts.young_adult}
    order = list(starts)
    low = starts[band]
    if band == order[-1]:
        return f"ages {low} and over"
    high = starts[order[order.index(band) + 1]] - 1
    return f"under {high + 1}s" if low == 0 else f"ages {low} to {high}"


def check_text(
    text: str,
    *,
    field: Field = "item",
    band: str = "teen",
    child: voice.ChildWords,
    settings: LanguageSettings | None = None,
    age_bands: AgeBandSettings | None = None,
    names: frozenset[str] = frozenset(),
    for_adults: bool = False,
    who: str | None = None,
    english: bool = True,
) -> list[Note]:
    """Everything wrong with one text the IRO wrote; quoted words are left alone.

    A text not ``english`` (the record marks it ``language: cy``): the word lists, the sentence lengths
    and the third-person rules are English's, so only a system word ('LAC' in a Welsh sentence) is found,
    with no fix that would put English words into it.

    ``who``: an action's `who`, for its `what`: a pronoun there that agrees with that person is
    theirs ("Bring some feelings cards next time he visits", who "Ciaran Doyle (your social worker)").

    `names` are the lower-cased names of people and places in the record, which
    are never hard words. A text `for_adults` (kept from the child, printed only in the adults'
    part) is written about the child, for adults: no rule for writing to the child applies (third
    person, reading level), and no fix may bring in "you"; its system words are still found, as
    jargon a parent may not know either.
    """
    settings = settings or LanguageSettings()
    masked = mask_quotes(text)
    # A venue, a role or how someone took part is printed inside a sentence ('We met at your school'):
    # a fix there starts with a small letter.
    mid_sentence = field in _MID_SENTENCE
    notes: list[Note] = []
    system_words: list[glossary.Hit] = []
    if field == "who":
        problem = actions.who_problem(text)
        if problem:
            # A 'who' that is only 'SW' or 'LA' is one problem, not two.
            message, suggestion, span = problem
            return [Note(FindingKind.action, message, suggestion, spans=_nonempty(span))]
    for hit in glossary.build(settings.glossary).find(masked):
        system_words.append(hit)
        if hit.entry.legal and explained(masked, hit.end):
            continue  # kept and explained, as asked: 'sectioned, which means doctors kept you in hospital'
        swap = glossary.replacement(hit.entry, hit.word)
        fix = (system_word_fix(masked, hit.start, hit.end, swap[0], swap[1], hit.entry.case_sensitive,
                               mid_sentence=mid_sentence) if swap else None)
        if fix is not None and for_adults and any(SECOND_PERSON.search(e.new) for e in fix.edits):
            fix = None  # "your social worker" would speak to the adult reading it
        notes.append(Note(
            FindingKind.system_word,
            (f"'{hit.word}' is a legal term that a child may not know" if hit.entry.legal else
             f"'{hit.word}' is a system word that young people have asked us not to use"),
            (f"keep it (another word would change what it says) and say what it means: {hit.entry.instead}"
             if hit.entry.legal else f"say instead: {hit.entry.instead}"), fix, hit.word, hit.entry.term, ((hit.start, hit.end),),
        ))
    if not english:
        return [dataclasses.replace(note, fix=None) for note in notes]
    if field == "who" or for_adults:
        notes = _no_fix_into_quotes(text, notes)
        if field == "what":
            notes.extend(_action_notes(text))
        return notes
    # How someone else shared their views: 'her' there is that person.
    refs = voice.third_person(masked, child, pronouns=field != "contributed")
    if field == "own_contributed" and child.pronoun_pattern and not SECOND_PERSON.search(masked):
        # The child's own 'told Wendy what she wanted me to know' is read to them as 'You: ...': its
        # subject is the child, so a 'she' after 'Wendy' is theirs too (a human eye decides).
        seen = {r.start for r in refs}
        refs = sorted(refs + [voice.ThirdPerson(m.group(), m.start(), "pronoun")
                              for m in child.pronoun_pattern.finditer(masked) if m.start() not in seen],
                      key=lambda r: r.start)
    doer = _doer(who, child) if field == "what" and who else None
    doers: frozenset[int] = frozenset()
    if doer is not None:
        doers = frozenset(m.start() for m in (child.pronoun_pattern.finditer(masked) if child.pronoun_pattern else ())
                          if _agrees(m.group(), doer))
        refs = [ref for ref in refs if not (ref.how == "pronoun" and ref.start in doers)]
    fixes = []
    for ref in refs:
        fix = person_fix(masked, ref.start, ref.word, ref.how, child.pronouns, mid_sentence=mid_sentence)
        if fix is not None and ref.how == "pronoun" and (SECOND_PERSON.search(masked) or field == "own_contributed"
                                                         or doer is not None and not doer.several):
            # Or in what one other person does ('Mum: ring when he can'): the 'he' may be someone else.
            # Beside a 'you', 'her room' may be someone else's the reader knows of: a human eye decides.
            fix = dataclasses.replace(fix, safe=False)
        fixes.append(fix)
    # A sentence is fixed whole or not safely: never 'You are doing well with her reading'.
    fixes = voice.whole_sentence_fixes(masked, child, refs, fixes, doers)
    # A system word's fix that brings in 'your' takes its sentence with it, or is not safe.
    notes = [dataclasses.replace(note, fix=voice.whole_sentence_word_fix(masked, note.fix, refs, fixes))
             if note.kind == FindingKind.system_word and note.fix is not None else note for note in notes]
    for ref, fix in zip(refs, fixes):
        if ref.how == "pronoun":
            message = f"'{ref.word}' is about the child, but the record is written to them"
        else:
            message = f"'{ref.word}' talks about the child, but the record is written to them"
        notes.append(Note(FindingKind.third_person, message, _second_person(ref.word, ref.how), fix, ref.word,
                          spans=((ref.start, ref.start + len(ref.word)),)))
    notes = _no_fix_into_quotes(text, notes)
    if field in {"item", "what"}:
        # A system word is already a finding: it is not a hard word as well.
        for hit in system_words:
            masked = masked[:hit.start] + " " * (hit.end - hit.start) + masked[hit.end:]
        notes.extend(reading_notes(masked, band, settings, age_bands, names))
    elif field == "role":
        # "Brenda Marsh (nana and kinship carer)" is read to a 3-year-old: its hard words, not its length.
        notes.extend(note for note in reading_notes(masked, band, settings, age_bands, names) if note.word)
    if field == "what":
        notes.extend(_action_notes(text))
    return notes


#: Fields printed inside a sentence of the copy, never at its start: the venue ('at <venue>'), a role
#: ('Amina (<role>)'), how someone took part ('Tanya Price (mum): <contributed>').
_MID_SENTENCE = frozenset({"phrase", "role", "contributed", "own_contributed"})
#: Words of a `who` that name more than one person.
_SEVERAL = regexes.compile(r"\b(?:and|carers|parents|team|staff|everyone|family|we|us)\b|&|,|/", re.IGNORECASE)
_SHE, _HE = frozenset({"she", "her", "hers", "herself"}), frozenset({"he", "him", "his", "himself"})


@dataclasses.dataclass(frozen=True)
class _Doer:
    several: bool
    gender: str | None  # "female", "male", or None: not known


def _doer(who: str, child: voice.ChildWords) -> _Doer | None:
    """Who does an action, as a pronoun in its `what` may point to them; None when it is, or takes in,
    the child ('You', 'You and Sue (your carer)', 'Sam and his carers')."""
    from ..record.roles import person_gender  # the record's people words, not needed by every check
    outside = re.sub(r"\([^()]*\)", " ", who)
    if re.search(r"\byou\b", outside, re.IGNORECASE) or voice.third_person(outside, child, pronouns=False):
        return None
    match = re.fullmatch(r"\s*([^()]*?)\s*(?:\(([^()]*)\))?\s*", who)
    name, role = (match.group(1), match.group(2) or "") if match else (who, "")
    several = bool(_SEVERAL.search(name) or _SEVERAL.search(role))
    return _Doer(several, None if several else person_gender(name, role or name))


def _agrees(word: str, doer: _Doer) -> bool:
    """A pronoun that may stand for the action's doer: any 'he', 'she' or 'they' for one person whose
    gender the record does not say; the one of their gender; 'they' for several."""
    plain = word.lower()
    if doer.several:
        return plain not in _SHE | _HE
    if plain in _SHE:
        return doer.gender in (None, "female")
    if plain in _HE:
        return doer.gender in (None, "male")
    return True  # 'they' for one person


def _action_notes(text: str) -> list[Note]:
    problem = actions.what_problem(text)
    if not problem:
        return []
    message, suggestion, span = problem
    return [Note(FindingKind.action, message, suggestion, spans=_nonempty(span))]


def _nonempty(span: Span) -> tuple[Span, ...]:
    return (span,) if span[0] < span[1] else ()  # an empty 'who' has nothing to mark


def _no_fix_into_quotes(text: str, notes: list[Note]) -> list[Note]:
    """A fix that would reach into quoted words (the child's) is no fix."""
    quoted = quoted_spans(text)
    if not quoted:
        return notes
    return [dataclasses.replace(n, fix=None)
            if n.fix and any(e.start < b and a < e.end for e in n.fix.edits for a, b in quoted) else n
            for n in notes]


_SECOND = {"she": "you", "he": "you", "they": "you", "her": "you or your", "him": "you",
           "his": "your", "their": "your", "them": "you", "hers": "yours", "theirs": "yours",
           "herself": "yourself", "himself": "yourself", "themself": "yourself",
           "themselves": "yourself"}


def _second_person(word: str, how: str) -> str:
    plain = word.lower()
    if plain.endswith(("'s", "’s")):
        return f"write to the child: 'your' instead of '{word}'"
    if how == "pronoun" and plain in _SECOND:
        return f"write to the child: '{_SECOND[plain]}' instead of '{word}'"
    return f"write to the child: 'you' instead of '{word}'"


def _ages(band: str, age_bands: AgeBandSettings | None) -> str:
    ages = band_ages(band, age_bands)
    return "under 5" if ages == "under 5s" else ages


@lru_cache(maxsize=32)
def _suggested_words(overrides: tuple[tuple[str, str], ...]) -> frozenset[str]:
    """Every word the glossary itself suggests: never a hard word."""
    entries = glossary.build(dict(overrides)).entries
    # A one-word glossary term ('placement') is for the glossary to judge: 'a work placement' is fine.
    terms = frozenset(e.term.lower() for e in entries if " " not in e.term)
    # Not the capitalised words of a name spelt out ('your Independent Reviewing Officer'): no plain word offered.
    return terms | frozenset(w.lower() for e in entries for w in WORD.findall(e.instead)
                             if not w[:1].isupper()) | frozenset(
        w.lower() for plain in _PLAIN.values() for w in WORD.findall(plain))


# Words of letters and reports, with a plainer word: the higher bar of derived words.
# The rest of _PLAIN are everyday words with a plainer one still ('anxious': 'worried').
_POSSESSIVE = regexes.compile(r"['’]s$")


@lru_cache(maxsize=32)
def _familiar(words_: tuple[str, ...]) -> frozenset[str]:
    return frozenset(w.lower() for w in words_)


_OFFICE = frozenset(_PLAIN) - {
    "anxious", "parenting", "progress", "developing", "continuing", "reported", "difficult",
    "improved", "increased", "information", "experience", "involved", "available", "emotional",
    "financial", "separation", "identified", "expressed", "monitored", "concerning", "supportive",
    "independent", "confidence", "particular", "necessary", "remarkable", "extremely", "immediately",
}


def _looks_like_a_name(word: str, sentence: str) -> bool:
    """A capital word opening a sentence that is a name: 'Ro, you...', 'Sian will help', and a given name that is
    a word too before a verb that agrees with it as its subject ('Sue says', 'Will said', 'Mark thinks'; not
    'Sue them')."""
    if re.match(rf"{re.escape(word)}\s*,", sentence):
        return True
    if not lemmas_of(word):
        return True
    from ..rules.people import GIVEN_NAMES  # the record's people words: only for a capital opening a sentence
    following = words(sentence)[1:2]
    return word.lower() in GIVEN_NAMES and bool(following) and _agrees_with_a_subject(following[0])


def _agrees_with_a_subject(word: str) -> bool:
    """A verb that has a subject before it: the third person's present ('says'), a past form ('said', 'told') or a
    modal ('will'); not a verb's bare form ('sue them') nor a word that is no verb ('Will you...')."""
    plain = word.lower()
    if agreed_verb(plain) is not None or plain in MODALS:
        return True
    verb = lemmas_of(plain).get("VERB") or ()
    return bool(verb) and plain not in verb and not plain.endswith("ing")


# Hard words with a plain word that takes their place as it is ('improved considerably'
# -> 'improved a lot'): offered as fixes that need a human eye (--unsafe-fixes). Not
# "concluded" (a court's or an assessment's finding is not a decision) nor "demonstrated"
# ("you demonstrated" is not "you shown"): their plain words are suggested, not written.
_SWAPS = {
    "significantly": "a lot", "considerably": "a lot", "currently": "now", "unfortunately": "sadly",
    "approximately": "about", "regarding": "about", "immediately": "straight away",
    "commented": "said", "beneficial": "helpful",
    "necessary": "needed", "extremely": "very", "remarkable": "amazing", "additional": "extra",
}


def _swap_fix(text: str, word: str) -> TextFix | None:
    swap = _SWAPS.get(word.lower())
    if swap is None:
        return None
    edits = tuple(Edit(m.start(), m.end(), swap[:1].upper() + swap[1:] if m.group()[0].isupper() else swap)
                  for m in re.finditer(rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-])", text))
    return TextFix(edits, False, f"write '{swap}' for '{word}'") if edits else None


# The word after these is a verb: 'to implement' (not the tool), 'help safeguard'.
_BEFORE_A_VERB = frozenset({"to", "will", "would", "can", "could", "must", "should", "may", "might", "shall",
                            "help", "helps", "helped"})
# ...and an -ing word after these: 'are monitoring'.
_BEFORE_A_PARTICIPLE = frozenset({"am", "is", "are", "was", "were", "be", "been", "being", "i'm", "you're", "we're",
                                   "they're"})


# The word after these, when no English list knows it, is the name of a thing that is theirs or that they like
# ('your pierogi', 'loves jollof', 'cooked injera'): often a dish of the family's own language (blind review 32).
_A_THING_NAMED = frozenset({"your", "my", "our", "his", "her", "their", "love", "loves", "loved", "like", "likes",
                            "liked", "enjoy", "enjoys", "enjoyed", "favourite", "cook", "cooks", "cooked", "make",
                            "makes", "made", "bake", "bakes", "baked", "eat", "eats", "ate"})


# The word after these is the game played ('play tig', 'playing conkers'): a child's word, whatever its
# frequency in adult text.
_PLAY = frozenset({"play", "plays", "played", "playing"})


def _caseless(word: str) -> bool:
    """Written in a script with no capitals (Arabic, Hebrew, Devanagari, Bengali, Chinese...)."""
    return not any(ch.isupper() or ch.islower() for ch in word)


def reading_notes(text: str, band: str, settings: LanguageSettings,
                  age_bands: AgeBandSettings | None = None,
                  names: frozenset[str] = frozenset()) -> list[Note]:
    """Long sentences and hard words in one text (quoted words already masked), each its own note."""
    notes: list[Note] = []
    ages = _ages(band, age_bands)
    limit = settings.sentence_words.get(band)
    parts = sentences(text) or [(0, text)]
    for _, sentence in parts:
        count = len(words(sentence))
        if limit and count > limit:
            start = " ".join(sentence.split()[:5])
            split = _split_point(sentence)
            fix = (f"split it, e.g. start a new sentence at '{split}'" if split
                   else "split it into shorter sentences, one idea in each")
            notes.append(Note(FindingKind.reading_level,
                              f"the sentence '{start}...' has {count} words; the limit for {ages} is {limit}",
                              fix))
    threshold = settings.hard_word_zipf.get(band)
    derived = settings.derived_word_zipf.get(band)
    if threshold is not None:
        # The compound prepositions of letters ('prior to', 'in relation to'): hard as a phrase, their words
        # everyday, and not hard words as well ('subsequent to' is one note).
        for start, end, phrase, instead in officialese.find(text):
            notes.append(Note(FindingKind.reading_level,
                              f"'{phrase}' is a phrase of official letters a child {ages.replace('ages', 'aged')} "
                              "may not know", f"say instead: {instead}", word=phrase, spans=((start, end),)))
            text = text[:start] + " " * (end - start) + text[end:]
        parts = sentences(text) or [(0, text)]
        known_by, late_from = settings.known_word_age.get(band), settings.late_word_age.get(band)
        aoa = (known_by, late_from) if known_by is not None and late_from is not None else None
        exempt = _suggested_words(tuple(sorted(settings.glossary.items())))
        familiar = _familiar(tuple(settings.familiar_words))
        hard: list[str] = []
        for begins, sentence in parts:
            found = list(WORD.finditer(sentence))
            sentence_words = [match.group() for match in found]
            for position, word in enumerate(sentence_words):
                plain = _POSSESSIVE.sub("", word).lower()
                if (unknown_initialism(word, known_by) and plain not in exempt and plain not in names
                        and re.search(rf"(?<![\w/-]){re.escape(word)}(?![\w/-])", sentence)  # not 'TS-00001'
                        and word.lower() not in (h.lower() for h in hard)):
                    hard.append(word)  # 'MRI' to the under-5s: letters, not yet a word
                    continue
                if (word.isupper() or plain in exempt or plain in names or _caseless(word)
                        or (word[0].isupper() and (position > 0 or _looks_like_a_name(word, sentence)))):
                    # Acronyms are system words; a capital inside a sentence is a name, and so is a
                    # word in a script without capitals (a friend's name in Arabic, Bengali, Chinese).
                    continue
                before = sentence_words[position - 1].lower().replace("’", "'") if position > 0 else ""
                if before in _PLAY:
                    continue
                if (before in _A_THING_NAMED or before.endswith("'s")) and unlisted_word(word):
                    continue  # 'everyone loves your pierogi': the name of a dish, of the family's own kitchen
                if explained(text, begins + found[position].end()):
                    continue  # 'You are on remand, which means the court has said...': said in the same sentence
                verb = before in _BEFORE_A_VERB or (before in _BEFORE_A_PARTICIPLE and plain.endswith("ing"))
                if (is_hard(word, threshold, familiar, derived, _OFFICE, aoa, verb) and word.lower() not in (h.lower() for h in hard)
                        and not in_open_compound(sentence_words, position)
                        and not in_rights_name(sentence_words, position)):
                    hard.append(word)
        # Every place of each word, so a hard word's note points at all of them.
        places: dict[str, list[Span]] = {}
        for start, sentence in (parts if hard else ()):
            for match in WORD.finditer(sentence):
                places.setdefault(match.group().lower(), []).append((start + match.start(), start + match.end()))
        for word in hard[:3]:
            plain = _PLAIN.get(word.lower())
            notes.append(Note(
                FindingKind.reading_level, f"'{word}' is a word a child {ages.replace('ages', 'aged')} may not know",
                f"say instead: {plain}" if plain else f"use an everyday word, or say what '{word}' means",
                _swap_fix(text, word), word, spans=tuple(places[word.lower()])))
    if len(words(text)) >= settings.grade_min_words:
        note = grade_note(text, band, settings, age_bands)
        if note:
            notes.append(note)
    return notes


def grade_note(text: str, band: str, settings: LanguageSettings,
               age_bands: AgeBandSettings | None = None, where: str = "this text") -> Note | None:
    """A note when enough text reads above the band's ceiling, naming its hardest sentences."""
    ceiling = settings.grade_ceilings.get(band)
    if ceiling is None or len(words(text)) < settings.grade_min_words:
        return None
    reading = readability.measure(text)
    grade = round(reading.grade, 1)  # as reported, so "grade 6.0, ceiling 6" is never a finding
    if grade <= ceiling:
        return None
    scored = sorted(((readability.measure(s).grade, s) for _, s in sentences(text)), reverse=True)
    hardest = "; ".join(f"'{' '.join(s.split()[:6])}...'" for _, s in scored[:2])
    return Note(FindingKind.reading_level,
                f"{where} reads at grade {grade:.1f} over {reading.words} words; the ceiling for "
                f"{_ages(band, age_bands)} is {ceiling:g}",
                f"use shorter sentences and everyday words, starting with the hardest: {hardest}")


def _split_point(sentence: str) -> str | None:
    """Where a long sentence could become two: a comma, or 'and you...', near its middle."""
    middle = len(sentence) / 2
    places = [m for m in re.finditer(r",\s+(?:and\s+|but\s+|so\s+)?(\w+(?:\s+\w+)?)|\s(?:and|but|so|because)\s+((?:you|your|we|I|it|that|this)\s+\w+)", sentence)]
    if not places:
        return None
    best = min(places, key=lambda m: abs(m.start() - middle))
    return best.group(1) or best.group(2)


def record_names(record) -> frozenset[str]:
    """Lower-cased words of the names of people and places in the record: never hard words."""
    texts = [record.child.name, record.child.known_as or "", record.review.chair.name, record.review.venue,
             record.placement.carers, record.placement.address, record.placement.school or ""]
    texts += [a.name for a in record.review.attendees] + [r.name for r in record.distribution]
    texts += [a.who for a in record.actions]
    if record.scale:
        texts.append(record.scale.by)
    found = set()
    for text in texts:
        for word in WORD.findall(text):
            if word[0].isupper():
                found.add(re.sub(r"['’]s$", "", word).lower())
    return frozenset(found | _family_words(record))


_WHOSE = re.compile(r"^(?:(?:your|the child's|my)\s+|\S+['’]s\s+)", re.IGNORECASE)


def _family_words(record) -> set[str]:
    """The family's own word for a relative, as the record gives someone's relation ("nani", "babcia",
    "Shazia Begum (your nani)"): the child's own word, never a hard one. Not a professional's role
    ("advocate"), nor a role of more words ("kinship carer")."""
    roles = [p.role for p in record.review.attendees]
    roles += re.findall(r"\(([^()]*)\)", " ".join([record.placement.carers] + [a.who for a in record.actions]
                                                   + [r.name for r in record.distribution]))
    words = set()
    for role in roles:
        for part in ROLE_PARTS.split(role.strip()):
            written = _WHOSE.sub("", part.strip())
            word = written.casefold()
            # A word of another language no English list knows ("babcia", "mamgu"), not an initialism ("CAMHS").
            theirs = word.isalpha() and not written.isupper() and word not in KNOWN_ROLES and zipf(word) == 0
            if word and " " not in word and (word in FAMILY_ROLES or theirs):
                words.add(word)
    return words


def _field_of(loc: tuple) -> Field:
    if loc[0] == "actions":
        return "who" if loc[-1] == "who" else "what"
    if loc == ("review", "venue"):
        return "phrase"  # a place, not a sentence: no reading level
    if loc[-1] == "role":
        return "role"  # 'social worker', 'mum': a label, not a sentence, printed in the child's letter
    if loc[-1] == "contributed":
        return "contributed"  # 'sent a report': a note on the attendance list
    return "item"


def other_language_texts(record) -> list[tuple[tuple, str]]:
    """(place, language) of each text `check` reads that the record marks as written in another
    language than English (``language: cy``): checked for system words only."""
    from ..translation.items import written_in

    showed = (record.review.participation or "").upper() == "PN3"
    found = []
    for loc, _text, _withheld in record.free_texts():
        if loc[0] == "child_views" and not showed:
            continue  # the child's own words: never checked in any language
        language = written_in(record, loc)
        if not is_english(language):
            found.append((tuple(loc), language))
    return found


def check_record(loaded: LoadedRecord, settings: Settings | None = None, *,
                 include_allowed: bool = False, unused: list | None = None) -> list[Finding]:
    """Findings for every text the IRO wrote; the child's own words are never checked.

    A finding allowed by a marker in the record (``# recordgen: allow contact``) is
    left out, or kept with ``allowed`` set when `include_allowed` is true. Markers
    that allowed nothing (a misspelt word, a finding since fixed) are added to
    `unused` when it is given.
    """
    settings = settings or Settings()
    record = loaded.record
    band = band_for(record.child, record.review.date, settings.age_bands)
    child = voice.ChildWords.of(record.child.name, record.child.known_as, record.child.pronouns)
    source = loaded.source.decode("utf-8-sig", errors="replace") if loaded.source else ""
    markers = find_markers(source)
    spans = node_spans(source) if markers else {}
    names = record_names(record)
    child_names = own_names(record.child)
    other_language = dict(other_language_texts(record))
    findings: list[Finding] = []
    used_markers: set[int] = set()

    def add(loc: tuple, note: Note, text: str | None) -> None:
        here = marker_for(markers, spans, loc) if markers else []
        used = next((m for m in here if m.allows_any(note.kind, note.word, note.term)), None)
        allowed = used.text if used else None
        if used:
            used_markers.add(used.line)
        if allowed and not include_allowed:
            return
        fix = None
        if note.fix is not None and text is not None:
            fix = Fix(loc, text, apply_edits(text, note.fix.edits), note.fix.safe, note.fix.description,
                      note.fix.edits)
        findings.append(Finding(loaded.file, loaded.line_of(loc), loc, note.kind, note.message,
                                note.suggestion, fix, note.word, allowed, note.spans))

    # The child's own words are never corrected; under PN3 ("What you showed us") they are the
    # IRO's description of what the child showed, written to the child like every other item.
    showed = (record.review.participation or "").upper() == "PN3"
    for loc, text, withheld in record.free_texts():
        if loc[0] == "child_views" and not showed:
            if (reported := _reported_view(text, child)) is not None:
                add(loc, reported, text)
            continue
        field = _field_of(loc)
        if field == "contributed" and record.review.attendees[loc[2]].is_child:
            field = "own_contributed"
        who = record.actions[loc[1]].who if field == "what" else None
        family = family_carer(text, child_names) if field == "role" and loc[:2] == ("review", "attendees") \
            else None
        if family is not None and Role.child not in withheld:
            # A family carer's role ("nan and kinship carer"): the child's copy prints them by the family word
            # ("Your nan, Bernadette"), never the role; the adults' lists print the role as written. Each is
            # judged for its reader: the role as the adults' (its system words still jargon to a parent), the
            # family word as the child's (placed at that word when the role writes it so, else at the role).
            for note in check_text(text, field=field, band=band, child=child, settings=settings.language,
                                   age_bands=settings.age_bands, names=names, for_adults=True,
                                   english=loc not in other_language):
                add(loc, note, text)
            at = text.casefold().find(family.casefold())
            for note in check_text(family, field=field, band=band, child=child, settings=settings.language,
                                   age_bands=settings.age_bands, names=names, english=loc not in other_language):
                add(loc, dataclasses.replace(note, fix=None, spans=tuple(
                    (start + at, end + at) for start, end in note.spans) if at >= 0 else ()), None)
            continue
        for note in check_text(text, field=field, band=band, child=child,
                               settings=settings.language, age_bands=settings.age_bands, names=names,
                               for_adults=Role.child in withheld, who=who, english=loc not in other_language):
            add(loc, note, text)
    for heading in HEADED_SECTIONS:  # a heading's items together are enough text for a reading grade
        # Those kept from the child are read only by adults, in a part of their own; those in another
        # language are not measured by English's grade.
        items = [mask_quotes(item.text) for item in getattr(record, heading)
                 if Role.child not in item.withhold_from and is_english(item.language or "en")]
        # Each item is a sentence or two of its own: they are read one after another.
        joined = " ".join(t if t.rstrip().endswith((".", "!", "?")) else t + "." for t in items)
        note = grade_note(joined, band, settings.language, settings.age_bands,
                          where=f"'{heading.replace('_', ' ')}'")
        if note:
            add((heading,), note, None)
    if unused is not None:
        unused.extend(m for m in markers if m.line not in used_markers)
    return findings


def _reported_view(text: str, child) -> Note | None:
    """A view written about the child ("Yusuf told Jenny he likes the big garden"): the IRO's account, which
    the copy prints under "What you told me" as the child's own words. Nothing else in a view is checked."""
    masked = mask_quotes(text)
    refs = [ref for ref in voice.third_person(masked, child, pronouns=False) if ref.how == "name"]
    if refs:
        word, start = refs[0].word, refs[0].start
    elif (opening := _pronoun_reporting(masked, child)) is not None:
        word, start = opening.group("pronoun"), opening.start("pronoun")
    else:
        return None
    return Note(FindingKind.third_person,
                f"'{word}' is about the child: their views are printed as their own words, under 'What you told me'",
                "write what the child said, as they said it ('I like the big garden'), or put your account in "
                "another section", None, word, spans=((start, start + len(word)),))


#: Verbs that report what someone said: "She told me ...", "He said ...", "They said that ...".
_REPORTING = r"(?:told|tells|said|says|explained|explains|shared|shares|asked|asks|wrote|writes|let\s+me\s+know)"
#: Who was told, right after the verb ("told me", "said to Jenny"), and a "that" after it.
_TOLD_WHOM = r"(?:\s+(?i:to\s+)?(?:(?i:me|us)|[A-Z][\w'’-]*))?(?:\s+(?i:that))?\b"
#: The view's own "I", "me", "my", "we": a child who writes them is speaking, whoever "she" is.
_FIRST_PERSON = regexes.compile(r"\b(?:I|I['’](?:m|ve|d|ll)|me|my|mine|myself|we|us|our|ours)\b", re.IGNORECASE)


def _pronoun_reporting(masked: str, child) -> re.Match | None:
    """A view that opens with the child's own subject pronoun and a verb of saying ("She told me she wants
    to stay with Jo", "He said he likes ...", "They said that ..."), with no "I", "me", "my" of the child's
    own after it: the IRO's report of what the child said. A view quoting someone else ("She said I can have
    a dog", of the carer) speaks in the first person after the verb, and another person named first
    ("Mum told me ...") is not the child's pronoun."""
    if not child.pronouns:
        return None
    subject = child.pronouns[0]
    opening = re.match(rf"\s*(?P<pronoun>(?i:{re.escape(subject)}))\s+(?i:{_REPORTING}){_TOLD_WHOM}", masked)
    if opening is None or _FIRST_PERSON.search(masked, opening.end()):
        return None
    return opening


def summary_line(findings: Iterable[Finding]) -> str | None:
    """'3 language findings (2 system words, 1 reading level); run ...', or None when clean."""
    findings = list(findings)
    if not findings:
        return None
    counts = Counter(f.kind for f in findings)
    parts = []
    for kind in KINDS:
        if counts[kind]:
            parts.append(kind.counted(counts[kind]))
    files = list(dict.fromkeys(f.file for f in findings))
    target = files[0] if len(files) == 1 else "FILE"
    noun = "finding" if len(findings) == 1 else "findings"
    return f"{len(findings)} language {noun} ({', '.join(parts)}); run `recordgen check {target}` to see them"
