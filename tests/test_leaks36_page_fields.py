"""Blind review 28 #21: a DOCX copy stored its page fields' results as "1" and "1", so a reader that shows
what is stored (no field update) read "Page 1 of 1" on every page. Every PAGE and NUMPAGES field is now
marked dirty (``w:dirty="true"``): Word and other readers work it out again. Its stored result stays a
digit in the copy's own digits, which the PDF worker reads to number the pages (tests for that:
test_trans24_consult_page_digits.py and the PDF tests)."""

from __future__ import annotations

import copy
import re

import pytest
from lxml import etree

from recordgen import api

from recordfiles import ALL_EXAMPLES, docx_parts
from test_consult import planned

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _page_fields(data: bytes) -> list[etree._Element]:
    fields = []
    for name, xml in docx_parts(data).items():
        if re.match(r"word/(document|header\d*|footer\d*)\.xml$", name):
            fields += [f for f in etree.fromstring(xml).iter(W + "fldSimple")
                       if (f.get(W + "instr") or "").split()[:1] in (["PAGE"], ["NUMPAGES"])]
    return fields


@pytest.mark.parametrize("path", ALL_EXAMPLES, ids=lambda p: p.name)
def test_every_copys_page_fields_are_marked_to_be_worked_out_again(path):
    loaded = api.load_record(path)
    renderer = api.Renderer()
    renderer.allow_untranslated = True
    for recipient in loaded.record.distribution:
        fields = _page_fields(renderer.render_copy(loaded, recipient).data)
        assert len(fields) == 2, recipient.name
        assert all(f.get(W + "dirty") == "true" for f in fields), recipient.name
        # A digit still, the copy's own: the PDF worker numbers the pages in it.
        assert all("".join(f.itertext()).strip().isdigit() for f in fields)


def test_consultation_papers_page_fields_too():
    data = copy.deepcopy(planned("young"))
    documents = api.consult_documents(api.load_data(data, "record.yaml"))
    assert documents
    for document in documents:
        fields = _page_fields(document.data)
        assert fields and all(f.get(W + "dirty") == "true" for f in fields), document.filename


def test_every_shipped_template_marks_them():
    from pathlib import Path

    templates = sorted((Path(__file__).parent.parent / "templates").rglob("*.docx"))
    assert len(templates) >= 11
    for template in templates:
        fields = _page_fields(template.read_bytes())
        assert fields and all(f.get(W + "dirty") == "true" for f in fields), template.name
