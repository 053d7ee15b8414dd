"""Sentences a blind reviewer (session 18) found untrue in a copy made when the reader is 18 or
over, and in an adjourned review's dates: each test renders real copies of the blind corpus's
records, reads the .docx back and looks for what must and must not be said (issue 17)."""

from __future__ import annotations

from pathlib import Path

import pytest
from ruamel.yaml import YAML

from test_claims_blind16 import copy_text

CORPUS = Path(__file__).resolve().parent / "blind_corpus"


def corpus(name: str) -> dict:
    return YAML(typ="safe", pure=True).load(next(CORPUS.glob(f"{name}-*[!t].yaml")).read_text(encoding="utf-8"))


# --- Finding 1: a pathway plan and a personal adviser only for someone in care at 16 or over --------

#: Poppy (1 at her review, PN0) at 20; Zosia (4, PN6) at 19; Tia (7, PN2, an advocate) at 18.
GROWN_UP = {"01": "2045-03-01", "21": "2041-03-01", "04": "2037-03-01"}


@pytest.mark.parametrize("name", sorted(GROWN_UP))
def test_a_young_childs_review_read_as_an_adult_promises_no_pathway_plan_or_adviser(name, monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", GROWN_UP[name])
    text = copy_text(corpus(name))
    assert "pathway plan" not in text and "personal adviser" not in text
    assert "If you are unhappy about the help you got while you were in care, you can complain." in text
    assert "You can ask to see the records we keep about you." in text
    assert "If you have questions about this record, you can contact me" in text


def test_an_adult_who_had_an_advocate_as_a_child_is_told_so_and_nothing_more(monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", GROWN_UP["04"])
    text = copy_text(corpus("04"))
    assert "You had an advocate while you were in care." in text and "You can still ask for one" not in text


def test_a_young_child_whose_record_names_a_personal_adviser_keeps_the_care_leavers_rights(monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", GROWN_UP["21"])
    data = corpus("21")
    data["actions"][0]["who"] = "Dev Rao (your personal adviser)"
    assert "If you disagree with your pathway plan, tell your personal adviser." in copy_text(data)


def test_a_sixteen_year_olds_review_read_as_an_adult_keeps_the_care_leavers_rights(monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", "2029-03-01")  # Connor, 16 at his review, is 19
    text = copy_text(corpus("09"))
    assert "If you disagree with your pathway plan, tell your personal adviser." in text
