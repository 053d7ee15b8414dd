"""A 15-year-old reading at the young level, at his seventh review, is not told what a review is ('We had
a meeting about you ... It is called a review.'): his copy opens with the teen's opening in plain words,
that the IRO is not part of his social worker's team included; only a first review is named for what it
is (blind review 33, finding 9). Kayden's record is the reviewer's (fictional)."""

from __future__ import annotations

from pathlib import Path

import pytest

from recordgen import api
from recordgen.i18n import gettext_functions

from recordfiles import docx_text

KAYDEN = Path(__file__).parent / "data" / "claims41" / "kayden-teen.yaml"
LANGUAGES = ("cy", "pl", "ro", "uk", "pt", "ar", "ur", "ps", "fa_AF", "ckb", "ti", "bn")
APART = "I am not part of your social worker's team."


def _opening(change=None) -> str:
    loaded = api.load_record(KAYDEN)
    if change:
        change(loaded.record)
    text = docx_text(api.Renderer().render_copy(loaded, api.recipient_for(loaded.record, "child")).data)
    start = text.index("I am Sally")
    return text[start:text.index("\n", start)]


def test_a_teen_reading_at_the_young_level_is_not_told_what_a_review_is():
    opening = _opening()
    assert "It is called a review." not in opening and "We had a meeting about you" not in opening
    assert APART in opening
    assert "Your review was on Wednesday, 18 November 2026. It was at the council offices." in opening


def test_at_his_first_review_he_is_told_its_name():
    def first(record):
        record.review.sequence = 1
    opening = _opening(first)
    assert "It is called a review." in opening and APART in opening


def test_a_child_of_his_reading_level_keeps_the_little_childs_opening():
    def nine(record):
        record.child.date_of_birth = record.child.date_of_birth.replace(year=2017)
    opening = _opening(nine)
    assert "It is called a review." in opening and APART not in opening


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_has_the_sentence(language):
    _ = gettext_functions(language)[0]
    for english in (APART, "I was not part of your social worker's team."):
        assert _(english) != english
