"""Between reviews: every action of each child's latest review, what needs chasing, and the midway check.

``recordgen actions FOLDER...`` reads review records (the same files a batch
reads), keeps each child's latest review (by case number, then review date),
and lists its actions as:

* **done**: the IRO recorded a ``done`` date on or before the report date;
* **overdue**: not done, and at least one working day has passed since ``by``
  (weekends and the bank holidays of the council's nation do not count);
* **due**: not done and not yet overdue, with the working days left.

The list is sorted by what needs chasing first: the most overdue, then the
soonest due, then what is done. Each review also gets its midway check date
(``midway_check_percent`` of the way to the next review, on the working day on
or before) so the IRO can check the plan between reviews.

It is for IROs and their managers: it lists every action, those withheld from
some readers too, and marks which ones (``withheld_from``).
"""

from __future__ import annotations

import csv
import dataclasses
import re
import datetime as dt
import html
import io
from pathlib import Path
from typing import Iterable

from ..record.loading import InvalidRecord, LoadedRecord, ReadError, TranslationsFileGiven, load_record
from ..record.settings import Settings, TimescaleSettings
from ..rules.ages import birthday
from ..rules.people import chair_covers, childs_own_iro
from ..rules.timescales import last_working_day_on_or_before, review_dates, working_days_between
from ..rules.validation import validate
from ..support.clock import today
from ..support.files import write_atomically
from .inputs import find_record_files

#: The order of what needs chasing first.
_STATE_RANK = {"overdue": 0, "due": 1, "done": 2}


@dataclasses.dataclass(frozen=True)
class ReviewFollowUp:
    """One child's latest review, as the list needs it."""

    child_id: str
    child_name: str
    review_date: dt.date
    iro: str
    source: str
    midway_check: dt.date
    next_review: dt.date
    #: The 18th birthday when it comes first: reviews end then, so neither meeting happens.
    ends_at_18: dt.date | None = None
    #: Who chaired when they covered for the child's own IRO (``iro``, who keeps the case; "" when not named).
    chaired_by: str = ""
    #: The next review is a record given with this one (planned, or written ahead): its own date.
    next_planned: bool = False

    @property
    def iro_shown(self) -> str:
        """"Helen Price (chaired by Daniel Reid)": a manager chasing drift goes to who keeps the case."""
        if not self.chaired_by:
            return self.iro
        return f"{self.iro or 'not named'} (chaired by {self.chaired_by}, covering)"


@dataclasses.dataclass(frozen=True)
class ActionLine:
    review: ReviewFollowUp
    number: int                      # 1-based, as `validate` names it: actions.2
    who: str
    what: str
    by: dt.date
    done: dt.date | None             # as the record gives it (may be after the report date)
    withheld_from: tuple[str, ...]
    state: str                       # overdue, due, done
    #: overdue: working days over; due: working days left; done: working days late (0 when on time).
    working_days: int
    #: The same action agreed at an earlier review given too, never recorded done there: the first such review.
    first_agreed: dt.date | None = None

    @property
    def chase_key(self) -> tuple:
        if self.state == "overdue":
            order: tuple = (-self.working_days, self.by)
        elif self.state == "due":
            order = (self.by.toordinal(),)
        else:
            order = (-(self.done or self.by).toordinal(),)
        return (_STATE_RANK[self.state], *order, self.review.child_id, self.number)


@dataclasses.dataclass
class ActionList:
    as_of: dt.date
    reviews: list[ReviewFollowUp]
    actions: list[ActionLine]        # in chase order
    #: Records not listed, each with why: unreadable, or the latest review of a child has errors.
    not_listed: list[str] = dataclasses.field(default_factory=list)
    #: Earlier reviews of children whose later review is listed.
    earlier_reviews: int = 0
    #: One review found in two files: which one was listed.
    notes: list[str] = dataclasses.field(default_factory=list)
    #: Actions of an earlier review given (of a child listed) never recorded done, which the latest
    #: review does not repeat: (the latest review, the earlier review's date, who, what, by).
    not_carried: list[tuple[ReviewFollowUp, dt.date, str, str, dt.date]] = dataclasses.field(default_factory=list)

    def count(self, state: str) -> int:
        return sum(a.state == state for a in self.actions)

    def open_actions(self, review: ReviewFollowUp) -> int:
        return sum(a.review is review and a.state != "done" for a in self.actions)


def midway_check(review_date: dt.date, next_review: dt.date, settings: TimescaleSettings) -> dt.date:
    """``midway_check_percent`` of the days from the review to the next, on the working day on or before."""
    days = (next_review - review_date).days * settings.midway_check_percent // 100
    day = last_working_day_on_or_before(review_date + dt.timedelta(days=days), settings.nation)
    return max(day, review_date)


def action_state(by: dt.date, done: dt.date | None, as_of: dt.date, nation: str) -> tuple[str, int]:
    """(state, working days) of one action on ``as_of``; see the module's docstring."""
    if done is not None and done <= as_of:
        return "done", max(0, working_days_between(by, done, nation))
    over = working_days_between(by, as_of, nation)
    if over >= 1:
        return "overdue", over
    return "due", max(0, working_days_between(as_of, by, nation))


def _same_action(what: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", what.casefold()).split())


def _latest(loaded: list[LoadedRecord], as_of: dt.date) -> tuple[dict[str, LoadedRecord], list[str], int]:
    """Each child's latest review held by ``as_of``; notes on a review found in two files; how many
    earlier ones."""
    by_child: dict[str, list[LoadedRecord]] = {}
    for one in loaded:
        # Not held yet (planned, or dated after the day asked about, as a next review the IRO has
        # started writing): the actions to chase are the last held review's.
        if one.record.review.planned or one.record.review.date > as_of:
            continue
        by_child.setdefault(one.record.child.id, []).append(one)
    latest: dict[str, LoadedRecord] = {}
    notes: list[str] = []
    earlier = 0
    for child_id, records in by_child.items():
        records.sort(key=lambda r: (r.record.review.date, str(r.file)))
        newest = records[-1].record.review.date
        same_day = [r for r in records if r.record.review.date == newest]
        latest[child_id] = same_day[0]
        earlier += len(records) - len(same_day)
        if len(same_day) > 1:
            others = ", ".join(str(r.file) for r in same_day[1:])
            notes.append(f"{same_day[0].file}: {child_id}'s review of {newest} is also in {others}; "
                         f"listed from {same_day[0].file} only (keep one file per review)")
    return latest, notes, earlier


def build_action_list(loaded: list[LoadedRecord], as_of: dt.date, settings: Settings | None = None,
                      not_listed: list[str] | None = None) -> ActionList:
    """The list from records already loaded (``action_list`` reads them from files and folders)."""
    settings = settings or Settings()
    timescales = settings.timescales
    not_listed = list(not_listed or [])
    latest, notes, earlier = _latest(loaded, as_of)
    reviews: list[ReviewFollowUp] = []
    actions: list[ActionLine] = []
    not_carried: list = []
    for child_id in sorted(latest):
        one = latest[child_id]
        errors = [d for d in validate(one, settings) if d.severity == "error"]
        if errors:
            # Never fall back to an earlier review: its actions are not the current ones.
            not_listed.append(f"{one.file}: {child_id}'s latest review ({one.record.review.date}) has "
                              f"{len(errors)} error(s), first: {errors[0]}; run `recordgen validate {one.file}`")
            continue
        record = one.record
        dates = review_dates(record, timescales)
        # The child's next review given too (planned, or dated after the day asked about): its day is the
        # next review, and the midway check falls half-way to it, never after it.
        later = sorted(other.record.review.date for other in loaded
                       if other.record.child.id == child_id and other.record.review.date > record.review.date)
        next_planned = bool(later) and (record.next_review is None or record.next_review.date is None)
        if next_planned:
            dates = dataclasses.replace(dates, next_review=later[0])
        eighteen = birthday(record.child.date_of_birth, 18)  # as the copies decide (turns_18)
        chair = record.review.chair.name.strip()
        covering = chair_covers(record)
        review = ReviewFollowUp(child_id, record.child.name, record.review.date,
                                (childs_own_iro(record) or "") if covering else chair,
                                str(one.file), midway_check(record.review.date, dates.next_review, timescales),
                                dates.next_review, eighteen if dates.next_review >= eighteen else None,
                                chair if covering else "", next_planned)
        reviews.append(review)
        # The child's earlier reviews given too: their actions never recorded done either come back in
        # this review (said with the review that first agreed them) or are listed as not carried.
        before = sorted((other for other in loaded if other.record.child.id == child_id
                          and not other.record.review.planned and other.record.review.date < record.review.date),
                         key=lambda other: other.record.review.date)
        open_before: dict[str, dt.date] = {}
        for other in before:
            for action in other.record.actions:
                key = _same_action(action.what)
                if action.done is None:
                    open_before.setdefault(key, other.record.review.date)
                else:
                    open_before.pop(key, None)
        repeated = {_same_action(action.what) for action in record.actions}
        for i, action in enumerate(record.actions, start=1):
            state, days = action_state(action.by, action.done, as_of, timescales.nation)
            actions.append(ActionLine(review, i, action.who, action.what, action.by, action.done,
                                      tuple(role.value for role in action.withhold_from), state, days,
                                      open_before.get(_same_action(action.what))))
        if before:
            last = before[-1].record
            for action in last.actions:
                if action.done is None and _same_action(action.what) not in repeated:
                    not_carried.append((review, last.review.date, action.who, action.what, action.by))
    actions.sort(key=lambda a: a.chase_key)
    reviews.sort(key=lambda r: (r.midway_check, r.child_id))
    return ActionList(as_of, reviews, actions, not_listed, earlier, notes, not_carried)


def action_list(inputs: Iterable[str | Path], as_of: dt.date | None = None,
                settings: Settings | None = None) -> ActionList:
    """Every action of each child's latest review in the record files and folders given.

    A file that cannot be read, or a child's latest review with errors, is named in
    ``not_listed`` with why; the rest are still listed. Raises InputError when no
    record file is found at all.
    """
    loaded: list[LoadedRecord] = []
    not_listed: list[str] = []
    for path in find_record_files(list(inputs)):
        try:
            loaded.append(load_record(path))
        except TranslationsFileGiven:
            continue
        except ReadError as exc:
            not_listed.append(str(exc.diagnostic))
        except InvalidRecord as exc:
            not_listed.append(f"{exc.diagnostics[0]} (and {len(exc.diagnostics) - 1} more)"
                              if len(exc.diagnostics) > 1 else str(exc.diagnostics[0]))
    return build_action_list(loaded, as_of or today(), settings, not_listed)


# ---------------------------------------------------------------- text, CSV, HTML

WHO_MAY_SEE = ("For IROs and their managers only: it lists every action, including those withheld "
               "from some readers of the record (marked).")


def _when(action: ActionLine) -> str:
    if action.state == "overdue":
        return f"{action.working_days} working day{'s' if action.working_days != 1 else ''} over"
    if action.state == "due":
        return f"{action.working_days} working day{'s' if action.working_days != 1 else ''} left"
    return f"done {action.done}{_late(action)}"


def _late(action: ActionLine) -> str:
    """", 2 working days late"; done after ``by`` on no working day later (a Friday's action on the
    Saturday) is late still: ", 1 day late (0 working days)"."""
    if action.working_days:
        return f", {action.working_days} working day{'s' if action.working_days != 1 else ''} late"
    days = (action.done - action.by).days if action.done else 0
    return f", {days} day{'s' if days != 1 else ''} late (0 working days)" if days > 0 else ""


def _withheld(action: ActionLine) -> str:
    return f" [withheld from {', '.join(action.withheld_from)}]" if action.withheld_from else ""


def format_actions(actions: ActionList) -> str:
    """The list as text for a terminal or an email to an IRO."""
    out = io.StringIO()
    out.write(f"Actions of the latest review of {len(actions.reviews)} child(ren), as of {actions.as_of}: "
              f"{actions.count('overdue')} overdue, {actions.count('due')} due, {actions.count('done')} done.\n")
    out.write(WHO_MAY_SEE + "\n\n")
    header = ("state", "when", "by", "child", "review", "IRO", "action")
    rows = [header] + [
        (a.state.upper() if a.state == "overdue" else a.state, _when(a), a.by.isoformat(), a.review.child_id,
         a.review.review_date.isoformat(), a.review.iro_shown,
         f"{a.number}. {a.who}: {a.what}{_withheld(a)}"
         + (f" (agreed first at the review of {a.first_agreed}{', never recorded done' if a.done is None else ''})"
            if a.first_agreed else ""))
        for a in actions.actions]
    if len(rows) > 1:
        widths = [max(len(row[i]) for row in rows) for i in range(len(header) - 1)]
        for row in rows:
            out.write("  ".join(cell.ljust(width) for cell, width in zip(row, widths)) + "  " + row[-1] + "\n")
    else:
        out.write("No actions in these reviews.\n")
    if actions.reviews:
        out.write("\nMidway checks and next reviews:\n")
        for review in actions.reviews:
            if review.ends_at_18:
                out.write(f"  {review.child_id} {review.child_name}: review {review.review_date}, reviews end at 18 "
                          f"on {review.ends_at_18} (no midway check, no next review); "
                          f"IRO {review.iro_shown}; {actions.open_actions(review)} open action(s)\n")
                continue
            passed = " (passed)" if review.midway_check < actions.as_of else ""
            late = ("" if review.next_review >= actions.as_of
                    else f"; the next review, planned for {review.next_review}, is not yet recorded as held"
                    if review.next_planned
                    else f"; the next review was due {review.next_review} and no later record of it is here")
            planned = " (planned)" if review.next_planned else ""
            out.write(f"  {review.child_id} {review.child_name}: review {review.review_date}, midway check "
                      f"{review.midway_check}{passed}, next review {review.next_review}{planned}{late}; "
                      f"IRO {review.iro_shown}; {actions.open_actions(review)} open action(s)\n")
    if actions.not_carried:
        out.write("\nActions of the review before, never recorded done and not in the latest review:\n")
        for review, held, who, what, by in actions.not_carried:
            out.write(f"  {review.child_id} {review.child_name}: review {held}: {who}: {what} (due {by}, never "
                      f"recorded done; not carried into the review of {review.review_date})\n")
    if actions.earlier_reviews:
        out.write(f"\n{actions.earlier_reviews} earlier review(s) of the same children left out: "
                  "only each child's latest review is listed.\n")
    for line in actions.notes:
        out.write(f"\nNote: {line}\n")
    if actions.not_listed:
        out.write(f"\nNot listed ({len(actions.not_listed)}):\n")
        for line in actions.not_listed:
            out.write(f"  {line}\n")
    return out.getvalue()


CSV_FIELDS = ["state", "working_days_over", "working_days_left", "working_days_late", "days_late", "by", "done",
              "child_id", "child_name", "review_date", "iro", "action", "who", "what", "withheld_from", "midway_check",
              "next_review", "source", "chaired_by"]


def _cell(value: object) -> str:
    """A spreadsheet must not run a cell as a formula (an action's text is free text)."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def actions_csv(actions: ActionList) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_FIELDS, lineterminator="\n")
    writer.writeheader()
    for a in actions.actions:
        r = a.review
        writer.writerow({key: _cell(value) for key, value in {
            "state": a.state,
            "working_days_over": a.working_days if a.state == "overdue" else "",
            "working_days_left": a.working_days if a.state == "due" else "",
            "working_days_late": a.working_days if a.state == "done" else "",
            "days_late": max(0, (a.done - a.by).days) if a.state == "done" else "",
            "by": a.by.isoformat(), "done": a.done.isoformat() if a.done and a.state == "done" else "",
            "child_id": r.child_id, "child_name": r.child_name, "review_date": r.review_date.isoformat(),
            "iro": r.iro, "action": a.number, "who": a.who, "what": a.what,
            "withheld_from": " ".join(a.withheld_from), "midway_check": "" if r.ends_at_18 else r.midway_check.isoformat(),
            "next_review": "" if r.ends_at_18 else r.next_review.isoformat(), "source": r.source,
            "chaired_by": r.chaired_by,
        }.items()})
    return out.getvalue()


def write_actions_csv(actions: ActionList, path: str | Path) -> None:
    write_atomically(path, actions_csv(actions).encode("utf-8"))


def actions_html(actions: ActionList) -> str:
    """A self-contained page (no script, no network): the list, then the midway checks."""
    e = html.escape
    rows = "\n".join(
        f'<tr class="{a.state}"><td>{e(a.state)}</td><td>{e(_when(a))}</td><td>{a.by}</td>'
        f"<td>{e(a.review.child_id)}</td><td>{e(a.review.child_name)}</td><td>{a.review.review_date}</td>"
        f"<td>{e(a.review.iro_shown)}</td><td>{e(a.who)}</td><td>{e(a.what)}</td>"
        f"<td>{e(', '.join(a.withheld_from))}</td></tr>" for a in actions.actions)
    checks = "\n".join(
        f"<tr><td>{e(r.child_id)}</td><td>{e(r.child_name)}</td><td>{r.review_date}</td>"
        + (f"<td colspan=\"2\">none: reviews end at 18 on {r.ends_at_18}</td>" if r.ends_at_18 else
           f"<td>{r.midway_check}</td><td>{r.next_review}</td>") + f"<td>{e(r.iro_shown)}</td><td>{actions.open_actions(r)}</td></tr>"
        for r in actions.reviews)
    not_listed = "".join(f"<li>{e(line)}</li>" for line in actions.not_listed)
    not_listed = f"<h2>Not listed</h2><ul>{not_listed}</ul>" if not_listed else ""
    col = ' scope="col"'
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="robots" content="noindex">
<title>Actions between reviews, as of {actions.as_of}</title>
<style>
body {{ font-family: sans-serif; margin: 2rem auto; padding: 0 1rem; max-width: 80rem; color: #0b0c0c; }}
table {{ border-collapse: collapse; margin: 1rem 0; }} caption {{ text-align: left; font-weight: bold; }}
th, td {{ border-bottom: 1px solid #b1b4b6; padding: .3rem .6rem; text-align: left; vertical-align: top; }}
tr.overdue td:first-child {{ font-weight: bold; color: #d4351c; }}
.note {{ border-left: 5px solid #1d70b8; padding-left: .8rem; }}
</style>
</head>
<body>
<main>
<h1>Actions between reviews</h1>
<p>As of {actions.as_of}: {len(actions.reviews)} child(ren), {actions.count('overdue')} overdue,
{actions.count('due')} due, {actions.count('done')} done.</p>
<p class="note">{e(WHO_MAY_SEE)}</p>
<table><caption>Actions, what needs chasing first</caption>
<thead><tr><th{col}>State</th><th{col}>When</th><th{col}>By</th><th{col}>Child id</th><th{col}>Child</th>
<th{col}>Review</th><th{col}>IRO</th><th{col}>Who</th><th{col}>What</th><th{col}>Withheld from</th></tr></thead>
<tbody>{rows}</tbody></table>
<table><caption>Midway checks and next reviews</caption>
<thead><tr><th{col}>Child id</th><th{col}>Child</th><th{col}>Review</th><th{col}>Midway check</th>
<th{col}>Next review</th><th{col}>IRO</th><th{col}>Open actions</th></tr></thead>
<tbody>{checks}</tbody></table>
{not_listed}
</main>
</body>
</html>
"""


def write_actions_html(actions: ActionList, path: str | Path) -> None:
    write_atomically(path, actions_html(actions).encode("utf-8"))
