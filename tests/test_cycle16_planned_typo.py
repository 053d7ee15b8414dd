"""Blind review 28 F7: a misspelt key in a planned review's attendee is one slip, one message; the
review stays planned (no care_plan or rights demanded) and its other checks (a venue that names the
confidential school) still run."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from recordgen import api
import recordgen.cli  # noqa: F401 (registers the commands)
from recordgen.cli._common import main_group as main

from test_consult import planned, write_yaml


def _misspelt(**review) -> dict:
    data = planned()
    data["review"]["attendees"][0] = {"name": "Robin", "rol": "you"}
    data["review"].update(review)
    return data


def test_a_misspelt_key_in_a_planned_review_reports_only_the_slip(tmp_path, monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-09-01")
    record = write_yaml(tmp_path / "planned.yaml", _misspelt())
    result = CliRunner().invoke(main, ["validate", str(record)])
    assert result.exit_code == 1, result.output
    assert "'rol' is not a field this record can have; check the spelling: did you mean 'role'?" in result.output
    assert "care_plan" not in result.output and "rights: error" not in result.output   # planned: not needed
    assert "'role' is missing" not in result.output   # the same slip, said once
    assert "could not run" not in result.output


def test_the_planned_reviews_other_checks_still_run(tmp_path, monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-09-01")
    record = write_yaml(tmp_path / "planned.yaml", _misspelt(venue="the hall at Brackenhill Primary School"))
    result = CliRunner().invoke(main, ["validate", str(record)])
    assert result.exit_code == 1, result.output
    assert "review.venue: error" in result.output and "Brackenhill" in result.output
    assert "did you mean 'role'?" in result.output and "care_plan" not in result.output


def test_a_held_review_with_the_same_slip_still_needs_its_plan(tmp_path):
    data = _misspelt()
    data["review"] = {k: v for k, v in data["review"].items() if k not in ("status", "time")}
    with pytest.raises(api.InvalidRecord) as caught:
        api.load_data(data, "held.yaml")
    paths = {d.path for d in caught.value.diagnostics}
    assert {"care_plan", "rights", "review.participation", "review.attendees.1.rol"} <= paths
    assert "review.attendees.1.role" not in paths


def test_a_missing_field_without_a_misspelt_one_is_still_missing():
    data = planned()
    data["review"]["attendees"][0] = {"name": "Robin"}
    with pytest.raises(api.InvalidRecord) as caught:
        api.load_data(data, "planned.yaml")
    assert [d.path for d in caught.value.diagnostics] == ["review.attendees.1.role"]
