"""Session 15 (words13): a negative prefix on a formal word, learned from reading too, is formal ('in-sufficient',
'in-consistent'; issue 17, item 14). Sentences written for this file, not taken from any blind set."""

from __future__ import annotations

import pytest

from recordgen.wording import ChildWords, check_text
from recordgen.wording.check import FindingKind

CHILD = ChildWords.of("Robin Shaw", "Robin", "he/him")


def _hard(text: str, band: str) -> list[str]:
    return [n.word.lower() for n in check_text(text, band=band, child=CHILD)
            if n.kind is FindingKind.reading_level and n.word]


@pytest.mark.parametrize("band, text, word", [
    ("young_adult", "Your hours at the café are inconsistent from week to week.", "inconsistent"),
    ("teen", "The money you saved was insufficient for the trip.", "insufficient"),
])
def test_a_negative_prefix_on_a_formal_word_is_formal(band, text, word):
    assert word in _hard(text, band)


@pytest.mark.parametrize("band, text", [
    ("young_adult", "You felt your landlord was unreasonable about the rent."),  # 'reasonable' is no formal word
    ("teen", "You feel insecure about your new school."),                       # nor is 'secure'
])
def test_not_on_an_everyday_word(band, text):
    assert _hard(text, band) == []
