"""Blind review 28, finding 10: a second review planned after the lawful limit (3 months after the first
review, 6 after the others: rules/timescales.py) drew no warning, and the held review's copies, made
in a batch with it (rules/chain.py), told everyone "Your next review is on ..." that unlawful day as
settled, while the same day typed as next_review.date is an error. Now validate, given both, warns at
the planned review and errors at the held one, and batch refuses the held one's copies; a planned day
within the limit is told as before. Real files, the commands run, the copies read back."""

from __future__ import annotations

import copy
import csv

from click.testing import CliRunner

import recordgen.cli  # noqa: F401 (registers the commands)
from recordgen.cli._common import main_group as main

from recordfiles import SAM, docx_text, example_data
from test_consult import planned, write_yaml

#: Sam's review 4 was held on 2026-03-03: review 5 is due by 2026-09-03 (6 months on).
LATE, LAWFUL = "2026-09-08", "2026-09-01"


def _folder(tmp_path, day: str):
    held = example_data(SAM)
    del held["next_review"]  # the copies take the next review's day from the planned record
    later = copy.deepcopy(planned("middle"))
    later["child"] = copy.deepcopy(held["child"])
    later["review"].update(date=day, sequence=5)
    later["review"]["attendees"][0]["name"] = "Sam"
    later["distribution"][0]["name"] = "Sam"
    folder = tmp_path / "records"
    folder.mkdir()
    write_yaml(folder / "review4.yaml", held)
    write_yaml(folder / "review5-planned.yaml", later)
    return folder


def _run(monkeypatch, *args):
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-03-10")
    return CliRunner().invoke(main, [*map(str, args)])


def test_validate_warns_at_a_late_planned_review_and_errors_at_the_held_review_that_would_tell_it(
        tmp_path, monkeypatch):
    folder = _folder(tmp_path, LATE)
    result = _run(monkeypatch, "validate", folder / "review4.yaml", folder / "review5-planned.yaml")
    lines = result.output.splitlines()
    planned_line = [line for line in lines if "review5-planned.yaml" in line.split(":")[0] and "review.date: warning" in line]
    held_line = [line for line in lines if "review4.yaml" in line.split(":")[0] and "review.date: error" in line]
    assert planned_line and "later than the law allows" in planned_line[0] and "due by 2026-09-03" in planned_line[0], \
        result.output
    assert held_line and "2026-09-08" in held_line[0] and "due by 2026-09-03" in held_line[0], result.output
    assert result.exit_code != 0


def test_batch_refuses_the_held_reviews_copies_that_would_give_the_unlawful_day(tmp_path, monkeypatch):
    folder = _folder(tmp_path, LATE)
    result = _run(monkeypatch, "batch", folder, "-o", tmp_path / "out", "--allow-untranslated")
    rows = list(csv.DictReader((tmp_path / "out" / "manifest.csv").open(encoding="utf-8")))
    held = [row for row in rows if row["source"].endswith("review4.yaml")]
    assert held and all(row["status"] == "invalid_record" for row in held), (result.output, held)
    assert "later than the law allows" in held[0]["reason"] and "due by 2026-09-03" in held[0]["reason"]
    assert not list((tmp_path / "out").rglob("*_2026-03-03_*.docx"))


def test_a_planned_day_within_the_limit_is_told_in_the_held_reviews_copies(tmp_path, monkeypatch):
    folder = _folder(tmp_path, LAWFUL)
    result = _run(monkeypatch, "validate", folder / "review4.yaml", folder / "review5-planned.yaml")
    assert "later than the law allows" not in result.output
    _run(monkeypatch, "batch", folder, "-o", tmp_path / "out", "--allow-untranslated")
    copy_ = next((tmp_path / "out").rglob("*_2026-03-03_child-*.docx"))
    assert "1 September 2026" in docx_text(copy_.read_bytes())
