"""Siblings' records checked together: a parent sent one child's copy must not read there what a
brother's or sister's confidential placement keeps from parents (their school, address, carers).

``SiblingIndex`` holds the confidential placements by parent, built once: `validate` of several
files and `batch` of a folder both check each record against it."""

from __future__ import annotations

import functools
import os
import re
from pathlib import Path
from typing import Iterable, Iterator

from ..record.diagnostics import Diagnostic
from ..record.loading import LoadedRecord, load_record, load_yaml
from ..record.model import Placement, Recipient, Role
from ..record.naming import records_beside
from .people import TITLES
from .withholding import Secret, bare_name, fold, found_in, placement_redaction_terms, placement_secrets, short_forms
from ..support import regexes
from ..support.files import while_unchanged


def _parents(loaded: LoadedRecord) -> list[str]:
    """Who a confidential placement is kept from: the parents sent a copy (a parent who is its carer
    lives there)."""
    return [r.name for r in loaded.record.distribution if r.role is Role.parent]


def _readers(loaded: LoadedRecord) -> list[Recipient]:
    """Who reads a record's copy as a parent: a parent, or the carer who is one (a child placed at
    home with mum, her copy sent as `carer`)."""
    return [r for r in loaded.record.distribution if Role.parent in r.kept_as]


#: "confidential" and what follows it; a file where each is "false" (or no, off, 0) is not read.
_CONFIDENTIAL = regexes.compile(rb"confidential(\W{0,8}(?:false|no|off|0)\b)?", re.IGNORECASE)


def _may_be_confidential(source: bytes) -> bool:
    return any(not found.group(1) for found in _CONFIDENTIAL.finditer(source))


_WOMAN, _MAN = frozenset({"mrs", "ms", "miss"}), frozenset({"mr"})


def _person(name: str) -> tuple[str, str, str]:
    """(title, first given name, family name) however a record writes a parent: "Mrs Agnieszka
    Nowak", "agnieszka  nowak", "Agnieszka Nowak (mum)", "Mr M. Lowe"; case, spacing and
    punctuation aside. A name of one word is a family name with no given name."""
    words = re.sub(r"[\W_]+", " ", fold(bare_name(name))).split()
    title = ""
    while len(words) > 1 and words[0] in TITLES:
        title = words.pop(0)
    return title, words[0] if len(words) > 1 else "", words[-1] if words else ""


def _given_fits(one: str, other: str) -> bool:
    """"m" (an initial) fits "mark"; "bob" (a short form) fits "robert"."""
    if one == other:
        return True
    if len(one) == 1 or len(other) == 1:
        return one[:1] == other[:1]
    return one in short_forms(other) or other in short_forms(one)


def _same_parent(one: tuple[str, str, str], other: tuple[str, str, str]) -> bool:
    """One parent written two ways: the same family name and given names that fit ("Mr M. Lowe",
    "Mark Lowe"); a title alone with a family name ("Mrs Khan") is not enough to say it is "Amina
    Khan", nor are titles of a woman and a man one person."""
    (title, given, family), (other_title, other_given, other_family) = one, other
    if family != other_family or not given or not other_given:
        return one == other
    if {title, other_title} & _WOMAN and {title, other_title} & _MAN:
        return False
    return _given_fits(given, other_given)


class _Kept:
    """One child's confidential placement, with what a message about it says; its parts, and the
    child's name and lines a message gives, are worked out when first needed (in a batch's worker)."""

    def __init__(self, file: str, placement: Placement, loaded: LoadedRecord | None = None):
        self.file, self.placement = file, placement
        self._loaded = loaded

    @functools.cached_property
    def secrets(self) -> tuple[Secret, ...]:
        return tuple(placement_secrets(self.placement))

    @functools.cached_property
    def terms(self) -> tuple[str, ...]:
        """What a manifest's reason must not show (as ``redaction_terms``)."""
        return tuple(placement_redaction_terms(self.placement))

    @functools.cached_property
    def _details(self) -> tuple[str, dict]:
        try:
            loaded = self._loaded or load_record(self.file)
        except Exception:  # noqa: BLE001 - changed since the batch began: the message goes without them
            return "another child", {}
        return loaded.record.child.name, {s.loc: loaded.line_of(s.loc) for s in self.secrets}

    @property
    def child(self) -> str:
        return self._details[0]

    def line_of(self, loc: tuple) -> int | None:
        return self._details[1].get(loc)


#: A record's top-level placement and distribution, as a block-style YAML record writes them.
_BLOCKS = regexes.compile(rb"^(?:placement|distribution):[^\n]*\n(?:(?:[ \t#][^\n]*)?\n)*", re.MULTILINE)


def _facts(path: str | Path, source: bytes) -> tuple[list[str], Placement] | None:
    """(the parents sent a copy, the placement) of a record file, read from those two parts alone
    (a sixth of a record: a batch reads each file once more for this); when they do not read so
    (JSON, an anchor elsewhere...), from the whole record; None when it does not load."""
    try:
        # The record's own reading of YAML (the same data), without a new parser's set-up for each file.
        data = load_yaml(b"".join(m.group() for m in _BLOCKS.finditer(source + b"\n")).decode("utf-8-sig"))
        recipients = list(map(Recipient.model_validate, data["distribution"]))
        if any(r.role is Role.other for r in recipients):
            raise ValueError("who came may show an 'other' recipient to be a parent: read the whole record")
        return ([r.name for r in recipients if r.role is Role.parent],
                Placement.model_validate(data["placement"]))
    except Exception:  # noqa: BLE001
        try:
            loaded = load_record(path)
        except Exception:  # noqa: BLE001 - unreadable or invalid: its own processing says why
            return None
        return _parents(loaded), loaded.record.placement


def _file_facts(path: str | Path) -> tuple[list[str], Placement] | None:
    """``_facts`` of a record file that may say ``confidential: true``; None for any other. Raises
    OSError when it cannot be read."""
    source = Path(path).read_bytes()
    return _facts(path, source) if _may_be_confidential(source) else None


class SiblingIndex:
    """Confidential placements by the parents their records send a copy to."""

    def __init__(self, records: Iterable[LoadedRecord] = ()):
        # By a parent's family name: (the parent as ``_person`` reads them, their records' placement).
        self._by_parent: dict[str, list[tuple[tuple[str, str, str], _Kept]]] = {}
        self._placements: dict[tuple, _Kept] = {}
        for loaded in records:
            self.add(loaded.file, _parents(loaded), loaded.record.placement, loaded)

    @classmethod
    def from_files(cls, paths: Iterable[str | Path], kept: bool = False) -> "SiblingIndex":
        """From record files; only those that may say ``confidential: true`` are read (a batch's
        are mostly not), and only their placement and distribution. ``kept``: each file's facts
        kept in this process while it is unchanged (``while_unchanged``: the files beside a record
        rendered or checked one copy after another)."""
        index = cls()
        for path in paths:
            try:
                facts = while_unchanged(str(path), _file_facts) if kept else _file_facts(path)
            except OSError:
                continue
            if facts is not None:
                index.add(str(path), *facts)
        return index

    def __bool__(self) -> bool:
        return bool(self._by_parent)

    def add(self, file: str, parents: list[str], placement: Placement,
            loaded: LoadedRecord | None = None) -> None:
        if not placement.confidential or not parents:
            return
        # Records of one child (its reviews) or of siblings placed together keep one placement: one entry.
        same = (placement.address, placement.school, placement.carers, placement.carers_named_to_parents)
        kept = self._placements.get(same)
        if kept is None:
            kept = self._placements[same] = _Kept(file, placement, loaded)
        for parent in parents:
            person = _person(parent)
            entries = self._by_parent.setdefault(person[2], [])
            if (person, kept) not in entries:
                entries.append((person, kept))

    def terms(self, loaded: LoadedRecord) -> list[str]:
        """What of the placements compared with ``loaded`` a message about it must not show."""
        return [t for kept in self._shared(loaded) for t in kept.terms]

    def _shared(self, loaded: LoadedRecord) -> dict[_Kept, list[Recipient]]:
        shared: dict[_Kept, list[Recipient]] = {}
        for reader in _readers(loaded):
            person = _person(reader.name)
            for known, kept in self._by_parent.get(person[2], ()):
                if kept.file != loaded.file and _same_parent(person, known) and reader not in shared.get(kept, []):
                    shared.setdefault(kept, []).append(reader)
        return shared

    def leaks(self, seen: LoadedRecord) -> Iterator[Diagnostic]:
        """Each text of ``seen`` that its parents read and that names a confidential placement of
        another record sent to one of them (the same parent, ``_same_parent``); an error at the text's
        file and line. A
        value ``seen``'s own placement has too (siblings placed together) is its own check's."""
        own = seen.record.placement
        own_values = {(v or "").strip().casefold() for v in (own.address, own.school, own.carers)}
        for kept, shared in self._shared(seen).items():
            hidden = [s for s in kept.secrets if s.part_of.strip().casefold() not in own_values]
            if not hidden:
                continue
            for loc, text, withheld in seen.record.free_texts():
                readers = [r.name for r in shared if not r.kept_as & withheld]
                if not readers:
                    continue
                for secret in found_in(text, hidden)[:1]:
                    whose = f"{kept.child}'s {secret.loc[1]} '{secret.part_of}'"
                    shown = whose if secret.text == secret.part_of else f"'{secret.text}', the {secret.what} of {whose}"
                    yield seen.diagnostic(loc, (
                        f"this names {shown} ({Path(kept.file).name}, line {kept.line_of(secret.loc)}), which is "
                        f"kept from parents because that placement is confidential; "
                        + _sibling_remedy(seen, loc, readers)))


    def streets(self, seen: LoadedRecord) -> Iterator[Diagnostic]:
        """Each text of ``seen`` that its parents read and that names, by its capitals and type, the street
        of another record's confidential home whose name is only generic words ("Ollie lives on Mill Lane
        now."): a warning, as for the child's own (``withholding.generic_street_named``)."""
        from .withholding import generic_street_named

        own = (seen.record.placement.address or "").strip().casefold()
        for kept, shared in self._shared(seen).items():
            if not kept.placement.address or kept.placement.address.strip().casefold() == own:
                continue
            for loc, text, withheld in seen.record.free_texts():
                readers = [r.name for r in shared if not r.kept_as & withheld]
                if readers and (street := generic_street_named(text, kept.placement.address)):
                    yield seen.diagnostic(loc, (
                        f"this names '{street}', the street of {kept.child}'s home ({Path(kept.file).name}), "
                        f"which is kept from parents because that placement is confidential; {' and '.join(readers)} "
                        f"{'are' if len(readers) > 1 else 'is'} sent this copy too; its name is common, so it may "
                        "mean another street, but if it is that child's, take it out, or withhold this item from "
                        "parent"), "warning")


def _sibling_remedy(seen: LoadedRecord, loc, readers: list[str]) -> str:
    """Who reads the text that names a sibling's placement, and what the IRO can do: a venue cannot be
    withheld (a planned review's invitation sends the parent there), only what the format lets be."""
    from ..record.model import WITHHOLDABLE_SECTIONS

    who = f"{' and '.join(readers)} {'are' if len(readers) > 1 else 'is'}"
    if tuple(loc[:2]) == ("review", "venue"):
        if seen.record.review.planned:
            return (f"{who} invited to this meeting, and the invitation gives the venue: hold the meeting, or the "
                    "parents' part of it, somewhere else (for example 'the family centre') and write that venue")
        return f"{who} sent a copy of this review, which gives the venue: reword it (the venue cannot be withheld)"
    if loc[0] in WITHHOLDABLE_SECTIONS:
        return f"{who} sent this copy too: take it out, or withhold this item from parent"
    return f"{who} sent this copy too: reword it (every copy shows this text: it cannot be withheld)"


def sibling_streets(records: Iterable[LoadedRecord]) -> Iterator[Diagnostic]:
    """Warnings: a sibling's confidential home's street of generic words named to the shared parents."""
    records = list(records)
    index = SiblingIndex(records)
    for seen in records:
        yield from index.streets(seen)


def sibling_leaks(records: Iterable[LoadedRecord]) -> Iterator[Diagnostic]:
    """For each two records that send a copy to one parent, each text of one that its parents read,
    checked against the other's confidential placement (``SiblingIndex.leaks``)."""
    records = list(records)
    index = SiblingIndex(records)
    for seen in records:
        yield from index.leaks(seen)


def problems_beside(records: Iterable[LoadedRecord], given: Iterable[str | Path] = ()) -> list[Diagnostic]:
    """The siblings' check of records rendered or validated without their folder (blind review 32, finding 2:
    render of Rhys's record named his sister's confidential carers to dad): each record against the
    confidential placements of the other records in its file's folder (not below it), as a batch of that
    folder and validate of those files check it (``SiblingIndex.leaks``, errors; ``SiblingIndex.streets``,
    warnings). The records themselves and ``given`` (files validate was given, compared with each other by
    ``sibling_leaks``) are left out, so nothing is said twice. Each folder is listed and read once."""
    records = list(records)
    by_folder: dict[str, list[LoadedRecord]] = {}
    for loaded in records:
        if loaded.file and loaded.file != "-":
            by_folder.setdefault(os.path.realpath(os.path.dirname(loaded.file) or "."), []).append(loaded)
    left_out: dict[str, set[str]] = {}
    for path in [*given, *(loaded.file for loaded in records if loaded.file and loaded.file != "-")]:
        left_out.setdefault(os.path.realpath(os.path.dirname(str(path)) or "."), set()).add(os.path.basename(str(path)))
    found: list[Diagnostic] = []
    for folder, here in by_folder.items():
        index = SiblingIndex.from_files((path for path in records_beside(os.path.join(folder, ""))
                                         if os.path.basename(path) not in left_out.get(folder, set())), kept=True)
        if index:
            for loaded in here:
                found += [*index.leaks(loaded), *index.streets(loaded)]
    return found
