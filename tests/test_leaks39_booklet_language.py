"""Blind review 30, finding 3: a child's Welsh booklet answer "Mae Dad yn gwybod ble mae fy ysgol nawr. Dw
i'n ofnus." ("Dad knows where my school is now. I'm scared.") was imported for every reader, while the
same words in English were withheld from parents: `consult import` looks for them with English patterns.
With a confidential placement, an answer those patterns cannot read (from a booklet not in English, most
of its words no everyday English; or in another script) is now imported withheld from parent, and the
output asks the IRO to release it if it is safe."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from ruamel.yaml import YAML

from recordgen import api
from recordgen.cli import main_group
from recordgen.distribution import consult_import
from recordgen.rendering import consult
from recordgen.rendering.feedback import feedback_key

from test_consult import planned, write_yaml

WELSH = "Mae Dad yn gwybod ble mae fy ysgol nawr. Dw i'n ofnus."


def _record(tmp_path: Path, language: str = "cy", confidential: bool = True) -> Path:
    data = planned("teen")
    data["child"]["language"] = language
    data["placement"]["confidential"] = confidential
    return write_yaml(tmp_path / "planned.yaml", data)


def _import(monkeypatch, record: Path, answers: dict[str, str]):
    """``consult import`` of the child's booklet with ``answers`` (the form as a viewer filled it)."""
    loaded = api.load_record(record)
    child = next(r for r in loaded.record.distribution if r.role.value == "child")
    reference = consult.booklet_reference(feedback_key(api.Settings().feedback), loaded.record.child.id,
                                          loaded.record.review.date.isoformat(), "child", child.name)
    monkeypatch.setattr(consult_import, "read_fields", lambda pdf: {"booklet": reference, **answers})
    pdf = record.parent / "returned.pdf"
    pdf.write_bytes(b"%PDF-1.7\n")
    result = CliRunner().invoke(main_group, ["consult", "import", str(pdf), str(record)])
    assert result.exit_code == 0, result.output
    return result.output, YAML(typ="safe").load(record.read_text(encoding="utf-8"))["child_views"]


def test_a_welsh_answer_is_imported_withheld_from_parents_and_the_iro_is_asked_to_release_it(monkeypatch, tmp_path):
    record = _record(tmp_path)
    output, views = _import(monkeypatch, record, {"worries": WELSH})
    assert views == [{"text": WELSH, "language": "cy", "withhold_from": ["parent"]}]
    assert ("as it is written in Welsh, which recordgen cannot read for what the confidential placement keeps "
            "from parents: the IRO reads it and releases it if it is safe") in output
    assert "withheld from parent on import: is written in Welsh" in record.read_text(encoding="utf-8")


@pytest.mark.parametrize("language, answer", [
    ("pl", "Tata wie, gdzie jest moja szkoła. Boję się."),
    ("uk", "Тато знає, де моя школа."),
    ("en", "Тато знає, де моя школа."),  # another script in an English booklet
])
def test_other_languages_likewise(monkeypatch, tmp_path, language, answer):
    output, views = _import(monkeypatch, _record(tmp_path, language), {"worries": answer})
    assert views[0]["withhold_from"] == ["parent"]
    said = {"pl": "in Polish", "uk": "in another script", "en": "in another script"}[language]
    assert f"as it is written {said}, which recordgen cannot read" in output


def test_english_answers_and_a_placement_that_is_not_confidential_are_as_before(monkeypatch, tmp_path):
    # In a Welsh booklet, an answer in English words (names aside) is read by the English patterns.
    _, views = _import(monkeypatch, _record(tmp_path), {"going_well": "I like my room and Gail is kind"})
    assert views == [{"text": "I like my room and Gail is kind", "language": "cy"}]
    (tmp_path / "open").mkdir()
    _, views = _import(monkeypatch, _record(tmp_path / "open", "cy", confidential=False), {"worries": WELSH})
    assert views == [{"text": WELSH, "language": "cy"}]
