"""Session 16 (words15): an adjective only (lemminflect knows it as nothing else), which the concreteness ratings
leave out, learned from reading (10 or after) and past halfway from the band's known age to its late one, names a
quality: it is held to an abstract word's bar ('arduous', 13.9, to a young adult; issue 17, item 14). Not an
adjective learned before reading ('golden', 'rotten' to the under-8s), nor one as common as the abstract words' bar
allows. Sentences written for this file, not taken from any blind set."""

from __future__ import annotations

import pytest

from recordgen.wording import ChildWords, check_text
from recordgen.wording.check import FindingKind

CHILD = ChildWords.of("Robin Shaw", "Robin", "he/him")


def _hard(text: str, band: str) -> list[str]:
    return [n.word for n in check_text(text, band=band, child=CHILD) if n.kind is FindingKind.reading_level]


@pytest.mark.parametrize("band, text, word", [
    ("young_adult", "You found the first weeks of your course arduous.", "arduous"),
    ("young_adult", "You said the flat was sumptuous.", "sumptuous"),
    ("middle", "The move to your new class was seamless.", "seamless"),
])
def test_an_unrated_adjective_learned_late_is_hard(band, text, word):
    assert word in _hard(text, band)


@pytest.mark.parametrize("band, text", [
    ("early", "You found a golden leaf and a rotten apple."),
    ("young", "The clumsy puppy knocked over your juice."),
    ("teen", "You said your new school is quite strict."),
    ("young_adult", "Your video went viral at college."),
])
def test_an_adjective_learned_before_reading_or_common_is_not(band, text):
    assert _hard(text, band) == []
