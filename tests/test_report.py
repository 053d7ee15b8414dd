"""recordgen report and mark-sent: due dates, sent, overdue, and the on-time percentage."""

from __future__ import annotations

import csv
from pathlib import Path

from click.testing import CliRunner

from recordgen.cli import main_group
from fictional import fictional_record, record_yaml, write_corpus


def run(*args: str):
    return CliRunner().invoke(main_group, list(args), catch_exceptions=False)


def make_batch(tmp_path: Path, count: int = 3) -> tuple[Path, list[Path]]:
    paths = write_corpus(tmp_path / "records", count)
    out = tmp_path / "out"
    result = run("batch", str(tmp_path / "records"), "-o", str(out), "--today", "2026-01-20")
    assert result.exit_code == 0, result.output
    return out / "manifest.csv", paths


def test_report_counts_on_time_late_and_overdue(tmp_path):
    # Reviews on 5, 12 and 19 January 2026: due 2, 9 and 16 February (20 working days).
    manifest, _ = make_batch(tmp_path)
    assert run("mark-sent", str(manifest), "--child", "FX-10000", "--on", "2026-01-30").exit_code == 0
    assert run("mark-sent", str(manifest), "--child", "FX-10001", "--on", "2026-02-10").exit_code == 0
    child_copy = "FX-10002_2026-01-19_child-cara.docx"
    result = run("mark-sent", str(manifest), child_copy, "--on", "2026-02-03")
    assert result.exit_code == 0 and "Marked 1 copy sent on 2026-02-03" in result.output

    report_csv = manifest.parent / "report.csv"
    result = run("report", str(manifest), "--as-of", "2026-02-17", "--csv", str(report_csv))
    assert result.exit_code == 0, result.output
    text = result.output
    lines = {line.split()[0]: line for line in text.splitlines() if line.startswith("FX-")}
    assert "2026-02-02" in lines["FX-10000"] and "distributed on time" in lines["FX-10000"]
    assert "distributed late" in lines["FX-10001"]
    assert "OVERDUE" in lines["FX-10002"] and "1/4 sent" in lines["FX-10002"] and "1 over" in lines["FX-10002"]
    assert "Distributed within 20 working days: 1 of 3 due (33.3%)." in text
    assert "Overdue (1):" in text and "FX-10002 review 2026-01-19, due 2026-02-16" in text
    assert "Awaiting translation: none." in text

    with open(report_csv, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == sum(len(fictional_record(i)["distribution"]) for i in range(3))
    by_path = {Path(r["path"]).name: r for r in rows}
    assert by_path[child_copy]["copy_status"] == "sent" and by_path[child_copy]["sent_on"] == "2026-02-03"
    late = [r for r in rows if r["child_id"] == "FX-10002" and r["copy_status"] == "ready"]
    assert len(late) == 3 and all(r["overdue"] == "yes" for r in late)

    # Earlier, nothing is due yet, and a copy marked later does not count as sent.
    early = run("report", str(manifest), "--as-of", "2026-01-29").output
    assert "no review is due yet" in early and "Overdue: none." in early


def test_report_reads_the_json_manifest_too(tmp_path):
    manifest, _ = make_batch(tmp_path, 2)
    from_csv = run("report", str(manifest), "--as-of", "2026-02-17").output
    from_json = run("report", str(manifest.with_suffix(".json")), "--as-of", "2026-02-17").output
    assert from_csv == from_json and "Overdue (2):" in from_csv


def test_mark_sent_only_marks_ready_unchanged_copies(tmp_path):
    manifest, paths = make_batch(tmp_path, 2)
    folder = manifest.parent
    copy = next(folder.rglob("FX-10000_*_carer-*.docx"))
    copy.write_bytes(copy.read_bytes() + b"tampered")
    result = run("mark-sent", str(manifest), "--child", "FX-10000", "--on", "2026-01-21")
    assert result.exit_code == 1
    assert "not the one in the manifest" in result.output and "Marked 4 copies" in result.output  # 5 recipients, one tampered
    assert run("mark-sent", str(manifest), "nothing-like-this.docx").exit_code == 2
    assert run("mark-sent", str(manifest), "--on", "2999-01-01", "--child", "FX-10001").exit_code == 2


def test_a_copy_changed_after_it_was_sent_must_be_sent_again(tmp_path):
    manifest, paths = make_batch(tmp_path, 1)
    assert run("mark-sent", str(manifest), "--child", "FX-10000", "--on", "2026-01-21").exit_code == 0
    changed = fictional_record(0)
    changed["goals"].append("You learn to swim.")
    paths[0].write_text(record_yaml(changed), encoding="utf-8")
    assert run("batch", str(paths[0].parent), "-o", str(manifest.parent), "--today", "2026-01-22").exit_code == 0
    text = run("report", str(manifest), "--as-of", "2026-01-22").output
    assert "0/5 sent" in text and "changed after it was sent on 2026-01-21; send the new copy" in text


def test_report_on_something_that_is_not_a_manifest(tmp_path):
    bogus = tmp_path / "manifest.csv"
    bogus.write_text("a,b\n1,2\n", encoding="utf-8")
    result = run("report", str(bogus))
    assert result.exit_code == 2 and "not a recordgen manifest" in result.output
    assert run("report", str(tmp_path / "missing.csv")).exit_code == 2
