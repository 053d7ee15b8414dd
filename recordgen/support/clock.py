"""Today, as every part of one run reads it.

A copy says "Copy made on <today>", the manifest records the day it was made, and
validation compares dates with today: all must agree, so all ask here. Today is
``RECORDGEN_TODAY`` (YYYY-MM-DD) when set (tests, a batch remade as on a day), else the
machine's date.
"""

from __future__ import annotations

import datetime as dt
import os


def today() -> dt.date:
    value = os.environ.get("RECORDGEN_TODAY")
    return dt.date.fromisoformat(value[:10]) if value else dt.date.today()
