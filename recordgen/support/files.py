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


#: A file whose status changed this close to when it was read (ns) is read again next time: a write
#: in the same tick of the file system's clock would leave its times and size as they were (a tick is
#: a few milliseconds on most; 2 s for a modification time on FAT, a memory stick's).
SETTLED_NS = 2_000_000_000
#: Answers kept at most (a server's folders); past it the store starts again.
_KEPT_ANSWERS = 100_000
#: ``(path, reader) -> (the file's status when it was read, the answer)``.
_answers: dict[tuple, tuple[tuple, object]] = {}


def while_unchanged(path: str, read, fresh=None):
    """``read(path)``, kept in this process while the file's status (device, inode, size, modification
    and change times) stays as it was when it was read: the page and an integration rendering one copy
    after another read each file of a folder of many children once, not once per copy. A file changed
    within ``SETTLED_NS`` is read each time and not kept (a write in the same clock tick would leave its
    status alike), by ``fresh`` when given (a cheaper question about it). Raises OSError when the file
    cannot be found or read; the answer is shared: its callers must not change it."""
    import time

    stat = os.stat(path)
    status = (stat.st_dev, stat.st_ino, stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns)
    if max(status[3], status[4]) >= time.time_ns() - SETTLED_NS:
        return (fresh or read)(path)
    key = (path, read)
    kept = _answers.get(key)
    if kept is not None and kept[0] == status:
        return kept[1]
    try:
        answer = read(path)  # changed since the status was taken: it differs next time, so read again
    except OSError:
        _answers.pop(key, None)
        raise
    if len(_answers) >= _KEPT_ANSWERS:
        _answers.clear()
    _answers[key] = (status, answer)
    return answer
