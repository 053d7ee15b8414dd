"""Blind review 29 (#18): a record written after its distribution deadline got no word: `dates` said
"Record distributed by 2026-12-01" and every footer "Record written on 4 December 2026". Councils report
how many records went out on time: `validate` warns at review.written and `dates` notes it."""

from __future__ import annotations

import json

from click.testing import CliRunner

from recordgen import api
from recordgen.cli import main_group

from recordfiles import SAM, example_data, write_data

TODAY = "2026-05-01"


def written(day):
    def change(data):
        data["review"]["written"] = day
    return change


def warnings_at_written(path):
    return [d.message for d in api.validate(api.load_record(path)) if d.path == "review.written"]


def test_a_record_written_after_its_deadline_is_warned_at_written_and_noted_in_dates(tmp_path, monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", TODAY)
    path = write_data(tmp_path, example_data(SAM), written("2026-04-02"))  # Sam's was due on 31 March
    (message,) = warnings_at_written(path)
    assert "after it was due to be distributed (2026-03-31)" in message and "late" in message
    result = CliRunner().invoke(main_group, ["validate", str(path)], env={"RECORDGEN_TODAY": TODAY})
    assert "review.written: warning:" in result.output
    result = CliRunner().invoke(main_group, ["dates", str(path)], env={"RECORDGEN_TODAY": TODAY})
    (line,) = [line for line in result.output.splitlines() if line.startswith("Record distributed by")]
    assert "2026-03-31" in line and "written on 2026-04-02" in line and "late" in line
    result = CliRunner().invoke(main_group, ["dates", str(path), "--json"], env={"RECORDGEN_TODAY": TODAY})
    assert "late" in json.loads(result.output)["notes"]["record_distribution_due"]


def test_a_record_written_in_time_gets_neither(tmp_path, monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", TODAY)
    path = write_data(tmp_path, example_data(SAM), written("2026-03-31"))
    assert warnings_at_written(path) == []
    loaded = api.load_record(path)
    assert "record_distribution_due" not in api.date_notes(loaded.record, api.review_dates(loaded.record))
