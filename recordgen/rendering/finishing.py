"""What the renderer sets in a copy after the template is filled, so no Jinja sits in properties.

Word and LibreOffice keep a template's tags only where they are text: a tag
inside ``<w:pPr>`` (once used to keep a table's first row with the next) is
dropped by LibreOffice on save, and a Jinja ``w:fill`` is not a valid colour
to Word. So two layout choices that depend on the record are made here, on
the filled document, and the template stays plain Word:

- a table whose first row repeats as a header: its first body row keeps with
  the next row, unless it is also the last, so the lead-in, the header and two
  rows go over a page together while the text after the table stays free;
- the scale: a table row whose cells read 0, 1, ... 10 gets the chosen
  number's cell filled with ``scale.fills[score]``; the other cells keep the
  colour the template gives them;
- a long paragraph (an item, a lead-in, the closing) may split over two pages,
  and a long table row too: kept whole (keep-together, keep-with-next, a row
  that cannot split) it would go to the next page and leave most of this one
  empty. Short ones stay whole, as the template's styles say.
"""

from __future__ import annotations

import copy
from typing import Any, Mapping

from lxml import etree

from ..docx.ns import W_

_SCALE = [str(n) for n in range(11)]
# ECMA-376 order of w:tcPr's children before w:shd, and of w:pPr's before w:keepNext.
_BEFORE_SHADING = {W_ + name for name in ("cnfStyle", "tcW", "gridSpan", "hMerge", "vMerge", "tcBorders")}


#: Characters past which a paragraph or table row may split over pages: about five lines at the
#: largest band's type, so keeping a shorter one whole leaves at most that much of a page empty.
LONG = 300


def finish(root: etree._Element, context: Mapping[str, Any]) -> bool:
    """Set keep-with-next and the scale's colour in one filled part; True when it changed."""
    changed = False
    for table in root.iter(W_ + "tbl"):
        rows = table.findall(W_ + "tr")
        changed |= _keep_first_row(rows)
        changed |= _colour_scale(rows, context.get("scale"))
    changed |= _let_long_ones_split(root)
    return changed


def _text_length(element: etree._Element) -> int:
    return sum(len(t.text or "") for t in element.iter(W_ + "t"))


def _let_long_ones_split(root: etree._Element) -> bool:
    changed = False
    for row in root.iter(W_ + "tr"):
        cant_split = row.find(f"{W_}trPr/{W_}cantSplit")
        if cant_split is not None and _text_length(row) > LONG:
            cant_split.getparent().remove(cant_split)
            changed = True
    for paragraph in list(root.iter(W_ + "p")):
        if _text_length(paragraph) <= LONG:
            continue
        changed = True
        blocks = _closing_blocks(paragraph)
        for block in blocks[:-1]:
            _keep_with_next(block)  # the end of the next review's text goes over with the sign-off
        for block in blocks:
            if _text_length(block) > LONG:
                # Off in the paragraph itself, whatever its style says (List Bullet keeps an item whole).
                if block is blocks[-1]:
                    _set_off(block, "keepNext")
                _set_off(block, "keepLines")
    return changed


def _is_break(run: etree._Element) -> bool:
    return run.tag == W_ + "r" and [c.tag for c in run if c.tag != W_ + "rPr"] == [W_ + "br"]


def _one_child_a_run(paragraph: etree._Element) -> None:
    """Each run of several breaks and texts as runs of one each, its properties copied: a template
    saved by LibreOffice joins a blank line's two breaks, or a line and its break, into one run."""
    for run in paragraph.findall(W_ + "r"):
        properties = run.find(W_ + "rPr")
        anchor = run
        for child in [child for child in run if child.tag != W_ + "rPr"][1:]:
            single = etree.Element(W_ + "r")
            if properties is not None:
                single.append(copy.deepcopy(properties))
            single.append(child)  # moved out of ``run``, in order after it
            anchor.addnext(single)
            anchor = single


def _closing_blocks(paragraph: etree._Element) -> list[etree._Element]:
    """A long closing (the next review, the sign-off, who was sent a copy: one paragraph, its parts
    a blank line apart) as a paragraph for each part: let split whole, it broke between "Grace
    Obi" and "Your Independent Reviewing Officer", or left "A copy was sent to:" at a page's foot."""
    style = paragraph.find(f"{W_}pPr/{W_}pStyle")
    if style is None or style.get(W_ + "val") != "Closing":
        return [paragraph]
    _one_child_a_run(paragraph)
    blocks, current = [paragraph], paragraph
    children = list(paragraph)
    i = 0
    while i < len(children):
        child = children[i]
        blank_line = i + 1 < len(children) and _is_break(child) and _is_break(children[i + 1])
        if blank_line and _text_length(current) and any(_text_length(c) for c in children[i + 2:]):
            new = etree.Element(W_ + "p")
            properties = paragraph.find(W_ + "pPr")
            if properties is not None:
                new.append(copy.deepcopy(properties))
            current.addnext(new)
            paragraph.remove(child)
            paragraph.remove(children[i + 1])
            blocks.append(new)
            current = new
            i += 2
            continue
        if current is not paragraph:
            paragraph.remove(child)
            current.append(child)
        i += 1
    return blocks


def _set_off(paragraph: etree._Element, name: str) -> None:
    from ..docx.bidi import _PPR_ORDER, _insert_in_order

    properties = paragraph.find(W_ + "pPr")
    if properties is None:
        properties = etree.Element(W_ + "pPr")
        paragraph.insert(0, properties)
    found = properties.find(W_ + name)
    if found is None:
        found = _insert_in_order(properties, etree.Element(W_ + name), _PPR_ORDER)
    found.set(W_ + "val", "0")


def _is_header(row: etree._Element) -> bool:
    return row.find(f"{W_}trPr/{W_}tblHeader") is not None


def _keep_first_row(rows: list[etree._Element]) -> bool:
    if not rows or not _is_header(rows[0]):
        return False
    body = [row for row in rows if not _is_header(row)]
    if len(body) < 2 or _text_length(body[0]) > LONG:  # a long row goes on by itself
        return False
    for paragraph in body[0].iter(W_ + "p"):
        _keep_with_next(paragraph)
    return True


def _keep_with_next(paragraph: etree._Element) -> None:
    properties = paragraph.find(W_ + "pPr")
    if properties is None:
        properties = etree.Element(W_ + "pPr")
        paragraph.insert(0, properties)
    if properties.find(W_ + "keepNext") is not None:
        return
    keep = etree.Element(W_ + "keepNext")
    style = properties.find(W_ + "pStyle")
    properties.insert(0 if style is None else properties.index(style) + 1, keep)


def _cell_text(cell: etree._Element) -> str:
    return "".join(t.text or "" for t in cell.iter(W_ + "t")).strip()


def _colour_scale(rows: list[etree._Element], scale: Any) -> bool:
    if not scale:
        return False
    score, fills = scale.get("score"), scale.get("fills")
    if not isinstance(score, int) or not fills or not 0 <= score < len(fills):
        return False
    changed = False
    for row in rows:
        cells = row.findall(W_ + "tc")
        if [_cell_text(cell) for cell in cells] == _SCALE:
            _fill(cells[score], fills[score])
            changed = True
    return changed


def _fill(cell: etree._Element, colour: str) -> None:
    properties = cell.find(W_ + "tcPr")
    if properties is None:
        properties = etree.Element(W_ + "tcPr")
        cell.insert(0, properties)
    shading = properties.find(W_ + "shd")
    if shading is None:
        shading = etree.Element(W_ + "shd", {W_ + "val": "clear", W_ + "color": "auto"})
        at = 0
        for index, child in enumerate(properties):
            if child.tag in _BEFORE_SHADING:
                at = index + 1
        properties.insert(at, shading)
    shading.set(W_ + "fill", colour)
