"""recordgen report and mark-sent: due dates, sent, overdue, and the on-time percentage."""

from __future__ import annotations

import csv
from pathlib import Path

from click.testing import CliRunner

from recordgen.cli import main_group
from fictional import fictional_record, record_yaml, write_corpus
from recordfiles import write_record


def run(*args: str):
    return CliRunner().invoke(main_group, list(args), catch_exceptions=False)


def make_batch(tmp_path: Path, count: int = 3) -> tuple[Path, list[Path]]:
    paths = write_corpus(tmp_path / "records", count)
    out = tmp_path / "out"
    # Made on the day it counts from: a copy is never marked sent before it was made.
    result = CliRunner().invoke(main_group, ["batch", str(tmp_path / "records"), "-o", str(out)],
                                catch_exceptions=False, env={"RECORDGEN_TODAY": "2026-01-20"})
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
    assert "OVERDUE" in lines["FX-10002"] and "1/4 sent" in lines["FX-10002"] and "1 working day over" in lines["FX-10002"]
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


# ---------------------------------------------------------------- many manifests and the page


def _batch_of(tmp_path: Path, name: str, reviews: dict[int, str]) -> Path:
    import datetime as dt

    folder = tmp_path / "records" / name
    folder.mkdir(parents=True)
    for index, day in reviews.items():
        data = fictional_record(index, review_date=dt.date.fromisoformat(day))
        (folder / f"review-{index}.yaml").write_text(record_yaml(data), encoding="utf-8")
    out = tmp_path / "year" / name
    # Made the day of its last review (never marked sent before it was made); days counted from 20 March.
    result = CliRunner().invoke(main_group, ["batch", str(folder), "-o", str(out), "--today", "2026-03-20",
                                             "--workers", "1"],
                                catch_exceptions=False, env={"RECORDGEN_TODAY": max(reviews.values())})
    assert result.exit_code == 0, result.output
    return out / "manifest.csv"


def test_a_year_of_batches_gives_the_figures_councils_report(tmp_path):
    january = _batch_of(tmp_path, "2026-01", {0: "2026-01-05", 1: "2026-01-12"})
    february = _batch_of(tmp_path, "2026-02", {2: "2026-02-02", 3: "2026-02-09"})
    _batch_of(tmp_path, "2026-03", {4: "2026-03-02"})
    assert run("mark-sent", str(january), "--child", "FX-10000", "--on", "2026-01-20").exit_code == 0  # 11 days
    assert run("mark-sent", str(january), "--child", "FX-10001", "--on", "2026-02-20").exit_code == 0  # 29, late
    assert run("mark-sent", str(february), "--child", "FX-10002", "--on", "2026-02-10").exit_code == 0  # 6
    # The January batch made again elsewhere, nothing marked there: the review still counts once, as sent.
    import shutil

    shutil.copytree(january.parent, tmp_path / "year" / "2026-01-again")
    (tmp_path / "year" / "2026-01-again" / "sent.csv").unlink()

    page = tmp_path / "report.html"
    result = run("report", str(tmp_path / "year"), "--as-of", "2026-03-20", "--html", str(page),
                 "--csv", str(tmp_path / "all.csv"))
    assert result.exit_code == 0, result.output
    text = result.output
    assert "4 batches." in text
    assert "Reviews held: 5" in text
    assert "Distributed within 20 working days: 2 of 4 due (50%)" in text
    assert "Overdue now: 1" in text and "FX-10003 review 2026-02-09, due 2026-03-09" in text
    assert "Median working days from review to sending: 11" in text
    months = {line.split()[0]: line.split()[1:] for line in text.split("Feedback returned")[0].splitlines() if line.startswith("  2026-")}
    assert months == {"2026-01": ["2", "2", "1", "50%"], "2026-02": ["2", "2", "1", "50%"],
                      "2026-03": ["1", "0", "0", "-"]}
    with open(tmp_path / "all.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert {Path(r["manifest"]).name for r in rows} == {"2026-01", "2026-02", "2026-03"}

    # The page stands alone: no script, nothing fetched, the chart embedded as data.
    import base64
    import re

    from lxml import etree

    html = page.read_text(encoding="utf-8")
    assert "<script" not in html and "<link" not in html and not re.search(r"(src|href)=\"https?:", html)
    assert "default-src 'none'" in html
    found = re.search(r'<img src="data:image/svg\+xml;base64,([^"]+)"[^>]*alt="([^"]+)"', html)
    assert found, "no embedded chart"
    svg = etree.fromstring(base64.b64decode(found.group(1)))
    assert svg.tag.endswith("svg") and len(svg.findall(".//{http://www.w3.org/2000/svg}path")) > 10
    assert "2026-01: 50%; 2026-02: 50%" in found.group(2)
    assert "<dt>Reviews held</dt><dd>5</dd>" in html and "FX-10003" in html
    for leak in ("Larch Close", "Brookfield", "Rosa"):
        assert leak not in html  # no addresses, schools or names on a manager's page


def test_copies_sent_by_email_count_as_sent_on_the_day_the_server_took_them(tmp_path):
    import json

    manifest, _ = make_batch(tmp_path, 1)
    document = json.loads(manifest.with_suffix(".json").read_text(encoding="utf-8"))
    for copy in document["copies"]:
        copy.update(send_state="sent", sent_at="2026-01-28T09:15:00Z", queue_id="Q1")
    from recordgen.distribution.manifest import ManifestStore

    store = ManifestStore(manifest)
    for row, copy in zip(store.rows, document["copies"]):
        for name in ("send_state", "sent_at", "queue_id"):
            setattr(row, name, copy[name])
    store.save()
    text = run("report", str(manifest), "--as-of", "2026-02-17").output
    assert "distributed on time" in text and "1 of 1 due (100%)" in text
    assert "Median working days from review to sending: 17" in text  # 5 to 28 January 2026
    early = run("report", str(manifest), "--as-of", "2026-01-27").output
    assert "0/5 sent" in early  # not yet handed over on that day


def test_a_copy_sent_with_english_parts_is_listed_as_owing_its_translation(tmp_path):
    # Blind review 19: copies made with --allow-untranslated tell their reader "the translation will
    # follow", and the report said "Awaiting translation: none", so nothing reminded anyone to send it.
    def polish_mum(data):
        for recipient in data["distribution"]:
            if recipient["role"] == "parent":
                recipient["language"] = "pl"
    records = tmp_path / "records"
    records.mkdir()
    write_record(records, polish_mum)
    out = tmp_path / "out"
    result = run("batch", str(records), "-o", str(out), "--allow-untranslated", "--allow-example-contacts")
    assert result.exit_code == 0, result.output
    with open(out / "manifest.csv", encoding="utf-8", newline="") as handle:
        rows = {r["role"]: r for r in csv.DictReader(handle)}
    assert rows["parent"]["translation_owed"] == "yes" and rows["parent"]["status"] == "ready"
    assert rows["child"]["translation_owed"] == rows["carer"]["translation_owed"] == ""
    text = run("report", str(out / "manifest.csv")).output
    assert "Translation owed (1)" in text and "Amina Khan (parent, pl), ready" in text
    # A rerun that keeps the copy keeps what it owes.
    assert run("batch", str(records), "-o", str(out), "--allow-untranslated", "--allow-example-contacts").exit_code == 0
    with open(out / "manifest.csv", encoding="utf-8", newline="") as handle:
        rows = {r["role"]: r for r in csv.DictReader(handle)}
    assert rows["parent"]["translation_owed"] == "yes"
    assert "Translation owed (1)" in run("report", str(out / "manifest.csv")).output


def test_a_copy_is_never_marked_sent_before_it_was_made_or_before_its_review(tmp_path):
    """Blind review 30, finding 5: `mark-sent --on` five days before the review was accepted, and the
    report counted it on time."""
    manifest, _ = make_batch(tmp_path)   # made 20 January; the first review on 5 January
    child_copy = "FX-10000_2026-01-05_child-ava.docx"
    result = run("mark-sent", str(manifest), child_copy, "--on", "2026-01-19")
    assert result.exit_code == 1
    assert "not marked: sent 2026-01-19 is before the copy was made on 2026-01-20" in result.output
    result = run("mark-sent", str(manifest), child_copy, "--on", "2026-01-20")
    assert result.exit_code == 0 and "Marked 1 copy sent on 2026-01-20" in result.output
