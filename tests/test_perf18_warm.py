"""A batch's parent imports, before its workers fork, what every held review's checks import when
first needed (the paraphrase, names, places and earlier-review checks, jellyfish): once, not once in
each worker. And a worker making a held review's copies imports nothing of a planned review's papers
(rendering.consult) unless a sibling's placement is named (which paper shows what)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_SCRIPT = r"""
import sys
from pathlib import Path
from recordgen.distribution.copies import BatchOptions, warmed_workers
lazy = ["recordgen.rules.paraphrase", "recordgen.rules.names_shown", "recordgen.rules.locators",
        "recordgen.rules.earlier", "jellyfish"]
before = [name for name in lazy if name in sys.modules]
with warmed_workers(BatchOptions(output=Path(sys.argv[1]))):
    after = [name for name in lazy if name not in sys.modules]
print(before, after)
"""


def test_the_parent_imports_what_each_worker_would(tmp_path):
    result = subprocess.run([sys.executable, "-c", _SCRIPT, str(tmp_path)], capture_output=True, text=True, cwd=ROOT,
                            env={**os.environ, "PYTHONPATH": str(ROOT)}, check=True)
    # Not imported by the batch's modules themselves (``validate`` of one file keeps them lazy), and all
    # imported once the workers are about to fork.
    assert result.stdout.strip() == "[] []", result.stdout + result.stderr


_WORKER = r"""
import datetime as dt
import sys
from pathlib import Path
from recordgen.distribution.copies import BatchOptions, RecordMaker
result = RecordMaker(BatchOptions(output=Path(sys.argv[1]), format="docx", force=True,
                                  today=dt.date(2026, 12, 6))).process(sys.argv[2])
print(sorted({row.status.value for row in result.rows}), "recordgen.rendering.consult" in sys.modules)
"""


def test_a_worker_making_a_held_reviews_copies_imports_no_planned_reviews_papers(tmp_path):
    from recordfiles import SAM

    result = subprocess.run([sys.executable, "-c", _WORKER, str(tmp_path / "out"), str(SAM)], capture_output=True,
                            text=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, check=True)
    assert result.stdout.split() == ["['ready']", "False"], result.stdout + result.stderr
