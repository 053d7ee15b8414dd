"""Blind review 24, finding 7: a confidential hospital placement ("Ward 12, Leeds General Infirmary")
was found in none of its forms, and its ward nurse kept her surname in the parent's copy. Its ward
("Ward 12"), its name's short forms ("Leeds General", "General Infirmary", "the Infirmary") and its
initials ("LGI") are parts of it; who works on the ward (a nurse, a doctor, a play specialist) is its
staff, as a home's key worker is: named to parents by first name and role, their surname an error."""

from __future__ import annotations

import pytest

from recordfiles import copy_text, english_parent, refused_for_parent, validation_errors, write_record

WARD = "Ward 12, Leeds General Infirmary"


def _in_hospital(said: str = "You like the play room.", nurse: str = "Sister Anne Pennock"):
    def change(data):
        english_parent(data)
        data["placement"].update(carers=WARD, address="Great George Street, Leeds, LS1 3EX")
        data["placement"].pop("school", None)
        for person in data["review"]["attendees"]:
            if person["name"] == "Mark and Lisa Owen":
                person.update(name=nurse, role="ward nurse")
            if person["name"] == "Mrs Patel":
                person.update(name="Jodie Fenwick", role="play specialist")
        for recipient in data["distribution"]:
            if recipient["role"] == "carer":
                recipient["name"] = nurse
        data["working_well"][0] = said
    return change


def _errors_at(path, field: str) -> list[str]:
    return [d.message for d in validation_errors(path) if d.path == field]


@pytest.mark.parametrize("said, named", [
    ("The nurses on Ward 12 say you are eating again.", "Ward 12"),
    ("You can see the park from the LGI windows.", "LGI"),
    ("The General Infirmary food is OK.", "General Infirmary"),
    ("Your room at Leeds General is quiet.", "Leeds General"),
    ("Mum found the way to the Infirmary on the bus.", "the Infirmary"),
    ("Sister Pennock says you are eating again.", "Pennock"),
])
def test_the_hospital_in_any_of_its_forms_and_its_nurses_surname_are_errors(tmp_path, said, named):
    path = write_record(tmp_path, _in_hospital(said))
    found = _errors_at(path, "working_well.1")
    assert any(f"this names '{named}'" in m for m in found), found
    assert refused_for_parent(tmp_path, path)


def test_the_ward_staff_are_named_to_the_parent_by_first_name_and_role(tmp_path):
    path = write_record(tmp_path, _in_hospital())
    text = copy_text(path)
    assert "Pennock" not in text and "Fenwick" not in text
    assert "Anne (ward nurse)" in text
    assert "Pennock" in copy_text(path, "child")


@pytest.mark.parametrize("said", [
    "You had a check-up at the hospital in May.",
    "The nurse says you are eating again.",
    "You want to go back to school after the ward round.",
])
def test_the_hospital_said_in_general_words_is_no_error(tmp_path, said):
    assert _errors_at(write_record(tmp_path, _in_hospital(said)), "working_well.1") == []
