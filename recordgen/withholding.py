"""What one recipient may see: the record with everything withheld from their role taken out.

Rendering only ever sees the result, so a withheld item cannot reach a copy
through a template, a header or a document property.
"""

from __future__ import annotations

from .model import Record, Role


def _keep(items: list, role: Role) -> list:
    return [item for item in items if role not in item.withhold_from]


def confidential_from(record: Record, role: Role) -> bool:
    """Address and school are withheld from parents when the placement is confidential."""
    return record.placement.confidential and role is Role.parent


def visible_to(record: Record, role: Role) -> Record:
    """A copy of the record holding only what ``role`` may see."""
    placement = record.placement
    if confidential_from(record, role):
        placement = placement.model_copy(update={"address": None, "school": None})
    return record.model_copy(update={
        "child_views": _keep(record.child_views, role),
        "working_well": _keep(record.working_well, role),
        "worries": _keep(record.worries, role),
        "goals": _keep(record.goals, role),
        "actions": _keep(record.actions, role),
        "placement": placement,
    })


def withheld_texts(record: Record, role: Role) -> list[str]:
    """Every text ``role`` must not see: for leak checks and tests."""
    texts = [text for _, text, roles in record.free_texts() if role in roles]
    if confidential_from(record, role):
        texts += [t for t in (record.placement.address, record.placement.school) if t]
    return texts



