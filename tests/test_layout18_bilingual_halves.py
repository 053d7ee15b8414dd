"""The two halves of one bilingual item (the reader's language, then the English under it) stay on
one page (blind review, layout finding 2: an Arabic item's English half began the next page).

The first half keeps with the English (``w:keepNext``, set by rendering/finishing.py), the
English half is kept whole (its style's ``w:keepLines``) and keeps with nothing: the items of a
list still go over a page one by one. Read back from the copy's XML, and from the PDF: no page
starts with an English half.
"""

from __future__ import annotations

import hashlib
import re
import subprocess

import pytest
from lxml import etree
from ruamel.yaml import YAML

from recordgen.api import Renderer, recipient_for
from recordgen.docx import package
from recordgen.docx.ns import W_
from recordgen.record.loading import load_record

from fictional import record_yaml
from recordfiles import SAM, example_data

# Each worry told apart by a made-up name, not a number: a number could be read as the house's.
ENGLISH = "You told me about the worry you call {n}, and we talked about who can help you with it."
ARABIC = "أخبرتني عن القلق الذي تسميه {n}، وتحدثنا عمّن يستطيع مساعدتك فيه."
NAMES = [f"{a}{b}o" for a in "BDGKLMNPRSTV" for b in "ai"]
COUNT = len(NAMES)


def _on(properties: etree._Element | None, name: str) -> bool | None:
    found = None if properties is None else properties.find(W_ + name)
    return None if found is None else found.get(W_ + "val") not in ("0", "false", "off")


@pytest.fixture(scope="module")
def copy(tmp_path_factory):
    """Amina's copy of Sam's record in Arabic and English, with many worries, each translated."""
    folder = tmp_path_factory.mktemp("bilingual")
    data = example_data(SAM)
    data["worries"] = [ENGLISH.format(n=NAMES[n - 1]) for n in range(1, COUNT + 1)]
    for entry in data["distribution"]:
        if entry["role"] == "parent":
            entry.update(language="ar", bilingual=True)
    (folder / SAM.name).write_text(record_yaml(data), encoding="utf-8")
    entries = {f"worries.{n}": {"source_sha256": hashlib.sha256(ENGLISH.format(n=NAMES[n - 1]).encode()).hexdigest(),
                                "source": ENGLISH.format(n=NAMES[n - 1]), "translation": ARABIC.format(n=NAMES[n - 1])}
               for n in range(1, COUNT + 1)}
    sidecar = {"format": "recordgen-translations/1", "record": SAM.name, "languages": {"ar": entries}}
    with (folder / f"{SAM.stem}.translations.yaml").open("w", encoding="utf-8") as handle:
        YAML().dump(sidecar, handle)
    loaded = load_record(folder / SAM.name)
    made = Renderer(allow_untranslated=True).render_copy(loaded, recipient_for(loaded.record, "parent"))
    path = folder / "amina.docx"
    path.write_bytes(made.data)
    return path


def test_each_first_half_keeps_with_its_english_and_the_english_with_nothing(copy):
    body = etree.fromstring(package.read_parts(copy.read_bytes())["word/document.xml"])
    # Outside tables: a table's row holds both halves of its cell (rendering/finishing.py).
    halves = [p for p in body.iter(W_ + "p") if p.getparent().tag != W_ + "tc"
              and (s := p.find(f"{W_}pPr/{W_}pStyle")) is not None and s.get(W_ + "val") == "EnglishAlongside"]
    worries = [p for p in halves if "worry you call" in "".join(t.text or "" for t in p.iter(W_ + "t"))]
    assert len(worries) == COUNT
    for english in halves:
        first = english.getprevious()
        assert "".join(t.text or "" for t in first.iter(W_ + "t")).strip()
        assert _on(first.find(W_ + "pPr"), "keepNext") is True
        assert not _on(english.find(W_ + "pPr"), "keepNext")  # the next item is free to go over
    styles = etree.fromstring(package.read_parts(copy.read_bytes())["word/styles.xml"])
    style = styles.find(f"{W_}style[@{W_}styleId='EnglishAlongside']")
    assert _on(style.find(W_ + "pPr"), "keepLines") and not _on(style.find(W_ + "pPr"), "keepNext")


def test_no_page_of_the_pdf_starts_with_an_english_half(copy, libreoffice_pool):
    from recordfiles import require_libreoffice

    require_libreoffice()
    pdf = copy.with_suffix(".pdf")
    ((_s, _t, error),) = libreoffice_pool.convert_many([(copy, pdf)])
    assert error is None
    pages = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                           check=True).stdout.split("\f")
    starts = []
    for page in pages[1:]:
        # The first line under the running header ("This is Amina's copy": in Arabic letters); a mark
        # drawn above a line (Arabic's shadda) comes back as a line of its own.
        body = [line.strip() for line in page.splitlines() if re.search(r"\w", line)][1:]
        if body:
            starts.append(body[0])
    english = [line for line in starts if re.search(r"worry you call|talked about who|help you with it", line)]
    boundaries = sum(1 for page in pages if "worry you call" in page)
    assert boundaries >= 2  # the worries go over at least one page break
    assert english == [], english
