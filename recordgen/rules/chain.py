"""The reviews of one child among the records given together (a batch, ``actions``, ``validate``).

A record says nothing of the reviews after it, yet its copies tell the next review: when a later
record of the same child (``child.id``) is among the inputs, held or planned, that is the next
review, not the latest lawful date. And "any more" about the plan reads as "it was right last time":
the earlier record, when given, says whether it was. A record rendered on its own (``beside``) takes
them from the child's other records in its own folder, as a batch of that folder would: a copy
reprinted later tells what the one sent told."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import Iterable
from ..record.model import plan_found_right
from ..record.naming import records_beside
from ..support import regexes
from ..support.files import while_unchanged
from ..support.memo import per_record


_FIRST_ID = regexes.compile(rb"""["']?\bid["']?\s*:\s*["']?([^"'\r\n#,}]+)""")


@dataclasses.dataclass(frozen=True)
class ChainEntry:
    file: str
    date: dt.date
    planned: bool
    sequence: int | None
    still_right: bool | None
    #: Where the child lived ("carers | address", as written, spaces and case evened), or None.
    home: str | None = None


def _as_date(value) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


def entry_from_data(file: str, data) -> tuple[str, ChainEntry] | None:
    """(child id, entry) from a record's parsed data, or None when it lacks them."""
    if not isinstance(data, dict):
        return None
    child, review, plan = data.get("child"), data.get("review"), data.get("care_plan")
    if not isinstance(child, dict) or not isinstance(review, dict):
        return None
    child_id, date = child.get("id"), _as_date(review.get("date"))
    if not isinstance(child_id, str) or not child_id.strip() or date is None:
        return None
    sequence = review.get("sequence")
    still = plan.get("still_right") if isinstance(plan, dict) else None
    placement = data.get("placement")
    parts = [placement.get(key) for key in ("carers", "address")] if isinstance(placement, dict) else []
    home = " | ".join(" ".join(str(part).split()).casefold() for part in parts if isinstance(part, str)) or None
    return child_id.strip(), ChainEntry(
        file=file, date=date, planned=str(review.get("status", "held")).strip().lower() == "planned",
        sequence=sequence if isinstance(sequence, int) and not isinstance(sequence, bool) else None,
        still_right=plan_found_right(still), home=home)


class ChainIndex:
    """Each child's reviews among the inputs, by date."""

    def __init__(self) -> None:
        self._by_child: dict[str, list[ChainEntry]] = {}

    @classmethod
    def from_files(cls, paths: Iterable[str | Path]) -> "ChainIndex":
        from ..record.loading import parse_file

        # Read whole only the files whose child id (its first "id:", as a record is laid out) is in
        # another file too: a batch of 30,000 children, most with one review each, is not parsed twice.
        by_id: dict[bytes | None, list[tuple[str | Path, bytes]]] = {}
        for path in paths:
            try:
                source = Path(path).read_bytes()
            except OSError:
                continue
            found = _FIRST_ID.search(source)
            by_id.setdefault(found.group(1).strip() if found else None, []).append((path, source))
        index = cls()
        for key, files in by_id.items():
            if key is not None and len(files) < 2:
                continue
            for path, source in files:
                try:
                    data, _lines = parse_file(path, source)
                except Exception:  # noqa: BLE001 - unreadable: validate/batch say so on their own
                    continue
                found = entry_from_data(str(path), data)
                if found is not None:
                    index.add(*found)
        return index

    def add(self, child_id: str, entry: ChainEntry) -> None:
        entries = self._by_child.setdefault(child_id, [])
        if not any(e.file == entry.file for e in entries):
            entries.append(entry)
            entries.sort(key=lambda e: (e.date, e.file))

    def __bool__(self) -> bool:
        return any(len(v) > 1 for v in self._by_child.values())

    def reviews(self, child_id: str) -> list[ChainEntry]:
        return list(self._by_child.get(child_id, []))

    def after(self, child_id: str, date: dt.date) -> ChainEntry | None:
        """The child's next review after ``date`` among the inputs, held or planned."""
        return next((e for e in self._by_child.get(child_id, []) if e.date > date), None)

    def before(self, child_id: str, date: dt.date) -> ChainEntry | None:
        """The child's last held review before ``date`` among the inputs."""
        earlier = [e for e in self._by_child.get(child_id, []) if e.date < date and not e.planned]
        return earlier[-1] if earlier else None

    def moved_after(self, child_id: str, date: dt.date) -> bool:
        """A later record of the child among the inputs gives another home (carers or address) than
        the one of ``date``: the child has moved since that review."""
        entries = self._by_child.get(child_id, [])
        then = next((e.home for e in entries if e.date == date), None)
        return then is not None and any(e.home is not None and e.home != then for e in entries if e.date > date)

    def key(self, child_id: str, date: dt.date) -> bytes:
        """What a copy of that review takes from the others: part of a batch's input key."""
        from ..support.clock import today

        nxt, prev = self.after(child_id, date), self.before(child_id, date)
        passed = nxt is not None and nxt.planned and nxt.date < today()  # a planned day gone by: not told
        return (f"next={nxt.date.isoformat() if nxt else '-'}:{nxt.planned if nxt else '-'}:{passed}"
                f"|prev={prev.still_right if prev else '-'}|moved={self.moved_after(child_id, date)}").encode()


#: How much of a file ``beside`` reads for its first "id:", which a record gives near its top.
_HEAD = 65536


def _first_id(path: str) -> bytes | None:
    """The file's first "id:", as ``ChainIndex.from_files`` reads it (stripped), or None: from its
    head when it is there, else from the whole file."""
    with open(path, "rb") as handle:
        source = handle.read(_HEAD)
        found = _FIRST_ID.search(source)
        if len(source) == _HEAD and (found is None or found.end() == len(source)):
            source += handle.read()
            found = _FIRST_ID.search(source)
    return found.group(1).strip() if found is not None else None


def _first_id_is(path: str, wanted: bytes) -> bool:
    """Whether the file's first "id:" (``_first_id``) is ``wanted``, without the pattern when the id is
    nowhere in a small file (most): for a file changed just now, read each time."""
    with open(path, "rb") as handle:
        source = handle.read(_HEAD)
        if len(source) < _HEAD and wanted not in source:
            return False
    return _first_id(path) == wanted


def _entry(path: str) -> tuple[str, ChainEntry] | None:
    """(child id, entry) of a record file, or None when it lacks them or cannot be parsed."""
    from ..record.loading import parse_file

    try:
        data, _lines = parse_file(path)
    except OSError:
        raise
    except Exception:  # noqa: BLE001 - unreadable: a batch lists it on its own
        return None
    return entry_from_data(path, data)


@per_record
def beside(record, file: str, together: frozenset[str] = frozenset()) -> ChainIndex | None:
    """The reviews of ``record``'s child among the records in its file's folder (not below it), as a
    batch of that folder finds them (``find_record_files``' names; the child id and dates alone, read
    as ``ChainIndex.from_files`` reads them; unreadable ones left out quietly, as the batch lists them
    on their own), with ``record`` itself as it is (a form not saved yet); None when there are none.
    Only files whose first "id:" is the child's are parsed: a folder of many children costs a read of
    each file's head, once in a process while the file is unchanged (``while_unchanged``). ``file``: where the
    record is or will be saved ("-": nowhere, so none). ``together``: files (absolute paths) checked
    with it, whose reviews the caller takes on its own (``validate`` of a whole folder:
    ``sequence_problems``), not read again for each record."""
    import os

    others = records_beside(file)
    if not others:
        return None
    wanted = record.child.id.strip().encode("utf-8")
    index = ChainIndex()
    for other in others:
        if together and os.path.abspath(other) in together:
            continue
        try:
            if while_unchanged(other, _first_id, lambda path: wanted if _first_id_is(path, wanted) else None) != wanted:
                continue
            found = while_unchanged(other, _entry)
        except OSError:
            continue
        if found is not None:
            index.add(*found)
    if not index.reviews(record.child.id.strip()):
        return None
    own = entry_from_data(str(file), record.model_dump(mode="json"))
    if own is not None:
        index.add(*own)
    return index or None


def next_told(record, chain: ChainIndex | None) -> ChainEntry | None:
    """The child's next review among ``chain`` as the copies tell it, held or planned (its day, not the
    latest lawful one nor a ``next_review.date`` the record gave before it was held or planned: blind
    review 27, 13a), or None: none there, or a planned one whose day has gone by, not recorded held,
    which may have moved. What `render` tells, `dates` gives (``timescales.review_dates(next_on=)``)."""
    from ..support.clock import today

    if chain is None:
        return None
    later = chain.after(record.child.id, record.review.date)
    if later is None or (later.planned and later.date < today()):
        return None
    return later


def lawful_limit_passed(record, later: dt.date, timescales=None) -> dt.date | None:
    """The latest lawful date of the review after ``record``'s (rules/timescales.py: 3 months after the
    first review, 6 after the others), when the child's next review among the inputs, on ``later``, is
    after it; else None."""
    from .timescales import review_dates

    try:
        limit = review_dates(record, timescales).next_review_latest
    except ValueError:
        return None  # validate says why
    return limit if later > limit else None


def told_late_next(loaded, later: ChainEntry | None, timescales=None):
    """An error for a held record whose copies would give as their next review's day a planned review
    among the inputs (``later``) that is after the lawful limit, as for a ``next_review.date`` after it:
    the copies would tell the child an unlawful date as settled. None when there is no such review, the
    record gives its own next_review.date (checked on its own), or the planned day has gone by (the
    copies do not tell it)."""
    from ..support.clock import today

    record = loaded.record
    if later is None or not later.planned or record.review.planned or later.date < today() \
            or (record.next_review is not None and record.next_review.date):
        return None
    limit = lawful_limit_passed(record, later.date, timescales)
    if limit is None:
        return None
    return loaded.diagnostic(("review", "date"), (
        f"the next review, planned on {later.date} ({later.file}), is later than the law allows: after this "
        f"review it is due by {limit}, and the copies would tell everyone {later.date} as its day; bring that "
        f"review forward, or give next_review.date"))


def sequence_problems(records, timescales=None) -> list:
    """Diagnostics for ``review.sequence`` across the reviews of one child checked together: it rises by
    one with each review date. A copied record left at the earlier number reads as an earlier review
    (the first review's timescales, 3 months not 6); a jump says reviews between are missing or it is
    mistyped. And a review after the lawful limit that the review before it sets (``told_late_next``;
    a warning at the later review). ``records``: LoadedRecord objects."""
    by_child: dict[str, list] = {}
    for loaded in records:
        by_child.setdefault(loaded.record.child.id, []).append(loaded)
    found = []
    for child_id, reviews in by_child.items():
        reviews = sorted(reviews, key=lambda r: (r.record.review.date, str(r.file)))
        for before, after in zip(reviews, reviews[1:]):
            one, two = before.record.review, after.record.review
            if two.date == one.date:
                continue  # one review in two files: `actions` and `batch` say so
            limit = lawful_limit_passed(before.record, two.date, timescales)
            if limit is not None:
                done = "planned" if two.planned else "held"
                found.append(after.diagnostic(("review", "date"), (
                    f"{done} on {two.date}, later than the law allows: after {child_id}'s review of {one.date} "
                    f"({before.file}) the next is due by {limit}"
                    + ("; hold it by then" if two.planned else "")), "warning"))
                told = told_late_next(before, ChainEntry(str(after.file), two.date, two.planned, two.sequence, None),
                                      timescales)
                if told is not None:
                    found.append(told)
            if two.sequence <= one.sequence:
                found.append(after.diagnostic(("review", "sequence"),
                    f"sequence {two.sequence}, but {child_id} already had review {one.sequence} on {one.date} "
                    f"({before.file}): this is review {one.sequence + 1} (the sequence sets the timescales: "
                    "3 months after the first review, 6 after the others)"))
            elif two.sequence > one.sequence + 1:
                found.append(after.diagnostic(("review", "sequence"),
                    f"sequence {two.sequence}, but {child_id}'s review before it, on {one.date} ({before.file}), "
                    f"is review {one.sequence}: this is review {one.sequence + 1} unless records of the reviews "
                    "between are missing", "warning"))
    return found
