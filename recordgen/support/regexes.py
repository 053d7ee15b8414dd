"""recordgen's own regular expressions, compiled once per machine rather than once per command.

Compiling the patterns the checks use cost a `validate` about 60 ms of its 0.4 s (Python's
``re`` parses each pattern and writes its matching program in Python). ``compile`` keeps that
program in the cache folder (as ``derived.cached_value`` keeps tables), named by this Python's
version and its ``_sre`` format, and later builds the pattern from it in microseconds: the same
``re.Pattern`` that ``re.compile`` makes (``re._compiler.compile`` does these very steps).

Only for patterns written in recordgen's source or built from its own data (and the glossary's,
which a council's settings add to): never one built from a record (a name, a school), which
must not be written to disk. When the cache cannot be
read or written, or this Python's ``re`` works otherwise, ``re.compile`` is used.
"""

from __future__ import annotations

import marshal
import os
import re
import sys

try:  # the internals re.compile itself uses (Python 3.11 and later)
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - another Python
    _sre = None

#: Bump when what an entry holds changes.
FORMAT = 1
#: More entries than this (patterns edited over many versions): the file is rewritten with this
#: process's patterns alone.
_MOST = 3000
#: Flags re.compile treats otherwise (prints, or warns): left to it.
_OTHERWISE = re.DEBUG | getattr(re, "TEMPLATE", 0)

_table: dict | None = None  # (pattern, flags) -> what _sre.compile needs; None until read
_used: set = set()
_made: dict = {}  # (pattern, flags) -> the pattern, as re.compile's own memory: one object for one text
_changed = False


def _path() -> str:
    from .derived import cache_folder
    import zlib

    key = f"{FORMAT}|{sys.version}|{sys.implementation.cache_tag}|{_sre.MAGIC}"
    return os.path.join(cache_folder(), f"patterns-{zlib.crc32(key.encode()):08x}.marshal")


def _read() -> dict:
    try:
        with open(_path(), "rb") as file:
            table = marshal.loads(file.read())  # not marshal.load(file): ten times slower, read piecemeal
        return table if isinstance(table, dict) else {}
    except (OSError, EOFError, ValueError, TypeError):
        return {}  # not made yet, damaged, or the folder cannot be read


def _write() -> None:
    from .files import write_atomically

    if not _table:
        return
    table = _table if len(_table) <= _MOST else {key: _table[key] for key in _used if key in _table}
    try:
        path = _path()
        os.makedirs(os.path.dirname(path), mode=0o700, exist_ok=True)
        write_atomically(path, marshal.dumps(table), durable=False)
    except (OSError, ValueError):
        pass


def compile(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern:
    """``re.compile(pattern, flags)``, its program kept in the cache folder (see the module's note)."""
    global _table, _changed
    flags = int(flags)
    if _sre is None or not isinstance(pattern, (str, bytes)) or flags & _OTHERWISE:
        return re.compile(pattern, flags)
    if _table is None:
        _table = _read()
    key = (pattern, flags)
    compiled = _made.get(key)
    if compiled is not None:
        return compiled
    entry = _table.get(key)
    if entry is not None:
        try:
            compiled = _made[key] = _sre.compile(pattern, *entry)
            _used.add(key)
            return compiled
        except Exception:  # a damaged entry (_sre checks the program): made again below
            pass
    try:
        # As re._compiler.compile, in its order; ints, not re's named constants, so that marshal
        # can write them.
        parsed = _parser.parse(pattern, flags)
        code = [int(op) for op in _compiler._code(parsed, flags)]
        groups = parsed.state.groupdict
        index = [None] * parsed.state.groups
        for name, number in groups.items():
            index[number] = name
        entry = (int(flags | parsed.state.flags), code, parsed.state.groups - 1, dict(groups), tuple(index))
        compiled = _sre.compile(pattern, *entry)
    except re.error:
        raise
    except Exception:  # this Python's re works otherwise
        return re.compile(pattern, flags)
    if not _changed:
        import atexit

        atexit.register(_write)
        _changed = True
    _table[key] = entry
    _used.add(key)
    _made[key] = compiled
    return compiled
