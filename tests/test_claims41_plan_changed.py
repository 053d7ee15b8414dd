"""A plan changed at this review (``still_right: changed``) whose own words already say so ('Your plan has
changed. The plan is now...') is not told to the child a second time ('At your review, we agreed a new plan
for you.'): the copy says only 'I think it is the right plan for you.' (blind review 33, finding 6)."""

from __future__ import annotations

from pathlib import Path

import pytest

from recordgen import api
from recordgen.i18n import gettext_functions

from recordfiles import docx_text

SIBLINGS = Path(__file__).parent / "data" / "claims41" / "siblings"
LANGUAGES = ("cy", "pl", "ro", "uk", "pt", "ar", "ur", "ps", "fa_AF", "ckb", "ti", "bn")
SHORT = "I think it is the right plan for you."
AGAIN = "At your review, we agreed a new plan for you."


def _copy(path: Path, who: str = "child", change=None) -> str:
    loaded = api.load_record(path)
    if change:
        change(loaded.record)
    return docx_text(api.Renderer().render_copy(loaded, api.recipient_for(loaded.record, who)).data)


@pytest.mark.parametrize("name, plan_words", [("mia-adoption.yaml", "Your plan has changed."),
                                              ("leo-longterm.yaml", "we agreed your new plan")])
def test_a_plan_that_says_it_changed_is_not_told_so_again(name, plan_words):
    for who in ("child", "parent"):
        text = _copy(SIBLINGS / name, who)
        assert plan_words in text
        assert AGAIN not in text, who
        assert SHORT in text, who


def test_a_plan_that_does_not_say_so_still_hears_it_was_agreed_at_the_review():
    def plain(record):
        record.care_plan.plan = "The plan is for you to be adopted by a new family who will look after you for always."
    text = _copy(SIBLINGS / "mia-adoption.yaml", change=plain)
    assert f"{AGAIN} {SHORT}" in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_has_the_short_sentences(language):
    _ = gettext_functions(language)[0]
    for english in (SHORT, "I thought it was the right plan for you."):
        assert _(english) != english
