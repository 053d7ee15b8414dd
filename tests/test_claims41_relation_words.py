"""Aleena's mum's Urdu copy called her dad, a parent sent a copy who was not at the meeting, "one of the
parents" (والدین میں سے ایک) beside mum's امی: the record speaks of "your dad" and mum is known, so he is
ابو. Zuzia's dad's Polish copy read "Mieszkasz z: Bev i Alan Stainforth." and "Ta kopia jest dla: Tomasz
Nowak (tata).", a preposition before a colon where Polish declines the names: the sentences are
rephrased so the names stand in the nominative (blind review 33, finding 11). The records are the
reviewer's (fictional), with their translations files."""

from __future__ import annotations

from pathlib import Path

from recordgen import api

from recordfiles import docx_text

DATA = Path(__file__).parent / "data" / "claims41"


def _copies(name: str, role: str) -> dict[str, str]:
    loaded = api.load_record(DATA / name)
    return {r.name: docx_text(api.Renderer().render_copy(loaded, r).data)
            for r in api.recipients_for(loaded.record, role)}


def test_dad_is_abu_in_mums_urdu_copy():
    text = _copies("aleena-kinship.yaml", "parent")["Shazia Akhtar"]
    assert "Imran Akhtar (ابو)" in text
    assert "والدین میں سے ایک" not in text
    assert "Shazia Akhtar (امی)" in text


def test_the_polish_copy_needs_no_declined_names():
    text = _copies("zuzia-staying-put.yaml", "parent")["Tomasz Nowak"]
    assert "Mieszkasz z:" not in text and "dla:" not in text
    assert "Osoby, z którymi mieszkasz: Bev i Alan Stainforth." in text
    assert "Odbiorca tej kopii: Tomasz Nowak (tata)." in text


def test_no_dad_is_guessed_where_the_texts_speak_of_a_partner_or_step_parent():
    from recordgen.rules.people import parent_relations

    loaded = api.load_record(DATA / "aleena-kinship.yaml")
    assert parent_relations(loaded.record) == {"imran akhtar": "dad"}
    loaded.record.worries.append(loaded.record.worries[0].model_copy(update={"text": "Your mum's partner shouts."})
                                 if hasattr(loaded.record.worries[0], "text") else "Your mum's partner shouts.")
    assert parent_relations(loaded.record) == {}


def test_an_action_naming_him_as_dad_is_enough():
    from recordgen.rules.people import parent_relations

    loaded = api.load_record(DATA / "aleena-kinship.yaml")
    loaded.record.actions[0].who = "Imran Akhtar (your dad)"
    for item in ("worries", "working_well", "goals"):
        setattr(loaded.record, item, [])
    assert parent_relations(loaded.record)["imran akhtar"] == "dad"
