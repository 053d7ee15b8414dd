"""Blind review 26, finding 1 (siblings): Tia's record (not confidential) says "Ollie lives on Mill Lane
now." and Kayden's "Your brother Ollie's carers in Mill Lane ...", both sent to their mum, while Ollie's
confidential home is 3 Mill Lane. Validated together, each is a warning (a street of generic words, as
for the child's own: tests/test_leaks31_street.py). The reviewer's records (tests/data_leaks31/sc6)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

DATA = Path(__file__).parent / "data_leaks31" / "sc6"
ROOT = Path(__file__).parent.parent


def _validate(*files: Path) -> str:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "RECORDGEN_TODAY": "2026-12-07"}
    return subprocess.run([sys.executable, "-m", "recordgen", "validate", *map(str, files)], env=env,
                          capture_output=True, text=True).stdout


def test_a_siblings_street_named_to_the_shared_mum_is_warned():
    out = _validate(DATA / "tia-1.yaml", DATA / "kayden-1.yaml", DATA / "ollie-1.yaml")
    found = [line for line in out.splitlines() if "'Mill Lane', the street of Oliver Marsh's home" in line]
    assert len(found) == 2, out
    assert any("tia-1.yaml:27: worries.2: warning:" in line for line in found)
    assert any("kayden-1.yaml:29: worries.1: warning:" in line for line in found)


def test_not_without_the_siblings_record(tmp_path):
    # Not in their folder either: validate of one file reads the records beside it (blind review 32, finding 2).
    for name in ("tia-1.yaml", "kayden-1.yaml"):
        (tmp_path / name).write_bytes((DATA / name).read_bytes())
    assert "Mill Lane" not in _validate(tmp_path / "tia-1.yaml", tmp_path / "kayden-1.yaml")


def test_validate_of_one_file_reads_the_siblings_record_beside_it():
    found = [line for line in _validate(DATA / "tia-1.yaml").splitlines() if "'Mill Lane', the street of" in line]
    assert len(found) == 1 and "tia-1.yaml:27: worries.2: warning:" in found[0]
