"""Statutory and practice timescales: working days, months and review dates.

Definitions (see DOMAIN.md, "Statutory and practice timescales"):

* "N working days after D" is the Nth working day after D, D not counted.
  Working days skip Saturdays, Sundays and the bank holidays of the nation
  (substitute "observed" days included, as the ``holidays`` package lists them).
* "N months after D" is the same day N months later, clamped to the month end.

Working-day arithmetic is done on date ordinals with a closed-form weekday
count plus a binary search over cached holiday lists, so it stays fast over
long spans (batch manifests call ``working_days_between`` very often).
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
import re
from bisect import bisect_left, bisect_right
from dataclasses import asdict, dataclass
from functools import lru_cache

from recordgen.record.model import Record
from recordgen.record.settings import TimescaleSettings
from recordgen.support.clock import today
from recordgen.support.derived import open_table
from ..support import regexes

#: Nation name (as in settings) -> the ``holidays`` package's GB subdivision.
NATION_SUBDIVISIONS: dict[str, str] = {
    "england": "ENG",
    "wales": "WLS",
    "scotland": "SCT",
    "northern_ireland": "NIR",
}

#: Subdivision -> how a message names the nation.
_NATION_NAMES = {"ENG": "England", "WLS": "Wales", "SCT": "Scotland", "NIR": "Northern Ireland"}

__all__ = [
    "NATION_SUBDIVISIONS",
    "ReviewDates",
    "add_months",
    "date_notes",
    "day_off",
    "placement_nation",
    "is_working_day",
    "last_working_day_on_or_before",
    "review_dates",
    "working_days_after",
    "working_days_before",
    "working_days_between",
]


def _subdivision(nation: str) -> str:
    subdivision = NATION_SUBDIVISIONS.get(nation)
    if subdivision is not None:
        return subdivision
    # Forgive "Northern Ireland" or "northern-ireland" from a command line.
    normalised = str(nation).strip().lower().replace("-", "_").replace(" ", "_")
    subdivision = NATION_SUBDIVISIONS.get(normalised)
    if subdivision is None:
        known = ", ".join(NATION_SUBDIVISIONS)
        raise ValueError(f"unknown nation {nation!r}: use one of {known}")
    return subdivision


#: Years whose bank holidays are kept in a table derived from the ``holidays`` package:
#: importing it loads all its 200 countries, a third of what `validate` of a record cost.
_TABLED_YEARS = range(2000, 2081)


def _holidays_from_package(subdivision: str, year: int) -> list[tuple[int, str]]:
    """(ordinal, name) of the year's bank holidays that fall Monday to Friday, in order.

    Weekend holidays are dropped because weekends are never working days; their
    substitute Mondays are listed by the package as separate "observed" days.
    """
    import holidays

    days = holidays.country_holidays("GB", subdiv=subdivision, years=year, observed=True)
    return [(d.toordinal(), days.get(d)) for d in sorted(days) if d.year == year and d.weekday() < 5]


def _build_holidays():
    return [(f"{subdivision} {year}", json.dumps(_holidays_from_package(subdivision, year)))
            for subdivision in NATION_SUBDIVISIONS.values() for year in _TABLED_YEARS], {}


@lru_cache(maxsize=1)
def _holiday_table():
    return open_table("bank-holidays", ("holidays",), _build_holidays)


@lru_cache(maxsize=None)
def _named_holidays(subdivision: str, year: int) -> tuple[tuple[int, str], ...]:
    table = _holiday_table() if year in _TABLED_YEARS else None
    found = table.get_json(f"{subdivision} {year}") if table is not None else None
    if found is not None:
        return tuple((ordinal, name) for ordinal, name in found)
    return tuple(_holidays_from_package(subdivision, year))


@lru_cache(maxsize=None)
def _weekday_holidays(subdivision: str, year: int) -> tuple[int, ...]:
    """Sorted ordinals of the year's bank holidays that fall Monday to Friday."""
    return tuple(ordinal for ordinal, _ in _named_holidays(subdivision, year))


def _holidays_in(subdivision: str, first: int, last: int) -> int:
    """Weekday bank holidays with ordinal in [first, last]."""
    if last < first:
        return 0
    first_year = dt.date.fromordinal(first).year
    last_year = dt.date.fromordinal(last).year
    count = 0
    for year in range(first_year, last_year + 1):
        ordinals = _weekday_holidays(subdivision, year)
        low = bisect_left(ordinals, first) if year == first_year else 0
        high = bisect_right(ordinals, last) if year == last_year else len(ordinals)
        count += high - low
    return count


# Ordinal 1 (1 January of year 1) is a Monday, so ordinal o falls on weekday (o - 1) % 7.
def _weekdays_up_to(ordinal: int) -> int:
    """Monday-to-Friday days among ordinals 1..ordinal."""
    weeks, rest = divmod(ordinal, 7)
    return 5 * weeks + min(rest, 5)


def _nth_weekday(count: int) -> int:
    """The smallest ordinal with ``_weekdays_up_to(ordinal) == count`` (count >= 1)."""
    weeks, rest = divmod(count - 1, 5)
    return 7 * weeks + rest + 1


def _check_count(n: int) -> None:
    if n < 0:
        raise ValueError(f"the number of working days cannot be negative (got {n})")


def is_working_day(day: dt.date, nation: str = "england") -> bool:
    """Monday to Friday and not a bank holiday (or substitute day) in the nation."""
    subdivision = _subdivision(nation)
    if day.weekday() >= 5:
        return False
    ordinals = _weekday_holidays(subdivision, day.year)
    ordinal = day.toordinal()
    position = bisect_left(ordinals, ordinal)
    return not (position < len(ordinals) and ordinals[position] == ordinal)


#: Postcode areas wholly in a nation other than England; areas across a border (CH, SY, TD) are
#: left out, so an address there is never said to be in the wrong nation.
_POSTCODE_AREAS = {
    "wales": ("CF", "LD", "LL", "NP", "SA"),
    "scotland": ("AB", "DD", "DG", "EH", "FK", "G", "HS", "IV", "KA", "KW", "KY", "ML", "PA", "PH", "ZE"),
    "northern_ireland": ("BT",),
}
_POSTCODE = regexes.compile(r"\b([A-Z]{1,2})\d[A-Z\d]?\s*\d[A-Z]{2}\b", re.IGNORECASE)


def placement_nation(record: Record) -> str | None:
    """The nation the placement's postcode is in, where its area is wholly in Wales, Scotland or
    Northern Ireland ("LL54 7YE": wales); None for England, a border area or no postcode."""
    match = _POSTCODE.search(record.placement.address or "")
    if match is None:
        return None
    area = match.group(1).upper()
    return next((nation for nation, areas in _POSTCODE_AREAS.items() if area in areas), None)


def day_off(day: dt.date, nation: str = "england", placed_in: str | None = None) -> str | None:
    """Why a day is not a working day ("a Saturday", "May Day, a bank holiday in England"), else None.
    ``placed_in``: the nation of the placement's address (``placement_nation``); where it is not the
    settings' nation, a bank holiday says whose it is and how to count another nation's."""
    subdivision = _subdivision(nation)
    if day.weekday() >= 5:
        return "a " + day.strftime("%A")
    if is_working_day(day, nation):
        return _day_off_where_placed(day, subdivision, placed_in)
    name = dict(_named_holidays(subdivision, day.year))[day.toordinal()]
    if name.endswith(" (observed)"):
        name = "the substitute day for " + name.removesuffix(" (observed)")
    said = f"{name}, a bank holiday in {_NATION_NAMES[subdivision]}"
    if placed_in and NATION_SUBDIVISIONS.get(placed_in) not in (None, subdivision):
        there = _NATION_NAMES[NATION_SUBDIVISIONS[placed_in]]
        said += (f" (the settings' nation; the placement's address is in {there}: a council in {there} "
                 f"sets [timescales] nation = \"{placed_in}\")")
    return said


def _day_off_where_placed(day: dt.date, subdivision: str, placed_in: str | None) -> str | None:
    """A bank holiday only in the nation of the placement's address (St Patrick's Day in Belfast,
    the settings' nation England): the council may be there and not have said so."""
    there = NATION_SUBDIVISIONS.get(placed_in or "")
    if there in (None, subdivision) or is_working_day(day, placed_in):
        return None
    name = dict(_named_holidays(there, day.year))[day.toordinal()]
    if name.endswith(" (observed)"):
        name = "the substitute day for " + name.removesuffix(" (observed)")
    place = _NATION_NAMES[there]
    return (f"{name}, a bank holiday in {place}, where the placement's address is (not in {_NATION_NAMES[subdivision]}, "
            f"the settings' nation: a council in {place} sets [timescales] nation = \"{placed_in}\")")


def last_working_day_on_or_before(day: dt.date, nation: str = "england") -> dt.date:
    """The day itself when it is a working day, else the working day before it."""
    return day if is_working_day(day, nation) else working_days_before(day, 1, nation)


def working_days_after(start: dt.date, n: int, nation: str = "england") -> dt.date:
    """The nth working day after start, start not counted; n = 0 gives start itself."""
    subdivision = _subdivision(nation)
    _check_count(n)
    current = start.toordinal()
    still_needed = n
    # Jump n weekdays, then jump again once per holiday skipped over, until a
    # jump passes no holiday (so it also ends on a working day).
    while still_needed:
        target = _nth_weekday(_weekdays_up_to(current) + still_needed)
        still_needed = _holidays_in(subdivision, current + 1, target)
        current = target
    return dt.date.fromordinal(current)


def working_days_before(end: dt.date, n: int, nation: str = "england") -> dt.date:
    """The nth working day before end, end not counted; n = 0 gives end itself."""
    subdivision = _subdivision(nation)
    _check_count(n)
    current = end.toordinal()
    still_needed = n
    while still_needed:
        # The latest ordinal with exactly still_needed weekdays in [target, current).
        target = _nth_weekday(_weekdays_up_to(current - 1) - still_needed + 1)
        still_needed = _holidays_in(subdivision, target, current - 1)
        current = target
    return dt.date.fromordinal(current)


def working_days_between(start: dt.date, end: dt.date, nation: str = "england") -> int:
    """Working days after start up to and including end; negated when end < start."""
    subdivision = _subdivision(nation)
    first, last = start.toordinal(), end.toordinal()
    sign = 1
    if last < first:
        first, last, sign = last, first, -1
    weekdays = _weekdays_up_to(last) - _weekdays_up_to(first)
    return sign * (weekdays - _holidays_in(subdivision, first + 1, last))


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` later (or earlier if negative), clamped to the month end."""
    month_index = day.year * 12 + (day.month - 1) + months
    year, month_zero_based = divmod(month_index, 12)
    month = month_zero_based + 1
    last_day = calendar.monthrange(year, month)[1]
    return dt.date(year, month, min(day.day, last_day))


#: What each of ReviewDates' figures is called where a person reads them (`recordgen dates`, the page).
DATE_LABELS = {
    "review_date": "Review held",
    "review_due": "First review was due",
    "decisions_due": "Decisions circulated by",
    "record_distribution_due": "Record distributed by",
    "next_review_latest": "Next review due by (latest lawful)",
    "next_review": "Next review (date used)",
    "invitations_by": "Invitations sent by",
}


def date_labels(dates: ReviewDates) -> dict[str, str]:
    """DATE_LABELS as said of these dates today: a first review whose day is today or later "is due",
    not "was due" (a planned first review, blind review 32, finding 11)."""
    if dates.review_due is None or dates.review_due < today():
        return DATE_LABELS
    return {**DATE_LABELS, "review_due": "First review is due"}


@dataclass(frozen=True)
class ReviewDates:
    """The dates that follow from one review, under the council's settings."""

    review_date: dt.date
    #: First review only: when it was due after the child entered care.
    review_due: dt.date | None
    #: The latest lawful date for the next review (reg. 33).
    next_review_latest: dt.date
    #: The next review as given in the record, else the last working day on or
    #: before next_review_latest (reviews are meetings, held on working days).
    next_review: dt.date
    record_distribution_due: dt.date
    decisions_due: dt.date
    invitations_by: dt.date

    def as_dict(self) -> dict[str, str | None]:
        return {
            name: value.isoformat() if value is not None else None
            for name, value in asdict(self).items()
        }


def review_dates(record: Record, settings: TimescaleSettings | None = None,
                 next_on: dt.date | None = None) -> ReviewDates:
    """Work out every timescale that follows from the record's review. ``next_on``: the day of the
    child's next review where its own record is known (``rules.chain.next_told``): the day the copies
    tell, whatever the record gave before it was held or planned."""
    settings = settings or TimescaleSettings()
    nation = settings.nation
    held_on = record.review.date
    is_first_review = record.review.sequence == 1

    review_due = (
        working_days_after(record.child.entered_care, settings.first_review_working_days, nation)
        if is_first_review
        else None
    )
    months_allowed = settings.second_review_months if is_first_review else settings.later_review_months
    next_review_latest = add_months(held_on, months_allowed)
    given = record.next_review.date if record.next_review is not None else None
    next_review = next_on or given or last_working_day_on_or_before(next_review_latest, nation)

    return ReviewDates(
        review_date=held_on,
        review_due=review_due,
        next_review_latest=next_review_latest,
        next_review=next_review,
        record_distribution_due=working_days_after(
            held_on, settings.record_distribution_working_days, nation
        ),
        decisions_due=working_days_after(held_on, settings.decisions_working_days, nation),
        # A planned review's invitations are for the review itself; a held one's, for the next.
        invitations_by=working_days_before(held_on if record.review.planned else next_review,
                                           settings.invitations_working_days, nation),
    )


def date_notes(record: Record, dates: ReviewDates, settings: TimescaleSettings | None = None,
               later=None) -> dict[str, str]:
    """Plain words to show beside the figures that need them, keyed as ReviewDates' fields.

    Says where the next review's date comes from, and why it is not the latest
    lawful date when that falls on a weekend or a bank holiday. ``later``: the child's next review
    in a record of its own (``rules.chain.next_told``), whose day ``dates`` gives.
    """
    nation = (settings or TimescaleSettings()).nation
    placed_in = placement_nation(record)
    notes: dict[str, str] = {}
    off = day_off(dates.next_review_latest, nation, placed_in)
    if off:
        notes["next_review_latest"] = f"{off}, not a working day"
    if later is not None and not record.review.planned:
        notes["next_review"] = (f"{'planned' if later.planned else 'held'} on that day, as its own record beside "
                                f"this one says ({later.file}), and as the copies tell it")
        if later.date > dates.next_review_latest:
            notes["next_review"] += "; later than the law allows"
    elif record.next_review is not None and record.next_review.date:
        notes["next_review"] = "as the record gives it"
        given_off = day_off(dates.next_review, nation, placed_in)
        if given_off:
            notes["next_review"] += f"; {given_off}, not a working day"
        given = dates.next_review
        if not record.review.planned and given <= dates.review_date:
            notes["next_review"] = (f"as the record gives it: before the review itself ({dates.review_date}), "
                                    "which cannot be; validate: the next review must be after this review")
        elif not record.review.planned and given > dates.next_review_latest:
            notes["next_review"] = (f"as the record gives it: after the lawful limit ({dates.next_review_latest}); "
                                    "validate: later than the law allows")
    elif dates.next_review == dates.next_review_latest:
        notes["next_review"] = "the latest lawful date; the record gives none"
    else:
        notes["next_review"] = "the last working day before the latest lawful date; the record gives none"
    if not record.review.planned and "next_review" not in dates_not_used(record, dates, later) \
            and dates.next_review < today() and later is None:
        notes["next_review"] += (f"; it has passed (today is {today()}): the record should give the date "
                                 "the next review was or will be held")
    if record.review.planned:
        # A planned review's own day: said as the next review's is, while it can still be moved.
        planned_off = day_off(dates.review_date, nation, placed_in)
        if planned_off:
            notes["review_date"] = f"{planned_off}, not a working day"
        if dates.review_due and dates.review_date > dates.review_due:
            notes["review_due"] = f"the review is planned after it, on {dates.review_date}: hold it by then"
    if record.review.adjourned_from:
        # Held over more than one meeting: complete when it finished, so the timescales count from then.
        notes["review_date"] = (f"the day it finished; it started on {record.review.adjourned_from} and was adjourned, "
                                "and the timescales count from the day it finished")
    written = record.review.written
    if written and not record.review.planned and written > dates.record_distribution_due:
        notes["record_distribution_due"] = (f"the record was written on {written}, after this: the distribution "
                                            "is late; record the reason")
    eighteen = _eighteen(record)
    if eighteen <= dates.review_date:   # validate refuses it: a child in care is reviewed until 18
        notes["review_date"] = (f"{record.child.first_name} turned 18 on {eighteen}, on or before it: reviews of a "
                                "child in care end at 18, so there is no such review; validate: check the date "
                                "of birth and the review date")
    for key, why in dates_not_used(record, dates, later).items():
        notes[key] = why
    return notes


def _eighteen(record: Record) -> dt.date:
    from recordgen.rules.ages import birthday

    return birthday(record.child.date_of_birth, 18)


def dates_not_used(record: Record, dates: ReviewDates, later=None) -> dict[str, str]:
    """Figures that are no deadline, keyed as ReviewDates' fields, with why: the next review does
    not happen (the child turns 18 first, as the copies say), nor, when they are 18 by then, the
    review itself, or a held review's record gives a date for the next that validate refuses (not
    when the next review has a record of its own, ``later``: its day is a fact, and one planned too
    late is refused as `render` refuses it, ``rules.chain.told_late_next``)."""
    eighteen = _eighteen(record)
    why = f"none: reviews end at 18, on {eighteen}"
    if eighteen <= dates.review_date:   # no such review: nothing follows from it
        return {"next_review": why, "invitations_by": why}
    if record.review.planned:  # its invitations are for the review itself
        return {"next_review": why} if dates.next_review >= eighteen else {}
    if dates.next_review >= eighteen:  # as the copies decide (rendering/context.py: turns_18)
        return {"next_review": why, "invitations_by": why}
    if later is not None:  # its own record's day: one planned too late is `render`'s refusal (chain_problems)
        return {}
    if dates.next_review <= dates.review_date or dates.next_review > dates.next_review_latest:
        return {"invitations_by": "none: the record's next review date is not one that can be used (see above)"}
    return {}
