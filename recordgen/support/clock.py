"""Today, as every part of one run reads it.

A copy says "Copy made on <today>", the manifest records the day it was made, and
validation compares dates with today: all must agree, so all ask here. Today is
``RECORDGEN_TODAY`` (YYYY-MM-DD) when set (tests, a batch remade as on a day), else the
machine's date.
"""

from __future__ import annotations

import datetime as dt
import os
import re

from ..errors import Category, RecordgenError


class TodayError(RecordgenError):
    """RECORDGEN_TODAY is set but is not a date: a usage error, the same in every command."""

    category = Category.USAGE


def today() -> dt.date:
    value = os.environ.get("RECORDGEN_TODAY")
    if not value:
        return dt.date.today()
    # Only the date itself: "2040-6-1" or "2040-13-01" is a mistake to show, not a guess to make.
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value[:10]):
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            pass
    raise TodayError(f"RECORDGEN_TODAY must be a date written YYYY-MM-DD (got {value!r})")
