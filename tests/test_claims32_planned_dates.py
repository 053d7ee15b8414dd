"""Blind review 26, findings 16 and 17: a planned review's own day when it is no working day, and a
planned first review set after the 20 working days, are said while it can still be moved. Real files."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from recordfiles import write_record
from recordgen.cli import main_group


@pytest.fixture(autouse=True)
def _clock(monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-12-07")


def _planned(day: str, sequence: int, entered: str | None = None):
    def change(data: dict) -> None:
        data["review"]["date"] = day
        data["review"]["sequence"] = sequence
        data["review"]["status"] = "planned"
        data["review"]["time"] = "10:30"
        data["review"].pop("participation", None)
        data.pop("next_review", None)
        if entered:
            data["child"]["entered_care"] = entered
        for key in ("child_views", "working_well", "worries", "goals", "actions"):
            data.pop(key, None)
    return change


def _run(*args: str, code: int | None = None) -> str:
    result = CliRunner().invoke(main_group, list(args), catch_exceptions=False)
    if code is not None:
        assert result.exit_code == code, result.output
    return result.output


def test_dates_says_a_planned_review_on_good_friday_is_no_working_day(tmp_path):
    settings = tmp_path / "settings.toml"
    settings.write_text('[timescales]\nnation = "northern_ireland"\n', encoding="utf-8")
    path = write_record(tmp_path, _planned("2027-03-26", 4))
    output = _run("--settings", str(settings), "dates", str(path), code=0)
    line = next(line for line in output.splitlines() if line.startswith("Review planned for"))
    assert "2027-03-26" in line and "Good Friday" in line and "not a working day" in line


def test_a_planned_first_review_after_it_is_due_is_warned_and_noted(tmp_path):
    path = write_record(tmp_path, _planned("2027-01-05", 1, entered="2026-12-01"))
    output = _run("validate", str(path))
    assert "this first review is planned after it is due (2026-12-31" in output
    dates = _run("dates", str(path))
    assert "the review is planned after it" in dates


def test_a_planned_first_review_in_time_is_not_warned(tmp_path):
    path = write_record(tmp_path, _planned("2026-12-22", 1, entered="2026-12-01"))
    assert "planned after it is due" not in _run("validate", str(path))
