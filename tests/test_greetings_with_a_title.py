"""A parent the record gives a title is greeted with the greeting's own form of it: Romanian
"Stimată doamnă Okafor," (not "Dragă Doamna Okafor,", the list's "Doamna" after "Dragă"), Polish
"Szanowna Pani Okafor,". Real invitations, read back, and the email that goes with them."""

from __future__ import annotations

import pytest

from recordgen import api
from recordgen.distribution.message import covering_note

from recordfiles import docx_text
from test_consult import documents, planned


def mrs_okafor(language: str, title: str = "Mrs") -> dict:
    data = planned("teen")
    data["review"]["attendees"][1]["name"] = f"{title} Okafor"
    data["distribution"][1].update(name=f"{title} Okafor", language=language)
    return data


@pytest.mark.parametrize("language,title,greeting,wrong", [
    ("ro", "Mrs", "Stimată doamnă Okafor,", "Doamna Okafor,"),
    ("ro", "Mr", "Stimate domnule Okafor,", "Domnul Okafor,"),
    ("pl", "Mrs", "Szanowna Pani Okafor,", "Dzień dobry, Pani Okafor,"),
    ("en", "Mrs", "Dear Mrs Okafor,", "Dear Mrs Mrs"),
])
def test_a_parent_with_a_title_is_greeted_in_the_greetings_form_of_it(language, title, greeting, wrong):
    data = mrs_okafor(language, title)
    invitation = docx_text(documents(data)["invitation", "parent"].data)
    assert greeting in invitation.splitlines() and wrong not in invitation
    loaded = api.load_data(data, "planned.yaml")
    note = covering_note(loaded.record, api.recipient_for(loaded.record, "parent"), language,
                         "reviews@council.example", kind="invitation")
    assert "".join(piece for piece, _ in note.paragraphs[0]) == greeting


def test_a_romanian_parent_without_a_title_is_still_dear():
    data = planned("teen")
    data["distribution"][1]["language"] = "ro"
    assert "Dragă Amina Khan," in docx_text(documents(data)["invitation", "parent"].data).splitlines()
