"""Aleena's mum's Urdu copy called her dad, a parent sent a copy who was not at the meeting, "one of the
parents" (والدین میں سے ایک) beside mum's امی: an action that gives him as "your dad" makes him ابو; the
texts' "your dad" beside a known mum does not (two mums, or a dad sent no copy, would make a mother dad). Zuzia's dad's Polish copy read "Mieszkasz z: Bev i Alan Stainforth." and "Ta kopia jest dla: Tomasz
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


def test_dad_is_abu_in_mums_urdu_copy_when_an_action_gives_him_so(tmp_path):
    from ruamel.yaml import YAML

    yaml = YAML()
    data = yaml.load((DATA / "aleena-kinship.yaml").read_text(encoding="utf-8"))
    text = _copies("aleena-kinship.yaml", "parent")["Shazia Akhtar"]
    assert "Imran Akhtar (والدین میں سے ایک)" in text  # nothing says what he is to her: "parent"
    data["actions"].append({"who": "Imran Akhtar (your dad)", "what": "Write to you each month.",
                            "by": data["actions"][0]["by"]})
    translations = "aleena-kinship.translations.yaml"
    (tmp_path / translations).write_bytes((DATA / translations).read_bytes())
    with (tmp_path / "aleena-kinship.yaml").open("w", encoding="utf-8") as out:
        yaml.dump(data, out)
    loaded = api.load_record(tmp_path / "aleena-kinship.yaml")
    text = {r.name: docx_text(api.Renderer(allow_untranslated=True).render_copy(loaded, r).data)
            for r in api.recipients_for(loaded.record, "parent")}["Shazia Akhtar"]
    assert "Imran Akhtar (ابو)" in text
    assert "Shazia Akhtar (امی)" in text


def test_the_polish_copy_needs_no_declined_names():
    text = _copies("zuzia-staying-put.yaml", "parent")["Tomasz Nowak"]
    assert "Mieszkasz z:" not in text and "dla:" not in text
    assert "Osoby, z którymi mieszkasz: Bev i Alan Stainforth." in text
    assert "Odbiorca tej kopii: Tomasz Nowak (tata)." in text


def test_no_dad_is_guessed_from_the_texts():
    from recordgen.rules.people import parent_relations

    loaded = api.load_record(DATA / "aleena-kinship.yaml")
    assert "your dad" in " ".join(text for _w, text, _ in loaded.record.free_texts()).casefold()
    assert parent_relations(loaded.record) == {}


def test_an_action_naming_him_as_dad_is_enough():
    from recordgen.rules.people import parent_relations

    loaded = api.load_record(DATA / "aleena-kinship.yaml")
    loaded.record.actions[0].who = "Imran Akhtar (your dad)"
    for item in ("worries", "working_well", "goals"):
        setattr(loaded.record, item, [])
    assert parent_relations(loaded.record)["imran akhtar"] == "dad"
