"""How far each recipient's translation has got: translated, awaiting translation, stale."""

from __future__ import annotations

import dataclasses

from ..record.loading import LoadedRecord
from ..record.model import Recipient
from .items import items_for_recipient, languages_needing_translation, recipients_in
from .sidecar import load_translations


@dataclasses.dataclass(frozen=True)
class RecipientProgress:
    """One recipient's copy in one language: the items (field paths) in each state."""

    recipient: Recipient
    language: str
    translated: list[str]
    missing: list[str]
    stale: list[str]

    @property
    def ready(self) -> bool:
        return not (self.missing or self.stale)


def translation_progress(loaded: LoadedRecord) -> list[RecipientProgress]:
    """Every recipient who reads a language other than English; empty when every copy is in English.

    Raises SidecarError when the translations file beside the record cannot be used.
    """
    store = load_translations(loaded.file)
    record = loaded.record
    found = []
    for language in languages_needing_translation(record):
        for recipient in recipients_in(record, language):
            states: dict[str, list[str]] = {"translated": [], "missing": [], "stale": []}
            for item in items_for_recipient(record, recipient):
                states[item.status(store, language)].append(item.path)
            found.append(RecipientProgress(recipient, language, **states))
    return found
