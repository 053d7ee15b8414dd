"""Session 15 (words13): an abstract or office word learned more than halfway from the band's known_word_age
to its late_word_age, though not yet late for it, is held to a late word's bar (issue 17, item 14).
Sentences written for this file, not taken from any blind set."""

from __future__ import annotations

import pytest

from recordgen.wording import ChildWords, check_text
from recordgen.wording.check import FindingKind

CHILD = ChildWords.of("Robin Shaw", "Robin", "he/him")


def _hard(text: str, band: str) -> list[str]:
    return [n.word.lower() for n in check_text(text, band=band, child=CHILD)
            if n.kind is FindingKind.reading_level and n.word]


@pytest.mark.parametrize("band, text, word", [
    ("young", "Mum will suggest a game for you both to play.", "suggest"),   # 8.0, abstract
    ("young", "You told me your opinion about the new park.", "opinion"),     # 8.4
    ("young", "You will remain with Sue and Tom for now.", "remain"),         # 8.2
    ("young_adult", "The rent rise seemed arbitrary to you.", "arbitrary"),  # 14.1, not yet 14.5
    ("teen", "Being scared of the dark is not inherent: it can change.", "inherent"),  # 12.3, not yet 12.5
])
def test_an_abstract_word_learned_after_the_bands_age_is_hard(band, text, word):
    assert word in _hard(text, band)


@pytest.mark.parametrize("band, text", [
    ("early", "You gave Nana a lovely hug."),                 # 'lovely' 5.3: an under-5's word
    ("early", "Your crayons were everywhere on the table."),  # 'everywhere' 5.2
    ("young", "You realise you can ride your bike now."),     # 7.2: by the band's age
    ("young", "Your reading has improved a lot."),            # 7.5: not yet halfway to 8.5
    ("early", "Jo will explain it to you when you are ready."),  # 6.5: not yet halfway to 8.5
    ("teen", "You feel insecure about your new school."),     # 12.1, but in- on 'secure', a word they know
    ("teen", "Your teacher will suggest a book for you."),    # 8.0 is long before 11
    ("middle", "You told me your opinion about the school trip."),
])
def test_a_word_learned_by_then_is_not(band, text):
    assert _hard(text, band) == []


def test_an_abstract_office_word_learned_after_the_bands_age_at_all_is_hard():
    """Not only past halfway: 'contribution' (11.2, an office word rated abstract) to 12- to 15-year-olds;
    not 'distinction' (10.1) to 16-year-olds, learned before their known age."""
    assert "contribution" in _hard("Your contribution to the group project was great.", "teen")
    assert _hard("You got a distinction in your music exam.", "young_adult") == []
