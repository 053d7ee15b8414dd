"""Reading a record file into the model, keeping the line of every value.

YAML (and JSON, which ruamel reads as YAML) is parsed with ruamel.yaml so that
every problem can be reported as ``FILE:LINE: field.path: message``.
"""

from __future__ import annotations

import copy
import dataclasses
import functools
import json
import re
import typing
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError
from ruamel.yaml import YAML
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.events import (AliasEvent, MappingEndEvent, MappingStartEvent, ScalarEvent, SequenceEndEvent,
                                SequenceStartEvent)
from ruamel.yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from ruamel.yaml.resolver import _DEFAULT_YAML_VERSION, VersionedResolver
from ruamel.yaml.tag import Tag

try:
    from ruamel.yaml.cyaml import CParser
except ImportError:  # ruamel.yaml.clib is not installed: the pure parser, and its resolver as it is
    CParser = None

from ..errors import Category, RecordgenError
from .diagnostics import Diagnostic, Location, format_path
from .model import Record
from ..support import regexes

Lines = dict[tuple[str | int, ...], int]

_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_STR = "tag:yaml.org,2002:str"

# Limits checked before a record is built, so a hostile or broken file is a message, not a
# crash (documented in the README, "Limits"). A real record is a few kilobytes, a few levels deep.
MAX_RECORD_BYTES = 1_000_000      # a record file
MAX_DEPTH = 32                    # sections and lists inside one another
MAX_VALUES = 50_000               # values, counting each use of an alias (`*name`) in full
MAX_FIELD_CHARS = 20_000          # one value (about 3,000 words)
MAX_INTEGER_DIGITS = 30           # a number written without quotes
_INTEGER = regexes.compile(r"[-+]?([0-9_]+|0x[0-9a-fA-F_]+|0o[0-7_]+|0b[01_]+)")


class _DuplicateKey(Exception):
    def __init__(self, key: str, first: int, again: int):
        super().__init__(key)
        self.key, self.first, self.again = key, first, again


class ReadError(RecordgenError):
    """The file cannot be read as YAML or JSON at all."""

    category = Category.USAGE

    def __init__(self, diagnostic: Diagnostic):
        super().__init__(str(diagnostic))
        self.diagnostic = diagnostic


class TranslationsFileGiven(ReadError):
    """A record's translations sidecar given where a record was expected (``*.yaml`` matches
    both). Commands that take many files skip it with one line; it is not a problem."""

    def __init__(self, diagnostic: Diagnostic, record_name: str):
        super().__init__(diagnostic)
        self.record_name = record_name


def _unreadable(name: str, exc: OSError) -> ReadError:
    if isinstance(exc, FileNotFoundError):
        message = "file not found; check the file name and the folder it is in"
    elif isinstance(exc, IsADirectoryError):
        message = "this is a folder, not a file; give the record's file name"
    else:
        message = f"cannot read this file: {exc.strerror}"
    return ReadError(Diagnostic(name, None, "(file)", message))


def skipped_line(sidecars: list[TranslationsFileGiven]) -> str:
    """One line for every translations file a command skipped ("" for none)."""
    if not sidecars:
        return ""
    if len(sidecars) == 1:
        return (f"recordgen: skipped {sidecars[0].diagnostic.file}: the translations of "
                f"{sidecars[0].record_name}, read with that record")
    return f"recordgen: skipped {len(sidecars)} translations files (*.translations.yaml); each is read with its record"


class InvalidRecord(RecordgenError):
    """The file was read but does not fit the record format."""

    category = Category.PROBLEMS

    def __init__(self, diagnostics: list[Diagnostic], read: tuple | None = None):
        super().__init__("\n".join(str(d) for d in diagnostics))
        self.diagnostics = diagnostics
        self._read = read  # (file, data, lines, source): what `partial` builds from

    def file_data(self) -> tuple[str, Any, Lines] | None:
        """(file, data, lines): the file's data as written, for checks of a field's own form that can run though
        the record cannot be built; None for a record given as data or not read as one."""
        return None if self._read is None else self._read[:3]

    def partial(self) -> tuple[LoadedRecord | None, str]:
        """The record without the parts these problems are in, so the later checks (the rules,
        the copies) still run on the rest, and all of a record's problems are found at once;
        or None and the field that has to be fixed before they can run."""
        if self._read is None:
            return None, self.diagnostics[0].path if self.diagnostics else "(record)"
        return _partial(*self._read)


@dataclasses.dataclass
class LoadedRecord:
    """A record together with where it came from, for messages that point back."""

    record: Record
    file: str
    lines: Lines
    source: bytes

    def line_of(self, loc: Location) -> int | None:
        return line_of(self.lines, self.file_loc(loc))

    def diagnostic(self, loc: Location, message: str, severity: str = "error") -> Diagnostic:
        return Diagnostic(self.file, self.line_of(loc), format_path(self.file_loc(loc)), message, severity)

    def file_loc(self, loc: Location) -> tuple:
        """Where ``loc`` is in the file (a partial record has list entries left out)."""
        return tuple(loc)

    def misspelt_as(self, loc: Location) -> tuple | None:
        """Where the file has a key beside ``loc`` that is no field and that the loader took for a misspelling
        of it ('worrys' for 'worries': "did you mean 'worries'?"), or None. A partial record is built without
        that key, so ``loc`` reads as empty there though the file has it."""
        place = self.file_loc(loc)
        if not place or not isinstance(place[-1], str):
            return None
        parent, model = place[:-1], _model_at(tuple(p for p in place[:-1] if not isinstance(p, int)))
        for key in self.lines:
            if (len(key) == len(place) and key[:-1] == parent and isinstance(key[-1], str) and model is not None
                    and key[-1] not in model.model_fields
                    and _closest_field(tuple(p for p in parent if not isinstance(p, int)), key[-1]) == place[-1]):
                return key
        return None


_GONE = object()  # a list entry left out of a partial record


@dataclasses.dataclass
class PartialRecord(LoadedRecord):
    """A record built from the parts of a file that fit the model (see InvalidRecord.partial)."""

    marked: Any = None  # the file's data, entries left out marked _GONE, to map positions back

    def file_loc(self, loc: Location) -> tuple:
        return _to_file_loc(self.marked, loc)


def _to_file_loc(marked: Any, loc: Location) -> tuple:
    """A position in the partial record's data -> the same place in the file's."""
    out: list = []
    node = marked
    for part in loc:
        if isinstance(part, int) and isinstance(node, list):
            kept = [i for i, value in enumerate(node) if value is not _GONE]
            part = kept[part] if part < len(kept) else part
            node = node[part] if part < len(node) else None
        elif isinstance(node, dict):
            node = node.get(part)
        else:
            node = None
        out.append(part)
    return tuple(out)


def _without_gone(marked: Any) -> Any:
    if isinstance(marked, dict):
        return {key: _without_gone(value) for key, value in marked.items()}
    if isinstance(marked, list):
        return [_without_gone(value) for value in marked if value is not _GONE]
    return marked


def _leave_out(marked: Any, loc: tuple, kind: str) -> bool:
    """Take out of ``marked`` the smallest part that holds the problem at ``loc`` and can go:
    a misspelt key, an optional field (its default then applies), or a list entry. False when
    only a part the record cannot be without holds it (the child's date of birth, the review's date)."""
    # The deepest part of loc the data has (a missing field's problem is its parent's).
    node, depth = marked, 0
    for part in loc:
        if isinstance(node, dict) and part in node or isinstance(node, list) and isinstance(part, int) \
                and part < len(node):
            node, depth = node[part], depth + 1
        else:
            break
    target = loc[: depth + (depth < len(loc))]
    if "withhold_from" in target:  # without its own, an item would read as shown to all: leave the item out
        target = target[: target.index("withhold_from")]
    while target:
        parent, last = target[:-1], target[-1]
        container = marked
        for part in parent:
            container = container[part]
        exists = isinstance(container, dict) and last in container
        if isinstance(last, int) and isinstance(container, list):
            container[last] = _GONE
            return True
        model = _model_at(tuple(p for p in parent if not isinstance(p, int)))
        field = model.model_fields.get(last) if model is not None and isinstance(last, str) else None
        if exists and (kind == "extra_forbidden" and target == loc or field is not None and not field.is_required()):
            del container[last]
            return True
        target = parent
    return False


def _partial(file: str, data: dict, lines: Lines, source: bytes) -> tuple[LoadedRecord | None, str]:
    marked = copy.deepcopy(data)
    for _ in range(20):
        try:
            record = Record.model_validate(_without_gone(marked))
        except ValidationError as exc:
            for err in exc.errors(include_url=False):
                loc = _to_file_loc(marked, _field_loc(err["loc"]))
                if not _leave_out(marked, loc, err["type"]):
                    return None, format_path(loc)
            continue
        return PartialRecord(record, file, lines, source, marked), ""
    return None, "(record)"


def line_of(lines: Lines, loc: Location) -> int | None:
    """Line of the deepest part of ``loc`` the file has (missing fields point at their parent)."""
    loc = tuple(loc)
    while loc:
        if loc in lines:
            return lines[loc]
        loc = loc[:-1]
    return lines.get(())  # None for a record read from data (no file, no lines)


def _plain(yaml: YAML, node: Node, loc: tuple, lines: Lines) -> Any:
    """Plain Python from a composed YAML node, recording each value's 1-based line."""
    if isinstance(node, MappingNode):
        written_here = {id(key_node) for key_node, _ in node.value}
        yaml.constructor.flatten_mapping(node)  # '<<: *defaults' merges, as YAML allows
        out: dict[str, Any] = {}
        explicit: set[str] = set()
        for key_node, value_node in node.value:
            key = str(_plain(yaml, key_node, loc, {}))
            child = loc + (key,)
            line = key_node.start_mark.line + 1
            if key in explicit and id(key_node) in written_here:
                raise _DuplicateKey(key, lines[child], line)
            if id(key_node) in written_here:
                explicit.add(key)  # a key written here overrides one merged in
            lines[child] = line
            out[key] = _plain(yaml, value_node, child, lines)
        return out
    if isinstance(node, SequenceNode):
        items = []
        for i, value_node in enumerate(node.value):
            lines[loc + (i,)] = value_node.start_mark.line + 1
            items.append(_plain(yaml, value_node, loc + (i,), lines))
        return items
    if isinstance(node, ScalarNode):
        tag = node.tag
        # Dates stay text so the model judges them: 2016-13-01 is a field error with a line.
        # Text is the node's value, as ruamel's constructor returns it (without its bookkeeping).
        if tag == _TIMESTAMP or tag == _STR:
            return node.value
    return yaml.constructor.construct_object(node, deep=True)


class _CParserResolver(VersionedResolver):
    """ruamel's resolver, asking the version once it knows the answer: under the C parser there
    is no scanner to have read a %YAML line from, so the version is always the one asked for
    (none: 1.2); finding that out through two AttributeErrors, twice for each value, was a
    tenth of reading a record and its translations file."""

    _by_first: dict | None = None  # the version's implicit resolvers by first character, once a parse

    @property
    def processing_version(self):
        if isinstance(self.loadumper, CParser):
            return self._loader_version if self._loader_version is not None else _DEFAULT_YAML_VERSION
        return super().processing_version

    def resolve(self, kind: Any, value: Any, implicit: Any) -> Any:
        """``VersionedResolver.resolve`` with its table looked up once: the same patterns tried in
        the same order (those for the value's first character, then those for any), the same tags."""
        if self.yaml_path_resolvers or not isinstance(self.loadumper, CParser):
            return super().resolve(kind, value, implicit)
        if kind is ScalarNode and implicit[0]:
            table = self._by_first
            if table is None:
                resolvers = self.versioned_resolver
                anywhere = tuple(resolvers.get(None, ()))
                table = self._by_first = {first: tuple(found) + anywhere for first, found in resolvers.items()}
                table[None] = anywhere
            for tag, regexp in table.get(value[0] if value else "", table[None]):
                if regexp.match(value):
                    return Tag(suffix=tag)
        if kind is ScalarNode:
            return self.DEFAULT_SCALAR_TAG
        if kind is SequenceNode:
            return self.DEFAULT_SEQUENCE_TAG
        if kind is MappingNode:
            return self.DEFAULT_MAPPING_TAG
        return None


class _YAML(YAML):
    """ruamel's YAML, its plug-ins looked for once a process: it globs its own folder for them
    each time one is made, and a record and its translations file make three."""

    def official_plug_ins(self) -> list:
        return list(_official_plug_ins())


@functools.lru_cache(maxsize=1)
def _official_plug_ins() -> tuple:
    return tuple(YAML.official_plug_ins(None))


def safe_yaml(**options) -> YAML:
    """``YAML(typ="safe")``, its resolver quicker under the C parser, the results the same."""
    yaml = _YAML(typ="safe", **options)
    if CParser is not None and yaml.Parser is CParser:
        yaml.Resolver = _CParserResolver
    return yaml


_MAP = "tag:yaml.org,2002:map"
_SEQ = "tag:yaml.org,2002:seq"


class _NotPlain(Exception):
    """A document with more than sections, lists and values (an alias, a merge key, a key written
    twice, a tag): ruamel's constructor reads it, as it always did."""


def load_yaml(text: str) -> Any:
    """``safe_yaml().load(text)``: the same data, or the same error, without the constructor's
    bookkeeping for each value (a translations file is mostly text: its values are the nodes')."""
    yaml = safe_yaml()
    node = yaml.compose(text)
    if node is None:
        return None
    try:
        return _data(yaml.constructor, node, set())
    except Exception:  # noqa: BLE001 - whatever it is, the constructor's own answer
        return safe_yaml().load(text)


def _data(constructor: Any, node: Node, sections: set[int]) -> Any:
    if isinstance(node, ScalarNode):
        return node.value if node.tag == _STR else constructor.construct_object(node, deep=True)
    if id(node) in sections:
        raise _NotPlain  # an alias of a section (or one inside itself)
    sections.add(id(node))
    if isinstance(node, MappingNode) and node.tag == _MAP:
        out: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode) or key_node.tag != _STR or key_node.value in out:
                raise _NotPlain
            out[key_node.value] = _data(constructor, value_node, sections)
        return out
    if isinstance(node, SequenceNode) and node.tag == _SEQ:
        return [_data(constructor, value_node, sections) for value_node in node.value]
    raise _NotPlain


def parse_file(path: str | Path, source: bytes | None = None) -> tuple[Any, Lines]:
    """Parse YAML or JSON into plain data and a line map. Raises ReadError."""
    path = Path(path)
    name = str(path)
    if source is None:
        source = _read_limited(path)
    _check_size(name, len(source))
    try:
        text = source.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ReadError(Diagnostic(
            name, source[: exc.start].count(b"\n") + 1, "(file)",
            "this file is not saved as UTF-8 text; save it as UTF-8 and try again",
        )) from None
    lines: Lines = {(): 1}
    try:
        # A new parser each time: it is cheap, keeps state per document (the constructor
        # remembers every node it built), and is not shared between threads. It is the C
        # parser when ruamel.yaml.clib is installed: ~1 ms a record instead of ~16.
        _check_structure(name, text)
        yaml = safe_yaml()
        node = yaml.compose(text)
        return (_plain(yaml, node, (), lines) if node is not None else None), lines
    except _DuplicateKey as exc:
        raise ReadError(Diagnostic(
            name, exc.again, "(file)",
            f"'{exc.key}' is written twice in the same section (lines {exc.first} and {exc.again}); keep one",
        )) from None
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        problem = exc.problem or exc.context or "the layout is broken"
        text_lines = text.splitlines()
        if mark and mark.line < len(text_lines) and "\t" in text_lines[mark.line][: mark.column + 1]:
            problem = "a tab is used to indent; YAML needs spaces"
        if path.suffix.lower() == ".json":
            return _parse_json(name, text)
        # A quote left open is only noticed where the file ends or the next quote mark closes it:
        # point at the line it was opened on.
        opened = (exc.context_mark.line + 1 if exc.context == "while scanning a quoted scalar" and exc.context_mark
                  else _unclosed_quote(text_lines, line))
        if opened is not None and opened <= len(text_lines):
            found = _QUOTE_OPENS.match(text_lines[opened - 1])
            quote = found.group(1) if found else '"'
            apostrophe = (" (an apostrophe in text between single quotes is written twice: 'Zain''s')"
                          if quote == "'" else "")
            raise ReadError(Diagnostic(name, opened, "(file)", (
                f"this is not valid YAML: the text in quotes that starts on this line is never closed; add the "
                f"closing {quote} at its end{apostrophe}"))) from None
        if line is not None and line > len(text_lines):  # found at the end of the file: a bracket left open
            line = exc.context_mark.line + 1 if exc.context_mark else len(text_lines)
            line = max(1, min(line, len(text_lines)))
        raise ReadError(Diagnostic(
            name, line, "(file)",
            f"this is not valid YAML: {problem} (check indentation, colons and quotes)",
        )) from None
    except YAMLError as exc:
        raise ReadError(Diagnostic(name, None, "(file)", f"this is not valid YAML: {exc}")) from None


_QUOTE_OPENS = regexes.compile(r"""^\s*(?:-\s+)*(?:[^\s#'"-][^#'"]*?:\s+)?(['"])(.*)$""")


def _unclosed_quote(lines: list[str], before: int | None) -> int | None:
    """The first line, up to ``before``, whose value opens a quote the line does not close."""
    for number, line in enumerate(lines[: before or len(lines)], 1):
        found = _QUOTE_OPENS.match(line)
        if not found:
            continue
        quote, rest = found.groups()
        closed = (re.search(r'(?<!\\)"', rest) if quote == '"'
                  else re.search(r"'", rest.replace("''", "")))
        if not closed:
            return number
    return None


def _parse_json(name: str, text: str) -> tuple[Any, Lines]:
    # JSON that YAML cannot read (tabs in odd places, say): no per-field lines then.
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ReadError(Diagnostic(name, exc.lineno, "(file)", f"this is not valid JSON: {exc.msg}")) from None
    except RecursionError:
        raise _over_limit(name, None, f"sections are nested more than {MAX_DEPTH} deep") from None
    except ValueError:  # a number too long for Python to read
        raise _over_limit(name, None, f"a number has more than {MAX_INTEGER_DIGITS} digits") from None
    check_data_limits(data, name)
    return data, {(): 1}


class LimitExceeded(ReadError):
    """A file over one of the limits on a record (size, nesting, aliases, field length, digits)."""


def _over_limit(name: str, line: int | None, what: str) -> LimitExceeded:
    return LimitExceeded(Diagnostic(name, line, "(file)", f"this file is refused: {what} "
                                    "(the limits on a record are in the README, under Limits)"))


def _check_size(name: str, size: int) -> None:
    if size > MAX_RECORD_BYTES:
        raise _over_limit(name, None, f"it is {size:,} bytes, over the limit of {MAX_RECORD_BYTES:,}")


def _read_limited(path: Path) -> bytes:
    """The file's bytes, refusing one over the size limit without reading it all."""
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_RECORD_BYTES + 1)
    except OSError as exc:
        raise _unreadable(str(path), exc) from None
    if len(data) > MAX_RECORD_BYTES:
        try:
            size = path.stat().st_size
        except OSError:
            size = len(data)
        _check_size(str(path), max(size, len(data)))
    return data


def _check_structure(name: str, text: str) -> None:
    """Depth, values (aliases expanded), recursive aliases, field length and digits, from the
    parser's events, before anything is built: none of these can then blow the stack or memory."""
    yaml = _YAML(typ="safe")
    sizes: dict[str, int] = {}      # anchor -> values under it, aliases expanded
    open_anchors: list[str | None] = []
    counts: list[int] = [0]
    total = 0                       # sum(counts), kept as it changes: a record has thousands of events

    def line(event) -> int | None:  # worked out only for a message
        return event.start_mark.line + 1 if event.start_mark is not None else None

    for event in yaml.parse(text):
        kind = type(event)
        if kind is ScalarEvent:
            value = event.value
            if len(value) > MAX_FIELD_CHARS:
                raise _over_limit(name, line(event), f"a value is {len(value):,} characters long, over the limit "
                                                     f"of {MAX_FIELD_CHARS:,}")
            if not event.style and len(value) > MAX_INTEGER_DIGITS and _INTEGER.fullmatch(value):
                raise _over_limit(name, line(event), f"a number has more than {MAX_INTEGER_DIGITS} digits "
                                                     "(put it in quotes if it is text)")
            counts[-1] += 1
            total += 1
            if event.anchor is not None:
                sizes[event.anchor] = 1
        elif kind is MappingStartEvent or kind is SequenceStartEvent:
            if len(open_anchors) >= MAX_DEPTH:
                raise _over_limit(name, line(event), f"sections are nested more than {MAX_DEPTH} deep")
            open_anchors.append(event.anchor)
            counts.append(1)
            total += 1
        elif kind is MappingEndEvent or kind is SequenceEndEvent:
            anchor, size = open_anchors.pop(), counts.pop()
            counts[-1] += size
            if anchor is not None:
                sizes[anchor] = size
        elif kind is AliasEvent:
            if event.anchor in open_anchors:
                raise _over_limit(name, line(event), f"the alias *{event.anchor} refers to the section it is in")
            counts[-1] += sizes.get(event.anchor, 1)
            total += sizes.get(event.anchor, 1)
        if total > MAX_VALUES:
            raise _over_limit(name, line(event), f"it holds more than {MAX_VALUES:,} values once its aliases "
                                                 "(*name) are expanded")


def check_data_limits(data: Any, name: str = "-") -> None:
    """The same limits for data that was not read from YAML (a form, JSON): without recursion."""
    stack: list[tuple[Any, int]] = [(data, 0)]
    seen = 0
    while stack:
        value, depth = stack.pop()
        seen += 1
        if seen > MAX_VALUES:
            raise _over_limit(name, None, f"it holds more than {MAX_VALUES:,} values")
        if isinstance(value, (dict, list)):
            if depth >= MAX_DEPTH:
                raise _over_limit(name, None, f"sections are nested more than {MAX_DEPTH} deep")
            items = value.items() if isinstance(value, dict) else enumerate(value)
            for key, item in items:
                if isinstance(key, str) and len(key) > MAX_FIELD_CHARS:
                    raise _over_limit(name, None, "a field name is too long")
                stack.append((item, depth + 1))
        elif isinstance(value, str) and len(value) > MAX_FIELD_CHARS:
            raise _over_limit(name, None, f"a value is {len(value):,} characters long, over the limit "
                                          f"of {MAX_FIELD_CHARS:,}")
        elif isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 100:
            raise _over_limit(name, None, f"a number has more than {MAX_INTEGER_DIGITS} digits")


def load_record(path: str | Path, source: bytes | None = None) -> LoadedRecord:
    """Read and check the shape of one record file.

    Raises ReadError when the file is unreadable or not YAML/JSON, and
    InvalidRecord with every shape problem at once otherwise.
    """
    path = Path(path)
    if source is None:
        source = _read_limited(path)
    data, lines = parse_file(path, source)
    if isinstance(data, dict) and str(data.get("format", "")).startswith("recordgen-translations"):
        record_name = str(data.get("record") or "a record")
        raise TranslationsFileGiven(Diagnostic(
            str(path), 1, "(file)",
            f"this is the translations file of {record_name}, not a review record; "
            "give the record itself (translations are read from beside it)",
        ), record_name)
    if not isinstance(data, dict):
        raise InvalidRecord([Diagnostic(
            str(path), 1, "(record)",
            "this file does not hold a review record: it should start with sections such as 'child:' and 'review:'",
        )])
    try:
        record = Record.model_validate(data)
    except ValidationError as exc:
        found = [Diagnostic(str(path), line_of(lines, err["loc"]), format_path(_field_loc(err["loc"])), plain_message(err))
                 for err in _one_per_slip(exc.errors(include_url=False))]
        raise InvalidRecord(sorted(found, key=lambda d: d.line or 0), (str(path), data, lines, source)) from None
    return LoadedRecord(record, str(path), lines, source)


def load_data(data: Any, file: str = "-") -> LoadedRecord:
    """A record from plain data (a form, an integration) rather than a file.

    Like load_record, but its diagnostics have no line: they are keyed by field
    path only. ``file`` names where the record belongs (translations are read from beside it).
    """
    if not isinstance(data, dict):
        raise InvalidRecord([Diagnostic(file, None, "(record)", "this is not a review record: it needs sections such as child and review")])
    try:
        check_data_limits(data, file)
    except LimitExceeded as exc:
        raise InvalidRecord([exc.diagnostic]) from None
    try:
        record = Record.model_validate(data)
    except ValidationError as exc:
        raise InvalidRecord([Diagnostic(file, None, format_path(_field_loc(err["loc"])), plain_message(err))
                             for err in _one_per_slip(exc.errors(include_url=False))]) from None
    return LoadedRecord(record, file, {}, b"")


def _one_per_slip(errors: list[dict]) -> list[dict]:
    """The errors without a field's "missing" when a misspelt key beside it is that field ("rol" for
    "role"): one slip, one message, the one that says "did you mean 'role'?"."""
    meant = {_field_loc(err["loc"])[:-1] + (guess,) for err in errors if err["type"] == "extra_forbidden"
             for loc in [_field_loc(err["loc"])] if loc and isinstance(loc[-1], str)
             for guess in [_closest_field(loc[:-1], loc[-1])] if guess}
    return [err for err in errors if not (err["type"] == "missing" and _field_loc(err["loc"]) in meant)]


def _field_loc(loc: Location) -> tuple:
    # Pydantic adds the name of a union branch ("function-before[...]", "str") to locations.
    return tuple(p for p in loc if not (isinstance(p, str) and ("[" in p or p in {"str", "Item"})))


def plain_message(err: dict) -> str:
    """Pydantic's error, reworded for someone who is not a programmer."""
    kind = err["type"]
    ctx = err.get("ctx") or {}
    loc = _field_loc(err["loc"])
    field = str(loc[-1]) if loc and isinstance(loc[-1], str) else ""
    value = err.get("input")
    if kind == "missing":
        if len(loc) >= 2 and loc[0] == "actions":
            return f"'{field}' is missing: every action needs who, what and by"
        return f"'{field}' is missing and is needed"
    if kind == "extra_forbidden":
        guess = _closest_field(loc[:-1], field)
        if guess:
            return f"'{field}' is not a field this record can have; check the spelling: did you mean '{guess}'?"
        return f"'{field}' is not a field this record can have; check the spelling (it would otherwise be left out)"
    if kind in {"date_from_datetime_parsing", "date_parsing", "date_type", "date_from_datetime_inexact"}:
        return f"'{value}' is not a date; write dates as YYYY-MM-DD, for example 2026-03-03"
    if kind in {"bool_parsing", "bool_type"}:
        return f"'{value}' should be true or false"
    if kind in {"int_parsing", "int_type", "int_from_float"}:
        return f"'{value}' should be a whole number"
    if kind in {"literal_error", "enum"}:
        return f"'{value}' is not allowed here; use one of: {ctx.get('expected', '')}"
    if kind == "string_type":
        if field == "phone":
            return "put the phone number in quotes, e.g. phone: '01724296000', so the leading 0 is kept"
        return "this should be text"
    if kind == "string_too_long":
        return f"this is {len(str(value)):,} characters long; at most {ctx.get('max_length')} are allowed here"
    if kind == "string_too_short":
        return "this is empty; write something or leave the line out"
    if kind == "too_short":
        return "this list needs at least one entry"
    if kind in {"list_type"}:
        return "this should be a list, each entry on its own line starting with '- '"
    if kind in {"dict_type", "model_type", "model_attributes_type"}:
        return "this should be a section with named fields under it"
    if kind in {"greater_than_equal", "less_than_equal", "greater_than", "less_than"}:
        limit = ctx.get("ge", ctx.get("le", ctx.get("gt", ctx.get("lt"))))
        if re.fullmatch(r"\d{4}-\d\d-\d\d", str(limit)):
            return f"'{value}' is not a date a review record could hold; use a date from 1900 to 2199"
        return f"'{value}' is out of range (limit {limit})"
    if kind == "value_error" and field == "email":
        return f"'{value}' is not a valid email address"
    return err["msg"][0].lower() + err["msg"][1:] if err.get("msg") else kind


def _model_at(loc: tuple) -> type[BaseModel] | None:
    """The record model class that holds the fields at ``loc`` (list positions skipped)."""
    model: Any = Record
    for part in loc:
        if isinstance(part, int):
            continue
        if not (isinstance(model, type) and issubclass(model, BaseModel)) or part not in model.model_fields:
            return None
        model = _inner_model(model.model_fields[part].annotation)
    return model if isinstance(model, type) and issubclass(model, BaseModel) else None


def _inner_model(annotation: Any) -> Any:
    """``list[Action] | None`` -> ``Action``: the model inside a field's type, if any."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in typing.get_args(annotation):
        found = _inner_model(arg)
        if found is not None:
            return found
    return None


def _closest_field(parent: tuple, field: str) -> str | None:
    """The field a misspelt key most likely meant (``worrys`` -> ``worries``), or None."""
    model = _model_at(parent)
    if model is None or not field:
        return None
    names = list(model.model_fields)
    import difflib  # noqa: PLC0415 - only for a key the record gets wrong

    matches = difflib.get_close_matches(field.lower(), names, n=1, cutoff=0.75)
    return matches[0] if matches else None
