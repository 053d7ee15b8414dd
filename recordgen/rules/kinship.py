"""A kinship placement: the carers are the child's family (an aunt, a nana, a grown-up brother), not a parent.

A parent knows their family and where each lives, so in a confidential placement "your aunt, Tina"
finds the home as surely as the surname the copies cut: a parent's copy gives such carers by no
name and no relation ("your carer"), unless ``placement.carers_named_to_parents``.
"""

from __future__ import annotations

import re

from ..record.roles import FAMILY_ROLES, KNOWN_ROLES, carer_named, own_names, parent_role, relation
from ..support import regexes
from .people import is_place

#: A role that says the carer is family without saying which ("kinship carer", "connected person").
_KINSHIP = regexes.compile(r"\bkinship\b|\bconnected\s+persons?\b|\bfamily\s+and\s+friends?\b", re.IGNORECASE)
#: Between the parts of a role: "aunt and kinship carer", "nan, carer".
_PARTS = regexes.compile(r"\s*(?:,|;|/|&|\band\b)\s*", re.IGNORECASE)
#: "Ryan Fox (your brother, 22)": a bracket's person.
_NAMED = regexes.compile(r"\s*([^()]+?)\s*\(([^()]*)\)\s*")


def _carers_roles(record) -> list[str]:
    """Every role the record gives one of the carers: their brackets in ``placement.carers``, an
    attendee's, an action's who's or a recipient's brackets."""
    carers = record.placement.carers
    roles = re.findall(r"\(([^()]*)\)", carers)
    roles += [p.role for p in record.review.attendees
              if not p.is_child and carer_named(carers, p.name) is not None]
    for named in [a.who for a in record.actions] + [r.name for r in record.distribution]:
        m = _NAMED.fullmatch(named)
        if m and carer_named(carers, m.group(1)) is not None:
            roles.append(m.group(2))
    return roles


def kinship_relation(record) -> str | None:
    """What the carers are to the child when they are family and none is a parent: the first family
    word the record gives them ("aunt", "nana"), or "kinship carer" when it says only that; None for
    foster carers, a place, or a child at home with a parent (the other parent knows that parent)."""
    carers = record.placement.carers
    if not carers.strip() or is_place(carers):
        return None
    childs = own_names(record.child)
    family, kinship = None, False
    for role in _carers_roles(record):
        for part in _PARTS.split(role.strip()):
            if not part:
                continue
            if parent_role(part, childs):
                return None
            word = relation(part, childs)
            word = KNOWN_ROLES.get(word, word)  # "aunty" is "auntie"
            if word not in FAMILY_ROLES and not re.search(r"\bfoster\b", word):
                # "older brother", "maternal grandmother", "mum's sister": the family word last
                last = word.split()[-1:] or [""]
                word = KNOWN_ROLES.get(last[0], last[0])
            if family is None and word in FAMILY_ROLES:
                family = word
            kinship = kinship or bool(_KINSHIP.search(part))
    return family or ("kinship carer" if kinship else None)


def kinship_unnamed(record, confidential: bool) -> bool:
    """A copy kept from the placement (``confidential``) gives these carers by no name nor relation."""
    placement = record.placement
    return confidential and not placement.carers_named_to_parents and kinship_relation(record) is not None
