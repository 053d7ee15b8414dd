"""Rendering copies: a record and a recipient in, the bytes of their .docx out.

The Renderer compiles each age band's template once and is safe to share
between threads; what a copy may show comes from the context (rendering.context,
which asks rules.withholding), its words from the translations beside the record.
"""

from __future__ import annotations

import dataclasses
import threading
from pathlib import Path

from ..docx.bidi import copy_transform
from ..docx.linespacing import fit_line_spacing, line_spacing_factor
from ..docx.properties import copy_timestamp
from ..i18n import language_tag
from ..record.loading import LoadedRecord
from ..record.model import Record, Recipient
from ..record.naming import copy_filename
from ..record.settings import Settings
from ..rules.ages import band_for
from ..rules.timescales import review_dates
from ..support.files import write_atomically
from ..support.resources import templates_dir
from ..translation import RecipientTexts, TranslationStore, load_translations, texts_for
from .context import Line, build_context, document_title, english_only
from .template import CompiledTemplate, TemplateError


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
                                untranslated_notice=texts.needs_notice,
                                childrens_rights=self.settings.childrens_rights)
        transform = _layout_transform(language)
        data = self.template(band).render(
            context, language_tag=language_tag(language), title=document_title(record, language),
            author=record.review.chair.name, transform=transform,
            when=copy_timestamp(record.review.date),  # reproducible: the same record, the same bytes
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


def _layout_transform(language: str):
    """Right to left and the copy's digits, and the line spacing of a tall script's font,
    for the reader's language."""
    direction = copy_transform(language)
    factor = line_spacing_factor(language)
    if direction is None and factor is None:
        return None

    def transform(name: str, xml: bytes) -> bytes:
        if direction is not None:
            xml = direction(name, xml)
        if factor is not None and name == "word/styles.xml":
            xml = fit_line_spacing(xml, factor)
        return xml
    return transform


def _text_source(texts: RecipientTexts):
    """Each item in the reader's language; English after it when the copy is bilingual."""
    if not texts.translated:
        return english_only

    def source(loc, english: str) -> Line:
        versions = texts.versions(loc, english)
        return Line(versions[0][1], versions[1][1] if len(versions) > 1 else None)
    return source
