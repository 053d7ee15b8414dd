"""A role written as a school's or health acronym ("SENCo", "DSL", "LAC nurse", "YOT worker", "IV") is no
longer left as it is in a child's copy, as "IRO", "SW" and "PA" never were: every copy writes it in full,
and a letter to a child under 12 says what the person does ("Mrs Featherstonehaugh (teacher who helps
children with extra needs)"), in every language (blind review 33, finding 8). Leo's record is the
reviewer's (fictional)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from recordgen import api
from recordgen.i18n import gettext_functions
from recordgen.record.roles import in_full

from recordfiles import docx_text

LEO = Path(__file__).parent / "data" / "claims41" / "siblings" / "leo-longterm.yaml"
LANGUAGES = ("cy", "pl", "ro", "uk", "pt", "ar", "ur", "ps", "fa_AF", "ckb", "ti", "bn")
EXPLAINED = "teacher who helps children with extra needs"


def _copy(who: str = "child", change=None, language: str | None = None) -> str:
    loaded = api.load_record(LEO)
    if change:
        change(loaded.record)
    recipient = api.recipient_for(loaded.record, who)
    if language:
        recipient = recipient.model_copy(update={"language": language})
    return docx_text(api.Renderer(allow_untranslated=bool(language)).render_copy(loaded, recipient).data)


@pytest.mark.parametrize("written, full", [
    ("SENCo", "special educational needs coordinator"), ("your SENCO", "your special educational needs coordinator"),
    ("DSL", "designated safeguarding lead"), ("LAC nurse", "nurse for children in care"),
    ("YOT worker", "youth offending team worker"), ("IV", "independent visitor"), ("Pa", "Pa"),
])
def test_the_acronyms_are_written_in_full(written, full):
    assert in_full(written) == full


def test_leos_copy_says_what_his_senco_does():
    text = _copy()
    assert f"Mrs Featherstonehaugh ({EXPLAINED}): sent a report" in text
    assert "SENCo" not in text


def test_a_teenagers_copy_gives_the_role_in_full():
    def fourteen(record):
        record.child.date_of_birth = record.child.date_of_birth.replace(year=dt.date.today().year - 14)
    text = _copy(change=fourteen)
    assert "Mrs Featherstonehaugh (special educational needs coordinator)" in text and "SENCo" not in text


def test_a_designated_safeguarding_lead_is_explained_too():
    def dsl(record):
        for person in record.review.attendees:
            if person.role == "SENCo":
                person.role = "DSL"
    assert "Mrs Featherstonehaugh (teacher who keeps children safe at school)" in _copy(change=dsl)


def test_a_polish_copy_says_it_in_polish():
    text = _copy(language="pl")
    assert f"Featherstonehaugh ({gettext_functions('pl')[0](EXPLAINED)})" in text and "SENCo" not in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_has_the_words(language):
    _ = gettext_functions(language)[0]
    for english in ("designated safeguarding lead", "youth offending team worker", "nurse for children in care",
                    EXPLAINED, "teacher who keeps children safe at school"):
        assert _(english) != english
