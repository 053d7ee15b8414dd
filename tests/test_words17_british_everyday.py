"""Session 18 (words17): the words of a British child's school, doctor's, table, games and year that the US norms put
late or leave out ('brilliant' 8.0, 'detention' 10.2, 'revision' 10.3, 'payslip' unrated) are everyday from the band
familiar.BRITISH_EVERYDAY gives each; a younger band judges them as any other word (issue 17, item 14). Sentences
written for this file, not taken from any blind set.
"""

from __future__ import annotations

import pytest

from recordgen.wording import ChildWords, check_text
from recordgen.wording.check import FindingKind

CHILD = ChildWords.of("Robin Shaw", "Robin", "he/him")


def _hard(text: str, band: str) -> list[str]:
    return [n.word for n in check_text(text, band=band, child=CHILD) if n.kind is FindingKind.reading_level]


@pytest.mark.parametrize("band, text", [
    ("early", "Your drawing of a fox was brilliant."),
    ("young", "You were an angel in the nativity, then went to the panto."),
    ("young", "You open your advent calendar before breakfast."),
    ("young", "You rode the waltzers and the helter-skelter, then a pedalo."),
    ("young", "You were brave when you had your injection."),
    ("young", "You like spag bol, and Nan makes a good bolognese."),
    ("middle", "You won a medal at the swimming gala."),
    ("middle", "Your team won two nil on Saturday."),
    ("middle", "You helped make fajitas for tea."),
    ("teen", "You have had no detentions this term."),
    ("teen", "You are revising for your mocks with a friend."),
    ("teen", "Your revision timetable is on the fridge."),
    ("teen", "You were chuffed with your test marks."),
    ("young_adult", "You keep each payslip in a folder."),
])
def test_everyday_for_the_band(band, text):
    assert _hard(text, band) == []


@pytest.mark.parametrize("band, text, word", [
    ("middle", "You have had no detentions this term.", "detentions"),  # primary pupils: not yet
    ("young", "You are revising for your test.", "revising"),
    ("teen", "You keep each payslip in a folder.", "payslip"),  # a first job is from 16
])
def test_a_younger_band_judges_the_word_as_before(band, text, word):
    assert word in _hard(text, band)


def test_formal_words_beside_them_are_still_hard():
    assert "remuneration" in _hard("Your payslip shows your remuneration.", "young_adult")
    assert "rescinded" in _hard("Your detention was rescinded.", "teen")
