"""Issue 17 (nothing leaked), gap 1: a local place named in text a confidential placement's parent reads
reached the dad's copy with exit 0 and no warning: the child's surgery ("Dr Patel at Meadowside Surgery"),
dentist, place of worship ("St Anne's Church", "Green Lane Mosque"), team, group or club ("Hartwell
Rangers under-11s", "Brownies at St Anne's hall"), leisure centre, park, library or shop. Such places are
mostly near home, and a parent who knows one can wait there; the tool knows no map, so it is a warning
at the line (the copy is still made, the IRO decides). A place whose name shares a part of the address,
town or school is an error already; one only described ("the mosque", "Breakfast Club", "the Methodist
Church"), a city's team the child watches ("Leeds United") or a person ("Mrs Hall") is no such place."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

from recordfiles import copy_text, english_parent, validation_errors, write_record

HOME = "Flat 2, 14 Elm Road, Hartwell, Fernshire, FS3 2AB"


def _sam(tmp_path, said: str, confidential: bool = True, withheld: bool = False, role: str | None = None):
    def change(data):
        english_parent(data)
        data["placement"].update(address=HOME, confidential=confidential)
        data["working_well"][0] = {"text": said, "withhold_from": ["parent"]} if withheld else said
        if role:
            data["review"]["attendees"].append({"name": "Dr Anil Shah", "role": role, "attended": False,
                                                "contributed": "wrote to me"})
    return write_record(tmp_path, change)


def _warnings(path, field: str = "working_well.1") -> list[str]:
    from recordgen.record.loading import load_record
    from recordgen.rules.validation import validate

    return [str(d) for d in validate(load_record(path)) if d.severity == "warning" and d.path == field
            and "a local place" in d.message]


@pytest.mark.parametrize("said, named, kind", [
    ("You see Dr Patel at Meadowside Surgery when you have asthma.", "Meadowside Surgery", "a surgery"),
    ("Meadowside Medical Centre is where you have your jabs.", "Meadowside Medical Centre", "a surgery"),
    ("Your dentist is at Brookfold Dental Practice.", "Brookfold Dental Practice", "a dentist"),
    ("You go to St Anne's Church with Mark and Lisa on Sundays.", "St Anne's Church", "a place of worship"),
    ("You pray at Green Lane Mosque with Mark.", "Green Lane Mosque", "a place of worship"),
    ("You go to Brownies at St Anne's hall on Tuesdays.", "St Anne's hall", "a hall"),
    ("You play for Ashworth Rangers under-11s.", "Ashworth Rangers under-11s", "a team"),
    ("You swim every week at Brookfold Leisure Centre.", "Brookfold Leisure Centre", "a leisure centre"),
    ("You borrow books from Meadowside Library.", "Meadowside Library", "a library"),
    ("You feed the ducks in Armley Park.", "Armley Park", "a park"),
    ("Lisa takes you to Dobson's Stores for sweets.", "Dobson's Stores", "a shop"),
])
def test_a_named_local_place_is_a_warning_at_its_line_and_the_copy_is_still_made(tmp_path, said, named, kind):
    path = _sam(tmp_path, said)
    warned = _warnings(path)
    assert len(warned) == 1, warned
    assert re.search(rf"record\.yaml:\d+: working_well\.1: warning: this names '{re.escape(named)}' \({kind}\), a "
                     r"local place: .* a parent who knows the place can wait there for Sam, but the placement keeps "
                     r"where Sam lives from parents \(placement\.confidential, line \d+\); .*withhold this item from "
                     r"parent or reword it", warned[0]), warned
    assert not [d for d in validation_errors(path) if d.path == "working_well.1"]
    assert said in copy_text(path)  # a warning: the dad's copy (a real .docx, read back) is made as written


def test_validate_prints_the_warning_and_exits_0(tmp_path):
    from recordgen.cli import main_group

    path = _sam(tmp_path, "You see Dr Patel at Meadowside Surgery when you have asthma.")
    result = CliRunner().invoke(main_group, ["validate", str(path)])
    assert result.exit_code == 0, result.output
    assert re.search(r"record\.yaml:\d+: working_well\.1: warning: this names 'Meadowside Surgery' \(a surgery\)",
                     result.output), result.output


def test_an_attendees_role_naming_the_surgery_is_warned_and_cannot_be_withheld(tmp_path):
    path = _sam(tmp_path, "You are doing well.", role="GP at Meadowside Surgery")
    (warned,) = _warnings(path, "review.attendees.6.role")  # Sam's record lists 6 before Dr Shah
    assert "this names 'Meadowside Surgery' (a surgery)" in warned
    assert "cannot be withheld" in warned


@pytest.mark.parametrize("said", [
    "You had your jabs at the surgery.",
    "Nana takes you to the mosque on Fridays.",
    "You go to Breakfast Club before school.",
    "You go to Lego Club at school.",
    "You went to the Methodist Church for a wedding.",
    "You support Leeds United and watched them play with Mark.",
    "You love Queens Park Rangers.",
    "Your family time is at the Brookfold Family Centre.",
    "Mrs Hall helps you with reading.",
    "You went to the Royal Albert Hall.",
    "You play for the under-9s.",
    "You ride your bike in the park.",
    "You went to Paultons Park for your birthday.",
    "You saw the Blue Mosque on holiday.",
    "You went to the British Library with your class.",
])
def test_a_place_only_described_a_watched_team_or_a_person_is_not_warned_of(tmp_path, said):
    assert _warnings(_sam(tmp_path, said)) == []


def test_not_when_withheld_from_parent_or_the_placement_is_not_confidential(tmp_path):
    said = "You see Dr Patel at Meadowside Surgery when you have asthma."
    assert _warnings(_sam(tmp_path, said, withheld=True)) == []
    assert _warnings(_sam(tmp_path, said, confidential=False)) == []


@pytest.mark.parametrize("said, school, part", [
    ("You play for Hartwell Rangers under-11s.", None, "the town of the address"),
    ("You see Dr Patel at Meadowside Surgery.", "Meadowside Primary School", "the short name of the school"),
    ("You go to Brownies at St Anne's hall.", "St Anne's C of E Primary School", "the short name of the school"),
])
def test_a_place_named_after_the_town_or_school_is_an_error_and_not_warned_twice(tmp_path, said, school, part):
    def change(data):
        english_parent(data)
        data["placement"]["address"] = HOME
        if school:
            data["placement"]["school"] = school
        data["working_well"][0] = said
    path = write_record(tmp_path, change)
    assert any(part in d.message for d in validation_errors(path) if d.path == "working_well.1")
    assert _warnings(path) == []


def test_the_finder_reads_names_not_words():
    from recordgen.rules.locators import named_local_places

    assert named_local_places("You play for Hartwell Hawks under-11s.") == [("a team", "Hartwell Hawks under-11s")]
    assert named_local_places("You go to 1st Hartwell Brownies.") == [("a group", "1st Hartwell Brownies")]
    assert named_local_places("Dr Patel's surgery is near.") == [("a surgery", "Dr Patel's surgery")]
    assert named_local_places("You go to Hartwell Boxing Club.") == [("a club", "Hartwell Boxing Club")]
    assert named_local_places("You go to Zain's club.", ["zain"]) == []
    assert named_local_places("Brookside Hall is where you used to live.") == []  # a home as often as a hall
    assert named_local_places("Sally Park came to see you.") == []
    assert named_local_places("You live on Park Road near Hollins Park Academy.") == []
