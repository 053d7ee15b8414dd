"""Checks that a PDF copy is really there, and what it holds (for tests and audits)."""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass, field
from pathlib import Path

from recordgen.pdf.errors import PdfCheckFailed

try:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError
except ImportError:  # the structural checks below still run without it
    PdfReader = None
    PyPdfError = Exception

_PDFAID = "{http://www.aiim.org/pdfa/ns/id/}"
_EMBEDDED_FONT_KEYS = ("/FontFile", "/FontFile2", "/FontFile3")


def verify_pdf(path: Path | str) -> None:
    """Raise PdfCheckFailed unless ``path`` is a non-empty PDF that parses and has a page.

    LibreOffice can report success yet leave nothing behind (a shared or broken
    profile does exactly that), so every copy is checked before it is kept.
    """
    path = Path(path)
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(5)
            handle.seek(max(0, size - 1024))
            tail = handle.read()
    except FileNotFoundError:
        raise PdfCheckFailed(f"{path.name}: no PDF was written") from None
    except OSError as exc:
        raise PdfCheckFailed(f"{path.name}: cannot read the PDF ({exc.strerror})") from None
    if size == 0:
        raise PdfCheckFailed(f"{path.name}: the PDF is empty")
    if head != b"%PDF-" or b"%%EOF" not in tail:
        raise PdfCheckFailed(f"{path.name}: not a complete PDF file")
    if PdfReader is None:
        return
    try:
        pages = len(PdfReader(path).pages)
    except (PyPdfError, ValueError, KeyError, TypeError) as exc:
        raise PdfCheckFailed(f"{path.name}: the PDF does not parse ({exc})") from None
    if pages == 0:
        raise PdfCheckFailed(f"{path.name}: the PDF has no pages")


@dataclass
class PdfFacts:
    """What a PDF copy carries that matters for archiving and screen readers."""

    text: str
    pages: int
    title: str | None
    language: str | None
    tagged: bool
    pdfa_part: str | None
    pdfa_conformance: str | None
    fonts: dict[str, bool] = field(default_factory=dict)  # base font name -> embedded

    @property
    def unembedded_fonts(self) -> list[str]:
        return sorted(name for name, embedded in self.fonts.items() if not embedded)


def read_pdf_facts(path: Path | str) -> PdfFacts:
    """Text, title, language, tagging, PDF/A identification and fonts of a PDF (needs pypdf)."""
    if PdfReader is None:
        raise PdfCheckFailed("reading a PDF's contents needs pypdf: pip install pypdf")
    verify_pdf(path)
    reader = PdfReader(path)
    root = reader.trailer["/Root"]
    fonts: dict[str, bool] = {}
    for page in reader.pages:
        _collect_fonts(page.get("/Resources"), fonts, seen=set())
    part, conformance = _pdfa_identification(root)
    mark_info = root.get("/MarkInfo")
    language = root.get("/Lang")
    return PdfFacts(
        text="\n".join(page.extract_text() or "" for page in reader.pages),
        pages=len(reader.pages),
        title=reader.metadata.title if reader.metadata else None,
        language=str(language) if language is not None else None,
        tagged=bool(mark_info and mark_info.get_object().get("/Marked")) and "/StructTreeRoot" in root,
        pdfa_part=part,
        pdfa_conformance=conformance,
        fonts=fonts,
    )


def _collect_fonts(resources, fonts: dict[str, bool], seen: set[int]) -> None:
    if resources is None:
        return
    resources = resources.get_object()
    for font in (resources.get("/Font") or {}).values():
        font = font.get_object()
        name = str(font.get("/BaseFont", "(unnamed)"))
        if font.get("/Subtype") == "/Type3":
            fonts[name] = True  # Type 3 glyphs are drawn by content streams inside the PDF
            continue
        descriptor_holder = font
        if font.get("/Subtype") == "/Type0":
            descriptor_holder = font["/DescendantFonts"][0].get_object()
        descriptor = descriptor_holder.get("/FontDescriptor")
        embedded = descriptor is not None and any(
            key in descriptor.get_object() for key in _EMBEDDED_FONT_KEYS
        )
        fonts[name] = fonts.get(name, True) and embedded
    # Forms (headers, logos, reused blocks) carry fonts of their own.
    for xobject in (resources.get("/XObject") or {}).values():
        ref = getattr(xobject, "idnum", None)
        xobject = xobject.get_object()
        if xobject.get("/Subtype") == "/Form" and ref not in seen:
            if ref is not None:
                seen.add(ref)
            _collect_fonts(xobject.get("/Resources"), fonts, seen)


def _pdfa_identification(root) -> tuple[str | None, str | None]:
    metadata = root.get("/Metadata")
    if metadata is None:
        return None, None
    try:
        tree = ElementTree.fromstring(metadata.get_object().get_data())
    except ElementTree.ParseError:
        return None, None
    values: dict[str, str] = {}
    for element in tree.iter():
        # XMP allows both <pdfaid:part>2</pdfaid:part> and pdfaid:part="2".
        for key in ("part", "conformance"):
            if element.tag == _PDFAID + key and element.text:
                values[key] = element.text.strip()
            attribute = element.get(_PDFAID + key)
            if attribute:
                values[key] = attribute.strip()
    return values.get("part"), values.get("conformance")
