"""Applying fixes to a record file: `recordgen check --fix` and the page's one-click fix.

Only the text of each fixed field changes. ruamel.yaml's composer gives the
exact place of that text in the file, and ruamel's emitter writes the new text
in the same style (plain, quoted, or a ``|``/``>`` block); every other byte of
the file stays as the IRO left it, so comments, key order, blank lines and line
wrapping all survive. (Loading and dumping the whole file round trip would
re-indent lists and re-wrap long lines the IRO never touched.)

Each pass applies at most one fix per field, then checks the record again, as
Ruff does, until nothing fixable is left. A fix is refused, and reported, when
the file would no longer load, when anything but the fixed fields would change,
or when validation would find a problem it did not find before (a fix must not
repeat a withheld item's words in a shared one, say).
"""

from __future__ import annotations

import dataclasses
import difflib
import io
import json
from pathlib import Path

from ruamel.yaml import YAML
from ruamel.yaml.nodes import MappingNode, ScalarNode, SequenceNode
from ruamel.yaml.scalarstring import DoubleQuotedScalarString, SingleQuotedScalarString

from ..errors import Category, RecordgenError
from ..support.files import write_atomically
from ..record.diagnostics import Diagnostic
from ..record.loading import LoadedRecord, ReadError, load_record
from ..record.settings import Settings
from ..rules.validation import validate
from .check import Finding, check_record
from .edits import Edit, Fix, Place, apply_edits, overlaps

MAX_PASSES = 20


@dataclasses.dataclass
class FixResult:
    """What fixing one file did (or, for a dry run, would do)."""

    file: str
    applied: list[Fix]
    #: Fixes that were not applied, and why in plain words.
    refused: list[tuple[Fix, str]]
    #: Findings left after the fixes (those with an unsafe fix included).
    remaining: list[Finding]
    diff: str
    written: bool

    @property
    def changed(self) -> bool:
        return bool(self.applied)

    def as_dict(self) -> dict:
        def fix(f: Fix) -> dict:
            return {"path": f.path, "old": f.old, "new": f.new, "safe": f.safe, "description": f.description}
        return {"file": self.file, "applied": [fix(f) for f in self.applied],
                "refused": [dict(fix(f), reason=why) for f, why in self.refused],
                "remaining": [f.as_dict() for f in self.remaining], "diff": self.diff,
                "written": self.written}


class FixError(RecordgenError):
    """A fix could not be written into the file; the message says why."""

    category = Category.PROBLEMS


def _node_at(root, loc: tuple) -> ScalarNode:
    node = root
    for part in loc:
        if isinstance(node, MappingNode) and isinstance(part, str):
            node = next((v for k, v in node.value if str(k.value) == part), None)
        elif isinstance(node, SequenceNode) and isinstance(part, int) and part < len(node.value):
            node = node.value[part]
        else:
            node = None
        if node is None:
            raise FixError(f"cannot find {'.'.join(map(str, loc))} in the file")
    if isinstance(node, MappingNode):  # a list item written as {text: ..., withhold_from: ...}
        node = next((v for k, v in node.value if k.value == "text"), None)
    if not isinstance(node, ScalarNode):
        raise FixError("this text is not written as plain text in the file")
    if node.anchor:
        raise FixError("this text is shared through a YAML anchor; change it by hand")
    return node


def _emit(value: str, style: str | None) -> str:
    """One scalar as ruamel writes it, on one line, in the given style where it can."""
    yaml = YAML()
    yaml.width = 1 << 20
    if style == '"':
        value = DoubleQuotedScalarString(value)
    elif style == "'":
        value = SingleQuotedScalarString(value)
    out = io.StringIO()
    yaml.dump({"k": value}, out)
    written = out.getvalue()
    if not written.startswith("k: ") or written.count("\n") != 1:
        return json.dumps(value, ensure_ascii=False)  # a JSON string is a YAML double-quoted one
    return written[3:-1]


def _block(raw: str, style: str, indent: str, newline: str) -> str:
    """The content lines of a | or > block holding `raw` (chomping is kept in its header)."""
    body = raw.rstrip("\n")
    if style == "|":
        lines = body.split("\n")
    else:  # folded: a line break in the value is a blank line in the block
        lines = []
        for number, paragraph in enumerate(body.split("\n")):
            if number:
                lines.append("")
            lines.append(paragraph)
    return "".join((indent + line if line else "") + newline for line in lines)


def _replacement(source: str, node: ScalarNode, new_text: str) -> tuple[int, int, str, str]:
    """(start, end, new source, expected raw value) to put `new_text` in the node's place."""
    raw = node.value
    lead = raw[: len(raw) - len(raw.lstrip())]
    trail = raw[len(raw.rstrip()):]
    new_raw = lead + new_text + trail
    start, end = node.start_mark.index, node.end_mark.index
    newline = "\r\n" if "\r\n" in source else "\n"
    if node.style in {"|", ">"}:
        header_end = source.index("\n", start) + 1
        region = source[header_end:end]
        content = region.rstrip(" \t\r\n")
        tail = region[len(content):]
        tail = tail[tail.index("\n") + 1:] if "\n" in tail else ""
        first = next((line for line in region.split("\n") if line.strip()), "")
        indent = first[: len(first) - len(first.lstrip(" "))] or "  "
        return header_end, end, _block(new_raw, node.style, indent, newline) + tail, new_raw
    return start, end, _emit(new_raw, node.style), new_raw


def splice(source: str, changes: dict[tuple, str]) -> str:
    """The source with the text at each location replaced; nothing else changes."""
    root = YAML(typ="safe").compose(source)
    places = []
    for loc, new_text in changes.items():
        node = _node_at(root, loc)
        places.append(_replacement(source, node, new_text))
    for start, end, text, _raw in sorted(places, key=lambda p: p[0], reverse=True):
        source = source[:start] + text + source[end:]
    return source


def _with_texts(dump, changes: dict[tuple, str]):
    for loc, text in changes.items():
        target = dump
        for part in loc[:-1]:
            target = target[part]
        last = loc[-1]
        if isinstance(target[last], dict) and "text" in target[last]:
            target[last]["text"] = text
        else:
            target[last] = text
    return dump


def _errors(loaded: LoadedRecord, settings: Settings) -> set[tuple[str, str]]:
    return {(d.path, d.message) for d in validate(loaded, settings) if d.severity == "error"}


def _try(path: str, source: str, bom: str, before: LoadedRecord, changes: dict[tuple, str],
         settings: Settings, known_errors: set) -> tuple[str, LoadedRecord] | str:
    """The new source and record, or why these changes cannot be made."""
    try:
        text = splice(source, changes)
    except FixError as exc:
        return str(exc)
    try:
        after = load_record(path, (bom + text).encode("utf-8"))
    except Exception:  # noqa: BLE001 - any failure to load means the fix is refused
        return "the file would no longer be a valid record"
    expected = _with_texts(before.record.model_dump(mode="json"), changes)
    if after.record.model_dump(mode="json") != expected:
        return "the file would change in more places than this text"
    new_errors = _errors(after, settings) - known_errors
    if new_errors:
        where, what = sorted(new_errors)[0]
        return f"the record would not validate: {where}: {what}"
    return text, after


def _together(fixes: list[Fix]) -> tuple[str, list[Fix]]:
    """The field's text with every fix whose edits do not overlap an earlier one's."""
    taken: list[Fix] = []
    edits: list[Edit] = []
    for fix in fixes:
        if fix.edits and set(fix.edits) <= set(edits):
            taken.append(fix)  # made already by a fix of the whole sentence (voice.whole_sentence_fixes)
            continue
        if fix.edits and any(overlaps(fix.edits, (e,)) for e in edits):
            continue
        if not fix.edits:  # a Fix made by hand, without its edits: on its own only
            if not taken:
                return fix.new, [fix]
            continue
        taken.append(fix)
        edits.extend(fix.edits)
    return apply_edits(fixes[0].old, edits), taken


def _current_text(loaded: LoadedRecord, loc: tuple) -> str | None:
    return next((text for where, text, _ in loaded.record.free_texts() if where == loc), None)


def _apply_only(path: str, source: str, bom: str, loaded: LoadedRecord, fixes: list[Fix],
                settings: Settings, known_errors: set):
    applied: list[Fix] = []
    refused: dict[tuple[Place, str], tuple[Fix, str]] = {}
    for fix in fixes:
        if fix.loc[0] == "child_views":
            refused[(fix.loc, fix.new)] = (fix, "the child's own words are never changed")
            continue
        if _current_text(loaded, fix.loc) != fix.old:
            refused[(fix.loc, fix.new)] = (fix, "the text has changed since this fix was made; check again")
            continue
        outcome = _try(path, source, bom, loaded, {fix.loc: fix.new}, settings, known_errors)
        if isinstance(outcome, str):
            refused[(fix.loc, fix.new)] = (fix, outcome)
            continue
        source, loaded = outcome
        applied.append(fix)
    return source, loaded, applied, refused


def fix_file(path: str | Path, *, unsafe: bool = False, dry_run: bool = False,
             settings: Settings | None = None, only: list[Fix] | None = None) -> FixResult:
    """Apply the safe fixes (and the unsafe ones too with `unsafe`) to a record file.

    With `only`, apply just those fixes (the one a person clicked), safe or not,
    each refused when its field no longer holds the text it was made for.
    Raises ReadError or InvalidRecord as `load_record` does. The file is written
    atomically, and only when something changed and `dry_run` is false.
    """
    settings = settings or Settings()
    path = str(path)
    try:
        raw_bytes = Path(path).read_bytes()
    except OSError as exc:
        raise ReadError(Diagnostic(path, None, "(file)", f"cannot read this file: {exc.strerror}")) from None
    loaded = load_record(path, raw_bytes)
    decoded = raw_bytes.decode("utf-8-sig")
    bom = "\ufeff" if raw_bytes.startswith(b"\xef\xbb\xbf") else ""
    original = source = decoded
    known_errors = _errors(loaded, settings)
    applied: list[Fix] = []
    refused: dict[tuple[Place, str], tuple[Fix, str]] = {}
    passes = 0 if only is not None else MAX_PASSES
    if only is not None:
        source, loaded, applied, refused = _apply_only(path, source, bom, loaded, only, settings, known_errors)
    for _ in range(passes):
        by_field: dict[tuple, list[Fix]] = {}
        for finding in check_record(loaded, settings):
            fix = finding.fix
            if fix is None or (not fix.safe and not unsafe) or fix.new == fix.old:
                continue
            if (fix.loc, fix.new) in refused:
                continue
            by_field.setdefault(fix.loc, []).append(fix)
        if not by_field:
            break
        # Every fix of a field whose edits do not overlap goes in together: fixed one at a
        # time, 'Sam sees her brother' would have a 'you' after the first and 'her' would
        # no longer be found.
        wanted = {loc: _together(fixes) for loc, fixes in by_field.items()}
        outcome = _try(path, source, bom, loaded, {loc: new for loc, (new, _) in wanted.items()},
                       settings, known_errors)
        if isinstance(outcome, str):
            # Find which field's fix is to blame: try each on its own.
            good: dict[tuple, tuple[str, list[Fix]]] = {}
            for loc, (new, fixes) in wanted.items():
                alone = _try(path, source, bom, loaded,
                             {**{l: n for l, (n, _) in good.items()}, loc: new}, settings, known_errors)
                if isinstance(alone, str):
                    for fix in fixes:
                        refused[(fix.loc, fix.new)] = (fix, alone)
                else:
                    good[loc] = (new, fixes)
            if not good:
                continue
            outcome = _try(path, source, bom, loaded, {l: n for l, (n, _) in good.items()},
                           settings, known_errors)
            if isinstance(outcome, str):  # pragma: no cover - each was tried on its own
                break
            wanted = good
        source, loaded = outcome
        applied.extend(fix for _, fixes in wanted.values() for fix in fixes)
    remaining = check_record(loaded, settings)
    diff = "".join(difflib.unified_diff(
        original.splitlines(keepends=True), source.splitlines(keepends=True),
        fromfile=path, tofile=path))
    written = False
    if applied and not dry_run:
        write_atomically(path, (bom + source).encode("utf-8"))
        written = True
    return FixResult(path, applied, list(refused.values()), remaining, diff, written)
