"""Issue 17, "nothing leaked": a sibling's confidential placement in a batch, a children's home's
short name at a sentence's start or in a translation, a short family name in another script, and
the nickname rule's false alarms. Each test writes real records and reads the parent's copy back."""

from __future__ import annotations

import csv
from pathlib import Path

from click.testing import CliRunner

from recordgen.cli import main_group

from recordfiles import brother, docx_text, english_parent, write_record

TODAY = "2026-12-06"


def run(*args):
    return CliRunner().invoke(main_group, [str(a) for a in args], env={"RECORDGEN_TODAY": TODAY})


def manifest(out: Path) -> list[dict]:
    with open(out / "manifest.csv", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


# ---------------------------------------------------------------- 1: siblings' records in one batch


def test_a_batch_refuses_the_parent_copy_that_names_a_siblings_confidential_school(tmp_path):
    records = tmp_path / "records"
    records.mkdir()
    write_record(records, english_parent, name="review-sam.yaml")

    def leo(data):
        brother(data)
        data["worries"][0] = "You miss Sam and would like to visit her at Westcliffe after school."
    write_record(records, leo, name="review-leo.yaml")
    out = tmp_path / "out"
    result = run("batch", records, "-o", out, "--workers", "1", "--format", "docx")
    for copy in out.rglob("*.docx"):  # no copy on disk, whoever it is for, names the school to the mum
        if "_parent-" in copy.name:
            assert "Westcliffe" not in docx_text(copy.read_bytes()), copy.name
    assert result.exit_code == 1, result.output
    rows = manifest(out)
    (refused,) = [r for r in rows if r["source"].endswith("review-leo.yaml") and r["role"] == "parent"]
    assert refused["status"] == "failed" and refused["path"] == ""
    assert "review-sam.yaml" in refused["reason"] and "worries.1" in refused["reason"]
    assert "Westcliffe" not in refused["reason"]  # the manifest travels: it names no secret either
    others = [r for r in rows if r is not refused]
    assert others and {r["status"] for r in others} == {"ready"}
    assert not [p for p in out.rglob("*") if p.name.startswith((".tmp-", ".claim-")) or p.name.endswith(".partial")]
    leo_folder = out / "NL-20452"
    assert not [p for p in leo_folder.rglob("*.docx") if "_parent-" in p.name]
    assert [p for p in leo_folder.rglob("*.docx") if "_child-" in p.name]


def test_a_batch_of_siblings_with_different_parents_makes_every_copy(tmp_path):
    records = tmp_path / "records"
    records.mkdir()
    write_record(records, english_parent, name="review-sam.yaml")

    def leo(data):
        brother(data)
        for recipient in data["distribution"]:
            if recipient["role"] == "parent":
                recipient["name"] = "Kerry Booth"
        data["review"]["attendees"][4]["name"] = "Kerry Booth"
        data["worries"][0] = "You play football at Westcliffe park on Saturdays."
    write_record(records, leo, name="review-leo.yaml")
    out = tmp_path / "out"
    result = run("batch", records, "-o", out, "--workers", "1", "--format", "docx")
    assert result.exit_code == 0, result.output
    assert {r["status"] for r in manifest(out)} == {"ready"}
