"""A child's copy made years on, once the next review has gone by and they are in an older band, tells
the home and the IRO's view of the plan as then (blind review 31, finding 3: "You live at Aldine House",
and "This was your plan at the time of your review: ... I think your plan is still right for you.")."""

from __future__ import annotations

import pytest

from recordfiles import SAM, rendered_copies, the_copy, write_record


@pytest.mark.parametrize("today, then", [("2026-03-10", False), ("2029-09-01", True)])
def test_home_and_verdict_are_told_as_then_once_the_copy_is_made_years_on(tmp_path, monkeypatch, today, then):
    monkeypatch.setenv("RECORDGEN_TODAY", today)
    texts = rendered_copies(tmp_path, write_record(tmp_path, base=SAM), "--allow-untranslated")
    text = the_copy(texts, "_child-")
    if then:
        assert "This was your plan at the time of your review:" in text
        assert "You live with" not in text and "I think your plan" not in text, text
    else:
        assert "You live with" in text or "You live at" in text
