"""An attendee's contribution or role, which no withhold_from can reach and the child's own copy shows, saying
what an item withheld from the child is about ("wrote me a letter from HMP Leeds" while the prison is kept from
Kai): an error, as a confidential address there is, not only a warning (blind review 29, finding 7). An item
that can be withheld, the plan (the child's own: "you will be adopted" beside a sister's adoption kept from
them), a record with no copy for the child and a planned review's invitation stay warnings."""

from __future__ import annotations

import copy

import pytest

from recordgen import api

from recordfiles import write_data

KAI = {
    "child": {"id": "WY-40881", "name": "Kai Brannigan", "date_of_birth": "2012-05-14", "pronouns": "he/him",
              "language": "en", "entered_care": "2024-02-01"},
    "review": {"date": "2026-10-27", "sequence": 4, "venue": "the council offices", "participation": "PN1",
               "chair": {"name": "Sam Okoye", "phone": "0115 915 0000", "email": "sam.okoye@example.gov.uk"},
               "attendees": [{"name": "Kai", "role": "you"},
                             {"name": "Bev Stainforth", "role": "foster carer"},
                             {"name": "Wayne Brannigan", "role": "dad", "attended": False,
                              "contributed": "wrote me a letter from HMP Leeds"},
                             {"name": "Olu Adeyemi", "role": "social worker"}]},
    "working_well": ["You have joined the football team."],
    "worries": ["You miss your dad.",
                {"text": "Kai's dad is in prison until 2028; Kai has not been told yet.", "withhold_from": ["child"]}],
    "goals": ["You keep going to football."],
    "actions": [{"who": "Olu Adeyemi (your social worker)", "what": "Visit you every month.", "by": "2026-11-27"}],
    "care_plan": {"plan": "You will keep living with Bev.", "still_right": True},
    "rights": {"advocate": "offered", "independent_visitor": "declined", "complaints_explained": True},
    "placement": {"carers": "Bev Stainforth", "address": "8 Ilkley Road, Otley, LS21 3JP"},
    "next_review": {"date": "2027-04-27"},
    "distribution": [{"role": "child", "name": "Kai"}, {"role": "carer", "name": "Bev Stainforth"},
                     {"role": "parent", "name": "Wayne Brannigan"}, {"role": "social_worker", "name": "Olu Adeyemi"}],
}


def _found(tmp_path, data, path: str) -> list:
    loaded = api.load_record(write_data(tmp_path, data))
    return [d for d in api.validate(loaded) if d.path == path and "is about prison too" in d.message]


@pytest.mark.parametrize("change, path", [
    (lambda d: None, "review.attendees.3.contributed"),
    (lambda d: d["review"]["attendees"][2].update(role="dad (at HMP Leeds)", contributed="sent a letter"),
     "review.attendees.3.role"),
], ids=["contributed", "role"])
def test_a_text_the_childs_copy_shows_naming_the_matter_is_an_error(tmp_path, change, path):
    data = copy.deepcopy(KAI)
    change(data)
    (found,) = _found(tmp_path, data, path)
    assert found.severity == "error", found
    assert "cannot be withheld: every copy shows it" in found.message


def test_the_plan_stays_a_warning(tmp_path):
    data = copy.deepcopy(KAI)
    data["review"]["attendees"][2]["contributed"] = "wrote me a letter"
    data["care_plan"]["plan"] = "You will keep living with Bev while your dad is in prison."
    (found,) = _found(tmp_path, data, "care_plan.plan")
    assert found.severity == "warning"


def test_an_item_that_can_be_withheld_stays_a_warning(tmp_path):
    data = copy.deepcopy(KAI)
    data["review"]["attendees"][2]["contributed"] = "wrote me a letter"
    data["working_well"].append("Your dad wrote you a letter from HMP Leeds.")
    (found,) = _found(tmp_path, data, "working_well.2")
    assert found.severity == "warning"


def test_no_copy_for_the_child_stays_a_warning(tmp_path):
    data = copy.deepcopy(KAI)
    data["distribution"] = data["distribution"][1:]
    assert all(d.severity == "warning" for d in _found(tmp_path, data, "review.attendees.3.contributed"))
