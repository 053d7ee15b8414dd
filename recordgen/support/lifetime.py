"""Processes that die with the batch, and what a killed batch left behind, found and removed.

A batch's main process can be killed alone (``kill -9``, a scheduler's time
limit, the OOM killer). Its workers must not live on holding the output folder
or LibreOffice: each worker asks the kernel to kill it when its parent dies
(Linux ``PR_SET_PDEATHSIG``); LibreOffice, which starts processes of its own, is
watched by its UNO worker instead (``pdf/_uno_worker.py``). What still escapes
(a machine without prctl, a worker killed first) is swept at the next start by
``sweep_orphans``: temporary folders carry an owner file naming the process that
made them, and only folders whose owner is gone are removed.
"""

from __future__ import annotations

import ctypes
import os
import shutil
import signal
import sys
import tempfile
import time
from pathlib import Path

OWNER_FILE = ".recordgen-owner"
TEMP_PREFIXES = ("recordgen-lo", "recordgen-fonts-")
_PR_SET_PDEATHSIG = 1
# A folder without an owner file (an older recordgen's) is left alone until this old.
_UNOWNED_GRACE_SECONDS = 3600


def die_with_parent(parent_pid: int) -> None:
    """Have the kernel SIGKILL this process when its parent dies; exit now if it already has.

    Called first thing in a forked worker. The check after prctl closes the race
    where the parent died between the fork and the call.
    """
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent_pid:
        os._exit(1)


def process_start(pid: int) -> str | None:
    """The kernel's start time of ``pid`` (a pid may be reused; this pair may not), or None if gone."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as handle:
            stat = handle.read()
    except OSError:
        if sys.platform.startswith("linux"):
            return None
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return None
        except PermissionError:
            pass
        return "?"
    # Field 22, counted after the command name, which is in brackets and may hold spaces.
    fields = stat[stat.rfind(b")") + 2:].split()
    return fields[19].decode() if len(fields) > 19 else "?"


def mark_owner(folder: Path) -> None:
    """Write the owner file into a temporary folder this process made."""
    (Path(folder) / OWNER_FILE).write_text(f"{os.getpid()} {process_start(os.getpid())}\n", encoding="ascii")


def _owner_alive(folder: Path) -> bool | None:
    """True/False by the owner file; None when there is none (or it cannot be read)."""
    try:
        pid_text, start = (folder / OWNER_FILE).read_text(encoding="ascii").split()
        pid = int(pid_text)
    except (OSError, ValueError):
        return None
    now = process_start(pid)
    return now is not None and (now == start or now == "?")


def _processes_using(paths: set[str]) -> list[int]:
    """Our own processes whose command line names one of ``paths`` (LibreOffice and its worker)."""
    found = []
    uid = os.getuid()
    for entry in Path("/proc").iterdir() if Path("/proc").is_dir() else ():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            if entry.stat().st_uid != uid:
                continue
            cmdline = (entry / "cmdline").read_bytes().decode("utf-8", "replace")
        except OSError:
            continue
        if any(path in cmdline for path in paths):
            found.append(int(entry.name))
    return found


def sweep_orphans(temp_dir: str | None = None) -> int:
    """Remove what killed runs left in the temporary folder: LibreOffice profiles and font files,
    and any LibreOffice still running on them. A live run's folders are never touched."""
    base = Path(temp_dir or tempfile.gettempdir())
    try:
        candidates = [p for p in base.iterdir() if p.name.startswith(TEMP_PREFIXES) and p.is_dir()
                      and not p.is_symlink() and p.stat().st_uid == os.getuid()]
    except OSError:
        return 0
    stale = []
    for folder in candidates:
        alive = _owner_alive(folder)
        if alive is None:
            try:
                age = time.time() - folder.stat().st_mtime
            except OSError:
                continue
            if age < _UNOWNED_GRACE_SECONDS:
                continue
        elif alive:
            continue
        stale.append(folder)
    if not stale:
        return 0
    # LibreOffice and its worker name the profile (a file: URL, or the path) on their command line.
    names = {str(f) for f in stale} | {f.as_uri() for f in stale}
    for pid in _processes_using(names):
        try:
            os.kill(pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
    for folder in stale:
        shutil.rmtree(folder, ignore_errors=True)
    return len(stale)
