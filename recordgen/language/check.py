"""Checking that a record speaks to the child in words that fit them."""

from __future__ import annotations

import dataclasses
from collections import Counter
import re
from typing import Iterable, Literal

from ..ages import band_for
from ..diagnostics import format_path
from ..loading import LoadedRecord
from ..settings import AgeBandSettings, LanguageSettings, Settings
from . import actions, glossary, readability, voice
from .text import mask_quotes

Kind = Literal["system-word", "third-person", "reading-level", "action"]
KINDS: tuple[str, ...] = ("system-word", "third-person", "reading-level", "action")
_KIND_NAMES = {
    "system-word": ("system word", "system words"),
    "third-person": ("written about, not to, the child", "written about, not to, the child"),
    "reading-level": ("reading level", "reading level"),
    "action": ("action", "actions"),
}
Field = Literal["item", "who", "what", "phrase", "contributed"]

#: Below this many words the Flesch-Kincaid grade swings too much to mean anything.
MIN_WORDS_FOR_GRADE = 6

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
}


@dataclasses.dataclass(frozen=True)
class Fix:
    """A rewrite of a whole field (shared interface with the fix engine; see TEAM.md)."""

    path: str
    old: str
    new: str
    safe: bool
    description: str


# PLACEHOLDER for the fix engine (issue 11, `checks`): one safe rewrite, so the page's
# "Apply" can be tested before the merge. The lead replaces this with the real engine.
_PLACEHOLDER_FIXES = {"disclosed": "told"}


def _placeholder_fix(path: str, text: str, message: str) -> Fix | None:
    for word, instead in _PLACEHOLDER_FIXES.items():
        if message.startswith(f"'{word}'") or message.lower().startswith(f"'{word}'"):
            new = re.sub(rf"\b{word}\b", instead, text, count=1, flags=re.I)
            if new != text:
                return Fix(path, text, new, True, f"'{instead}' for '{word}'")
    return None


@dataclasses.dataclass(frozen=True)
class Finding:
    """One thing a senior IRO would mark in red, and what to write instead."""

    file: str
    line: int | None
    path: str
    kind: str
    message: str
    suggestion: str
    fix: Fix | None = None

    def __str__(self) -> str:
        line = self.line if self.line is not None else "?"
        return f"{self.file}:{line}: {self.path}: [{self.kind}] {self.message} -> {self.suggestion}"

    def as_dict(self) -> dict:
        found = dataclasses.asdict(self)
        found["fix"] = ({"new": self.fix.new, "safe": self.fix.safe, "description": self.fix.description}
                        if self.fix else None)
        return found


@dataclasses.dataclass(frozen=True)
class Note:
    """A finding in one text, before it is placed in a file."""

    kind: str
    message: str
    suggestion: str


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
) -> list[Note]:
    """Everything wrong with one text the IRO wrote; quoted words are left alone."""
    settings = settings or LanguageSettings()
    masked = mask_quotes(text)
    notes: list[Note] = []
    if field == "who":
        problem = actions.who_problem(text)
        if problem:
            # A 'who' that is only 'SW' or 'LA' is one problem, not two.
            return [Note("action", *problem)]
    for hit in glossary.build(settings.glossary).find(masked):
        notes.append(Note(
            "system-word",
            f"'{hit.word}' is a system word that young people have asked us not to use",
            f"say instead: {hit.entry.instead}",
        ))
    if field == "who":
        return notes
    # How someone else shared their views: 'her' there is that person.
    for ref in voice.third_person(masked, child, pronouns=field != "contributed"):
        if ref.how == "pronoun":
            message = f"'{ref.word}' is about the child, but the record is written to them"
        else:
            message = f"'{ref.word}' talks about the child, but the record is written to them"
        notes.append(Note("third-person", message, _second_person(ref.word, ref.how)))
    if field in {"item", "what"}:
        note = _reading_note(masked, band, settings, age_bands)
        if note:
            notes.append(note)
    if field == "what":
        problem = actions.what_problem(text)
        if problem:
            notes.append(Note("action", *problem))
    return notes


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


def _reading_note(text: str, band: str, settings: LanguageSettings,
                  age_bands: AgeBandSettings | None) -> Note | None:
    reading = readability.measure(text)
    if not reading.words:
        return None
    problems: list[str] = []
    fixes: list[str] = []
    ceiling = settings.grade_ceilings.get(band)
    # Compared as reported (one decimal), so "grade 6.0, ceiling 6" is never a finding.
    grade = round(reading.grade, 1)
    if ceiling is not None and reading.words >= MIN_WORDS_FOR_GRADE and grade > ceiling:
        problems.append(f"reads at grade {grade:.1f}; the ceiling for {band_ages(band, age_bands)} is {ceiling:g}")
    limit = settings.sentence_words.get(band)
    if limit and reading.longest_sentence_words > limit:
        problems.append(f"a sentence has {reading.longest_sentence_words} words (the limit is {limit})")
        start = " ".join(reading.longest_sentence.split()[:4])
        fixes.append(f"split the sentence that starts '{start}...'")
    elif problems:
        fixes.extend(_grade_fixes(reading, ceiling))
    syllable_limit = settings.long_word_syllables.get(band)
    long_words = []
    if syllable_limit:
        long_words = list(dict.fromkeys(w for w, n in reading.long_words if n >= syllable_limit))
        if long_words:
            problems.append("long words: " + ", ".join(f"'{w}'" for w in long_words[:4]))
    if not problems:
        return None
    swap_from = long_words or [w for w, _ in reading.long_words]
    swaps = [f"'{_PLAIN[w.lower()]}' for '{w}'" for w in dict.fromkeys(swap_from) if w.lower() in _PLAIN]
    if swaps:
        fixes.append("try " + ", ".join(swaps[:3]))
    elif long_words:
        fixes.append("use everyday words for " + ", ".join(f"'{w}'" for w in long_words[:3]))
    if not fixes:
        fixes.append("use shorter sentences and everyday words")
    return Note("reading-level", "; ".join(problems), "; ".join(fixes))


def _grade_fixes(reading: readability.Reading, ceiling: float | None) -> list[str]:
    """What would bring the grade down: shorter sentences, or shorter words."""
    if ceiling is None:
        return []
    per_word = reading.syllables / reading.words
    # Flesch-Kincaid solved for words per sentence at this word length.
    fits = int((ceiling + 15.59 - 11.8 * per_word) / 0.39)
    if fits < 6:
        return [f"use shorter words (they average {per_word:.1f} syllables)"]
    fix = f"use sentences of about {fits} words or fewer (the longest has {reading.longest_sentence_words})"
    split = _split_point(reading.longest_sentence)
    return [fix + (f", e.g. start a new sentence at '{split}'" if split else "")]


def _split_point(sentence: str) -> str | None:
    """Where a long sentence could become two: a comma, or 'and you...', near its middle."""
    middle = len(sentence) / 2
    places = [m for m in re.finditer(r",\s+(?:and\s+|but\s+|so\s+)?(\w+(?:\s+\w+)?)|\s(?:and|but|so|because)\s+((?:you|your|we|I|it|that|this)\s+\w+)", sentence)]
    if not places:
        return None
    best = min(places, key=lambda m: abs(m.start() - middle))
    return best.group(1) or best.group(2)


def _field_of(loc: tuple) -> Field:
    if loc[0] == "actions":
        return "who" if loc[-1] == "who" else "what"
    if loc == ("review", "venue"):
        return "phrase"  # a place, not a sentence: no reading level
    if loc[-1] == "role":
        return "phrase"  # 'social worker', 'mum': a label, not a sentence
    if loc[-1] == "contributed":
        return "contributed"  # 'sent a report': a note on the attendance list
    return "item"


def check_record(loaded: LoadedRecord, settings: Settings | None = None) -> list[Finding]:
    """Findings for every text the IRO wrote; the child's own words are never checked."""
    settings = settings or Settings()
    record = loaded.record
    band = band_for(record.child, record.review.date, settings.age_bands)
    child = voice.ChildWords.of(record.child.name, record.child.known_as, record.child.pronouns)
    findings: list[Finding] = []
    for loc, text, _withheld in record.free_texts():
        if loc[0] == "child_views":
            continue
        for note in check_text(text, field=_field_of(loc), band=band, child=child,
                               settings=settings.language, age_bands=settings.age_bands):
            path = format_path(loc)
            fix = _placeholder_fix(path, text, note.message) if note.kind == "system-word" else None
            findings.append(Finding(loaded.file, loaded.line_of(loc), path,
                                    note.kind, note.message, note.suggestion, fix))
    return findings


def summary_line(findings: Iterable[Finding]) -> str | None:
    """'3 language findings (2 system words, 1 reading level); run ...', or None when clean."""
    findings = list(findings)
    if not findings:
        return None
    counts = Counter(f.kind for f in findings)
    parts = []
    for kind in KINDS:
        if counts[kind]:
            one, many = _KIND_NAMES[kind]
            parts.append(f"{counts[kind]} {one if counts[kind] == 1 else many}")
    files = list(dict.fromkeys(f.file for f in findings))
    target = files[0] if len(files) == 1 else "FILE"
    noun = "finding" if len(findings) == 1 else "findings"
    return f"{len(findings)} language {noun} ({', '.join(parts)}); run `recordgen check {target}` to see them"
