"""Findings an IRO allows on purpose, for one item, with a comment in the record:

    worries:
      - The court order says contact is once a month.  # recordgen: allow contact

as Vale and eslint let a comment switch a rule off. The comment names what is
allowed: a word as found ('contact'), a glossary entry ('LAC review') or a kind
of finding ('reading-level'); several are separated by commas, and anything
after ' -- ' is the reason. It may stand on the item's own line (any line of
it) or on a line of its own just above it. Comments survive `check --fix` and
any editor, and need no change to the record format.

Comments are read from ruamel's comment tokens, so a '#' inside quoted text or
a block of text is never taken for one.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Iterator

from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError
from ruamel.yaml.nodes import MappingNode, Node, SequenceNode
from ruamel.yaml.tokens import CommentToken
from ..support import regexes

_MARKER = regexes.compile(r"#\s*recordgen:\s*allow\b\s*(.*)$", re.I)
_CHEAP_TEST = regexes.compile(r"recordgen:\s*allow", re.I)


@dataclasses.dataclass(frozen=True)
class Marker:
    line: int                 # 1-based
    allows: frozenset[str]    # lower-cased names: words, glossary terms or kinds
    text: str                 # the comment as written, for the report
    own_line: bool            # on a line of its own (applies to the item below)

    def allows_any(self, *names: str | None) -> bool:
        return any(n is not None and n.strip().lower() in self.allows for n in names)


def _comment_lines(token) -> Iterator[tuple[int, str]]:
    """(0-based line, comment text) for the comments ruamel attached to a token."""
    attached = getattr(token, "comment", None)
    if attached is None:
        attached = getattr(token, "_comment", None)
    if not attached:
        return
    stack = list(attached) if isinstance(attached, list) else [attached]
    while stack:
        part = stack.pop()
        if part is None:
            continue
        if isinstance(part, list):
            stack.extend(part)
        elif isinstance(part, CommentToken):
            for offset, text in enumerate(part.value.split("\n")):
                if text.strip().startswith("#"):
                    yield part.start_mark.line + offset, text.strip()
        elif isinstance(part, str) and part.strip().startswith("#"):
            yield token.start_mark.line, part.strip()  # a block scalar's header comment


def find_markers(text: str) -> list[Marker]:
    """Every allow marker in a record's source text (quick when there is none)."""
    if not _CHEAP_TEST.search(text):
        return []
    lines = text.splitlines()
    found: dict[int, Marker] = {}
    try:
        for token in YAML(typ="rt").scan(text):
            for line, comment in _comment_lines(token):
                match = _MARKER.match(comment)
                if not match or line + 1 in found:
                    continue
                names, _, _reason = match.group(1).partition(" -- ")
                allows = frozenset(n.strip().lower() for n in names.split(",") if n.strip())
                own = line < len(lines) and lines[line].lstrip().startswith("#")
                found[line + 1] = Marker(line + 1, allows, comment, own)
    except YAMLError:
        return []  # the record itself reports the broken YAML
    return sorted(found.values(), key=lambda m: m.line)


def node_spans(text: str) -> dict[tuple, tuple[int, int]]:
    """(first line, last line), 1-based, of every node by its location in the record."""
    spans: dict[tuple, tuple[int, int]] = {}
    try:
        root = YAML(typ="safe").compose(text)
    except YAMLError:
        return spans

    def last_line(node: Node) -> int:
        end = node.end_mark
        return end.line if end.column == 0 and end.line > node.start_mark.line else end.line + 1

    def walk(node: Node, loc: tuple, first: int) -> None:
        spans[loc] = (first, last_line(node))
        if isinstance(node, MappingNode):
            for key, value in node.value:
                walk(value, loc + (str(key.value),), key.start_mark.line + 1)
        elif isinstance(node, SequenceNode):
            for number, value in enumerate(node.value):
                walk(value, loc + (number,), value.start_mark.line + 1)

    if root is not None:
        walk(root, (), 1)
    return spans


def marker_for(markers: list[Marker], spans: dict[tuple, tuple[int, int]], loc: tuple) -> list[Marker]:
    """The markers that speak for the text at `loc`: on its lines, or just above it.

    For an item of a list (a Signs of Safety point) the whole item counts, so a
    marker after its `withhold_from:` works too.
    """
    span = spans.get(tuple(loc))
    if span is None:
        return []
    first, last = span
    if len(loc) == 1:
        last = first  # a whole heading: only a marker on its own line, not one on an item under it
    return [m for m in markers if first <= m.line <= last or (m.own_line and m.line == first - 1)]
