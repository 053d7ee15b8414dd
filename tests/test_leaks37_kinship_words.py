"""A confidential kinship placement's carer in a text a parent reads (blind review 29, finding 1): the
parents' copies say "You live with your carer.", so the IRO's "You walk to school with Nan", "Grandma Mo
makes your lunch", "Maureen", "the kinship carers' group" and "your nan" in the plan must not undo it. Each
is an error at its line (the plan, which cannot be withheld, asks for a rewording); "special guardianship"
is a warning; none when ``placement.carers_named_to_parents``."""

from __future__ import annotations

import copy
import re

import pytest
from click.testing import CliRunner

from recordgen.cli import main_group

from recordfiles import write_data

NAN = {
    "child": {"id": "KP-70112", "name": "Jordan Price", "known_as": "JJ", "date_of_birth": "2016-03-20",
              "pronouns": "they/them", "language": "en", "entered_care": "2025-10-06"},
    "review": {"date": "2026-11-24", "sequence": 3, "venue": "the council offices", "participation": "PN6",
               "chair": {"name": "Sam Okoye", "phone": "0115 915 0000", "email": "sam.okoye@example.gov.uk"},
               "attendees": [{"name": "JJ", "role": "you", "attended": False, "contributed": "drew a picture"},
                             {"name": "Maureen Kettlewell", "role": "nan and kinship carer"},
                             {"name": "Shannon Price", "role": "mum", "attended": False,
                              "contributed": "sent me a text message"},
                             {"name": "Priti Varma", "role": "social worker"}]},
    "working_well": ["You are a star reader in your class."],
    "worries": ["You still get scared when a car like Mum's goes past."],
    "goals": ["You feel safe enough to see Mum at the family centre."],
    "actions": [{"who": "Maureen Kettlewell (your nan)", "what": "Read with you every night.", "by": "2027-01-29"}],
    "care_plan": {"plan": "You will keep living where you are.", "still_right": True},
    "rights": {"advocate": "offered", "independent_visitor": "declined", "complaints_explained": True},
    "placement": {"carers": "Maureen Kettlewell (your nan)", "address": "4 Heptonstall Fold, Mytholmroyd, HX7 5JR",
                  "confidential": True},
    "next_review": {"date": "2027-05-20"},
    "distribution": [{"role": "child", "name": "JJ"}, {"role": "parent", "name": "Shannon Price"},
                     {"role": "carer", "name": "Maureen Kettlewell"},
                     {"role": "social_worker", "name": "Priti Varma"}],
}


def _validate(tmp_path, data) -> str:
    return CliRunner().invoke(main_group, ["validate", str(write_data(tmp_path, data))]).output


def _with(sentence: str) -> dict:
    data = copy.deepcopy(NAN)
    data["working_well"].append(sentence)
    return data


@pytest.mark.parametrize("sentence, said", [
    ("You walk to school with Nan past the duck pond every morning.", "'Nan'"),
    ("You walk to school with your nan every morning.", "'your nan'"),
    ("You walk to school with Maureen past the duck pond every morning.", "'Maureen'"),
    ("Grandma Mo makes your packed lunch.", "'Grandma Mo'"),
    ("Mo makes your packed lunch.", "'Mo'"),
    ("You help your gran in the garden.", "'your gran'"),
])
def test_the_carers_relation_or_first_name_is_an_error_at_the_item(tmp_path, sentence, said):
    output = _validate(tmp_path, _with(sentence))
    assert re.search(rf"record\.yaml:\d+: working_well\.2: error: this names the carer as {said}, how they are "
                     r"related or their first name, .*withhold this item from parent", output), output


def test_in_the_plan_the_error_asks_for_a_rewording(tmp_path):
    data = copy.deepcopy(NAN)
    data["care_plan"]["plan"] = "You will keep living with your nan, and we will ask for a special guardianship order."
    output = _validate(tmp_path, data)
    assert re.search(r"care_plan\.plan: error: this names the carer as 'your nan'.*reword it \(the care plan cannot "
                     r"be withheld: every copy shows it\)", output), output
    assert re.search(r"care_plan\.plan: warning: this says 'special guardianship'", output), output


def test_kinship_in_an_action_is_an_error_but_the_carers_own_who_is_not(tmp_path):
    data = copy.deepcopy(NAN)
    data["actions"][0]["what"] = "Go to the kinship carers' group."
    output = _validate(tmp_path, data)
    assert re.search(r"actions\.1\.what: error: this says 'kinship', that the child lives with family", output), output
    # The who "Maureen Kettlewell (your nan)" and her role are "Your carer" in the parents' copies.
    assert "actions.1.who" not in output and "attendees.2.role" not in output


@pytest.mark.parametrize("change", [
    lambda d: d["placement"].update(carers_named_to_parents=True),
    lambda d: d["placement"].update(confidential=False),
    lambda d: d["working_well"].__setitem__(1, {"text": d["working_well"][1], "withhold_from": ["parent"]}),
    lambda d: d["working_well"].__setitem__(1, "You see Nanna Pat, your dad's mum, on Sundays."),
    lambda d: d["working_well"].__setitem__(1, "Mr Dunn says you wait a mo before you answer now."),
], ids=["named to parents", "not confidential", "withheld from parent", "another nan", "a word"])
def test_no_error_where_it_does_not_apply(tmp_path, change):
    data = _with("You walk to school with Nan and Maureen's dog.")
    change(data)
    assert "names the carer as" not in _validate(tmp_path, data)


def test_a_parents_translation_naming_the_relation_is_an_error(tmp_path):
    data = _with("You walk to school with your carer every morning.")
    data["distribution"][1]["language"] = "pl"
    path = write_data(tmp_path, data)
    from recordgen.translation.items import source_hash

    text = data["working_well"][1]
    path.with_name("record.translations.yaml").write_text(
        "format: recordgen-translations/1\nrecord: record.yaml\nlanguages:\n  pl:\n    working_well.2:\n"
        f"      source_sha256: {source_hash(text)}\n      source: {text}\n"
        "      translation: Codziennie chodzisz do szkoły z babcią Mo.\n", encoding="utf-8")
    output = CliRunner().invoke(main_group, ["validate", str(path)]).output
    assert re.search(r"record\.translations\.yaml:\d+: languages\.pl\.working_well\.2\.translation: error: The pl "
                     r"translation of working_well\.2 names the carer as (?:'Mo' and 'babcią'|'babcią Mo')", output), output


def test_who_gave_the_score_by_relation_is_an_error_by_name_is_your_carer(tmp_path):
    data = copy.deepcopy(NAN)
    data["scale"] = {"score": 6, "by": "Nan", "meaning": "10 means you are settled."}
    assert re.search(r"scale\.by: error: this names the carer as 'Nan'", _validate(tmp_path, data))
    data["scale"]["by"] = "Maureen Kettlewell"  # the copies give her as "Your carer"
    assert "scale.by" not in _validate(tmp_path, data)
