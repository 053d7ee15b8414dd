"""The distribution report: per review, its due date and where each copy stands; and the totals
business support and the IRO service manager are asked for.

A review counts as distributed on time when every copy in its manifest was
marked sent on or before its distribution due date. The percentage is over
the reviews that are due by the report date, plus any already distributed
early (a review not yet due and not yet sent is neither late nor on time).
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
from pathlib import Path
from typing import Iterable

from ..support.files import write_atomically
from ..rules.timescales import working_days_between
from .manifest import CopyRow, Sent


@dataclasses.dataclass
class CopyState:
    row: CopyRow
    state: str                      # sent, ready, awaiting_translation, stale_translation, failed, invalid_record
    sent_on: dt.date | None = None
    note: str = ""                  # e.g. the copy changed after it was sent


@dataclasses.dataclass
class ReviewLine:
    child_id: str
    review_date: str
    source: str
    due: dt.date | None
    copies: list[CopyState]
    days_left: int | None = None    # working days from the report date to the due date

    @property
    def invalid(self) -> bool:
        return any(c.state == "invalid_record" for c in self.copies)

    @property
    def distributed(self) -> bool:
        return not self.invalid and bool(self.copies) and all(c.state == "sent" for c in self.copies)

    @property
    def distributed_on(self) -> dt.date | None:
        return max(c.sent_on for c in self.copies) if self.distributed else None  # type: ignore[type-var]

    @property
    def on_time(self) -> bool:
        return self.distributed and self.due is not None and self.distributed_on <= self.due  # type: ignore[operator]

    def overdue(self, as_of: dt.date) -> bool:
        return not self.distributed and self.due is not None and as_of > self.due

    def unsent(self) -> list[CopyState]:
        return [c for c in self.copies if c.state != "sent"]

    def status(self, as_of: dt.date) -> str:
        if self.invalid:
            return "invalid record"
        if self.distributed:
            return "distributed on time" if self.on_time else "distributed late"
        if self.overdue(as_of):
            return "OVERDUE"
        waiting = [c for c in self.copies if c.state in ("awaiting_translation", "stale_translation")]
        if waiting:
            return "waiting for translation"
        if any(c.state == "failed" for c in self.copies):
            return "copy failed"
        sent = sum(c.state == "sent" for c in self.copies)
        return f"{sent} of {len(self.copies)} sent" if sent else "ready to send"


@dataclasses.dataclass
class Report:
    as_of: dt.date
    reviews: list[ReviewLine]

    @property
    def counted(self) -> list[ReviewLine]:
        """Reviews that count towards the on-time figure: due by now, or already distributed."""
        return [r for r in self.reviews if r.due is not None and (r.distributed or r.due < self.as_of)]

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
                if c.state in ("awaiting_translation", "stale_translation")]


def build_report(rows: Iterable[CopyRow], sent: dict[str, Sent], as_of: dt.date,
                 nation: str = "england") -> Report:
    by_review: dict[tuple[str, str, str], ReviewLine] = {}
    for row in rows:
        key = (row.child_id, row.review_date, row.source) if row.child_id else ("", "", row.source)
        line = by_review.get(key)
        if line is None:
            due = dt.date.fromisoformat(row.due_date) if row.due_date else None
            line = by_review[key] = ReviewLine(row.child_id, row.review_date, row.source, due, [])
            if due is not None:
                line.days_left = working_days_between(as_of, due, nation)
        line.copies.append(_copy_state(row, sent.get(row.path) if row.path else None, as_of))
    reviews = sorted(by_review.values(), key=lambda r: (r.due or dt.date.max, r.child_id, r.review_date))
    return Report(as_of, reviews)


def _copy_state(row: CopyRow, sent: Sent | None, as_of: dt.date) -> CopyState:
    if row.status != "ready":
        return CopyState(row, row.status or "failed")
    if sent is None or sent.sent_on > as_of:
        return CopyState(row, "ready")
    if sent.sha256 != row.sha256:
        return CopyState(row, "ready", note=f"changed after it was sent on {sent.sent_on}; send the new copy")
    return CopyState(row, "sent", sent.sent_on)


def _days(days: int | None) -> str:
    if days is None:
        return ""
    if days >= 0:
        return f"{days} left"
    return f"{-days} over"


def format_table(report: Report, distribution_days: int = 20) -> str:
    """The report as text for a terminal or an email."""
    out = io.StringIO()
    header = ("child id", "review", "due", "working days", "copies", "status")
    lines = [header]
    for review in report.reviews:
        sent = sum(c.state == "sent" for c in review.copies)
        copies = "" if review.invalid else f"{sent}/{len(review.copies)} sent"
        lines.append((review.child_id or review.source, review.review_date,
                      review.due.isoformat() if review.due else "", _days(review.days_left), copies,
                      review.status(report.as_of)))
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    for line in lines:
        out.write("  ".join(cell.ljust(width) for cell, width in zip(line, widths)).rstrip() + "\n")
    counted = len(report.counted)
    percent = report.percent_on_time
    out.write(f"\nAs of {report.as_of.isoformat()}: {len(report.reviews)} review(s).\n")
    if percent is None:
        out.write(f"Distributed within {distribution_days} working days: no review is due yet.\n")
    else:
        out.write(f"Distributed within {distribution_days} working days: {report.on_time} of {counted} "
                  f"due ({percent:g}%).\n")
    overdue = report.overdue()
    out.write(f"\nOverdue ({len(overdue)}):\n" if overdue else "\nOverdue: none.\n")
    for review in overdue:
        who = ", ".join(f"{c.row.recipient} ({c.row.role}, {c.state.replace('_', ' ')})"
                        for c in review.unsent() if c.row.recipient)
        out.write(f"  {review.child_id} review {review.review_date}, due {review.due}, "
                  f"{_days(review.days_left)}: not sent to {who}\n")
    waiting = report.awaiting_translation()
    out.write(f"\nAwaiting translation ({len(waiting)}):\n" if waiting else "\nAwaiting translation: none.\n")
    for review, copy in waiting:
        kind = "stale translation" if copy.state == "stale_translation" else "awaiting translation"
        out.write(f"  {review.child_id} review {review.review_date}: {copy.row.recipient} "
                  f"({copy.row.role}, {copy.row.language}), {kind}\n")
    notes = [(r, c) for r in report.reviews for c in r.copies if c.note]
    for review, copy in notes:
        out.write(f"\nNote: {copy.row.path}: {copy.note}")
    if notes:
        out.write("\n")
    return out.getvalue()


CSV_FIELDS = ["child_id", "review_date", "due_date", "working_days_left", "review_status", "recipient",
              "role", "language", "format", "path", "copy_status", "sent_on", "overdue", "note", "source"]


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
                "overdue": "yes" if overdue and copy.state != "sent" else "",
                "note": copy.note or copy.row.reason, "source": review.source,
            })
    return out.getvalue()


def write_report_csv(report: Report, path: str | Path) -> None:
    write_atomically(path, report_csv(report).encode("utf-8"))
