"""`validate FILE` and `dates FILE` look in the record's folder for the same child's other records, as
`render` does (fix18): one shared lookup (api.chain_beside, rules/chain.py ``beside``), so validate no
longer passes a record that render then refuses, and dates gives the next review's day the copies tell."""

from __future__ import annotations

import json

from click.testing import CliRunner

from recordfiles import write_record
from recordgen import api
from recordgen.cli import main_group
from test_claims32_chain_copies import _long, _review

HELD, PLANNED, LATE = "2026-03-03", "2026-05-20", "2026-09-08"  # after HELD, the next is due by 2026-09-03


def _run(*args):
    return CliRunner().invoke(main_group, list(map(str, args)), catch_exceptions=False)


def _folder(tmp_path, later: str, status: str = "planned"):
    folder = tmp_path / "in"
    folder.mkdir()
    held = write_record(folder, _review(HELD, 2), name="r1.yaml")
    write_record(folder, _review(later, 3, status=status), name="r2.yaml")
    return held


def test_validate_refuses_what_render_refuses_a_late_planned_next_review_beside_it(tmp_path, monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-03-10")
    held = _folder(tmp_path, LATE)
    render = _run("render", held, "-o", tmp_path / "out")
    assert render.exit_code == 1 and "later than the law allows" in render.stderr
    validate = _run("validate", held)
    assert validate.exit_code == 1, (validate.stdout, validate.stderr)
    errors = [line for line in validate.stdout.splitlines() if ": error: " in line]
    assert len(errors) == 1 and "review.date" in errors[0] and "r2.yaml" in errors[0]
    assert "later than the law allows" in errors[0]
    # Given both, the error is said once.
    both = _run("validate", held, held.parent / "r2.yaml")
    assert both.exit_code == 1
    assert sum("the copies would tell everyone" in line for line in both.stdout.splitlines()) == 1


def test_validate_passes_what_render_makes(tmp_path, monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-03-10")
    held = _folder(tmp_path, PLANNED)
    assert _run("render", held, "-o", tmp_path / "out").exit_code == 0
    validate = _run("validate", held)
    assert validate.exit_code == 0, (validate.stdout, validate.stderr)


def test_dates_gives_the_next_review_beside_it_as_the_copies_tell_it(tmp_path, monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-03-10")
    held = _folder(tmp_path, PLANNED)
    result = _run("dates", held, "--json")
    assert result.exit_code == 0, (result.stdout, result.stderr)
    figures = json.loads(result.stdout)
    assert figures["next_review"] == PLANNED
    assert "r2.yaml" in figures["notes"]["next_review"] and "planned" in figures["notes"]["next_review"]
    # The invitations are for that day, ten working days before it.
    assert figures["invitations_by"] == "2026-05-06"
    text = _run("dates", held).stdout
    assert PLANNED in text and "r2.yaml" in text
    # The same day the copy tells.
    loaded = api.load_record(held)
    assert api.review_dates(loaded.record, later=api.next_review_beside(loaded)).next_review.isoformat() == PLANNED
    assert f"Your next review is on {_long(PLANNED)}." in " ".join(
        __import__("recordfiles").docx_text(api.Renderer(api.Settings()).render_copy(
            loaded, api.recipient_for(loaded.record, "child")).data).split())


def test_dates_refuses_as_render_does_a_late_planned_next_review_beside_it(tmp_path, monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-03-10")
    held = _folder(tmp_path, LATE)
    result = _run("dates", held)
    assert result.exit_code == 1, (result.stdout, result.stderr)
    assert "later than the law allows" in result.stderr and "r2.yaml" in result.stderr
    assert LATE in result.stdout


def test_alone_in_its_folder_dates_and_validate_are_unchanged(tmp_path, monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-03-10")
    folder = tmp_path / "in"
    folder.mkdir()
    held = write_record(folder, _review(HELD, 2), name="r1.yaml")
    figures = json.loads(_run("dates", held, "--json").stdout)
    assert figures["next_review"] == "2026-09-03"
    assert _run("validate", held).exit_code == 0
