"""Blind review 33, finding 1: a confidential kinship placement whose carers' relation is the family's own
word ("(your Nain and Taid)", "(your khala)", "(your babcia)") was no kinship to the tool, so "at Nain's",
"with Nain and Taid", "at Khala's", "your babcia" and the venue "Nain's house" reached the parent the home is
kept from, and "(your khala)" stopped the English "aunt" being caught too. The relation's words in every
language the tool serves (rules/family_words.py) are now the carers' relation, and a relative said to share
the child's home ("Nani Ammi lives with us") is caught too; a relative said otherwise is no alarm."""

from __future__ import annotations

from pathlib import Path

from ruamel.yaml import YAML

from recordfiles import docx_text, errors_by_field, write_data
from recordgen.rules.family_words import relation_words

DATA = Path(__file__).parent / "data_leaks42"


def _load(name: str) -> dict:
    return YAML(typ="safe", pure=True).load((DATA / name).read_text(encoding="utf-8"))


def _parent_copy(path: Path, name: str) -> str:
    from recordgen import api

    loaded = api.load_record(path)
    reader = [r for r in loaded.record.distribution if r.name == name][0]
    return docx_text(api.Renderer(allow_untranslated=True).render_copy(loaded, reader).data)


def test_each_relation_has_its_words_in_every_language():
    assert {"aunt", "auntie", "khala", "khalto", "modryb", "ciocia"} <= set(relation_words("khala"))
    assert {"nan", "gran", "grandma", "nain", "mamgu", "babcia"} <= set(relation_words("Nain"))
    assert {"nan", "grandma", "babcia", "babci", "babcią", "nain"} <= set(relation_words("babcia"))
    assert {"taid", "daid", "nhaid", "grandad"} <= set(relation_words("taid"))


def _warnings(path: Path) -> dict[str, list[str]]:
    from recordgen.record.loading import load_record
    from recordgen.rules.validation import validate

    found: dict[str, list[str]] = {}
    for d in validate(load_record(path)):
        if d.severity == "warning":
            found.setdefault(d.path, []).append(d.message)
    return found


def test_nain_and_taid_are_caught_at_each_line(tmp_path):
    path = write_data(tmp_path, _load("dylan-nain.yaml"))
    errors = errors_by_field(path)
    for loc, said in [("working_well.1", "'Nain's'"), ("working_well.2", "'Nain'"), ("goals.1", "'Taid'"),
                      ("care_plan.plan", "'Taid'")]:
        assert any(said in m and "placement.carers, line" in m for m in errors.get(loc, [])), (loc, errors)


def test_nains_house_is_the_childs_home_and_mums_copy_says_when_not_where(tmp_path):
    """The venue "Nain's house" is the carers' home by the family's word: left out of mum's copy, with the
    warning a foster home's venue gets; with the items withheld and the plan reworded her copy names neither."""
    def fixed(d):
        for section, i in [("working_well", 0), ("working_well", 1), ("goals", 0)]:
            d[section][i] = {"text": d[section][i], "withhold_from": ["parent"]}
        d["care_plan"]["plan"] = "You will keep living where you are as you grow up."
    path = write_data(tmp_path, _load("dylan-nain.yaml"), fixed)
    assert not errors_by_field(path)
    assert any("'Nain's house' is the child's home" in m and "Carys Jones" in m
               for m in _warnings(path).get("review.venue", []))
    text = _parent_copy(path, "Carys Jones")
    assert "Nain" not in text and "Taid" not in text and "It was at" not in text
    assert "19 November 2026" in text


def test_khala_is_caught_with_the_english_aunt_and_the_household(tmp_path):
    errors = errors_by_field(write_data(tmp_path, _load("aleena-kinship.yaml")))
    assert any("'Khala's'" in m and "'Nani Ammi'" in m for m in errors.get("child_views.1", [])), errors
    assert any("'your khala's'" in m for m in errors.get("working_well.1", []))
    assert any("'your khala'" in m and "'Nani Ammi'" in m for m in errors.get("care_plan.plan", []))
    errors = errors_by_field(write_data(tmp_path, _load("aleena-en.yaml"), name="en.yaml"))
    assert any("'my auntie's'" in m for m in errors.get("child_views.1", [])), errors
    assert any("'your aunt's'" in m for m in errors.get("working_well.1", []))


def test_a_relative_said_otherwise_is_no_alarm(tmp_path):
    def change(data):
        data["child_views"][0] = "Nani visits on Sundays and I want to live with my nan one day."
        data["working_well"][0] = "You went to Pakistan to see your dadi in the summer. Your brother lives with your nan."
        data["care_plan"]["plan"] = "You will keep living here as you grow up."
    errors = errors_by_field(write_data(tmp_path, _load("aleena-kinship.yaml"), change))
    assert not errors.get("child_views.1") and not errors.get("working_well.1") and not errors.get("care_plan.plan"), \
        errors


def test_babcia_is_kinship_and_dads_copy_says_your_carer(tmp_path):
    data = _load("zb.yaml")
    errors = errors_by_field(write_data(tmp_path, data))
    assert any("'Babci's'" in m for m in errors.get("child_views.4", [])), errors
    assert any("'your babcia'" in m for m in errors.get("working_well.3", [])), errors

    def withheld(d):
        d["child_views"][3] = {"text": d["child_views"][3], "withhold_from": ["parent"]}
        d["working_well"][2] = {"text": d["working_well"][2], "withhold_from": ["parent"]}
    path = write_data(tmp_path, data, withheld, name="fixed.yaml")
    assert not errors_by_field(path)
    text = _parent_copy(path, "Tomasz Nowak")
    assert "You live with your carer." in text
    assert "Halina" not in text and "abci" not in text and "Babcia" not in text
