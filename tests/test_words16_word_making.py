"""Session 17 (words16), how a word is made (issue 17, item 14). Sentences written for this file, not taken from any
blind set.

- Over-, out- and under- on a plain verb, in a word lemminflect does not know and no norm rates, is that verb done too
  much, better or too little ('overthinking', as 're-' on one already was: 'resit').
- A noun no norm rates made of a verb and -ant is an office word ('claimant'): -ant made no Latinate ending.
"""

from __future__ import annotations

import pytest

from recordgen.wording import ChildWords, check_text
from recordgen.wording import familiar
from recordgen.wording.check import FindingKind

CHILD = ChildWords.of("Robin Shaw", "Robin", "he/him")


def _hard(text: str, band: str) -> list[str]:
    return [n.word for n in check_text(text, band=band, child=CHILD) if n.kind is FindingKind.reading_level]


@pytest.mark.parametrize("band, text", [
    ("teen", "You lie awake overthinking things after a hard day."),
    ("young_adult", "You said you were overthinking the interview."),
])
def test_a_plain_verb_done_too_much_is_familiar(band, text):
    assert _hard(text, band) == []


def test_a_formal_word_is_still_hard():
    assert "disbursed" in _hard("The money will be disbursed next week.", "young_adult")


@pytest.mark.parametrize("word", ["claimant", "claimants", "determinant"])
def test_a_verb_with_ant_no_norm_rates_is_an_office_word(word):
    """'claimant' (3.14) passed a young adult: no norm rates it, and -ant makes no Latinate ending."""
    assert familiar._unrated_agent(word)
    assert word in _hard(f"We talked about the {word} at the meeting.", "young_adult")


@pytest.mark.parametrize("word", ["assistant", "servant", "important", "tenant"])
def test_one_of_speech_is_not(word):
    assert not familiar._unrated_agent(word)
