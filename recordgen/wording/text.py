"""Small text tools shared by the language checks: quotes, words, sentences."""

from __future__ import annotations

import re
from ..support import regexes

# Quoted words are the child's own and are never corrected. Straight single
# quotes only count as quotes when they cannot be apostrophes (Kay's, kids').
_QUOTED = regexes.compile(
    r'"[^"]*"'
    r"|“[^”]*”"
    r"|‘.*?’(?![A-Za-z])"
    r"|(?<![\w])'.*?'(?![\w])",
    re.S,
)

# Letters of any alphabet, so 'café' and 'Zoë' are one word each.
WORD = regexes.compile(r"[^\W\d_](?:[^\W\d_]|['’](?=[^\W\d_]))*(?:-[^\W\d_]+)*")
SECOND_PERSON = regexes.compile(r"\b(?:you|your|yours|yourself|yourselves|you're|you’re|you've|you’ll|you'll|you’ve|you'd)\b", re.I)

# Full stops after these do not end a sentence.
_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "st", "e.g", "i.e", "etc", "no", "miss"}
_SENTENCE_END = regexes.compile(r"[.!?]+(?=[\s\"”’')]|$)")


# What says what the word just before it means (a word or two may come between): ', which means the court has
# said...', '. This means...', ' (a court order that says...)'.
_EXPLAINED = regexes.compile(
    r"(?:\s+[^\W\d_][\w'’-]*){0,2}?\s*(?:\((?=[^()]*[^\W\d_][^()]*\))"
    r"|[,;:–—-]?\s*(?:which|that|this|it)\s+means\b|,\s*meaning\b"
    r"|[.;:]\s+(?:This|That|It)\s+means\b)")


def explained(text: str, end: int) -> bool:
    """Whether what the word ending at `end` means is said straight after it: 'You are on remand, which means the
    court has said...', 'on remand. This means...', 'a care order (a court order that says...)'."""
    return bool(_EXPLAINED.match(text, end))


def mask_quotes(text: str) -> str:
    """The text with every quoted passage blanked out, keeping positions."""
    return _QUOTED.sub(lambda m: " " * len(m.group()), text)


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every quoted passage."""
    return [(m.start(), m.end()) for m in _QUOTED.finditer(text)]


def sentences(text: str) -> list[tuple[int, str]]:
    """(start, sentence) pairs; a text with no full stop is one sentence."""
    out: list[tuple[int, str]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        before = text[start:match.start()].split()
        if before and before[-1].lower().rstrip(".") in _ABBREVIATIONS and match.group() == ".":
            continue
        piece = text[start:match.end()]
        if piece.strip():
            out.append((start + len(piece) - len(piece.lstrip()), piece.strip()))
        start = match.end()
    rest = text[start:]
    if rest.strip() and WORD.search(rest):
        out.append((start + len(rest) - len(rest.lstrip()), rest.strip()))
    return out


def words(text: str) -> list[str]:
    return WORD.findall(text)
