"""The roles a record's people commonly have, which the tool's catalogs translate.

A role the record writes ("advocate", "your personal adviser", "Mum") is shown in the
reader's language from the catalog when it is one of these; any other role is the
IRO's own free text, translated with the record or marked as English.
"""

from __future__ import annotations

import re


def N_(message: str) -> str:
    """Marks a catalog message for extraction; it is translated where it is shown."""
    return message


#: English role (lower case) -> its catalog message.
KNOWN_ROLES: dict[str, str] = {message: message for message in (
    N_("advocate"), N_("personal adviser"), N_("independent visitor"), N_("social worker"),
    N_("teacher"), N_("foster carer"), N_("foster carers"), N_("carer"), N_("carers"),
    N_("mum"), N_("dad"),
)}

_OWNER = re.compile(r"^(?:your|the child's)\s+", re.IGNORECASE)


def known_role(role: str) -> str | None:
    """The catalog message for a role the tool knows ("Your Advocate" -> "advocate"), else None."""
    plain = " ".join(_OWNER.sub("", role.strip()).split()).casefold()
    return KNOWN_ROLES.get(plain)


__all__ = ["KNOWN_ROLES", "known_role"]
