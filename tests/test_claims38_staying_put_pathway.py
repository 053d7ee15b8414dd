"""Blind review (claims38, finding 1): a young person who stays on with their foster carers after 18
(Staying Put) was told in every copy that the pathway plan "says what help you will get to live on your
own" and that "a personal adviser helps you get ready to move on from care" ("as you move on" at the lower
reading levels). Neither is true for them. The pathway part now says what is true whether they leave their
carers at 18 or stay on with them, in every band, reading level and copy (parents' and carers' too), under
the heading "Your pathway plan" (not "Moving on: ..."), and says plainly what a pathway plan is to one reading
at a lower level."""

from __future__ import annotations

import pytest

from recordgen.i18n import gettext_functions

from recordfiles import SAM, example_data, rendered_copies, write_data

STAYING_PUT = "You will stay put with your foster carers after you turn 18, in a Staying Put arrangement."
UNTRUE = ("live on your own", "move on from care", "as you move on", "moved on from care", "Moving on")
NEW = ("It says what help you will get as a young adult.", "It said what help you would get as a young adult.",
       "A pathway plan says what help you get as a young adult.",
       "A personal adviser helps you before and after you turn 18.",
       "A personal adviser helps you get ready for 18 and keeps helping you after.")
LANGUAGES = ("cy", "pl", "ro", "uk", "pt", "ar", "ur", "ps", "fa_AF", "ckb", "ti", "bn")


def _staying_put(dob, level=None):
    def change(data):
        data["child"]["date_of_birth"] = dob
        if level:
            data["child"]["reading_level"] = level
        data["care_plan"]["plan"] = STAYING_PUT
        for recipient in data["distribution"]:
            recipient["language"] = "en"
            recipient.pop("format", None)
    return change


@pytest.mark.parametrize("level", [None, "early", "young", "middle", "teen"])
@pytest.mark.parametrize("today", ["2026-03-10", "2026-07-01", "2035-01-10"])  # 17; 18, no longer in care; 26
def test_no_copy_tells_a_young_person_staying_put_they_live_on_their_own(tmp_path, monkeypatch, level, today):
    monkeypatch.setenv("RECORDGEN_TODAY", today)
    texts = rendered_copies(tmp_path, write_data(tmp_path, example_data(SAM), _staying_put("2008-06-15", level)))
    assert len(texts) == 4
    for name, text in texts.items():
        assert "pathway plan" in text, name
        assert "\nYour pathway plan\n" in text, name  # the heading: not "Moving on: your pathway plan"
        for untrue in UNTRUE:
            assert untrue not in text, (name, untrue)
    if today == "2026-03-10":
        for text in texts.values():
            plain = level in ("early", "young", "middle")
            assert (NEW[2] if plain else NEW[0]) in text  # what a pathway plan is, plainly at a lower level
            assert (NEW[3] if plain else NEW[4]) in text


def test_nor_one_who_turns_16_before_the_next_review(tmp_path, monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-03-10")
    texts = rendered_copies(tmp_path, write_data(tmp_path, example_data(SAM), _staying_put("2010-05-01")))
    for name, text in texts.items():
        assert NEW[0] in text and "live on your own" not in text, name


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_has_the_new_sentences_for_every_reader(language):
    for gender in (None, "female", "male"):
        _ = gettext_functions(language, gender)[0]
        for english in NEW:
            assert _(english) != english, (language, gender, english)
