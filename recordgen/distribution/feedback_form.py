"""The feedback part of a PDF copy made fillable: its choices, its writing lines and its code as form fields.

LibreOffice has laid the page out; this finds where (pdfminer's layout of the
page that prints the copy's reference) and puts fields there with pdf/forms.py:

- ``sense``: radio buttons over the three printed boxes (☐), or round the three
  faces of the young bands (happy, in between, sad: each its own picture in a table
  cell over its word, from the right in a right-to-left copy);
- ``wrong`` and ``change``: multi-line text fields over the writing lines under
  each question (paragraphs whose bottom border LibreOffice draws as one line);
- ``reference``: read only, over the printed code.

Found by shape, not by words, so it works in every language and direction; a
council template without a feedback part (no reference printed) gets no form.
"""

from __future__ import annotations

from pathlib import Path

from ..i18n import domain_gettext
from ..i18n.languages import is_right_to_left
from ..pdf.forms import Form, Rect
from ..rendering import feedback as texts

SENSE_VALUES = ("yes", "partly", "no")
_BOX = "\u2610"
_PAGES_LOOKED_AT = 3


def _page(path: Path, index: int):
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams

    return next(iter(extract_pages(str(path), page_numbers=[index], laparams=LAParams())), None)


def _layout(path: Path, reference: str):
    """(page index, page layout) of the last page that prints ``reference``, or (None, None).
    The part ends a copy: only its last few pages are laid out (pdfminer takes ~0.1 s a page)."""
    from pypdf import PdfReader

    pages = len(PdfReader(path).pages)
    for index in range(pages - 1, max(-1, pages - 1 - _PAGES_LOOKED_AT), -1):
        page = _page(path, index)
        if page is not None and _reference_box(page, reference) is not None:
            return index, page
    return None, None


def _chars(element):
    from pdfminer.layout import LTChar

    if isinstance(element, LTChar):
        yield element
        return
    if hasattr(element, "__iter__"):
        for child in element:
            yield from _chars(child)


def _text_lines(page):
    from pdfminer.layout import LTTextContainer, LTTextLine

    for element in page:
        if isinstance(element, LTTextContainer):
            for line in element:
                if isinstance(line, LTTextLine):
                    yield line


def _reference_box(page, reference: str) -> Rect | None:
    for line in _text_lines(page):
        chars = [c for c in _chars(line)]
        text = "".join(c.get_text() for c in chars)
        for wanted in (reference, reference[::-1]):   # a bidi line may hold the code in visual order
            at = text.find(wanted)
            if at >= 0:
                hit = chars[at:at + len(wanted)]
                return Rect(min(c.x0 for c in hit), min(c.y0 for c in hit),
                            max(c.x1 for c in hit), max(c.y1 for c in hit))
    return None


def _writing_lines(page, above: float = 0) -> list[tuple[float, float, float]]:
    """The writing blocks' bottom lines above ``above``, top first, as (height, left, right):
    LibreOffice draws one line under a block of bordered paragraphs (some twice)."""
    from pdfminer.layout import LTCurve

    found: list[tuple[float, float, float]] = []
    for element in page:
        if (isinstance(element, LTCurve) and element.height < 2 and element.width > page.width / 3
                and element.y0 > above and not any(abs(element.y0 - y) < 1 for y, _, _ in found)):
            found.append((element.y0, element.x0, element.x1))
    return sorted(found, reverse=True)


def _box_above(page, bottom: float, left: float, right: float) -> Rect | None:
    """The writing space over a line: up to the nearest text above it (the question)."""
    tops = [line.y0 for line in _text_lines(page) if line.y0 > bottom + 4]
    if not tops:
        return None
    return Rect(left, bottom + 1.5, right, min(tops) - 3)


def _choice_boxes(page, rtl: bool, below: float = 0) -> list[Rect]:
    """The three printed boxes (☐) above ``below``, in the choices' order."""
    boxes = [c for c in _chars(page) if c.get_text() == _BOX and c.y0 > below]
    if len(boxes) != 3:
        return []
    boxes.sort(key=lambda c: c.x0, reverse=rtl)   # right to left: the first choice is rightmost
    return [Rect(c.x0 - 1, c.y0 - 1, c.x1 + 1, c.y1 + 1) for c in boxes]


def _faces(page, below: float, rtl: bool) -> list[Rect]:
    """The three face pictures nearest above the questions, in the choices' order: each stands
    in its own table cell over its word, and a right-to-left table runs from the right."""
    from pdfminer.layout import LTFigure, LTImage

    pictures = [e for e in page if isinstance(e, (LTFigure, LTImage)) and e.y0 > below]
    if not pictures:
        return []
    lowest = min(e.y0 for e in pictures)
    row = sorted((e for e in pictures if abs(e.y0 - lowest) < 6), key=lambda e: e.x0, reverse=rtl)
    if len(row) != 3:
        return []
    return [Rect(e.x0, e.y0, e.x1, e.y1) for e in row]


def add_feedback_form(path: str | Path, reference: str, language: str) -> list[str]:
    """Make the feedback part of the PDF at ``path`` fillable; the names of the fields added.

    Nothing is added (and the file is untouched) when the PDF does not print
    ``reference``; what cannot be found is left printed only. A part that runs
    over two pages (large print for the young bands) is looked for on both."""
    path = Path(path)
    index, page = _layout(path, reference)
    if page is None:
        return []
    rtl = is_right_to_left(language)
    _ = domain_gettext(language, texts.FEEDBACK_DOMAIN)

    code = _reference_box(page, reference)
    # The two writing blocks are the last two above the code: on its page, or ending the page before.
    lines = [(index, page, line) for line in _writing_lines(page, above=code.y1)]
    before = _page(path, index - 1) if index > 0 and len(lines) < 2 else None
    if before is not None:
        lines = [(index - 1, before, line) for line in _writing_lines(before)] + lines
    lines = lines[-2:]
    # The choices come before the first block: on its page (above it) or the page before.
    first = lines[0] if lines else None
    pages = ([index] if first is None or first[0] == index else []) + ([index - 1] if index > 0 else [])
    form = Form(path)
    added = []
    for where in pages:
        layout = page if where == index else (before if before is not None else _page(path, where))
        if layout is None:
            continue
        below = first[2][0] if first is not None and first[0] == where else (code.y1 if where == index else 0)
        boxes = _choice_boxes(layout, rtl, below)
        faces = [] if boxes else _faces(layout, below, rtl)
        if boxes or faces:
            form.add_choice(where, "sense", list(zip(SENSE_VALUES, boxes or faces)), label=_(texts.SENSE),
                            mark="tick" if boxes else "ring")
            added.append("sense")
            break
    names = ("wrong", "change")[-len(lines):] if lines else ()
    for name, (where, layout, (bottom, left, right)) in zip(names, lines):
        box = _box_above(layout, bottom, left, right)
        question = texts.WRONG if name == "wrong" else texts.CHANGE
        if box is not None and box.height > 12:
            form.add_text_field(where, name, box, label=_(question), multiline=True, font_size=12,
                                right_to_left=rtl)
            added.append(name)
    form.add_text_field(index, "reference", code, label=_(texts.CODE, reference=reference), value=reference,
                        read_only=True)
    added.append("reference")
    form.save()
    return added


def make_fillable(path: Path, reference: str, language: str) -> str:
    """``add_feedback_form`` for a copy being made: "" when done, else why the page stays print-only.
    The copy is still good to send (its feedback part is printed), so this never fails it."""
    try:
        add_feedback_form(path, reference, language)
    except Exception as exc:  # noqa: BLE001 - pdfminer and pypdf raise many kinds; the copy stands
        return f"the feedback page is printed but not fillable ({type(exc).__name__}: {' '.join(str(exc).split())})"
    return ""
