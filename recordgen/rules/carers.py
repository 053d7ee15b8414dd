"""Who the carers are to the child: every role the record gives them, wherever it gives it."""

from __future__ import annotations

import re

from ..record.roles import carer_named, carers_people
from ..support.memo import per_record
from .withholding import same_person

#: "Ryan Fox (your brother, 22)": a person and their role.
_NAMED = re.compile(r"\s*([^()]+?)\s*\(([^()]*)\)\s*")


@per_record
def carers_roles(record) -> tuple[tuple[str, str], ...]:
    """(name, role) for each role the record gives one of the carers: their relation in
    ``placement.carers`` ("Kelly Hurst (your mum)", "your mum, Nicola Lark"), an attendee's role, or
    the brackets of an action's who or of a recipient who is one of the carers."""
    carers = record.placement.carers
    people = [(name, relation) for name, _family, relation in carers_people(carers) if relation]
    named = [(p.name, p.role) for p in record.review.attendees if not p.is_child]
    named += [(m.group(1), m.group(2)) for who in [a.who for a in record.actions] + [r.name for r in record.distribution]
              if (m := _NAMED.fullmatch(who))]
    people += [(name, role) for name, role in named
               if same_person(name, carers) or carer_named(carers, name) is not None]
    return tuple(people)
