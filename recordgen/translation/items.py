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

from ..record.diagnostics import format_path
from ..record.model import Record, Recipient, Role

#: Characters XML 1.0 cannot carry at all, so neither can an XLIFF file.
_NOT_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def normalize_language(code: str) -> str:
    """``fa-AF``, ``FA_af`` -> ``fa_AF``; ``UR`` -> ``ur``: one spelling per language.

    Record files and XLIFF tools spell codes differently (BCP 47 uses ``-``,
    gettext ``_``); every comparison goes through this.
    """
    parts = re.split(r"[-_]", code.strip())
    head, rest = parts[0].lower(), parts[1:]
    out = [head]
    for part in rest:
        # Regions are 2 letters or 3 digits (upper-cased); scripts 4 letters (title-cased).
        if len(part) == 4 and part.isalpha():
            out.append(part.title())
        else:
            out.append(part.upper())
    return "_".join(out)


def bcp47(code: str) -> str:
    """The spelling XLIFF's ``xml:lang`` wants: ``fa_AF`` -> ``fa-AF``."""
    return normalize_language(code).replace("_", "-")


def is_english(code: str) -> bool:
    """English copies use the IRO's words as written; nothing to translate."""
    return normalize_language(code).split("_")[0] == "en"


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


def translatable_items(record: Record, language: str) -> list[TranslatableItem]:
    """Free-text items some recipient reading ``language`` may see, in record order."""
    readers = recipients_in(record, language)
    return [TranslatableItem(tuple(loc), text, withheld)
            for loc, text, withheld in record.free_texts()
            if any(visible_to(withheld, r) for r in readers)]


def items_for_recipient(record: Record, recipient: Recipient) -> list[TranslatableItem]:
    """Free-text items this one recipient may see."""
    return [TranslatableItem(tuple(loc), text, withheld)
            for loc, text, withheld in record.free_texts()
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
