"""Session 15 (words13): a word adults rate a thing, made of two everyday words learned by EVERYDAY_AGE, is as
familiar as its parts ('zoo' + 'keeper'; issue 17, item 14). Sentences written for this file, not taken
from any blind set."""

from __future__ import annotations

import pytest

from recordgen.wording import ChildWords, check_text
from recordgen.wording.check import FindingKind

CHILD = ChildWords.of("Robin Shaw", "Robin", "he/him")


def _hard(text: str, band: str) -> list[str]:
    return [n.word.lower() for n in check_text(text, band=band, child=CHILD)
            if n.kind is FindingKind.reading_level and n.word]


@pytest.mark.parametrize("band, text", [
    ("early", "You played shops and you were the shopkeeper."),    # 'shop' + 'keeper'
    ("young", "You met a beekeeper at the farm and saw the hives."),  # 'bee' + 'keeper'
])
def test_a_thing_made_of_two_everyday_words_is_familiar(band, text):
    assert _hard(text, band) == []


@pytest.mark.parametrize("band, text, word", [
    ("young", "A lawmaker came to visit your school.", "lawmaker"),          # 'law' is learned late
    ("middle", "You were the timekeeper at the football match.", "timekeeper"),  # not rated a thing
])
def test_not_when_a_part_is_learned_late_or_the_word_is_not_a_thing(band, text, word):
    assert word in _hard(text, band)
