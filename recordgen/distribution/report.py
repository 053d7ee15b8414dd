"""The distribution report: per review, its due date and where each copy stands; and the totals
business support and the IRO service manager are asked for.

A review counts as distributed on time when every copy in its manifest was
sent (by `recordgen send`, or marked with `mark-sent`) on or before its
distribution due date. The percentage is over the reviews that are due by the
report date, plus any already distributed early (a review not yet due and not
yet sent is neither late nor on time).

Many manifests (a folder of batches, such as a year's) give the figures the
councils report: reviews held, the on-time percentage by month of the review,
overdue now, and the median working days from review to sending.
"""

from __future__ import annotations

import base64
import csv
import dataclasses
import datetime as dt
import html
import io
import statistics
import unicodedata
from enum import StrEnum
from pathlib import Path
from typing import Iterable

from ..support.files import write_atomically
from ..rules.timescales import working_days_between
from ..record.settings import FeedbackSettings
from .feedback import Answer, batch_references, read_answers
from .manifest import (
    MANIFEST_CSV, MANIFEST_JSON, CopyRow, CopyStatus, ManifestError, SendState, Sent, read_manifest, read_sent,
)


class Delivery(StrEnum):
    """Where a copy is, as the report counts it: sent, or still its batch status."""

    sent = "sent"
    ready = "ready"
    awaiting_translation = "awaiting_translation"
    stale_translation = "stale_translation"
    failed = "failed"
    invalid_record = "invalid_record"

    @property
    def label(self) -> str:
        """In words, for people: 'stale translation'."""
        return self.value.replace("_", " ")


#: Copies waiting for their translation.
_WAITING = (Delivery.awaiting_translation, Delivery.stale_translation)


@dataclasses.dataclass
class CopyState:
    row: CopyRow
    state: Delivery | str           # a status a person typed into the manifest stays as its text
    sent_on: dt.date | None = None
    note: str = ""                  # e.g. the copy changed after it was sent
    reference: str = ""             # its feedback part's reference; "" when it has none
    answer: Answer | None = None    # what came back on it (recordgen feedback add / import)


@dataclasses.dataclass
class ReviewLine:
    child_id: str
    review_date: str
    source: str
    due: dt.date | None
    copies: list[CopyState]
    days_left: int | None = None    # working days from the report date to the due date
    sent_days_early: int | None = None  # once all were sent: working days from that day to the due day
    manifest: str = ""              # the batch it came from, when a report reads many

    @property
    def invalid(self) -> bool:
        return any(c.state == Delivery.invalid_record for c in self.copies)

    @property
    def consultation(self) -> bool:
        """A planned review's invitations and booklets (due by invitations_by), not a record's copies."""
        return any(c.row.kind for c in self.copies)

    @property
    def distributed(self) -> bool:
        return not self.invalid and bool(self.copies) and all(c.state == Delivery.sent for c in self.copies)

    @property
    def distributed_on(self) -> dt.date | None:
        return max(c.sent_on for c in self.copies) if self.distributed else None  # type: ignore[type-var]

    @property
    def on_time(self) -> bool:
        return self.distributed and self.due is not None and self.distributed_on <= self.due  # type: ignore[operator]

    def overdue(self, as_of: dt.date) -> bool:
        return not self.distributed and self.due is not None and as_of > self.due

    def unsent(self) -> list[CopyState]:
        return [c for c in self.copies if c.state != Delivery.sent]

    def status(self, as_of: dt.date) -> str:
        if self.invalid:
            return "invalid record"
        if self.distributed and self.consultation:
            return "invitations sent on time" if self.on_time else "invitations sent late"
        if self.distributed:
            return "distributed on time" if self.on_time else "distributed late"
        if self.overdue(as_of):
            return "OVERDUE"
        waiting = [c for c in self.copies if c.state in _WAITING]
        if waiting:
            held = sorted(c.note.removeprefix("an earlier version was sent on ") for c in waiting
                          if c.note.startswith("an earlier version was sent on "))
            return "waiting for translation" + (
                f" (an earlier version of {len(held)} sent on {held[0]}; send the new one when the translation "
                "is in)" if held else "")
        if any(c.state == Delivery.failed for c in self.copies):
            return "copy failed"
        sent = sum(c.state == Delivery.sent for c in self.copies)
        corrected = sorted(c.note.removeprefix("changed after it was sent on ")[:10] for c in self.copies
                           if c.state == Delivery.ready and c.note.startswith("changed after it was sent on "))
        if corrected:  # the readers hold the earlier version: the new one is a correction to send
            return (f"{sent} of {len(self.copies)} sent" if sent else "ready to send") + \
                f" (an earlier version of {len(corrected)} sent on {corrected[0]}; corrected since: resend)"
        return f"{sent} of {len(self.copies)} sent" if sent else "ready to send"


@dataclasses.dataclass
class Report:
    as_of: dt.date
    reviews: list[ReviewLine]

    @property
    def counted(self) -> list[ReviewLine]:
        """Reviews that count towards the on-time figure: due by now, or already distributed
        (records only: a planned review's invitations are counted in ``invitations``)."""
        return [r for r in self.reviews if r.due is not None and (r.distributed or r.due < self.as_of)
                and not r.consultation]

    @property
    def invitations(self) -> list[ReviewLine]:
        """Planned reviews whose invitations and booklets were due by now, or have all been sent."""
        return [r for r in self.reviews if r.consultation and r.due is not None
                and (r.distributed or r.due < self.as_of)]

    @property
    def on_time(self) -> int:
        return sum(r.on_time for r in self.counted)

    @property
    def percent_on_time(self) -> float | None:
        counted = len(self.counted)
        return round(100.0 * self.on_time / counted, 1) if counted else None

    def overdue(self) -> list[ReviewLine]:
        return sorted((r for r in self.reviews if r.overdue(self.as_of)), key=lambda r: (r.due, r.child_id))

    def awaiting_translation(self) -> list[tuple[ReviewLine, CopyState]]:
        return [(r, c) for r in self.reviews for c in r.copies
                if c.state in _WAITING]

    def translation_owed(self) -> list[tuple[ReviewLine, CopyState]]:
        """Copies made with parts in English, whose notice tells the reader the translation will follow."""
        return [(r, c) for r in self.reviews for c in r.copies
                if c.row.translation_owed == "yes" and c.state in (Delivery.ready, Delivery.sent)]


def build_report(rows: Iterable[CopyRow], sent: dict[str, Sent], as_of: dt.date,
                 nation: str = "england", manifest: str = "") -> Report:
    by_review: dict[tuple[str, str, str], ReviewLine] = {}
    for row in rows:
        key = (row.child_id, row.review_date, row.source) if row.child_id else ("", "", row.source)
        line = by_review.get(key)
        if line is None:
            due = dt.date.fromisoformat(row.due_date) if row.due_date else None
            line = by_review[key] = ReviewLine(row.child_id, row.review_date, row.source, due, [],
                                               manifest=manifest)
            if due is not None:
                line.days_left = working_days_between(as_of, due, nation)
        line.copies.append(_copy_state(row, sent.get(row.path) if row.path else None, as_of))
    for line in by_review.values():
        if line.distributed and line.due is not None:
            line.sent_days_early = working_days_between(line.distributed_on, line.due, nation)
    reviews = sorted(by_review.values(), key=lambda r: (r.due or dt.date.max, r.child_id, r.review_date))
    return Report(as_of, reviews)


def _emailed_on(row: CopyRow) -> dt.date | None:
    """The day `recordgen send` handed the copy to the mail server (UTC), if it did."""
    if row.send_state != SendState.sent or not row.sent_at:
        return None
    try:
        return dt.date.fromisoformat(row.sent_at[:10])
    except ValueError:
        return None


def _copy_state(row: CopyRow, sent: Sent | None, as_of: dt.date) -> CopyState:
    if row.status != CopyStatus.ready:
        status = row.status or CopyStatus.failed
        # Its reader holds a version sent before (the translation gone stale since): they are owed the new one.
        before = row.previous_sent_at[:10] if row.previous_sent_at[:10] <= as_of.isoformat() else ""
        return CopyState(row, Delivery(status) if status in Delivery._value2member_map_ else status,
                         note=f"an earlier version was sent on {before}" if before else "")
    emailed = _emailed_on(row)
    if emailed is not None and emailed <= as_of and (sent is None or sent.sent_on > emailed
                                                      or sent.sha256 != row.sha256):
        return CopyState(row, Delivery.sent, emailed)
    if (sent is None or sent.sent_on > as_of) and row.previous_sent_at[:10] and row.previous_sent_at[:10] <= as_of.isoformat():
        # Made again after an earlier version went (mark-sent again since writes over the log's line).
        return CopyState(row, Delivery.ready, note=f"changed after it was sent on {row.previous_sent_at[:10]}; "
                                                   "send the new copy")
    if sent is None or sent.sent_on > as_of:
        return CopyState(row, Delivery.ready)
    if sent.sha256 != row.sha256:
        return CopyState(row, Delivery.ready, note=f"changed after it was sent on {sent.sent_on}; send the new copy")
    return CopyState(row, Delivery.sent, sent.sent_on)


def _label(state: Delivery | str) -> str:
    return state.label if isinstance(state, Delivery) else state.replace("_", " ")


def _days(review: ReviewLine, as_of: dt.date) -> str:
    """The working days left to the due day, or over it once it has passed, as `actions` says them: a
    Friday's deadline on the Sunday is "0 working days over (passed 2 days ago)", never "0 left"."""
    if review.distributed and review.due is not None and review.sent_days_early is not None:
        # Sent: how early or late, as the status says; the days to the report date would read as
        # "2 working days over" beside "sent on time".
        return _sent_when(review.sent_days_early, review.distributed_on, review.due)
    days = review.days_left
    if days is None or review.due is None:
        return ""
    plural = "s" if abs(days) != 1 else ""
    if review.due >= as_of:
        return f"{days} working day{plural} left"
    passed = (as_of - review.due).days
    return f"{-days} working day{plural} over" + (
        f" (passed {passed} day{'s' if passed != 1 else ''} ago)" if days == 0 else "")


def _sent_when(early: int, sent: dt.date, due: dt.date) -> str:
    """A distributed review's "when": "sent 2 working days early", "sent on the due day", "sent 1 working
    day late"; sent over the weekend after a Friday's due day, "sent 0 working days late (1 day after)"."""
    if sent <= due:
        plural = "s" if early != 1 else ""
        return "sent on the due day" if sent == due else f"sent {early} working day{plural} early"
    late = -early
    after = (sent - due).days
    return f"sent {late} working day{'s' if late != 1 else ''} late" + (
        f" ({after} day{'s' if after != 1 else ''} after)" if late == 0 else "")


def format_table(report: Report, distribution_days: int = 20) -> str:
    """The report as text for a terminal or an email."""
    out = io.StringIO()
    header = ("child id", "review", "due", "when", "copies", "status")
    lines = [header]
    for review in report.reviews:
        sent = sum(c.state == Delivery.sent for c in review.copies)
        copies = "" if review.invalid else f"{sent}/{len(review.copies)} sent"
        lines.append((review.child_id or review.source, review.review_date,
                      review.due.isoformat() if review.due else "", _days(review, report.as_of), copies,
                      review.status(report.as_of)))
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    for line in lines:
        out.write("  ".join(cell.ljust(width) for cell, width in zip(line, widths)).rstrip() + "\n")
    counted = len(report.counted)
    percent = report.percent_on_time
    # A review's papers and its record are two lines but one review.
    count = len({(r.child_id, r.review_date) if r.child_id else id(r) for r in report.reviews})
    out.write(f"\nAs of {report.as_of.isoformat()}: {count} review(s).\n")
    if percent is None:
        out.write(f"Distributed within {distribution_days} working days: no review is due yet.\n")
    else:
        out.write(f"Distributed within {distribution_days} working days: {report.on_time} of {counted} "
                  f"due ({percent:g}%).\n")
    invitations = report.invitations
    if invitations:
        on_time = sum(r.on_time for r in invitations)
        out.write(f"Invitations and booklets sent on time (by invitations_by): {on_time} of {len(invitations)} "
                  f"planned review(s) due ({100.0 * on_time / len(invitations):.1f}%).\n")
    overdue = report.overdue()
    out.write(f"\nOverdue ({len(overdue)}):\n" if overdue else "\nOverdue: none.\n")
    for review in overdue:
        who = ", ".join(f"{c.row.recipient} ({c.row.role}, {c.row.kind + ', ' if c.row.kind else ''}"
                        f"{_label(c.state)})"
                        for c in review.unsent() if c.row.recipient)
        out.write(f"  {review.child_id} review {review.review_date}, due {review.due}, "
                  f"{_days(review, report.as_of)}: not sent to {who}\n")
    waiting = report.awaiting_translation()
    out.write(f"\nAwaiting translation ({len(waiting)}):\n" if waiting else "\nAwaiting translation: none.\n")
    for review, copy in waiting:
        kind = _label(copy.state)
        out.write(f"  {review.child_id} review {review.review_date}: {copy.row.recipient} "
                  f"({copy.row.role}, {copy.row.language}), {kind}\n")
    owed = report.translation_owed()
    if owed:
        out.write(f"\nTranslation owed ({len(owed)}): made with parts in English, saying their translation "
                  "will follow; send the translated copy once the translation is in:\n")
    for review, copy in owed:
        out.write(f"  {review.child_id} review {review.review_date}: {copy.row.recipient} "
                  f"({copy.row.role}, {copy.row.language}), {_label(copy.state)}\n")
    notes = [(r, c) for r in report.reviews for c in r.copies if c.note]
    for review, copy in notes:
        out.write(f"\nNote: {copy.row.path}: {copy.note}")
    if notes:
        out.write("\n")
    return out.getvalue()


CSV_FIELDS = ["child_id", "review_date", "due_date", "working_days_left", "review_status", "recipient",
              "role", "language", "format", "path", "copy_status", "sent_on", "overdue", "note", "source",
              "manifest", "band", "feedback_part", "feedback_returned", "feedback_sense", "feedback_says_wrong",
              "translation_owed"]


def report_csv(report: Report) -> str:
    """One row per copy, with its review's due date and status: for a spreadsheet."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_FIELDS, lineterminator="\n")
    writer.writeheader()
    for review in report.reviews:
        overdue = review.overdue(report.as_of)
        for copy in review.copies:
            writer.writerow({
                "child_id": review.child_id, "review_date": review.review_date,
                "due_date": review.due.isoformat() if review.due else "",
                "working_days_left": "" if review.days_left is None else review.days_left,
                "review_status": review.status(report.as_of), "recipient": copy.row.recipient,
                "role": copy.row.role, "language": copy.row.language, "format": copy.row.format,
                "path": copy.row.path, "copy_status": copy.state,
                "sent_on": copy.sent_on.isoformat() if copy.sent_on else "",
                "overdue": "yes" if overdue and copy.state != Delivery.sent else "",
                "note": copy.note or copy.row.reason, "source": review.source, "manifest": review.manifest,
                "band": copy.row.band, "feedback_part": "yes" if copy.reference else "",
                "feedback_returned": ("yes" if copy.answer else "no") if copy.reference else "",
                "feedback_sense": copy.answer.sense if copy.answer else "",
                "feedback_says_wrong": ("yes" if says_something_is_wrong(copy.answer) else "no") if copy.answer else "",
                "translation_owed": copy.row.translation_owed,
            })
    return out.getvalue()


def write_report_csv(report: Report, path: str | Path) -> None:
    write_atomically(path, report_csv(report).encode("utf-8"))


# ---------------------------------------------------------------- many manifests


def find_manifests(inputs: Iterable[str | Path]) -> list[Path]:
    """Each batch's manifest in the inputs (files, or folders searched recursively); JSON preferred."""
    found: dict[Path, Path] = {}
    for given in inputs:
        path = Path(given)
        if path.is_dir():
            folders = sorted({p.parent for name in (MANIFEST_JSON, MANIFEST_CSV) for p in path.rglob(name)})
            for folder in folders:
                chosen = folder / MANIFEST_JSON if (folder / MANIFEST_JSON).is_file() else folder / MANIFEST_CSV
                found.setdefault(folder.resolve(), chosen)
        elif path.is_file():
            found.setdefault(path.resolve().parent, path)
        else:
            raise ManifestError(f"{given}: no such manifest or folder")
    if not found:
        names = ", ".join(str(i) for i in inputs)
        raise ManifestError(f"no manifest.json or manifest.csv found in {names}")
    return list(found.values())


def _attach_answers(part: Report, folder: Path, settings: FeedbackSettings) -> None:
    """Each copy's feedback reference, and the answer stored for it in the batch's feedback.yaml."""
    if not any((folder / name).is_file() for name in (MANIFEST_JSON, MANIFEST_CSV)):
        return  # a manifest under another name: its batch folder is not known
    answers = read_answers(folder)
    copies = {(r.child_id, r.review_date, r.role, r.recipient): reference
              for reference, r in batch_references(folder, settings).items() if not r.kind}
    for review in part.reviews:
        for copy in review.copies:
            row = copy.row
            # Only a held review's record has a feedback part: a planned review's invitation and booklet
            # (which older batches gave the same reference) are asked nothing about it, and count nothing.
            copy.reference = "" if row.kind else copies.get((row.child_id, row.review_date, row.role,
                                                              row.recipient), "")
            copy.answer = answers.get(copy.reference) if copy.reference else None


def load_report(manifests: list[Path], as_of: dt.date, nation: str = "england",
                feedback: FeedbackSettings | None = None) -> Report:
    """One report over many batches; a review found in more than one keeps its furthest-on line. A
    planned review's papers and the same review's record are two lines (the record's copies are not the
    invitations: the papers, all sent, must not hide a record copy waiting for its translation)."""
    reviews: dict[tuple[str, str, bool], ReviewLine] = {}
    others: list[ReviewLine] = []
    for manifest in manifests:
        label = str(manifest.parent)
        part = build_report(read_manifest(manifest), read_sent(manifest), as_of, nation, manifest=label)
        _attach_answers(part, manifest.parent, feedback or FeedbackSettings())
        for line in part.reviews:
            if not line.child_id:
                others.append(line)
                continue
            key = (line.child_id, line.review_date, line.consultation)
            before = reviews.get(key)
            if before is None or _progress(line) > _progress(before):
                reviews[key] = line
    lines = list(reviews.values()) + others
    lines.sort(key=lambda r: (r.due or dt.date.max, r.child_id, r.review_date))
    return Report(as_of, lines)


def _progress(line: ReviewLine) -> tuple:
    return (not line.invalid, line.distributed, sum(c.state == Delivery.sent for c in line.copies))


@dataclasses.dataclass(frozen=True)
class MonthFigure:
    month: str          # YYYY-MM of the review meeting
    held: int
    counted: int        # due by the report date, or already distributed
    on_time: int

    @property
    def percent(self) -> float | None:
        return round(100.0 * self.on_time / self.counted, 1) if self.counted else None


@dataclasses.dataclass(frozen=True)
class Figures:
    as_of: dt.date
    held: int
    counted: int
    on_time: int
    overdue: int
    median_working_days: float | None   # review meeting to the last copy sent, distributed reviews
    months: list[MonthFigure]

    @property
    def percent(self) -> float | None:
        return round(100.0 * self.on_time / self.counted, 1) if self.counted else None


def figures(report: Report, nation: str = "england") -> Figures:
    held = [r for r in report.reviews if r.child_id and r.review_date and not r.invalid and not r.consultation]
    counted = {id(r) for r in report.counted}
    by_month: dict[str, list[ReviewLine]] = {}
    for review in held:
        by_month.setdefault(review.review_date[:7], []).append(review)
    months = [MonthFigure(month, len(lines), sum(id(r) in counted for r in lines),
                          sum(r.on_time for r in lines if id(r) in counted))
              for month, lines in sorted(by_month.items())]
    days = [working_days_between(dt.date.fromisoformat(r.review_date), r.distributed_on, nation)
            for r in held if r.distributed]
    return Figures(report.as_of, len(held), sum(id(r) in counted for r in held),
                   sum(r.on_time for r in held if id(r) in counted), len(report.overdue()),
                   statistics.median(days) if days else None, months)


def format_figures(numbers: Figures, distribution_days: int = 20) -> str:
    out = io.StringIO()
    out.write(f"Reviews held: {numbers.held}\n")
    if numbers.percent is None:
        out.write(f"Distributed within {distribution_days} working days: no review is due yet.\n")
    else:
        out.write(f"Distributed within {distribution_days} working days: {numbers.on_time} of {numbers.counted} "
                  f"due ({numbers.percent:g}%)\n")
    out.write(f"Overdue now: {numbers.overdue}\n")
    median = "none distributed yet" if numbers.median_working_days is None else f"{numbers.median_working_days:g}"
    out.write(f"Median working days from review to sending: {median}\n")
    out.write("\nBy month of the review:\n  month    held  due  on time  %\n")
    for month in numbers.months:
        percent = "-" if month.percent is None else f"{month.percent:g}%"
        out.write(f"  {month.month}  {month.held:>4}  {month.counted:>3}  {month.on_time:>7}  {percent}\n")
    return out.getvalue()


# ---------------------------------------------------------------- feedback returned

#: What a child writes under "Is anything in it wrong?" when nothing is, in English and in each
#: language a feedback page is printed in (the page asks in the child's language, so the child
#: answers in it). Drafts, like the catalogs: to be checked by a qualified translator.
_NOTHING_WRONG = frozenset({
    "no", "nothing", "none", "nope", "-", "n/a", "no nothing", "nothing is wrong", "nothing wrong",
    "na", "dim", "dim byd", "dim un", "nac oes", "does dim byd", "dim byd o'i le",  # Welsh
    "nie", "nic", "brak", "nic nie jest źle", "nic złego", "nie ma",  # Polish
    "ні", "нічого", "немає", "нема", "нічого не так",  # Ukrainian
    "nu", "nimic", "niciuna", "nimic greșit", "nu e nimic",  # Romanian
    "não", "nada", "nenhum", "nenhuma", "nada errado",  # Portuguese
    "لا", "لا شيء", "لاشيء", "كلا", "لا يوجد", "لا يوجد شيء",  # Arabic
    "نہیں", "کچھ نہیں", "کوئی نہیں", "کچھ بھی نہیں", "کچھ غلط نہیں",  # Urdu
    "না", "কিছু না", "কিছুই না", "কিছু নেই", "কিছুই নেই",  # Bengali
    "نه", "هیڅ", "هېڅ", "هیڅ نه", "هېڅ نه", "هیڅ شی نه",  # Pashto
    "هیچ", "هیچ چیز", "هیچ چیزی", "هیچ چیز نه",  # Dari
    "نەخێر", "نا", "هیچ شتێک", "هیچ نییە",  # Sorani
    "የለን", "ኣይፋል", "ምንም የለን", "ዋላ ሓደ", "ዋላ ሓንቲ",  # Tigrinya
})
#: Arabic-script letters written two ways (Arabic and Persian yeh, kaf and heh) read as one.
_SAME_LETTER = str.maketrans({"’": "'", "ي": "ی", "ى": "ی", "ك": "ک", "ە": "ه", "ھ": "ه"})


def _plain_answer(text: str) -> str:
    """The answer as compared: one form of each letter, punctuation as spaces ("No, nothing.")."""
    text = unicodedata.normalize("NFKC", text).casefold().translate(_SAME_LETTER)
    # Not a regex's \W: Bengali and Arabic vowel signs are not "word" characters to it.
    text = "".join(" " if unicodedata.category(c).startswith("P") and c not in "-/'" else c for c in text)
    return " ".join(text.split())


_NOTHING_WRONG_PLAIN = frozenset(_plain_answer(answer) for answer in _NOTHING_WRONG)


def says_something_is_wrong(answer: Answer) -> bool:
    return bool(_plain_answer(answer.wrong)) and not means_nothing(answer.wrong)


def means_nothing(text: str) -> bool:
    """Does an answer say no more than "nothing" ("No.", "Dim byd", "nic", "нічого"), in English or a
    language a page is printed in? (A booklet's answer too: ``consult import``.)"""
    return _plain_answer(text) in _NOTHING_WRONG_PLAIN


@dataclasses.dataclass(frozen=True)
class ReturnFigure:
    """Copies with a feedback part sent in a group (a month, band or language), and what came back."""

    group: str
    sent: int           # copies with a feedback part, sent (emailed or marked sent)
    returned: int       # of those, with an answer stored
    yes: int
    partly: int
    no: int
    wrong: int          # answers saying something in it is wrong
    unsent: int = 0     # answers for copies not recorded as sent (handed over): counted in ``returned``

    @property
    def percent(self) -> float | None:
        # Over the copies sent or answered: an answer for a copy not marked sent would make it 200%.
        handed = self.sent + self.unsent
        return round(100.0 * self.returned / handed, 1) if handed else None


RETURN_GROUPS = (("month", "Month of the review"), ("band", "Age band"), ("language", "Language"))


def return_figures(report: Report) -> dict[str, list[ReturnFigure]]:
    """Feedback returned by month of the review, by age band and by language (each sent copy with a part).
    An answer for a copy not recorded as sent still counts as returned (it was handed over)."""
    copies = [(review, copy) for review in report.reviews for copy in review.copies if copy.reference]
    result: dict[str, list[ReturnFigure]] = {}
    for kind, _label in RETURN_GROUPS:
        groups: dict[str, list[CopyState]] = {}
        for review, copy in copies:
            key = {"month": review.review_date[:7], "band": copy.row.band or "unknown",
                   "language": copy.row.language or "unknown"}[kind]
            groups.setdefault(key, []).append(copy)
        rows = []
        for key, members in sorted(groups.items()):
            answers = [c.answer for c in members if c.answer is not None]
            rows.append(ReturnFigure(key, sum(c.state == Delivery.sent for c in members), len(answers),
                                     sum(a.sense == "yes" for a in answers), sum(a.sense == "partly" for a in answers),
                                     sum(a.sense == "no" for a in answers),
                                     sum(says_something_is_wrong(a) for a in answers),
                                     sum(c.answer is not None and c.state != Delivery.sent for c in members)))
        result[kind] = rows
    return result


_RETURN_HEADER = ("sent", "returned", "%", "made sense: yes", "partly", "no", "something wrong")


def _return_cells(figure: ReturnFigure) -> tuple[str, ...]:
    percent = "-" if figure.percent is None else f"{figure.percent:g}%"
    sent = f"{figure.sent} (+{figure.unsent} not marked sent)" if figure.unsent else str(figure.sent)
    return (figure.group, sent, str(figure.returned), percent, str(figure.yes), str(figure.partly),
            str(figure.no), str(figure.wrong))


def format_returns(report: Report) -> str:
    """The feedback returned, as text tables (empty when no copy had a feedback part)."""
    figures_by = return_figures(report)
    if not figures_by["month"]:
        return ""
    out = io.StringIO()
    total_sent = sum(f.sent for f in figures_by["month"])
    total_back = sum(f.returned for f in figures_by["month"])
    unsent = sum(c.answer is not None and c.state != Delivery.sent
                 for review in report.reviews for c in review.copies if c.reference)
    out.write(f"Feedback returned: {total_back} answer(s) for {total_sent} cop{'y' if total_sent == 1 else 'ies'} "
              "sent with a feedback part"
              + (f"; {unsent} of the answers {'is' if unsent == 1 else 'are'} for a copy not recorded as sent "
                 "(run `recordgen mark-sent` for it if it was)" if unsent else "") + ".\n")
    for kind, label in RETURN_GROUPS:
        lines = [(label.lower(), *_RETURN_HEADER)] + [_return_cells(f) for f in figures_by[kind]]
        widths = [max(len(line[i]) for line in lines) for i in range(len(lines[0]))]
        out.write(f"\nBy {label.lower()}:\n")
        for line in lines:
            out.write("  " + "  ".join(cell.ljust(width) for cell, width in zip(line, widths)).rstrip() + "\n")
    return out.getvalue()


def _returns_html(report: Report) -> str:
    figures_by = return_figures(report)
    if not figures_by["month"]:
        return ""
    e = html.escape
    tables = []
    for kind, label in RETURN_GROUPS:
        rows = []
        for figure in figures_by[kind]:
            cells = _return_cells(figure)
            answered = max(figure.returned, 1)
            # A bar per answer kind, its width the share of the answers: a chart that is also a table.
            bars = "".join(
                f'<span class="bar {name}" style="width:{100 * count / answered:.1f}%"></span>'
                for name, count in (("yes", figure.yes), ("partly", figure.partly), ("no", figure.no)) if count)
            rows.append(f'<tr><th scope="row">{e(cells[0])}</th>' + "".join(f"<td>{e(c)}</td>" for c in cells[1:])
                        + f'<td aria-hidden="true"><span class="bars">{bars}</span></td></tr>')
        header = "".join(f'<th scope="col">{e(h)}</th>' for h in (label, "Copies sent", "Returned", "% returned",
                                                                  "Made sense: yes", "Partly", "No",
                                                                  "Said something is wrong"))
        tables.append(f'<table><caption>Feedback returned, by {e(label.lower())}</caption><thead><tr>{header}'
                      f'<th scope="col"><span class="visually-hidden">Answers as bars</span>'
                      f'<span aria-hidden="true">Yes / partly / no</span></th></tr></thead>'
                      f'<tbody>{"".join(rows)}</tbody></table>')
    return ("<h2>Feedback on the records</h2>\n<p>Copies sent with a feedback part, the answers that came back "
            "(recordgen feedback add and import), and what they say. The bars show each group's answers: "
            "made sense (dark), partly (mid), no (light).</p>\n" + "\n".join(tables))


def on_time_chart_svg(numbers: Figures, distribution_days: int = 20) -> bytes:
    """A bar chart of on-time percentage by month, as SVG (text drawn as paths: no fonts needed)."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    months = [m for m in numbers.months if m.percent is not None]
    figure = Figure(figsize=(7.5, 3.2), dpi=100)
    axes = figure.add_subplot()
    labels = [dt.date.fromisoformat(m.month + "-01").strftime("%b %Y") for m in months]
    values = [m.percent for m in months]
    bars = axes.bar(labels, values, color="#1d70b8")
    for bar, month in zip(bars, months):
        axes.annotate(f"{month.percent:g}%", (bar.get_x() + bar.get_width() / 2, bar.get_height()),
                      ha="center", va="bottom", fontsize=8, xytext=(0, 2), textcoords="offset points")
    axes.set_ylim(0, 110)
    axes.set_ylabel("% on time")
    axes.set_title(f"Records distributed within {distribution_days} working days, by month of the review",
                   fontsize=10)
    axes.spines[["top", "right"]].set_visible(False)
    axes.tick_params(axis="x", labelrotation=45 if len(labels) > 6 else 0, labelsize=8)
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="svg", metadata={"Date": None, "Creator": "recordgen"})
    return buffer.getvalue()


def report_html(report: Report, numbers: Figures, distribution_days: int = 20) -> str:
    """A self-contained page: the figures, the chart embedded as data, no script and no network."""
    e = html.escape
    chart = ""
    if any(m.percent is not None for m in numbers.months):
        svg = base64.b64encode(on_time_chart_svg(numbers, distribution_days)).decode("ascii")
        summary = "; ".join(f"{m.month}: {m.percent:g}%" for m in numbers.months if m.percent is not None)
        chart = (f'<figure><img src="data:image/svg+xml;base64,{svg}" width="750" height="320" '
                 f'alt="On-time percentage by month of the review: {e(summary)}"></figure>')
    percent = "no review due yet" if numbers.percent is None else f"{numbers.percent:g}%"
    median = "none yet" if numbers.median_working_days is None else f"{numbers.median_working_days:g}"
    month_rows = "\n".join(
        f"<tr><td>{e(m.month)}</td><td>{m.held}</td><td>{m.counted}</td><td>{m.on_time}</td>"
        f"<td>{'-' if m.percent is None else f'{m.percent:g}%'}</td></tr>" for m in numbers.months)
    overdue = report.overdue()
    overdue_rows = "\n".join(
        f"<tr><td>{e(r.child_id)}</td><td>{e(r.review_date)}</td><td>{e(str(r.due))}</td>"
        f"<td>{-(r.days_left or 0)}</td><td>{sum(c.state == Delivery.sent for c in r.copies)} of {len(r.copies)}</td></tr>"
        for r in overdue)
    overdue_table = (f"<table><caption>Overdue now</caption><thead><tr><th scope=\"col\">Child id</th>"
                     f"<th scope=\"col\">Review</th><th scope=\"col\">Due</th>"
                     f"<th scope=\"col\">Working days over</th><th scope=\"col\">Copies sent</th></tr></thead>"
                     f"<tbody>{overdue_rows}</tbody></table>") if overdue else "<p>Nothing is overdue.</p>"
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">
<title>Review records distributed on time, as of {e(numbers.as_of.isoformat())}</title>
<style>
body {{ font-family: sans-serif; max-width: 52rem; margin: 2rem auto; padding: 0 1rem; color: #0b0c0c; }}
dl {{ display: grid; grid-template-columns: max-content auto; gap: .4rem 1.5rem; }}
dt {{ font-weight: bold; }} dd {{ margin: 0; }}
table {{ border-collapse: collapse; margin: 1rem 0; }} caption {{ text-align: left; font-weight: bold; }}
th, td {{ border-bottom: 1px solid #b1b4b6; padding: .3rem .8rem; text-align: left; }}
figure {{ margin: 1rem 0; }} img {{ max-width: 100%; height: auto; }}
.bars {{ display: flex; width: 8rem; height: .9rem; }} .bar.yes {{ background: #1d70b8; }}
.bar.partly {{ background: #5694ca; }} .bar.no {{ background: #b1d0ea; }}
.visually-hidden {{ position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }}
</style>
</head>
<body>
<main>
<h1>Review records: distribution within {distribution_days} working days</h1>
<p>As of {e(numbers.as_of.isoformat())}.</p>
<dl>
<dt>Reviews held</dt><dd>{numbers.held}</dd>
<dt>Distributed on time</dt><dd>{numbers.on_time} of {numbers.counted} due ({e(percent)})</dd>
<dt>Overdue now</dt><dd>{numbers.overdue}</dd>
<dt>Median working days from review to sending</dt><dd>{e(median)}</dd>
</dl>
{chart}
<table><caption>By month of the review</caption>
<thead><tr><th scope="col">Month</th><th scope="col">Reviews held</th><th scope="col">Due</th>
<th scope="col">On time</th><th scope="col">% on time</th></tr></thead>
<tbody>{month_rows}</tbody></table>
{overdue_table}
{_returns_html(report)}
</main>
</body>
</html>
"""
