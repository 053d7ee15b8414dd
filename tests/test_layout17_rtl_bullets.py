"""Right-to-left copies' list bullets sit on the right, where a right-to-left line starts
(blind review 29, finding 12, said the bullets of an Arabic PDF were at the left margin).

Read back twice: the DOCX XML (every list paragraph laid out right to left, its list
indent on the start side, which in a ``w:bidi`` paragraph is the right), and the PDF
LibreOffice makes of it, where each bullet glyph must be right of its line's words
(``pdftotext -bbox``). An English copy is the control: its bullets stay on the left.
"""

from __future__ import annotations

import html
import io
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from recordgen.api import Renderer, recipient_for
from recordgen.record.loading import load_record

from recordfiles import require_libreoffice

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
ARABIC_LETTER = re.compile(r"[\u0600-\u06ff]")
BULLETS = {"\uf0b7", "\u2022"}  # Symbol's private-use bullet as LibreOffice embeds it; a plain bullet


def _copy(record: str, who: str, language: str | None = None, band: str | None = None) -> bytes:
    """``who``'s copy, in ``language`` and written for ``band`` (the child's reading level) if given."""
    loaded = load_record(EXAMPLES / record)
    source = loaded.record
    if band is not None:
        source = source.model_copy(update={"child": source.child.model_copy(update={"reading_level": band})})
    recipient = recipient_for(source, who)
    if language is not None:
        original = recipient
        recipient = original.model_copy(update={"language": language, "bilingual": False})
        distribution = [recipient if r is original else r for r in source.distribution]
        source = source.model_copy(update={"distribution": distribution})
    return Renderer(allow_untranslated=True).render_copy(source, recipient).data


def _parts(docx: bytes) -> dict[str, etree._Element]:
    with zipfile.ZipFile(io.BytesIO(docx)) as z:
        return {name: etree.fromstring(z.read(name))
                for name in ("word/document.xml", "word/styles.xml", "word/numbering.xml")}


def _on(element: etree._Element | None) -> bool:
    return element is not None and element.get(W + "val", "true") not in ("0", "false", "off")


def _list_paragraphs(parts: dict[str, etree._Element]) -> list[tuple[etree._Element, etree._Element]]:
    """(paragraph, its numbering level) for every paragraph in a list, by its own numPr or its style's."""
    styles, numbering = parts["word/styles.xml"], parts["word/numbering.xml"]
    style_num = {}
    for style in styles.iter(W + "style"):
        num_id = style.find(f"{W}pPr/{W}numPr/{W}numId")
        if num_id is not None:
            style_num[style.get(W + "styleId")] = num_id.get(W + "val")
    abstract_of = {num.get(W + "numId"): num.find(W + "abstractNumId").get(W + "val")
                   for num in numbering.iter(W + "num")}
    levels = {a.get(W + "abstractNumId"): a.find(W + "lvl") for a in numbering.iter(W + "abstractNum")}
    found = []
    for paragraph in parts["word/document.xml"].iter(W + "p"):
        num_id = paragraph.find(f"{W}pPr/{W}numPr/{W}numId")
        style = paragraph.find(f"{W}pPr/{W}pStyle")
        num = num_id.get(W + "val") if num_id is not None else \
            style_num.get(style.get(W + "val")) if style is not None else None
        if num is not None and num != "0" and "".join(paragraph.itertext()).strip():
            found.append((paragraph, levels[abstract_of[num]]))
    return found


def _start_indent(ind: etree._Element | None) -> int:
    """The indent at the start of the line: ``w:start``, or its transitional name ``w:left``."""
    if ind is None:
        return 0
    return int(ind.get(W + "start") or ind.get(W + "left") or 0)


def _end_indent(ind: etree._Element | None) -> int:
    if ind is None:
        return 0
    return int(ind.get(W + "end") or ind.get(W + "right") or 0)


def test_urdu_list_paragraphs_are_bidi_with_the_list_indent_at_the_right():
    parts = _parts(_copy("review-sam-9.yaml", "Amina Khan"))  # Amina reads Urdu
    lists = _list_paragraphs(parts)
    assert len(lists) >= 5, "Sam's review has bullet points under several headings"
    body = parts["word/document.xml"]
    assert all(_on(section.find(W + "bidi")) for section in body.iter(W + "sectPr"))
    for paragraph, level in lists:
        text = "".join(paragraph.itertext())
        if not ARABIC_LETTER.search(text):
            continue  # English prose left untranslated stays left to right, bullet and all
        assert _on(paragraph.find(f"{W}pPr/{W}bidi")), f"list paragraph not right to left: {text!r}"
        own = paragraph.find(f"{W}pPr/{W}ind")
        level_ind = level.find(f"{W}pPr/{W}ind")
        ind = own if own is not None else level_ind
        # In a w:bidi paragraph the start (w:left in transitional markup) is the right margin:
        # the bullet hangs there and the text is indented from it.
        assert _start_indent(ind) > 0 and _end_indent(ind) == 0, etree.tostring(ind)
        assert int(ind.get(W + "hanging") or 0) > 0, etree.tostring(ind)


def test_english_list_paragraphs_stay_left_to_right():
    parts = _parts(_copy("review-sam-9.yaml", "Amina Khan", language="en"))
    lists = _list_paragraphs(parts)
    assert lists
    for paragraph, _ in lists:
        bidi = paragraph.find(f"{W}pPr/{W}bidi")
        assert not _on(bidi)


# --- the PDF ---------------------------------------------------------------------------

WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>')


def _pages(pdf: Path) -> list[list[tuple[float, float, float, float, str]]]:
    out = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True,
                         check=True).stdout
    return [[(float(a), float(b), float(c), float(d), html.unescape(t)) for a, b, c, d, t in WORD.findall(page)]
            for page in out.split("<page ")[1:]]


def _bullet_lines(pdf: Path) -> list[tuple[tuple, list[tuple]]]:
    """(bullet, the other words on its line) for every bullet glyph in the PDF."""
    found = []
    for words in _pages(pdf):
        for bullet in (w for w in words if w[4] in BULLETS):
            middle = (bullet[1] + bullet[3]) / 2
            line = [w for w in words if w is not bullet and w[4].strip() and w[1] <= middle <= w[3]]
            if line:
                found.append((bullet, line))
    return found


@pytest.fixture(scope="module")
def pdfs(libreoffice_pool, tmp_path_factory) -> dict[str, Path]:
    require_libreoffice()
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) missing")
    folder = tmp_path_factory.mktemp("layout17")
    out = {}
    # The reviewer's copy was a young child's band (its "houses" as bullet lists), in Arabic.
    for key, language, band in (("ur", None, None), ("ar", "ar", None), ("ar-young", "ar", "young"),
                                ("en", "en", None)):
        docx = folder / f"{key}.docx"
        docx.write_bytes(_copy("review-sam-9.yaml", "Amina Khan", language, band))
        out[key] = folder / f"{key}.pdf"
        libreoffice_pool.convert(docx, out[key])
    return out


@pytest.mark.parametrize("language", ["ur", "ar", "ar-young"])
def test_rtl_pdf_bullets_are_right_of_their_line(pdfs, language):
    lines = _bullet_lines(pdfs[language])
    rtl = [(bullet, line) for bullet, line in lines if any(ARABIC_LETTER.search(w[4]) for w in line)]
    assert len(rtl) >= 5, f"bullets on right-to-left lines: {len(rtl)}"
    for bullet, line in rtl:
        assert bullet[0] >= max(w[2] for w in line) - 0.5, \
            f"bullet at x={bullet[0]:.1f} is not right of its line {[w[4] for w in line]}"


def test_english_pdf_bullets_stay_left_of_their_line(pdfs):
    lines = _bullet_lines(pdfs["en"])
    assert len(lines) >= 5
    for bullet, line in lines:
        assert bullet[2] <= min(w[0] for w in line) + 0.5
