"""Siblings' records checked together: a parent sent one child's copy must not read there what a
brother's or sister's confidential placement keeps from parents (their school, address, carers)."""

from __future__ import annotations

from pathlib import Path
from typing import Iterable, Iterator

from ..record.diagnostics import Diagnostic
from ..record.loading import LoadedRecord
from ..record.model import Role
from .withholding import found_in, placement_secrets, same_person


def _parents(loaded: LoadedRecord) -> list[str]:
    return [r.name for r in loaded.record.distribution if r.role is Role.parent]


def sibling_leaks(records: Iterable[LoadedRecord]) -> Iterator[Diagnostic]:
    """For each two records that send a copy to one parent (the same name), each text of one that
    its parents read, checked against the other's confidential placement; an error at the text's
    file and line. A value the record's own placement has too (siblings placed together) is that
    record's to keep: its own check decides."""
    records = list(records)
    for seen in records:
        parents = _parents(seen)
        if not parents:
            continue
        own = seen.record.placement
        own_values = {(v or "").strip().casefold() for v in (own.address, own.school, own.carers)}
        for other in records:
            if other is seen or not other.record.placement.confidential:
                continue
            shared = [p for p in parents if any(same_person(p, q) for q in _parents(other))]
            if not shared:
                continue
            hidden = [s for s in placement_secrets(other.record.placement)
                      if s.part_of.strip().casefold() not in own_values]
            if not hidden:
                continue
            for loc, text, withheld in seen.record.free_texts():
                if Role.parent in withheld:
                    continue
                for secret in found_in(text, hidden)[:1]:
                    yield seen.diagnostic(loc, (
                        f"this names '{secret.text}', the {secret.what} of {other.record.child.name}'s "
                        f"{secret.loc[1]} '{secret.part_of}' ({Path(other.file).name}, "
                        f"line {other.line_of(secret.loc)}), which is kept from parents because that "
                        f"placement is confidential; {', '.join(shared)} is sent this copy too: take it out, "
                        "or withhold this item from parent"))
