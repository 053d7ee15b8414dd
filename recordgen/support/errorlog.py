"""The log of recordgen's own faults (~/.recordgen-error.log): owner-only, kept, nothing of a child's.

A fault's message can quote the data it choked on (a case id, a name, a line of
a record), so the log holds only where the fault was: the exception's type and
the stack of files, lines and functions, which is what a maintainer needs.
Each fault is appended; past a size the log is rotated, keeping a few old ones.
"""

from __future__ import annotations

import datetime as dt
import os
import traceback
from pathlib import Path

LOG_NAME = ".recordgen-error.log"
MAX_BYTES = 256 * 1024
KEEP = 3  # .1 .. .3


def log_path() -> Path:
    return Path.home() / LOG_NAME


def fault_text(exc: BaseException, where: str = "") -> str:
    """Type and stack only: never the message or the values, which may hold a child's data."""
    stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    lines = [f"--- {stamp} {where}".rstrip(), f"{type(exc).__module__}.{type(exc).__qualname__}"]
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        for frame in traceback.extract_tb(current.__traceback__):
            lines.append(f"  {frame.filename}:{frame.lineno} in {frame.name}")
        current = current.__cause__ or current.__context__
        if current is not None:
            lines.append(f"while handling {type(current).__module__}.{type(current).__qualname__}")
    return "\n".join(lines) + "\n"


def _rotate(path: Path) -> None:
    for number in range(KEEP, 0, -1):
        older = path.with_name(f"{path.name}.{number}")
        newer = path.with_name(f"{path.name}.{number - 1}") if number > 1 else path
        if newer.exists():
            os.replace(newer, older)


def log_fault(exc: BaseException, where: str = "") -> Path:
    """Append the fault to the log (created 0600, made 0600 if it was not); returns its path.
    Raises OSError when it cannot be written."""
    path = log_path()
    try:
        if path.stat().st_size > MAX_BYTES:
            _rotate(path)
    except FileNotFoundError:
        pass
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC, 0o600)
    try:
        os.fchmod(fd, 0o600)  # an older recordgen made it world-readable
        os.write(fd, fault_text(exc, where).encode("utf-8"))
    finally:
        os.close(fd)
    return path
