"""A venue the record gives in Welsh is marked so in an English reader's invitation, as the copies mark
it (blind review 30, finding 14: "It will be at Canolfan Deulu Casnewydd." to a father who reads no Welsh)."""

from __future__ import annotations

from recordfiles import docx_text
from test_consult import documents, planned


def test_a_welsh_venue_is_marked_in_an_english_invitation():
    data = planned(review={**planned()["review"], "venue": {"text": "Canolfan Deulu Casnewydd", "language": "cy"}})
    papers = documents(data)
    text = docx_text(papers[("invitation", "parent")].data)
    assert "It will be at [in Welsh: Canolfan Deulu Casnewydd]." in text, text
