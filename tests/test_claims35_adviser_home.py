"""Blind review 28 F15: an 18-year-old's copy claimed a personal adviser helps him ("A personal adviser
helps you now you have moved on from care.", "A personal adviser will help you with it.") though the
record names none, and told him "You lived with Sue Bramley." days after the review while his plan has
him stay with her. Real copies, read back."""

from __future__ import annotations

import copy

import pytest

from test_claims_blind16 import copy_text

#: Jack, 17 at his review on 29 January 2027, 18 three days later; no personal adviser anywhere.
JACK = {
    "child": {"id": "NS-70010", "name": "Jack Ellery", "known_as": "Jack", "date_of_birth": "2009-02-01",
              "pronouns": "he/him", "language": "en", "entered_care": "2019-06-03"},
    "review": {"date": "2027-01-29", "sequence": 16, "venue": "a video call on Teams",
               "chair": {"name": "Helen Price", "phone": "01632 960400", "email": "helen.price@example.gov.uk"},
               "participation": "PN1",
               "attendees": [{"name": "Jack", "role": "you"},
                             {"name": "Sue Bramley", "role": "foster carer"}]},
    "child_views": ["I want to stay with Sue after 18."],
    "working_well": ["You are doing well at college and you have a part-time job."],
    "worries": ["You worry about money when you move on."],
    "goals": ["You have your own flat and you know how to manage your money."],
    "actions": [{"who": "Sue Bramley (your foster carer)", "what": "Help you open a bank account.",
                 "by": "2027-02-26"}],
    "care_plan": {"plan": "You will stay with Sue after you turn 18, in a Staying Put arrangement.",
                  "still_right": True},
    "rights": {"advocate": "declined", "independent_visitor": "declined", "complaints_explained": True},
    "placement": {"carers": "Sue Bramley", "address": "12 Cottingham Road, Hull, HU5 2DD", "confidential": False},
    "distribution": [{"role": "child", "name": "Jack", "format": "docx"},
                     {"role": "carer", "name": "Sue Bramley", "format": "docx"}],
}

CLAIMS = ("A personal adviser helps you now you are no longer in care.", "A personal adviser will help you with it.")


@pytest.mark.parametrize("today", ["2027-02-01", "2027-01-30"])  # just 18, and the day before
@pytest.mark.parametrize("who", ["child", "carer"])
def test_no_adviser_is_said_to_help_when_the_record_names_none(monkeypatch, today, who):
    monkeypatch.setenv("RECORDGEN_TODAY", today)
    text = copy_text(copy.deepcopy(JACK), who)
    for claim in CLAIMS:
        assert claim not in text
    # The right is said, once.
    rights = text.count("You have a right to a personal adviser") + text.count("you will have a personal adviser")
    assert rights == 1, text


def test_a_named_adviser_is_still_said_to_help(monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", "2027-02-01")
    data = copy.deepcopy(JACK)
    data["review"]["attendees"].append({"name": "Dev Rao", "role": "personal adviser"})
    text = copy_text(data)
    assert "A personal adviser helps you now you are no longer in care." in text
    assert "Your personal adviser is Dev Rao." in text


def test_at_18_days_after_the_review_he_still_lives_there(monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", "2027-02-01")
    lines = copy_text(copy.deepcopy(JACK)).splitlines()
    assert "You live with Sue Bramley." in lines and "You lived with Sue Bramley." not in lines
    assert "Your home" in lines and "Your home at the time of your review" not in lines


@pytest.mark.parametrize("today", ["2027-09-01", "2030-06-01"])  # his next review's day gone by; years on
def test_once_the_next_reviews_day_has_gone_by_the_home_is_told_as_then(monkeypatch, today):
    monkeypatch.setenv("RECORDGEN_TODAY", today)
    lines = copy_text(copy.deepcopy(JACK)).splitlines()
    assert "You lived with Sue Bramley." in lines
    assert "Your home at the time of your review" in lines
