"""Blind review 29 (#11): an adjourned review told to a young child read "Your review started on ...
It finished on ... It was at Bracknell family hub. It is called a review.": "It" (the place) named a
review after two "Your review" sentences. Now the meeting comes first, then its name, then its days."""

from __future__ import annotations

import pytest

from recordgen.i18n import gettext_functions

from recordfiles import SAM, copy_text, example_data, write_data


def adjourned(band):
    def change(data):
        data["child"]["reading_level"] = band
        data["review"]["adjourned_from"] = "2026-02-17"
        data["review"]["venue"] = "Bracknell family hub"
    return change


@pytest.mark.parametrize("band", ["early", "young"])
def test_a_little_childs_adjourned_review_names_the_meeting_first(tmp_path, band):
    text = copy_text(write_data(tmp_path, example_data(SAM), adjourned(band)), "child")
    assert ("We had a meeting about you. It is called a review. It started on Tuesday, 17 February 2026 "
            "and finished on Tuesday, 3 March 2026. It was at Bracknell family hub.") in text
    assert "Your review started on" not in text and "It finished on" not in text


@pytest.mark.parametrize("language", ["cy", "pl", "ro", "uk", "pt", "ar", "ur", "ps", "fa_AF", "ckb", "ti", "bn"])
def test_the_new_sentences_are_in_every_catalog(language):
    _ = gettext_functions(language)[0]
    assert _("We had a meeting about you.") != "We had a meeting about you."
    said = _("It started on %(start)s and finished on %(date)s.", start="A", date="B")
    assert "A" in said and "B" in said and "started" not in said
