"""The batch benchmark's naive way makes the same words as the tool: a figure against a loop that
writes other copies would compare nothing (issue 20). Every copy of 20 records, both ways."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "benchmarks" / "bench_batch.py"


def test_the_naive_way_makes_the_same_words_as_the_batch():
    result = subprocess.run([sys.executable, str(BENCH), "--records", "20", "--repeats", "1", "--fictional", "0",
                             "--compare-every", "1"], capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    assert "copies compared word for word" in result.stdout
