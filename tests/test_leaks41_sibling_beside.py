"""Blind review 32, finding 2: `render` of Rhys's record named his sister Cerys's confidential carers
("Siân and Gareth Llewellyn-Jones", kept from both parents; her record in the same folder) in dad's copy,
and `validate` of his record alone passed; validate of both files together refused it. render, validate of
one file and serve's check read the other records in the record's own folder for the siblings' check,
as validate of both files does (one function: rules/siblings.py ``problems_beside``)."""

from __future__ import annotations

import shutil
from pathlib import Path

from click.testing import CliRunner

from recordfiles import docx_text

DATA = Path(__file__).parent / "data_leaks41" / "siblings"
SECRET = "Llewellyn-Jones"


def _folder(tmp_path: Path, *names: str) -> Path:
    for name in names:
        shutil.copy(DATA / name, tmp_path / name)
    return tmp_path


def _run(*args: str):
    from recordgen.cli import main_group

    return CliRunner().invoke(main_group, list(args))


def test_render_of_one_siblings_record_refuses_what_names_the_others_confidential_carers(tmp_path):
    folder = _folder(tmp_path, "review-rhys-14.yaml", "review-cerys-10.yaml")
    out = folder / "rh"
    result = _run("render", str(folder / "review-rhys-14.yaml"), "--for", "parent", "-o", str(out),
                  "--format", "docx")
    assert result.exit_code != 0, result.output
    assert f"this names '{SECRET}'" in result.output and "review-cerys-10.yaml" in result.output
    assert not [p for p in out.glob("*.docx") if SECRET in docx_text(p.read_bytes())] if out.exists() else True
    assert not list(out.glob("*.docx")) if out.exists() else True


def test_render_alone_in_its_folder_is_as_before(tmp_path):
    folder = _folder(tmp_path, "review-rhys-14.yaml")
    out = folder / "rh"
    result = _run("render", str(folder / "review-rhys-14.yaml"), "--for", "parent", "-o", str(out),
                  "--format", "docx")
    assert result.exit_code == 0, result.output
    (copy,) = out.glob("*.docx")
    assert SECRET in docx_text(copy.read_bytes())  # nothing beside it says it is a secret


def test_validate_of_one_file_reads_the_siblings_record_beside_it(tmp_path):
    folder = _folder(tmp_path, "review-rhys-14.yaml", "review-cerys-10.yaml")
    result = _run("validate", str(folder / "review-rhys-14.yaml"))
    assert result.exit_code == 1
    errors = [line for line in result.output.splitlines() if ": error: this names" in line]
    assert len(errors) == 1 and SECRET in errors[0] and "working_well.1" in errors[0]


def test_validate_of_both_files_says_it_once(tmp_path):
    folder = _folder(tmp_path, "review-rhys-14.yaml", "review-cerys-10.yaml")
    result = _run("validate", str(folder / "review-rhys-14.yaml"), str(folder / "review-cerys-10.yaml"))
    assert result.exit_code == 1
    assert len([line for line in result.output.splitlines() if f"this names '{SECRET}'" in line
                or f"'{SECRET}'" in line and ": error:" in line]) == 1


def test_serve_checks_the_record_against_its_siblings_beside_it(tmp_path):
    from recordgen import api

    folder = _folder(tmp_path, "review-rhys-14.yaml", "review-cerys-10.yaml")
    loaded = api.load_record(folder / "review-rhys-14.yaml")
    problems = api.chain_problems(loaded) + api.sibling_problems_beside([loaded])
    assert any(SECRET in d.message and d.severity == "error" for d in problems)


def test_serves_check_of_the_form_reads_the_siblings_record_beside_it(tmp_path):
    import json

    from recordgen.record.loading import parse_file
    from recordgen.web import Server
    from webserver import Client

    folder = _folder(tmp_path, "review-rhys-14.yaml", "review-cerys-10.yaml")
    data, _ = parse_file(str(folder / "review-rhys-14.yaml"), (folder / "review-rhys-14.yaml").read_bytes())
    running = Server(folder).start()
    try:
        status, _, body = Client(running).request("POST", "/api/records/review-rhys-14.yaml/check",
                                                  body={"data": data})
    finally:
        running.stop()
    assert status == 200
    problems = json.loads(body)["problems"]
    assert any(p["path"] == "working_well.1" and SECRET in p["rule"] for p in problems), problems
