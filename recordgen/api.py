"""The Python API that the CLI, the batch and a case-management integration all use.

    from recordgen import api
    loaded = api.load_record("review.yaml")          # ReadError / InvalidRecord
    loaded = api.load_data(form_data, "review.yaml")  # the same from plain data; no lines
    problems = api.validate(loaded)                  # list of Diagnostic
    findings = api.check_record(loaded)              # language that cares: list of Finding
    renderer = api.Renderer()
    copy = renderer.render_copy(loaded, api.recipient_for(loaded.record, "parent"))
    copy.data                                       # the .docx bytes
"""

from __future__ import annotations

import dataclasses
import os
import re
import threading
import unicodedata
from pathlib import Path

from .ages import band_for
from .files import write_atomically
from .i18n import language_tag
from .language import Finding, check_record
from .loading import InvalidRecord, LoadedRecord, ReadError, load_data, load_record
from .model import Record, Recipient, Role
from .docx.bidi import is_rtl, make_rtl
from .rendering.context import Line, build_context, document_title, english_only
from .rendering.template import CompiledTemplate, TemplateError
from .resources import templates_dir
from .settings import Settings
from .timescales import review_dates
from .translation import (
    RecipientTexts, SidecarError, TranslationStore, TranslationsNotReady, load_translations, texts_for,
)
from .validation import validate

__all__ = [
    "Finding", "check_record", "InvalidRecord", "LoadedRecord", "PdfUnavailable", "ReadError", "RecipientNotFound", "RenderedCopy",
    "Renderer", "SidecarError", "TemplateError", "TranslationsNotReady", "copy_filename", "load_data", "load_record", "recipient_for", "validate", "write_copies",
]


class RecipientNotFound(Exception):
    """No one in the distribution list matches what was asked for."""


class PdfUnavailable(Exception):
    """A PDF was asked for but this machine cannot make one; the message says what to install."""


@dataclasses.dataclass
class RenderedCopy:
    recipient: Recipient
    band: str
    language: str
    filename: str
    data: bytes

    def summary(self, path: str | Path | None = None) -> dict:
        return {
            "path": str(path) if path is not None else None,
            "recipient": self.recipient.name,
            "role": self.recipient.role.value,
            "band": self.band,
            "language": self.language,
        }


def recipient_for(record: Record, who: str = "child") -> Recipient:
    """The distribution entry for a role or a name; the child even when not listed."""
    wanted = who.strip().casefold()
    by_role = [r for r in record.distribution if r.role.value == wanted]
    if by_role:
        return by_role[0]
    by_name = [r for r in record.distribution if r.name.casefold() == wanted]
    if by_name:
        return by_name[0]
    if wanted == Role.child.value:
        return Recipient(role=Role.child, name=record.child.first_name)
    names = ", ".join(f"{r.name} ({r.role.value})" for r in record.distribution)
    raise RecipientNotFound(f"no recipient '{who}' in the distribution list; it has: {names}")


def filename_slug(text: str) -> str:
    """Lower-case ASCII letters, digits and dashes: safe in any file system and email."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def copy_filename(record: Record, recipient: Recipient, suffix: str = ".docx") -> str:
    """``<child id>_<review date>_<role>-<recipient>.docx``.

    Only the case id, the date, the role and the recipient's own name: never the
    child's full name, address or school, as a file name travels in emails.
    """
    who = filename_slug(recipient.name) or "recipient"
    case_id = re.sub(r"[^A-Za-z0-9-]+", "-", record.child.id).strip("-") or "child"
    return f"{case_id}_{record.review.date.isoformat()}_{recipient.role.value}-{who}{suffix}"


class Renderer:
    """Renders copies; compiles each band's template once and is safe to share between threads."""

    def __init__(self, settings: Settings | None = None, templates: str | Path | None = None,
                 allow_untranslated: bool = False):
        self.settings = settings or Settings()
        # Send English (with a notice in the reader's language) where a translation is missing.
        self.allow_untranslated = allow_untranslated
        self.templates = Path(templates) if templates else templates_dir()
        self._compiled: dict[str, CompiledTemplate] = {}
        self._lock = threading.Lock()

    def template(self, band: str) -> CompiledTemplate:
        compiled = self._compiled.get(band)
        if compiled is None:
            with self._lock:
                compiled = self._compiled.get(band)
                if compiled is None:
                    path = self.templates / f"{band}.docx"
                    if not path.is_file():
                        raise TemplateError(f"there is no template for the '{band}' age band ({path})")
                    compiled = self._compiled[band] = CompiledTemplate(path)
        return compiled

    def band(self, record: Record) -> str:
        return band_for(record.child, record.review.date, self.settings.age_bands)

    def render_copy(self, loaded: LoadedRecord | Record, recipient: Recipient) -> RenderedCopy:
        record = loaded.record if isinstance(loaded, LoadedRecord) else loaded
        band = self.band(record)
        language = record.recipient_language(recipient)
        dates = review_dates(record, self.settings.timescales)
        texts = self.translated_texts(loaded, recipient)
        context = build_context(record, recipient, band=band, language=language,
                                next_review=dates.next_review, texts=_text_source(texts),
                                untranslated_notice=texts.needs_notice)
        transform = (lambda name, xml: make_rtl(name, xml, language)) if is_rtl(language) else None
        data = self.template(band).render(
            context, language_tag=language_tag(language), title=document_title(record, language),
            author=record.review.chair.name, transform=transform,
        )
        return RenderedCopy(recipient, band, language, copy_filename(record, recipient), data)

    def translated_texts(self, loaded: LoadedRecord | Record, recipient: Recipient) -> RecipientTexts:
        """The IRO's words for this copy, from the translations stored next to the record.

        Raises TranslationsNotReady (stale, or missing without allow_untranslated) and
        SidecarError (the translations file cannot be used).
        """
        record = loaded.record if isinstance(loaded, LoadedRecord) else loaded
        if isinstance(loaded, LoadedRecord):
            store = load_translations(loaded.file)
        else:
            store = TranslationStore(Path("-"), "")  # a record with no file has no translations
        return texts_for(record, recipient, store, self.allow_untranslated)

    def render_to_path(self, loaded: LoadedRecord | Record, recipient: Recipient, path: str | Path) -> RenderedCopy:
        copy = self.render_copy(loaded, recipient)
        write_atomically(path, copy.data)
        return copy


def _text_source(texts: RecipientTexts):
    """Each item in the reader's language; English after it when the copy is bilingual."""
    if not texts.translated:
        return english_only

    def source(loc, english: str) -> Line:
        versions = texts.versions(loc, english)
        return Line(versions[0][1], versions[1][1] if len(versions) > 1 else None)
    return source


def write_copies(renderer: Renderer, loaded: LoadedRecord | Record,
                 plans: list[tuple[Recipient, Path]]) -> list[tuple[RenderedCopy, Path]]:
    """Render every planned copy, then write each (a ``.pdf`` target through LibreOffice).

    All copies are rendered before any is written, so a template error leaves
    no partial set behind; each file is written atomically.
    """
    rendered = [(renderer.render_copy(loaded, recipient), Path(target)) for recipient, target in plans]
    pdfs = [(copy, target) for copy, target in rendered if target.suffix.lower() == ".pdf"]
    for copy, target in rendered:
        if target.suffix.lower() != ".pdf":
            write_atomically(target, copy.data)
    if pdfs:
        _write_pdfs(renderer.settings, pdfs)
    return rendered


def _write_pdfs(settings: Settings, pdfs: list[tuple[RenderedCopy, Path]]) -> None:
    import tempfile

    from .pdf import ConverterPool, LibreOfficeMissing

    workers = min(settings.pdf.workers or os.cpu_count() or 1, len(pdfs))  # LibreOffice is CPU-bound
    try:
        pool = ConverterPool(workers=workers,
                             timeout=settings.pdf.timeout_seconds, pdfa=settings.pdf.pdfa)
        pool.start()
    except LibreOfficeMissing as exc:
        raise PdfUnavailable(str(exc)) from None
    # Any other PdfError (LibreOffice would not start) reaches the caller as it is.
    try:
        with tempfile.TemporaryDirectory(prefix="recordgen-") as scratch:
            pairs = []
            for copy, target in pdfs:
                source = Path(scratch) / copy.filename
                source.write_bytes(copy.data)
                target.parent.mkdir(parents=True, exist_ok=True)
                pairs.append((source, target))
            for _source, target, error in pool.convert_many(pairs):
                if error is not None:
                    raise error
    finally:
        pool.close()
