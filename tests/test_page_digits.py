"""Page N of M in the PDF, in the copy's own digits (CLDR's default numbering system)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from recordgen.api import Renderer, recipient_for
from recordgen.record.loading import load_record

pytest.importorskip("pdfminer")
from recordfiles import require_libreoffice  # noqa: E402

require_libreoffice()

RECORD = Path(__file__).resolve().parent.parent / "examples" / "review-ahmad-15.yaml"
# language: the digits its page numbers are written in
LANGUAGES = {
    "ps": ("\u06f0\u06f1\u06f2\u06f3\u06f4\u06f5\u06f6\u06f7\u06f8\u06f9"),
    "fa_AF": ("\u06f0\u06f1\u06f2\u06f3\u06f4\u06f5\u06f6\u06f7\u06f8\u06f9"),
    "ckb": ("\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669"),
    "bn": ("\u09e6\u09e7\u09e8\u09e9\u09ea\u09eb\u09ec\u09ed\u09ee\u09ef"),
    "ur": "0123456789",
    "ar": "0123456789",
    "en": "0123456789",
}
PAGE_WORD = {"ps": "پاڼه", "fa_AF": "صفحه", "ckb": "پەڕەی", "bn": "পৃষ্ঠা", "ur": "صف", "ar": "الصفحة", "en": "Page"}


@pytest.fixture(scope="module")
def footers(libreoffice_pool, tmp_path_factory):
    folder = tmp_path_factory.mktemp("pages")
    loaded = load_record(RECORD)
    original = recipient_for(loaded.record, "child")
    pdfs = {}
    for language in LANGUAGES:
        recipient = original.model_copy(update={"language": language, "bilingual": False})
        record = loaded.record.model_copy(update={"distribution": [
            recipient if r is original else r for r in loaded.record.distribution]})
        docx = folder / f"{language}.docx"
        docx.write_bytes(Renderer(allow_untranslated=True).render_copy(record, recipient).data)
        pdfs[language] = docx.with_suffix(".pdf")
    pairs = [(pdf.with_suffix(".docx"), pdf) for pdf in pdfs.values()]
    for _source, _target, error in libreoffice_pool.convert_many(pairs):  # both converters at once
        if error is not None:
            raise error
    out = {}
    for language, pdf in pdfs.items():
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                              check=True).stdout
        # The footer's page line: the page word followed by the two numbers.
        out[language] = [line for line in text.splitlines()
                         if PAGE_WORD[language] in line
                         and len(re.findall(r"\d+", line.split(PAGE_WORD[language])[-1])) == 2]
    return out


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_page_numbers_in_the_copys_digits(footers, language):
    digits = LANGUAGES[language]
    lines = footers[language]
    assert len(lines) >= 2, f"no page-number line found: {lines}"
    for line in lines:
        for found in re.findall(r"\d+", line.split(PAGE_WORD[language])[-1]):
            assert all(c in digits for c in found), f"{found!r} not in {digits[:3]}... on {line!r}"
