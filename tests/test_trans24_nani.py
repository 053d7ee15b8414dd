"""Blind review 25, finding 6: a child living with "Rokeya Begum (your nani)" was told "You live with
Rokeya Begum." and "Your carer or social worker can help you do it.": "nani" (mother's mother, as
British Bengali and Urdu families say it) was no family word, though README says carers the
brackets give as family are said as family, never "your carer". "nani" and "dadi" are family now,
in every language's words. Renders real copies."""

from __future__ import annotations

import copy

import pytest

from recordgen import api

from recordfiles import SAM, docx_text, example_data


def copy_text(language: str) -> str:
    data = copy.deepcopy(example_data(SAM))
    data["placement"]["carers"] = "Rokeya Begum (your nani)"
    data["review"]["attendees"] = [a for a in data["review"]["attendees"] if "Owen" not in a["name"]]
    data["actions"] = [a for a in data["actions"] if "Mark" not in a["who"]]
    for recipient in data["distribution"]:
        if recipient["role"] == "carer":
            recipient["name"] = "Rokeya Begum"
    loaded = api.load_data(data, "record.yaml")
    original = api.recipient_for(loaded.record, "child")
    recipient = original.model_copy(update={"language": language, "bilingual": False})
    record = loaded.record.model_copy(update={"distribution": [recipient if r is original else r
                                                               for r in loaded.record.distribution]})
    return docx_text(api.Renderer(allow_untranslated=True).render_copy(record, recipient).data)


@pytest.mark.parametrize("language, lives, helps", [
    ("en", "You live with your nani, Rokeya.", "Your nani or your social worker can help you do it."),
    ("bn", "তুমি তোমার নানি Rokeya-এর সঙ্গে থাকো।", "তোমার নানি বা তোমার সমাজকর্মী"),
    ("ur", "نانی", "نانی"),
])
def test_a_child_living_with_their_nani_is_told_so(language, lives, helps):
    text = copy_text(language)
    assert lives in text and helps in text
