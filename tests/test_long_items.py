"""Blind review (fix8, 6): a long item, kept whole (the list style's keep-together), went to the next
page and left the first two-thirds empty. A long paragraph or table row may now split over pages;
a short one is still kept whole. Read back from the .docx's paragraph properties, and from the PDF."""

from __future__ import annotations

import io
import subprocess

import docx
import pytest
from docx.oxml.ns import qn

from recordgen import api

from recordfiles import libreoffice_ready, write_record

LONG_WORRY = " ".join(["You told me that some days at school feel very long, and that you find it hard to sit "
                       "still when the class is quiet and everyone is reading."] * 14)
LONG_ACTION = " ".join(["Meet your teacher every week and agree with her what will help you in class."] * 8)


def long_record(tmp_path):
    def change(data):
        data["worries"].insert(0, LONG_WORRY)
        data["actions"][1]["what"] = LONG_ACTION
    return api.load_record(write_record(tmp_path, change))


def child_docx(loaded) -> docx.document.Document:
    copy = api.Renderer().render_copy(loaded, api.recipient_for(loaded.record, "child"))
    return docx.Document(io.BytesIO(copy.data))


def keeps(paragraph) -> dict[str, str | None]:
    """The paragraph's own keepNext and keepLines: None when it has none (its style decides)."""
    ppr = paragraph._p.pPr
    found = {}
    for name in ("keepNext", "keepLines"):
        element = ppr.find(qn(f"w:{name}")) if ppr is not None else None
        found[name] = None if element is None else element.get(qn("w:val"), "1")
    return found


def test_a_long_item_may_split_and_a_short_one_stays_whole(tmp_path):
    document = child_docx(long_record(tmp_path))
    (long,) = [p for p in document.paragraphs if p.text == LONG_WORRY]
    assert keeps(long) == {"keepNext": "0", "keepLines": "0"}
    assert long.style.paragraph_format.keep_together   # what the list style asks, undone for this one
    short = next(p for p in document.paragraphs if p.text.startswith("Sometimes you feel sad"))
    assert keeps(short) == {"keepNext": None, "keepLines": None}
    assert short.style.name == long.style.name and short.style.paragraph_format.keep_together


def test_a_long_action_row_may_split(tmp_path):
    document = child_docx(long_record(tmp_path))
    rows = [row for table in document.tables for row in table.rows]
    (long,) = [row for row in rows if any(LONG_ACTION in cell.text for cell in row.cells)]
    assert long._tr.trPr is None or long._tr.trPr.find(qn("w:cantSplit")) is None
    short = next(row for row in rows if any("calm bedtime plan" in cell.text for cell in row.cells))
    assert short._tr.trPr.find(qn("w:cantSplit")) is not None


@pytest.mark.skipif(not libreoffice_ready(), reason="LibreOffice missing: run scripts/install-system-packages.sh")
def test_the_first_page_is_filled_before_a_long_item_goes_on(tmp_path):
    loaded = long_record(tmp_path)
    pdf = tmp_path / "child.pdf"
    api.write_copies(api.Renderer(), loaded, [(api.recipient_for(loaded.record, "child"), pdf)])
    first = subprocess.run(["pdftotext", "-f", "1", "-l", "1", "-layout", str(pdf), "-"], capture_output=True,
                           text=True, check=True).stdout
    # The long worry starts on page 1 under its heading, rather than leaving the page two-thirds empty.
    assert "What we are worried about" in first
    assert "You told me that some days at school feel very long" in first
    assert len([line for line in first.splitlines() if line.strip()]) >= 30
