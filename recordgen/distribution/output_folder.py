"""The batch's output folder: one batch at a time, nothing half-written left behind, what each copy was made from.

A lock per folder; a sweep of what a killed batch left (temporary files,
claims, scratch copies); a small state file per record folder so that a rerun
skips copies whose inputs have not changed; one syncfs at the end.
"""

from __future__ import annotations

import ctypes
import fcntl
import hashlib
import json
import os
import shutil
import stat
from pathlib import Path

from ..errors import Category, RecordgenError
from ..support.files import write_atomically

STATE_FILE = ".recordgen-state.json"
LOCK_FILE = ".recordgen-batch.lock"
SCRATCH_DIR = ".recordgen-scratch"
CLAIM_PREFIX = ".claim-"


class BatchBusy(RecordgenError):
    """Another batch is writing to the same output folder."""

    category = Category.USAGE


def file_sha256(path: Path) -> str | None:
    try:
        with open(path, "rb") as handle:
            return hashlib.file_digest(handle, "sha256").hexdigest()
    except OSError:
        return None


def sync_output(output: Path) -> None:
    """Make everything written so far durable: one syncfs for the whole batch, not one fsync a file."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        fd = os.open(output, os.O_RDONLY)
        try:
            if libc.syncfs(fd) == 0:
                return
        finally:
            os.close(fd)
    except (OSError, AttributeError):
        pass
    os.sync()


def read_state(folder: Path) -> dict:
    try:
        state = json.loads((folder / STATE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return state if isinstance(state, dict) else {}


def write_state(folder: Path, source: str, copies: dict[str, dict]) -> None:
    data = json.dumps({"source": source, "copies": copies}, indent=1, sort_keys=True).encode("utf-8")
    write_atomically(folder / STATE_FILE, data, durable=False)


def sweep_leftovers(output: Path) -> int:
    """Remove what a killed batch left: temporary files, claims, scratch copies. Lock held."""
    removed = 0
    scratch = output / SCRATCH_DIR
    if scratch.exists():
        shutil.rmtree(scratch, ignore_errors=True)
        removed += 1
    for folder, dirs, files in os.walk(output):
        dirs[:] = [d for d in dirs if d != SCRATCH_DIR]
        for name in files:
            if (name.startswith((".tmp-", CLAIM_PREFIX)) or (name.startswith(".") and name.endswith(".partial"))
                    or (name.startswith(".~lock.") and name.endswith(".partial#"))):  # LibreOffice's, for a partial PDF
                Path(folder, name).unlink(missing_ok=True)
                removed += 1
    return removed


# Lock descriptors this process holds. A flock belongs to the open file, which a forked
# worker would share and keep locked after the batch died; so a fork closes them at once.
_held_locks: set[int] = set()


def _close_held_locks_in_child() -> None:
    for fd in _held_locks:
        try:
            os.close(fd)  # the child's copy only: the parent's lock stands
        except OSError:
            pass
    _held_locks.clear()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_close_held_locks_in_child)


class OutputLock:
    """One batch at a time per output folder, held by the batch's main process alone.

    flock on a descriptor opened O_CLOEXEC (no program it starts inherits it) and
    closed in every forked worker: the kernel releases it the moment the main
    process dies, however it dies, so a rerun can always start.
    """

    def __init__(self, output: Path):
        self.path = output / LOCK_FILE
        self._fd: int | None = None

    def __enter__(self) -> OutputLock:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC | os.O_NOFOLLOW, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise BatchBusy(f"another batch is writing to {self.path.parent}; wait for it to finish") from None
        self._fd = fd
        _held_locks.add(fd)
        return self

    def __exit__(self, *exc_info) -> None:
        if self._fd is not None:
            _held_locks.discard(self._fd)
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None




def record_folder_in(output: Path, relative: str) -> Path | None:
    """``output/relative``, each of its parts made a folder if it is not one; None if a part is a
    link (or a file): a link in the way would take a child's copies elsewhere. ``output`` is the
    batch's folder, already resolved."""
    folder = output
    for part in relative.split("/"):
        folder = folder / part
        try:
            os.mkdir(folder)
        except FileExistsError:
            if not stat.S_ISDIR(os.lstat(folder).st_mode):
                return None
        except FileNotFoundError:  # the output folder is not made yet
            folder.mkdir(parents=True, exist_ok=True)
    return folder


def claim_folder(folder: Path, run_id: str, source: str) -> str | None:
    """Claim a record folder for this run; the other record's file if it was already claimed."""
    claim = folder / f"{CLAIM_PREFIX}{run_id}"
    try:
        fd = os.open(claim, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:
        owner = claim.read_text(encoding="utf-8")
        return None if owner == source else owner
    try:
        os.write(fd, source.encode("utf-8"))
    finally:
        os.close(fd)
    return None
