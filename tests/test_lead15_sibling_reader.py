"""Blind review 26, finding 20: a sister of 9 sent papers as `other` gets an adult's letter ("Dear Tia
Marsh, ... Kayden can have an advocate: someone independent who helps children and young people say
what they think."): the record gives an `other` reader no age, so validate warns at her line."""

from __future__ import annotations

import pytest

from recordfiles import SAM, write_record


def _warnings(tmp_path, name: str, role: str | None):
    from recordgen import api

    def change(data):
        entry = {"name": name, "role": "other", "format": "docx"}
        if role:
            entry["name"] = f"{name} ({role})"
        data["distribution"].append(entry)
    loaded = api.load_record(write_record(tmp_path, change, base=SAM))
    return [d for d in api.validate(loaded) if d.path.startswith("distribution") and "written for an adult" in d.message]


@pytest.mark.parametrize("role", ["sister", "brother", "half-brother", "Sam's sister"])
def test_a_brother_or_sister_sent_papers_as_other_is_warned_of(tmp_path, role):
    found = _warnings(tmp_path, "Tia Marsh", role)
    assert len(found) == 1 and found[0].severity == "warning", found
    assert "Tia Marsh" in found[0].message and "if Tia Marsh is a child" in found[0].message


@pytest.mark.parametrize("role", ["family friend", "nan", None])
def test_other_readers_are_not(tmp_path, role):
    assert _warnings(tmp_path, "Tia Marsh", role) == []
