"""Timescales: every expected date below was read off a printed calendar by hand.

Bank holidays used (gov.uk lists):
  2025-26: Mon 1 Dec 2025 St Andrew's Day substitute (Scotland; 30 Nov was a Sunday),
           Thu 25 / Fri 26 Dec 2025, Thu 1 Jan 2026, Fri 2 Jan 2026 (Scotland only).
  2026:    Tue 17 Mar St Patrick's Day (NI), Good Friday 3 Apr, Easter Monday 6 Apr
           (not Scotland), Sun 12 Jul Battle of the Boyne -> Mon 13 Jul (NI).
  2026-27: Fri 25 Dec, Sat 26 Dec Boxing Day -> substitute Mon 28 Dec, Fri 1 Jan 2027,
           Sat 2 Jan 2027 (Scotland) -> substitute Mon 4 Jan 2027.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from pathlib import Path

import holidays
import pytest
from hypothesis import given, settings as hypothesis_settings, strategies as st

from recordgen.record.loading import load_record
from recordgen.record.model import NextReview
from recordgen.record.settings import TimescaleSettings
from recordgen.rules.timescales import (
    ReviewDates,
    add_months,
    date_notes,
    day_off,
    is_working_day,
    last_working_day_on_or_before,
    placement_nation,
    review_dates,
    working_days_after,
    working_days_before,
    working_days_between,
)

from conftest import examples

D = dt.date
EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
SUBDIVISIONS = {"england": "ENG", "wales": "WLS", "scotland": "SCT", "northern_ireland": "NIR"}


# --- is_working_day -----------------------------------------------------------

@pytest.mark.parametrize(
    "day, nation, expected",
    [
        (D(2026, 12, 24), "england", True),   # Thursday before Christmas
        (D(2026, 12, 25), "england", False),  # Christmas Day, Friday
        (D(2026, 12, 26), "england", False),  # Saturday
        (D(2026, 12, 28), "england", False),  # Boxing Day substitute
        (D(2026, 12, 28), "wales", False),
        (D(2026, 12, 29), "england", True),
        (D(2027, 1, 1), "england", False),
        (D(2027, 1, 4), "england", True),
        (D(2027, 1, 4), "scotland", False),   # 2 January substitute
        (D(2026, 1, 2), "england", True),
        (D(2026, 1, 2), "scotland", False),   # 2 January, Scotland only
        (D(2025, 12, 1), "scotland", False),  # St Andrew's Day substitute
        (D(2025, 12, 1), "england", True),
        (D(2026, 4, 3), "scotland", False),   # Good Friday everywhere
        (D(2026, 4, 6), "england", False),    # Easter Monday
        (D(2026, 4, 6), "scotland", True),    # not a holiday in Scotland
        (D(2026, 3, 17), "northern_ireland", False),
        (D(2026, 3, 17), "england", True),
        (D(2026, 7, 13), "northern_ireland", False),  # 12 July substitute
        (D(2027, 7, 12), "northern_ireland", False),  # 12 July on a Monday
        (D(2027, 7, 12), "england", True),
        (D(2026, 7, 11), "england", False),   # Saturday
    ],
)
def test_is_working_day(day, nation, expected):
    assert is_working_day(day, nation) is expected


# --- working_days_after / before / between: hand-checked tables ---------------

@pytest.mark.parametrize(
    "start, n, nation, expected",
    [
        # Christmas and New Year 2026-27.
        (D(2026, 12, 24), 0, "england", D(2026, 12, 24)),
        (D(2026, 12, 24), 1, "england", D(2026, 12, 29)),  # skips Fri 25, weekend, Mon 28
        (D(2026, 12, 24), 3, "england", D(2026, 12, 31)),
        (D(2026, 12, 24), 4, "england", D(2027, 1, 4)),    # skips Fri 1 Jan
        (D(2026, 12, 24), 4, "scotland", D(2027, 1, 5)),   # Mon 4 Jan also off
        # 24, 29, 30, 31 Dec; 4-8, 11-15, 18-22 Jan = 19; 25 Jan is the 20th.
        (D(2026, 12, 23), 20, "england", D(2027, 1, 25)),
        (D(2026, 12, 23), 20, "scotland", D(2027, 1, 26)),
        (D(2026, 12, 23), 20, "wales", D(2027, 1, 25)),
        # Christmas 2025-26 and Scotland's 2 January (a Friday).
        (D(2025, 12, 31), 1, "england", D(2026, 1, 2)),
        (D(2025, 12, 31), 1, "scotland", D(2026, 1, 5)),
        # 2-5, 8-12, 15-19, 22-24 Dec = 17 (25, 26 off); 29, 30, 31 Dec = 20.
        (D(2025, 12, 1), 20, "england", D(2025, 12, 31)),
        # St Andrew's Day substitute (Mon 1 Dec 2025).
        (D(2025, 11, 28), 1, "england", D(2025, 12, 1)),
        (D(2025, 11, 28), 1, "scotland", D(2025, 12, 2)),
        # Easter 2026: Good Friday 3 April, Easter Monday 6 April.
        (D(2026, 4, 2), 1, "england", D(2026, 4, 7)),
        (D(2026, 4, 2), 1, "scotland", D(2026, 4, 6)),
        # 30, 31 Mar, 1, 2 Apr = 4; 7-10 Apr = 8; 13, 14 Apr = 10.
        (D(2026, 3, 27), 10, "england", D(2026, 4, 14)),
        (D(2026, 3, 27), 10, "scotland", D(2026, 4, 13)),
        # Northern Ireland.
        (D(2026, 3, 16), 1, "northern_ireland", D(2026, 3, 18)),
        (D(2026, 3, 16), 1, "england", D(2026, 3, 17)),
        (D(2026, 7, 10), 1, "northern_ireland", D(2026, 7, 14)),
        (D(2026, 7, 10), 1, "england", D(2026, 7, 13)),
        # Starting on a weekend or a holiday: that day is never counted.
        (D(2026, 12, 26), 1, "england", D(2026, 12, 29)),
        (D(2026, 7, 11), 5, "england", D(2026, 7, 17)),
    ],
)
def test_working_days_after(start, n, nation, expected):
    assert working_days_after(start, n, nation) == expected


@pytest.mark.parametrize(
    "end, n, nation, expected",
    [
        (D(2027, 1, 5), 0, "england", D(2027, 1, 5)),
        (D(2027, 1, 5), 1, "england", D(2027, 1, 4)),
        (D(2027, 1, 5), 1, "scotland", D(2026, 12, 31)),
        (D(2027, 1, 5), 3, "england", D(2026, 12, 30)),    # 4 Jan, 31 Dec, 30 Dec
        (D(2027, 1, 5), 3, "scotland", D(2026, 12, 29)),   # 31, 30, 29 Dec
        (D(2027, 1, 5), 5, "england", D(2026, 12, 24)),    # ... 29 Dec, then 24 Dec
        # Easter 2026: 10 working days before Fri 17 April.
        # 16, 15, 14, 13 Apr = 4; 10, 9, 8, 7 Apr = 8; 2, 1 Apr = 10.
        (D(2026, 4, 17), 10, "england", D(2026, 4, 1)),
        # Scotland also counts Mon 6 Apr, so the 10th is 2 Apr.
        (D(2026, 4, 17), 10, "scotland", D(2026, 4, 2)),
        (D(2026, 4, 7), 1, "england", D(2026, 4, 2)),
        (D(2026, 4, 7), 1, "scotland", D(2026, 4, 6)),
        (D(2026, 3, 18), 1, "northern_ireland", D(2026, 3, 16)),
        (D(2026, 7, 14), 1, "northern_ireland", D(2026, 7, 10)),
        # Ending on a Sunday: the Friday is the first day before.
        (D(2026, 5, 24), 1, "england", D(2026, 5, 22)),
    ],
)
def test_working_days_before(end, n, nation, expected):
    assert working_days_before(end, n, nation) == expected


@pytest.mark.parametrize(
    "start, end, nation, expected",
    [
        (D(2026, 12, 24), D(2026, 12, 24), "england", 0),
        (D(2026, 12, 24), D(2027, 1, 4), "england", 4),    # 29, 30, 31 Dec, 4 Jan
        (D(2026, 12, 24), D(2027, 1, 4), "scotland", 3),
        (D(2027, 1, 4), D(2026, 12, 24), "england", -4),
        (D(2026, 12, 24), D(2026, 12, 28), "england", 0),  # only holidays and a weekend
        (D(2026, 3, 31), D(2026, 4, 10), "england", 6),    # 1, 2, 7, 8, 9, 10 Apr
        (D(2026, 3, 31), D(2026, 4, 10), "scotland", 7),   # plus 6 Apr
        (D(2026, 3, 16), D(2026, 3, 20), "northern_ireland", 3),
        (D(2026, 3, 16), D(2026, 3, 20), "england", 4),
        # A whole year: 2026 has 261 weekdays; England has 8 bank holidays on weekdays
        # (1 Jan, 3 Apr, 6 Apr, 4 May, 25 May, 31 Aug, 25 Dec, 28 Dec) -> 253.
        (D(2025, 12, 31), D(2026, 12, 31), "england", 253),
    ],
)
def test_working_days_between(start, end, nation, expected):
    assert working_days_between(start, end, nation) == expected


def test_england_and_scotland_differ_for_the_same_input():
    start = D(2026, 12, 23)
    assert working_days_after(start, 20, "england") != working_days_after(start, 20, "scotland")


# --- nations and bad input ----------------------------------------------------

def test_unknown_nation_is_a_plain_value_error():
    with pytest.raises(ValueError, match="unknown nation 'france'"):
        working_days_after(D(2026, 1, 5), 3, "france")
    with pytest.raises(ValueError, match="unknown nation"):
        is_working_day(D(2026, 1, 3), "Narnia")  # a Saturday still needs a real nation


def test_nation_spelling_is_forgiving():
    assert working_days_after(D(2026, 3, 16), 1, "Northern Ireland") == D(2026, 3, 18)


def test_negative_counts_are_refused():
    with pytest.raises(ValueError, match="negative"):
        working_days_after(D(2026, 1, 5), -1)
    with pytest.raises(ValueError, match="negative"):
        working_days_before(D(2026, 1, 5), -1)


# --- add_months ---------------------------------------------------------------

@pytest.mark.parametrize(
    "day, months, expected",
    [
        (D(2026, 8, 31), 6, D(2027, 2, 28)),
        (D(2027, 8, 31), 6, D(2028, 2, 29)),   # 2028 is a leap year
        (D(2099, 8, 31), 6, D(2100, 2, 28)),   # 2100 is not (century rule)
        (D(1999, 8, 31), 6, D(2000, 2, 29)),   # 2000 is (400-year rule)
        (D(2024, 2, 29), 12, D(2025, 2, 28)),
        (D(2024, 2, 29), 48, D(2028, 2, 29)),
        (D(2026, 1, 31), 1, D(2026, 2, 28)),
        (D(2026, 3, 31), 1, D(2026, 4, 30)),
        (D(2026, 11, 30), 3, D(2027, 2, 28)),
        (D(2026, 10, 15), 3, D(2027, 1, 15)),
        (D(2026, 1, 13), 6, D(2026, 7, 13)),
        (D(2026, 3, 31), -1, D(2026, 2, 28)),
        (D(2026, 1, 15), -1, D(2025, 12, 15)),
        (D(2026, 5, 10), 0, D(2026, 5, 10)),
    ],
)
def test_add_months(day, months, expected):
    assert add_months(day, months) == expected


# --- properties against an independent day-by-day reference ------------------

nations = st.sampled_from(sorted(SUBDIVISIONS))
dates = st.dates(min_value=D(1980, 1, 1), max_value=D(2090, 12, 31))


@lru_cache(maxsize=None)
def _reference_holidays(nation: str, year: int) -> frozenset[dt.date]:
    return frozenset(holidays.country_holidays("GB", subdiv=SUBDIVISIONS[nation], years=year))


def _reference_is_working_day(day: dt.date, nation: str) -> bool:
    return day.weekday() < 5 and day not in _reference_holidays(nation, day.year)


@hypothesis_settings(max_examples=examples(300))
@given(start=dates, n=st.integers(0, 400), nation=nations)
def test_between_undoes_after(start, n, nation):
    end = working_days_after(start, n, nation)
    assert working_days_between(start, end, nation) == n
    assert working_days_between(end, start, nation) == -n
    if n > 0:
        assert is_working_day(end, nation)
        assert _reference_is_working_day(end, nation)


@hypothesis_settings(max_examples=examples(300))
@given(end=dates, n=st.integers(1, 400), nation=nations)
def test_after_undoes_before(end, n, nation):
    start = working_days_before(end, n, nation)
    assert is_working_day(start, nation)
    # Counting forward from the day before `start` takes n steps to reach the
    # last working day before `end`.
    last_before_end = working_days_before(end, 1, nation)
    assert working_days_between(start, last_before_end, nation) == n - 1


@hypothesis_settings(max_examples=examples(200))
@given(start=dates, span=st.integers(-120, 120), nation=nations)
def test_between_matches_a_day_by_day_count(start, span, nation):
    end = start + dt.timedelta(days=span)
    low, high = sorted((start, end))
    counted = sum(
        _reference_is_working_day(low + dt.timedelta(days=offset), nation)
        for offset in range(1, (high - low).days + 1)
    )
    expected = counted if end >= start else -counted
    assert working_days_between(start, end, nation) == expected


@hypothesis_settings(max_examples=examples(200))
@given(day=dates, nation=nations)
def test_is_working_day_matches_reference(day, nation):
    assert is_working_day(day, nation) is _reference_is_working_day(day, nation)


# --- review_dates on the three examples ---------------------------------------

def _load(name: str):
    return load_record(EXAMPLES / name).record


def test_review_dates_ahmad_third_review():
    # Review Tue 13 Jan 2026, sequence 3 (a later review) -> 6 months: Mon 13 Jul 2026.
    # Distribution: 20 working days, no holidays from 14 Jan to 10 Feb -> Tue 10 Feb.
    # Decisions: 14, 15, 16, 19, 20 Jan -> Tue 20 Jan.
    # Invitations: 10 working days before Mon 13 Jul: 10, 9, 8, 7, 6 Jul, 3, 2, 1 Jul,
    # 30, 29 Jun -> Mon 29 Jun.
    dates = review_dates(_load("review-ahmad-15.yaml"))
    assert dates == ReviewDates(
        review_date=D(2026, 1, 13),
        review_due=None,
        next_review_latest=D(2026, 7, 13),
        next_review=D(2026, 7, 13),
        record_distribution_due=D(2026, 2, 10),
        decisions_due=D(2026, 1, 20),
        invitations_by=D(2026, 6, 29),
    )


def test_review_dates_lily_second_review():
    # Review Tue 24 Feb 2026, sequence 2 -> 6 months: Mon 24 Aug 2026.
    # Distribution: 4 whole weeks with no holidays -> Tue 24 Mar. Decisions -> Tue 3 Mar.
    # Invitations: 10 working days before Mon 24 Aug (31 Aug holiday is after) -> Mon 10 Aug.
    dates = review_dates(_load("review-lily-3.yaml"))
    assert dates.as_dict() == {
        "review_date": "2026-02-24",
        "review_due": None,
        "next_review_latest": "2026-08-24",
        "next_review": "2026-08-24",
        "record_distribution_due": "2026-03-24",
        "decisions_due": "2026-03-03",
        "invitations_by": "2026-08-10",
    }


def test_review_dates_sam_with_a_given_next_review():
    # Review Tue 3 Mar 2026, sequence 4 -> latest Thu 3 Sep 2026; the record gives Tue 25 Aug.
    # Distribution: 4 weeks, Good Friday (3 Apr) falls after -> Tue 31 Mar. Decisions -> Tue 10 Mar.
    # Invitations: 10 before Tue 25 Aug: 24, 21, 20, 19, 18, 17, 14, 13, 12, 11 Aug -> Tue 11 Aug.
    dates = review_dates(_load("review-sam-9.yaml"))
    assert dates == ReviewDates(
        review_date=D(2026, 3, 3),
        review_due=None,
        next_review_latest=D(2026, 9, 3),
        next_review=D(2026, 8, 25),
        record_distribution_due=D(2026, 3, 31),
        decisions_due=D(2026, 3, 10),
        invitations_by=D(2026, 8, 11),
    )


def test_review_dates_first_review_across_christmas():
    # Lily's record made a first review: entered care Mon 1 Dec 2025.
    # Due: 20 working days, skipping 25 and 26 Dec -> Wed 31 Dec 2025.
    # Next review: 3 months after Tue 24 Feb -> Sun 24 May 2026, so held Fri 22 May.
    # Invitations: 10 working days before Fri 22 May: 21-18 May, 15-11 May, Fri 8 May
    # (Mon 4 May is a bank holiday, but after 8 May) -> Fri 8 May.
    record = _load("review-lily-3.yaml")
    record = record.model_copy(update={"review": record.review.model_copy(update={"sequence": 1})})
    dates = review_dates(record)
    assert dates.review_due == D(2025, 12, 31)
    assert dates.next_review_latest == D(2026, 5, 24)
    assert dates.next_review == D(2026, 5, 22)
    assert dates.invitations_by == D(2026, 5, 8)
    assert dates.as_dict()["review_due"] == "2025-12-31"


def test_review_dates_follow_the_settings():
    # Sam's review in Scotland with council figures changed: decisions in 10 working
    # days (4-6, 9-13, 16, 17 Mar -> Tue 17 Mar), invitations 15 working days before
    # Tue 25 Aug: 24-17 Aug = 6, 14-10 Aug = 11, then Fri 7, Thu 6, Wed 5, Tue 4 Aug = 15
    # (Scotland's Summer Bank Holiday Mon 3 Aug falls just before).
    settings = TimescaleSettings(nation="scotland", decisions_working_days=10,
                                 invitations_working_days=15, later_review_months=5)
    dates = review_dates(_load("review-sam-9.yaml"), settings)
    assert dates.decisions_due == D(2026, 3, 17)
    assert dates.invitations_by == D(2026, 8, 4)
    assert dates.next_review_latest == D(2026, 8, 3)


def test_review_dates_are_frozen():
    dates = review_dates(_load("review-ahmad-15.yaml"))
    with pytest.raises(AttributeError):
        dates.review_date = D(2020, 1, 1)


# --- the next review falls on a working day -----------------------------------

def _review_on(held_on: dt.date, sequence: int, next_review: dt.date | None = None):
    """Lily's record, moved to another review date (and sequence), without a next review unless given."""
    record = _load("review-lily-3.yaml")
    review = record.review.model_copy(update={"date": held_on, "sequence": sequence})
    child = record.child.model_copy(update={"entered_care": min(record.child.entered_care, held_on)})
    following = NextReview(date=next_review) if next_review else None
    return record.model_copy(update={"review": review, "child": child, "next_review": following})


@pytest.mark.parametrize(
    "held_on, sequence, nation, latest, used",
    [
        # Poppy: third review on Tue 3 Nov 2026 -> 6 months: Mon 3 May 2027, the Early May
        # bank holiday ("May Day") -> Fri 30 Apr 2027.
        (D(2026, 11, 3), 3, "england", D(2027, 5, 3), D(2027, 4, 30)),
        # A first review on Fri 27 Mar 2026 -> 3 months: Sat 27 Jun 2026 -> Fri 26 Jun.
        (D(2026, 3, 27), 1, "england", D(2026, 6, 27), D(2026, 6, 26)),
        # A later review that day -> 6 months: Sun 27 Sep 2026 -> Fri 25 Sep.
        (D(2026, 3, 27), 2, "england", D(2026, 9, 27), D(2026, 9, 25)),
        # Sun 28 Jun 2026 review date aside, 28 Dec 2026 is the Boxing Day substitute;
        # Sun 27, Sat 26 and Fri 25 (Christmas) go too -> Thu 24 Dec.
        (D(2026, 6, 28), 3, "england", D(2026, 12, 28), D(2026, 12, 24)),
        # Mon 4 Jan 2027 is a working day in England but Scotland's 2 January substitute;
        # Fri 1 Jan is New Year's Day -> Thu 31 Dec 2026.
        (D(2026, 7, 4), 3, "england", D(2027, 1, 4), D(2027, 1, 4)),
        (D(2026, 7, 4), 3, "scotland", D(2027, 1, 4), D(2026, 12, 31)),
        # A first review on Mon 12 Jan 2026 -> 3 months: Sun 12 Apr 2026; Mon 6 Apr is
        # Easter Monday, Fri 3 Apr Good Friday, but Thu 9 and Fri 10 Apr are working days.
        (D(2026, 1, 12), 1, "england", D(2026, 4, 12), D(2026, 4, 10)),
        # A working day stays as it is: Tue 24 Feb -> Mon 24 Aug 2026.
        (D(2026, 2, 24), 2, "england", D(2026, 8, 24), D(2026, 8, 24)),
    ],
)
def test_default_next_review_is_the_last_working_day_by_the_lawful_limit(held_on, sequence, nation, latest, used):
    dates = review_dates(_review_on(held_on, sequence), TimescaleSettings(nation=nation))
    assert dates.next_review_latest == latest
    assert dates.next_review == used
    assert dates.invitations_by == working_days_before(used, 10, nation)


def test_a_next_review_the_record_gives_is_kept_even_on_a_day_off():
    # validate warns about it; the dates do not move the IRO's date.
    record = _review_on(D(2026, 11, 3), 3, next_review=D(2027, 5, 3))
    dates = review_dates(record)
    assert dates.next_review == D(2027, 5, 3)
    assert date_notes(record, dates) == {
        "next_review_latest": "May Day, a bank holiday in England, not a working day",
        "next_review": "as the record gives it; May Day, a bank holiday in England, not a working day",
    }


def test_date_notes_say_why_the_date_used_is_not_the_lawful_limit(monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-03-31")  # before either next review: none has passed
    record = _review_on(D(2026, 3, 27), 1)
    dates = review_dates(record)
    assert date_notes(record, dates) == {
        "next_review_latest": "a Saturday, not a working day",
        "next_review": "the last working day before the latest lawful date; the record gives none",
    }
    on_a_working_day = _review_on(D(2026, 2, 24), 2)
    assert date_notes(on_a_working_day, review_dates(on_a_working_day)) == {
        "next_review": "the latest lawful date; the record gives none"}


@pytest.mark.parametrize(
    "day, nation, expected",
    [
        (D(2027, 5, 3), "england", "May Day, a bank holiday in England"),
        (D(2026, 6, 27), "england", "a Saturday"),
        (D(2026, 6, 28), "wales", "a Sunday"),
        (D(2026, 12, 28), "england", "the substitute day for Boxing Day, a bank holiday in England"),
        (D(2026, 3, 17), "northern_ireland", "Saint Patrick's Day, a bank holiday in Northern Ireland"),
        (D(2026, 3, 17), "england", None),
        (D(2026, 8, 3), "scotland", "Summer Bank Holiday, a bank holiday in Scotland"),
        (D(2026, 8, 3), "england", None),
    ],
)
def test_day_off_names_the_weekend_day_or_the_bank_holiday(day, nation, expected):
    assert day_off(day, nation) == expected


@hypothesis_settings(max_examples=examples(300))
@given(held_on=st.dates(min_value=D(1990, 1, 1), max_value=D(2080, 12, 31)),
       sequence=st.integers(1, 30), nation=nations)
def test_default_next_review_is_always_a_working_day_never_after_the_limit(held_on, sequence, nation):
    record = _review_on(held_on, sequence)
    record = record.model_copy(update={"child": record.child.model_copy(
        update={"entered_care": held_on, "date_of_birth": held_on - dt.timedelta(days=3650)})})
    dates = review_dates(record, TimescaleSettings(nation=nation))
    assert dates.next_review_latest == add_months(held_on, 3 if sequence == 1 else 6)
    assert dates.next_review <= dates.next_review_latest
    assert _reference_is_working_day(dates.next_review, nation)
    # The last one: every day after it, up to the limit, is a weekend or a bank holiday.
    day = dates.next_review + dt.timedelta(days=1)
    while day <= dates.next_review_latest:
        assert not _reference_is_working_day(day, nation)
        day += dt.timedelta(days=1)
    assert last_working_day_on_or_before(dates.next_review_latest, nation) == dates.next_review


def _dates_output(run, tmp_path, change):
    from recordfiles import write_record

    return run("dates", write_record(tmp_path, change))


def test_dates_says_a_next_review_before_the_review_cannot_be_and_gives_no_invitations(run, tmp_path):
    result = _dates_output(run, tmp_path, lambda d: (d["review"].update(date="2026-11-30"),
                                                     d.update(next_review={"date": "2026-11-20"})))
    assert result.exit_code == 1, result.output
    line = next(l for l in result.output.splitlines() if l.startswith("Next review (date used)"))
    assert "before the review itself" in line and "must be after this review" in line
    invitations = next(l for l in result.output.splitlines() if l.startswith("Invitations sent by"))
    assert "none" in invitations and "20" not in invitations.split("by", 1)[1]


def test_dates_says_a_next_review_after_the_lawful_limit_plainly(run, tmp_path):
    result = _dates_output(run, tmp_path, lambda d: (d["review"].update(date="2026-03-03"),
                                                     d.update(next_review={"date": "2026-12-01"})))
    assert result.exit_code == 1, result.output
    line = next(l for l in result.output.splitlines() if l.startswith("Next review (date used)"))
    assert "after the lawful limit (2026-09-03)" in line and "later than the law allows" in line


def test_dates_and_actions_say_reviews_end_at_18_with_no_next_review(run, tmp_path):
    def change(d):  # 18 on 2027-03-01, before the next review would be due (2027-05-30)
        d["child"]["date_of_birth"] = "2009-03-01"
        d["review"].update(date="2026-11-30")
        d.pop("next_review", None)
    result = _dates_output(run, tmp_path, change)
    assert result.exit_code == 0, result.output
    lines = {l.split("  ")[0]: l for l in result.output.splitlines()}
    assert "reviews end at 18, on 2027-03-01" in lines["Next review (date used)"]
    assert "2027-0" not in lines["Invitations sent by"].replace("2027-03-01", "")


def _planned_output(run, tmp_path, born: str, on: str, *command: str):
    from test_consult import planned, write_yaml

    data = planned("teen")
    data["child"]["date_of_birth"] = born
    data["review"]["date"] = on
    return run(*command, write_yaml(tmp_path / "planned.yaml", data))


def test_dates_of_a_planned_review_say_reviews_end_at_18(run, tmp_path):
    """Blind review 12, item 8: a planned review ignored the 18th birthday: a full schedule, a next review."""
    # 18 on 2027-03-01, after the planned review (2027-01-14) but before the one after it (2027-07-14).
    result = _planned_output(run, tmp_path, "2009-03-01", "2027-01-14", "dates")
    assert result.exit_code == 0, result.output
    lines = {l.split("  ")[0]: l for l in result.output.splitlines()}
    assert lines["Next review (date used)"].split(None, 4)[-1] == "none: reviews end at 18, on 2027-03-01"
    assert "2026-12-30" in lines["Invitations sent by"]   # this review's invitations still go out
    validated = _planned_output(run, tmp_path, "2009-03-01", "2027-01-14", "validate")
    assert validated.exit_code == 0 and ("review.date: warning: Robin turns 18 on 2027-03-01, before the review "
                                         "after this one (2027-07-14)") in validated.output, validated.output

    # 18 on 2027-01-01, before the planned review itself: no such review; dates says so and fails, as validate.
    result = _planned_output(run, tmp_path, "2009-01-01", "2027-01-14", "dates")
    assert result.exit_code == 1, result.output
    lines = {l.split("  ")[0]: l for l in result.output.splitlines()}
    assert "Robin turned 18 on 2027-01-01, on or before it" in lines["Review planned for"]
    for label in ("Next review (date used)", "Invitations sent by"):
        assert lines[label].split(None, 3)[-1].endswith("none: reviews end at 18, on 2027-01-01"), lines[label]
    validated = _planned_output(run, tmp_path, "2009-01-01", "2027-01-14", "validate")
    assert validated.exit_code == 1 and "turned 18 on 2027-01-01" in validated.output
    assert "before the review after this one" not in validated.output   # the error says it all

    # Well under 18: the next review as before, no warning.
    result = _planned_output(run, tmp_path, "2012-01-01", "2027-01-14", "dates")
    assert result.exit_code == 0 and "2027-07-14" in result.output and "reviews end at 18" not in result.output
    assert "turns 18" not in _planned_output(run, tmp_path, "2012-01-01", "2027-01-14", "validate").output


# ------------------------------------------------------------------ the placement's nation (blind review 17)

def _placed(tmp_path, address: str, folder: str) -> Path:
    from recordfiles import write_record

    def change(data):
        data["placement"]["address"] = address
        data["actions"][0]["by"] = "2026-05-25"        # Spring Bank Holiday in England and Wales
        data["next_review"] = {"date": "2026-08-31"}   # Summer Bank Holiday there, not in Scotland
    (tmp_path / folder).mkdir()
    return write_record(tmp_path / folder, change)


def _holiday_warnings(path: Path, nation: str = "england") -> list[str]:
    from recordgen.record.settings import Settings
    from recordgen.rules.validation import validate

    settings = Settings.model_validate({"timescales": {"nation": nation}})
    return [d.message for d in validate(load_record(path), settings) if "bank holiday" in d.message]


HINT = "(the settings' nation; the placement's address is in Wales: a council in Wales sets [timescales] nation = \"wales\")"


def test_a_welsh_placements_bank_holidays_name_the_nation_they_are_counted_for(tmp_path):
    """A Gwynedd record checked with England's holidays says so and how to count Wales's; with
    Wales's, the holiday is "a bank holiday in Wales"; an English address gets no such note."""
    from recordgen import api

    wales = _placed(tmp_path, "Tŷ Gwyn, Lôn Penrhos, Bontnewydd, LL54 7YE", "wales")
    found = _holiday_warnings(wales)
    assert len(found) == 2 and all(f"Spring Bank Holiday, a bank holiday in England {HINT}" in m
                                   or f"Summer Bank Holiday, a bank holiday in England {HINT}" in m for m in found)
    found = _holiday_warnings(wales, "wales")
    assert len(found) == 2 and all("a bank holiday in Wales," in m and "settings' nation" not in m for m in found)
    loaded = load_record(wales)
    notes = api.date_notes(loaded.record, api.review_dates(loaded.record))
    assert f"Summer Bank Holiday, a bank holiday in England {HINT}" in notes["next_review"]

    england = _placed(tmp_path, "12 Elm Road, Scunthorpe, DN15 7AB", "england")
    assert all("settings' nation" not in m for m in _holiday_warnings(england))
    assert placement_nation(load_record(england).record) is None
    assert placement_nation(load_record(_placed(tmp_path, "1 High St, Edinburgh EH1 1AA", "scotland")).record) \
        == "scotland"
    assert placement_nation(load_record(_placed(tmp_path, "3 Mill Lane, Oswestry, SY11 1AA", "border")).record) \
        is None                                         # SY straddles the border: no guess
