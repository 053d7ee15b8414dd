"""Blind review 29 (#8): "At 18, you move on from care." is false for a young person who stays on
with their carers after 18 (Staying Put), and was told as past years later ("you moved on from
care"). Every copy now says what is true for everyone: at 18 they are no longer in care."""

from __future__ import annotations

import pytest

from recordgen.i18n import gettext_functions

from recordfiles import SAM, example_data, rendered_copies, write_data

STAYING_PUT = "You will stay put with your foster carers until your flat is ready, then move into supported accommodation."


def staying_put(data):
    data["child"]["date_of_birth"] = "2008-06-15"   # 18 before the next review
    data["care_plan"]["plan"] = STAYING_PUT
    for recipient in data["distribution"]:
        recipient["language"] = "en"
        recipient.pop("format", None)


@pytest.mark.parametrize("today, said", [("2026-03-10", "At 18, you are no longer in care."),
                                         ("2029-01-10", "At 18, you were no longer in care.")])
def test_a_young_person_staying_put_is_not_told_they_move_on_at_18(tmp_path, monkeypatch, today, said):
    monkeypatch.setenv("RECORDGEN_TODAY", today)
    texts = rendered_copies(tmp_path, write_data(tmp_path, example_data(SAM), staying_put))
    for name, text in texts.items():
        assert "At 18, you move on from care." not in text and "At 18, you moved on from care." not in text, name
        assert said in text, name


@pytest.mark.parametrize("language", ["cy", "pl", "ro", "uk", "pt", "ar", "ur", "ps", "fa_AF", "ckb", "ti", "bn"])
def test_every_language_has_the_new_sentences(language):
    _ = gettext_functions(language)[0]
    for english in ("At 18, you are no longer in care.", "At 18, you were no longer in care."):
        assert _(english) != english
