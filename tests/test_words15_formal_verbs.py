"""Session 16 (words15): the formal verbs of letters that the plain-English guides give an everyday verb for
('attend': go to, 'purchase': buy, 'consult': ask, 'exhibit': show) are office words, with the office words' bar,
whatever age the norms say a child hears them at (issue 17, item 14). Sentences written for this file, not taken
from any blind set."""

from __future__ import annotations

import pytest

from recordgen.wording import ChildWords, check_text
from recordgen.wording.check import FindingKind

CHILD = ChildWords.of("Robin Shaw", "Robin", "he/him")


def _hard(text: str, band: str) -> list[str]:
    return [n.word for n in check_text(text, band=band, child=CHILD) if n.kind is FindingKind.reading_level]


@pytest.mark.parametrize("band, text, word", [
    ("young", "You attend Rainbows on Tuesdays.", "attend"),
    ("young", "Mo will purchase a bike for you.", "purchase"),
    ("middle", "The school will consult your carers.", "consult"),
    ("middle", "You exhibited great patience with your brother.", "exhibited"),
    ("middle", "You can obtain a library card at the desk.", "obtain"),
])
def test_a_formal_verb_of_letters_is_hard_to_a_child(band, text, word):
    assert word in _hard(text, band)


@pytest.mark.parametrize("band, text", [
    ("teen", "You attend a youth club on Fridays."),
    ("young", "You go to Rainbows on Tuesdays."),
    ("young", "Mo will buy a bike for you."),
])
def test_the_older_bands_and_the_plain_verbs_are_not(band, text):
    assert _hard(text, band) == []


def test_the_plain_verb_is_suggested():
    note = next(n for n in check_text("You attend Rainbows on Tuesdays.", band="young", child=CHILD)
                if n.word == "attend")
    assert note.suggestion == "say instead: go to"


@pytest.mark.parametrize("band, text, word", [
    ("young", "Lots of professionals help you at school.", "professionals"),
    ("early", "You are currently at nursery three days.", "currently"),
    ("young", "Unfortunately the trip was cancelled.", "Unfortunately"),
])
def test_an_office_word_with_a_plainer_one_is_hard_to_the_under_8s_however_common(band, text, word):
    """'professionals' (Zipf 5.05) was above every bar: the under-8s hear it only in adults' talk about them."""
    assert word in _hard(text, band)


def test_older_children_know_the_common_ones():
    assert _hard("Lots of professionals help you at school.", "middle") == []
