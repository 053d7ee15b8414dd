"""Blind review 25, finding 19 (first part): a Polish child's booklet said "Ta książeczka jest dla
ciebie, Zosia." (the nominative) where her invitation greets her "Droga Zosiu,". The booklet speaks
to her in the vocative too. Renders a real booklet."""

from __future__ import annotations

import copy

from recordgen import api

from recordfiles import docx_text
from test_consult import planned


def test_a_polish_childs_booklet_speaks_to_her_in_the_vocative():
    data = copy.deepcopy(planned("young"))
    data["child"].update(language="pl", pronouns="she/her", known_as="Zosia", name="Zosia Nowak")
    data["distribution"][0]["language"] = "pl"
    data["distribution"][0]["name"] = "Zosia"
    for attendee in data["review"]["attendees"]:
        if attendee.get("role") == "you":
            attendee["name"] = "Zosia"
    documents = api.consult_documents(api.load_data(data, "record.yaml"))
    booklet = next(d for d in documents if d.kind == "booklet")
    text = docx_text(booklet.data)
    assert "dla ciebie, Zosiu." in text and "dla ciebie, Zosia." not in text
