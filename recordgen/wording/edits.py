"""Edits and fixes: what a fix does to the text of one field.

A fix is a set of edits to the text the IRO wrote. It is ``safe`` when it can
be applied without a human reading the sentence again ("Sam has settled" ->
"You have settled"), and unsafe when it needs their eye ("contact" -> "family
time" may need the sentence reworded). Each rule builds its own fixes beside
it (voice.py: the child written to; glossary.py: system words; check.py: hard
words); apply_fixes.py writes them into a record file.
"""

from __future__ import annotations

import dataclasses

from ..record.diagnostics import format_path

#: A field's place in the record, as free_texts() gives it: ('actions', 1, 'what').
Place = tuple[str | int, ...]
#: (start, end) of characters in a field's text.
Span = tuple[int, int]

@dataclasses.dataclass(frozen=True)
class Edit:
    start: int
    end: int
    new: str


@dataclasses.dataclass(frozen=True)
class Fix:
    """What a finding's fix does to the whole text of one field."""

    loc: Place         # the field, e.g. ("actions", 1, "what"); `path` is it as the CLI writes it
    old: str           # the whole text of that field now
    new: str           # the whole text after the fix
    safe: bool         # safe fixes are applied by --fix; the others need --unsafe-fixes
    description: str   # one line, plain words
    #: The edits to `old` that make `new`, so several fixes to one field can be applied together.
    edits: tuple[Edit, ...] = dataclasses.field(default=(), compare=False, repr=False)

    @property
    def path(self) -> str:
        """'actions.2.what': the place as people read it (lists count from 1)."""
        return format_path(self.loc)


@dataclasses.dataclass(frozen=True)
class TextFix:
    """A fix before it is placed in a field: the edits, and whether they are safe."""

    edits: tuple[Edit, ...]
    safe: bool
    description: str


def apply_edits(text: str, edits) -> str:
    """The text with non-overlapping edits applied (later ones first, so positions hold). An edit
    given twice (two findings' fixes of one sentence, each made whole: voice.whole_sentence_fixes)
    is made once."""
    for edit in sorted(set(edits), key=lambda e: e.start, reverse=True):
        text = text[:edit.start] + edit.new + text[edit.end:]
    return text


def overlaps(a: tuple[Edit, ...], b: tuple[Edit, ...]) -> bool:
    return any(x.start < y.end and y.start < x.end for x in a for y in b)
