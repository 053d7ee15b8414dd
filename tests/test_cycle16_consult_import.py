"""Blind review 28: `consult import` of a booklet with nothing filled in (F16) and of a file that is
not a PDF (F19)."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

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
