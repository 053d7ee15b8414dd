"""Blind review 28: `consult import` of a booklet with nothing filled in (F16) and of a file that is
not a PDF (F19)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from recordgen import api
from recordgen.pdf.forms import read_fields

import recordgen.cli  # noqa: F401 (registers the commands)
from recordgen.cli._common import main_group as main

from test_consult_import import _child, _record, booklets, fill  # noqa: F401 (booklets: the fixture)


def test_an_unfilled_booklet_is_refused_and_does_not_use_up_the_booklet(booklets, tmp_path):
    record = _record(booklets, tmp_path)
    before = record.read_bytes()
    # The batch's own unfilled booklet, picked by mistake: refused, the record untouched.
    result = CliRunner().invoke(main, ["consult", "import", str(_child(booklets)), str(record),
                                       "--received", "2026-09-03"])
    assert result.exit_code == 2, result.output
    assert "nothing is filled in: not imported" in result.output
    assert record.read_bytes() == before
    # Blank text (spaces, a line break) is nothing filled in either.
    blank = fill(_child(booklets), tmp_path / "blank.pdf", {"going_well": "  ", "worries": "\n"})
    result = CliRunner().invoke(main, ["consult", "import", str(blank), str(record), "--received", "2026-09-03"])
    assert result.exit_code == 2 and "nothing is filled in" in result.output, result.output
    assert record.read_bytes() == before
    # The child's real answers then come in.
    filled = fill(_child(booklets), tmp_path / "robin.pdf", {"going_well": "football"})
    result = CliRunner().invoke(main, ["consult", "import", str(filled), str(record), "--received", "2026-09-03"])
    assert result.exit_code == 0, result.output
    assert "1 answer(s) into child_views" in result.output


def test_one_box_ticked_is_something_filled_in(booklets, tmp_path):
    record = _record(booklets, tmp_path)
    ticked = fill(_child(booklets), tmp_path / "ticked.pdf", {"advocate": "yes"})
    result = CliRunner().invoke(main, ["consult", "import", str(ticked), str(record), "--received", "2026-09-03"])
    assert result.exit_code == 0, result.output
    assert "1 note(s) under consultation.meeting" in result.output


def test_a_file_that_is_not_a_pdf_gets_recordgens_one_line_only(booklets, tmp_path, caplog):
    record = _record(booklets, tmp_path)
    other = tmp_path / "zain.yaml"
    other.write_text("# Zain's review, kept from his dad\nchild: {name: Zain}\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["consult", "import", str(other), str(record)])
    assert result.exit_code == 2, result.output
    assert "cannot read it as a PDF" in result.output
    # pypdf's log ("invalid pdf header: b'# Zai'", "EOF marker not found") quotes the file's first bytes.
    assert not [r for r in caplog.records if r.name.startswith("pypdf")], caplog.records
    assert "Zai" not in result.output.replace(str(other), "")


def test_a_filled_booklet_given_to_feedback_import_is_named_as_a_booklet(booklets, tmp_path, caplog):
    folder = tmp_path / "out"
    batch = api.Batch(api.BatchOptions(output=folder, format="docx", workers=1, allow_untranslated=True))
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("RECORDGEN_TODAY", "2026-09-01")
        batch.run([str(booklets / "planned.yaml")])
    filled = fill(_child(booklets), tmp_path / "robin.pdf", {"going_well": "football"})
    booklet = read_fields(filled)["booklet"]
    assert booklet
    result = CliRunner().invoke(main, ["feedback", "import", str(filled), "--folder", str(folder)])
    assert result.exit_code == 1, result.output
    assert (f"this is a consultation booklet ({booklet}): read it into the record with "
            f"`recordgen consult import {filled} RECORD`") in result.output
    assert "feedback add" not in result.output and "no feedback reference field" not in result.output
    assert not list(api.read_answers(folder))
    # Not a PDF: recordgen's one line, no pypdf log.
    other = tmp_path / "notes.txt"
    other.write_text("# Robin's notes\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["feedback", "import", str(other), "--folder", str(folder)])
    assert "cannot read it as a PDF" in result.output
    assert not [r for r in caplog.records if r.name.startswith("pypdf")], caplog.records
