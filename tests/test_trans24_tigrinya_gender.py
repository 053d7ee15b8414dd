"""Blind review 25, finding 8: Tigrinya copies of a girl and of a child of unknown gender said
"you" in the masculine (-ካ/-ኻ) in the pathway-plan and complaints sentences, and a boy's copy
the polite plural (-ኩም) in the kinship carer's complaints line. Each copy now says "you" one
way: -ኪ to a girl, -ካ to a boy, the polite plural where no gender is known. Renders real copies."""

from __future__ import annotations

import copy
import re

import pytest

from recordgen import api

from recordfiles import AHMAD, SAM, docx_text, example_data

MASCULINE = re.compile(r"(ካ|ኻ)(?=[\s።፡,.፣]|$)")
FEMININE = re.compile(r"(ኪ|ኺ)(?=[\s።፡,.፣]|$)")
PLURAL = re.compile(r"(ኩም|ኹም)(?=[\s።፡,.፣]|$)")


def child_copy(data: dict, pronouns: str) -> str:
    data = copy.deepcopy(data)
    data["child"]["pronouns"] = pronouns
    for recipient in data["distribution"]:
        if recipient["role"] == "child":
            recipient["language"] = "ti"
    loaded = api.load_data(data, "record.yaml")
    recipient = api.recipient_for(loaded.record, "child")
    return docx_text(api.Renderer(allow_untranslated=True).render_copy(loaded.record, recipient).data)


def helping_sentences(text: str) -> list[str]:
    """The sentences saying who helps ("ይሕግዘ", "ክሕግዙ", "ክንሕግዘ") and turning 18."""
    return [s for s in re.split(r"(?<=።)", text) if re.search(r"ሕግዘ|ሕግዙ|ምምላእ", s)]


@pytest.mark.parametrize("base", [AHMAD, SAM], ids=["ahmad", "sam"])
@pytest.mark.parametrize("pronouns, wrong", [("she/her", (MASCULINE, PLURAL)), ("they/them", (MASCULINE, FEMININE)),
                                              ("he/him", (FEMININE, PLURAL))])
def test_who_helps_is_said_in_the_childs_own_you(base, pronouns, wrong):
    sentences = helping_sentences(child_copy(example_data(base), pronouns))
    assert sentences
    for sentence in sentences:
        for pattern in wrong:
            assert not pattern.search(sentence), (pronouns, sentence)


def test_a_boy_living_with_his_aunt_is_told_she_can_help_in_the_masculine():
    data = copy.deepcopy(example_data(SAM))
    data["placement"]["carers"] = "Layla Haddad (your aunt)"
    sentences = helping_sentences(child_copy(data, "he/him"))
    assert sentences
    for sentence in sentences:
        assert not PLURAL.search(sentence) and not FEMININE.search(sentence), sentence
