"""Session 16 (words15): a word lemminflect does not know is rated as concrete or abstract as its stem with a
regular -ed or -ing undone, as its frequency already was ('marginalised' as 'marginalise', 1.85: abstract), so an
abstract word learned late is hard to the band (issue 17, item 14). Sentences written for this file, not taken from
any blind set."""

from __future__ import annotations

from recordgen.wording import ChildWords, check_text
from recordgen.wording.check import FindingKind
from recordgen.wording.familiar import concreteness

CHILD = ChildWords.of("Robin Shaw", "Robin", "he/him")


def _hard(text: str, band: str) -> list[str]:
    return [n.word for n in check_text(text, band=band, child=CHILD) if n.kind is FindingKind.reading_level]


def test_an_unknown_inflection_is_rated_as_its_stem():
    assert concreteness("marginalised") == concreteness("marginalise") < 2.5


def test_an_abstract_word_learned_late_is_hard_in_any_inflection():
    assert "marginalised" in _hard("Your friends at the club felt marginalised.", "young_adult")


def test_a_childs_doing_word_stays_plain():
    assert _hard("You like hoovering your room with Nan.", "young") == []


def test_a_things_rating_is_not_a_verbs_made_of_it():
    """'nightclubbing' is not rated as 'nightclub', a thing: it stays hard to a 5-year-old."""
    assert concreteness("nightclubbing") is None
    assert "nightclubbing" in _hard("Your big sister likes nightclubbing.", "young")
