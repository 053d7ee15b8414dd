"""The answers children (and parents) send back on a copy's feedback part: one file per batch folder.

``BATCHDIR/feedback.yaml`` holds one entry per reference: the three answers, when
they came and how (paper or PDF). It names no one: no name, no case number, no
file name (a copy's file name carries both). Which copy an answer is about is
found through the manifest beside it, whose ``feedback`` column holds each
copy's reference (older manifests: worked out again with the council's key).

YAML rather than CSV: the answers are a child's own words, often on several
lines; YAML keeps them exactly and readably, and a spreadsheet never turns a
child's "=..." into a formula. Every write replaces the file atomically, under
a lock, so two people entering answers at once never lose one.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import fcntl
import io
import os
from pathlib import Path
from typing import Iterable

from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError
from ruamel.yaml.scalarstring import DoubleQuotedScalarString

from ..errors import Category, RecordgenError
from ..record.settings import FeedbackSettings
from ..rendering.feedback import feedback_key, normalise_reference, reference_for
from ..support.clock import today
from ..support.files import write_atomically
from .manifest import MANIFEST_CSV, MANIFEST_JSON, CopyRow, ManifestError, SendState, read_manifest, read_sent

ANSWERS_FILE = "feedback.yaml"
_LOCK_FILE = ".feedback.lock"
SENSES = ("yes", "partly", "no")
HOW = ("paper", "pdf")
_FIELDS = ("reference", "sense", "wrong", "change", "received", "how", "entered")
_HEADER = ("# Answers to the feedback part of this batch's copies (recordgen feedback add / import).\n"
           "# One entry per reference; names no one. The manifest beside it says which copy a reference is.\n")
# A child may write a lot; a page holds far less. Past this it is not an answer but a mistake.
MAX_TEXT = 20_000


class FeedbackError(RecordgenError):
    """An answer that cannot be stored, or an answers file that cannot be read; the message says why."""

    category = Category.USAGE


class AlreadyAnswered(FeedbackError):
    """The reference has an answer already; ``replace`` overwrites it."""


@dataclasses.dataclass(frozen=True)
class Answer:
    reference: str
    sense: str = ""          # yes, partly, no, or "" when not answered
    wrong: str = ""          # their words, as written
    change: str = ""
    received: str = ""       # YYYY-MM-DD
    how: str = "paper"       # paper or pdf
    entered: str = ""        # UTC, when it was stored

    def as_dict(self) -> dict[str, str]:
        return {name: getattr(self, name) for name in _FIELDS}


@dataclasses.dataclass(frozen=True)
class Stored:
    answer: Answer
    replaced: bool
    copy: CopyRow
    #: The manifest records the copy as sent (by `send`, or marked with `mark-sent`); an answer for a
    #: copy not recorded as sent is stored, and `feedback add` says to mark it sent.
    sent: bool = True


# ---------------------------------------------------------------- the batch's copies


def manifest_in(folder: Path) -> Path:
    for name in (MANIFEST_JSON, MANIFEST_CSV):
        if (folder / name).is_file():
            return folder / name
    raise FeedbackError(f"{folder}: no manifest.json or manifest.csv here; give the folder a batch wrote "
                        "(--folder BATCHDIR)")


def copy_references(rows: Iterable[CopyRow], settings: FeedbackSettings, recorded: bool = True) -> dict[str, CopyRow]:
    """Every reference printed on a copy of the batch, with its copy.

    ``recorded``: the manifest has the ``feedback`` column ("" there means no part).
    An older manifest's references are worked out with the council's key, for the
    roles the settings give a feedback part to."""
    found: dict[str, CopyRow] = {}
    key = None if recorded else feedback_key(settings)
    for row in rows:
        if not row.recipient or (row.kind and key is not None):
            continue
        reference = row.feedback
        if key is not None and (row.role == "child" or (row.role == "parent" and settings.parents)):
            reference = reference_for(key, row.child_id, row.review_date, row.role, row.recipient)
        if reference:
            found[reference] = row
    return found


def batch_references(folder: Path, settings: FeedbackSettings) -> dict[str, CopyRow]:
    manifest = manifest_in(folder)
    try:
        rows = list(read_manifest(manifest))
        with open(manifest, encoding="utf-8") as handle:
            recorded = '"feedback": ' in handle.read() if manifest.suffix == ".json" else "feedback" in handle.readline()
    except (ManifestError, OSError) as exc:
        raise FeedbackError(str(exc)) from None
    return copy_references(rows, settings, recorded)


def check_reference(typed: str, references: dict[str, CopyRow], folder: Path, settings: FeedbackSettings) -> str:
    """The reference as printed, if it is one of this batch's copies; else a FeedbackError saying why."""
    reference = normalise_reference(typed)
    if not reference:
        raise FeedbackError(f"'{typed}' is not a feedback reference: a reference is 8 letters and digits, "
                            "like 7KQ2-M9XD, as printed at the end of the copy")
    if reference not in references:
        hint = (f" If the copies were made with {settings.key_env} set to the council's key, set it again."
                if settings.key_env and not os.environ.get(settings.key_env) else "")
        raise FeedbackError(f"{reference} is not the reference of any copy in {folder}: check it against the "
                            f"page, and that this is the batch the copy came from.{hint}")
    row = references[reference]
    if row.kind:  # a planned review's paper: only a held review's record is asked about
        raise FeedbackError(f"{reference} is the reference of a consultation {row.kind} for the review planned on "
                            f"{row.review_date}, not of a review's record: a booklet's answers go into the record "
                            "with `recordgen consult import`, and feedback is stored for records of reviews held")
    return reference


# ---------------------------------------------------------------- the answers file


def _yaml() -> YAML:
    yaml = YAML(typ="rt", pure=True)
    yaml.default_flow_style = False
    yaml.width = 4096
    yaml.allow_unicode = True
    return yaml


def read_answers(folder: str | Path) -> dict[str, Answer]:
    """The answers stored for a batch, by reference; {} when there are none yet."""
    path = Path(folder) / ANSWERS_FILE
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError) as exc:
        raise FeedbackError(f"{path}: cannot read it ({exc})") from None
    try:
        data = _yaml().load(text)
    except YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}" if mark is not None else ""
        raise FeedbackError(f"{path}{where}: not valid YAML ({getattr(exc, 'problem', None) or exc})") from None
    entries = (data or {}).get("answers") if isinstance(data, dict) or data is None else None
    if entries is None and data:
        raise FeedbackError(f"{path}: not a recordgen answers file (it should have an 'answers' list)")
    found: dict[str, Answer] = {}
    for number, entry in enumerate(entries or [], start=1):
        line = entry.lc.line + 1 if hasattr(entry, "lc") else None
        where = f"{path}:{line}" if line else f"{path}: entry {number}"
        if not isinstance(entry, dict) or not isinstance(entry.get("reference"), str):
            raise FeedbackError(f"{where}: each answer needs a reference")
        values = {name: "" if entry.get(name) is None else str(entry.get(name)) for name in _FIELDS}
        if values["sense"] not in ("", *SENSES):
            raise FeedbackError(f"{where}: sense is '{values['sense']}'; it can be yes, partly or no")
        if values["reference"] in found:
            raise FeedbackError(f"{where}: {values['reference']} has two answers; keep one")
        found[values["reference"]] = Answer(**values)
    return found


def answers_text(answers: Iterable[Answer]) -> str:
    buffer = io.StringIO()
    buffer.write(_HEADER)
    # A child's words double-quoted: every character (a line break, NEL, a tab) escaped and read back exactly.
    entries = [{k: DoubleQuotedScalarString(v) if k in ("wrong", "change") else v
                for k, v in a.as_dict().items() if v or k in ("reference", "sense")} for a in answers]
    _yaml().dump({"answers": entries}, buffer)
    return buffer.getvalue()


class _Locked:
    """One writer at a time per batch folder (flock: released if the process dies)."""

    def __init__(self, folder: Path):
        self.path = folder / _LOCK_FILE

    def __enter__(self) -> None:
        self.fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o666)
        fcntl.flock(self.fd, fcntl.LOCK_EX)

    def __exit__(self, *exc_info) -> None:
        fcntl.flock(self.fd, fcntl.LOCK_UN)
        os.close(self.fd)


def _text(value: str | None, what: str) -> str:
    if value is None:
        return ""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise FeedbackError(f"the {what} answer is not valid text (it has bytes that are no character)") from None
    if len(value) > MAX_TEXT:
        raise FeedbackError(f"the {what} answer is {len(value)} characters long; at most {MAX_TEXT} are kept")
    return value


def _check_not_before_copy(reference: str, day: dt.date, row: CopyRow) -> None:
    """No answer comes back before the copy it answers was made: the manifest's day for the copy
    (kept by a rerun with the copy; not the batch's date, which a rerun changes), else, in a
    manifest from before it was recorded, the review's day (a copy is made once it is held)."""
    try:
        made = dt.date.fromisoformat(row.made)
    except ValueError:
        made = None
    try:  # an earlier version of the copy (the record corrected after it was sent) was with its reader then
        sent_before = dt.date.fromisoformat(row.previous_sent_at[:10])
    except ValueError:
        sent_before = None
    if made is not None and sent_before is not None:
        made = min(made, sent_before)
    if made is not None and day < made:
        raise FeedbackError(f"{reference}: received {day} is before the copy was made on {made}; give the day "
                            "the answer came back")
    try:
        review = dt.date.fromisoformat(row.review_date)
    except ValueError:
        return
    if day < review:
        raise FeedbackError(f"{reference}: received {day} is before the copy was made: it is a copy of the record "
                            f"of the review held on {review}, made after it; give the day the answer came back")


def store_answers(folder: str | Path, answers: list[Answer], replace: bool, settings: FeedbackSettings,
                  references: dict[str, CopyRow] | None = None) -> list[Stored]:
    """Store answers (all or none) in the batch folder's answers file, written atomically.

    Each reference must be of a copy in the batch; one that has an answer already
    needs ``replace``. Raises FeedbackError (AlreadyAnswered) and stores nothing."""
    folder = Path(folder)
    references = batch_references(folder, settings) if references is None else references
    checked = []
    for answer in answers:
        reference = check_reference(answer.reference, references, folder, settings)
        if answer.sense not in ("", *SENSES):
            raise FeedbackError(f"sense is '{answer.sense}'; it can be yes, partly or no")
        if answer.how not in HOW:
            raise FeedbackError(f"how is '{answer.how}'; it can be paper or pdf")
        if answer.received:
            try:
                day = dt.date.fromisoformat(answer.received)
            except ValueError:
                raise FeedbackError(f"received '{answer.received}' is not a date (YYYY-MM-DD)") from None
            if day > today():
                raise FeedbackError(f"received {answer.received} is in the future")
            _check_not_before_copy(reference, day, references[reference])
        if not (answer.sense or answer.wrong.strip() or answer.change.strip()):
            raise FeedbackError(f"{reference}: nothing to store: give --sense, --wrong or --change")
        checked.append(dataclasses.replace(answer, reference=reference, wrong=_text(answer.wrong, "wrong"),
                                           change=_text(answer.change, "change")))
    stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    with _Locked(folder):
        stored = read_answers(folder)
        result = []
        for answer in checked:
            before = stored.get(answer.reference)
            if before is not None and not replace:
                raise AlreadyAnswered(f"{answer.reference} has an answer already (entered {before.entered or 'earlier'}, "
                                      f"{before.how}); give --replace to put this one in its place")
            stored[answer.reference] = dataclasses.replace(
                answer, received=answer.received or today().isoformat(), entered=stamp)
            row = references[answer.reference]
            result.append(Stored(stored[answer.reference], before is not None, row, _recorded_as_sent(folder, row)))
        write_atomically(folder / ANSWERS_FILE, answers_text(sorted(stored.values(), key=lambda a: a.reference))
                         .encode("utf-8"))
    return result


def _recorded_as_sent(folder: Path, row: CopyRow) -> bool:
    """Sent by `send` (email, or a post pack made) or marked with `mark-sent`, as `report` counts it."""
    if row.send_state == SendState.sent and row.sent_at:
        return True
    try:
        return bool(row.path) and row.path in read_sent(manifest_in(folder))
    except (ManifestError, FeedbackError):
        return False


def import_pdfs(pdfs: Iterable[str | Path], folder: str | Path, replace: bool,
                settings: FeedbackSettings, passwords: Iterable[str] = ()) -> tuple[list[Stored], list[str]]:
    """Store the answers filled in on returned PDF copies; (stored, one line per PDF refused and why).

    A PDF without a reference field (not a copy's feedback page), or whose reference
    is not of a copy in ``folder``'s batch, is refused; the others are stored. A copy sent
    encrypted comes back locked: ``passwords`` are tried on it."""
    from ..pdf.forms import FormError, read_fields
    from .booklet_form import REFERENCE_FIELD as BOOKLET_FIELD

    folder = Path(folder)
    passwords = list(passwords)
    references = batch_references(folder, settings)   # no manifest: nothing can be checked, stop here
    stored: list[Stored] = []
    refused: list[str] = []
    for given in pdfs:
        path = Path(given)
        try:
            fields = read_fields(path, passwords)
        except FormError as exc:
            refused.append(str(exc))
            continue
        booklet = fields.get(BOOKLET_FIELD, "").strip()
        if booklet and not fields.get("reference", "").strip():
            refused.append(f"{path}: this is a consultation booklet ({booklet}): read it into the record with "
                           f"`recordgen consult import {path} RECORD`")
            continue
        if not fields.get("reference", "").strip():
            refused.append(f"{path}: has no feedback reference field (not the PDF of a copy, or the form was "
                           "removed); type the answers in with `recordgen feedback add`")
            continue
        answer = Answer(fields["reference"].strip(), sense=fields.get("sense", ""), wrong=fields.get("wrong", ""),
                        change=fields.get("change", ""), how="pdf")
        try:
            stored += store_answers(folder, [answer], replace, settings, references)
        except FeedbackError as exc:
            refused.append(f"{path}: {exc}")
    return stored, refused
