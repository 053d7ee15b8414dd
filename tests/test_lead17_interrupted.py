"""Ctrl-C during a batch (blind review 30, finding 8): a plain message and exit 130, not "something went
wrong inside recordgen ... Please report it" (exit 4) nor click's "Aborted!" (exit 1, an invalid record's
code); the same command run again finishes the batch."""

from __future__ import annotations

import csv
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from fictional import fictional_record, write_corpus

from recordgen.cli._common import _interrupted

RECORDS = 40


def _copies(out: Path) -> list[Path]:
    return [p for p in out.rglob("*.docx") if not p.name.startswith(".")]


@pytest.mark.parametrize("workers", ["1", "2"])
def test_ctrl_c_stops_a_batch_with_a_plain_message_and_a_rerun_finishes_it(tmp_path, workers):
    records = tmp_path / "records"
    write_corpus(records, RECORDS)
    out = tmp_path / "out"
    command = [sys.executable, "-m", "recordgen", "batch", str(records), "-o", str(out),
               "--workers", workers, "--today", "2026-02-02"]
    # Its own process group: a terminal's Ctrl-C reaches the batch and its workers alike.
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               start_new_session=True)
    deadline = time.monotonic() + 120
    while len(_copies(out)) < 5 and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.02)
    assert process.poll() is None, "the batch finished before it could be stopped; give it more records"
    os.killpg(process.pid, signal.SIGINT)
    stdout, stderr = process.communicate(timeout=120)
    assert process.returncode == 130, stderr[-2000:]
    assert "stopped (Ctrl-C)" in stderr and "Run the same command again" in stderr
    assert "something went wrong" not in stderr and "Traceback" not in stderr + stdout
    assert "Aborted!" not in stderr

    rerun = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr + rerun.stdout
    with open(out / "manifest.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == sum(len(fictional_record(i)["distribution"]) for i in range(RECORDS))
    assert {row["status"] for row in rows} == {"ready"}


def test_a_fault_raised_while_handling_ctrl_c_is_the_interrupt():
    try:
        try:
            raise KeyboardInterrupt
        except KeyboardInterrupt:
            raise RuntimeError("a pool shutting down")  # noqa: B904 - as a library would
    except RuntimeError as fault:
        assert _interrupted(fault)
    assert not _interrupted(ValueError("a real fault"))
