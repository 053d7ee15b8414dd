"""Blind review 27, 13a: with the next review's record given in the same run, a record that set
next_review.date still had `validate` ask to "record that review once it has been held", and the batch
copy say "Your next review was due by <that date>. You can ask me about it.", though the batch holds
the review, held on another day. Real batch, copies read back; validate run as the CLI."""

from __future__ import annotations

from click.testing import CliRunner

from recordfiles import write_record
from recordgen.cli import main_group
from test_claims32_chain_copies import _batch, _child_copy, _clock, _long, _review  # noqa: F401 - the fixture


def _with_date(day: str, sequence: int, next_date: str):
    def change(data: dict) -> None:
        _review(day, sequence)(data)
        data["next_review"] = {"date": next_date}
    return change


def _two(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    first = write_record(folder, _with_date("2026-03-03", 2, "2026-08-07"), name="r1.yaml")
    write_record(folder, _review("2026-08-10", 3), name="r2.yaml")
    return folder, first


def test_the_batch_copy_tells_the_day_the_next_review_was_held(tmp_path):
    folder, _first = _two(tmp_path)
    _batch(folder, tmp_path / "out", "2026-12-07")
    text = _child_copy(tmp_path / "out", "2026-03-03")
    assert f"Your next review was on {_long('2026-08-10')}." in text
    assert "was due by" not in text and _long("2026-08-07") not in text


def test_validate_does_not_ask_to_record_a_review_given_with_it(tmp_path):
    folder, first = _two(tmp_path)
    result = CliRunner().invoke(main_group, ["validate", str(first), str(folder / "r2.yaml")])
    assert "record that review once it has been held" not in result.output, result.output
    # Alone, with r2 beside it in its folder, as render finds it (fix18): not said either.
    alone = CliRunner().invoke(main_group, ["validate", str(first)])
    assert "record that review once it has been held" not in alone.output, alone.output
    (folder / "r2.yaml").rename(tmp_path / "r2.yaml")
    alone = CliRunner().invoke(main_group, ["validate", str(first)])
    assert "record that review once it has been held" in alone.output  # truly on its own it is still said
