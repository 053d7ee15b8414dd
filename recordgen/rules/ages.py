"""Age on the review date, and the age band a record is written for."""

from __future__ import annotations

import datetime as dt

from ..record.model import AGE_BANDS, Child
from ..record.settings import AgeBandSettings


def age_on(date_of_birth: dt.date, on: dt.date) -> int:
    """Whole years; a 29 February birthday falls on 1 March in other years."""
    years = on.year - date_of_birth.year
    if (on.month, on.day) < (date_of_birth.month, date_of_birth.day):
        years -= 1
    return years


def birthday(date_of_birth: dt.date, years: int) -> dt.date:
    """The day a child born on ``date_of_birth`` turns ``years`` (29 February: 1 March in a
    year without one)."""
    try:
        return date_of_birth.replace(year=date_of_birth.year + years)
    except ValueError:
        return dt.date(date_of_birth.year + years, 3, 1)


def band_for_age(age: int, cuts: AgeBandSettings | None = None) -> str:
    cuts = cuts or AgeBandSettings()
    band = "early"
    for name in AGE_BANDS[1:]:
        if age >= getattr(cuts, name):
            band = name
    return band


def band_for(child: Child, review_date: dt.date, cuts: AgeBandSettings | None = None) -> str:
    """The child's reading level when the IRO set one (understanding, not age), else by age."""
    if child.reading_level:
        return child.reading_level
    return band_for_age(age_on(child.date_of_birth, review_date), cuts)


#: The bands of 12 and over by age: a young person's letter keeps their age's parts whatever their reading level,
#: and is never worded as to a little child.
OLDER_BANDS = frozenset({"teen", "young_adult"})


def letter_band(reading: str, age: str) -> str:
    """The band whose letter a copy is made from (its parts, headings and pictures): for a young person of
    12 or over by age (``age``: teen, young_adult) reading at a lower level, their age's, so a reading level
    changes the words (``reading``, the sentences built for the copy), never what they are told, and a
    17-year-old is not given the little child's Houses (issue 17 item 6); else ``reading``."""
    order = AGE_BANDS
    if age in OLDER_BANDS and order.index(reading) < order.index(age):
        return age
    return reading


def aftercare_until(nation: str) -> int:
    """The birthday a care leaver's help from the council runs to in the council's nation: 26 in
    Scotland (aftercare, Children and Young People (Scotland) Act 2014, s. 66), 25 elsewhere."""
    return 26 if nation == "scotland" else 25
