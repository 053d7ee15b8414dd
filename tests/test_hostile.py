"""Faults a hostile probe found (issue 20, item 5): each is now a message, a refusal or a clean-up.

Tried as an attacker and a careless user would: files built to exhaust the
parser, names that collide, links out of the folder, a killed run's leftovers,
a world-readable error log, copies that differ on every run.
"""

from __future__ import annotations

import csv
import hashlib
import io
import os
import re
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from fictional import record_yaml, fictional_record
from recordfiles import SAM, write_record
from recordgen.cli import main_group

TODAY = "2026-02-02"


def cli(*args: str, env: dict | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    """The real command in a process of its own: a segfault or a memory blow-up shows as such."""
    return subprocess.run([sys.executable, "-m", "recordgen", *args], capture_output=True, text=True,
                          timeout=timeout, env={**os.environ, **(env or {})})


def manifest(out: Path) -> list[dict]:
    with open(out / "manifest.csv", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


# --- crashes instead of a message: limits checked before anything is built ------------------------

def _sam_text() -> str:
    return SAM.read_text(encoding="utf-8")


def _laughs() -> str:
    text = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
    for previous, name in zip("abcdefgh", "bcdefghi"):
        text += f"{name}: &{name} [" + ",".join([f"*{previous}"] * 9) + "]\n"
    return text


def _merge_bomb() -> str:
    text = "base: &l0 {x: 1, y: 2}\n"
    for level in range(1, 24):
        text += f"l{level}: &l{level}\n  <<: [*l{level - 1}, *l{level - 1}]\n  k{level}: 1\n"
    return text


HOSTILE = {
    "billion-laughs.yaml": (_laughs, "more than 50,000 values once its aliases"),
    "brackets.yaml": (lambda: "[" * 100_000 + "]" * 100_000, "nested more than 32 deep"),
    "recursive-alias.yaml": (lambda: "child: &a\n  id: *a\n", "refers to the section it is in"),
    "merge-bomb.yaml": (_merge_bomb, "more than 50,000 values once its aliases"),
    "digits.yaml": (lambda: _sam_text().replace("sequence: 4", "sequence: " + "9" * 5000, 1),
                    "a number has more than 30 digits"),
    "year-9999.yaml": (lambda: _sam_text().replace("date: 2026-03-03", "date: 9999-12-20", 1),
                       "'9999-12-20' is not a date a review record could hold"),
    "big-field.yaml": (lambda: _sam_text() + "\nnotes: " + "x" * (50 * 1024 * 1024) + "\n",
                       "over the limit of 1,000,000"),
    "huge-case-id.yaml": (lambda: _sam_text().replace("id: NL-20451", "id: NL-" + "2" * 1_000_000, 1),
                          "over the limit of 1,000,000"),
    "long-case-id.yaml": (lambda: _sam_text().replace("id: NL-20451", "id: NL-" + "2" * 5_000, 1),
                          "child.id: error: this is 5,003 characters long; at most 40"),
    "long-name.yaml": (lambda: _sam_text().replace("name: Samira Khan", "name: " + "Sam " * 3_000, 1),
                       "this is 11,999 characters long; at most 120"),
    "nested.json": (lambda: "[" * 100_000 + "]" * 100_000, "nested more than 32 deep"),
    "nested-object.json": (lambda: '{"a":' * 5_000 + "1" + "}" * 5_000, "nested more than 32 deep"),
}


def test_the_hostile_files_change_what_they_should():
    # The probes are only worth something if they really carry what they are named for.
    assert "sequence: 4" in _sam_text() and "date: 2026-03-03" in _sam_text()
    assert "id: NL-20451" in _sam_text() and "name: Samira Khan" in _sam_text()


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_a_hostile_record_is_a_plain_message_with_a_documented_exit_code(tmp_path, name):
    make, expected = HOSTILE[name]
    path = tmp_path / name
    path.write_text(make(), encoding="utf-8")
    started = time.monotonic()
    done = cli("validate", str(path))
    assert time.monotonic() - started < 30
    assert done.returncode in (1, 2), (done.returncode, done.stderr[-500:])  # never 4, never a signal
    assert "Traceback" not in done.stdout + done.stderr
    assert "something went wrong inside recordgen" not in done.stderr
    assert expected in done.stdout + done.stderr, (done.stdout + done.stderr)[:600]
    assert len(done.stdout + done.stderr) < 5_000  # the message does not quote the monster back


def test_hostile_records_in_a_batch_are_invalid_rows_and_the_good_one_is_made(tmp_path):
    records = tmp_path / "records"
    records.mkdir()
    for name in ("billion-laughs.yaml", "brackets.yaml", "digits.yaml", "year-9999.yaml", "nested.json",
                 "long-case-id.yaml"):
        (records / name).write_text(HOSTILE[name][0](), encoding="utf-8")
    (records / "good.yaml").write_text(_sam_text(), encoding="utf-8")
    out = tmp_path / "out"
    done = cli("batch", str(records), "-o", str(out), "--today", TODAY, "--workers", "1", "--allow-untranslated")
    assert done.returncode == 1, done.stderr
    rows = manifest(out)
    invalid = {Path(r["source"]).name for r in rows if r["status"] == "invalid_record"}
    assert invalid == {"billion-laughs.yaml", "brackets.yaml", "digits.yaml", "year-9999.yaml", "nested.json",
                       "long-case-id.yaml"}
    assert {r["status"] for r in rows if Path(r["source"]).name == "good.yaml"} == {"ready"}


def test_data_given_directly_is_held_to_the_same_limits():
    from recordgen.api import InvalidRecord, load_data

    nested: dict = {}
    inner = nested
    for _ in range(10_000):
        inner["a"] = {}
        inner = inner["a"]
    with pytest.raises(InvalidRecord, match="nested more than 32 deep"):
        load_data(nested)
    with pytest.raises(InvalidRecord, match="over the limit of 20,000"):
        load_data({"child": {"id": "x" * 1_000_000}})


def test_a_real_record_is_far_inside_the_limits():
    from recordgen.api import load_record

    for example in sorted(SAM.parent.glob("review-*.yaml")):
        if not example.name.endswith(".translations.yaml"):
            load_record(example)


# --- render into a folder it cannot write ---------------------------------------------------------

def test_render_into_a_read_only_folder_is_a_message_and_exit_2(tmp_path, monkeypatch):
    target = tmp_path / "read-only"
    target.mkdir()
    if os.geteuid() == 0:  # root writes anywhere: make the write fail as a read-only folder would
        import recordgen.support.files

        def refused(path, data, **kwargs):
            raise PermissionError(13, "Permission denied", str(path))

        monkeypatch.setattr(recordgen.support.files, "write_atomically", refused)
    else:
        target.chmod(0o500)
    result = CliRunner().invoke(main_group, ["render", str(SAM), "--all", "-o", str(target)])
    assert result.exit_code == 2, result.output
    assert "cannot write the copies to" in result.output and "Permission denied" in result.output
    assert "Traceback" not in result.output


# --- copies whose names differ only in punctuation ----------------------------------------------

def _owens(data: dict) -> None:
    assert {"role": "carer", "name": "Mark and Lisa Owen"}.items() <= data["distribution"][1].items() or any(
        r["name"] == "Mark and Lisa Owen" for r in data["distribution"])
    data["distribution"].append({"role": "carer", "name": "Mark-and-Lisa Owen"})


def test_recipients_whose_names_differ_only_in_punctuation_get_a_file_each(tmp_path):
    records = tmp_path / "records"
    records.mkdir()
    write_record(records, _owens)
    out = tmp_path / "out"
    result = CliRunner().invoke(main_group, ["batch", str(records), "-o", str(out), "--today", TODAY,
                                             "--workers", "1", "--allow-untranslated"])
    assert result.exit_code == 0, result.output
    rows = [r for r in manifest(out) if r["recipient"] in ("Mark and Lisa Owen", "Mark-and-Lisa Owen")]
    assert len(rows) == 2 and {r["status"] for r in rows} == {"ready"}
    paths = [out / r["path"] for r in rows]
    assert paths[0] != paths[1]
    assert paths[0].name.endswith("carer-mark-and-lisa-owen.docx")
    assert paths[1].name.endswith("carer-mark-and-lisa-owen-2.docx")
    every = manifest(out)
    assert len({r["path"] for r in every}) == len(every)  # no two rows share a file
    for row in every:
        assert hashlib.sha256((out / row["path"]).read_bytes()).hexdigest() == row["sha256"]
    # Each file is its own recipient's copy.
    import docx

    for row, path in zip(rows, paths):
        text = "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
        assert row["recipient"] in text


def test_render_all_gives_colliding_names_a_file_each(tmp_path):
    record = write_record(tmp_path, _owens)
    out = tmp_path / "copies"
    result = CliRunner().invoke(main_group, ["render", str(record), "--all", "-o", str(out), "--allow-untranslated"])
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in out.iterdir())
    assert any(n.endswith("carer-mark-and-lisa-owen.docx") for n in names)
    assert any(n.endswith("carer-mark-and-lisa-owen-2.docx") for n in names)


# --- links out of the folder --------------------------------------------------------------------

def test_a_record_folder_that_is_a_link_out_of_the_output_is_refused(tmp_path):
    records = tmp_path / "records"
    records.mkdir()
    (records / "fx.yaml").write_text(record_yaml(fictional_record(0)), encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (out / fictional_record(0)["child"]["id"]).symlink_to(elsewhere, target_is_directory=True)
    result = CliRunner().invoke(main_group, ["batch", str(records), "-o", str(out), "--today", TODAY,
                                             "--workers", "1"])
    assert result.exit_code == 1
    rows = manifest(out)
    assert [r["status"] for r in rows] == ["failed"] and "is a link" in rows[0]["reason"]
    assert list(elsewhere.rglob("*.docx")) == []


def test_the_page_refuses_copies_and_drafts_folders_that_are_links(tmp_path):
    from recordgen.web.store import DRAFTS, Folder, NotAllowed

    served = tmp_path / "served"
    served.mkdir()
    (served / "sam.yaml").write_text(_sam_text(), encoding="utf-8")
    outside = tmp_path / "outside"
    outside.mkdir()
    (served / "copies").symlink_to(outside, target_is_directory=True)
    (served / DRAFTS).symlink_to(outside, target_is_directory=True)
    folder = Folder(served)
    with pytest.raises(NotAllowed):
        folder.subfolder("copies")
    with pytest.raises(NotAllowed):
        folder.keep_draft("sam.yaml", "v1", {"child": {"name": "Sam Okafor"}}, "a1b2c3d4e5f6a1b2c3d4e5f6")
    assert list(outside.iterdir()) == []
    # A real folder is used as before.
    (served / "copies").unlink()
    assert folder.subfolder("copies") == served / "copies"


def test_the_page_writes_no_copy_through_a_copies_link(tmp_path):
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from starlette.testclient import TestClient

    from recordgen.web.app import create_app

    served = tmp_path / "served"
    served.mkdir()
    (served / "sam.yaml").write_text(_sam_text(), encoding="utf-8")
    outside = tmp_path / "outside"
    outside.mkdir()
    (served / "copies").symlink_to(outside, target_is_directory=True)
    app = create_app(served)  # the bare app: the token guard wraps it in `serve`
    with TestClient(app, raise_server_exceptions=False) as client:
        response = client.post("/api/records/sam.yaml/render", json={})
    assert response.status_code == 403
    assert list(outside.iterdir()) == []


# --- orphans of killed runs -----------------------------------------------------------------------

def test_a_killed_runs_libreoffice_and_folders_are_swept_but_a_live_runs_are_not(tmp_path):
    from recordgen.support.lifetime import OWNER_FILE, mark_owner, sweep_orphans

    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    stale_profile = tmp_path / "recordgen-lo0-dead"
    stale_fonts = tmp_path / "recordgen-fonts-dead"
    for folder in (stale_profile, stale_fonts):
        folder.mkdir()
        (folder / OWNER_FILE).write_text(f"{dead.pid} 1\n")
    live_profile = tmp_path / "recordgen-lo1-live"
    live_profile.mkdir()
    mark_owner(live_profile)  # this process: alive
    unowned_young = tmp_path / "recordgen-lo2-older-version"
    unowned_young.mkdir()  # no owner file and new: perhaps a run of an older recordgen, starting
    # A stand-in for LibreOffice still running on the dead run's profile (it names it, as soffice does).
    orphan = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)",
                               f"-env:UserInstallation={stale_profile.as_uri()}"])
    bystander = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)",
                                  f"-env:UserInstallation={live_profile.as_uri()}"])
    try:
        assert sweep_orphans(str(tmp_path)) == 2
        assert orphan.wait(timeout=60) != 0  # killed (a loaded machine may take a while to reap it)
        assert bystander.poll() is None
        assert sorted(p.name for p in tmp_path.iterdir()) == ["recordgen-lo1-live", "recordgen-lo2-older-version"]
    finally:
        for process in (orphan, bystander):
            process.kill()
            process.wait()


def test_a_failed_export_leaves_no_libreoffice_lock_file(tmp_path):
    from recordgen.pdf import converter as conv
    from recordgen.pdf.errors import ConversionFailed

    class FullDisk:
        running = True
        conversions = 0

        def convert(self, source, target, pdf_version, timeout):
            # What LibreOffice leaves when the disk fills mid-export: its lock and a partial file.
            Path(target).write_bytes(b"%PDF-1.7 half")
            Path(target).with_name(f".~lock.{Path(target).name}#").write_text("lock")
            return {"ok": False, "stage": "export", "error": "Write error: no space left on device"}

        def stop(self):
            pass

    source = tmp_path / "copy.docx"
    source.write_bytes(b"docx")
    pool = conv.ConverterPool(workers=1)
    with pytest.raises(ConversionFailed):
        pool._convert_with_retry(FullDisk(), source, tmp_path / "copy.pdf")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["copy.docx"]


def test_the_sweep_removes_libreoffice_lock_files_of_partial_pdfs(tmp_path):
    from recordgen.distribution.output_folder import sweep_leftovers

    folder = tmp_path / "NL-1" / "2026-01-01"
    folder.mkdir(parents=True)
    (folder / ".~lock..NL-1_2026-01-01_child-sam.pdf.1a2b3c4d.partial#").write_text("lock")
    (folder / ".NL-1_2026-01-01_child-sam.pdf.1a2b3c4d.partial").write_text("half")
    (folder / "NL-1_2026-01-01_child-sam.pdf").write_text("kept")
    sweep_leftovers(tmp_path)
    assert [p.name for p in folder.iterdir()] == ["NL-1_2026-01-01_child-sam.pdf"]


# --- the error log ------------------------------------------------------------------------------------

def test_the_error_log_is_private_kept_and_holds_nothing_of_a_child(tmp_path, monkeypatch):
    from recordgen import api
    from recordgen.cli import main as cli_main
    from recordgen.support import errorlog

    monkeypatch.setenv("HOME", str(tmp_path))
    log = tmp_path / ".recordgen-error.log"
    log.write_text("an earlier fault\n")
    log.chmod(0o644)  # as an older recordgen left it

    def explode(renderer, loaded, recipient):
        raise RuntimeError(f"cannot render {loaded.record.child.id} for {recipient.name}")

    monkeypatch.setattr(api.Renderer, "render_copy", explode)
    for _ in range(2):
        with pytest.raises(SystemExit) as exited:
            cli_main(["render", str(SAM), "-o", str(tmp_path / "out")])
        assert exited.value.code == 4
    text = log.read_text()
    assert log.stat().st_mode & 0o777 == 0o600
    assert text.startswith("an earlier fault\n")  # kept, not overwritten
    assert text.count("builtins.RuntimeError") == 2
    assert "NL-20451" not in text and "Samira" not in text and "Khan" not in text and "cannot render" not in text

    monkeypatch.setattr(errorlog, "MAX_BYTES", 10)
    with pytest.raises(SystemExit):
        cli_main(["render", str(SAM), "-o", str(tmp_path / "out")])
    assert (tmp_path / ".recordgen-error.log.1").read_text() == text  # rotated, not lost
    assert log.read_text().count("builtins.RuntimeError") == 1


# --- reproducible copies ------------------------------------------------------------------------------

def _zip_facts(data: bytes) -> tuple[bytes, set]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.read("docProps/core.xml"), {info.date_time for info in archive.infolist()}


def test_two_clean_runs_give_identical_copies(tmp_path):
    records = tmp_path / "records"
    records.mkdir()
    (records / "sam.yaml").write_text(_sam_text(), encoding="utf-8")
    sums = []
    for run in ("one", "two"):
        out = tmp_path / run
        result = CliRunner().invoke(main_group, ["batch", str(records), "-o", str(out), "--today", TODAY,
                                                 "--workers", "1", "--allow-untranslated", "--format", "docx"])
        assert result.exit_code == 0, result.output
        sums.append({r["path"]: r["sha256"] for r in manifest(out)})
        if run == "one":
            time.sleep(1.1)  # a clock in the copy would now show
    assert sums[0] == sums[1]
    core, stamps = _zip_facts(next((tmp_path / "one").rglob("*child-sam.docx")).read_bytes())
    from recordgen.rules.validation import today

    # The day the copy says it was made ("Copy made on"), not the time it was, nor the review's.
    assert f"{today().isoformat()}T00:00:00Z".encode() in core
    assert stamps == {(1980, 1, 1, 0, 0, 0)}


def test_source_date_epoch_sets_the_copy_date(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")  # 2026-01-01T00:00:00Z
    out = tmp_path / "sam.docx"
    result = CliRunner().invoke(main_group, ["render", str(SAM), "-o", str(out)])
    assert result.exit_code == 0, result.output
    core, _ = _zip_facts(out.read_bytes())
    assert re.findall(rb"<dcterms:(?:created|modified)[^>]*>([^<]*)<", core) == [b"2026-01-01T00:00:00Z"] * 2


# --- shards: one batch spread over several machines (issue 20, item 6) ------------------------------

def test_shards_are_disjoint_cover_the_inputs_and_keep_a_child_together(tmp_path):
    from fictional import write_corpus

    from recordgen.distribution.inputs import find_record_files, in_shard, shard_key

    records = tmp_path / "records"
    write_corpus(records, 30)
    # A second review of child 3, as JSON: the same child, so the same shard.
    data = fictional_record(3)
    (records / "again.json").write_text(__import__("json").dumps(data), encoding="utf-8")
    files = find_record_files([records])
    assert shard_key(records / "again.json") == shard_key(records / "review-00003.yaml") == data["child"]["id"]
    parts = [[f for f in files if in_shard(f, index, 4)] for index in range(1, 5)]
    assert sorted(f for part in parts for f in part) == sorted(files)  # every record once
    assert all(parts)  # 31 records over 4 shards: none empty
    together = [i for i, part in enumerate(parts) if records / "again.json" in part]
    assert together == [i for i, part in enumerate(parts) if records / "review-00003.yaml" in part]

    out = tmp_path / "out-2"
    result = CliRunner().invoke(main_group, ["batch", str(records), "-o", str(out), "--today", TODAY,
                                             "--workers", "1", "--shard", "2/4"])
    assert {r["source"] for r in manifest(out)} == {str(f) for f in parts[1]}
    if records / "again.json" in parts[1]:
        # Both reviews of child 3 reached this shard, where the batch sees they are one review twice.
        assert result.exit_code == 1
        assert [r["status"] for r in manifest(out)].count("invalid_record") == 1
    else:
        assert result.exit_code == 0, result.output
    bad = CliRunner().invoke(main_group, ["batch", str(records), "-o", str(out), "--shard", "5/4"])
    assert bad.exit_code == 2 and "1 <= I <= N" in bad.output


def test_manifest_merge_joins_the_shards_and_send_paths_still_resolve(tmp_path):
    from fictional import write_corpus

    records = tmp_path / "records"
    write_corpus(records, 12)
    whole = tmp_path / "whole"
    assert CliRunner().invoke(main_group, ["batch", str(records), "-o", str(whole), "--today", TODAY,
                                           "--workers", "1"]).exit_code == 0
    parts = []
    for index in (1, 2, 3):
        part = tmp_path / "shared" / f"part-{index}"
        result = CliRunner().invoke(main_group, ["batch", str(records), "-o", str(part), "--today", TODAY,
                                                 "--workers", "1", "--shard", f"{index}/3"])
        assert result.exit_code == 0, result.output
        parts.append(str(part))
    merged = tmp_path / "shared"
    result = CliRunner().invoke(main_group, ["manifest", "merge", *parts, "-o", str(merged)])
    assert result.exit_code == 0, result.output
    rows = manifest(merged)
    assert sorted((r["child_id"], r["recipient"], r["sha256"]) for r in rows) == \
        sorted((r["child_id"], r["recipient"], r["sha256"]) for r in manifest(whole))
    for row in rows:  # every path resolves from the merged manifest's folder
        assert hashlib.sha256((merged / row["path"]).read_bytes()).hexdigest() == row["sha256"]
    again = CliRunner().invoke(main_group, ["manifest", "merge", parts[0], parts[0], "-o", str(tmp_path / "x")])
    assert again.exit_code == 2 and ("also in" in again.output or "two parts" in again.output)
