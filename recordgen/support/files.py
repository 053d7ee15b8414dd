"""Writing files so that a reader, or a rerun after a crash, never sees half of one."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

# mkstemp makes 0600 files; a new file should get the mode any other new file would.
_UMASK = os.umask(0)
os.umask(_UMASK)


def write_atomically(path: str | Path, data: bytes, *, durable: bool = True) -> None:
    """Write to a temporary file in the same folder, then rename over ``path``.

    ``durable`` fsyncs the file first. A batch passes False and syncs the whole
    file system once at the end instead: an fsync per copy cost more than making it.
    A file being replaced keeps its mode.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(prefix=".tmp-", suffix=path.suffix, dir=path.parent)
    try:
        try:
            mode = path.stat().st_mode & 0o777
        except FileNotFoundError:
            mode = 0o666 & ~_UMASK
        os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
