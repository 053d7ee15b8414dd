"""Blind review 32, finding 11 (third bullet): `recordgen dates` of a planned first review said "First
review was due 2026-12-31" on 7 December 2026, of a day three weeks away. A first review's due day
that is today or later "is due"; one gone by "was due". The reviewer's record is
tests/data_claims39/m5.yaml (fictional: Kayden, entered care 2026-12-01, first review planned
2027-01-05)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from recordgen.cli import main_group

M5 = Path(__file__).parent / "data_claims39" / "m5.yaml"


def _dates(monkeypatch, today: str, *options: str) -> str:
    monkeypatch.setenv("RECORDGEN_TODAY", today)
    result = CliRunner().invoke(main_group, ["dates", str(M5), *options])
    assert result.exit_code == 0, result.output
    return result.output


@pytest.mark.parametrize("today, said", [("2026-12-07", "First review is due"),
                                         ("2026-12-31", "First review is due"),   # the day itself: not yet gone
                                         ("2027-01-01", "First review was due")])
def test_the_first_reviews_due_day_is_told_as_still_to_come_or_gone(monkeypatch, today, said):
    output = _dates(monkeypatch, today)
    (line,) = [line for line in output.splitlines() if line.startswith("First review")]
    assert line.startswith(said) and "2026-12-31" in line
    assert ("was due" in output) == (said == "First review was due")


def test_the_page_labels_it_the_same(monkeypatch, tmp_path):
    from recordgen import api
    from recordgen.record.loading import parse_file
    from recordgen.web import Server
    from webserver import Client, copy_examples

    monkeypatch.setenv("RECORDGEN_TODAY", "2026-12-07")
    folder = copy_examples(tmp_path / "records")
    (folder / "m5.yaml").write_bytes(M5.read_bytes())
    running = Server(folder).start()
    try:
        data, _ = parse_file("m5.yaml", M5.read_bytes())
        _, _, body = Client(running).request("POST", "/api/records/m5.yaml/check", body={"data": data})
    finally:
        running.stop()
    labels = {d["key"]: d["label"] for d in json.loads(body)["dates"]}
    assert labels["review_due"] == "First review is due"
    dates = api.review_dates(api.load_record(M5).record)
    monkeypatch.setenv("RECORDGEN_TODAY", "2027-02-01")
    assert api.date_labels(dates)["review_due"] == "First review was due"


@pytest.mark.parametrize("today, said", [("2026-12-07", "this first review is dated after the day it is due (2026-12-31"),
                                         ("2027-02-01", "this first review was held after it was due (2026-12-31")])
def test_validate_says_was_due_only_of_a_day_gone_by(monkeypatch, tmp_path, today, said):
    """The same record marked held (dated ahead of today: an error of its own): its first review's due
    day is still to come on 7 December."""
    from recordgen import api

    monkeypatch.setenv("RECORDGEN_TODAY", today)
    path = tmp_path / "held.yaml"
    path.write_text(M5.read_text(encoding="utf-8").replace("  status: planned", "  status: held"), encoding="utf-8")
    found = [d.message for d in api.validate(api.load_record(path)) if "first review" in d.message]
    assert len(found) == 1 and found[0].startswith(said), found
