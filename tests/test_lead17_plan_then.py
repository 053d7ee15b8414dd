"""A copy made years on says the plan was the plan at the time (blind review 30, finding 4): "You will
live with Jenny while the court decides ..." under "Your plan" read as a promise to the adult of 2041,
for whom it may not have come about."""

from __future__ import annotations

import shutil

import pytest

from recordfiles import SAM, rendered_copies, the_copy

THEN = "This was your plan at the time of your review:"


@pytest.mark.parametrize("today, framed", [("2026-03-10", False), ("2041-06-15", True)])
def test_the_plan_is_framed_as_then_only_in_a_copy_made_years_on(tmp_path, monkeypatch, today, framed):
    monkeypatch.setenv("RECORDGEN_TODAY", today)
    record = tmp_path / SAM.name
    shutil.copy(SAM, record)
    texts = rendered_copies(tmp_path, record, "--allow-untranslated")
    for part in ("_child-sam", "_carer-"):
        lines = the_copy(texts, part).splitlines()
        if framed:
            assert lines[lines.index(THEN) + 1].startswith("You will"), lines
        else:
            assert THEN not in lines
