"""A batch's parent imports, before its workers fork, what every held review's checks and copies
import when first needed (the paraphrase, names, places and earlier-review checks, the consultation
papers' module that ``paper_shows`` lives in, jellyfish): once, not once in each worker."""

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
        "recordgen.rules.earlier", "recordgen.rendering.consult", "jellyfish"]
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
