"""Session 15 (words13): an abstract office word learned from reading (READING_AGE or after) is not let off
its ending for being learned a year before the band's known age ('reconciliation', 10.8, to 16-year-olds;
issue 17, item 14). Sentences written for this file, not taken from any blind set."""

from __future__ import annotations

import pytest

from recordgen.wording import ChildWords, check_text
from recordgen.wording.check import FindingKind

CHILD = ChildWords.of("Robin Shaw", "Robin", "he/him")


def _hard(text: str, band: str) -> list[str]:
    return [n.word.lower() for n in check_text(text, band=band, child=CHILD)
            if n.kind is FindingKind.reading_level and n.word]


@pytest.mark.parametrize("band, text, word", [
    ("young_adult", "The college asked for a justification of your absence.", "justification"),  # 10.7, 1.52
    ("young_adult", "We talked about your dependency on energy drinks.", "dependency"),               # 11.0, 1.93
])
def test_an_abstract_office_word_learned_from_reading_keeps_its_bar(band, text, word):
    assert word in _hard(text, band)


@pytest.mark.parametrize("band, text", [
    ("young_adult", "Your revision for the driving theory test is going well."),  # unrated: a pupil's word
    ("middle", "The detectives in your book solve the crime."),                   # 6.6: learned long before
])
def test_a_word_learned_before_reading_age_or_unrated_is_let_off(band, text):
    assert _hard(text, band) == []
