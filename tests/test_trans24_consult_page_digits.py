"""Blind review 25, finding 30: a consultation paper's page numbers ("2 / 2") stayed in Latin
digits beside its date in the copy's own ("۷ دسمبر ۲۰۲۶", "৭ ডিসেম্বর"), in Pashto, Dari and
Bengali: the footer's "1 / 1" read as a value and kept its digits, so the PDF's page fields, which
follow the digits of the fields' results, were Latin too. A page field's number is the copy's own.
Renders real invitations and booklets and reads their footers' page fields."""

from __future__ import annotations

import copy
import re

import pytest

from recordgen import api

from recordfiles import docx_parts
from test_consult import planned

FIELD = re.compile(r'<w:fldSimple w:instr=" (?:PAGE|NUMPAGES) "[^>]*>(.*?)</w:fldSimple>', re.S)
ZERO = {"ps": "۰", "fa_AF": "۰", "bn": "০"}


@pytest.mark.parametrize("language", sorted(ZERO))
def test_consultation_papers_number_their_pages_in_the_copys_digits(language):
    data = copy.deepcopy(planned("middle"))
    data["child"]["language"] = language
    data["distribution"][0]["language"] = language
    documents = api.consult_documents(api.load_data(data, "record.yaml"))
    assert documents
    for document in documents:
        parts = docx_parts(document.data)
        results = "".join("".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", field))
                          for name, xml in parts.items() if re.match(r"word/(footer|header)\d*\.xml", name)
                          for field in FIELD.findall(xml.decode("utf-8")))
        digits = [c for c in results if c.isdigit()]
        assert digits, document.filename
        assert all(ord(ZERO[language]) <= ord(c) <= ord(ZERO[language]) + 9 for c in digits), (document.filename, results)
