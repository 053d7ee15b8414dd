"""A recipient whose name writes one of ``placement.carers`` short ("Alan S.", "Mr Stainforth", "Alan") is that
carer, whatever role they are sent papers as (blind review 29, finding 6), as a parent written short is read
as the parent: what is withheld from carer is kept from their copy, so the child's "(This is not in your
carers' copy.)" stays true. Not when the short name is someone else's too ("Alan S." with an Alan Shaw)."""

from __future__ import annotations

import copy

import pytest

from recordgen import api

from recordfiles import rendered_copies, the_copy, write_data

SECRET = "Your carers were looked into after you said Alan grabbed your arm; it was not upheld."
KAI = {
    "child": {"id": "WY-40881", "name": "Kai Brannigan", "date_of_birth": "2012-05-14", "pronouns": "he/him",
              "language": "en", "entered_care": "2024-02-01"},
    "review": {"date": "2026-10-27", "sequence": 4, "venue": "the council offices", "participation": "PN1",
               "chair": {"name": "Sam Okoye", "phone": "0115 915 0000", "email": "sam.okoye@example.gov.uk"},
               "attendees": [{"name": "Kai", "role": "you"},
                             {"name": "Bev and Alan Stainforth", "role": "foster carers"},
                             {"name": "Olu Adeyemi", "role": "social worker"}]},
    "working_well": ["You have joined the football team."],
    "worries": [{"text": SECRET, "withhold_from": ["carer"]}],
    "goals": ["You keep going to football."],
    "actions": [{"who": "Olu Adeyemi (your social worker)", "what": "Visit you every month.", "by": "2026-11-27"}],
    "care_plan": {"plan": "You will keep living with Bev and Alan.", "still_right": True},
    "rights": {"advocate": "offered", "independent_visitor": "declined", "complaints_explained": True},
    "placement": {"carers": "Bev and Alan Stainforth", "address": "8 Ilkley Road, Otley, LS21 3JP"},
    "next_review": {"date": "2027-04-27"},
    "distribution": [{"role": "child", "name": "Kai"}, {"role": "carer", "name": "Bev and Alan Stainforth"},
                     {"role": "social_worker", "name": "Olu Adeyemi"}],
}


def _sent(name: str, role: str = "other") -> dict:
    data = copy.deepcopy(KAI)
    data["distribution"].append({"role": role, "name": name})
    return data


def _slug(name: str) -> str:
    return "-".join(w.strip(".").casefold() for w in name.split())


@pytest.mark.parametrize("name, role", [("Alan S.", "other"), ("Mr Stainforth", "other"), ("Alan", "other"),
                                        ("Alan S.", "social_worker"), ("A. Stainforth", "other")])
def test_a_carer_written_short_is_kept_from_what_carers_are(tmp_path, name, role):
    data = _sent(name, role)
    recipient = api.load_record(write_data(tmp_path, data)).record.distribution[-1]
    assert api.Role.carer in recipient.kept_as
    texts = rendered_copies(tmp_path, write_data(tmp_path, data))
    assert SECRET not in the_copy(texts, f"_{role}-{_slug(name)}")
    kai = the_copy(texts, "_child-kai")
    assert SECRET in kai and "(This is not in your carers' copy.)" in kai


def test_someone_else_of_that_short_name_is_not_read_as_the_carer(tmp_path):
    data = _sent("Alan S.")
    data["review"]["attendees"].append({"name": "Alan Shaw", "role": "football coach"})
    recipient = api.load_record(write_data(tmp_path, data)).record.distribution[-1]
    assert api.Role.carer not in recipient.kept_as
