"""Writing files so that a reader, or a rerun after a crash, never sees half of one."""

from __future__ import annotations

import os
from pathlib import Path

# A new file gets 0666 less the umask, as any other new file does; one being replaced keeps its mode.
_UMASK = os.umask(0)
os.umask(_UMASK)
_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC | getattr(os, "O_NOFOLLOW", 0)


def _open_temporary(folder: Path, suffix: str) -> tuple[int, str]:
    """A new ``.tmp-*`` file in ``folder``, made with the mode any new file gets (0666 less the umask)."""
    while True:
        temporary = os.path.join(folder, f".tmp-{os.urandom(6).hex()}{suffix}")
        try:
            return os.open(temporary, _FLAGS, 0o666), temporary
        except FileExistsError:
            continue


def write_atomically(path: str | Path, data: bytes, *, durable: bool = True) -> None:
    """Write to a temporary file in the same folder, then rename over ``path``.

    ``durable`` fsyncs the file first. A batch passes False and syncs the whole
    file system once at the end instead: an fsync per copy cost more than making it.
    A file being replaced keeps its mode.
    """
    path = Path(path)
    try:
        fd, temporary = _open_temporary(path.parent, path.suffix)
    except FileNotFoundError:  # only then: a batch writes thousands of files into folders it has made
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temporary = _open_temporary(path.parent, path.suffix)
    try:
        try:
            mode = os.stat(path).st_mode & 0o777
        except FileNotFoundError:
            mode = None
        try:
            if mode is not None and mode != 0o666 & ~_UMASK:
                os.fchmod(fd, mode)
            view = memoryview(data)
            while view:  # the descriptor itself: a file object's buffer would cost more calls than the copy
                view = view[os.write(fd, view):]
            if durable:
                os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(temporary, path)
    except BaseException:
        try:
            os.unlink(temporary)
        except FileNotFoundError:
            pass
        raise
