"""Blind review 28 #23: a young child's papers and a parent's invitation.

- A child under 8 (papers in pictures) is told the part of the day in words they know ("in the morning"),
  not "09:30"; older children and every adult still get the time.
- A confidential school's teacher cut to their role in a parent's invitation is "Poppy's class teacher",
  never a bare "class teacher" that reads like a name.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from recordfiles import docx_text
from test_leaks34_venue import POPPY, WHITBY


def _poppy(tmp_path: Path, born: str, time: str, language: str = "en") -> Path:
    text = POPPY.format(venue=json.dumps("the family centre"), address=WHITBY, language=language)
    text = text.replace("date_of_birth: 2023-02-09", f"date_of_birth: {born}").replace('time: "09:45"', f'time: "{time}"')
    text = text.replace("Mrs Quarrington, role: nursery key worker", "Mrs Quarrington, role: class teacher")
    text = text.replace("school: Little Puffins Nursery", "school: Sewerby Fields Primary School")
    path = tmp_path / "poppy.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def _invitation(path: Path, role: str) -> list[str]:
    from recordgen import api

    papers = {d.kind: d for d in api.consult_documents(api.load_record(path), role)}
    return docx_text(papers["invitation"].data).splitlines()


@pytest.mark.parametrize("born", ["2023-02-09", "2020-02-09"])  # 3 and 6 at the review
@pytest.mark.parametrize("time, part", [("09:30", "in the morning"), ("13:15", "in the afternoon"),
                                        ("17:30", "in the evening")])
def test_a_young_childs_invitation_gives_the_part_of_the_day(tmp_path, monkeypatch, born, time, part):
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-12-07")
    path = _poppy(tmp_path, born, time)
    child = _invitation(path, "child")
    assert f"Your review is on Tuesday, 9 February 2027, {part}." in child, child
    assert not [line for line in child if time in line]
    assert f"The review for Poppy is on Tuesday, 9 February 2027 at {time}." in _invitation(path, "carer")


def test_an_older_child_still_gets_the_time(tmp_path, monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-12-07")
    child = _invitation(_poppy(tmp_path, "2014-02-09", "09:30"), "child")
    assert "Your review is on Tuesday, 9 February 2027 at 09:30." in child


def test_a_translated_young_childs_invitation_has_no_digits_of_the_time(tmp_path, monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-12-07")
    path = _poppy(tmp_path, "2020-02-09", "09:30")
    text = path.read_text(encoding="utf-8").replace("  language: en\n", "  language: pl\n", 1)
    path.write_text(text, encoding="utf-8")
    child = "\n".join(_invitation(path, "child"))
    assert "rano" in child and "09:30" not in child, child


def test_a_parents_invitation_gives_whose_teacher(tmp_path, monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-12-07")
    lines = _invitation(_poppy(tmp_path, "2020-02-09", "09:30"), "parent")
    assert "Poppy's class teacher" in lines and "class teacher" not in lines, lines
    assert not [line for line in lines if "Quarrington" in line]
