"""One word for a role and for the review across a translated copy and its email (blind review 30,
finding 13), and no second full stop after a date ending in an abbreviation's ("2026 р.")."""
from __future__ import annotations

import copy
import re

from recordgen import api
from recordgen.distribution.message import covering_note, plain_text

from recordfiles import SAM, docx_text, example_data


def _record(language: str, change=None):
    data = copy.deepcopy(example_data(SAM))
    data["review"]["attendees"].append({"name": "Ben Hale", "role": "advocate"})
    data["rights"]["advocate"] = "has_one"
    for recipient in data["distribution"]:
        if recipient["role"] == "parent":
            recipient["language"] = language
    if change:
        change(data)
    return api.load_data(data, "record.yaml").record


def _parent_copy(record) -> str:
    parent = next(r for r in record.distribution if r.role.value == "parent")
    return docx_text(api.Renderer(allow_untranslated=True).render_copy(record, parent).data)


def test_a_polish_copy_calls_the_advocate_one_thing_in_who_came_and_in_the_rights():
    text = _parent_copy(_record("pl"))
    assert "Ben Hale (osoba wspierająca)" in text
    assert "Masz osobę wspierającą" in text
    assert "rzeczni" not in text.lower(), re.findall(r".*rzeczni.*", text, re.I)


def test_the_polish_email_calls_the_record_what_the_copy_calls_it():
    record = _record("pl")
    parent = next(r for r in record.distribution if r.role.value == "parent")
    note = covering_note(record, parent, "pl", "01632 960100")
    assert note.subject.startswith("Protokół przeglądu"), note.subject
    assert "Protokół przeglądu" in _parent_copy(record)


def test_the_ukrainian_email_ends_a_date_in_r_with_one_stop_and_says_perehliad():
    record = _record("uk")
    parent = next(r for r in record.distribution if r.role.value == "parent")
    note = covering_note(record, parent, "uk", "01632 960100")
    text = note.subject + "\n" + plain_text(note)
    assert "р.." not in text, text
    assert "р." in text
    assert "огляд" not in text and "перегляд" in text, text
