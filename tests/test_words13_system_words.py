"""Session 15 (words13): the care system's and the benefits system's own names for its money, orders
and risks are system words, said plainly or explained (issue 17, item 14). Sentences written for
this file, not taken from any blind set."""

from __future__ import annotations

import pytest

from recordgen.wording import ChildWords, check_text
from recordgen.wording.check import FindingKind

CHILD = ChildWords.of("Robin Shaw", "Robin", "he/him")


def _system_words(text: str, band: str) -> list[str]:
    return [n.word for n in check_text(text, band=band, child=CHILD) if n.kind is FindingKind.system_word]


@pytest.mark.parametrize("band, text, word", [
    ("middle", "Your school gets pupil premium money to pay for your tutor.", "pupil premium"),
    ("young", "Auntie Rose wants to ask the court for a special guardianship order.", "special guardianship order"),
    ("teen", "Your gran is now your special guardian.", "special guardian"),
    ("young_adult", "You can keep living with Jo and Pete under a staying put agreement.", "staying put agreement"),
    ("young_adult", "Your Personal Independence Payment starts next month.", "Personal Independence Payment"),
    ("young_adult", "You filled in the form for Housing Benefit with Dan.", "Housing Benefit"),
    ("young_adult", "Your UC payment comes on the same day each month.", "UC"),
    ("young_adult", "You sent off your DLA form last week.", "DLA"),
    ("teen", "Your worker will talk with you about CCE and how to stay safe.", "CCE"),
])
def test_a_care_or_benefits_systems_name_is_a_system_word(band, text, word):
    assert word in _system_words(text, band)


@pytest.mark.parametrize("band, text", [
    ("teen", "You are working hard for your GCSEs."),
    ("young", "Your hamster is called Pip and he loves his wheel."),
    ("young_adult", "You can stay with Mandy after you turn 18; this is called staying put."),
    ("middle", "You were staying put in your room when the fire alarm went off."),
])
def test_the_same_letters_or_words_in_everyday_use_are_not(band, text):
    assert _system_words(text, band) == []


@pytest.mark.parametrize("band, text, word", [
    ("young_adult", "Your court date was adjourned to May.", "adjourned"),
    ("teen", "The judge asked for an adjournment so that Dad could get a lawyer.", "adjournment"),
])
def test_the_courts_word_for_a_hearing_put_off_is_a_system_word(band, text, word):
    assert word in _system_words(text, band)
