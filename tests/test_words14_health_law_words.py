"""Session 16 (words14): the law's and the health services' own names for what a young person can decide and
do, 'capacity' (the Mental Capacity Act's, bare after have or lack) and 'sleep hygiene', are system words,
explained or said plainly (issue 17, item 14). Sentences written for this file, not taken from any blind set."""

from __future__ import annotations

import pytest

from recordgen.wording import ChildWords, check_text
from recordgen.wording.check import FindingKind

CHILD = ChildWords.of("Robin Shaw", "Robin", "he/him")


def _system_words(text: str, band: str) -> list[str]:
    return [n.word for n in check_text(text, band=band, child=CHILD) if n.kind is FindingKind.system_word]


@pytest.mark.parametrize("band, text, word", [
    ("young_adult", "The doctor said you have capacity to decide about your treatment.", "have capacity"),
    ("young_adult", "Your mum lacks capacity to look after her money just now.", "lacks capacity"),
    ("teen", "A mental capacity assessment will happen before you turn 16.", "mental capacity"),
    ("young_adult", "You asked for a capacity assessment for your brother.", "capacity assessment"),
    ("teen", "You and Jo are working on your sleep hygiene.", "sleep hygiene"),
])
def test_a_law_or_health_services_name_is_a_system_word(band, text, word):
    assert word in _system_words(text, band)


@pytest.mark.parametrize("band, text", [
    ("young_adult", "You have the capacity to be a great chef one day."),
    ("teen", "The stadium has a capacity of sixty thousand."),
    ("middle", "You wash your hands before tea."),
])
def test_the_same_words_in_everyday_use_are_not(band, text):
    assert _system_words(text, band) == []
