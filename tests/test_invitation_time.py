"""Blind review 14a: an Urdu invitation said "‎2:30 PM‎", English letters inside the Urdu sentence.
The time is in the locale's own form in every language. The code is leaks15's
(``recordgen.i18n.time_of_day``, "16:30" in English); these tests wait for it."""
from __future__ import annotations

import re

import pytest

import recordgen.i18n
from recordfiles import docx_text
from test_consult import documents, planned

pytestmark = pytest.mark.skipif(not hasattr(recordgen.i18n, "time_of_day"),
                                reason="the locale's own time of day comes with leaks15's time_of_day")


@pytest.mark.parametrize("language", ["ur", "ar", "bn", "ps", "fa_AF", "ckb"])
@pytest.mark.parametrize("time", ["14:30", "09:30"])
def test_a_right_to_left_or_bengali_invitations_time_has_no_english_am_or_pm(language, time):
    data = planned("teen")
    data["review"]["time"] = time
    data["distribution"][1]["language"] = language
    text = docx_text(documents(data)["invitation", "parent"].data)
    assert not re.search(r"(?<![A-Za-z])[AaPp]\.?[Mm](?![A-Za-z])", text), text
    hour = time.split(":")[0].lstrip("0")
    digits = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹০১২৩৪৫৬৭৮৯", "0123456789" * 3)
    assert re.search(rf"(?<!\d){hour}:30|(?<!\d)0?{int(hour) % 12 or 12}:30",
                     text.translate(digits)), text
