"""What one recipient may see.

The context a template renders is built only from what these functions let
through, so a withheld item cannot reach a copy through a template, a header
or a document property.
"""

from __future__ import annotations

from typing import Any, Iterator

from ..record.model import Record, Role


def visible_items(items: list, section: str, role: Role) -> Iterator[tuple[tuple[str, int], Any]]:
    """``(location, item)`` for each item of a section that ``role`` may see.

    Locations keep the item's place in the record, so translations keyed by
    location still match when earlier items are withheld.
    """
    for index, item in enumerate(items):
        if role not in item.withhold_from:
            yield (section, index), item


def confidential_from(record: Record, role: Role) -> bool:
    """Address and school are withheld from parents when the placement is confidential."""
    return record.placement.confidential and role is Role.parent


def withheld_texts(record: Record, role: Role) -> list[str]:
    """Every text ``role`` must not see: for leak checks and tests."""
    texts = [text for _, text, roles in record.free_texts() if role in roles]
    if confidential_from(record, role):
        texts += [t for t in (record.placement.address, record.placement.school) if t]
    return texts



