"""Blind review 28 F6: with the child's own IRO in who came as "your IRO (Daniel is covering)", the
chair was not recognised as covering: two people were the child's Independent Reviewing Officer in one
letter, and the own IRO was told someone else was the IRO for her child. A role that is first of all
"your IRO" is the child's own IRO, whatever it adds. Real copies, read back."""

from __future__ import annotations

import copy

import pytest

from recordfiles import example_data
from recordgen import api
from recordgen.rules.people import chair_covers, usual_iro
from test_claims_blind16 import copy_text


def _sam(role: str) -> dict:
    data = example_data()
    data["review"]["attendees"].append({"name": "Grace Obi", "role": role})
    for recipient in data["distribution"]:
        recipient.update(language="en", format="docx")
    return data


@pytest.mark.parametrize("role", ["your IRO (Helen is covering)", "your IRO, Helen covering", "IRO (on leave)",
                                  "your Independent Reviewing Officer (Helen is standing in)"])
def test_the_childs_own_iro_is_read_from_a_role_that_adds_who_covers(role):
    record = api.load_data(_sam(role), "record.yaml").record
    assert usual_iro(record) == "Grace Obi" and chair_covers(record)


@pytest.mark.parametrize("role", ["IRO covering for Helen", "covering IRO"])
def test_a_stand_ins_own_role_is_not_the_childs_iro(role):
    assert usual_iro(api.load_data(_sam(role), "record.yaml").record) is None


def test_the_copy_has_one_iro_of_the_childs_and_the_chair_as_covering(monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-03-10")
    lines = copy_text(copy.deepcopy(_sam("your IRO (Helen is covering)"))).splitlines()
    assert "Your Independent Reviewing Officer" not in lines  # the chair's sign-off
    assert "Independent Reviewing Officer who chaired your review" in lines
    assert not any(line.startswith("You can talk to me, Helen") for line in lines)


def test_the_invitations_tell_the_chair_as_covering(monkeypatch):
    """Blind review 28's record: Zain's own IRO Helen Price, 'your IRO (Daniel is covering)'."""
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-12-07")
    from recordfiles import docx_text

    data = example_data()
    data["review"].update(date="2027-01-20", status="planned", time="10:30")
    data["review"].pop("participation", None)
    for key in ("child_views", "working_well", "worries", "goals", "actions", "next_review"):
        data.pop(key, None)
    data["review"]["chair"].update(name="Daniel Reid")
    data["review"]["attendees"].append({"name": "Grace Obi", "role": "your IRO (Daniel is covering)"})
    for recipient in data["distribution"]:
        recipient.update(language="en", format="docx")
    loaded = api.load_data(data, "record.yaml")
    invitation = next(d for d in api.consult_documents(loaded, "child") if d.kind == "invitation")
    text = docx_text(invitation.data)
    assert "I am Daniel Reid, your Independent Reviewing Officer." not in text
    assert "instead of your own Independent Reviewing Officer" in text
