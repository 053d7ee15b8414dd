"""Session 15 (words13), from a blind review: `check` let 'independent' and 'volunteer' through to a child under
5. The words the record tells a child of their rights with ('someone independent', 'a volunteer who visits
you') are told, with their meaning, from the young band on; the under-5s' copy says 'a grown-up who is on
your side' instead, so to them they are hard words. And the capitalised words of a name spelt out in a
suggestion ('your Independent Reviewing Officer') are no plain words offered, so not let off for it."""

from __future__ import annotations

import pytest

from recordgen.wording import ChildWords, check_text
from recordgen.wording.check import FindingKind

CHILD = ChildWords.of("Robin Shaw", "Robin", "he/him")


def _hard(text: str, band: str) -> list[str]:
    return [n.word.lower() for n in check_text(text, band=band, child=CHILD)
            if n.kind is FindingKind.reading_level and n.word]


@pytest.mark.parametrize("text, word", [
    ("You like being independent when you put your shoes on.", "independent"),
    ("A volunteer takes you to the park on Saturdays.", "volunteer"),
    ("Two volunteers read stories at your nursery.", "volunteers"),
])
def test_rights_words_are_hard_to_a_child_under_5(text, word):
    assert word in _hard(text, "early")
    assert word in _hard(text, "young")  # and to 5 to 7, whose copy says it in little words too (blind review 29)


@pytest.mark.parametrize("band", ["middle", "teen", "young_adult"])
@pytest.mark.parametrize("text", [
    "An advocate is someone independent who helps you say what you think.",
    "A volunteer takes you to the park on Saturdays.",
])
def test_but_not_to_the_older_bands_who_are_told_them(band, text):
    assert _hard(text, band) == []


def test_a_name_spelt_out_inside_a_sentence_is_still_a_name():
    assert _hard("You can talk to your Independent Reviewing Officer.", "early") == []


def test_the_name_of_a_right_the_record_explains_is_not_a_hard_word():
    """'independent visitor' is a right the record must tell every child of, and its rights part says what
    one is to each band ('a kind grown-up who comes to see you'), as it does for an advocate."""
    assert _hard("You do not have an independent visitor yet. You can ask for one.", "early") == []
    assert _hard("Independent visitors come to see you and have fun with you.", "early") == []
