"""Blind review 28, F12: a parent's postal address (`distribution[].address`) that is, or names, the confidential
placement ("c/o Donna Pickersgill, 3 Saltmarsh Way, Withernsea, HU19 2EE" for Wayne, Ruby's dad) passed
validate and batch, and only `send --post-pack` refused it, days later at the post room. validate now says so at
distribution.N.address; a parent living in the same town or postcode district is no error, nor the carer's own
address. The reviewer's record (tests/data_leaks35/ruby-post.yaml)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data_leaks35"
ROOT = Path(__file__).parent.parent
WRITTEN = "c/o Donna Pickersgill, 3 Saltmarsh Way, Withernsea, HU19 2EE"


def _run(*args, cwd):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "RECORDGEN_TODAY": "2026-12-07"}
    return subprocess.run([sys.executable, "-m", "recordgen", *map(str, args)], cwd=cwd, env=env,
                          capture_output=True, text=True)


def _record(folder: Path, address: str = WRITTEN) -> Path:
    text = (DATA / "ruby-post.yaml").read_text(encoding="utf-8")
    assert WRITTEN in text
    path = folder / "ruby.yaml"
    path.write_text(text.replace(WRITTEN, address), encoding="utf-8")
    return path


def _errors(result) -> list[str]:
    return [line.split(".yaml:", 1)[1] for line in result.stdout.splitlines() if ": error: " in line]


def test_the_reviewers_record_is_an_error_at_the_dads_address_and_batch_makes_nothing(tmp_path):
    record = _record(tmp_path)
    result = _run("validate", record, cwd=tmp_path)
    assert result.returncode == 1
    assert _errors(result) == [
        "28: distribution.2.address: error: this names the address ('3 Saltmarsh Way, Withernsea, HU19 2EE') which "
        "is kept from parents because the placement is confidential (placement.address, line 23); a part is enough "
        "to find a child; this is the postal address of Wayne Shaw, a parent, printed on the cover of the papers "
        "posted to them, and a parent's papers must not go to the child's home nor name it; write Wayne Shaw's own "
        "postal address, or leave it out and send the papers another way"]
    batch = _run("batch", tmp_path, "-o", tmp_path / "out", "--format", "docx", "--allow-example-contacts",
                 cwd=tmp_path)
    assert "Records: 1 (1 invalid)" in batch.stdout and not list((tmp_path / "out").glob("*.docx"))


@pytest.mark.parametrize("address, named", [
    ("Flat 2, 3 Saltmarsh Way, Withernsea", "'3 Saltmarsh Way', the house number and street"),
    ("c/o Pickersgill, 12 Marsh Lane, Hull, HU1 1AA", "'Pickersgill', the family name of the carers"),
    ("12 Marsh Lane, HU19 2EE", "'HU19 2EE', the postcode"),
    ("40 Saltmarsh Way, Withernsea", "'Saltmarsh Way', the street"),
])
def test_a_part_of_it_is_an_error_too(tmp_path, address, named):
    errors = _errors(_run("validate", _record(tmp_path, address), cwd=tmp_path))
    assert len(errors) == 1 and "distribution.2.address: error: this names " + named in errors[0], errors


def test_the_dads_own_address_in_the_same_town_and_district_is_not(tmp_path):
    result = _run("validate", _record(tmp_path, "14 Marsh Lane, Withernsea, HU19 2AB"), cwd=tmp_path)
    assert result.returncode == 0, result.stdout  # the child's and the carers' own entries give the home: theirs
