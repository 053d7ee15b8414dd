"""Blind review 26, finding 6: Darren Marsh's returned booklet (FAT3-AN7C) answers "What are you
worried about?" with "I know he is at Hillbrae and I will go there", Hillbrae Academy being Kayden's
confidential school. No copy shows a consultation answer, but the parent knows the place: `consult
import` and `validate` now warn, so the IRO tells the social worker. The reviewer's booklet and record."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

DATA = Path(__file__).parent / "data_leaks31"
ROOT = Path(__file__).parent.parent


def _run(*args, cwd):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "RECORDGEN_TODAY": "2026-12-07"}
    return subprocess.run([sys.executable, "-m", "recordgen", *args], cwd=cwd, env=env, capture_output=True,
                          text=True)


def _planned(tmp_path: Path) -> Path:
    text = (DATA / "kayden-2-imp.yaml").read_text(encoding="utf-8")
    text = text[:text.index("child_views:")] + text[text.index("placement:"):text.index("consultation:")]
    path = tmp_path / "kayden-2.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_import_warns_that_dad_names_the_confidential_school(tmp_path):
    record = _planned(tmp_path)
    result = _run("consult", "import", str(DATA / "darren-booklet.pdf"), str(record), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "I know he is at Hillbrae and I will go there" in record.read_text(encoding="utf-8")
    assert ("warning: Darren Marsh (parent)'s booklet names 'Hillbrae', the school kept from parents"
            in result.stderr), result.stderr
    assert "tell the child's social worker" in result.stderr


def test_validate_warns_at_the_answer():
    out = _run("validate", str(DATA / "kayden-2-imp.yaml"), cwd=DATA).stdout
    assert ("kayden-2-imp.yaml:52: consultation.worries.1.text: warning: Darren Marsh (parent)'s booklet names "
            "'Hillbrae'") in out, out


def test_no_warning_for_a_placement_not_confidential_or_an_answer_naming_nothing(tmp_path):
    text = (DATA / "kayden-2-imp.yaml").read_text(encoding="utf-8")
    for changed in (text.replace("confidential: true", "confidential: false"),
                    text.replace("I know he is at Hillbrae and I will go there", "I want to see him more")):
        path = tmp_path / "k.yaml"
        path.write_text(changed, encoding="utf-8")
        assert "booklet names" not in _run("validate", str(path), cwd=tmp_path).stdout
