"""What the renderer sets after filling a template (rendering/finishing.py): a table's header kept
with its first row only, and the scale's chosen number coloured, with no Jinja in the template's properties."""

from __future__ import annotations

from lxml import etree

from recordgen import api
from recordgen.docx import package
from recordgen.docx.ns import W_
from recordgen.rendering.finishing import finish

from recordfiles import SAM, write_record


def actions_rows(data: bytes) -> list[etree._Element]:
    body = etree.fromstring(package.read_parts(data)["word/document.xml"])
    table = next(t for t in body.iter(W_ + "tbl") if t.find(f"{W_}tr/{W_}trPr/{W_}tblHeader") is not None)
    return table.findall(W_ + "tr")


def kept(row: etree._Element) -> list[bool]:
    return [p.find(f"{W_}pPr/{W_}keepNext") is not None for p in row.iter(W_ + "p")]


def child_copy(path) -> bytes:
    loaded = api.load_record(path)
    return api.Renderer().render_copy(loaded, api.recipient_for(loaded.record, "child")).data


def test_the_header_keeps_with_the_first_row_and_no_row_with_the_next():
    """The first row kept with the second too held a part's heading, lead-in, header and two tall
    rows together: a right-to-left page ended 40% empty before them (blind review, layout finding 1)."""
    header, first, *rest = actions_rows(child_copy(SAM))
    assert rest and all(kept(header)) and not any(kept(first))
    assert not any(any(kept(row)) for row in rest)


def test_a_single_row_leaves_the_text_after_the_table_free(tmp_path):
    path = write_record(tmp_path, lambda data: data.update(actions=data["actions"][:1]))
    header, only = actions_rows(child_copy(path))
    assert all(kept(header)) and not any(kept(only))


def _xml(inner: str) -> etree._Element:
    return etree.fromstring(f'<w:body xmlns:w="{W_[1:-1]}">{inner}</w:body>')


def test_the_scale_row_is_found_by_its_numbers_and_shaded_in_schema_order():
    cells = "".join(f"<w:tc><w:tcPr><w:tcW w:w='1' w:type='dxa'/><w:vAlign w:val='center'/></w:tcPr>"
                    f"<w:p><w:r><w:t>{n}</w:t></w:r></w:p></w:tc>" for n in range(11))
    root = _xml(f"<w:tbl><w:tr>{cells}</w:tr></w:tbl>")
    scale = {"score": 7, "fills": ["FFF2CC"] * 7 + ["F6B26B"] + ["FFF2CC"] * 3}
    assert finish(root, {"scale": scale})
    tc_prs = root.findall(f".//{W_}tcPr")
    chosen = tc_prs[7]
    assert [child.tag.split("}")[1] for child in chosen] == ["tcW", "shd", "vAlign"]
    assert chosen.find(W_ + "shd").get(W_ + "fill") == "F6B26B"
    assert all(p.find(W_ + "shd") is None for n, p in enumerate(tc_prs) if n != 7)  # the template's own colour


def test_other_tables_and_a_copy_without_a_scale_are_left_alone():
    root = _xml("<w:tbl><w:tr><w:tc><w:p><w:r><w:t>0</w:t></w:r></w:p></w:tc></w:tr></w:tbl>")
    before = etree.tostring(root)
    assert not finish(root, {"scale": None})
    assert not finish(root, {"scale": {"score": 0, "fills": ["F6B26B"]}})
    assert etree.tostring(root) == before
