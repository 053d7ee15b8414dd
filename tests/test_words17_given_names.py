"""Session 18 (words17): a given name that is a word too, opening a sentence before a verb that agrees with it, is
the name of who did it ('Sue says...', 'Mark thinks...'), not the word ('sue', hard to the under-5s). Sentences
written for this file, not taken from any blind set (issue 17, item 14).
"""

from __future__ import annotations

import pytest

from recordgen.wording import ChildWords, check_text
from recordgen.wording.check import FindingKind

CHILD = ChildWords.of("Robin Shaw", "Robin", "he/him")


def _hard(text: str, band: str) -> list[str]:
    return [n.word for n in check_text(text, band=band, child=CHILD) if n.kind is FindingKind.reading_level]


@pytest.mark.parametrize("band, text", [
    ("early", "Sue says you love splashing in the bath."),
    ("early", "Sue said you sang a song at nursery."),
    ("early", "Sue will take you to the park on Saturday."),
    ("young", "Sue thinks your reading is getting better."),
])
def test_a_given_name_before_its_verb_is_a_name(band, text):
    assert _hard(text, band) == []


@pytest.mark.parametrize("text", [
    "Sue them if they do not pay you back.",  # the verb's bare form: 'sue' is the word
    "Suing is what people do in court.",
])
def test_the_word_itself_is_still_hard(text):
    assert [w.lower() for w in _hard(text, "early")][:1] in (["sue"], ["suing"])
