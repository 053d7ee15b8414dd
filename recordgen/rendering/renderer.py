"""Rendering copies: a record and a recipient in, the bytes of their .docx out.

The Renderer compiles each age band's template once and is safe to share
between threads; what a copy may show comes from the context (rendering.context,
which asks rules.withholding), its words from the translations beside the record.
"""

from __future__ import annotations

import dataclasses
import threading
from pathlib import Path

from ..docx.bidi import copy_transform, kept_parts
from ..docx.linespacing import fit_line_spacing, line_spacing_factor
from ..errors import Category, RecordgenError
from ..docx.properties import copy_timestamp
from ..i18n import language_tag
from ..record.diagnostics import format_path
from ..record.loading import LoadedRecord
from ..record.model import Record, Recipient
from ..record.naming import copy_filename
from ..record.settings import Settings
from ..rules.ages import aftercare_until, age_on, band_for, band_for_age, letter_band
from ..rules.chain import ChainIndex, beside, next_told
from ..rules.timescales import review_dates
from ..support.clock import today
from ..rules.withholding import RecordSecrets, Secret, copy_shows
from ..support.files import write_atomically
from ..support.memo import record_unchanged
from ..support.resources import templates_dir
from ..i18n.languages import normalize_language
from ..translation import RecipientTexts, TranslationStore, is_english, read_translations, texts_for
from ..translation.items import written_in_paths
from .context import Line, as_said, build_context, document_title, english_only, made_years_on
from .feedback import feedback_part
from .template import CompiledTemplate, TemplateError

_NO_TRANSLATIONS = TranslationStore(Path("-"), "")


class TemplatesFolderMissing(RecordgenError):
    """The council's templates folder (--templates or the setting) is not there."""

    category = Category.USAGE


def template_path(band: str, language: str, council: Path | None, stock: Path | None = None) -> Path:
    """Where the template for ``band`` in ``language`` is: see Renderer.template_path."""
    if council is not None:
        for name in (f"{band}.{normalize_language(language)}.docx", f"{band}.docx"):
            if (council / name).is_file():
                return council / name
    return (stock or templates_dir()) / f"{band}.docx"


class ReviewNotHeld(RecordgenError):
    """A planned review has no record to copy until it is held."""

    category = Category.PROBLEMS


class CopyWouldLeak(RecordgenError):
    """A finished copy would show its reader something kept from them; it is not written."""

    category = Category.PROBLEMS

    def __init__(self, recipient: Recipient, shown: list[tuple[str, Secret]]):
        self.recipient = recipient
        self.shown = shown
        said = "; ".join(f"{describe_shown(secret)} in {where}" for where, secret in shown[:4])
        more = f" and {len(shown) - 4} more" if len(shown) > 4 else ""
        super().__init__(
            f"the copy for {recipient.name} ({recipient.role.value}) was not made: it would show {said}{more}, "
            f"which is kept from them; run `recordgen validate --copies` on the record (its "
            "translations file is checked too, and every copy is made) and correct what it says")


def describe_shown(secret: Secret) -> str:
    """A secret a copy would show, as a refusal says it: "'McAllister' (family name, placement.carers)"."""
    where = format_path(secret.loc)
    if secret.strict and secret.loc[0] == "placement" and secret.written:
        return f"'{secret.written}' (read as '{secret.text}', {secret.what}, {where})"
    if secret.strict and secret.loc[0] == "placement":
        return f"'{secret.text}' ({secret.what}, {where})"
    if secret.strict:
        return f"'{secret.text}' (the name of a recipient kept off their list, {where})"
    return f"the withheld item {where}" + (f" in its {secret.language} translation" if secret.language else "")


@dataclasses.dataclass
class RenderedCopy:
    recipient: Recipient
    band: str
    language: str
    filename: str
    data: bytes
    #: Parts still in English under a notice that their translation will follow (--allow-untranslated).
    english_parts: bool = False

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
        # The other reviews of the same children given with this one (rules/chain.py); None: those
        # in the record file's own folder (``chain.beside``), as a batch of that folder tells them.
        self.chain = None
        # The council's folder (--templates, else the [templates] folder setting), then the stock one.
        folder = templates or self.settings.templates.folder
        self.council = Path(folder) if folder else None
        if self.council is not None and not self.council.is_dir():
            raise TemplatesFolderMissing(f"{self.council}: no such folder of templates")
        self.stock = templates_dir()
        self._compiled: dict[Path, tuple[tuple[int, int], CompiledTemplate]] = {}
        self._lock = threading.Lock()

    def template_path(self, band: str, language: str = "en") -> Path:
        """The template a copy of ``band`` in ``language`` is made from: the council's
        ``BAND.LANG.docx``, else its ``BAND.docx``, else the stock ``BAND.docx``."""
        return template_path(band, language, self.council, self.stock)

    def template(self, band: str, language: str = "en") -> CompiledTemplate:
        path = self.template_path(band, language)
        try:
            stat = path.stat()
        except OSError:
            raise TemplateError(f"there is no template for the '{band}' age band ({path})") from None
        # Compiled once per file version: a template saved again while `serve` runs is read afresh.
        identity = (stat.st_mtime_ns, stat.st_size)
        cached = self._compiled.get(path)
        if cached is None or cached[0] != identity:
            with self._lock:
                cached = self._compiled.get(path)
                if cached is None or cached[0] != identity:
                    cached = self._compiled[path] = (identity, CompiledTemplate(path))
        return cached[1]

    def band(self, record: Record) -> str:
        return band_for(record.child, record.review.date, self.settings.age_bands)

    def letter_band(self, record: Record) -> str:
        """The band of the template a copy is made from: the young person's age's, of 12 and over, whatever
        their reading level (``ages.letter_band``); the words follow ``band``."""
        return letter_band(self.band(record), band_for_age(age_on(record.child.date_of_birth, record.review.date),
                                                           self.settings.age_bands))

    def render_copy(self, loaded: LoadedRecord | Record, recipient: Recipient,
                    known: RecordSecrets | None = None, chain: ChainIndex | None = None) -> RenderedCopy:
        """``known``: the record's ``record_secrets``, when the caller has them (a batch, once a record).
        ``chain``: the child's other reviews, for a bare ``Record`` whose file is known to the caller
        (default: the renderer's ``chain``, else those beside the loaded record's file)."""
        with record_unchanged():  # the record's work the copy repeats, done once
            return self._render_copy(loaded, recipient, known, chain)

    def _render_copy(self, loaded: LoadedRecord | Record, recipient: Recipient,
                     known: RecordSecrets | None, chain: ChainIndex | None) -> RenderedCopy:
        record = loaded.record if isinstance(loaded, LoadedRecord) else loaded
        if record.review.planned:
            raise ReviewNotHeld(f"the review of {record.review.date} is planned, not held: it has no record to "
                                "copy yet; `recordgen consult` makes its invitations and booklets, and once it is "
                                "held, set review.status: held (or take the line out)")
        band = self.band(record)
        language = record.recipient_language(recipient)
        dates = review_dates(record, self.settings.timescales)
        if chain is None:
            chain = self.chain if self.chain is not None else (
                beside(record, loaded.file) if isinstance(loaded, LoadedRecord) else None)
        next_known, earlier_right, moved = None, None, False
        if chain is not None:
            moved = chain.moved_after(record.child.id, record.review.date)
            later = next_told(record, chain)
            if later is not None:
                # The next review is among the inputs: its day, as `recordgen dates` gives it.
                dates = review_dates(record, self.settings.timescales, next_on=later.date)
                next_known = "is" if later.planned else "was"
            earlier = chain.before(record.child.id, record.review.date)
            earlier_right = earlier.still_right if earlier is not None else None
        store = self._store(loaded, recipient)
        texts = texts_for(record, recipient, store, self.allow_untranslated, age_bands=self.settings.age_bands)
        age_band = band_for_age(age_on(record.child.date_of_birth, record.review.date), self.settings.age_bands)
        band_now = band_for_age(age_on(record.child.date_of_birth, today()), self.settings.age_bands)
        # The letter of the young person's age, of 12 and over, in the words of their reading level.
        letter = self.letter_band(record)
        help_until = aftercare_until(self.settings.timescales.nation)
        context = build_context(record, recipient, band=band, language=language,
                                next_review=dates.next_review, texts=text_source(texts),
                                untranslated_notice=len(texts.untranslated),
                                untranslated_in=written_in_paths(record, texts.untranslated),
                                childrens_rights=self.settings.childrens_rights,
                                age_band=age_band,
                                feedback=feedback_part(record, recipient, letter, language, self.settings.feedback,
                                                       band_now, help_until,
                                                       made_years_on(record, dates.next_review, age_band or band,
                                                                     band_now)),
                                aftercare_until=help_until,
                                band_now=band_now, next_known=next_known, earlier_right=earlier_right,
                                moved=moved)
        transform = _layout_transform(language, as_said(context))
        data, readable = self.template(letter, language).render_read(
            context, language_tag=language_tag(language), title=document_title(record, language),
            author=record.review.chair.name, transform=transform,
            # The day the copy prints ("Record written on", "Copy made on"): the same inputs, the same bytes.
            when=copy_timestamp(record.review.written or today()),
        )
        filename = copy_filename(record, recipient)
        # The last guard: whatever the validation missed, a copy that shows its reader something
        # kept from them (in any part, in any language, or in its name) is never made.
        shown = copy_shows(readable, filename, record, recipient, stored_translations(store, language), known,
                           read_to_the_child=bool(context["read_by_the_carer"]))
        if shown:
            raise CopyWouldLeak(recipient, shown)
        return RenderedCopy(recipient, band, language, filename, data, english_parts=texts.needs_notice)

    def _store(self, loaded: LoadedRecord | Record, recipient: Recipient) -> TranslationStore:
        return translations_store(loaded, recipient)

    def translated_texts(self, loaded: LoadedRecord | Record, recipient: Recipient) -> RecipientTexts:
        """The IRO's words for this copy, from the translations stored next to the record.

        Raises TranslationsNotReady (stale, or missing without allow_untranslated) and
        SidecarError (the translations file cannot be used).
        """
        record = loaded.record if isinstance(loaded, LoadedRecord) else loaded
        return texts_for(record, recipient, self._store(loaded, recipient), self.allow_untranslated,
                         age_bands=self.settings.age_bands)

    def render_to_path(self, loaded: LoadedRecord | Record, recipient: Recipient, path: str | Path) -> RenderedCopy:
        copy = self.render_copy(loaded, recipient)
        write_atomically(path, copy.data)
        return copy


def translations_store(loaded: LoadedRecord | Record, recipient: Recipient) -> TranslationStore:
    """The translations a copy (or a planned review's papers) for ``recipient`` reads: the record's
    translations file, read once while it stays the same file (shared with validation's leak
    check: ``read_translations``); none for an English reader or a record with no file."""
    record = loaded.record if isinstance(loaded, LoadedRecord) else loaded
    if is_english(normalize_language(record.recipient_language(recipient))):
        return _NO_TRANSLATIONS  # an English copy reads no translations file
    if isinstance(loaded, LoadedRecord):
        return read_translations(Path(loaded.file))
    return _NO_TRANSLATIONS  # a record with no file has no translations


def stored_translations(store: TranslationStore, language: str) -> dict[str, dict[str, str]]:
    """Every translation stored in the copy's language, those of withheld items too (each is a
    secret in that language); stale ones are a secret as well, being what the item said."""
    from ..translation import normalize_language

    entries = store.languages.get(normalize_language(language), {})
    return {language: {path: entry.translation for path, entry in entries.items()}} if entries else {}


def _layout_transform(language: str, kept: list[str]):
    """Right to left and the copy's digits (never in ``kept``, the child's own words), and
    the line spacing of a tall script's font, for the reader's language."""
    direction = copy_transform(language, kept)
    factor = line_spacing_factor(language)
    if direction is None and factor is None:
        return None

    def line_spacing(name: str, xml: bytes) -> bytes:
        return fit_line_spacing(xml, factor) if name == "word/styles.xml" else xml
    spacing = kept_parts(f"line spacing {factor}", line_spacing) if factor is not None else None

    def transform(name: str, xml: bytes) -> bytes:
        if direction is not None:
            xml = direction(name, xml)
        if spacing is not None:
            xml = spacing(name, xml)
        return xml
    transform.body = getattr(direction, "body", None)  # line spacing is in the styles only
    return transform


def text_source(texts: RecipientTexts):
    """Each item in the reader's language; English after it when the copy is bilingual."""
    if not texts.translated:
        return english_only

    def source(loc, english: str) -> Line:
        versions = texts.versions(loc, english)
        untranslated = texts.is_untranslated(loc)
        # An item awaiting translation is shown once, its English in the marker, bilingual copy or not.
        half = versions[1][1] if len(versions) > 1 else None
        return Line(versions[0][1], half, untranslated=untranslated, translated_from=texts.source_of(loc))
    return source
