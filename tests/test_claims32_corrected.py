"""Blind review 26, finding 13: a record corrected after its copies were sent keeps, in the rerun's
manifest, the day the earlier version went out, and an answer to that copy can be entered with its
true date. Real batch, manifest read back."""

from __future__ import annotations

import csv

from click.testing import CliRunner

from recordfiles import write_record
from recordgen.cli import main_group


def _run(monkeypatch, today: str, *args: str):
    monkeypatch.setenv("RECORDGEN_TODAY", today)
    return CliRunner().invoke(main_group, list(args), catch_exceptions=False)


def _change(what: str):
    def change(data: dict) -> None:
        data["review"]["date"] = "2026-12-01"
        data["next_review"] = {"date": "2027-05-28"}
        for action in data.get("actions", []):
            action["by"] = "2026-12-22"
            action.pop("done", None)
        data["actions"][0]["what"] = what
        for recipient in data["distribution"]:
            recipient.update(language="en", format="docx")
    return change


def test_a_copy_made_again_after_it_was_sent_keeps_the_day_and_takes_answers_from_then(tmp_path, monkeypatch):
    folder, out = tmp_path / "in", tmp_path / "out"
    folder.mkdir()
    write_record(folder, _change("Book the dentist."))
    assert _run(monkeypatch, "2026-12-02", "batch", str(folder), "-o", str(out), "--workers", "1").exit_code == 0
    assert _run(monkeypatch, "2026-12-03", "mark-sent", str(out / "manifest.csv"), "--child", "NL-20451",
                "--on", "2026-12-03").exit_code == 0
    write_record(folder, _change("Book the dentist for you."))
    assert _run(monkeypatch, "2026-12-07", "batch", str(folder), "-o", str(out), "--workers", "1").exit_code == 0
    with open(out / "manifest.csv", encoding="utf-8", newline="") as handle:
        rows = [row for row in csv.DictReader(handle) if row["path"]]
    assert rows and all(row["made"] == "2026-12-07" and row["previous_sent_at"] == "2026-12-03" for row in rows)
    report = _run(monkeypatch, "2026-12-07", "report", str(out / "manifest.csv")).output
    assert "an earlier version of" in report and "sent on 2026-12-03; corrected since: resend" in report
    reference = next(row["feedback"] for row in rows if row["feedback"])
    result = _run(monkeypatch, "2026-12-07", "feedback", "add", reference, "--sense", "yes",
                  "--received", "2026-12-05", "--folder", str(out))
    assert result.exit_code == 0, result.output
