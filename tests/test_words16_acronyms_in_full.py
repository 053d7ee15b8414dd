"""Session 17 (words16): what the glossary's acronyms stand for, written out ('youth offending team', 'child
protection plan', 'return home interview', 'Strengths and Difficulties Questionnaire'), is as much the system's own
words as the letters are (issue 17, item 14). Sentences written for this file, not taken from any blind set."""

from __future__ import annotations

import pytest

from recordgen.wording import ChildWords, check_text
from recordgen.wording.check import FindingKind

CHILD = ChildWords.of("Robin Shaw", "Robin", "he/him")


def _system_words(text: str, band: str) -> list[str]:
    return [n.word for n in check_text(text, band=band, child=CHILD) if n.kind is FindingKind.system_word]


@pytest.mark.parametrize("band, text, word", [
    ("teen", "Your worker from the Youth Offending Service came too.", "Youth Offending Service"),
    ("middle", "You are on a child protection plan.", "child protection plan"),
    ("young", "The initial child protection conference is next week.", "initial child protection conference"),
    ("teen", "You had a return home interview on Friday.", "return home interview"),
    ("middle", "Your carers filled in the Strengths and Difficulties Questionnaire.",
     "Strengths and Difficulties Questionnaire"),
    ("teen", "You see someone from Child and Adolescent Mental Health Services.",
     "Child and Adolescent Mental Health Services"),
    ("young_adult", "You were not in education, employment or training for a while.",
     "not in education, employment or training"),
])
def test_an_acronym_written_out_is_a_system_word(band, text, word):
    assert word in _system_words(text, band)


@pytest.mark.parametrize("band, text", [
    ("middle", "You baked cakes for Children in Need."),
    ("teen", "Your social worker and your personal adviser came."),
    ("young", "You played in the team at school."),
])
def test_a_name_a_child_is_told_is_not(band, text):
    assert _system_words(text, band) == []
