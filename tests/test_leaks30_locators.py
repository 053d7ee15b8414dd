"""Blind review 24, finding 3: places that may find a confidential home without naming a part of it
reached the parent with no warning: "Mr Patel's corner shop near my house", "Karen works at the Co-op
on Old Shoreham Road" (a street), "the dentist on Church Road". The tool knows no map: each is a
warning at its line (the copy is still made, the IRO decides); the home's own street stays an error."""

from __future__ import annotations

import pytest

from recordfiles import copy_text, english_parent, validation_errors, write_record


def _sam(said: str):
    def change(data):
        english_parent(data)
        data["working_well"][0] = said
    return change


def _warnings_at(path, field: str) -> list[str]:
    from recordgen.record.loading import load_record
    from recordgen.rules.validation import validate

    return [d.message for d in validate(load_record(path)) if d.severity == "warning" and d.path == field]


@pytest.mark.parametrize("said, found", [
    ("I like helping at Mr Patel's corner shop near my house on Saturdays.", "a place near the home ('near my house')"),
    ("Lisa works at the Co-op on Old Shoreham Road and you help her after school.",
     "a carer's workplace on a named street ('Old Shoreham Road')"),
    ("Mark takes you to the dentist on Church Road.", "a named street ('Church Road')"),
    ("You go to the boxing club on Hessle Road with Mark.", "a named street ('Hessle Road')"),
    ("Your best friend lives round the corner from Mark and Lisa's house.",
     "a place near the home ('round the corner from Mark and Lisa's house')"),
])
def test_a_place_that_may_find_the_home_is_a_warning_and_the_copy_is_still_made(tmp_path, said, found):
    path = write_record(tmp_path, _sam(said))
    warned = _warnings_at(path, "working_well.1")
    assert any(f"this gives {found}" in m and "withhold this item from parent" in m for m in warned), warned
    assert not [d for d in validation_errors(path) if d.path == "working_well.1"]
    assert said in copy_text(path)  # a warning: the parent's copy (a real .docx) is made as written


@pytest.mark.parametrize("said", [
    "You are happy in your home.",
    "You watch Coronation Street with Lisa.",
    "You like shopping on the High Street.",
    "You walk to the park every Sunday.",
])
def test_words_that_locate_nothing_are_not_warned_of(tmp_path, said):
    assert not [m for m in _warnings_at(write_record(tmp_path, _sam(said)), "working_well.1") if "may find" in m]


def test_the_homes_own_street_is_an_error_not_this_warning(tmp_path):
    path = write_record(tmp_path, _sam("You ride your bike up and down Elm Road."))
    assert any("'Elm Road'" in d.message for d in validation_errors(path) if d.path == "working_well.1")
    assert not [m for m in _warnings_at(path, "working_well.1") if "may find" in m]


def test_a_place_near_the_home_in_an_item_withheld_from_parent_is_not_warned_of(tmp_path):
    def change(data):
        _sam("x")(data)
        data["working_well"][0] = {"text": "Mark works at the garage on Ashby Road.", "withhold_from": ["parent"]}
    assert not [m for m in _warnings_at(write_record(tmp_path, change), "working_well.1") if "may find" in m]
