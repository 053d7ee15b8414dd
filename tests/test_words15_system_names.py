"""Session 16 (words15): the school, SEND and health systems' own names for what they arrange around a child
('managed move', 'phased return', 'virtual school', 'Local Offer', 'referral', 'SALT'), the Children Act's other
sections by number ('section 17') and the leaving-care system's schemes written as names ('Setting Up Home
Allowance', 'Staying Put') are system words (issue 17, item 14). Sentences written for this file, not taken from any
blind set."""

from __future__ import annotations

import pytest

from recordgen.wording import ChildWords, check_text
from recordgen.wording.check import FindingKind

CHILD = ChildWords.of("Robin Shaw", "Robin", "he/him")


def _system_words(text: str, band: str) -> list[str]:
    return [n.word for n in check_text(text, band=band, child=CHILD) if n.kind is FindingKind.system_word]


@pytest.mark.parametrize("band, text, word", [
    ("teen", "Your head teacher talked about a managed move to Oak Lane.", "managed move"),
    ("middle", "You are on a reduced timetable until half term.", "reduced timetable"),
    ("teen", "The phased return starts on Monday.", "phased return"),
    ("teen", "You go to the pupil referral unit three days a week.", "pupil referral unit"),
    ("teen", "You like the teachers at the PRU.", "PRU"),
    ("teen", "You have alternative provision on Fridays.", "alternative provision"),
    ("young", "The Virtual School Head came to your review.", "Virtual School Head"),
    ("young_adult", "The Local Offer lists clubs near you.", "Local Offer"),
    ("middle", "Your doctor sent a referral to the eye clinic.", "referral"),
    ("early", "You see the SALT at nursery.", "SALT"),
    ("young", "The OT brought you a new chair.", "OT"),
    ("young_adult", "The council paid for your bike under Section 17.", "Section 17"),
    ("teen", "There were s47 enquiries last year.", "s47"),
    ("young_adult", "You have asked about your Setting Up Home Grant.", "Setting Up Home Grant"),
    ("young_adult", "Staying Put lets you stay with Jan and Mo.", "Staying Put"),
])
def test_a_systems_own_name_is_a_system_word(band, text, word):
    assert word in _system_words(text, band)


@pytest.mark.parametrize("band, text", [
    ("young_adult", "You will get a setting-up-home grant to help you buy things for your first flat."),
    ("young_adult", "You can stay with Mandy after you turn 18; this is called staying put."),
    ("middle", "Your guinea pigs are called Salt and Pepper."),
    ("teen", "You live with Pru and her two dogs."),
    ("teen", "Your sister's 17 now and your brother’s 20."),
    ("teen", "The shop had a local offer on pizza."),
    ("teen", "Your phone managed to move all your photos."),
])
def test_the_same_words_in_everyday_use_are_not(band, text):
    assert _system_words(text, band) == []


def test_a_sisters_age_is_no_section_20():
    """Before session 16 's 20' after an apostrophe read as 'section 20': 'Your sister's 20 now'."""
    assert _system_words("Your sister's 20 now.", "teen") == []
    assert "s20" in _system_words("You were accommodated under s20.", "teen")
