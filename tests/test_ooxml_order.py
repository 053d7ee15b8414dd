"""Word refuses a file whose property elements are out of the schema's order, even where
LibreOffice and python-docx do not mind. Every copy is checked against the ECMA-376 sequences."""

import pytest
from lxml import etree

from recordgen import api

from recordfiles import docx_parts, every_copy

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

SEQUENCES = {
    "pPr": "pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr suppressLineNumbers pBdr shd "
           "tabs suppressAutoHyphens kinsoku wordWrap overflowPunct topLinePunct autoSpaceDE autoSpaceDN bidi "
           "adjustRightInd snapToGrid spacing ind contextualSpacing mirrorIndents suppressOverlap jc "
           "textDirection textAlignment textboxTightWrap outlineLvl divId cnfStyle rPr sectPr pPrChange",
    "rPr": "rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss imprint noProof "
           "snapToGrid vanish webHidden color spacing w kern position sz szCs highlight u effect bdr shd "
           "fitText vertAlign rtl cs em lang eastAsianLayout specVanish oMath rPrChange",
    "tcPr": "cnfStyle tcW gridSpan hMerge vMerge tcBorders shd noWrap tcMar textDirection tcFitText vAlign "
            "hideMark headers cellIns cellDel cellMerge tcPrChange",
    "tblPr": "tblStyle tblpPr tblOverlap bidiVisual tblStyleRowBandSize tblStyleColBandSize tblW jc "
             "tblCellSpacing tblInd tblBorders shd tblLayout tblCellMar tblLook tblCaption tblDescription tblPrChange",
    "sectPr": "headerReference footerReference footnotePr endnotePr type pgSz pgMar paperSrc pgBorders "
              "lnNumType pgNumType cols formProt vAlign noEndnote titlePg textDirection bidi rtlGutter docGrid "
              "printerSettings sectPrChange",
}
RANK = {name: {child: i for i, child in enumerate(order.split())} for name, order in SEQUENCES.items()}
# headerReference and footerReference may interleave.
RANK["sectPr"]["footerReference"] = RANK["sectPr"]["headerReference"]


def out_of_order(xml: bytes) -> list[str]:
    problems = []
    for element in etree.fromstring(xml).iter():
        if not isinstance(element.tag, str) or not element.tag.startswith(W):
            continue
        name = element.tag[len(W):]
        if name not in RANK:
            continue
        ranks = [RANK[name].get(child.tag[len(W):], -1) for child in element if isinstance(child.tag, str)]
        known = [r for r in ranks if r >= 0]
        if known != sorted(known):
            problems.append(f"{name}: {[c.tag[len(W):] for c in element]}")
    return problems


@pytest.mark.parametrize("path,name", every_copy())
def test_property_elements_are_in_schema_order(path, name):
    loaded = api.load_record(path)
    copy = api.Renderer().render_copy(loaded, api.recipient_for(loaded.record, name))
    for part, xml in docx_parts(copy.data).items():
        if part.startswith("word/") and part.endswith(".xml"):
            assert out_of_order(xml) == [], part


def test_the_check_can_fail():
    bad = (f'<w:p xmlns:w="{W[1:-1]}"><w:pPr><w:jc w:val="left"/><w:bidi/></w:pPr></w:p>').encode()
    assert out_of_order(bad)


@pytest.mark.parametrize("band", ["early", "young", "middle", "teen", "young_adult"])
def test_every_band_template_renders_in_schema_order(tmp_path, band):
    from recordfiles import write_record

    loaded = api.load_record(write_record(tmp_path, lambda d: d["child"].update(reading_level=band)))
    copy = api.Renderer().render_copy(loaded, api.recipient_for(loaded.record, "child"))
    for part, xml in docx_parts(copy.data).items():
        if part.startswith("word/") and part.endswith(".xml"):
            assert out_of_order(xml) == [], part
