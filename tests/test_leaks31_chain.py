"""Blind review 26, finding 5: words withheld from the parent at review 2 ("Mum shouted at me on the
phone.", child_views.2 with withhold_from: [parent]) and copied into review 3 without it. With both
reviews of the same child among the files validated or batched, validate and batch warn at each text of
review 3 that repeats it (the reviewer's records, tests/data_leaks31/jade-2.yaml, jade-3-leaky.yaml)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

DATA = Path(__file__).parent / "data_leaks31"
ROOT = Path(__file__).parent.parent


def _run(*args, cwd):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "RECORDGEN_TODAY": "2026-12-07"}
    return subprocess.run([sys.executable, "-m", "recordgen", *args], cwd=cwd, env=env, capture_output=True,
                          text=True)


def _chain(tmp_path, later: str | None = None) -> tuple[Path, Path]:
    folder = tmp_path / "en2"
    folder.mkdir()
    shutil.copy(DATA / "jade-2.yaml", folder / "jade-2.yaml")
    text = (DATA / "jade-3-leaky.yaml").read_text(encoding="utf-8")
    (folder / "jade-3.yaml").write_text(later(text) if later else text, encoding="utf-8")
    return folder / "jade-2.yaml", folder / "jade-3.yaml"


def test_validate_warns_at_each_repeat_in_the_later_review(tmp_path):
    earlier, later = _chain(tmp_path)
    out = _run("validate", str(later), str(earlier), cwd=tmp_path).stdout   # any order
    found = [line for line in out.splitlines() if "of the review of 2026-07-01" in line]
    assert len(found) == 2, out
    assert "jade-3.yaml:22: child_views.2: warning: this repeats child_views.2" in found[0]
    assert "jade-3.yaml:26: worries.1: warning:" in found[1] and "(jade-2.yaml, line 22)" in found[1]
    assert "withheld from parent" in found[1]


def test_withheld_again_or_alone_no_warning(tmp_path):
    earlier, later = _chain(tmp_path, lambda text: text.replace(
        "  - Mum shouted at me on the phone.\n",
        "  - text: Mum shouted at me on the phone.\n    withhold_from: [parent]\n"))
    assert "of the review of" not in _run("validate", str(earlier), str(later), cwd=tmp_path).stdout
    (tmp_path / "b").mkdir()
    _, alone = _chain(tmp_path / "b")   # the earlier review not given
    assert "of the review of" not in _run("validate", str(alone), cwd=tmp_path).stdout


def test_batch_warns_and_the_parent_copy_is_the_one_that_shows_it(tmp_path):
    import docx

    earlier, later = _chain(tmp_path)
    result = _run("batch", str(earlier.parent), "-o", str(tmp_path / "out"), "--allow-example-contacts",
                  cwd=tmp_path)
    warned = [line for line in result.stderr.splitlines() if "of the review of 2026-07-01" in line]
    assert len(warned) == 2, result.stderr
    copy = next((tmp_path / "out").rglob("FS-4100_2026-12-01_parent-*.docx"))
    assert "Mum shouted at me on the phone." in "\n".join(p.text for p in docx.Document(copy).paragraphs)
