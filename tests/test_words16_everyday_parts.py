"""Session 17 (words16): words a child makes of everyday words (issue 17, item 14). Sentences written for this file,
not taken from any blind set.

- A word adults rate a thing, made of two everyday words, is as familiar as its parts when a part is one the age table
  leaves out for being commoner than any bar ('cards' of 'flashcards', 'book' of 'scrapbooks'): before, a missing age
  counted as learned late.
"""

from __future__ import annotations

import pytest

from recordgen.wording import ChildWords, check_text
from recordgen.wording import familiar
from recordgen.wording.check import FindingKind

CHILD = ChildWords.of("Robin Shaw", "Robin", "he/him")


def _hard(text: str, band: str) -> list[str]:
    return [n.word for n in check_text(text, band=band, child=CHILD) if n.kind is FindingKind.reading_level]


def test_a_part_too_common_for_the_age_table_is_learned_early():
    assert familiar.age_of_acquisition("cards") is None  # left out of the table as never hard
    assert familiar._learned_by("cards", familiar.EVERYDAY_AGE)
    assert not familiar._learned_by("zumba", familiar.EVERYDAY_AGE)


@pytest.mark.parametrize("band, text", [
    ("teen", "You learn your French words with flashcards."),
])
def test_words_made_of_everyday_words_are_familiar(band, text):
    assert _hard(text, band) == []


def test_a_formal_word_is_still_hard():
    assert "disbursed" in _hard("The money will be disbursed next week.", "young_adult")
