"""Blind review 27, finding 24: a PDF copy with the feedback form had no title or author for readers that
take the last trailer (poppler's pdfinfo, screen readers, archives' indexes): the form is added as an
incremental update whose cross-reference stream left the document's /Info out. It keeps it now."""

from __future__ import annotations

import subprocess

from recordgen import api

from recordfiles import SAM


def test_a_copy_with_the_feedback_form_keeps_its_title_and_author(tmp_path):
    loaded = api.load_record(SAM)
    child = api.recipient_for(loaded.record, "child")
    (path,) = [target for _copy, target in api.write_copies(
        api.Renderer(), loaded, [(child, tmp_path / "sam.pdf")])]
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    assert "Form:            AcroForm" in info  # the page's fields were added as an update
    assert "Title:           Review record for Sam, 3 March 2026" in info
    assert "Author:          Helen Price" in info
