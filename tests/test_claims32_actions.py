"""Blind review 26, finding 10 (and 15): `recordgen actions` with the child's planned next review given
takes that review's date, and the midway check falls before it. Real files, CSV read back."""

from __future__ import annotations

import csv
import datetime as dt

import pytest
from click.testing import CliRunner

from recordfiles import write_record
from recordgen.cli import main_group


@pytest.fixture(autouse=True)
def _clock(monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-12-07")


def _review(day: str, sequence: int, status: str = "held", actions: list | None = None):
    def change(data: dict) -> None:
        data["review"]["date"] = day
        data["review"]["sequence"] = sequence
        data.pop("next_review", None)
        for action in data.get("actions", []):
            action["by"] = (dt.date.fromisoformat(day) + dt.timedelta(days=28)).isoformat()
            action.pop("done", None)
        if actions is not None:
            data["actions"] = actions
        if status == "planned":
            data["review"]["status"] = "planned"
            data["review"]["time"] = "10:30"
            data["review"].pop("participation", None)
            for key in ("child_views", "working_well", "worries", "goals", "actions"):
                data.pop(key, None)
    return change


def _actions(tmp_path, *args: str):
    out = tmp_path / "a.csv"
    result = CliRunner().invoke(main_group, ["actions", *args, "--as-of", "2026-12-07", "--csv", str(out)],
                                catch_exceptions=False)
    with open(out, encoding="utf-8", newline="") as handle:
        return result.output, list(csv.DictReader(handle))


def test_a_planned_next_review_given_sets_the_next_review_and_the_midway_check(tmp_path):
    write_record(tmp_path, _review("2026-11-03", 2), name="r1.yaml")
    write_record(tmp_path, _review("2026-12-17", 3, status="planned"), name="r2.yaml")
    output, rows = _actions(tmp_path, str(tmp_path))
    assert rows and all(row["next_review"] == "2026-12-17" for row in rows)
    assert all(row["midway_check"] < "2026-12-17" for row in rows)
    assert "next review 2026-12-17 (planned)" in output


def _one_action(what: str, by: str) -> list:
    return [{"who": "Jo Smith (your social worker)", "what": what, "by": by}]


def test_an_earlier_action_never_done_and_not_carried_is_listed_not_dropped(tmp_path):
    write_record(tmp_path, _review("2026-06-03", 2, actions=_one_action("Make a memory box with you.", "2026-07-01")),
                 name="r1.yaml")
    write_record(tmp_path, _review("2026-11-04", 3, actions=_one_action("Take you swimming.", "2026-12-18")),
                 name="r2.yaml")
    output, _rows = _actions(tmp_path, str(tmp_path))
    assert "never recorded done and not in the latest review" in output
    assert "review 2026-06-03: Jo Smith (your social worker): Make a memory box with you. (due 2026-07-01" in output


def test_an_action_repeated_from_an_earlier_review_says_when_it_was_first_agreed(tmp_path):
    write_record(tmp_path, _review("2026-06-03", 2, actions=_one_action("Arrange a visit to your mum.", "2026-07-01")),
                 name="r1.yaml")
    write_record(tmp_path, _review("2026-11-04", 3, actions=_one_action("Arrange a visit to your mum.", "2026-12-18")),
                 name="r2.yaml")
    output, _rows = _actions(tmp_path, str(tmp_path))
    assert "Arrange a visit to your mum. (agreed first at the review of 2026-06-03, never recorded done)" in output
    assert "not in the latest review" not in output
