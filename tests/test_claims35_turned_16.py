"""Blind review 27, 22: a copy remade after the child turned 16, before the next review, dropped the
"Your pathway plan" part the first copy gave ("You turn 16 on ..., before your next review.
From 16, you have a right to a pathway plan."): a copy made later never tells less of a right; the
birthday is told in the tense right for the day the copy is made. Real copies, read back."""

from __future__ import annotations

import pytest

from recordfiles import AHMAD, example_data
from test_claims_blind16 import copy_text

RIGHT = "From 16, you have a right to a pathway plan. It says what help you will get as a young adult."


def _ahmad_born(born: str) -> dict:
    data = example_data(AHMAD)
    for recipient in data["distribution"]:
        recipient.update(language="en", format="docx")
    data["child"]["date_of_birth"] = born
    return data


@pytest.mark.parametrize("today", ["2026-05-03", "2026-06-01", "2026-09-01"])  # 16; next review gone by too
@pytest.mark.parametrize("band", ["middle", "teen"])
def test_a_copy_made_after_the_16th_birthday_still_gives_the_pathway_plan_right(today, band, monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", today)
    data = _ahmad_born("2010-05-02")  # 15 at his review on 13 January, 16 on 2 May, next by 13 July
    data["child"]["reading_level"] = band
    lines = copy_text(data).splitlines()
    assert "Your pathway plan" in lines
    assert f"You turned 16 on Saturday, 2 May 2026, before your next review. {RIGHT}" in lines
    assert not any("You turn 16" in line for line in lines)


def test_before_the_birthday_it_is_still_told_as_to_come(monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-05-01")
    lines = copy_text(_ahmad_born("2010-05-02")).splitlines()
    assert f"You turn 16 on Saturday, 2 May 2026, before your next review. {RIGHT}" in lines
