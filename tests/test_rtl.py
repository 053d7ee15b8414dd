"""Right-to-left copies: proved from the XML, and by LibreOffice laying the page out."""

from __future__ import annotations

import io
import re
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest
from lxml import etree

from recordgen.docx.ns import W
from recordgen.docx.bidi import (
    _PPR_ORDER, _RPR_ORDER, _SECTPR_ORDER, _TBLPR_ORDER, complex_script_font, make_rtl, make_rtl_parts,
)
from recordgen.i18n.languages import RIGHT_TO_LEFT, is_right_to_left

NS = {"w": W}
URDU_HEADING = "آپ کا جائزہ"
URDU_TEXT = "آپ مارک اور لیزا کے ساتھ محفوظ اور خوش محسوس کرتی ہیں۔"
ENGLISH = "Your mum has not yet finished the course."


def sample_docx() -> bytes:
    """A document with what a record has: headings, bold, lists, a table, a header and footer."""
    document = docx.Document()
    document.add_heading(URDU_HEADING, 1)
    paragraph = document.add_paragraph(URDU_TEXT + " ")
    paragraph.add_run("Helen Price").bold = True
    document.add_paragraph(ENGLISH)
    document.add_paragraph("پہلا نکتہ", style="List Bullet")
    right = document.add_paragraph("۳ مارچ ۲۰۲۶")
    right.alignment = docx.enum.text.WD_ALIGN_PARAGRAPH.RIGHT
    table = document.add_table(rows=2, cols=2)
    table.style = "Table Grid"
    table.cell(0, 0).text = "کون"
    table.cell(0, 1).text = "کب تک"
    table.cell(1, 0).text = "جو اسمتھ"
    table.cell(1, 1).text = "31/03/2026"
    document.sections[0].header.paragraphs[0].text = "صفحہ"
    document.sections[0].footer.paragraphs[0].text = "یہ کاپی امینہ خان کے لیے ہے"
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def rtl_docx(language: str = "ur") -> bytes:
    with zipfile.ZipFile(io.BytesIO(sample_docx())) as archive:
        parts = {info.filename: archive.read(info) for info in archive.infolist()}
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in make_rtl_parts(parts, language).items():
            archive.writestr(name, data)
    return out.getvalue()


def part(data: bytes, name: str) -> etree._Element:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return etree.fromstring(archive.read(name))


def text_of(paragraph: etree._Element) -> str:
    return "".join(paragraph.itertext())


def in_schema_order(element: etree._Element, order: list[str]) -> bool:
    ranks = [order.index(etree.QName(c).localname) for c in element
             if etree.QName(c).namespace == W and etree.QName(c).localname in order]
    return ranks == sorted(ranks)


def test_which_languages_are_right_to_left() -> None:
    assert {"ar", "ur", "ps", "fa", "prs", "ckb"} == RIGHT_TO_LEFT
    assert all(is_right_to_left(code) for code in ("ar", "ur", "ps", "fa", "fa-AF", "fa_AF", "ckb", "UR"))
    assert not any(is_right_to_left(code) for code in ("en", "pl", "uk", "ti", "bn", "cy"))
    assert complex_script_font("ur") == "Noto Nastaliq Urdu"
    assert {complex_script_font(c) for c in ("ar", "ps", "fa_AF", "ckb")} == {"Noto Naskh Arabic"}


def test_paragraphs_runs_tables_and_sections_are_set_right_to_left() -> None:
    data = rtl_docx("ur")
    body = part(data, "word/document.xml")
    paragraphs = body.findall(".//w:p", NS)
    assert paragraphs
    for paragraph in paragraphs:
        bidi = paragraph.find("w:pPr/w:bidi", NS)
        assert bidi is not None, text_of(paragraph)
        english_only = text_of(paragraph) == ENGLISH
        assert (bidi.get(f"{{{W}}}val") == "0") is english_only, text_of(paragraph)
    for run in body.iterfind(".//w:r", NS):
        assert run.find("w:rPr/w:lang", NS).get(f"{{{W}}}bidi") == "ur"
        # Latin text and left-to-right values (isolated with LRMs) carry no w:rtl.
        latin = text_of(run).strip(" \u200e") in ("Helen Price", ENGLISH, "31/03/2026")
        assert (run.find("w:rPr/w:rtl", NS) is None) is latin, text_of(run)
    tables = body.findall(".//w:tbl", NS)
    assert tables and all(t.find("w:tblPr/w:bidiVisual", NS) is not None for t in tables)
    sections = body.findall(".//w:sectPr", NS)
    assert sections and all(s.find("w:bidi", NS) is not None for s in sections)
    # The bold Latin name keeps bold for complex script too; alignment is left as it was.
    name_run = next(r for r in body.iterfind(".//w:r", NS) if text_of(r) == "\u200eHelen Price\u200e")
    assert name_run.find("w:rPr/w:bCs", NS) is not None
    # Urdu's digits are Western (CLDR's default for ur): the copy writes its numbers in them.
    dated = next(p for p in paragraphs if text_of(p) == "3 مارچ 2026")
    assert dated.find("w:pPr/w:jc", NS).get(f"{{{W}}}val") == "right"
    for name in ("word/header1.xml", "word/footer1.xml"):
        paragraph = part(data, name).find(".//w:p", NS)
        assert paragraph.find("w:pPr/w:bidi", NS) is not None
        assert paragraph.find("w:r/w:rPr/w:rtl", NS) is not None


def test_every_property_element_is_in_schema_order() -> None:
    data = rtl_docx("ps")
    for name in ("word/document.xml", "word/header1.xml", "word/footer1.xml", "word/styles.xml",
                 "word/numbering.xml"):
        root = part(data, name)
        for tag, order in (("pPr", _PPR_ORDER), ("rPr", _RPR_ORDER), ("tblPr", _TBLPR_ORDER),
                           ("sectPr", _SECTPR_ORDER)):
            for element in root.iter(f"{{{W}}}{tag}"):
                assert in_schema_order(element, order), (name, etree.tostring(element))
        for run in root.iter(f"{{{W}}}r"):
            assert etree.QName(run[0]).localname == "rPr"
        for paragraph in root.iter(f"{{{W}}}p"):
            assert etree.QName(paragraph[0]).localname == "pPr"


@pytest.mark.parametrize("language, font", [("ur", "Noto Nastaliq Urdu"), ("ps", "Noto Naskh Arabic"),
                                            ("fa_AF", "Noto Naskh Arabic")])
def test_styles_give_the_script_a_font_a_size_and_a_language(language: str, font: str) -> None:
    styles = part(rtl_docx(language), "word/styles.xml")
    rpr = styles.find("w:docDefaults/w:rPrDefault/w:rPr", NS)
    fonts = rpr.find("w:rFonts", NS)
    assert fonts.get(f"{{{W}}}cs") == font and fonts.get(f"{{{W}}}cstheme") is None
    assert rpr.find("w:szCs", NS).get(f"{{{W}}}val") == rpr.find("w:sz", NS).get(f"{{{W}}}val")
    expected_tag = {"ur": "ur", "ps": "ps", "fa_AF": "fa-AF"}[language]
    assert rpr.find("w:lang", NS).get(f"{{{W}}}bidi") == expected_tag
    # No style may send Arabic script to a theme font that lacks it.
    assert not styles.xpath("//w:rFonts[@w:cstheme]", namespaces=NS)
    for style_rpr in styles.iterfind("w:style/w:rPr", NS):
        if style_rpr.find("w:sz", NS) is not None:
            assert style_rpr.find("w:szCs", NS) is not None
        if style_rpr.find("w:b", NS) is not None:
            assert style_rpr.find("w:bCs", NS) is not None


def test_python_docx_opens_the_result_and_other_parts_are_untouched() -> None:
    data = rtl_docx("ar")
    document = docx.Document(io.BytesIO(data))
    assert document.paragraphs[0].text == URDU_HEADING
    original = sample_docx()
    with zipfile.ZipFile(io.BytesIO(original)) as before, zipfile.ZipFile(io.BytesIO(data)) as after:
        assert before.read("word/settings.xml") == after.read("word/settings.xml")
        assert before.read("docProps/thumbnail.jpeg") == after.read("docProps/thumbnail.jpeg")


def test_make_rtl_is_idempotent_and_keeps_a_stated_direction() -> None:
    xml = (f'<w:document xmlns:w="{W}"><w:body>'
           '<w:p><w:pPr><w:bidi w:val="0"/><w:jc w:val="left"/></w:pPr><w:r><w:t>کون</w:t></w:r></w:p>'
           '<w:p><w:r><w:rPr><w:b/><w:sz w:val="28"/><w:lang w:val="en-GB"/></w:rPr><w:t>&amp; 1</w:t></w:r></w:p>'
           '</w:body></w:document>').encode()
    once = make_rtl("word/document.xml", xml, "ur")
    assert make_rtl("word/document.xml", once, "ur") == once
    root = etree.fromstring(once)
    first, second = root.findall(".//w:p", NS)
    assert first.find("w:pPr/w:bidi", NS).get(f"{{{W}}}val") == "0"
    rpr = second.find("w:r/w:rPr", NS)
    assert [etree.QName(c).localname for c in rpr] == ["b", "bCs", "sz", "szCs", "rtl", "lang"]
    assert rpr.find("w:lang", NS).get(f"{{{W}}}val") == "en-GB"
    assert text_of(second) == "& 1"


def test_parts_without_text_pass_through_unchanged() -> None:
    assert make_rtl("word/settings.xml", b"<not-even-parsed", "ur") == b"<not-even-parsed"
    assert make_rtl("[Content_Types].xml", b"<x/>", "ur") == b"<x/>"


def convert_to_pdf(pool, docx_bytes: bytes, folder: Path) -> Path:
    source = folder / "copy.docx"
    source.write_bytes(docx_bytes)
    pool.convert(source, folder / "copy.pdf")
    return folder / "copy.pdf"


@pytest.mark.parametrize("language, font", [("ps", "NotoNaskhArabic"), ("ur", "NotoNastaliqUrdu")])
def test_libreoffice_lays_out_the_page_and_the_text_comes_back(libreoffice_pool, tmp_path: Path, language: str,
                                                              font: str) -> None:
    pdf = convert_to_pdf(libreoffice_pool, rtl_docx(language), tmp_path)
    text = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    assert "Helen Price" in text and ENGLISH in text and "31/03/2026" in text
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
    assert font in fonts.replace(" ", "")
    letters = re.sub(r"[\s\u202a-\u202e]", "", text)
    if language == "ps":
        # Naskh comes back letter for letter, in logical order.
        assert "آپکاجائزہ" in letters and "کبتک" in letters and "یہکاپیامینہخانکےلیےہے" in letters
    else:
        # Nastaliq's stacked glyphs come back out of order inside words; short words survive.
        assert "کون" in letters and "صفحہ" in letters


def test_paragraph_borders_move_to_the_start_of_right_to_left_text():
    from recordgen.docx.bidi import make_rtl

    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    styles = (f'<w:styles xmlns:w="{w}"><w:style w:type="paragraph" w:styleId="YourWords"><w:pPr>'
              '<w:pBdr><w:top w:val="single"/><w:left w:val="single" w:color="BA68C8"/></w:pBdr>'
              '<w:ind w:left="284"/></w:pPr></w:style></w:styles>').encode()
    out = make_rtl("word/styles.xml", styles, "ur").decode()
    assert '<w:pBdr><w:top w:val="single"/><w:right w:val="single" w:color="BA68C8"/></w:pBdr>' in out
    assert '<w:ind w:left="284"/>' in out  # indents are mirrored by Word itself


def test_left_to_right_values_are_found_whole():
    from recordgen.docx.bidi import left_to_right_values

    def values(text):
        return [text[a:b] for a, b in left_to_right_values(text)]

    assert values("میرا فون نمبر 01724 296000 ہے۔") == ["01724 296000"]
    assert values("ستا پته: 7 Station Road, Middlesbrough, TS1 2AA.") == ["7 Station Road, Middlesbrough, TS1 2AA"]
    assert values("زما برېښنالیک ruth.okafor@example.gov.uk دی.") == ["ruth.okafor@example.gov.uk"]
    assert values("تاریخ 31/03/2026 اور کیس NL-20451") == ["31/03/2026", "NL-20451"]
    assert values("Helen Price (آپ کی آئی آر او)") == ["Helen Price"]
    # A lone word or number lays out right by itself; Eastern digits are the copy's own numbers.
    assert values("منگل، 3 مارچ، 2026") == [] and values("۱۶ کلن Sam") == []


def test_values_get_runs_of_their_own_with_marks_and_the_copy_its_digits():
    xml = (f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:rPr><w:b/></w:rPr>'
           '<w:t>زما شمېره 01642 245432 ده، ۵ کسان او 16 کلن.</w:t></w:r></w:p></w:body></w:document>').encode()
    once = make_rtl("word/document.xml", xml, "ps")
    assert make_rtl("word/document.xml", once, "ps") == once
    runs = etree.fromstring(once).findall(".//w:r", NS)
    texts = [text_of(r) for r in runs]
    assert texts == ["زما شمېره ", "\u200e01642 245432\u200e", " ده، ۵ کسان او ۱۶ کلن."]
    value = runs[1]
    assert value.find("w:rPr/w:rtl", NS) is None and value.find("w:rPr/w:b", NS) is not None
    assert all(r.find("w:rPr/w:rtl", NS) is not None for r in (runs[0], runs[2]))


def test_a_lone_name_takes_the_copy_direction_and_english_alongside_stays_left_to_right():
    xml = (f'<w:document xmlns:w="{W}"><w:body>'
           '<w:p><w:r><w:t>Helen Price</w:t></w:r></w:p>'
           '<w:p><w:pPr><w:pStyle w:val="EnglishAlongside"/></w:pPr><w:r><w:t>Call 01724 296000 at 9.</w:t></w:r></w:p>'
           '</w:body></w:document>').encode()
    signature, english = etree.fromstring(make_rtl("word/document.xml", xml, "ps")).findall(".//w:p", NS)
    assert signature.find("w:pPr/w:bidi", NS).get(f"{{{W}}}val") is None
    assert english.find("w:pPr/w:bidi", NS).get(f"{{{W}}}val") == "0"
    assert text_of(english) == "Call 01724 296000 at 9."


def test_a_bengali_copy_writes_its_own_numbers_in_bengali_digits():
    from recordgen.docx.bidi import copy_transform

    assert copy_transform("en") is None and copy_transform("pl") is None
    xml = (f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>৩ মার্চ 2026, ফোন 01724 296000</w:t></w:r></w:p>'
           '</w:body></w:document>').encode()
    out = copy_transform("bn")("word/document.xml", xml)
    assert text_of(etree.fromstring(out).find(".//w:p", NS)) == "৩ মার্চ ২০২৬, ফোন 01724 296000"


from hypothesis import given, settings, strategies as st  # noqa: E402
from conftest import examples  # noqa: E402

_pieces = st.sampled_from(["01724 296000", "7 Station Road, Middlesbrough, TS1 2AA", "ruth@example.org",
                           "NL-20451", "31/03/2026", "Helen Price", "آپ", "میرا فون نمبر", "۱۶", "١٦",
                           "16", " ", "، ", ". ", "(", ")", ": ", "\u200e", "&", "<"])
_texts = st.lists(st.one_of(_pieces, st.text(max_size=6)), min_size=1, max_size=12).map("".join)


def _plain(text: str) -> str:
    return text.replace("\u200e", "").translate(
        {ord(c): str(i % 10) for i, c in enumerate("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹")})


@settings(max_examples=examples(150))
@given(first=_texts, second=_texts, language=st.sampled_from(["ur", "ps", "ckb", "ar", "fa_AF"]))
def test_any_text_keeps_its_characters_and_order_through_isolation(first, second, language):
    """Isolation only adds LRMs and changes digit shapes; a value never loses or moves a character."""
    from xml.sax.saxutils import escape

    clean = [re.sub("[\x00-\x08\x0b-\x1f\ud800-\udfff\ufffe\uffff]", "", t) for t in (first, second)]
    xml = (f'<w:document xmlns:w="{W}"><w:body><w:p>'
           + "".join(f'<w:r><w:t xml:space="preserve">{escape(t)}</w:t></w:r>' for t in clean)
           + '</w:p></w:body></w:document>').encode()
    once = make_rtl("word/document.xml", xml, language)
    assert make_rtl("word/document.xml", once, language) == once
    paragraph = etree.fromstring(once).find(".//w:p", NS)
    assert _plain(text_of(paragraph)) == _plain("".join(clean))
    for run in paragraph.iterfind("w:r", NS):
        assert etree.QName(run[0]).localname == "rPr"


def test_paragraphs_laid_out_from_memory_are_the_same_bytes_as_laid_out_afresh():
    """The layout of a paragraph is remembered by its XML (most are the template's own
    sentences): a copy laid out from memory must be byte for byte the one laid out afresh."""
    from recordgen import api
    from recordgen.docx import bidi
    from recordgen.docx.package import read_parts

    for example in ("review-sam-9.yaml", "review-ahmad-15.yaml", "review-lily-3.yaml"):
        loaded = api.load_record(Path(__file__).resolve().parents[1] / "examples" / example)
        renderer = api.Renderer(allow_untranslated=True)
        for recipient in loaded.record.distribution:
            parts = read_parts(io.BytesIO(renderer.render_copy(loaded, recipient).data))
            for language in ("ur", "ps", "ckb"):
                bidi._LAID_OUT.clear()
                afresh = make_rtl_parts(parts, language)
                assert bidi._LAID_OUT, "nothing was remembered"
                assert make_rtl_parts(parts, language) == afresh


#: The child's own words as the IRO wrote them in the reader's script, with the child's digits.
_CHILDS_WORDS = {"ps": "زه 12 کلن یم او په 7 ټولګي کې یم.", "fa_AF": "من 12 ساله هستم.",
                 "ckb": "من تەمەنم 12 ساڵە.", "bn": "আমার বয়স 12 বছর।", "ar": "عمري 12 سنة."}
_COPY_DIGITS = {"ps": "۰۱۲۳۴۵۶۷۸۹", "fa_AF": "۰۱۲۳۴۵۶۷۸۹", "ckb": "٠١٢٣٤٥٦٧٨٩", "bn": "০১২৩৪৫৬৭৮৯"}


@pytest.mark.parametrize("language", ["ps", "fa_AF", "ckb", "bn"])
def test_the_childs_own_words_keep_their_digits_in_a_copy_with_digits_of_its_own(tmp_path, language):
    """"I am 12" stays as the child said it; the copy's own numbers (the dates) take its digits,
    a child's words kept from the child too (set apart for the adults), and the paragraph stays
    right to left with the number inside it left to right."""
    from recordgen import api
    from recordfiles import docx_parts, docx_text, write_record

    words = _CHILDS_WORDS[language]
    kept_from_child = "Ich bin 12." if language == "bn" else "I was 11 when I came here."

    def change(data):
        data["child_views"] = [words, {"text": kept_from_child, "withhold_from": ["child"]}]
        for recipient in data["distribution"]:
            if recipient["role"] == "parent":
                recipient["language"] = language

    loaded = api.load_record(write_record(tmp_path, change))
    copy = api.Renderer(allow_untranslated=True).render_copy(loaded, api.recipient_for(loaded.record, "parent"))
    text = docx_text(copy.data)
    assert words in text and kept_from_child in text
    digits = _COPY_DIGITS[language]
    assert "".join(digits[int(d)] for d in "2026") in text  # the copy's own numbers: its digits
    if language != "bn":
        paragraph = next(p for p in etree.fromstring(docx_parts(copy.data)["word/document.xml"]).iter(f"{{{W}}}p")
                         if words in "".join(t.text or "" for t in p.iter(f"{{{W}}}t")))
        assert paragraph.find("w:pPr/w:bidi", NS) is not None
        assert paragraph.find("w:pPr/w:bidi", NS).get(f"{{{W}}}val") is None  # right to left


def test_a_copy_made_from_parts_laid_out_before_is_the_same_bytes_as_one_made_afresh():
    """Styles, numbering, headers and footers are laid out once per language and kept
    (bidi._PARTS_DONE): each copy must be byte for byte the one made with nothing kept."""
    from recordgen import api
    from recordgen.docx import bidi

    examples = Path(__file__).resolve().parents[1] / "examples"
    for example in ("review-ahmad-15.yaml", "review-sam-9.yaml"):
        loaded = api.load_record(examples / example)
        renderer = api.Renderer(allow_untranslated=True)
        for recipient in loaded.record.distribution:
            for language in ("ur", "ps", "bn"):
                recipient_in = recipient.model_copy(update={"language": language})
                bidi.forget_kept_layouts()  # the byte count too: a stale one kept nothing
                afresh = renderer.render_copy(loaded, recipient_in).data
                assert bidi._PARTS_DONE, "nothing was kept"
                assert renderer.render_copy(loaded, recipient_in).data == afresh
