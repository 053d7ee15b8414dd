"""recordgen batch: every copy, a manifest, isolation of bad records, reruns that keep bytes."""

from __future__ import annotations

import csv
import datetime as dt
import json
import shutil
from pathlib import Path

import docx
from click.testing import CliRunner

from recordgen.cli import main_group
from fictional import fictional_record, record_yaml, write_corpus
from recordfiles import require_libreoffice
from recordgen.support.resources import templates_dir

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
TODAY = "2026-02-02"


def run(*args: str, env: dict | None = None):
    return CliRunner().invoke(main_group, list(args), catch_exceptions=False, env=env)


def manifest(out: Path) -> list[dict]:
    with open(out / "manifest.csv", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def batch(inputs: Path | str, out: Path, *extra: str, env: dict | None = None):
    return run("batch", str(inputs), "-o", str(out), "--today", TODAY, "--workers", "2", *extra, env=env)


def leftovers(out: Path) -> list[Path]:
    return [p for p in out.rglob("*") if p.name.startswith((".tmp-", ".claim-")) or p.name.endswith(".partial")
            or ".recordgen-scratch" in p.parts]


def copies_on_disk(out: Path) -> list[Path]:
    return sorted(p for p in out.rglob("*") if p.suffix in (".docx", ".pdf") and not p.name.startswith("."))


def test_every_copy_of_every_record_with_a_manifest(tmp_path):
    records = tmp_path / "records"
    write_corpus(records, 6)
    out = tmp_path / "out"
    result = batch(records, out)
    assert result.exit_code == 0, result.output
    rows = manifest(out)
    expected = sum(len(fictional_record(i)["distribution"]) for i in range(6))
    assert len(rows) == expected
    assert {r["status"] for r in rows} == {"ready"}
    assert len(copies_on_disk(out)) == expected
    for row in rows:
        path = out / row["path"]
        child_id, review_date = row["child_id"], row["review_date"]
        assert path.parent == out / child_id / review_date
        assert path.name.startswith(f"{child_id}_{review_date}_{row['role']}-")
        assert path.stat().st_size == int(row["size"])
        docx.Document(str(path))  # opens as Word
        assert row["due_date"] and row["working_days_left"]
    # The JSON manifest has the same rows, and the summary says what happened.
    data = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert [c["path"] for c in data["copies"]] == [r["path"] for r in rows]
    assert data["today"] == TODAY
    assert "Records: 6 (0 invalid)" in result.output
    assert f"Copies: {expected}: {expected} ready" in result.output
    assert "Soonest due: 2026-02-02 (FX-10000, 0 working days left)" in result.output
    assert not leftovers(out)


def test_a_bad_record_never_holds_up_the_good_ones(tmp_path):
    records = tmp_path / "records"
    write_corpus(records, 5)
    (records / "broken.yaml").write_text("child:\n  id: X\n  name: [unclosed\n", encoding="utf-8")
    invalid = fictional_record(7)
    invalid["review"]["participation"] = "PN9"
    invalid["scale"] = {"score": 14, "by": "you", "meaning": "10 means everything is great"}
    invalid["child"]["favourite_colour"] = "blue"   # the format's: the rules' problems are still named
    (records / "invalid.yaml").write_text(record_yaml(invalid), encoding="utf-8")
    # A council template that is not a Word file breaks only the teen record (index 3).
    templates = tmp_path / "templates"
    shutil.copytree(templates_dir(), templates)
    (templates / "teen.docx").write_bytes(b"not a word file")
    out = tmp_path / "out"

    result = batch(records, out, "--templates", str(templates))

    assert result.exit_code == 1, result.output
    rows = manifest(out)
    by_source = {}
    for row in rows:
        by_source.setdefault(Path(row["source"]).name, []).append(row)
    broken = by_source["broken.yaml"]
    assert len(broken) == 1 and broken[0]["status"] == "invalid_record"
    assert broken[0]["reason"].startswith("line 3: (file)") and "not valid YAML" in broken[0]["reason"]
    bad = by_source["invalid.yaml"][0]
    assert bad["status"] == "invalid_record" and bad["child_id"] == "FX-10007"
    assert all(f in bad["reason"] for f in ("child.favourite_colour", "review.participation", "scale.score"))
    teen = by_source["review-00003.yaml"]
    assert {r["status"] for r in teen} == {"failed"} and all("teen.docx" in r["reason"] for r in teen)
    assert not any((out / "FX-10003").rglob("*.docx"))
    for index in (0, 1, 2, 4):
        good = by_source[f"review-{index:05d}.yaml"]
        assert {r["status"] for r in good} == {"ready"}
        for row in good:
            docx.Document(str(out / row["path"]))
    assert "Records: 7 (2 invalid)" in result.output
    assert "failed" in result.output


def test_rerun_keeps_unchanged_copies_byte_for_byte_and_force_remakes_them(tmp_path):
    records = tmp_path / "records"
    paths = write_corpus(records, 4)
    out = tmp_path / "out"
    assert batch(records, out).exit_code == 0
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in copies_on_disk(out)}

    # Change one record: only its copies are made again.
    changed = fictional_record(1)
    changed["working_well"].append("You joined the swimming club.")
    paths[1].write_text(record_yaml(changed), encoding="utf-8")
    result = batch(records, out)
    assert result.exit_code == 0
    after = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in copies_on_disk(out)}
    assert after.keys() == before.keys()
    for path, (data, mtime) in before.items():
        if "FX-10001" in path.name:
            assert after[path][1] != mtime
        else:
            assert after[path] == (data, mtime), path
    kept = len(before) - len(fictional_record(1)["distribution"])
    assert f"({kept} unchanged since the last run" in result.output

    result = batch(records, out, "--force")
    assert result.exit_code == 0
    assert all(p.stat().st_mtime_ns != after[p][1] for p in copies_on_disk(out))
    assert "unchanged since the last run" not in result.output


def test_a_copy_no_longer_wanted_is_removed_on_rerun(tmp_path):
    records = tmp_path / "records"
    record = fictional_record(0)
    (records).mkdir()
    (records / "r.yaml").write_text(record_yaml(record), encoding="utf-8")
    out = tmp_path / "out"
    assert batch(records, out).exit_code == 0
    carer_copy = next(out.rglob("*_carer-*.docx"))
    record["distribution"] = [r for r in record["distribution"] if r["role"] != "carer"]
    (records / "r.yaml").write_text(record_yaml(record), encoding="utf-8")
    assert batch(records, out).exit_code == 0
    assert not carer_copy.exists()
    assert all(row["role"] != "carer" for row in manifest(out))


def test_two_records_for_the_same_review_are_caught(tmp_path):
    records = tmp_path / "records"
    records.mkdir()
    text = record_yaml(fictional_record(2))
    (records / "a.yaml").write_text(text, encoding="utf-8")
    (records / "b.yaml").write_text(text.replace("You keep close", "You stay close"), encoding="utf-8")
    out = tmp_path / "out"
    result = batch(records, out)
    assert result.exit_code == 1
    rows = manifest(out)
    duplicates = [r for r in rows if r["status"] == "invalid_record"]
    assert len(duplicates) == 1 and "same child id and review date" in duplicates[0]["reason"]
    ready = [r for r in rows if r["status"] == "ready"]
    assert len({r["source"] for r in ready}) == 1
    assert not leftovers(out)


def test_output_inside_the_input_folder_and_translation_sidecars_are_not_records(tmp_path):
    records = tmp_path / "records"
    write_corpus(records, 2)
    (records / "review-00000.translations.yaml").write_text("format: recordgen-translations/1\nlanguages: {}\n")
    out = records / "out"
    assert batch(records, out).exit_code == 0
    result = batch(records, out)  # manifest.json is now inside records/: still not a record
    assert result.exit_code == 0
    assert {Path(r["source"]).name for r in manifest(out)} == {"review-00000.yaml", "review-00001.yaml"}


def test_a_copy_awaiting_translation_is_not_written_and_exits_1(tmp_path):
    records = tmp_path / "records"
    records.mkdir()
    shutil.copy(EXAMPLES / "review-sam-9.yaml", records)  # the parent reads Urdu; no translations here
    out = tmp_path / "out"
    result = batch(records, out, "--format", "docx")
    assert result.exit_code == 1
    rows = {r["role"]: r for r in manifest(out)}
    parent = rows["parent"]
    assert parent["status"] == "awaiting_translation" and parent["language"] == "ur"
    assert parent["path"] == "" and not list(out.rglob("*parent*"))
    assert "awaiting translation" in parent["reason"]
    assert rows["child"]["status"] == "ready"
    assert "Awaiting translation: 1" in result.output


def test_allow_untranslated_sends_english_with_a_notice_and_is_remade_without_it(tmp_path):
    records = tmp_path / "records"
    records.mkdir()
    shutil.copy(EXAMPLES / "review-sam-9.yaml", records)
    out = tmp_path / "out"
    result = batch(records, out, "--format", "docx", "--allow-untranslated")
    assert result.exit_code == 0, result.output
    parent = {r["role"]: r for r in manifest(out)}["parent"]
    assert parent["status"] == "ready"
    text = "\n".join(p.text for p in docx.Document(out / parent["path"]).paragraphs)
    assert "You will keep living with Mark and Lisa" in text  # the IRO's words, still in English
    assert "Some parts of this record are still in English" not in text  # the notice is in Urdu
    # Without the flag the same copy is no longer sendable: a rerun must not keep it.
    assert batch(records, out, "--format", "docx").exit_code == 1
    parent = {r["role"]: r for r in manifest(out)}["parent"]
    assert parent["status"] == "awaiting_translation" and not list(out.rglob("*parent*"))


def test_a_changed_catalog_remakes_only_copies_in_that_language(tmp_path, monkeypatch):
    from recordgen import i18n

    records = tmp_path / "records"
    records.mkdir()
    shutil.copy(EXAMPLES / "review-lily-3.yaml", records)
    shutil.copy(EXAMPLES / "review-lily-3.translations.yaml", records)
    out = tmp_path / "out"
    assert batch(records, out).exit_code == 0
    before = {r["role"]: r["input_key"] for r in manifest(out)}
    real = i18n.catalog_fingerprint
    monkeypatch.setattr("recordgen.distribution.copies.catalog_fingerprint",
                        lambda code: "edited" if code == "pl" else real(code))
    assert batch(records, out).exit_code == 0  # workers are forked, so they see the patch
    after = {r["role"]: r["input_key"] for r in manifest(out)}
    assert after["parent"] != before["parent"]
    assert {role: key for role, key in after.items() if role != "parent"} == \
        {role: key for role, key in before.items() if role != "parent"}


def test_pdf_copies_go_through_libreoffice_and_a_failure_marks_only_them(tmp_path):
    records = tmp_path / "records"
    records.mkdir()
    record = fictional_record(2)
    record["distribution"][1]["format"] = "pdf"
    (records / "r.yaml").write_text(record_yaml(record), encoding="utf-8")
    out = tmp_path / "out"
    result = batch(records, out, env={"RECORDGEN_SOFFICE": str(tmp_path / "no-soffice")})
    assert result.exit_code == 1
    rows = {r["role"]: r for r in manifest(out)}
    assert rows["parent"]["status"] == "failed" and "no PDF could be made" in rows["parent"]["reason"]
    assert {rows[role]["status"] for role in ("child", "carer", "social_worker")} == {"ready"}
    assert not leftovers(out)

    require_libreoffice()  # the failure path above was checked even where it is missing
    result = batch(records, out)
    assert result.exit_code == 0, result.output
    parent = {r["role"]: r for r in manifest(out)}["parent"]
    pdf = out / parent["path"]
    assert parent["status"] == "ready" and pdf.suffix == ".pdf" and pdf.read_bytes().startswith(b"%PDF")
    assert not leftovers(out)


def test_usage_errors_exit_2(tmp_path):
    assert run("batch", str(tmp_path / "missing"), "-o", str(tmp_path / "o")).exit_code == 2
    (tmp_path / "empty").mkdir()
    result = run("batch", str(tmp_path / "empty"), "-o", str(tmp_path / "o"))
    assert result.exit_code == 2 and "no record files" in result.output
    (tmp_path / "file").write_text("x")
    result = run("batch", str(EXAMPLES), "-o", str(tmp_path / "file"))
    assert result.exit_code == 2 and "is a file" in result.output
    assert "Traceback" not in result.output


def test_plain_progress_lines_when_not_on_a_terminal(tmp_path):
    records = tmp_path / "records"
    write_corpus(records, 3)
    result = batch(records, tmp_path / "out")
    lines = [line for line in result.output.splitlines() if line.startswith("[")]
    assert lines == [f"[{i}/3] FX-1000{i - 1} {fictional_record(i - 1)['review']['date']}: "
                     f"{len(fictional_record(i - 1)['distribution'])} ready" for i in (1, 2, 3)]


def test_workers_are_replaced_every_so_many_records_and_the_copies_are_the_same(tmp_path, monkeypatch):
    """A worker's heap grows by what glibc cannot hand back; replacing workers bounds it. The
    copies made across new workers are byte for byte those of one pool."""
    from recordgen.distribution import batch as batch_module

    records = tmp_path / "records"
    write_corpus(records, 9)
    assert batch(records, tmp_path / "one-pool").exit_code == 0
    pools = []
    new_executor = batch_module.Batch._new_executor

    def counted(self):
        pools.append(self)
        return new_executor(self)

    monkeypatch.setattr(batch_module, "RECORDS_PER_WORKER", 1)
    monkeypatch.setattr(batch_module.Batch, "_new_executor", counted)
    result = batch(records, tmp_path / "renewed")
    assert result.exit_code == 0, result.output
    assert len(pools) == 3  # tasks of 4, 4 and 1 records; two workers of 1 record each per pool
    digests = lambda out: sorted((r["path"], r["sha256"]) for r in manifest(out))
    assert digests(tmp_path / "renewed") == digests(tmp_path / "one-pool")
    assert not leftovers(tmp_path / "renewed")


def test_the_day_a_copy_says_it_was_made_is_the_manifests(tmp_path, monkeypatch):
    """`--today` alone (no RECORDGEN_TODAY) counts the working days left; the manifest's `made` is the day
    the copy says it was made (it said --today's day while the copies said the machine's)."""
    monkeypatch.delenv("RECORDGEN_TODAY", raising=False)
    out = tmp_path / "out"
    result = run("batch", str(EXAMPLES / "review-sam-9.yaml"), "-o", str(out), "--today", "2026-11-30",
                 "--workers", "1", "--format", "docx", "--allow-example-contacts")
    assert result.exit_code == 0, result.output
    rows = manifest(out)
    made = {r["made"] for r in rows}
    assert len(made) == 1 and made != {"2026-11-30"}
    day = dt.date.fromisoformat(made.pop())
    assert abs((day - dt.date.today()).days) <= 1   # the machine's date (the run may cross midnight)
    english = [r for r in rows if r["language"] == "en"]
    assert english
    for row in english:
        footers = " ".join(p.text for s in docx.Document(str(out / row["path"])).sections
                           for p in s.footer.paragraphs + s.first_page_footer.paragraphs)
        assert f"Copy made on {day.day} {day:%B %Y}" in footers, (row["path"], footers)


def test_workers_inherit_the_templates_the_parent_compiled_before_forking(tmp_path, monkeypatch):
    import os

    from recordgen.rendering import template

    compiled_by = tmp_path / "compiled-by"
    original = template.CompiledTemplate.__init__

    def noted(self, path, *args, **kwargs):
        with open(compiled_by, "a", encoding="utf-8") as handle:
            handle.write(f"{os.getpid()}\n")
        original(self, path, *args, **kwargs)

    monkeypatch.setattr(template.CompiledTemplate, "__init__", noted)
    records = tmp_path / "records"
    write_corpus(records, 8)  # every age band
    result = batch(records, tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert {r["status"] for r in manifest(tmp_path / "out")} == {"ready"}
    assert compiled_by.read_text().split() == [str(os.getpid())] * 5   # once each band, in this process alone
