"""Siblings' records checked together: a parent sent one child's copy must not read there what a
brother's or sister's confidential placement keeps from parents (their school, address, carers).

``SiblingIndex`` holds the confidential placements by parent, built once: `validate` of several
files and `batch` of a folder both check each record against it."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Iterable, Iterator

from ..record.diagnostics import Diagnostic
from ..record.loading import LoadedRecord, load_record
from ..record.model import Role
from .withholding import Secret, bare_name, fold, found_in, placement_redaction_terms, placement_secrets


def _parents(loaded: LoadedRecord) -> list[str]:
    return [r.name for r in loaded.record.distribution if r.role is Role.parent]


def _key(name: str) -> str:
    return fold(bare_name(name))  # as same_person compares two names


@dataclasses.dataclass(frozen=True, eq=False)
class _Kept:
    """One child's confidential placement, with what a message about it says."""

    file: str
    child: str
    secrets: tuple[Secret, ...]
    lines: dict                     # each secret's loc: its line in the file
    terms: tuple[str, ...]          # what a manifest's reason must not show (redaction_terms)


class SiblingIndex:
    """Confidential placements by the parents their records send a copy to."""

    def __init__(self, records: Iterable[LoadedRecord] = ()):
        self._by_parent: dict[str, list[_Kept]] = {}
        self._placements: dict[tuple, _Kept] = {}
        for loaded in records:
            self.add(loaded)

    @classmethod
    def from_files(cls, paths: Iterable[str | Path]) -> "SiblingIndex":
        """From record files; only those that say ``confidential`` are read (a batch's are mostly not),
        and a file that does not load is left to its own record's check."""
        index = cls()
        for path in paths:
            try:
                if b"confidential" in Path(path).read_bytes():
                    index.add(load_record(path))
            except Exception:  # noqa: BLE001 - unreadable or invalid: its own processing says why
                continue
        return index

    def __bool__(self) -> bool:
        return bool(self._by_parent)

    def add(self, loaded: LoadedRecord) -> None:
        placement = loaded.record.placement
        if not placement.confidential:
            return
        # Records of one child (its reviews) or of siblings placed together keep one placement: one entry.
        same = (placement.address, placement.school, placement.carers, placement.carers_named_to_parents)
        kept = self._placements.get(same)
        if kept is None:
            found = tuple(placement_secrets(placement))
            kept = self._placements[same] = _Kept(loaded.file, loaded.record.child.name, found,
                                                  {s.loc: loaded.line_of(s.loc) for s in found},
                                                  tuple(placement_redaction_terms(placement)))
        for parent in _parents(loaded):
            entries = self._by_parent.setdefault(_key(parent), [])
            if kept not in entries:
                entries.append(kept)

    def terms(self, loaded: LoadedRecord) -> list[str]:
        """What of the placements compared with ``loaded`` a message about it must not show."""
        return [t for kept in self._shared(loaded) for t in kept.terms]

    def _shared(self, loaded: LoadedRecord) -> dict[_Kept, list[str]]:
        shared: dict[_Kept, list[str]] = {}
        for parent in _parents(loaded):
            for kept in self._by_parent.get(_key(parent), ()):
                if kept.file != loaded.file:
                    shared.setdefault(kept, []).append(parent)
        return shared

    def leaks(self, seen: LoadedRecord) -> Iterator[Diagnostic]:
        """Each text of ``seen`` that its parents read and that names a confidential placement of
        another record sent to one of them (the same name); an error at the text's file and line. A
        value ``seen``'s own placement has too (siblings placed together) is its own check's."""
        own = seen.record.placement
        own_values = {(v or "").strip().casefold() for v in (own.address, own.school, own.carers)}
        for kept, shared in self._shared(seen).items():
            hidden = [s for s in kept.secrets if s.part_of.strip().casefold() not in own_values]
            if not hidden:
                continue
            for loc, text, withheld in seen.record.free_texts():
                if Role.parent in withheld:
                    continue
                for secret in found_in(text, hidden)[:1]:
                    yield seen.diagnostic(loc, (
                        f"this names '{secret.text}', the {secret.what} of {kept.child}'s "
                        f"{secret.loc[1]} '{secret.part_of}' ({Path(kept.file).name}, "
                        f"line {kept.lines.get(secret.loc)}), which is kept from parents because that "
                        f"placement is confidential; {', '.join(shared)} is sent this copy too: take it out, "
                        "or withhold this item from parent"))


def sibling_leaks(records: Iterable[LoadedRecord]) -> Iterator[Diagnostic]:
    """For each two records that send a copy to one parent, each text of one that its parents read,
    checked against the other's confidential placement (``SiblingIndex.leaks``)."""
    records = list(records)
    index = SiblingIndex(records)
    for seen in records:
        yield from index.leaks(seen)
