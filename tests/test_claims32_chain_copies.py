"""Blind review 26, findings 9, 11, 14: a batch holding later (or earlier) reviews of the same child
tells the next review and the plan's history as those records have them. Real batches, copies read back."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from click.testing import CliRunner

from recordfiles import docx_text, write_record
from recordgen.cli import main_group


def _review(day: str, sequence: int, status: str = "held", still_right: bool = True):
    def change(data: dict) -> None:
        data["review"]["date"] = day
        data["review"]["sequence"] = sequence
        data.pop("next_review", None)
        data["care_plan"]["still_right"] = still_right
        for action in data.get("actions", []):
            action["by"] = (dt.date.fromisoformat(day) + dt.timedelta(days=28)).isoformat()
            action.pop("done", None)
        if status == "planned":
            data["review"]["status"] = "planned"
            data["review"]["time"] = "10:30"
            data["review"].pop("participation", None)
            for key in ("child_views", "working_well", "worries", "goals", "actions"):
                data.pop(key, None)
    return change


def _batch(folder: Path, out: Path, today: str) -> None:
    import os
    os.environ["RECORDGEN_TODAY"] = today  # the copies' own clock (restored by the fixture below)
    result = CliRunner().invoke(main_group, ["batch", str(folder), "-o", str(out), "--today", today,
                                             "--workers", "1"], catch_exceptions=False)
    assert result.exit_code in (0, 1), result.output


import pytest


@pytest.fixture(autouse=True)
def _clock(monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-12-07")


def _child_copy(out: Path, day: str) -> str:
    (path,) = [p for p in out.rglob(f"*_{day}_child-*.docx")]
    return " ".join(docx_text(path.read_bytes()).split())


def _long(day: str) -> str:
    d = dt.date.fromisoformat(day)
    return f"{d:%A}, {d.day} {d:%B %Y}"


def test_a_later_held_review_in_the_batch_is_the_next_review_told(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    write_record(folder, _review("2026-03-03", 2), name="r1.yaml")
    write_record(folder, _review("2026-06-10", 3), name="r2.yaml")
    _batch(folder, tmp_path / "out", "2026-07-01")
    first = _child_copy(tmp_path / "out", "2026-03-03")
    assert f"Your next review was on {_long('2026-06-10')}." in first
    assert "was due by" not in first and "will be by" not in first


def test_a_planned_next_review_in_the_batch_is_the_date_told(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    write_record(folder, _review("2026-03-03", 2), name="r1.yaml")
    write_record(folder, _review("2026-05-20", 3, status="planned"), name="r2.yaml")
    _batch(folder, tmp_path / "out", "2026-03-10")
    first = _child_copy(tmp_path / "out", "2026-03-03")
    assert f"Your next review is on {_long('2026-05-20')}." in first
    assert "will be by" not in first


def test_the_plan_still_not_right_says_still_not_any_more(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    write_record(folder, _review("2026-03-03", 2, still_right=False), name="r1.yaml")
    write_record(folder, _review("2026-06-10", 3, still_right=False), name="r2.yaml")
    _batch(folder, tmp_path / "out", "2026-06-12")
    second = _child_copy(tmp_path / "out", "2026-06-10")
    assert "any more" not in second
    assert "I still do not think your plan is right for you. It needs to change." in second


def test_a_planned_next_review_whose_day_has_gone_is_not_told_as_held(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    write_record(folder, _review("2026-03-03", 2), name="r1.yaml")
    write_record(folder, _review("2026-05-20", 3, status="planned"), name="r2.yaml")
    _batch(folder, tmp_path / "out", "2026-07-01")
    first = _child_copy(tmp_path / "out", "2026-03-03")
    assert f"was on {_long('2026-05-20')}" not in first and f"is on {_long('2026-05-20')}" not in first
