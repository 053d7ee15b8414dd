"""A consultation booklet's PDF made fillable: a form field over each answer space.

LibreOffice has laid the booklet out. Its answer spaces are found by shape on each
page, top to bottom (pdfminer), and matched in order to the booklet's answer keys,
which are the Word bookmarks ``answer_<key>`` in document order:

- a bordered one-cell box (four lines) -> a multi-line text field ``<key>``;
- a row of three printed boxes (☐) -> radio buttons ``chair`` / ``advocate``;
- a row of three face pictures -> radio buttons ``feeling`` (a ring round the face).

A read-only field ``booklet`` holds the booklet's reference (names no one; see
``rendering.consult.booklet_reference``), which ``consult import`` checks against the record,
and another, ``booklet_made``, the day it was made: no answer to it is received before.

By shape rather than through LibreOffice's named destinations: a destination gives a
point (the bookmark's paragraph), not the box's size; the shapes give the exact box,
the same way in every language and direction, and the conversion every record's copy
shares stays as it is. A booklet whose shapes do not match its keys gets no form
(it stays a good printed booklet) and the reason is returned.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from pathlib import Path

from ..i18n.languages import is_right_to_left
from ..pdf.forms import Form, Rect
from .feedback_form import _chars, _faces, _page

#: The answers given by choosing, and each choice's export value in the booklet's order.
CHOICES = {"chair": ("yes", "no", "not_sure"), "advocate": ("yes", "no", "have_one"),
           "feeling": ("happy", "in_between", "sad")}
REFERENCE_FIELD = "booklet"
#: Read only: the day the booklet was made (YYYY-MM-DD); no answer to it comes back before.
MADE_FIELD = "booklet_made"
_BOX = "\u2610"
_BOOKMARK = re.compile(r'<w:bookmarkStart [^>]*w:name="answer_([a-z_]+)"')


class BookletShapes(Exception):
    """The booklet's answer spaces could not be matched to its questions."""


def answer_keys(docx: bytes) -> list[str]:
    """The booklet's answer keys in document order (its bookmarks ``answer_<key>``)."""
    with zipfile.ZipFile(io.BytesIO(docx)) as package:
        return _BOOKMARK.findall(package.read("word/document.xml").decode("utf-8"))


def _boxes(page) -> list[tuple[float, str, object]]:
    """(top, "box", Rect) of each bordered box: a left and a right line of the same height."""
    from pdfminer.layout import LTCurve

    uprights = [e for e in page if isinstance(e, LTCurve) and e.width < 2 and e.height > 12]
    found = []
    for left in sorted(uprights, key=lambda e: e.x0):
        partner = [e for e in uprights if e.x0 > left.x0 + 40 and abs(e.y0 - left.y0) < 1.5
                   and abs(e.y1 - left.y1) < 1.5]
        if partner and not any(abs(top - left.y1) < 1.5 for top, _, _ in found):
            right = min(partner, key=lambda e: e.x0)
            found.append((left.y1, "box", Rect(left.x1 + 1.5, left.y0 + 1.5, right.x0 - 1.5, left.y1 - 1.5)))
    return found


def _choice_rows(page, rtl: bool) -> list[tuple[float, str, object]]:
    """(top, "choice", [Rect, Rect, Rect]) of each line holding three printed boxes."""
    rows: dict[int, list] = {}
    for char in _chars(page):
        if char.get_text() == _BOX:
            rows.setdefault(round(char.y0), []).append(char)
    found = []
    for chars in rows.values():
        if len(chars) == 3:
            chars.sort(key=lambda c: c.x0, reverse=rtl)  # right to left: the first choice is rightmost
            found.append((max(c.y1 for c in chars), "choice",
                          [Rect(c.x0 - 1, c.y0 - 1, c.x1 + 1, c.y1 + 1) for c in chars]))
    return found


def answer_spaces(path: Path, rtl: bool) -> list[tuple[int, str, object]]:
    """(page index, shape, where) of every answer space in reading order."""
    from pypdf import PdfReader

    spaces = []
    for index in range(len(PdfReader(path).pages)):
        page = _page(path, index)
        if page is None:
            continue
        found = _boxes(page) + _choice_rows(page, rtl)
        faces = _faces(page, 0, rtl)
        if faces:
            found.append((max(r.y1 for r in faces), "faces", faces))
        spaces += [(index, shape, where) for _, shape, where in sorted(found, key=lambda s: -s[0])]
    return spaces


def _shape_for(key: str) -> str:
    return "faces" if key == "feeling" else "choice" if key in CHOICES else "box"


def add_booklet_form(path: str | Path, keys: list[str], labels: dict[str, str], reference: str,
                     language: str, made: str = "") -> list[str]:
    """Put a field over each answer space of the booklet PDF at ``path``; the fields' names.
    ``labels``: each key's question, what a screen reader says. Raises BookletShapes, and
    leaves the file as it was, when the spaces found do not match ``keys``."""
    path = Path(path)
    rtl = is_right_to_left(language)
    spaces = answer_spaces(path, rtl)
    found = [shape for _, shape, _ in spaces]
    wanted = [_shape_for(key) for key in keys]
    if found != wanted:
        raise BookletShapes(f"found {len(found)} answer spaces ({', '.join(found) or 'none'}) for "
                            f"{len(keys)} questions ({', '.join(wanted)})")
    form = Form(path)
    for key, (page, shape, where) in zip(keys, spaces):
        label = labels.get(key, key)
        if shape == "box":
            form.add_text_field(page, key, where, label=label, multiline=True, font_size=12, right_to_left=rtl)
        else:
            form.add_choice(page, key, list(zip(CHOICES[key], where)), label=label,
                            mark="ring" if shape == "faces" else "tick")
    # Read only, in the bottom corner of the first page: for the import to check, not to read.
    form.add_text_field(0, REFERENCE_FIELD, Rect(2, 2, 4, 4), label=reference, value=reference, read_only=True)
    if made:
        form.add_text_field(0, MADE_FIELD, Rect(6, 2, 8, 4), label=made, value=made, read_only=True)
    form.save()
    return [*keys, REFERENCE_FIELD, *([MADE_FIELD] if made else [])]


def booklet_form_path(scratch: Path) -> Path:
    """Where a batch keeps, beside a booklet's scratch .docx, what its form is made from."""
    return scratch.with_suffix(".form.json")


def fill_in_batch(scratch: Path, target: Path) -> str:
    """A batch's booklet PDF made fillable from what its worker kept beside the scratch .docx;
    "" when done or not a booklet, else why it stays print-only."""
    kept = booklet_form_path(scratch)
    try:
        form = json.loads(kept.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return ""
    except (OSError, ValueError) as exc:
        return f"the booklet is printed but not fillable ({exc})"
    finally:
        kept.unlink(missing_ok=True)
    return make_booklet_fillable(target, form["keys"], form["labels"], form["reference"], form["language"],
                                 form.get("made", ""))


def make_booklet_fillable(path: Path, keys: list[str], labels: dict[str, str], reference: str,
                          language: str, made: str = "") -> str:
    """``add_booklet_form`` for a booklet being made: "" when done, else why it stays print-only
    (it is still a good booklet to print and send, so this never fails it)."""
    try:
        add_booklet_form(path, keys, labels, reference, language, made)
    except Exception as exc:  # noqa: BLE001 - pdfminer and pypdf raise many kinds; the booklet stands
        return f"the booklet is printed but not fillable ({type(exc).__name__}: {' '.join(str(exc).split())})"
    return ""
