"""The batch manifest (one row per copy) and the log of copies marked sent.

The manifest is written as rows arrive, into hidden temporary files next to
the final ones, and renamed into place only when the batch is complete: a
reader never sees half a manifest, and a batch killed part-way leaves the
previous manifest as it was.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import json
import os
import tempfile
from enum import StrEnum
from pathlib import Path
from typing import Iterable, Iterator, TextIO

from ..errors import Category, RecordgenError
from ..support.clock import today
from ..support.files import write_atomically
from .output_folder import file_sha256

MANIFEST_CSV = "manifest.csv"
MANIFEST_JSON = "manifest.json"
SENT_LOG = "sent.csv"
_UMASK = os.umask(0)
os.umask(_UMASK)


class CopyStatus(StrEnum):
    """What a batch made of one copy: the manifest's ``status`` column (its value is what is written)."""

    ready = "ready"
    awaiting_translation = "awaiting_translation"
    stale_translation = "stale_translation"
    invalid_record = "invalid_record"
    failed = "failed"

    @property
    def label(self) -> str:
        """In words, for people: 'awaiting translation'."""
        return self.value.replace("_", " ")


class SendState(StrEnum):
    """What `recordgen send` did with a copy: the manifest's ``send_state`` column ("" not yet)."""

    not_sent = ""
    sending = "sending"
    sent = "sent"
    failed = "failed"
    post_pack = "post_pack"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ") if self.value else "not sent"


def status_label(status: str) -> str:
    """A status as the manifest holds it, in words; one a person typed into the file is shown as it is."""
    return CopyStatus(status).label if status in CopyStatus._value2member_map_ else status.replace("_", " ")


class ManifestError(RecordgenError):
    """A manifest or sent log that cannot be read; the message says why."""

    category = Category.USAGE


@dataclasses.dataclass
class CopyRow:
    """One copy of one record, or one record that could not be used (then recipient is empty)."""

    source: str
    child_id: str = ""
    review_date: str = ""
    recipient: str = ""
    role: str = ""
    language: str = ""
    format: str = ""
    path: str = ""              # relative to the batch's output folder
    sha256: str = ""
    size: int | str = ""
    status: CopyStatus | str = ""
    reason: str = ""
    due_date: str = ""
    working_days_left: int | str = ""
    input_key: str = ""         # what the copy was made from; unchanged -> skipped on a rerun
    band: str = ""              # the child's age band on the review date
    feedback: str = ""          # the reference on the copy's feedback part; "" when it has none
    # Written by `recordgen send`, kept by a batch rerun while the copy is unchanged.
    send_state: SendState | str = ""
    sent_at: str = ""           # UTC, when the server accepted it (or the post pack was made)
    queue_id: str = ""          # the server's id for the message, from its reply to DATA
    message_id: str = ""
    send_reason: str = ""       # why it failed, or what happened to it
    # "" for a copy of a held review's record; "invitation" or "booklet" for a planned review's
    # consultation papers (recordgen consult), due by invitations_by.
    kind: str = ""
    # The day the copy was made (YYYY-MM-DD; kept by a rerun with the copy): no answer to it comes
    # back before. "" in a manifest from before it was recorded, and for a copy not made.
    made: str = ""
    # "yes" for a copy made with parts still in English (--allow-untranslated) under the notice that
    # their translation will follow: the translation is owed to its reader (`report` lists them).
    translation_owed: str = ""
    # An earlier version of this copy (the record corrected and the batch rerun after it was sent):
    # when that one was sent (UTC, as sent_at), so who holds what, and answers to it, keep their day.
    previous_sent_at: str = ""

    def as_dict(self) -> dict:
        return {name: getattr(self, name) for name in FIELDS}  # flat: asdict's deep copy is 20x slower

    def kept(self) -> dict[str, str]:
        """What a rerun keeps of a copy it finds unchanged (the record folder's state file)."""
        state = {"input_key": self.input_key, "sha256": self.sha256, "made": self.made}
        if self.translation_owed:
            state["translation_owed"] = self.translation_owed
        return state


FIELDS = [field.name for field in dataclasses.fields(CopyRow)]
SEND_FIELDS = ("send_state", "sent_at", "queue_id", "message_id", "send_reason")
_INT_FIELDS = {"size", "working_days_left"}


class _ManifestJson:
    """manifest.json's one layout: the header indented, then one copy a line.

    The batch streams rows through it as they arrive and `send` saves every row at
    once, so a manifest `send` saves unchanged keeps the batch's bytes. One copy a line
    with json's C encoder: indent= is pure Python.
    """

    def __init__(self, handle: TextIO, header: dict):
        self._handle = handle
        self._first = True
        # The header without its closing "\n}", so the copies follow it in the same object.
        opening = (json.dumps(header, ensure_ascii=False, indent=1)[:-2] + ",\n") if header else "{\n"
        handle.write(opening + ' "copies": [')

    def add(self, data: dict) -> None:
        self._handle.write(("\n  " if self._first else ",\n  ") + json.dumps(data, ensure_ascii=False))
        self._first = False

    def close(self) -> None:
        self._handle.write("\n ]\n}\n")


def _fsync_and_replace(handle, temporary: Path, final: Path) -> None:
    handle.flush()
    os.fsync(handle.fileno())
    handle.close()
    os.replace(temporary, final)


class ManifestWriter:
    """Streams rows to manifest.csv and manifest.json in ``folder``; ``commit`` puts them in place."""

    def __init__(self, folder: Path, header: dict):
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self._csv_path = self._temporary(".csv")
        self._json_path = self._temporary(".json")
        self._csv_file = open(self._csv_path, "w", encoding="utf-8", newline="")
        self._json_file = open(self._json_path, "w", encoding="utf-8")
        self._csv = csv.DictWriter(self._csv_file, fieldnames=FIELDS)
        self._csv.writeheader()
        self._json = _ManifestJson(self._json_file, header)
        self.rows = 0
        try:  # copies marked sent (`mark-sent`): a version made again keeps the day the one before went
            self._sent_log = read_sent(self.folder / MANIFEST_CSV)
        except ManifestError:
            self._sent_log = {}
        self._delivered = _previous_delivery(self.folder, set(self._sent_log))
        # A copy not made this time (its translation gone stale) has no path: its reader still holds the
        # version sent before, and so does the copy made once the translation is in.
        self._delivered_to = {_reader(row): row for row in self._delivered.values()}

    def _temporary(self, suffix: str) -> Path:
        fd, name = tempfile.mkstemp(prefix=".tmp-manifest-", suffix=suffix, dir=self.folder)
        os.fchmod(fd, 0o666 & ~_UMASK)  # mkstemp's 0600 would hide the manifest from colleagues
        os.close(fd)
        return Path(name)

    def add(self, rows: Iterable[CopyRow]) -> None:
        for row in rows:
            before = (self._delivered.get(row.path) if row.path else None) or self._delivered_to.get(_reader(row))
            if before is not None and before.sha256 == row.sha256 and not row.send_state:
                for name in SEND_FIELDS:  # the same bytes: what happened to them still stands
                    setattr(row, name, getattr(before, name))
                row.previous_sent_at = row.previous_sent_at or before.previous_sent_at
            elif before is not None and not row.previous_sent_at:
                # Made again (the record corrected): the version sent before is still with its reader.
                row.previous_sent_at = (before.sent_at if before.send_state == SendState.sent and before.sent_at
                                        else before.previous_sent_at)
            logged = self._sent_log.get(row.path or (before.path if before is not None else ""))
            if logged is not None and logged.sha256 != row.sha256 and not row.previous_sent_at:
                row.previous_sent_at = logged.sent_on.isoformat()
            data = row.as_dict()
            self._csv.writerow(data)
            self._json.add(data)
            self.rows += 1

    def commit(self) -> None:
        self._json.close()
        _fsync_and_replace(self._csv_file, self._csv_path, self.folder / MANIFEST_CSV)
        _fsync_and_replace(self._json_file, self._json_path, self.folder / MANIFEST_JSON)

    def abandon(self) -> None:
        for handle, path in ((self._csv_file, self._csv_path), (self._json_file, self._json_path)):
            handle.close()
            path.unlink(missing_ok=True)


def _reader(row: CopyRow) -> tuple[str, ...]:
    """Whose copy of which paper a row is, whatever its file."""
    return row.child_id, row.review_date, row.kind, row.role, row.recipient


def _previous_delivery(folder: Path, marked: frozenset[str] | set[str] = frozenset()) -> dict[str, CopyRow]:
    """Copies of the manifest in ``folder`` that `send` has touched or that were ``marked`` sent, by path
    (a copy not made, by its reader). Read a copy at a time and only those kept: the manifest of 30,000
    records has 110,000 rows."""
    path = folder / MANIFEST_JSON

    def kept(row: CopyRow) -> bool:
        return bool(row.send_state or row.previous_sent_at or row.path in marked)

    try:
        try:
            rows = [row for row in _json_rows_one_by_one(path) if kept(row)]
        except _NotTheBatchLayout:  # edited by hand: read whole
            rows = [row for row in read_manifest(path) if kept(row)]
    except ManifestError:
        return {}
    return {row.path or repr(_reader(row)): row for row in rows}


class _NotTheBatchLayout(Exception):
    pass


def _json_rows_one_by_one(path: Path) -> Iterator[CopyRow]:
    """The rows of a manifest.json in the layout recordgen writes (``_ManifestJson``: a copy a
    line), read a line at a time; _NotTheBatchLayout for any other."""
    try:
        handle = open(path, encoding="utf-8", newline="")
    except FileNotFoundError:
        raise ManifestError(f"{path}: no such file") from None
    except OSError as exc:
        raise ManifestError(f"{path}: cannot read it ({exc})") from None
    with handle:
        try:
            for line in handle:
                if line == ' "copies": [\n':
                    break
            else:
                raise _NotTheBatchLayout
            for number, line in enumerate(handle, start=1):
                if line == " ]\n":
                    return
                try:
                    data = json.loads(line.rstrip("\n").removesuffix(","))
                except ValueError:
                    raise _NotTheBatchLayout from None
                if not isinstance(data, dict):
                    raise _NotTheBatchLayout
                try:
                    yield _typed(data)
                except ManifestError as exc:
                    raise ManifestError(f"{path}: row {number}: {exc}") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise ManifestError(f"{path}: cannot read it ({exc})") from None
    raise _NotTheBatchLayout  # it ended before its copies did


def _typed(row: dict) -> CopyRow:
    values = {name: "" if row.get(name) is None else row[name] for name in FIELDS}  # keep a 0
    for name in _INT_FIELDS:
        if values[name] != "":
            try:
                values[name] = int(values[name])
            except (TypeError, ValueError):
                raise ManifestError(f"'{name}' should be a whole number, not {values[name]!r}") from None
    values = {k: v if k in _INT_FIELDS else str(v) for k, v in values.items()}
    # A state a person typed into the file (not one recordgen writes) stays the text it is.
    if values["status"] in CopyStatus._value2member_map_:
        values["status"] = CopyStatus(values["status"])
    if values["send_state"] in SendState._value2member_map_:
        values["send_state"] = SendState(values["send_state"])
    return CopyRow(**values)


def read_manifest(path: str | Path) -> Iterator[CopyRow]:
    """Rows of a manifest.csv or manifest.json; raises ManifestError in plain words."""
    path = Path(path)
    try:
        text = path.read_bytes().decode("utf-8")  # not read_text: it turns a "\r" inside a field into "\n"
    except FileNotFoundError:
        raise ManifestError(f"{path}: no such file; give the manifest.csv or manifest.json a batch wrote") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ManifestError(f"{path}: cannot read it ({exc})") from None
    if path.suffix.lower() == ".json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ManifestError(f"{path}: not valid JSON (line {exc.lineno}: {exc.msg})") from None
        copies = data.get("copies") if isinstance(data, dict) else None
        if not isinstance(copies, list):
            raise ManifestError(f"{path}: not a recordgen manifest (no 'copies' list)")
        rows: Iterable[dict] = copies
    else:
        reader = csv.DictReader(io.StringIO(text))
        if not reader.fieldnames or "status" not in reader.fieldnames or "path" not in reader.fieldnames:
            raise ManifestError(f"{path}: not a recordgen manifest (its first line should name the columns, "
                                "including status and path)")
        rows = reader
    for number, row in enumerate(rows, start=1):
        if not isinstance(row, dict):
            raise ManifestError(f"{path}: entry {number} is not a row of the manifest")
        try:
            yield _typed(row)
        except ManifestError as exc:
            raise ManifestError(f"{path}: row {number}: {exc}") from None


@dataclasses.dataclass(frozen=True)
class Sent:
    path: str
    sha256: str
    sent_on: dt.date
    marked_at: str


SENT_FIELDS = ["path", "sha256", "sent_on", "marked_at"]


def sent_log_path(manifest: str | Path) -> Path:
    return Path(manifest).with_name(SENT_LOG)


def read_sent(manifest: str | Path) -> dict[str, Sent]:
    """Copies marked sent, by manifest path; a batch rerun never touches this file."""
    path = sent_log_path(manifest)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError) as exc:
        raise ManifestError(f"{path}: cannot read it ({exc})") from None
    found: dict[str, Sent] = {}
    for number, row in enumerate(csv.DictReader(io.StringIO(text)), start=2):
        try:
            sent_on = dt.date.fromisoformat(row["sent_on"])
            found[row["path"]] = Sent(row["path"], row["sha256"], sent_on, row.get("marked_at") or "")
        except (KeyError, TypeError, ValueError):
            raise ManifestError(f"{path}:{number}: this line is damaged; it needs path, sha256 and "
                                "sent_on (YYYY-MM-DD)") from None
    return found


def write_sent(manifest: str | Path, entries: dict[str, Sent]) -> None:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=SENT_FIELDS, lineterminator="\n")
    writer.writeheader()
    for entry in sorted(entries.values(), key=lambda e: e.path):
        writer.writerow({"path": entry.path, "sha256": entry.sha256,
                         "sent_on": entry.sent_on.isoformat(), "marked_at": entry.marked_at})
    write_atomically(sent_log_path(manifest), buffer.getvalue().encode("utf-8"))


def _made_after(row: CopyRow, day: dt.date) -> str:
    """Why this copy cannot have gone out on ``day`` (the on-time figure counts it): it was made later,
    or it records a review held later. "" when it could have."""
    try:
        if day < (made := dt.date.fromisoformat(row.made)):
            return f"the copy was made on {made}"
    except ValueError:  # a manifest from before the day made was recorded
        pass
    try:
        if not row.kind and day < (held := dt.date.fromisoformat(row.review_date)):
            return f"the review it records was held on {held}"
    except ValueError:
        pass
    return ""


class MarkSentRefused(RecordgenError):
    """Nothing was marked: the copies asked for are not in the manifest, or the date cannot be right."""

    category = Category.USAGE


@dataclasses.dataclass
class MarkedSent:
    marked: int                                           # copies now in the sent log
    refused: list[str] = dataclasses.field(default_factory=list)  # one line per copy not marked, and why


def mark_sent(manifest: str | Path, copies: Iterable[str] = (), child_id: str | None = None,
              review_date: dt.date | None = None, sent_on: dt.date | None = None) -> MarkedSent:
    """Record in the sent log that copies went out (for the report).

    ``copies`` are paths or file names from the manifest; ``child_id`` adds every
    copy of that child's reviews (of one review with ``review_date``). Only ready
    copies are marked, and only while the file is still the one the manifest lists.
    """
    copies = list(copies)
    if not copies and not child_id:
        raise MarkSentRefused("name the copies (paths or file names from the manifest) or a child's id")
    if review_date and not child_id:
        raise MarkSentRefused("a review date needs a child's id")
    day = sent_on or today()
    if day > today():
        raise MarkSentRefused(f"{day} is in the future")
    rows = [row for row in read_manifest(manifest) if row.recipient]
    wanted = []
    for name in copies:
        matches = [row for row in rows if name in (row.path, Path(row.path).name) and row.path]
        if not matches:
            raise MarkSentRefused(f"{name}: no such copy in {manifest}")
        wanted += matches
    if child_id:
        matches = [row for row in rows if row.child_id == child_id
                   and (review_date is None or row.review_date == review_date.isoformat())]
        if not matches:
            raise MarkSentRefused(f"no copies for child {child_id} in {manifest}")
        wanted += matches
    sent = read_sent(manifest)
    folder = Path(manifest).parent
    result = MarkedSent(0)
    stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    for row in {row.path or row.recipient: row for row in wanted}.values():
        if row.status != CopyStatus.ready:
            result.refused.append(f"{row.path or row.recipient}: not sent, it is {status_label(row.status)}")
            continue
        if file_sha256(folder / row.path) != row.sha256:
            result.refused.append(f"{row.path}: the file is missing or not the one in the manifest; run the batch again")
            continue
        if (before := _made_after(row, day)):
            result.refused.append(f"{row.path}: not marked: sent {day} is before {before}; give the day it went out")
            continue
        sent[row.path] = Sent(row.path, row.sha256, day, stamp)
        result.marked += 1
    if result.marked:
        write_sent(manifest, sent)
    return result
class ManifestStore:
    """A batch's manifest held for `send`: every change is written at once, atomically.

    manifest.json is written first, then manifest.csv, each renamed into place
    after an fsync; so the JSON is never older than the CSV, and `send` reads
    the JSON whenever it is there, whichever of the two it was given.
    """

    def __init__(self, path: str | Path):
        given = Path(path)
        self.folder = given.parent
        json_path = self.folder / MANIFEST_JSON
        self.path = json_path if json_path.is_file() else given
        self.rows = list(read_manifest(self.path))
        self.header: dict = {}
        if self.path.suffix.lower() == ".json":
            data = json.loads(self.path.read_text(encoding="utf-8"))
            self.header = {k: v for k, v in data.items() if k != "copies"}

    def update(self, row: CopyRow, **fields: str) -> None:
        for name, value in fields.items():
            if name not in SEND_FIELDS:
                raise ValueError(f"send may only change {', '.join(SEND_FIELDS)}, not {name}")
            setattr(row, name, value)
        self.save()

    def save(self) -> None:
        text = io.StringIO()
        manifest = _ManifestJson(text, self.header)
        for row in self.rows:
            manifest.add(row.as_dict())
        manifest.close()
        write_atomically(self.folder / MANIFEST_JSON, text.getvalue().encode("utf-8"))
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=FIELDS, lineterminator="\r\n")
        writer.writeheader()
        for row in self.rows:
            writer.writerow(row.as_dict())
        write_atomically(self.folder / MANIFEST_CSV, buffer.getvalue().encode("utf-8"))
        _sync_folder(self.folder)


def _sync_folder(folder: Path) -> None:
    """Make the renames durable too, so a power cut cannot bring back an older state."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def merge_manifests(parts: Iterable[str | Path], folder: str | Path) -> int:
    """Join the manifests of a batch's shards (``batch --shard I/N``) into one in ``folder``.

    Each part's paths are made relative to ``folder``, so `send`, `report` and
    `mark-sent` work on the merged one. Refused (nothing written) when one review or one
    file is in two parts, or the parts were made with different settings of nation or
    working days. Returns the number of rows.
    """
    folder = Path(folder).resolve()
    rows: list[CopyRow] = []
    header: dict = {}
    reviews: dict[tuple[str, str], str] = {}
    paths: set[str] = set()
    names = []
    for part in parts:
        path = Path(part)
        if path.is_dir():
            path = path / MANIFEST_JSON
        if path.suffix.lower() != ".json":
            path = path.with_name(MANIFEST_JSON)
        data = _read_json_manifest(path)
        facts = {k: data.get(k) for k in ("format", "nation", "distribution_working_days", "today")}
        if header and {k: header.get(k) for k in facts} != facts:
            raise ManifestError(f"{path}: made with other settings than the first part "
                                f"({facts} against {({k: header.get(k) for k in facts})}); merge like with like")
        header = header or {k: v for k, v in data.items() if k != "copies"}
        if data.get("example_contacts") is True:  # one part's copies carry them: `send` refuses the whole
            header["example_contacts"] = True
        names.append(str(path))
        seen_here: set[tuple[str, str]] = set()
        for row in read_manifest(path):
            if row.child_id and row.review_date:
                key = (row.child_id, row.review_date)
                if key in reviews and reviews[key] != str(path):
                    raise ManifestError(f"{path}: the review of {row.child_id} on {row.review_date} is also in "
                                        f"{reviews[key]}; each review belongs to one part")
                reviews[key] = str(path)
                seen_here.add(key)
            if row.path:
                row.path = os.path.relpath(path.parent.resolve() / row.path, folder).replace(os.sep, "/")
                if row.path in paths:
                    raise ManifestError(f"{path}: {row.path} is in two parts")
                paths.add(row.path)
            rows.append(row)
    if not names:
        raise ManifestError("give the parts' manifests (or their folders) to merge")
    header["parts"] = names
    store = ManifestStore.__new__(ManifestStore)
    store.folder, store.path, store.rows, store.header = folder, folder / MANIFEST_JSON, rows, header
    folder.mkdir(parents=True, exist_ok=True)
    store.save()
    return len(rows)


def _read_json_manifest(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ManifestError(f"{path}: no such file; give each part's manifest.json or its folder") from None
    except (OSError, ValueError) as exc:
        raise ManifestError(f"{path}: cannot read it as a manifest ({exc})") from None
    if not isinstance(data, dict) or not isinstance(data.get("copies"), list):
        raise ManifestError(f"{path}: not a recordgen manifest (no 'copies' list)")
    return data
