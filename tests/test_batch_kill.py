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
