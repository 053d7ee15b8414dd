"""What the renderer sets in a copy after the template is filled, so no Jinja sits in properties.

Word and LibreOffice keep a template's tags only where they are text: a tag
inside ``<w:pPr>`` (once used to keep a table's first row with the next) is
dropped by LibreOffice on save, and a Jinja ``w:fill`` is not a valid colour
to Word. So two layout choices that depend on the record are made here, on
the filled document, and the template stays plain Word:

- a table whose first row repeats as a header keeps that header with its first
  row only (the template's header cells keep with the next): its first body row
  once kept with the second too, so the part's heading, lead-in, header and two
  tall rows went over together and left a right-to-left copy's page 40% empty
  (blind review, layout finding 1). The rows after it go over as they fall,
  under the header repeated;
- the scale: a table row whose cells read 0, 1, ... 10 gets the chosen
  number's cell filled with ``scale.fills[score]``; the other cells keep the
  colour the template gives them;
- a long paragraph (an item, a lead-in, the closing) may split over two pages,
  and a long table row too: kept whole (keep-together, keep-with-next, a row
  that cannot split) it would go to the next page and leave most of this one
  empty. Short ones stay whole, as the template's styles say;
- the two halves of a bilingual item (the reader's language, then the English, in the style
  ``English Alongside``): the first keeps with the second, so one item is never read half on
  one page and half on the next (a long half still splits, its last lines going over with the
  other). The English half keeps with nothing after it: the items of a list go over a page one
  by one.
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
        changed |= _colour_scale(rows, context.get("scale"))
    changed |= _let_long_ones_split(root)
    changed |= _keep_halves_together(root)
    return changed


#: The style of the English half of a bilingual item (tools/build_templates.py).
ENGLISH_HALF = "EnglishAlongside"


_P, _PPR, _PSTYLE, _T = W_ + "p", W_ + "pPr", W_ + "pStyle", W_ + "t"


def _styles(root: etree._Element) -> dict[etree._Element, str | None]:
    """Each paragraph's style (its first ``w:pPr/w:pStyle``), of those that have one: one walk of
    the part, not a look into each of its hundreds of paragraphs."""
    found: dict[etree._Element, str | None] = {}
    for style in root.iter(_PSTYLE):
        properties = style.getparent()
        paragraph = properties.getparent() if properties.tag == _PPR else None
        if paragraph is not None and paragraph.tag == _P and paragraph not in found:
            found[paragraph] = style.get(W_ + "val")
    return found


def _keep_halves_together(root: etree._Element) -> bool:
    """Each paragraph just before an English half keeps with it (whatever _let_long_ones_split
    turned off: a long first half lets its last lines go over with the English), outside tables."""
    changed = False
    styles = _styles(root)
    for english, style in styles.items():  # what is set depends on no other paragraph's: any order
        if style != ENGLISH_HALF:
            continue
        before = english.getprevious()
        if before is None or before.tag != _P or styles.get(before) == ENGLISH_HALF:
            continue
        if before.getparent().tag == W_ + "tc":
            # In a table the row holds both halves (a short row cannot split); keep-with-next in a
            # cell is read by LibreOffice as the table's, which took Ahmad's whole actions table
            # to the next page and left page 2 three quarters empty.
            continue
        _keep_with_next(before)
        found = before.find(f"{W_}pPr/{W_}keepNext")
        found.attrib.pop(W_ + "val", None)  # on, where it was set off
        changed = True
    return changed


def _text_length(element: etree._Element) -> int:
    return sum(len(t.text or "") for t in element.iter(W_ + "t"))


def _paragraph_lengths(root: etree._Element) -> list[tuple[etree._Element, int]]:
    """``(paragraph, _text_length(paragraph))`` of each paragraph in the part, in order, from one walk
    (a text in a text box's paragraph counts in its outer paragraph's length too)."""
    found: list[list] = []
    inside: list[list] = []  # the paragraphs the walk is in, outermost first
    for event, element in etree.iterwalk(root, events=("start", "end"), tag=(_P, _T)):
        if element.tag == _P:
            if event == "start":
                inside.append([element, 0])
                found.append(inside[-1])
            else:
                inside.pop()
        elif event == "start" and inside and element.text:
            for open_paragraph in inside:
                open_paragraph[1] += len(element.text)
    return [(paragraph, length) for paragraph, length in found]


def _let_long_ones_split(root: etree._Element) -> bool:
    changed = False
    for row in root.iter(W_ + "tr"):
        cant_split = row.find(f"{W_}trPr/{W_}cantSplit")
        if cant_split is not None and _text_length(row) > LONG:
            cant_split.getparent().remove(cant_split)
            changed = True
    styles = _styles(root)  # closings made into several paragraphs below keep their styles
    for paragraph, length in _paragraph_lengths(root):
        if length <= LONG and not (styles.get(paragraph) == "Closing" and _lines(paragraph) > CLOSING_LINES):
            continue
        changed = True
        blocks = _closing_blocks(paragraph)
        for block in blocks[:-1]:
            _keep_with_next(block)  # the end of the next review's text goes over with the sign-off
        if len(blocks) > 2 and _lines(blocks[-1]) > SHORT_LIST_LINES:
            _set_off(blocks[-2], "keepNext")  # a long list of who was sent a copy may start the next page
        for block in blocks:
            if _text_length(block) > LONG:
                # Off in the paragraph itself, whatever its style says (List Bullet keeps an item whole).
                if block is blocks[-1]:
                    _set_off(block, "keepNext")
                _set_off(block, "keepLines")
    return changed


#: Lines past which a closing (the next review, the sign-off, who was sent a copy) is made its parts
#: even when it is short in characters: its lines are short, but kept whole, the heading and the
#: closing of a young child's Arabic copy (14 lines at 16 points) went to the next page and left
#: two thirds of this one empty (blind review, layout finding 1).
CLOSING_LINES = 11
#: Lines (the lead-in and three names) up to which who was sent a copy keeps the sign-off with it.
SHORT_LIST_LINES = 4
#: Characters a line of a closing holds, about, at the largest band's type.
_LINE_CHARACTERS = 60


def _lines(paragraph: etree._Element) -> int:
    """About how many lines a paragraph with line breaks takes: each line between breaks, a blank
    one too, and a long one wrapped at about _LINE_CHARACTERS."""
    lines, current = 0, 0
    for element in paragraph.iter(W_ + "t", W_ + "br"):
        if element.tag == W_ + "br":
            lines += max(1, -(-current // _LINE_CHARACTERS))
            current = 0
        else:
            current += len(element.text or "")
    return lines + max(1, -(-current // _LINE_CHARACTERS))


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
