"""Which of the IRO's own words need translating, and into what.

A free-text item is translatable into a language when at least one recipient
who reads that language may see it. Items every such recipient is barred from
never leave the building: they are not exported, so a translator never sees
them and no translation of them can end up in anyone's copy.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re

from ..i18n.languages import is_english, normalize_language
from ..record.diagnostics import format_path
from ..record.model import Record, Recipient, Role
from ..record.roles import known_role

#: Characters XML 1.0 cannot carry at all, so neither can an XLIFF file.
_NOT_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def source_hash(text: str) -> str:
    """SHA-256 of the source text (UTF-8), hex: a translation is only good for this text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclasses.dataclass(frozen=True)
class TranslatableItem:
    """One piece of the IRO's writing, as it goes to a translator."""

    loc: tuple[str | int, ...]
    text: str
    withheld_from: frozenset[Role]

    @property
    def path(self) -> str:
        """Stable id: the dotted path the record's diagnostics use (``worries.3``)."""
        return format_path(self.loc)

    @property
    def sha256(self) -> str:
        return source_hash(self.text)


def recipients_in(record: Record, language: str) -> list[Recipient]:
    """Everyone on the distribution list whose copy is in ``language``."""
    wanted = normalize_language(language)
    return [r for r in record.distribution
            if normalize_language(record.recipient_language(r)) == wanted]


def visible_to(withheld_from: frozenset[Role], recipient: Recipient) -> bool:
    return recipient.role not in withheld_from


def _is_catalog_role(loc, text: str) -> bool:
    return tuple(loc[:2]) == ("review", "attendees") and loc[-1] == "role" and known_role(text) is not None


def catalog_role_paths(record: Record) -> set[str]:
    """Attendees' roles the catalogs translate ("advocate", "mum"): never sent to a translator."""
    return {format_path(loc) for loc, text, _ in record.free_texts() if _is_catalog_role(loc, text)}


def _free_texts(record: Record):
    """The IRO's free text, less the roles the catalogs translate."""
    for loc, text, withheld in record.free_texts():
        if not _is_catalog_role(loc, text):
            yield loc, text, withheld


def translatable_items(record: Record, language: str) -> list[TranslatableItem]:
    """Free-text items some recipient reading ``language`` may see, in record order."""
    readers = recipients_in(record, language)
    return [TranslatableItem(tuple(loc), text, withheld)
            for loc, text, withheld in _free_texts(record)
            if any(visible_to(withheld, r) for r in readers)]


def items_for_recipient(record: Record, recipient: Recipient) -> list[TranslatableItem]:
    """Free-text items this one recipient may see."""
    return [TranslatableItem(tuple(loc), text, withheld)
            for loc, text, withheld in _free_texts(record)
            if visible_to(withheld, recipient)]


def languages_needing_translation(record: Record) -> list[str]:
    """Every non-English language on the distribution list, in first-seen order."""
    seen: list[str] = []
    for recipient in record.distribution:
        lang = normalize_language(record.recipient_language(recipient))
        if not is_english(lang) and lang not in seen:
            seen.append(lang)
    return seen


def xml_unsafe_character(text: str) -> str | None:
    """The first character XML cannot hold, as ``U+0001``, or None."""
    match = _NOT_IN_XML.search(text)
    return f"U+{ord(match.group()):04X}" if match else None
