"""Right-to-left copies read from the PDF, in the order a reader sees the glyphs.

Each glyph's position on the page is read back with pdfminer.six and every line is
put together left to right by position, so these tests see what a reader sees, not
what the XML says: a phone number whose two halves swap, or a house number pushed
to the end of its address, fails them.
"""

from __future__ import annotations

import collections
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from recordgen.api import Renderer, recipient_for
from recordgen.record.loading import load_record
from recordgen.record.settings import ChildrensRightsSettings

from recordfiles import require_libreoffice

pdfminer_layout = pytest.importorskip("pdfminer.layout")
from pdfminer.high_level import extract_pages  # noqa: E402

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
AHMAD_VALUES = ("01642 245432", "7 Station Road, Middlesbrough, TS1 2AA", "ruth.okafor@example.gov.uk", "MB-51920")
SAM_VALUES = ("01724 296000", "helen.price@example.gov.uk", "NL-20451")
ARABIC_LETTER = re.compile(r"[\u0620-\u064a\u0671-\u06d3\u06d5]")
WESTERN, ARABIC_INDIC, EXTENDED = "0123456789", "٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹"


require_libreoffice()


@dataclass
class Line:
    text: str       # the glyphs left to right, as on the page
    x0: float       # where the line starts and ends on the page
    x1: float


@dataclass
class Pdf:
    lines: list[Line]
    width: float

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)


def visual_lines(path: Path) -> Pdf:
    """Every line of the PDF with its glyphs in left-to-right order on the page."""
    lines: list[Line] = []
    width = 0.0
    for page in extract_pages(path):
        width = page.width
        chars = []
        stack = [page]
        while stack:
            item = stack.pop()
            if isinstance(item, pdfminer_layout.LTChar):
                chars.append(item)
            elif hasattr(item, "__iter__"):
                stack.extend(item)
        rows = collections.defaultdict(list)
        for char in chars:
            rows[round(char.y0)].append(char)
        for y in sorted(rows, reverse=True):
            row = sorted(rows[y], key=lambda c: c.x0)
            text = "".join(c.get_text() for c in row if not c.get_text().startswith("(cid:"))
            text = re.sub(r"[\u200e\u200f\u202a-\u202e\u2066-\u2069]", "", text)
            text = re.sub(r"[\u00a0\u202f]", " ", text)  # a no-break space reads as a space
            lines.append(Line(text, row[0].x0, row[-1].x1))
    return Pdf(lines, width)


def _with_language(path: Path, who: str, language: str | None):
    """A record's copy for ``who``; with ``language``, that recipient reads another language
    (no translations, so the IRO's words stay English with a notice, as in a real batch)."""
    loaded = load_record(path)
    if language is None:
        return loaded, recipient_for(loaded.record, who)
    original = recipient_for(loaded.record, who)
    recipient = original.model_copy(update={"language": language, "bilingual": False})
    distribution = [recipient if r is original else r for r in loaded.record.distribution]
    return loaded.record.model_copy(update={"distribution": distribution}), recipient


def _pdf(pool, tmp_path: Path, path: Path, who: str, language: str | None) -> Pdf:
    source, recipient = _with_language(path, who, language)
    copy = Renderer(allow_untranslated=True).render_copy(source, recipient)
    docx = tmp_path / f"{language or 'own'}.docx"
    docx.write_bytes(copy.data)
    pdf = tmp_path / f"{language or 'own'}.pdf"
    pool.convert(docx, pdf)
    return visual_lines(pdf)


COPIES = [
    # (record, recipient, language to give them or None for the record's own, values on the copy)
    ("review-sam-9.yaml", "Amina Khan", None, SAM_VALUES),            # Urdu, translated
    ("review-ahmad-15.yaml", "child", None, AHMAD_VALUES),            # Pashto, translated
    ("review-ahmad-15.yaml", "child", "ur", AHMAD_VALUES),
    ("review-ahmad-15.yaml", "child", "ar", AHMAD_VALUES),
    ("review-ahmad-15.yaml", "child", "ckb", AHMAD_VALUES),
]


@pytest.fixture(scope="module")
def rendered(libreoffice_pool, tmp_path_factory) -> dict[tuple, Pdf]:
    out = {}
    for record, who, language, _ in COPIES:
        folder = tmp_path_factory.mktemp("rtl")
        out[(record, who, language)] = _pdf(libreoffice_pool, folder, EXAMPLES / record, who, language)
    return out


@pytest.mark.parametrize("record, who, language, values", COPIES,
                         ids=["sam-ur", "ahmad-ps", "ahmad-ur", "ahmad-ar", "ahmad-ckb"])
def test_phone_numbers_addresses_and_emails_read_in_their_true_order(rendered, record, who, language, values):
    pdf = rendered[(record, who, language)]
    assert ARABIC_LETTER.search(pdf.text), "the copy should be in Arabic script"
    for value in values:
        rtl_lines = [line.text for line in pdf.lines if value in line.text and ARABIC_LETTER.search(line.text)]
        assert rtl_lines, f"{value!r} does not read left to right on any right-to-left line:\n{pdf.text}"
    # The swapped forms a reader saw before: never.
    for wrong in ("245432 01642", "296000 01724", "TS1 2AA 7", "2AA TS1"):
        assert wrong not in pdf.text


#: The feedback part's reference ("7KQ2-M9XD"), typed back by the reader as printed.
FEEDBACK_REFERENCE = re.compile(r"[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}")


@pytest.mark.parametrize("record, who, language, digits, others", [
    ("review-ahmad-15.yaml", "child", None, EXTENDED, WESTERN + ARABIC_INDIC),   # Pashto: arabext
    ("review-ahmad-15.yaml", "child", "ckb", ARABIC_INDIC, WESTERN + EXTENDED),  # Sorani: arab
    ("review-ahmad-15.yaml", "child", "ar", WESTERN, ARABIC_INDIC + EXTENDED),   # Arabic: latn (CLDR)
    ("review-sam-9.yaml", "Amina Khan", None, WESTERN, ARABIC_INDIC + EXTENDED),  # Urdu: latn
], ids=["ps", "ckb", "ar", "ur"])
def test_one_set_of_digits_in_each_copy(rendered, record, who, language, digits, others):
    """The copy's own numbers (dates, counts, the scale) in the locale's digits; values quoted
    from the record (phone, address, email) exactly as written, since they are dialled and typed."""
    pdf = rendered[(record, who, language)]
    # The children's rights service's phone and email come from the settings and are dialled
    # and typed like the record's own values, so they stay as written too.
    rights = ChildrensRightsSettings()
    values = (AHMAD_VALUES if "ahmad" in record else SAM_VALUES) + (rights.phone, rights.email)
    seen = set()
    for line in pdf.lines:
        if not ARABIC_LETTER.search(line.text):
            continue  # an English line (a bilingual item, or words not yet translated)
        text = line.text
        for value in values:
            text = text.replace(value, "")
        text = FEEDBACK_REFERENCE.sub("", text)  # typed back by the reader, so written as printed
        text = re.sub(r"[A-Za-z][A-Za-z0-9 ,.'-]*[A-Za-z]", "", text)  # English words left in English
        stray = [c for c in text if c in others]
        assert not stray, f"{stray} on the line {line.text!r}"
        seen |= {c for c in text if c in digits}
    assert len(seen) >= 3, "the copy's dates should be written in its own digits"


@pytest.mark.parametrize("record, who, language, name", [
    ("review-sam-9.yaml", "Amina Khan", None, "Helen Price"),
    ("review-ahmad-15.yaml", "child", None, "Ruth Okafor"),
    ("review-ahmad-15.yaml", "child", "ar", "Ruth Okafor"),
], ids=["ur", "ps", "ar"])
def test_the_iro_signs_on_the_reading_side(rendered, record, who, language, name):
    pdf = rendered[(record, who, language)]
    signature = [line for line in pdf.lines if line.text.strip() == name]
    assert signature, f"no line with only {name!r}"
    assert signature[-1].x0 > pdf.width / 2, "the IRO's name sits on the left of a right-to-left copy"


@pytest.mark.parametrize("record, who, language, values", COPIES,
                         ids=["sam-ur", "ahmad-ps", "ahmad-ur", "ahmad-ar", "ahmad-ckb"])
def test_the_running_header_sits_top_right_where_the_reader_starts(rendered, record, who, language, values):
    header = rendered[(record, who, language)].lines[0]  # the first page's top line
    assert header.x0 > rendered[(record, who, language)].width / 2, header


def test_english_copy_signs_on_the_left(libreoffice_pool, tmp_path):
    pdf = _pdf(libreoffice_pool, tmp_path, EXAMPLES / "review-ahmad-15.yaml", "Tom Hughes", None)
    signature = [line for line in pdf.lines if line.text.strip() == "Ruth Okafor"]
    assert signature and signature[-1].x1 < pdf.width / 2
    assert "01642 245432" in pdf.text


@pytest.mark.parametrize("record, who, language, day, comma_after_day", [
    ("review-ahmad-15.yaml", "child", None, "۱۳", False),     # Pashto: CLDR gave it Latin commas; the weekday, then the long date (blind 25 #17)
    ("review-ahmad-15.yaml", "child", "ckb", "١٣", False),    # Sorani: weekday first, as its long date (session 13)
    ("review-ahmad-15.yaml", "child", "ar", "13", False),     # a comma after the weekday only
    ("review-sam-9.yaml", "Amina Khan", None, "3", False),    # Urdu: after the weekday and the month
], ids=["ps", "ckb", "ar", "ur"])
def test_a_dates_commas_are_the_scripts_and_follow_the_day_on_the_reading_side(rendered, record, who, language,
                                                                                 day, comma_after_day):
    """Blind review 10: "دوشنبه ,۲ نومبر ,۲۰۲۶". The review's date has the Arabic comma (U+060C); one
    after the day's number in reading order is on its left, as the page shows it."""
    pdf = rendered[(record, who, language)]
    digit = r"[\d\u0660-\u0669\u06f0-\u06f9]"
    dated = [line.text for line in pdf.lines if ARABIC_LETTER.search(line.text)
             and re.search(rf"(?<!{digit}){day}(?!{digit})", line.text)
             and re.search(r"20\d\d|[٢۲][٠۰][٢۲][٦۶]", line.text)]
    assert dated, pdf.text
    for text in dated:
        assert "\u060c" in text and not re.search(rf",\s?{day}(?!{digit})|(?<!{digit}){day},", text), text
    if comma_after_day:
        assert any(re.search(rf"\u060c\s?{day}(?!{digit})", text) for text in dated), dated
