"""Session 17 (words16): a scheme's, an order's or a payment's own name written as one, capitalised words ending in
what it is (Plan, Order, Allowance, Fund, Request...), is a system word to say plainly (issue 17, item 14). Before,
every capitalised word inside a sentence passed as a name. Sentences written for this file, not taken from any blind
set."""

from __future__ import annotations

import pytest

from recordgen.wording import ChildWords, check_text
from recordgen.wording.check import FindingKind

CHILD = ChildWords.of("Robin Shaw", "Robin", "he/him")


def _system_words(text: str, band: str) -> list[str]:
    return [n.word for n in check_text(text, band=band, child=CHILD) if n.kind is FindingKind.system_word]


@pytest.mark.parametrize("band, text, word", [
    ("young_adult", "We looked at the Council Tax Exemption Scheme for you.", "Council Tax Exemption Scheme"),
    ("teen", "Your school spends your Pupil Equipment Grant on a laptop.", "Pupil Equipment Grant"),
    ("middle", "The judge made a Special Guardianship Support Plan with Nana.", "Special Guardianship Support Plan"),
    ("young_adult", "You get Disability Support Payment every month.", "Disability Support Payment"),
    ("young_adult", "We will help you fill in the Housing Needs Assessment.", "Housing Needs Assessment"),
    ("young_adult", "You can ask for a Discretionary Housing Payment.", "Discretionary Housing Payment"),
    ("teen", "The 16-18 Travel Fund pays for your bus pass.", "16-18 Travel Fund"),
])
def test_a_schemes_own_name_is_a_system_word(band, text, word):
    assert word in _system_words(text, band)


@pytest.mark.parametrize("band, text", [
    ("teen", "You go to Breakfast Club before school."),
    ("middle", "Sophie Grant is your new teacher."),
    ("teen", "You won the Sports Award this year."),
    ("young_adult", "The Children's Rights Service can help you."),
    ("young", "You made a plan for the holidays."),
    ("teen", "The Plan is to see your nan on Sunday."),
    ("middle", "You love the film Kayden Grant made with his class."),
])
def test_a_person_a_place_or_a_plain_plan_is_not(band, text):
    assert _system_words(text, band) == []
