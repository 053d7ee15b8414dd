"""Sentences found untrue for the record's facts (leftovers, session 29): each test renders real
copies, reads the .docx back and looks for what must and must not be said."""

from __future__ import annotations

import pytest

from test_claims_blind16 import copy_text

from recordgen import api
from recordgen.rules.validation import validate

from recordfiles import AHMAD, LILY, SAM, example_data


def _en(path) -> dict:
    data = example_data(path)
    for recipient in data["distribution"]:
        recipient.update(language="en", format="docx")
    return data


def _ahmad_at_20(monkeypatch, adviser: bool) -> dict:
    """Ahmad, 17 at his review, reads it at 20: a care leaver the council still helps."""
    data = _en(AHMAD)
    data["child"]["date_of_birth"] = "2008-05-02"
    if adviser:
        data["review"]["attendees"].append({"name": "Jo Kerr", "role": "personal adviser"})
    monkeypatch.setenv("RECORDGEN_TODAY", "2028-06-01")
    return data


# --- 1: a care leaver whose record names no personal adviser is not told of "your" one ---------------


def test_a_care_leaver_with_no_adviser_named_is_not_sent_to_one(monkeypatch):
    text = copy_text(_ahmad_at_20(monkeypatch, adviser=False))
    assert "your personal adviser" not in text.casefold()
    assert "If you disagree with your pathway plan, tell the council." in text
    assert "A personal adviser can help you do it." in text


def test_a_care_leaver_with_an_adviser_named_is_still_sent_to_them(monkeypatch):
    text = copy_text(_ahmad_at_20(monkeypatch, adviser=True))
    assert "If you disagree with your pathway plan, tell your personal adviser." in text
    assert "Your personal adviser can help you do it." in text


# --- 2: a copy made years on sends its grown-up reader to no children's service, and the page to the council


def test_lilys_copy_made_at_22_offers_no_childrens_rights_service_and_heads_the_page_for_the_council(monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", "2046-01-01")
    text = copy_text(_en(LILY))
    assert "You can also talk to" not in text and "Rights Service" not in text
    assert "Tell me what you think of this letter" not in text
    assert "Tell the council what you think of this letter" in text.splitlines()
    assert "You can send this page to the council's access to records team." in text


def test_a_care_leaver_still_helped_keeps_the_childrens_rights_service_and_the_chairs_page(monkeypatch):
    text = copy_text(_ahmad_at_20(monkeypatch, adviser=False))
    assert "You can also talk to" in text
    assert "Tell me what you think of this letter" in text.splitlines()


# --- 3: validate says truly who is shown a venue that names the confidential address -----------------


def _venue_errors(venue: str) -> list[str]:
    data = example_data(SAM)  # a confidential placement at 14 Elm Road; mum did not come
    data["review"]["venue"] = venue
    loaded = api.load_data(data, "record.yaml")
    return [str(d) for d in validate(loaded) if "review.venue" in str(d) and "14 Elm Road, Scunthorpe" in str(d)]


@pytest.mark.parametrize("venue", ["14 Elm Road", "the lounge at 14 Elm Road"])
def test_a_venue_at_the_confidential_home_is_said_to_be_left_out_of_parents_copies(venue):
    """The copy for Amina (mum) says when the review was, not where: the error does not say it goes to her."""
    errors = _venue_errors(venue)
    assert errors and all("this text goes to parents" not in e for e in errors)
    assert any("the parents' copies leave this venue out, as it is the child's home, but the copies for "
               "Sam, Mark and Lisa Owen, Jo Smith" in e for e in errors)


def test_a_venue_on_the_homes_street_still_goes_to_parents():
    errors = _venue_errors("the Scout hut on Elm Road")
    assert errors and all("this text goes to parents" in e for e in errors)
