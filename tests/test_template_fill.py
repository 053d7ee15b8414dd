"""The scale row: a valid colour in the stored template, the chosen number coloured in each copy."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx

from recordgen import api

from recordfiles import SAM

TEMPLATES = sorted((Path(__file__).resolve().parents[1] / "templates").glob("*.docx"))


def test_the_stored_template_keeps_word_valid_colours():
    """w:fill is a hex colour (ST_HexColor) in the file council staff open, not a Jinja expression."""
    for path in TEMPLATES:
        xml = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
        fills = [part.split('"')[0] for part in xml.split('w:fill="')[1:]]
        assert fills and all(len(f) == 6 and all(c in "0123456789ABCDEFabcdef" for c in f) or f == "auto"
                             for f in fills), path.name


def test_the_copy_colours_the_chosen_number_with_shading_in_schema_order():
    loaded = api.load_record(SAM)
    copy = api.Renderer().render_copy(loaded, api.recipient_for(loaded.record, "child"))
    document = docx.Document(io.BytesIO(copy.data))
    row = next(t for t in document.tables if len(t.columns) == 11).rows[0]
    fills = []
    for cell in row.cells:
        tc_pr = cell._tc.tcPr
        names = [child.tag.split("}")[1] for child in tc_pr]
        assert names.index("tcW") < names.index("shd")
        fills.append(tc_pr.find(docx.oxml.ns.qn("w:shd")).get(docx.oxml.ns.qn("w:fill")))
    assert [n for n, fill in enumerate(fills) if fill == "F6B26B"] == [loaded.record.scale.score]
    assert "cellbg" not in "".join(cell.text for cell in row.cells)
