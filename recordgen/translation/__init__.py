"""Translating the IRO's own words: XLIFF out to a translator, XLIFF back in, a sidecar
next to the record, and per-recipient texts for the renderer.

Fixed text (headings, explanations) is not here: it comes from the gettext
catalogs in ``locales/`` through ``recordgen.i18n``.
"""

from ..i18n.languages import bcp47, is_english, normalize_language  # re-exported: translation's own API
from .items import (
    TranslatableItem, items_for_recipient, languages_needing_translation,
    recipients_in, source_hash, translatable_items,
)
from .recipient import RecipientTexts, TranslationsNotReady, texts_for
from .sidecar import (
    SidecarError, StoredTranslation, TranslationStore, load_translations, read_translations, sidecar_path,
)

# XLIFF needs lxml (25 ms to import): loaded when one of its names is first used, not by
# every command that reads a translations file.
_XLIFF_NAMES = frozenset({"ImportResult", "XliffError", "check_translations", "export_xliff",
                          "export_xliff_file", "import_xliff", "read_xliff"})


def __getattr__(name: str):
    if name in _XLIFF_NAMES:
        from . import xliff

        return getattr(xliff, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "ImportResult", "RecipientTexts", "SidecarError", "StoredTranslation", "TranslatableItem",
    "TranslationStore", "TranslationsNotReady", "XliffError", "bcp47", "check_translations", "export_xliff", "export_xliff_file", "import_xliff",
    "is_english", "items_for_recipient", "languages_needing_translation", "load_translations", "read_translations",
    "normalize_language", "read_xliff", "recipients_in", "sidecar_path", "source_hash",
    "texts_for", "translatable_items",
]
