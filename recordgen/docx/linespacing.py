"""Line spacing for scripts whose font has very tall lines.

Noto Nastaliq Urdu's ascent and descent are about twice a Latin font's, so a
line set "1.25 lines" is over twice as tall as the same line in English: the
Urdu copy ran to twice the pages. Its styles' proportional line spacing is
scaled down for that font only (0.65: about a printed Urdu book's spacing, and
lines do not touch at 160 dpi); the words' own shapes are not touched.
"""

from __future__ import annotations

from lxml import etree

from ..i18n.languages import font_for_language

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W = "{%s}" % W

#: Font -> factor applied to proportional (``lineRule="auto"``) line spacing.
LINE_SPACING_FACTOR = {"Noto Nastaliq Urdu": 0.65}
_SINGLE = 240  # Word's "single line", in 240ths
#: Font -> the line of a style whose paragraphs are one line (a booklet's questions, "LeadIn"): no
#: second line to touch, so tighter still; an Urdu parent's booklet then ends on its first page
#: (blind review 14a: three closing lines ran onto a second), its glyphs unclipped at 70 dpi.
ONE_LINE_FACTOR = {"Noto Nastaliq Urdu": 0.55}


def line_spacing_factor(language: str) -> float | None:
    return LINE_SPACING_FACTOR.get(font_for_language(language.replace("_", "-")))


def fit_line_spacing(styles_xml: bytes, factor: float) -> bytes:
    """``word/styles.xml`` with every proportional line spacing multiplied by ``factor``
    (a style without one, and the document default, get ``factor`` of a single line)."""
    root = etree.fromstring(styles_xml, etree.XMLParser(resolve_entities=False, no_network=True))
    for spacing in root.iter(_W + "spacing"):
        if spacing.getparent().tag != _W + "pPr":
            continue  # a run's character spacing
        if spacing.get(_W + "lineRule", "auto") == "auto" and spacing.get(_W + "line"):
            spacing.set(_W + "line", str(round(int(spacing.get(_W + "line")) * factor)))
    defaults = root.find(f"{_W}docDefaults/{_W}pPrDefault/{_W}pPr")
    if defaults is not None:
        spacing = _spacing_of(defaults)
        if not spacing.get(_W + "line"):
            spacing.set(_W + "line", str(round(_SINGLE * factor)))
            spacing.set(_W + "lineRule", "auto")
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def one_line_factor(language: str) -> float | None:
    return ONE_LINE_FACTOR.get(font_for_language(language.replace("_", "-")))


def fit_one_line_styles(styles_xml: bytes, factor: float, style_ids: tuple[str, ...]) -> bytes:
    """``word/styles.xml`` with these paragraph styles' line spacing ``factor`` of a single line."""
    root = etree.fromstring(styles_xml, etree.XMLParser(resolve_entities=False, no_network=True))
    for style in root.iter(_W + "style"):
        if style.get(_W + "styleId") not in style_ids:
            continue
        ppr = style.find(_W + "pPr")
        if ppr is None:  # CT_Style: pPr before rPr and the table properties
            ppr = etree.Element(_W + "pPr")
            later = [c for c in style if etree.QName(c).localname in ("rPr", "tblPr", "trPr", "tcPr", "tblStylePr")]
            if later:
                later[0].addprevious(ppr)
            else:
                style.append(ppr)
        spacing = _spacing_of(ppr)
        spacing.set(_W + "line", str(round(_SINGLE * factor)))
        spacing.set(_W + "lineRule", "auto")
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _spacing_of(ppr: etree._Element) -> etree._Element:
    """The paragraph properties' ``w:spacing``, made where CT_PPrBase puts it (after these and
    before ind, jc, rPr...) when there is none."""
    spacing = ppr.find(_W + "spacing")
    if spacing is None:
        spacing = etree.Element(_W + "spacing")
        later = [c for c in ppr if etree.QName(c).localname in (
            "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc", "textDirection",
            "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr")]
        if later:
            later[0].addprevious(spacing)
        else:
            ppr.append(spacing)
    return spacing
