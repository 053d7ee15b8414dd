"""Blind review 26, finding 22: a child under 4's booklet said "This booklet is for the grown-up who
looks after Robin, ..." and then "This book is for you, Robin.", and asked the child to give it back
or have "an adult you trust" send it. The early band's booklet (under 5) says once, to the child it
speaks to, that it is filled in with the grown-up who looks after them, and that the grown-up gives
it back. A 5-year-old's is unchanged. Real booklets, read back."""

from __future__ import annotations

import re

import pytest

from recordgen.i18n import catalog, domain_gettext
from recordgen.rendering import consult
from recordgen.wording import voice
from recordgen.wording.check import check_text

from recordfiles import docx_text
from test_consult import documents, planned


def _booklet(born: str, language: str = "en", pronouns: str = "they/them") -> str:
    data = planned("early")
    data["child"].update(date_of_birth=born, entered_care="2024-06-01", language=language, pronouns=pronouns)
    data["distribution"][0]["language"] = language
    data["review"]["date"] = "2027-03-16"
    return docx_text(documents(data, "child")["booklet", "child"].data)


@pytest.mark.parametrize("born", ["2024-03-01", "2022-06-01"])  # 3 and 4 on the review day
def test_an_under_fives_booklet_says_once_that_it_is_filled_in_with_the_grown_up(born):
    text = _booklet(born)
    assert ("This booklet is for you, Robin, to fill in with a grown-up who looks after you. "
            "Your review is on Tuesday, 16 March 2027.") in text
    assert len(re.findall(r"This book(let)? is for", text)) == 1
    assert "This booklet is for the grown-up" not in text and "A grown-up you know can help you." not in text
    assert ("The grown-up who looks after you can give this booklet back to me before your meeting. "
            "The grown-up can also email the answers to helen.price@example.gov.uk.") in text
    assert "An adult you trust" not in text and "You can also email your answers" not in text


def test_a_five_year_olds_booklet_is_unchanged():
    text = _booklet("2021-06-01")
    assert "This book is for you, Robin. Your review is on Tuesday, 16 March 2027." in text
    assert "grown-up who looks after" not in text


@pytest.mark.parametrize("language", ["ar", "bn", "ckb", "cy", "fa_AF", "pl", "ps", "pt", "ro", "ti", "uk", "ur"])
def test_in_every_language(language):
    text = _booklet("2024-03-01", language, "she/her")
    _ = domain_gettext(language, consult.CONSULT_DOMAIN, "female")
    back = _(consult.SEND_BACK_EARLY)
    assert back != consult.SEND_BACK_EARLY and back in text
    assert catalog(language, consult.CONSULT_DOMAIN).gettext(consult.BOOKLET_ABOUT_EARLY) != consult.BOOKLET_ABOUT_EARLY
    assert _(consult.SEND_BACK_CHILD) not in text


def test_the_new_sentences_keep_the_early_bands_language_rules():
    child = voice.ChildWords.of("Sam Lee", "Sam", "they/them")
    sentences = consult.english_sentences("early", date_of_birth="2023-06-01")
    assert any(s.startswith("This booklet is for you, Sam, to fill in") for s in sentences)
    mine = [s for s in sentences if s.startswith(("This booklet is for you", "The grown-up"))]
    assert len(mine) == 2
    for sentence in mine:
        sentence = re.sub(r"\S+@\S+|\b0[\d ]{9,12}\d\b", "", sentence)
        found = [f for f in check_text(sentence, band="early", child=child,
                                       names=frozenset({"helen", "price", "sam"}))
                 if f.kind in ("reading-level", "system-word")]
        assert not found, (sentence, [f.message for f in found])
