"""Fillable form fields (AcroForm) on a finished PDF, and reading them back.

Generic: the feedback page uses it, and so can any other document that wants
fields over lines it has already printed (a consultation booklet)::

    form = Form("copy.pdf")
    page = form.page_count - 1
    form.add_text_field(page, "wrong", Rect(62, 430, 533, 640), label="Is anything in it wrong?", multiline=True)
    form.add_choice(page, "sense", [("yes", Rect(...)), ("partly", Rect(...)), ("no", Rect(...))],
                    label="Did this letter make sense to you?", mark="tick")
    form.add_text_field(page, "reference", Rect(...), label="Code", value="7KQ2-M9XD", read_only=True)
    form.save()                      # atomically, over the file (or form.save(other_path))
    read_fields("returned.pdf")      # {"wrong": "...", "sense": "partly", "reference": "7KQ2-M9XD"}

Made with PDF/A-2 in mind: the fields are appended as an incremental update (the
converted file's bytes stay as they were), every widget prints and carries its own
appearance drawn with lines only (no font), and NeedAppearances is not set. The one
font named is Helvetica in the form's resources, which a viewer uses to show what is
typed into a text field; it is not embedded (no text is drawn with it until then).
"""

from __future__ import annotations

import contextlib
import dataclasses
import io
import logging
import math
import re
from pathlib import Path
from typing import Iterable, Iterator, Sequence

from pypdf import PdfReader, PdfWriter
from pypdf.errors import PyPdfError
from pypdf.generic import (
    ArrayObject, BooleanObject, DictionaryObject, FloatObject, NameObject, NumberObject, StreamObject,
    TextStringObject,
)

from ..support.files import write_atomically
from .errors import PdfError

# Field flags (PDF 32000-1:2008, 12.7.3.1, 12.7.4.2.1, 12.7.4.3).
_READ_ONLY = 1
_MULTILINE = 1 << 12
_DO_NOT_SPELL_CHECK = 1 << 22
_NO_TOGGLE_TO_OFF = 1 << 14
_RADIO = 1 << 15
_PRINT = 4
_FONT = "/Helv"


class FormError(PdfError):
    """A PDF whose form cannot be made or read; the message says why."""


@dataclasses.dataclass(frozen=True)
class Rect:
    """A box in PDF points, origin at the page's bottom left."""

    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def height(self) -> float:
        return self.y1 - self.y0

    def as_array(self) -> ArrayObject:
        return ArrayObject(FloatObject(round(v, 2)) for v in (self.x0, self.y0, self.x1, self.y1))


class Form:
    """Fields added to one PDF; nothing is written until ``save``."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        try:
            self.writer = PdfWriter(self.path, incremental=True)
        except (OSError, PyPdfError, ValueError) as exc:
            raise FormError(f"{self.path.name}: cannot open the PDF to add its form ({exc})") from None
        self._fields: list = []
        self._names: set[str] = set()

    @property
    def page_count(self) -> int:
        return len(self.writer.pages)

    def _acroform(self) -> DictionaryObject:
        root = self.writer._root_object
        form = root.get("/AcroForm")
        if form is None:
            font = DictionaryObject({
                NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
                NameObject("/BaseFont"): NameObject("/Helvetica"), NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
            })
            form = DictionaryObject({
                NameObject("/Fields"): ArrayObject(),
                NameObject("/DA"): TextStringObject(f"{_FONT} 0 Tf 0 g"),
                NameObject("/DR"): DictionaryObject({NameObject("/Font"): DictionaryObject(
                    {NameObject(_FONT): self.writer._add_object(font)})}),
            })
            root[NameObject("/AcroForm")] = self.writer._add_object(form)
            form = root["/AcroForm"]
        return form.get_object()

    def _appearance(self, rect: Rect, drawing: str) -> object:
        stream = StreamObject()
        stream.set_data(drawing.encode("ascii"))
        stream.update({
            NameObject("/Type"): NameObject("/XObject"), NameObject("/Subtype"): NameObject("/Form"),
            NameObject("/BBox"): ArrayObject([FloatObject(0), FloatObject(0), FloatObject(round(rect.width, 2)),
                                              FloatObject(round(rect.height, 2))]),
            NameObject("/Resources"): DictionaryObject(),
        })
        return self.writer._add_object(stream)

    def _new_name(self, name: str) -> None:
        if not name or "." in name:
            raise ValueError(f"a field's name must be non-empty and without dots, not {name!r}")
        if name in self._names or name in read_fields_of(self.writer):
            raise ValueError(f"the PDF already has a field named {name!r}")
        self._names.add(name)

    def _attach(self, page: int, field_ref, widgets: list) -> None:
        page_object = self.writer.pages[page]
        annots = page_object.get("/Annots")
        if annots is None:
            page_object[NameObject("/Annots")] = ArrayObject()
            annots = page_object["/Annots"]
        annots = annots.get_object()
        annots.extend(widgets)
        self._acroform()["/Fields"].append(field_ref)

    def add_text_field(self, page: int, name: str, rect: Rect, *, label: str, value: str = "",
                       multiline: bool = False, read_only: bool = False, font_size: float = 0,
                       right_to_left: bool = False) -> None:
        """A text field over ``rect``; ``label`` is what a screen reader says (/TU).
        ``font_size`` 0: the viewer fits the text. Its appearance is empty: a read-only
        field is meant to lie over text the page already prints."""
        self._new_name(name)
        flags = (_MULTILINE if multiline else 0) | (_READ_ONLY if read_only else 0) | _DO_NOT_SPELL_CHECK
        page_ref = self.writer.pages[page].indirect_reference
        field = DictionaryObject({
            NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/Widget"),
            NameObject("/FT"): NameObject("/Tx"), NameObject("/T"): TextStringObject(name),
            NameObject("/TU"): TextStringObject(label), NameObject("/Ff"): NumberObject(flags),
            NameObject("/Rect"): rect.as_array(), NameObject("/F"): NumberObject(_PRINT),
            NameObject("/P"): page_ref, NameObject("/DA"): TextStringObject(f"{_FONT} {font_size:g} Tf 0 g"),
            NameObject("/Q"): NumberObject(2 if right_to_left else 0),
            NameObject("/V"): TextStringObject(value),
            NameObject("/AP"): DictionaryObject({NameObject("/N"): self._appearance(rect, "/Tx BMC EMC")}),
        })
        reference = self.writer._add_object(field)
        self._attach(page, reference, [reference])

    def add_choice(self, page: int, name: str, options: Sequence[tuple[str, Rect]], *, label: str,
                   mark: str = "tick") -> None:
        """One choice of several (radio buttons): each option an export value and the box it covers.

        ``mark``: "tick" draws a tick in the box when chosen (over a printed ☐), "ring"
        a ring round it (over a picture, e.g. a face to circle). Unchosen, nothing is drawn."""
        if mark not in ("tick", "ring"):
            raise ValueError(f"mark is 'tick' or 'ring', not {mark!r}")
        if len({value for value, _ in options}) != len(options) or not options:
            raise ValueError("each option needs its own export value")
        self._new_name(name)
        page_ref = self.writer.pages[page].indirect_reference
        parent = DictionaryObject({
            NameObject("/FT"): NameObject("/Btn"), NameObject("/T"): TextStringObject(name),
            NameObject("/TU"): TextStringObject(label), NameObject("/Ff"): NumberObject(_RADIO | _NO_TOGGLE_TO_OFF),
            NameObject("/V"): NameObject("/Off"), NameObject("/Kids"): ArrayObject(),
        })
        parent_ref = self.writer._add_object(parent)
        widgets = []
        for value, rect in options:
            state = NameObject("/" + _name_token(value))
            drawing = _tick(rect) if mark == "tick" else _ring(rect)
            widget = DictionaryObject({
                NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/Widget"),
                NameObject("/Parent"): parent_ref, NameObject("/Rect"): rect.as_array(),
                NameObject("/F"): NumberObject(_PRINT), NameObject("/P"): page_ref,
                NameObject("/TU"): TextStringObject(f"{label} {value}"),
                NameObject("/AS"): NameObject("/Off"),
                NameObject("/MK"): DictionaryObject(),
                NameObject("/AP"): DictionaryObject({NameObject("/N"): DictionaryObject({
                    state: self._appearance(rect, drawing), NameObject("/Off"): self._appearance(rect, ""),
                })}),
            })
            widgets.append(self.writer._add_object(widget))
        parent[NameObject("/Kids")] = ArrayObject(widgets)
        self._attach(page, parent_ref, widgets)

    def save(self, target: str | Path | None = None) -> None:
        """Write the PDF with its fields (atomically; over the original unless ``target``)."""
        buffer = io.BytesIO()
        self.writer.write(buffer)
        write_atomically(Path(target) if target else self.path, self._with_info(buffer.getvalue()))

    def _with_info(self, data: bytes) -> bytes:
        """The update's cross-reference stream keeps the document's /Info (title, author), as the PDF
        standard asks of every trailer after the first: pypdf leaves it out when the update does not
        change it, and readers that take the last trailer (poppler's pdfinfo, screen readers,
        archives' indexes) then found no title on a copy with the feedback form."""
        reader = self.writer._reader
        info = reader.trailer.raw_get("/Info") if reader is not None and "/Info" in reader.trailer else None
        found = re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", data)
        if info is None or not hasattr(info, "idnum") or found is None:
            return data
        start = int(found.group(1))
        head = data.find(b"/Type /XRef", start, found.start())
        if head < 0 or data.find(b"/Info", start, found.start()) >= 0:
            return data
        # Inside the stream's dictionary, before its data: no offset the file gives moves.
        at = head + len(b"/Type /XRef")
        return data[:at] + f"\n/Info {info.idnum} {info.generation} R".encode() + data[at:]


def _name_token(value: str) -> str:
    if not value or not all(ch.isascii() and (ch.isalnum() or ch in "_-") for ch in value):
        raise ValueError(f"an export value is ASCII letters, digits, - or _, not {value!r}")
    return value


def _tick(rect: Rect) -> str:
    w, h = rect.width, rect.height
    return (f"q 0 g 0 G {max(1.2, min(w, h) / 8):.2f} w 1 J 1 j "
            f"{w * .2:.2f} {h * .5:.2f} m {w * .42:.2f} {h * .25:.2f} l {w * .82:.2f} {h * .8:.2f} l S Q")


def _ring(rect: Rect) -> str:
    """An ellipse inside the box: four Bézier arcs (k: the usual circle constant)."""
    k = 4 * (math.sqrt(2) - 1) / 3
    line = 2.5
    cx, cy = rect.width / 2, rect.height / 2
    rx, ry = cx - line, cy - line
    return (f"q 0 G {line} w {cx + rx:.2f} {cy:.2f} m "
            f"{cx + rx:.2f} {cy + k * ry:.2f} {cx + k * rx:.2f} {cy + ry:.2f} {cx:.2f} {cy + ry:.2f} c "
            f"{cx - k * rx:.2f} {cy + ry:.2f} {cx - rx:.2f} {cy + k * ry:.2f} {cx - rx:.2f} {cy:.2f} c "
            f"{cx - rx:.2f} {cy - k * ry:.2f} {cx - k * rx:.2f} {cy - ry:.2f} {cx:.2f} {cy - ry:.2f} c "
            f"{cx + k * rx:.2f} {cy - ry:.2f} {cx + rx:.2f} {cy - k * ry:.2f} {cx + rx:.2f} {cy:.2f} c S Q")


def read_fields_of(document: PdfReader | PdfWriter) -> dict[str, str]:
    fields: dict[str, str] = {}
    root = document.trailer["/Root"].get_object() if isinstance(document, PdfReader) else document._root_object
    form = root.get("/AcroForm")
    if form is None:
        return fields
    for field in form.get_object().get("/Fields", []):
        field = field.get_object()
        name = str(field.get("/T", ""))
        value = field.get("/V")
        if isinstance(value, NameObject) and value == "/Off" or value is None:
            # Some viewers mark only the chosen button (its /AS), not the group's value.
            chosen = [str(kid.get_object().get("/AS"))[1:] for kid in field.get("/Kids", [])
                      if kid.get_object().get("/AS") not in (None, "/Off")]
            fields[name] = chosen[0] if len(chosen) == 1 else ""
        elif isinstance(value, NameObject):
            fields[name] = "" if value == "/Off" else str(value)[1:]
        elif isinstance(value, BooleanObject):
            fields[name] = str(value)
        else:
            fields[name] = str(value)
        if field.get("/FT") == "/Btn":   # a choice set as text ("/partly") by some writers
            fields[name] = fields[name].lstrip("/")
    return fields


def read_fields(path: str | Path, passwords: Iterable[str] = ()) -> dict[str, str]:
    """Every top-level field's value by name: text as typed, a choice's export value ("" when none).
    An encrypted PDF is opened with the first of ``passwords`` that fits."""
    path = Path(path)
    try:
        with _pypdf_quiet():
            reader = PdfReader(path)
            if reader.is_encrypted and not _open(reader, ["", *passwords]):
                raise FormError(f"{path}: the PDF is locked with a password and none of those given opens it"
                                + ("" if passwords else " (give the passwords file `send --encrypt` wrote)"))
            return read_fields_of(reader)
    except FileNotFoundError:
        raise FormError(f"{path}: no such file") from None
    except (OSError, PyPdfError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise FormError(f"{path}: cannot read it as a PDF ({exc})") from None


@contextlib.contextmanager
def _pypdf_quiet() -> Iterator[None]:
    """pypdf's log while a returned file is read: it says what it mends ("invalid pdf header: b'# Zai'",
    quoting the file's first bytes, which may be a child's name) before recordgen's own one line."""
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.CRITICAL + 1)
    try:
        yield
    finally:
        logger.setLevel(level)


def _open(reader: PdfReader, passwords: Iterable[str]) -> bool:
    for password in passwords:
        try:
            if reader.decrypt(password):
                return True
        except (PyPdfError, ValueError, NotImplementedError):
            return False
    return False
