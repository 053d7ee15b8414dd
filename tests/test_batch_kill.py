"""A batch killed at any moment and run again ends complete and correct."""

from __future__ import annotations

import csv
import hashlib
import os
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import docx

from fictional import fictional_record, write_corpus

RECORDS = 40


def _copies(out: Path) -> list[Path]:
    return [p for p in out.rglob("*.docx") if not p.name.startswith(".")]


def test_killed_batch_is_completed_by_a_rerun(tmp_path):
    records = tmp_path / "records"
    write_corpus(records, RECORDS)
    out = tmp_path / "out"
    command = [sys.executable, "-m", "recordgen", "batch", str(records), "-o", str(out),
               "--workers", "2", "--today", "2026-02-02"]
    # Its own process group, so kill -9 takes the workers too, as a power cut or OOM kill would.
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               start_new_session=True)
    deadline = time.monotonic() + 120
    while len(_copies(out)) < 10 and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.02)
    assert process.poll() is None, "the batch finished before it could be killed; give it more records"
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    made_before_kill = len(_copies(out))
    assert not (out / "manifest.csv").exists()  # the manifest only appears when the batch completes

    rerun = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr + rerun.stdout

    expected = sum(len(fictional_record(i)["distribution"]) for i in range(RECORDS))
    with open(out / "manifest.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == expected
    assert {row["status"] for row in rows} == {"ready"}
    assert sorted(out / row["path"] for row in rows) == sorted(_copies(out))
    for row in rows:
        path = out / row["path"]
        with zipfile.ZipFile(path) as archive:
            assert archive.testzip() is None
        docx.Document(str(path))
        assert hashlib.sha256(path.read_bytes()).hexdigest() == row["sha256"]
    leftovers = [p for p in out.rglob("*") if p.name.startswith((".tmp-", ".claim-"))
                 or p.name.endswith(".partial") or ".recordgen-scratch" in p.parts]
    assert leftovers == []
    assert made_before_kill < expected  # it really was killed part-way


# --- the main process killed alone (kill -9 PID), as an operator, a time limit or the OOM killer does ---

def _alive_from(pid: int) -> list[str]:
    """Processes a killed batch left running: its workers (in its process group) and the
    LibreOffice converters and UNO workers it started (they name its pid in their pipe)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode("utf-8", "replace")
        except OSError:
            continue
        fields = stat[stat.rfind(")") + 2:].split()
        state, pgid = fields[0], int(fields[2])
        if state == "Z":
            continue  # dead, waiting to be reaped
        if pgid == pid or f"recordgen-{pid}-" in cmdline:
            found.append(f"{entry.name}: {cmdline[:120]}")
    return found


def _wait_until_gone(pid: int, seconds: float = 15) -> list[str]:
    deadline = time.monotonic() + seconds
    while (left := _alive_from(pid)) and time.monotonic() < deadline:
        time.sleep(0.1)
    return left


def _check_complete(out: Path, expected: int, suffix: str) -> None:
    with open(out / "manifest.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == expected
    assert {row["status"] for row in rows} == {"ready"}, {row["reason"] for row in rows}
    made = [p for p in out.rglob(f"*{suffix}") if not p.name.startswith(".")]
    assert sorted(out / row["path"] for row in rows) == sorted(made)
    for row in rows:
        assert hashlib.sha256((out / row["path"]).read_bytes()).hexdigest() == row["sha256"]
    json_rows = __import__("json").loads((out / "manifest.json").read_text(encoding="utf-8"))["copies"]
    assert [r["sha256"] for r in json_rows] == [r["sha256"] for r in rows]
    leftovers = [p for p in out.rglob("*") if p.name.startswith((".tmp-", ".claim-", ".~lock."))
                 or p.name.endswith(".partial") or ".recordgen-scratch" in p.parts]
    assert leftovers == []


def _kill_main_alone(command: list[str], env: dict, wait_for, delay: float) -> subprocess.Popen:
    # Its own process group only so the test can find what it left; the kill is to the main pid alone.
    # stderr to a file: a pipe would stay open for as long as an orphaned worker lived.
    log = Path(env["TMPDIR"]).parent / "stderr.txt"
    with open(log, "wb") as stderr_file:
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=stderr_file, env=env,
                                   start_new_session=True)
    deadline = time.monotonic() + 120
    while not wait_for(process) and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.02)
    time.sleep(delay)
    if process.poll() is None:
        os.kill(process.pid, signal.SIGKILL)
    process.wait()
    stderr = log.read_text(encoding="utf-8", errors="replace")
    assert "another batch is writing" not in stderr, stderr
    left = _wait_until_gone(process.pid)
    assert left == [], f"the killed batch left processes running: {left}"
    return process


def test_main_process_killed_alone_20_times_then_a_rerun_completes(tmp_path):
    import random

    rng = random.Random(20)
    records = tmp_path / "records"
    count = 12
    write_corpus(records, count)
    out = tmp_path / "out"
    temp = tmp_path / "tmp"
    temp.mkdir()
    env = dict(os.environ, TMPDIR=str(temp))
    command = [sys.executable, "-m", "recordgen", "batch", str(records), "-o", str(out),
               "--workers", "2", "--today", "2026-02-02"]
    def making_copies(process: subprocess.Popen) -> bool:
        return any(out.rglob(".claim-*"))  # a record's copies are being written

    killed_mid_way = 0
    for trial in range(20):
        # Three changed records each time, so every run has copies to make again (a run with
        # nothing to do ends before any kill lands, however fast or slow the machine).
        for record in {trial % count, (trial + 4) % count, (trial + 8) % count}:
            path = records / f"review-{record:05d}.yaml"
            path.write_text(path.read_text() + f"\n# edit {trial}\n")
        process = _kill_main_alone(command, env, making_copies, rng.uniform(0.0, 0.4))
        killed_mid_way += process.returncode == -signal.SIGKILL
    assert killed_mid_way >= 10, "too few kills landed mid-batch to prove anything"

    rerun = subprocess.run(command, capture_output=True, text=True, timeout=300, env=env)
    assert rerun.returncode == 0, rerun.stderr + rerun.stdout
    expected = sum(len(fictional_record(i)["distribution"]) for i in range(count))
    _check_complete(out, expected, ".docx")
    assert sorted(p.name for p in temp.iterdir()) == []


def test_pdf_batch_killed_alone_leaves_no_libreoffice_and_a_rerun_completes(tmp_path):
    from recordfiles import require_libreoffice

    require_libreoffice()
    records = tmp_path / "records"
    write_corpus(records, 2)
    out = tmp_path / "out"
    temp = tmp_path / "tmp"
    temp.mkdir()
    env = dict(os.environ, TMPDIR=str(temp))
    command = [sys.executable, "-m", "recordgen", "batch", str(records), "-o", str(out), "--format", "pdf",
               "--workers", "1", "--today", "2026-02-02"]

    def converting(process: subprocess.Popen) -> bool:
        return any("soffice" in line for line in _alive_from(process.pid))

    for delay in (0.5, 2.5):  # LibreOffice starting, then converting
        _kill_main_alone(command, env, converting, delay)
        # Its profiles go with it (its UNO worker removes them), except one made in the instant
        # before that worker started: that one is marked as the killed run's and swept by the
        # rerun (the folder is empty at the end).
        deadline = time.monotonic() + 15
        while [p for p in temp.iterdir() if p.name.startswith("recordgen-lo")] and time.monotonic() < deadline:
            time.sleep(0.2)

    rerun = subprocess.run(command, capture_output=True, text=True, timeout=600, env=env)
    assert rerun.returncode == 0, rerun.stderr + rerun.stdout
    expected = sum(len(fictional_record(i)["distribution"]) for i in range(2))
    _check_complete(out, expected, ".pdf")
    # The font folders of the killed runs were swept at the rerun's start; LibreOffice's own
    # temporary files live in its profile, removed with it.
    assert sorted(p.name for p in temp.iterdir()) == []
