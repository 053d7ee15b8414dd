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
            if name.startswith((".tmp-", CLAIM_PREFIX)) or (name.startswith(".") and name.endswith(".partial")):
                Path(folder, name).unlink(missing_ok=True)
                removed += 1
    return removed


class OutputLock:
    """One batch at a time per output folder; the kernel releases it if the batch is killed."""

    def __init__(self, output: Path):
        self.path = output / LOCK_FILE
        self._handle = None

    def __enter__(self) -> OutputLock:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._handle = open(self.path, "a")
        try:
            fcntl.flock(self._handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            self._handle.close()
            raise BatchBusy(f"another batch is writing to {self.path.parent}; wait for it to finish") from None
        return self

    def __exit__(self, *exc_info) -> None:
        fcntl.flock(self._handle, fcntl.LOCK_UN)
        self._handle.close()




def claim_folder(folder: Path, run_id: str, source: str) -> str | None:
    """Claim a record folder for this run; the other record's file if it was already claimed."""
    claim = folder / f"{CLAIM_PREFIX}{run_id}"
    try:
        fd = os.open(claim, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:
        owner = claim.read_text(encoding="utf-8")
        return None if owner == source else owner
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(source)
    return None
