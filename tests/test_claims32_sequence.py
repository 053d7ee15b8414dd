"""Blind review 26, finding 12: `validate` of several reviews of one child checks that review.sequence
rises by one with each review date (a copied record left at the earlier number gets the first
review's timescales). Real files."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from recordfiles import write_record
from recordgen.cli import main_group


@pytest.fixture(autouse=True)
def _clock(monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-12-07")


def _at(day: str, sequence: int):
    def change(data: dict) -> None:
        data["review"]["date"] = day
        data["review"]["sequence"] = sequence
        data["next_review"] = {"date": "2027-06-01"}
        for action in data.get("actions", []):
            action["by"] = "2027-01-29"
            action.pop("done", None)
    return change


def _validate(*paths) -> tuple[int, str]:
    result = CliRunner().invoke(main_group, ["validate", *map(str, paths)], catch_exceptions=False)
    return result.exit_code, result.output


def test_a_copied_sequence_is_an_error_naming_the_earlier_review(tmp_path):
    one = write_record(tmp_path, _at("2026-04-02", 3), name="r1.yaml")
    two = write_record(tmp_path, _at("2026-07-01", 3), name="r2.yaml")
    code, output = _validate(one, two)
    assert code == 1
    assert "r2.yaml" in output and "review.sequence: error: sequence 3, but NL-20451 already had review 3 " \
        "on 2026-04-02" in output and "this is review 4" in output


def test_a_jump_in_sequence_is_warned(tmp_path):
    one = write_record(tmp_path, _at("2026-04-02", 3), name="r1.yaml")
    two = write_record(tmp_path, _at("2026-07-01", 7), name="r2.yaml")
    _code, output = _validate(one, two)
    assert "review.sequence: warning: sequence 7" in output


def test_a_chain_in_order_says_nothing_of_sequence(tmp_path):
    one = write_record(tmp_path, _at("2026-04-02", 3), name="r1.yaml")
    two = write_record(tmp_path, _at("2026-07-01", 4), name="r2.yaml")
    _code, output = _validate(one, two)
    assert "review.sequence" not in output


def test_no_worked_out_next_review_warning_when_the_next_review_is_checked_with_it(tmp_path):
    def no_date(day: str, sequence: int):
        change = _at(day, sequence)

        def again(data: dict) -> None:
            change(data)
            data.pop("next_review", None)
        return again
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    one = write_record(tmp_path, no_date("2026-04-02", 3), name="r1.yaml")
    two = write_record(elsewhere, no_date("2026-07-01", 4), name="r2.yaml")
    _code, alone = _validate(one)
    assert "the next review was due by 2026-10-02" in alone
    _code, together = _validate(one, two)
    assert "the next review was due by 2026-10-02" not in together
    # In the record's own folder, validate finds it as render does (fix18): no warning either.
    beside = write_record(tmp_path, no_date("2026-07-01", 4), name="r2.yaml")
    assert beside.parent == one.parent
    _code, alone = _validate(one)
    assert "the next review was due by 2026-10-02" not in alone
