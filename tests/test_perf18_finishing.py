"""The finishing of a filled part (rendering/finishing.py) reads each paragraph's style and length
from one walk of the part, not a look into each paragraph: the same answers as before, on a copy's
body and on the odd shapes a council's template may have (a text box's paragraph inside another, a
style in a tracked change, a paragraph with no properties)."""

from __future__ import annotations

from lxml import etree

from recordgen import api
from recordgen.docx import package
from recordgen.docx.ns import W_
from recordgen.rendering import finishing
from recordgen.rendering.finishing import finish

from recordfiles import AHMAD, SAM

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _style_by_path(paragraph) -> str | None:
    """The style as a look into the paragraph finds it (what finishing did before)."""
    style = paragraph.find(f"{W_}pPr/{W_}pStyle")
    return None if style is None else style.get(W_ + "val")


def _odd_part() -> etree._Element:
    long = "x" * 200
    return etree.fromstring(f"""<w:document xmlns:w="{_W}"><w:body>
      <w:p><w:pPr><w:pStyle w:val="Closing"/></w:pPr><w:r><w:t>{long}</w:t></w:r>
        <w:r><w:txbxContent><w:p><w:pPr><w:pStyle w:val="EnglishAlongside"/></w:pPr>
          <w:r><w:t>{long}</w:t></w:r></w:p></w:txbxContent></w:r></w:p>
      <w:p><w:pPr><w:pPrChange><w:pPr><w:pStyle w:val="Heading1"/></w:pPr></w:pPrChange></w:pPr>
        <w:r><w:t>changed</w:t></w:r></w:p>
      <w:p><w:r><w:t>no properties</w:t></w:r></w:p>
      <w:p><w:pPr><w:pStyle/></w:pPr><w:r><w:t/></w:r></w:p>
      <w:p><w:pPr><w:keepNext/></w:pPr><w:pPr><w:pStyle w:val="Second"/></w:pPr></w:p>
      <w:p><w:pPr><w:pStyle w:val="EnglishAlongside"/></w:pPr><w:r><w:t>half</w:t></w:r></w:p>
    </w:body></w:document>""")


def _bodies() -> list[etree._Element]:
    bodies = [_odd_part()]
    renderer = api.Renderer(allow_untranslated=True)
    for path in (SAM, AHMAD):
        loaded = api.load_record(path)
        for recipient in loaded.record.distribution:
            data = renderer.render_copy(loaded, recipient).data
            bodies.append(etree.fromstring(package.read_parts(data)["word/document.xml"]))
    return bodies


def test_styles_and_lengths_read_in_one_walk_are_those_of_each_paragraph():
    for body in _bodies():
        paragraphs = list(body.iter(W_ + "p"))
        styles = finishing._styles(body)
        assert [styles.get(p) for p in paragraphs] == [_style_by_path(p) for p in paragraphs]
        assert finishing._paragraph_lengths(body) == [(p, finishing._text_length(p)) for p in paragraphs]


def test_the_odd_part_is_finished_as_before():
    """As the code before this change finished it (its output, written out here): the long closing let
    split, the text box's paragraph (short on its own) and the changed style left alone."""
    root = _odd_part()
    assert finish(root, {}) is True
    got = etree.tostring(root).decode()
    long = "x" * 200
    assert (f'<w:p><w:pPr><w:pStyle w:val="Closing"/><w:keepNext w:val="0"/><w:keepLines w:val="0"/></w:pPr>'
            f'<w:r><w:t>{long}</w:t></w:r>') in got
    expected = etree.tostring(_odd_part()).decode().replace(
        '<w:pStyle w:val="Closing"/></w:pPr>',
        '<w:pStyle w:val="Closing"/><w:keepNext w:val="0"/><w:keepLines w:val="0"/></w:pPr>')
    assert got == expected
