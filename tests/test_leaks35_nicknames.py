"""Blind review 27, finding 1a: "You had a detention at St Wilf's for being late" reached the father of a
child at the confidential "St Wilfrid's Catholic High School" with no error; so did "Wilf's", "St Wilfs", "The
Larks staff" and "the Larky staff" (the home "Larkspur House") and "the Brackies" (the school "Brackenfield
Primary School"). A school's or home's nickname now counts (``withholding.nicknames``): a saint's by the
saint's short form (the nicknames list given names use, with "Wilf" for Wilfrid/Wilfred), and a one-word short
name's first syllable with a plural or pet ending, written as a name. The reviewer's records (tests/data_leaks35,
the dads' language set to English so their copies can be read back)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from recordfiles import docx_text

DATA = Path(__file__).parent / "data_leaks35"
ROOT = Path(__file__).parent.parent
AMIRA_ITEM = "You had a detention at St Wilf's for being late."
ROWAN_ITEM = "Dr Sandhu at the surgery says your asthma is much better."


def _run(*args, cwd):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "RECORDGEN_TODAY": "2026-12-07"}
    return subprocess.run([sys.executable, "-m", "recordgen", *map(str, args)], cwd=cwd, env=env,
                          capture_output=True, text=True)


def _record(folder: Path, name: str, item: str, sentence: str) -> Path:
    text = (DATA / f"{name}.yaml").read_text(encoding="utf-8").replace("    language: uk\n", "")
    assert item in text
    path = folder / f"{name}.yaml"
    path.write_text(text.replace(item, sentence), encoding="utf-8")
    return path


@pytest.mark.parametrize("name, item, sentence, shown, of", [
    ("amira", AMIRA_ITEM, AMIRA_ITEM, "St Wilf's", "the school 'St Wilfrid's Catholic High School'"),
    ("amira", AMIRA_ITEM, "You had a detention at Wilf's for being late.", "Wilf's", "the school"),
    ("amira", AMIRA_ITEM, "You had a detention at St Wilfs for being late.", "St Wilf's", "the school"),
    ("amira", AMIRA_ITEM, "Saint Wilf's gave you a detention.", "St Wilf's", "the school"),
    ("amira", AMIRA_ITEM, "The Larks staff took you bowling.", "Larks", "the carers 'Larkspur House'"),
    ("amira", AMIRA_ITEM, "You like the Larky staff.", "Larky", "the carers 'Larkspur House'"),
    ("rowan", ROWAN_ITEM, "You go to the Brackies after-school club.", "Brackies",
     "the school 'Brackenfield Primary School'"),
])
def test_a_nickname_is_an_error_and_the_dads_copy_is_refused(tmp_path, name, item, sentence, shown, of):
    record = _record(tmp_path, name, item, sentence)
    result = _run("validate", record, cwd=tmp_path)
    assert result.returncode == 1
    errors = [line for line in result.stdout.splitlines() if ": error: " in line]
    assert len(errors) == 1 and f"this names '{shown}', the nickname of {of}" in errors[0], result.stdout
    assert ("working_well.4" if name == "amira" else "working_well.3") in errors[0]
    dad = "Osman Ali" if name == "amira" else "Craig Dunmore"
    assert _run("render", record, "--for", dad, "-o", tmp_path / "dad.docx", cwd=tmp_path).returncode == 1
    assert not (tmp_path / "dad.docx").exists()


@pytest.mark.parametrize("sentence", [
    "You were up with the larks for the school trip.",
    "Larks sing over the fields near the lake.",
    "Your grandad Wilf's garden has a pond.",
    "You walked up the hill with the Larkin family.",
    "You had a detention at school for being late.",
])
def test_the_word_a_relatives_name_and_other_names_are_not(tmp_path, sentence):
    record = _record(tmp_path, "amira", AMIRA_ITEM, sentence)
    result = _run("validate", record, cwd=tmp_path)
    assert result.returncode == 0, result.stdout
    assert _run("render", record, "--for", "Osman Ali", "-o", tmp_path / "dad.docx", cwd=tmp_path).returncode == 0
    assert sentence in docx_text((tmp_path / "dad.docx").read_bytes())


def test_the_forms_looked_for():
    from recordgen.rules.withholding import nicknames

    assert nicknames("St Wilfrid's Catholic High School", []) == ["St Wilf's", "Wilf's"]
    assert "St Mick's" in nicknames("St Michael's RC Primary School", [])
    assert "Mick's" not in nicknames("St Michael's RC Primary School", [])  # a common given name: someone's
    assert nicknames("St Catherine's Academy", [])[:1] == ["St Cassie's"] and "Cath's" not in nicknames(
        "St Catherine's Academy", [])  # too common alone: "tea at Cath's"
    assert "St Cath's" in nicknames("St Catherine's Academy", [])
    assert nicknames("Larkspur House", ["Larkspur"])[:1] == ["Larks"]
    assert "Brackies" in nicknames("Brackenfield Primary School", ["Brackenfield"])
    assert "Kings" not in nicknames("Kingsway House", ["Kingsway"])  # an everyday word
    assert nicknames("Oakfield Primary School", ["Oakfield"]) == []  # "Oak": too short a clip
