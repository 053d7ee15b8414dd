"""Sentences a blind reviewer (session 18) found untrue in a copy made when the reader is 18 or
over, and in an adjourned review's dates: each test renders real copies of the blind corpus's
records, reads the .docx back and looks for what must and must not be said (issue 17)."""

from __future__ import annotations

from pathlib import Path

import pytest
from ruamel.yaml import YAML

from test_claims_blind16 import copy_text

CORPUS = Path(__file__).resolve().parent / "blind_corpus"


def corpus(name: str) -> dict:
    return YAML(typ="safe", pure=True).load(next(CORPUS.glob(f"{name}-*[!t].yaml")).read_text(encoding="utf-8"))


# --- Finding 1: a pathway plan and a personal adviser only for someone in care at 16 or over --------

#: Poppy (1 at her review, PN0) at 20; Zosia (4, PN6) at 19; Tia (7, PN2, an advocate) at 18.
GROWN_UP = {"01": "2045-03-01", "21": "2041-03-01", "04": "2037-03-01"}


@pytest.mark.parametrize("name", sorted(GROWN_UP))
def test_a_young_childs_review_read_as_an_adult_promises_no_pathway_plan_or_adviser(name, monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", GROWN_UP[name])
    text = copy_text(corpus(name))
    assert "pathway plan" not in text and "personal adviser" not in text
    assert "If you are unhappy about the help you got while you were in care, you can complain." in text
    assert "You can ask to see the records we keep about you." in text
    # Years on, the chair is no one to contact (blind review 22): the council's records team is.
    assert "If you have questions about this record now, ask the council's access to records team." in text


def test_an_adult_who_had_an_advocate_as_a_child_is_told_so_and_nothing_more(monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", GROWN_UP["04"])
    text = copy_text(corpus("04"))
    assert "You had an advocate while you were in care." in text and "You can still ask for one" not in text


def test_a_young_child_whose_record_names_a_personal_adviser_keeps_the_care_leavers_rights(monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", GROWN_UP["21"])
    data = corpus("21")
    data["actions"][0]["who"] = "Dev Rao (your personal adviser)"
    assert "If you disagree with your pathway plan, tell your personal adviser." in copy_text(data)


def test_a_sixteen_year_olds_review_read_as_an_adult_keeps_the_care_leavers_rights(monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", "2029-03-01")  # Connor, 16 at his review, is 19
    text = copy_text(corpus("09"))
    assert "If you disagree with your pathway plan, tell the council." in text  # no adviser of his named


# --- Finding 2: "I listened to you" told as past only where the child gave views --------------------


@pytest.mark.parametrize("name, band", [("01", None), ("09", None), ("09", "middle")])
def test_the_past_tense_role_claims_no_listening_to_a_child_who_gave_no_views(name, band, monkeypatch):
    """Poppy (PN0) at 20, Connor (PN7) at 19: the IRO's role told as past claimed "I listened to you"."""
    monkeypatch.setenv("RECORDGEN_TODAY", "2045-03-01")
    data = corpus(name)
    if band:
        data["child"]["reading_level"] = band
    text = copy_text(data)
    assert "I checked that your plan was right for you." in text or "My role was to check" in text
    assert "I listened to you." not in text and "what you wanted was heard" not in text


def test_a_child_who_gave_views_is_still_told_i_listened(monkeypatch):
    # Zosia, PN6: her views were passed on, not said to the IRO (blind review 20 #21): to her views.
    monkeypatch.setenv("RECORDGEN_TODAY", GROWN_UP["21"])
    text = copy_text(corpus("21"))
    assert "I listened to your views." in text and "I listened to you." not in text


@pytest.mark.parametrize("code, said", [("PN1", "I listened to you."), ("PN5", "I listened to your views.")])
def test_what_the_iro_listened_to_follows_how_the_views_came(code, said, monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", GROWN_UP["21"])
    data = corpus("21")
    data["review"]["participation"] = code
    for person in data["review"]["attendees"]:
        if person.get("role") == "you":
            person["attended"] = code == "PN1"
    if code == "PN5":
        data["rights"]["advocate"] = "has_one"
    assert said in copy_text(data)


# --- Finding 3: nothing said to an adult as if they were still little, or of a next time -------------

STILL_LITTLE = ("You are too little to take part in the meeting yet.", "This letter is for the grown-ups to read with you now",
                "When you are older", "next time")


@pytest.mark.parametrize("name", ["01", "21", "09"])
@pytest.mark.parametrize("who", ["child", "carer"])
def test_a_copy_made_for_an_adult_says_nothing_of_them_as_still_little(name, who, monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", "2045-03-01")
    text = copy_text(corpus(name), who)
    for words in STILL_LITTLE:
        assert words not in text, words
    if name == "01":
        assert "You were too little to take part in the meeting." in text
    if name == "09":
        assert "You did not come to the meeting. I did not hear your views." in text


def test_a_babys_copy_made_when_she_is_grown_up_asks_her_not_a_grown_up_reading_with_her(monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", GROWN_UP["01"])
    text = copy_text(corpus("01"))
    assert "Tell the council what you think of this letter" in text  # years on: the page goes to the council
    assert "This page is for the grown-up who reads this letter with Poppy." not in text


def test_a_copy_made_while_still_little_keeps_the_little_ones_words(monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-12-07")
    text = copy_text(corpus("01"))
    assert "You are too little to take part in the meeting yet." in text
    assert "This letter is for the grown-ups to read with you now." in text
    assert "This page is for the grown-up who reads this letter with Poppy." in text


# --- Finding 9: an adjourned review gives its two days once, with no single day to contradict them ---

DAYS = "Your review started on Tuesday, 20 October 2026. It finished on Tuesday, 3 November 2026."
#: To a little child, the meeting named first (blind review 29).
LITTLE_DAYS = ("We had a meeting about you. It is called a review. "
               "It started on Tuesday, 20 October 2026 and finished on Tuesday, 3 November 2026.")


@pytest.mark.parametrize("band", ["early", "young", "middle", "teen", "young_adult"])
@pytest.mark.parametrize("venue", ["your home", "a video call"])
def test_an_adjourned_review_says_its_days_without_contradicting_them(band, venue):
    """Record 16 adjourned from 20 October: "Your review was on Tuesday, 3 November 2026 at your home. ...
    Your review started on Tuesday, 20 October 2026."."""
    data = corpus("16")
    data["review"].update(adjourned_from="2026-10-20", venue=venue)
    data["child"]["reading_level"] = band
    text = copy_text(data)
    days = LITTLE_DAYS if band in ("early", "young") else DAYS
    assert days in text
    opening = next(line for line in text.splitlines() if days in line)
    assert opening.count("3 November 2026") == 1 and opening.count("20 October 2026") == 1, opening
    for single in ("Your review was on", "we had a meeting about you", "We had a meeting about you on",
                   "record of your review on"):
        assert single not in text, single
    assert "It was at your home." in text if venue == "your home" else "video call." in text
