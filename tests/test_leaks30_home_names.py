"""Blind review 24, findings 1 and 2: a children's home's short name in its commonest forms.

1. "The" and an everyday plural ("The Oaks", "The Willows", "The Foyer supported lodgings") and a
   saint's home ("St Mary's", "St Anne's") had no short name at all: "Life at The Oaks is calm." and a
   venue "The Oaks" reached the parent. "Sand & Sea House" was looked for as "Sand Sea".
2. A plural short name with its -s dropped ("Bramble staff", "at the Bramble" of "Brambles children's
   home") is the short name too.

Each is an error in `validate` and the parent's copy (a real .docx) is refused or reads without it."""

from __future__ import annotations

import pytest

from recordfiles import copy_text, larkspur, refused_for_parent, validation_errors, write_record


def _errors_at(path, field: str) -> list[str]:
    return [d.message for d in validation_errors(path) if d.path == field]


NAMED = [
    ("The Oaks children's home", "Life at The Oaks is calm.", "Oaks"),
    ("The Oaks children's home", "Oaks staff took you bowling.", "Oaks"),
    ("The Oaks children's home", "The Oaks is a nice place to live.", "Oaks"),
    ("The Willows children's home", "Life at the Willows is calm.", "Willows"),
    ("The Willows children's home", "WILLOWS is OK.", "Willows"),
    ("The Maples children's home", "The Maples staff took you bowling.", "Maples"),
    ("The Meadows residential home", "Life at the Meadows is calm.", "Meadows"),
    ("The Laurels children's home", "The Laurels is a nice place to live.", "Laurels"),
    ("The Cedars children's home", "Cedars staff took you bowling.", "Cedars"),
    ("St Mary's children's home", "Life at St Mary's is calm.", "St Mary's"),
    ("St Anne's children's home", "St Annes staff are kind.", "St Anne's"),
    ("St Anne's children's home", "Saint Anne's is OK.", "St Anne's"),
    ("St Anne's children's home", "St. Anne's is a nice place to live.", "St Anne's"),
    ("The Foyer supported lodgings", "Life at the Foyer is good.", "Foyer"),
    ("The Foyer supported lodgings", "The Foyer staff help you cook.", "Foyer"),
    ("Sand & Sea House", "Life at Sand & Sea is calm.", "Sand and Sea"),
    ("Sand & Sea House", "Sand & Sea staff took you bowling.", "Sand and Sea"),
]


@pytest.mark.parametrize("home, said, short", NAMED)
def test_the_homes_short_name_is_an_error_and_the_parents_copy_is_refused(tmp_path, home, said, short):
    path = write_record(tmp_path, larkspur(said, home=home))
    found = _errors_at(path, "working_well.1")
    assert any(f"this names '{short}'" in m for m in found), found
    assert refused_for_parent(tmp_path, path)


@pytest.mark.parametrize("home, said", [
    ("The Oaks children's home", "You climbed the oak tree in the park."),
    ("The Oaks children's home", "Oak is a hard wood, you learned in DT."),
    ("The Meadows residential home", "You ran in the meadows with your friends."),
    ("The Foyer supported lodgings", "You met your worker in the foyer of the library."),
    ("St Mary's children's home", "You sing in the choir at St Mary's Church."),
    ("Brambles children's home", "You picked bramble berries for a crumble."),
])
def test_the_same_words_not_written_as_the_homes_name_are_no_error(tmp_path, home, said):
    path = write_record(tmp_path, larkspur(said, home=home))
    assert _errors_at(path, "working_well.1") == []


def test_a_venue_called_by_the_homes_short_name_is_left_out_of_the_parents_copy(tmp_path):
    def change(data):
        larkspur(home="The Oaks children's home")(data)
        data["review"]["venue"] = "The Oaks"
    path = write_record(tmp_path, change)
    text = copy_text(path)
    assert "Oaks" not in text
    assert "The Oaks" in copy_text(path, "child")


def test_a_saints_school_written_saint_is_its_short_name(tmp_path):
    def change(data):
        data["placement"]["school"] = "St Mary's Catholic Primary School"
        data["working_well"][0] = "Saint Mary's has a great choir."
    path = write_record(tmp_path, change)
    assert any("this names 'Saint Mary's'" in m for m in _errors_at(path, "working_well.1"))
