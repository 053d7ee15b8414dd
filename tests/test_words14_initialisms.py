"""Session 16 (words14): to the under-5s, who do not read yet, an initialism ('MRI', 'GP') is letters said one
by one: a hard word unless as common as an everyday word ('TV'). Older bands are unchanged. Sentences written
for this file, not taken from any blind set."""

from __future__ import annotations

import pytest

from recordgen.wording import ChildWords, check_text
from recordgen.wording.check import FindingKind
from recordgen.wording.familiar import unknown_initialism

CHILD = ChildWords.of("Robin Shaw", "Robin", "he/him")


def _hard(text: str, band: str) -> list[str]:
    return [n.word for n in check_text(text, band=band, child=CHILD) if n.kind is FindingKind.reading_level]


@pytest.mark.parametrize("text, word", [
    ("The GP looked in your ears.", "GP"),
    ("You had an ECG at the hospital and were very still.", "ECG"),
    ("The ENT doctor looked up your nose.", "ENT"),  # 'OT' is a system word to every band since session 16 (words15)
    ("The MRI's noise was loud, so you wore ear muffs.", "MRI's"),
])
def test_an_initialism_is_hard_to_the_under_5s(text, word):
    assert word in _hard(text, "early")


@pytest.mark.parametrize("band, text", [
    ("early", "You like watching TV with Nana."),
    ("early", "You said OK and gave Jo a big hug."),
    ("young", "You had an MRI and you were very brave."),
    ("teen", "Your GP gave you a new inhaler."),
    ("young_adult", "You wrote your CV with Sam."),
    ("middle", "You forgot your PE kit on Monday."),
])
def test_an_everyday_initialism_or_an_older_band_is_not(band, text):
    assert _hard(text, band) == []


def test_a_word_in_capitals_is_no_initialism():
    assert not any(unknown_initialism(word, 5.0) for word in ("WOW", "STOP", "Tom", "I"))


def test_the_letters_of_a_code_are_not():
    assert _hard("Your case number is TS-00001 and your room is B12.", "early") == []
