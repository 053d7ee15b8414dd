"""Blind review 28, finding F10: a 4-year-old's invitation (the early band, under 5 by age) said "You can
draw in your booklet or phone me." and "Please give it back to me before the meeting.", as to a child who
phones and posts; her booklet (trans25) and a 3-year-old's papers speak of the grown-up who looks after
her. The early band's invitation now does too; a 5-year-old's is unchanged. Real invitations, read back."""

from __future__ import annotations

import re

import pytest

from recordgen.i18n import domain_gettext
from recordgen.rendering import consult
from recordgen.wording import voice
from recordgen.wording.check import check_text

from recordfiles import docx_text
from test_consult import documents, planned


def _invitation(born: str, language: str = "en") -> str:
    data = planned("early")
    data["child"].update(date_of_birth=born, entered_care="2024-06-01", language=language, pronouns="she/her")
    data["distribution"][0]["language"] = language
    data["review"]["date"] = "2027-03-16"
    return docx_text(documents(data, "child")["invitation", "child"].data)


def test_a_four_year_olds_invitation_asks_the_grown_up_to_phone_and_send_back():
    text = _invitation("2022-06-01")
    assert ("You can draw in your booklet. A grown-up who looks after you can phone me or tell me for you."
            in text)
    assert ("There is a booklet with this letter. The grown-up who looks after you can give it back to me "
            "before the meeting.") in text
    assert "or phone me" not in text and "Please give it back to me" not in text


def test_a_five_year_olds_is_unchanged():
    text = _invitation("2021-06-01")
    assert "You can draw in your booklet or phone me. A grown-up can tell me for you." in text
    assert "There is a booklet with this letter. Please give it back to me before the meeting." in text


@pytest.mark.parametrize("language", ["ar", "bn", "ckb", "cy", "fa_AF", "pl", "ps", "pt", "ro", "ti", "uk", "ur"])
def test_in_every_language(language):
    text = _invitation("2022-06-01", language)
    _ = domain_gettext(language, consult.CONSULT_DOMAIN, "female")
    for message in (consult.CANNOT_COME_WAYS_EARLY, consult.BOOKLET_WITH_EARLY):
        assert _(message) != message and _(message) in text


def test_the_new_sentences_keep_the_early_bands_language_rules():
    child = voice.ChildWords.of("Sam Lee", "Sam", "they/them")
    sentences = [s for s in consult.english_sentences("early", date_of_birth="2021-06-01")
                 if "grown-up who looks after you" in s]
    assert sentences
    for sentence in sentences:
        sentence = re.sub(r"\S+@\S+|\b0[\d ]{9,12}\d\b", "", sentence)
        found = [f for f in check_text(sentence, band="early", child=child, names=frozenset({"helen", "price", "sam"}))
                 if f.kind in ("reading-level", "system-word")]
        assert not found, (sentence, [f.message for f in found])
