"""The page's preview keeps mammoth's parsed template parts between copies (recordgen/web/docx_html.py):
each copy's HTML is still exactly what mammoth makes of it alone."""

from __future__ import annotations

from pathlib import Path

import mammoth
from mammoth.docx import office_xml

from recordgen import api
from recordgen.web import docx_html

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def _mammoths_own(data: bytes) -> str:
    import io

    kept, office_xml.read = office_xml.read, docx_html._parse
    try:
        return mammoth.convert_to_html(io.BytesIO(data)).value
    finally:
        office_xml.read = kept


def test_every_copy_of_the_examples_reads_as_mammoth_alone_makes_it():
    renderer = api.Renderer(allow_untranslated=True)
    copies = []
    for path in sorted(EXAMPLES.glob("review-*[0-9].yaml")):
        loaded = api.load_record(path)
        copies += [renderer.render_copy(loaded, recipient) for recipient in loaded.record.distribution]
    languages = {copy.language for copy in copies}
    assert len({copy.band for copy in copies}) >= 3 and "ur" in languages and "en" in languages
    docx_html._kept.clear()
    for _ in range(2):  # the second time round, every part but the document comes from what was kept
        for copy in copies:
            assert docx_html.to_html(copy.data) == _mammoths_own(copy.data)
    assert docx_html._kept, "no part was kept"
    assert all(tree is not None for tree in docx_html._kept.values())
