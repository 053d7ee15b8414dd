"""Leftovers of earlier blind reviews (session 30), item 4: a copy made years on (the reader 18 or over,
or in an older age band than at the review once the next review has gone by) has the chair offer
nothing in the present ("You can talk to me, Tom, whenever you want to.", "tell me", "ask me"): another
review has been held since, perhaps chaired by someone else. It points to whom the reader can turn to
now, and to the chair only for questions about this record. Real copies, read back."""

from __future__ import annotations

import copy

import pytest

from test_blind23_claims import POPPY
from test_claims_blind16 import copy_text

from recordfiles import AHMAD, LILY, SAM, example_data

#: What the chair offers in the present, as to a child whose IRO they are now.
PRESENT_OFFERS = ("You can talk to me,", "tell me", "You can ask me", "I can help you do it",
                  "or I can help you", "I can take your worries further", "I can challenge the council",
                  "You can tell me", "Your Independent Reviewing Officer\n")


def _en(path) -> dict:
    data = example_data(path)
    for recipient in data["distribution"]:
        recipient.update(language="en", format="docx")
    return data


def _offers(text: str) -> list[str]:
    return [words for words in PRESENT_OFFERS if words in text + "\n"]


@pytest.mark.parametrize("who", ["child", "carer"])
@pytest.mark.parametrize("today", ["2031-06-01", "2036-06-01"])
def test_poppys_copy_made_years_on_has_tom_offer_nothing_now(monkeypatch, who, today):
    """Poppy, 3 at her review with Tom (blind review 23), her copy remade at 7 and at 12."""
    monkeypatch.setenv("RECORDGEN_TODAY", today)
    text = copy_text(copy.deepcopy(POPPY), who)
    assert not _offers(text), _offers(text)
    assert "If you are still in care, you can talk to your Independent Reviewing Officer whenever you want to." \
        in text.splitlines()
    assert "If you have questions about this record, you can contact me, Tom." in text.splitlines()
    assert "Independent Reviewing Officer who chaired your review" in text.splitlines()


@pytest.mark.parametrize("path, today", [(SAM, "2030-06-01"), (LILY, "2036-06-01"), (AHMAD, "2028-06-01")])
def test_a_copy_made_years_on_in_an_older_band_offers_nothing_of_the_chairs_now(monkeypatch, path, today):
    """Sam (9, middle band) read at 14, Lily (3) at 13, Ahmad (15, teen) at 17: each next review long gone."""
    monkeypatch.setenv("RECORDGEN_TODAY", today)
    text = copy_text(_en(path))
    assert not _offers(text), _offers(text)
    lines = text.splitlines()
    assert "If you are still in care, you can talk to your Independent Reviewing Officer whenever you want to." in lines
    assert any(line.startswith("Your next review was due by ") and line.endswith(".") and line.count(".") == 1
               for line in lines)  # nothing to ask the chair about it
    assert any(line.startswith("If you have questions about this record, you can contact me, ") for line in lines)
    assert any(line.startswith("My phone number is ") for line in lines)  # the chair's, for this record


def test_sams_complaint_right_years_on_points_to_the_council(monkeypatch):
    """"You can ask me how at any time." and "Your social worker or I can help you do it." were the
    chair's offers in the present."""
    monkeypatch.setenv("RECORDGEN_TODAY", "2030-06-01")
    data = _en(SAM)
    data["rights"]["complaints_explained"] = False
    data["distribution"] = [r for r in data["distribution"] if r["role"] != "social_worker"]
    data["review"]["attendees"] = [a for a in data["review"]["attendees"] if "social worker" not in a["role"]]
    data["actions"] = [a for a in data["actions"] if "social worker" not in a["who"]]
    text = copy_text(data)
    assert "You can ask me how" not in text and "I can help you do it" not in text
    assert "The council can tell you how." in text


@pytest.mark.parametrize("path, today", [(SAM, "2026-12-06"), (LILY, "2026-04-01"), (AHMAD, "2026-09-01")])
def test_a_copy_made_before_then_still_has_the_chair_offer_to_talk(monkeypatch, path, today):
    """Sam's copy after her next review but in the same band (10): Helen is still the one to talk to."""
    monkeypatch.setenv("RECORDGEN_TODAY", today)
    text = copy_text(_en(path))
    assert any(line.startswith("You can talk to me, ") for line in text.splitlines())
    assert "If you are still in care" not in text


@pytest.mark.parametrize("language", ["ar", "bn", "ckb", "cy", "fa_AF", "pl", "ps", "pt", "ro", "ti", "uk", "ur"])
def test_a_copy_made_years_on_points_to_their_iro_now_in_every_language(monkeypatch, language):
    from recordgen.i18n import gettext_functions

    monkeypatch.setenv("RECORDGEN_TODAY", "2031-06-01")
    _ = gettext_functions(language, "female")[0]  # Poppy: she/her
    text = copy_text(copy.deepcopy(POPPY), "child", language)
    assert _("If you are still in care, you can talk to your Independent Reviewing Officer whenever you "
             "want to.") in text
    assert _("You can talk to me, %(iro)s, whenever you want to.", iro="Tom") not in text


@pytest.mark.parametrize("band", ["young", "middle"])
def test_a_pn7_copy_made_years_on_hopes_for_no_next_time_gone_by(monkeypatch, band):
    """"I would like to hear from you next time.": that next time was years ago."""
    monkeypatch.setenv("RECORDGEN_TODAY", "2030-06-01")
    data = _en(SAM)
    data["review"]["participation"] = "PN7"
    data["child_views"] = []
    data["review"]["attendees"] = [a for a in data["review"]["attendees"] if a["name"] != "Sam"]
    data["child"]["reading_level"] = band
    text = copy_text(data)
    assert "next time" not in text
    assert "You did not come to the meeting this time." in text
