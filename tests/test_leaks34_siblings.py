"""Blind review 28, F20: Oliwer's planned review is to be held at "the hall at Sewerby Fields Primary
School", his sister Maja's confidential school; their mum Ewa is invited to both. The venue cannot be
withheld: the error says to hold the meeting elsewhere (not "withhold this item" or "is sent this copy
too"), and names the school plainly ("Maja Kowalczyk's school '...'", not "the school of ...'s school").
A booklet gives the review's date, never the venue: the batch refuses the mum's invitation, not her
booklet. The reviewer's records (tests/data_leaks34/siblings)."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path

from recordfiles import docx_text

DATA = Path(__file__).parent / "data_leaks34" / "siblings"
ROOT = Path(__file__).parent.parent


def _run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "RECORDGEN_TODAY": "2027-01-06"}
    return subprocess.run([sys.executable, "-m", "recordgen", *args], env=env, capture_output=True, text=True,
                          cwd=tmp_path)


def test_the_venue_at_a_siblings_school_says_hold_the_meeting_elsewhere(tmp_path):
    out = _run(tmp_path, "validate", str(DATA / "oliwer-planned.yaml"), str(DATA / "maja-review1.yaml")).stdout
    venue = [line for line in out.splitlines() if line.startswith(f"{DATA / 'oliwer-planned.yaml'}:14: review.venue: error:")]
    assert len(venue) == 1, out
    assert "this names Maja Kowalczyk's school 'Sewerby Fields Primary School' (maja-review1.yaml, line 64)" in venue[0]
    assert "Ewa Kowalczyk is invited to this meeting, and the invitation gives the venue: hold the meeting" in venue[0]
    assert "withhold" not in venue[0] and "this copy" not in venue[0] and "the school of" not in venue[0]
    # An item can be withheld: its message still says so.
    item = [line for line in out.splitlines() if f"{DATA / 'oliwer-planned.yaml'}:22: child_views.2: error:" in line]
    assert item and "'Sewerby Fields', the short name of Maja Kowalczyk's school" in item[0]
    assert "withhold this item from parent" in item[0]


def test_the_batch_refuses_the_mums_invitation_not_her_booklet(tmp_path):
    made = _run(tmp_path, "batch", str(DATA), "-o", str(tmp_path / "out"), "--allow-untranslated")
    rows = list(csv.DictReader((tmp_path / "out" / "manifest.csv").open(encoding="utf-8")))
    ewa = {row["kind"]: row for row in rows if row["recipient"] == "Ewa Kowalczyk" and row["child_id"] == "NS-70011"}
    assert ewa["invitation"]["status"] == "failed", made.stderr
    assert "Sewerby" not in ewa["invitation"]["reason"]  # the manifest names no secret
    assert ewa["booklet"]["status"] == "ready", ewa["booklet"]["reason"]
    booklet = docx_text((tmp_path / "out" / ewa["booklet"]["path"]).read_bytes())
    assert "21 stycznia 2027" in booklet  # the date, in Polish
    assert "Sewerby" not in booklet and "hall" not in booklet and "Featherstone" not in booklet
