"""Who lives with a confidential placement's carers, by a role that says so (blind review 29, finding 3):
a named carer's son or daughter, brother or sister ("Sharon's son", "Mick's daughter", "carers' son"), and
a foster brother or sister: their surname finds the home as the carers' does. Parents' copies cut it, as
for a carer's partner, and their full name in a text a parent reads is an error that says they live with
the carers, not that they look after the child."""

from __future__ import annotations

import copy
import re

import pytest
from click.testing import CliRunner

from recordgen.cli import main_group

from recordfiles import rendered_copies, the_copy, write_data

DOM = {
    "child": {"id": "PB-66120", "name": "Dominik Walsh", "known_as": "Dom", "date_of_birth": "2014-04-09",
              "pronouns": "he/him", "language": "en", "entered_care": "2023-05-22"},
    "review": {"date": "2026-12-02", "sequence": 7, "venue": "the council offices", "participation": "PN1",
               "chair": {"name": "Sam Okoye", "phone": "0115 915 0000", "email": "sam.okoye@example.gov.uk"},
               "attendees": [{"name": "Dom", "role": "you"},
                             {"name": "Sharon and Mick Pettigrew", "role": "foster carers"},
                             {"name": "Beata Walsh", "role": "mum"},
                             {"name": "Kwame Asante", "role": "social worker"},
                             {"name": "Kieran Doyle-Rafferty", "role": "Sharon's son"}]},
    "working_well": ["You won a prize at the science fair."],
    "worries": ["You have been staying up very late gaming."],
    "goals": ["You go to bed by ten on school nights."],
    "actions": [{"who": "Kieran Doyle-Rafferty (Sharon's son)", "what": "Teach you to ride a bike.",
                 "by": "2027-03-05"}],
    "care_plan": {"plan": "You will keep living with Sharon and Mick.", "still_right": True},
    "rights": {"advocate": "declined", "independent_visitor": "has_one", "complaints_explained": True},
    "placement": {"carers": "Sharon and Mick Pettigrew", "address": "5 Holme Fen Drove, Yaxley, PE7 3TW",
                  "confidential": True},
    "next_review": {"date": "2027-05-28"},
    "distribution": [{"role": "child", "name": "Dom"}, {"role": "parent", "name": "Beata Walsh"},
                     {"role": "carer", "name": "Sharon and Mick Pettigrew"},
                     {"role": "social_worker", "name": "Kwame Asante"}],
}
ROLES = ["Sharon's son", "Mick's daughter", "carers' son", "foster brother", "your foster sister",
         "Sharon's grown-up son"]


def _as(role: str, sentence: str | None = None) -> dict:
    data = copy.deepcopy(DOM)
    data["review"]["attendees"][4]["role"] = role
    data["actions"][0]["who"] = f"Kieran Doyle-Rafferty ({role})"
    if sentence:
        data["working_well"].append(sentence)
    return data


def _validate(tmp_path, data) -> str:
    return CliRunner().invoke(main_group, ["validate", str(write_data(tmp_path, data))]).output


@pytest.mark.parametrize("role", ROLES)
def test_their_full_name_in_a_text_a_parent_reads_is_an_error(tmp_path, role):
    output = _validate(tmp_path, _as(role, "Kieran Doyle-Rafferty takes you to the skate park."))
    assert re.search(r"record\.yaml:\d+: working_well\.2: error: this names 'Doyle-Rafferty', the family name of "
                     r"Kieran Doyle-Rafferty, who lives with the carers,", output), output
    assert "who also looks after the child" not in output


@pytest.mark.parametrize("role", ROLES)
def test_a_parents_copy_cuts_their_surname(tmp_path, role):
    texts = rendered_copies(tmp_path, write_data(tmp_path, _as(role)))
    mum = the_copy(texts, "_parent-beata-walsh")
    assert "Doyle-Rafferty" not in mum and "Kieran" in mum
    assert "Kieran Doyle-Rafferty" in the_copy(texts, "_social_worker-kwame-asante")


@pytest.mark.parametrize("role", ["Janet's son", "your brother", "Sharon's friend"])
def test_other_roles_are_not_the_household(tmp_path, role):
    assert "who lives with the carers" not in _validate(
        tmp_path, _as(role, "Kieran Doyle-Rafferty takes you to the skate park."))


def test_not_confidential_no_error(tmp_path):
    data = _as("Sharon's son", "Kieran Doyle-Rafferty takes you to the skate park.")
    data["placement"]["confidential"] = False
    assert "Doyle-Rafferty" not in _validate(tmp_path, data)
