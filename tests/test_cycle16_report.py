"""Blind review 28: `report` on reviews already sent says how early or late they were sent, not the
working days to the report date (F11); feedback returned is never over 100% (F17)."""

from __future__ import annotations

import datetime as dt

import pytest

from recordgen import api

from recordfiles import ALL_EXAMPLES
from test_feedback_answers import MADE, _rows
from test_report import make_batch, run as run_cli


def test_a_sent_reviews_when_says_how_early_or_late_it_was_sent(tmp_path):
    # Reviews on 5, 12 and 19 January 2026: due 2, 9 and 16 February (20 working days).
    manifest, _ = make_batch(tmp_path)
    assert run_cli("mark-sent", str(manifest), "--child", "FX-10000", "--on", "2026-01-30").exit_code == 0
    assert run_cli("mark-sent", str(manifest), "--child", "FX-10001", "--on", "2026-02-10").exit_code == 0
    result = run_cli("report", str(manifest), "--as-of", "2026-02-17")
    assert result.exit_code == 0, result.output
    lines = {line.split()[0]: line for line in result.output.splitlines() if line.startswith("FX-")}
    # Sent the Friday before Monday's due day: one working day early, not "11 working days over".
    assert "sent 1 working day early" in lines["FX-10000"] and "distributed on time" in lines["FX-10000"]
    assert "over" not in lines["FX-10000"]
    # One working day late, not "6 working days over" (to the report date).
    assert "sent 1 working day late" in lines["FX-10001"] and "distributed late" in lines["FX-10001"]
    assert "over" not in lines["FX-10001"]
    # Not all sent: still the days over, as before.
    assert "1 working day over" in lines["FX-10002"] and "OVERDUE" in lines["FX-10002"]


def test_sent_on_the_due_day_or_over_the_weekend_after_it():
    from recordgen.distribution.report import _sent_when

    friday = dt.date(2026, 2, 6)
    assert _sent_when(0, friday, friday) == "sent on the due day"
    assert _sent_when(0, friday + dt.timedelta(days=1), friday) == "sent 0 working days late (1 day after)"
    assert _sent_when(3, friday - dt.timedelta(days=3), friday) == "sent 3 working days early"


def test_feedback_returned_is_never_over_100_percent(tmp_path, run):
    """Blind review 28 F17: an answer for a copy not marked sent made the table say "returned 200%"."""
    out = tmp_path / "out"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("RECORDGEN_TODAY", MADE.isoformat())
        api.Batch(api.BatchOptions(output=out, format="docx", workers=1, allow_untranslated=True, today=MADE)).run(
            [str(p) for p in ALL_EXAMPLES])
    english = [r for r in _rows(out) if r.role == "child" and r.language == "en"]
    assert len(english) == 2
    # One copy marked sent; both answered (the other handed over, not marked sent).
    assert run("mark-sent", out / "manifest.csv", english[0].path, "--on", "2026-03-20").exit_code == 0
    for row in english:
        assert run("feedback", "add", row.feedback, "--sense", "yes", "--folder", out).exit_code == 0
    html_path = tmp_path / "report.html"
    result = run("report", out, "--as-of", "2026-04-20", "--html", html_path)
    assert result.exit_code == 0, result.output
    assert "200%" not in result.output and "200%" not in html_path.read_text(encoding="utf-8")
    by_language = result.output[result.output.index("By language:"):]
    line = next(line for line in by_language.splitlines() if line.strip().startswith("en "))
    assert "1 (+1 not marked sent)" in line and "100%" in line, line
