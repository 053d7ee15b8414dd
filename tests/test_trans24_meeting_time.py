"""Blind review 25, finding 24: invitations gave the meeting's time with the locale's morning or
afternoon abbreviation (Tigrinya "10:00 ቅ.ቀ.", Arabic "3:30 م", Sorani "ب.ن"), which README rules
out (no office abbreviations: a child may not know them), while the other languages write the
24-hour clock. Every language now writes "15:30". Renders real invitations."""

from __future__ import annotations

import pytest

from recordfiles import docx_text
from test_consult import documents, planned

DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹০১২৩৪৫৬৭৮৯", "0123456789" * 3)


@pytest.mark.parametrize("language, marker", [("ar", "م"), ("ti", "ድ.ቀ."), ("ckb", "د.ن")])
def test_the_invitation_says_the_time_on_the_24_hour_clock(language, marker):
    data = planned("teen")
    data["review"]["time"] = "15:30"
    data["distribution"][1]["language"] = language
    text = docx_text(documents(data)["invitation", "parent"].data).translate(str.maketrans("", "", "\u200e\u200f"))
    assert "15:30" in text.translate(DIGITS), text
    assert f"3:30 {marker}" not in text.translate(DIGITS)
