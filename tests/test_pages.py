"""Pages that break well, checked from the PDFs LibreOffice lays out (issue 14, part 2).

Every band, the Urdu, Pashto, Polish and Arabic copies (the copies
``tools/render_pages.py`` draws) and every other copy of the examples are
converted, and each page is read back (``pdftotext``): no page but the last ends with a heading, a
lead-in line or a table's header row; the last page holds more than the
sign-off; the footer of every page has the case number and "page N of M".
"""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import docx
import pytest

from recordgen import api
from recordgen.i18n.languages import is_right_to_left as is_rtl
from recordgen.i18n import gettext_functions, localise_digits

ROOT = Path(__file__).resolve().parent.parent


def _render_pages_tool():
    spec = importlib.util.spec_from_file_location("render_pages", ROOT / "tools" / "render_pages.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


render_pages = _render_pages_tool()


from recordfiles import require_libreoffice  # noqa: E402

require_libreoffice()

#: Styles whose paragraphs must never be the last thing on a page.
LEADING_STYLES = {"Title", "Heading 1", "Heading 2", "Lead In"}
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")


def words(text: str) -> list[str]:
    return _INVISIBLE.sub(" ", unicodedata.normalize("NFKC", text)).split()


def squash(text: str) -> str:
    """Text without spaces: pdftotext puts spaces inside Nastaliq words."""
    return "".join(words(text))


def shots() -> list:
    """The tool's copies, then every other copy of the examples."""
    chosen = list(render_pages.SHOTS)
    covered = {(s.example, s.recipient) for s in chosen if s.change is None}
    for path in sorted((ROOT / "examples").glob("review-*[0-9].yaml")):
        for recipient in api.load_record(path).record.distribution:
            if (path.name, recipient.role.value) not in covered and (path.name, recipient.name) not in covered:
                chosen.append(render_pages.Shot(f"{path.stem}-{recipient.role.value}", path.name, recipient.name))
    return chosen


@pytest.fixture(scope="module")
def copies(libreoffice_pool, tmp_path_factory):
    out = tmp_path_factory.mktemp("pages")
    made = render_pages.render_docx(tuple(shots()), out)
    render_pages.to_pdfs([path for _shot, path in made], libreoffice_pool)
    return {shot.name: path for shot, path in made}


def leading_units(docx_path: Path) -> list[str]:
    """Each heading, lead-in and table header row of a copy, squashed."""
    document = docx.Document(docx_path)
    units = [squash(p.text) for p in document.paragraphs if p.style.name in LEADING_STYLES]
    for table in document.tables:
        if len(table.rows) > 1:
            units.append(squash(" ".join(cell.text for cell in table.rows[0].cells)))
    return [unit for unit in units if unit]


def pdf_pages(pdf: Path, case_number: str) -> list[dict]:
    """Per page: the body's words in reading order, and the footer's text.

    Plain ``pdftotext`` gives right-to-left lines in logical order (its word boxes are in
    visual order). The header is a page's first line; the footer starts at the line with
    the case number.
    """
    text = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    pages = []
    for page in text.split("\f")[:-1]:
        lines = [line for line in page.splitlines() if words(line)]
        footer_at = next((i for i, line in enumerate(lines) if case_number in line), None)
        body = lines[1:footer_at]
        footer = lines[footer_at:] if footer_at is not None else []
        pages.append({"body": "".join(squash(line) for line in body), "footer": squash(" ".join(footer)),
                      "footer_found": footer_at is not None})
    return pages


def ends_with(body: str, unit: str) -> bool:
    """Do the page's last letters make up ``unit`` (in any order: the runs of a line that
    mixes scripts may come out of pdftotext in another order)?"""
    return len(body) >= len(unit) and sorted(body[-len(unit):]) == sorted(unit)


def contains(text: str, unit: str, right_to_left: bool) -> bool:
    if not right_to_left:
        return unit in text
    return not Counter(unit) - Counter(text)


def test_the_check_finds_a_stranded_heading():
    heading = squash("Who will do what, and by when")
    assert ends_with(squash("You will keep living with Mark and Lisa. Who will do what, and by when"), heading)
    assert not ends_with(squash("Who will do what, and by when. We agreed these things"), heading)
    assert ends_with(squash("آپ گھر پر رہیں۔ آپ کا اگلا جائزہ"), squash("جائزہ اگلا کا آپ"))


@pytest.mark.parametrize("shot", [s.name for s in shots()])
def test_no_page_ends_with_a_heading_or_lead_in(copies, shot):
    path = copies[shot]
    pages = pdf_pages(path.with_suffix(".pdf"), _case_number(shot))
    units = leading_units(path)
    everything = "".join(page["body"] for page in pages)
    # The check can only work if the PDF's text is the .docx's text.
    missing = [unit for unit in units if not contains(everything, unit, is_rtl(_language(shot)))]
    assert not missing, f"not found in the PDF: {missing}"
    for number, page in enumerate(pages[:-1], start=1):
        stranded = [unit for unit in units if ends_with(page["body"], unit)]
        assert not stranded, f"page {number} of {shot} ends with {stranded}"


@pytest.mark.parametrize("shot", [s.name for s in shots()])
def test_every_page_has_the_case_number_and_page_n_of_m(copies, shot):
    path = copies[shot]
    pages = pdf_pages(path.with_suffix(".pdf"), _case_number(shot))
    language = _language(shot)
    _, _n = gettext_functions(language)
    for number, page in enumerate(pages, start=1):
        assert page["footer_found"], f"page {number} of {shot} has no case number"
        # The page numbers are in the copy's digits, like every other number it writes.
        expected = squash(localise_digits(_("Page %(page)s of %(pages)s", page=number, pages=len(pages)), language))
        assert contains(page["footer"], expected, is_rtl(language)), (shot, number, page["footer"])


@pytest.mark.parametrize("shot", [s.name for s in shots()])
def test_the_last_page_is_more_than_the_sign_off(copies, shot):
    path = copies[shot]
    pages = pdf_pages(path.with_suffix(".pdf"), _case_number(shot))
    document = docx.Document(path)
    # The last heading is the next review's: it and its text go over the page with the sign-off.
    next_review = [p for p in document.paragraphs if p.style.name == "Heading 1"][-1]
    sign_off = document.paragraphs[-1]
    assert "\n" in sign_off.text or sign_off.text.count(" ") > 3
    last_page, rtl = pages[-1]["body"], is_rtl(_language(shot))
    assert contains(last_page, squash(next_review.text), rtl), f"{shot}: the last page is only the sign-off"
    assert contains(last_page, squash(sign_off.text.split("\n")[0]), rtl)


def test_urdu_copy_is_shorter_and_sam_reads_in_three_pages(copies):
    from pypdf import PdfReader

    urdu = len(PdfReader(copies["urdu-sam-parent"].with_suffix(".pdf")).pages)
    english = len(PdfReader(copies["middle-sam-child"].with_suffix(".pdf")).pages)
    assert english == 4  # the letter in three pages, then the feedback part on a page of its own
    assert urdu <= 4  # 6 before the line spacing was fitted to Noto Nastaliq Urdu


def _shot(name: str):
    return next(s for s in shots() if s.name == name)


def _case_number(name: str) -> str:
    return api.load_record(ROOT / "examples" / _shot(name).example).record.child.id


def _language(name: str) -> str:
    shot = _shot(name)
    record = api.load_record(ROOT / "examples" / shot.example).record
    recipient = api.recipient_for(record, shot.recipient)
    if shot.change:
        data = {"distribution": [r.model_dump(mode="json") for r in record.distribution],
                "child": record.child.model_dump(mode="json")}
        shot.change(data)
        recipient = next(r for r in data["distribution"] if r["name"] == recipient.name)
        return recipient.get("language") or ("en" if recipient["role"] != "child" else record.child.language)
    return record.recipient_language(recipient)


def test_the_adults_part_shares_no_page_with_the_childs_letter(libreoffice_pool, tmp_path):
    """Record 14's carer's PDF (blind review 13a, F3): the page with "For the adults" holds nothing
    of the letter read to Lacey, and the letter's pages nothing kept from her."""
    corpus = ROOT / "tests" / "blind_corpus" / "14-dad-in-prison-kept-from-6yo.yaml"
    loaded = api.load_record(corpus)
    carer = next(r for r in loaded.record.distribution if r.role.value == "carer")
    source = tmp_path / "carer.docx"
    source.write_bytes(api.Renderer().render_copy(loaded, carer).data)
    libreoffice_pool.convert(source, tmp_path / "carer.pdf")
    text = subprocess.run(["pdftotext", str(tmp_path / "carer.pdf"), "-"], check=True, capture_output=True,
                          text=True).stdout
    pages = text.split("\f")
    at = next(i for i, page in enumerate(pages) if "For the adults" in page)
    adults = pages[at]
    assert "prison" in adults
    for letter in ("Your Independent Reviewing Officer", "A copy of this record was sent to", "Next time",
                   "Your next review", "Nadim Fairbairn\n"):
        assert letter not in adults, letter
    assert not any("prison" in page for page in pages[:at])


def test_the_rights_list_keeps_with_its_heading(libreoffice_pool, tmp_path):
    """Record 09's child's PDF (blind review 13a, F9) had "Your rights" and its first right at the
    foot of page 1, the rest on page 2: the short list and how to reach the IRO go with the heading."""
    corpus = ROOT / "tests" / "blind_corpus" / "09-pn7-16-no-views.yaml"
    loaded = api.load_record(corpus)
    child = next(r for r in loaded.record.distribution if r.role.value == "child")
    source = tmp_path / "child.docx"
    source.write_bytes(api.Renderer().render_copy(loaded, child).data)
    libreoffice_pool.convert(source, tmp_path / "child.pdf")
    pages = subprocess.run(["pdftotext", str(tmp_path / "child.pdf"), "-"], check=True, capture_output=True,
                           text=True).stdout.split("\f")
    page = next(page for page in pages if "Your rights" in page)
    for right in ("An advocate is someone independent", "You do not have an independent visitor yet.",
                  "you can complain", "You can talk to me, Marion", "My phone number is 01632 960001."):
        assert right in page, right
