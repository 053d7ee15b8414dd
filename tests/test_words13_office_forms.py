"""Session 15 (words13): an office word listed in one form ('demonstrated': 'shown') is one in each form of
its verb ('demonstrate', 'acknowledges'; issue 17, item 14). Sentences written for this file, not taken
from any blind set."""

from __future__ import annotations

import pytest

from recordgen.wording import ChildWords, check_text
from recordgen.wording.check import FindingKind

CHILD = ChildWords.of("Robin Shaw", "Robin", "he/him")


def _hard(text: str, band: str) -> list[str]:
    return [n.word.lower() for n in check_text(text, band=band, child=CHILD)
            if n.kind is FindingKind.reading_level and n.word]


@pytest.mark.parametrize("band, text, word", [
    ("middle", "You can demonstrate your new dance at the school show.", "demonstrate"),
    ("middle", "Your teacher wants to acknowledge how hard you tried.", "acknowledge"),
    ("young", "It is hard to concentrate when the class is noisy.", "concentrate"),
])
def test_each_form_of_an_office_verb_is_an_office_word(band, text, word):
    assert word in _hard(text, band)


@pytest.mark.parametrize("band, text", [
    ("teen", "You will demonstrate your science project to the class."),  # learned long before 12
    ("middle", "You had a great experience on the school trip."),         # 'experience' is no office word
])
def test_not_where_the_band_knows_it(band, text):
    assert _hard(text, band) == []
