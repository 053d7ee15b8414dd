"""Blind review 26, finding 3: "Your mum is in hospital for her mental health." withheld from the carer,
and the action shown to the carer "Arrange a visit to your mum in hospital." tells it. Validate warns at
the action (the paraphrase check's matter: a relative named with a hospital), as it does for "the LADO".
The reviewer's record (tests/data_leaks31/jade-1.yaml); the carer's copy is still made (a warning)."""

from __future__ import annotations

from pathlib import Path

import pytest

from recordfiles import docx_text

DATA = Path(__file__).parent / "data_leaks31"


def _warnings(path):
    from recordgen.record.loading import load_record
    from recordgen.rules.validation import validate

    return [str(d) for d in validate(load_record(path)) if d.severity == "warning"]


def _jade(tmp_path, action: str) -> Path:
    text = (DATA / "jade-1.yaml").read_text(encoding="utf-8").replace("Arrange a visit to your mum in hospital.", action)
    path = tmp_path / "jade-1.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_action_naming_mum_in_hospital_is_warned_and_the_carer_copy_shows_it():
    from recordgen import api

    path = DATA / "jade-1.yaml"
    found = [w for w in _warnings(path) if ":31: actions.1.what: warning:" in w]
    assert len(found) == 1 and "mum in hospital" in found[0] and "worries.1" in found[0] and "carer" in found[0]
    loaded = api.load_record(path)
    carer = docx_text(api.Renderer().render_copy(loaded, api.recipient_for(loaded.record, "carer")).data)
    assert "Arrange a visit to your mum in hospital." in carer and "mental health" not in carer


@pytest.mark.parametrize("action", [
    "Take you to see your mum on the hospital ward.",
    "Arrange a hospital visit so you can see Mum.",
])
def test_other_ways_of_saying_it(tmp_path, action):
    assert [w for w in _warnings(_jade(tmp_path, action)) if "actions.1.what" in w and "in hospital" in w]


@pytest.mark.parametrize("action", [
    "Arrange a visit to your mum.",                       # the reviewer's rewording
    "Take you to the hospital to have your tonsils out.",  # the child's own appointment
    "Arrange a visit to your dad in hospital.",            # another relative
])
def test_no_alarm(tmp_path, action):
    assert not [w for w in _warnings(_jade(tmp_path, action)) if "actions.1.what" in w and "hospital" in w]
