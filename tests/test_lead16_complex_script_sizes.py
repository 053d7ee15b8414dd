"""Blind review 27, finding 19: a Bengali copy's header ("এই কপিটির প্রাপক: Rahima Begum (মা)।") set the
Bengali at the body's 16 points beside the Latin name at 9, and its headings smaller than their Latin
words: Word and LibreOffice size, embolden and slant complex scripts (Bengali, Arabic, Urdu) by
w:szCs, w:bCs and w:iCs, which the templates' styles lacked. Each style now has its twins (a heading's
own smaller one is kept: Nastaliq and Bengali are taller than Latin at one size)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TEMPLATES = sorted((Path(__file__).resolve().parent.parent / "templates").rglob("*.docx"))


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda p: p.name)
def test_every_style_sizes_complex_scripts_as_latin(template):
    with zipfile.ZipFile(template) as package:
        styles = etree.fromstring(package.read("word/styles.xml"))
    for style in styles.iter(W + "style"):
        rpr = style.find(W + "rPr")
        if rpr is None:
            continue
        for latin, twin in (("sz", "szCs"), ("b", "bCs"), ("i", "iCs")):
            value = rpr.find(W + latin)
            if value is not None:
                assert rpr.find(W + twin) is not None, (style.get(W + "styleId"), latin)


def test_a_bengali_copys_header_is_set_at_the_labels_size(tmp_path):
    from recordgen import api
    from recordfiles import SAM, write_record

    def bengali(data):
        data["distribution"][1]["language"] = "bn"
    loaded = api.load_record(write_record(tmp_path, bengali, base=SAM))
    parent = api.recipients_for(loaded.record, "parent")[0]
    copy = api.Renderer(allow_untranslated=True).render_copy(loaded, parent)
    path = tmp_path / "copy.docx"
    path.write_bytes(copy.data)
    with zipfile.ZipFile(path) as package:
        styles = etree.fromstring(package.read("word/styles.xml"))
        header = package.read("word/header1.xml").decode()
    assert "CopyLabel" in header and "এই" in header
    label = styles.find(f"{W}style[@{W}styleId='CopyLabel']/{W}rPr")
    assert label.find(W + "szCs").get(W + "val") == label.find(W + "sz").get(W + "val") == "18"
