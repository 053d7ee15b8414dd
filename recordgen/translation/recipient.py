"""The IRO's words for one recipient: translated, checked, or refused.

The renderer asks ``texts_for(record, recipient, store)`` once per copy and
then ``texts.text(loc, english)`` for each free-text item it writes.
"""

from __future__ import annotations

import dataclasses
from typing import Sequence

from ..errors import Category, RecordgenError
from ..record.diagnostics import format_path
from ..record.model import Record, Recipient
from ..i18n.languages import is_english, normalize_language
from .items import catalog_role_paths, recipient_items
from .sidecar import TranslationStore


class TranslationsNotReady(RecordgenError):
    """A copy cannot go out: translations are missing (and not allowed to be) or stale."""

    category = Category.PROBLEMS

    def __init__(self, recipient: Recipient, language: str, missing: list[str], stale: list[str],
                 allow_untranslated: bool):
        self.recipient = recipient
        self.language = language
        self.missing = missing
        self.stale = stale
        def some(paths: list[str]) -> str:
            shown = ", ".join(paths[:6])
            return shown + (f" and {len(paths) - 6} more" if len(paths) > 6 else "")

        parts = []
        if stale:
            parts.append(f"stale translation{'s' if len(stale) > 1 else ''}: the English of "
                         f"{some(stale)} changed after it was translated; export again, "
                         "translate the changed items, and import")
        if missing and not allow_untranslated:
            parts.append(f"awaiting translation: {len(missing)} item{'s' if len(missing) != 1 else ''} "
                         f"({some(missing)}); import the translation, or use "
                         "--allow-untranslated to send English for now with a notice")
        super().__init__(f"copy for {recipient.name} ({language}): " + "; ".join(parts))


@dataclasses.dataclass(frozen=True)
class RecipientTexts:
    """How the IRO's words read in one recipient's copy."""

    language: str
    bilingual: bool
    translations: dict[str, str]
    untranslated: tuple[str, ...]   # paths kept in English (only with --allow-untranslated)
    #: Paths whose translation is of other English than the record's (a confidential placement's
    #: parent's form, the carers' surname cut) -> that English.
    translated_from: dict[str, str] = dataclasses.field(default_factory=dict)

    @property
    def translated(self) -> bool:
        """True when this copy is in a language other than English."""
        return not is_english(self.language)

    def text(self, loc: str | Sequence[str | int], english: str) -> str:
        """The item in the recipient's language, or the English when it is not translated."""
        key = loc if isinstance(loc, str) else format_path(loc)
        return self.translations.get(key, english)

    def versions(self, loc: str | Sequence[str | int], english: str) -> list[tuple[str, str]]:
        """(language, text) pairs to print for an item: the recipient's language first, then
        English when the copy is bilingual; an untranslated item appears once, in English."""
        key = loc if isinstance(loc, str) else format_path(loc)
        if key not in self.translations:
            return [("en", english)]
        if self.bilingual:
            return [(self.language, self.translations[key]), ("en", english)]
        return [(self.language, self.translations[key])]

    def source_of(self, loc: str | Sequence[str | int]) -> str | None:
        """The English a translation is of, where not the record's own; else None."""
        key = loc if isinstance(loc, str) else format_path(loc)
        return self.translated_from.get(key) if key in self.translations else None

    def is_untranslated(self, loc: str | Sequence[str | int]) -> bool:
        key = loc if isinstance(loc, str) else format_path(loc)
        return key in self.untranslated

    @property
    def needs_notice(self) -> bool:
        return bool(self.untranslated)


def texts_for(record: Record, recipient: Recipient, store: TranslationStore,
              allow_untranslated: bool = False, stale_in_english: bool = False,
              age_bands=None) -> RecipientTexts:
    """Translations of every item this recipient's copy shows (``items.shown_to``), checked.

    Raises TranslationsNotReady when any is stale, or missing without
    ``allow_untranslated``. With ``stale_in_english`` (a planned review's papers, which must go
    out on time) a stale item is kept in English, as a missing one is.
    """
    language = normalize_language(record.recipient_language(recipient))
    if is_english(language):
        return RecipientTexts(language, False, {}, ())
    translations: dict[str, str] = {}
    translated_from: dict[str, str] = {}
    missing: list[str] = []
    stale: list[str] = []
    items, already = recipient_items(record, recipient, age_bands)  # only what the copy shows
    for item in items:
        english = item.stored_source(store, language)
        if english is not None:
            translations[item.path] = store.lookup(language, item.path, english)  # type: ignore[assignment]
            if item.written is not None and english == item.text:
                translated_from[item.path] = item.text
        elif item.status(store, language) == "stale" and not stale_in_english:
            stale.append(item.path)
        else:
            missing.append(item.path)
    # A role the catalogs translate, or a value already in the language, is not asked for, but a
    # translator's own word for it in the translations file wins.
    roles = catalog_role_paths(record) | already
    for loc, text, _ in record.free_texts():
        own_word = store.lookup(language, loc, text) if format_path(loc) in roles else None
        if own_word:
            translations[format_path(loc)] = own_word
    if stale or (missing and not allow_untranslated):
        raise TranslationsNotReady(recipient, language, missing, stale, allow_untranslated)
    return RecipientTexts(language, recipient.bilingual, translations, tuple(missing), translated_from)
