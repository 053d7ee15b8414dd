"""Blind review 28 #11: `report` over a planned review's papers and the same review's record, two batches.

The papers' line (all sent) and the record's line had one key, the child and the review's day, so the
report kept the papers and dropped the record: its Urdu copy waiting for translation was neither
"waiting for translation" nor under "Awaiting translation".
"""

from __future__ import annotations

import copy
import datetime as dt

import yaml

from recordgen import api

from recordfiles import SAM, example_data
from test_report import run as run_cli


def _batches(tmp_path, monkeypatch):
    held = example_data(SAM)  # reviewed 2026-03-03; the mum's copy is in Urdu, with no translation
    planned = {key: copy.deepcopy(held[key]) for key in ("child", "review", "placement", "distribution")}
    planned["review"].update(status="planned", time="10:00", venue="the family centre")
    planned["review"].pop("participation", None)
    for person in planned["review"]["attendees"]:
        person.pop("contributed", None)
        person.pop("attended", None)
    for name, data in (("planned", planned), ("held", held)):
        (tmp_path / name).mkdir()
        (tmp_path / name / "sam.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-02-10")
    api.Batch(api.BatchOptions(output=tmp_path / "papers", allow_untranslated=True, today=dt.date(2026, 2, 10))).run(
        [str(tmp_path / "planned" / "sam.yaml")])
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-03-05")
    api.mark_sent(tmp_path / "papers" / api.MANIFEST_CSV, child_id=held["child"]["id"], sent_on=dt.date(2026, 2, 12))
    api.Batch(api.BatchOptions(output=tmp_path / "copies", today=dt.date(2026, 3, 5))).run(
        [str(tmp_path / "held" / "sam.yaml")])
    return tmp_path / "papers", tmp_path / "copies"


def test_the_records_waiting_copy_is_reported_beside_the_papers(tmp_path, monkeypatch):
    papers, copies = _batches(tmp_path, monkeypatch)
    report = api.distribution_report([papers / api.MANIFEST_CSV, copies / api.MANIFEST_CSV], as_of=dt.date(2026, 3, 10))
    statuses = sorted(line.status(report.as_of) for line in report.reviews)
    assert statuses == ["invitations sent on time", "waiting for translation"], statuses
    assert [(c.row.recipient, c.row.language) for _, c in report.awaiting_translation()] == [("Amina Khan", "ur")]

    table = api.format_report(report)
    assert "waiting for translation" in table and "invitations sent on time" in table
    assert "As of 2026-03-10: 1 review(s)." in table  # one review: its papers and its record

    result = run_cli("report", str(papers), str(copies), "--as-of", "2026-03-10")
    assert result.exit_code == 0, result.output
    assert "Reviews held: 1" in result.output, result.output
    assert "Awaiting translation (1):" in result.output
    assert "NL-20451 review 2026-03-03: Amina Khan (parent, ur), awaiting translation" in result.output


def test_the_same_batch_read_twice_is_still_one_line(tmp_path, monkeypatch):
    _, copies = _batches(tmp_path, monkeypatch)
    report = api.distribution_report([copies / api.MANIFEST_CSV, copies / api.MANIFEST_JSON], as_of=dt.date(2026, 3, 10))
    assert len(report.reviews) == 1
