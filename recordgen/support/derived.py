"""Tables derived once from an installed library's data, kept in the user's cache folder.

Some libraries cost a command more to load than the command's own work (wordfreq,
lemminflect, the ``holidays`` package's 200 countries), though a check asks them only a
few exact questions. Their answers are written once into a SQLite file of ``key -> value``
in ``$XDG_CACHE_HOME/recordgen`` (else ``~/.cache/recordgen``), named by the libraries'
installed versions, so an upgrade makes a new file. A table holds what the libraries
ship, never anything of a record. When the folder cannot be written or read, or a table is
damaged, ``open_table`` says None and the caller asks the library itself. ``source_table``
does the same for recordgen's own long word lists (``wording/data``), asked a word at a time.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import tempfile
import threading
import time
from pathlib import Path
from typing import Callable, Iterable

#: Bump when what a table holds changes for the same library versions.
FORMAT = 1
#: The key of a table's own facts (no word or date is a NUL).
_META = "\0"
_lock = threading.Lock()


def cache_folder() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "recordgen"


def _installed(package: str) -> str:
    """A package's installed version and files, without importing it (importlib.metadata
    alone costs 40 ms): a reinstall or an upgrade makes a new key."""
    import importlib.util

    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise LookupError(package)
    folder = Path(next(iter(spec.submodule_search_locations)))
    versions = sorted(name for name in os.listdir(folder.parent)
                      if name.startswith(package + "-") and name.endswith(".dist-info"))
    stat = (folder / "__init__.py").stat()
    return f"{versions}:{stat.st_size}:{stat.st_mtime_ns}"


class Table:
    """One read-only table of ``key -> value``; reopened in a forked process."""

    def __init__(self, path: Path):
        self.path = path
        self._pid = -1
        self._connection: sqlite3.Connection | None = None
        self.meta: dict = json.loads(self.get(_META))  # fails here if the file is not a whole table

    def get(self, key: str) -> str | float | int | None:
        row = self._row(key)
        return row[0] if row else None

    def get_json(self, key: str):
        """The value at ``key`` decoded from JSON; None when absent or the table cannot be read
        (the caller then asks the library itself)."""
        try:
            value = self.get(key)
        except sqlite3.Error:
            return None
        return None if value is None else json.loads(value)

    def has(self, key: str) -> bool:
        return self._row(key) is not None

    def _row(self, key: str) -> tuple | None:
        with _lock:
            if self._pid != os.getpid():
                self._connection = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True,
                                                   check_same_thread=False)
                self._pid = os.getpid()
            return self._connection.execute("SELECT value FROM answers WHERE key = ?", (key,)).fetchone()


Build = Callable[[], "tuple[Iterable[tuple[str, object]], dict] | None"]


def open_table(name: str, packages: tuple[str, ...], build: Build) -> Table | None:
    """The table ``name`` derived from ``packages``; at first use ``build()`` makes its
    ``(rows, meta)``, or None when the library is not one the caller can derive from (then
    remembered, so that each process does not build it only to find out).
    None when the table can be neither read nor written."""
    try:
        key = "|".join([str(FORMAT), *(_installed(package) for package in packages)])
    except (LookupError, OSError, ValueError):
        return None
    return _open(name, key, build)


def source_table(name: str, sources: tuple, build: Build) -> Table | None:
    """The table ``name`` made by ``build()`` from recordgen's own data files ``sources``, named by
    their sizes and times (as ``cached_value``), so a changed file builds it again: a command that
    asks a few words of a long list reads those, not the whole list. None as ``open_table``."""
    try:
        key = "|".join([str(FORMAT), *(f"{source}:{os.stat(source).st_size}:{os.stat(source).st_mtime_ns}"
                                       for source in map(str, sources))])
    except OSError:  # not plain files (a zipped install)
        return None
    return _open(name, key, build)


def _open(name: str, key: str, build: Build) -> Table | None:
    path = cache_folder() / f"{name}-{hashlib.sha256(key.encode()).hexdigest()[:16]}.sqlite"
    for attempt in (1, 2):
        try:
            table = Table(path)
            return None if table.meta.get("unusable") else table
        except (sqlite3.Error, TypeError, ValueError):
            pass  # not built yet, or damaged: built once more
        if attempt == 1:
            try:
                path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)  # before the cost of building
                if not os.access(path.parent, os.W_OK):
                    return None
                made = build()
                _write(path, *(made if made is not None else ([], {"unusable": True})))
            except (OSError, sqlite3.Error):
                return None
    return None


def _write(path: Path, rows: Iterable[tuple[str, object]], meta: dict) -> None:
    """Built in a temporary file beside ``path``, then renamed into place: processes
    building at once each publish a whole table."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    for stale in path.parent.glob(".tmp-*"):  # left by a process killed while building
        try:
            if time.time() - stale.stat().st_mtime > 3600:
                stale.unlink()
        except OSError:
            pass
    fd, temporary = tempfile.mkstemp(prefix=".tmp-", suffix=".sqlite", dir=path.parent)
    os.close(fd)
    try:
        connection = sqlite3.connect(temporary)
        try:
            with connection:
                connection.execute("CREATE TABLE answers (key TEXT PRIMARY KEY, value) WITHOUT ROWID")
                connection.executemany("INSERT INTO answers VALUES (?, ?)", rows)
                connection.execute("INSERT INTO answers VALUES (?, ?)", (_META, json.dumps(meta)))
        finally:
            connection.close()
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def cached_value(name: str, sources: tuple, build: Callable[[], object]) -> object:
    """``build()`` (dicts, sets, strings, numbers), kept in the cache folder as marshal data named by
    this Python's version and the ``sources`` files' sizes and times, so a change to either builds it
    again. Reading it back costs a command half what building it from the text files does."""
    import marshal
    import sys

    from .files import write_atomically

    try:
        key = "|".join([str(FORMAT), sys.version, *(f"{source}:{os.stat(source).st_size}:{os.stat(source).st_mtime_ns}"
                                                    for source in map(str, sources))])
    except OSError:  # not plain files (a zipped install): built each time
        return build()
    path = cache_folder() / f"{name}-{hashlib.sha256(key.encode()).hexdigest()[:16]}.marshal"
    try:
        return marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        pass  # not made yet, damaged, or the folder cannot be read
    value = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        write_atomically(path, marshal.dumps(value), durable=False)
    except (OSError, ValueError):
        pass
    return value
