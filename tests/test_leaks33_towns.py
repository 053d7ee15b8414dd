"""The confidential home's town, by part and not inside an institution (blind review 27, findings 3 and 12).

A hyphenated town is called by its distinctive parts ("Ashfield" of "Kirkby-in-Ashfield"): a part of a
small town is an error like the town; of a large town, or itself a large place, a warning; an everyday
word ("Tweed" of "Berwick-upon-Tweed") nothing. A town word inside an institution's name ("HMP Doncaster",
"Doncaster Royal Infirmary") is that institution, not the town: no warning.
"""

from __future__ import annotations

import copy
import re

import pytest
from click.testing import CliRunner

from recordgen.cli import main_group
from recordgen.rules.validation import _named_as_the_town
from recordgen.rules.withholding import town_parts

from recordfiles import docx_text, refused_for_parent, rendered_copies, the_copy, write_data
from test_leaks33_kinship import JADE


def _record(address: str, sentence: str, contributed: str | None = None) -> dict:
    data = copy.deepcopy(JADE)
    data["placement"].update(carers="Tina Wardle", address=address, school=None)
    data["placement"].pop("school")
    data["review"]["attendees"][1]["role"] = "foster carer"
    data["actions"][0]["who"] = "Tina Wardle (your foster carer)"
    data["working_well"] = ["You have a place on a hair and beauty course at college in September.", sentence]
    if contributed:
        data["review"]["attendees"][3]["contributed"] = contributed
    return data


def _validate(tmp_path, data) -> str:
    return CliRunner().invoke(main_group, ["validate", str(write_data(tmp_path, data))]).output


def test_a_part_of_a_large_hyphenated_town_is_a_warning_and_the_copy_is_made(tmp_path):
    data = _record("31 Heather Close, Kirkby-in-Ashfield, NG17 8EF",
                   "You work on Saturdays at a salon in Ashfield, near the Asda.")
    output = _validate(tmp_path, data)
    assert re.search(r"record\.yaml:\d+: working_well\.2: warning: this names 'Ashfield', part of "
                     r"'Kirkby-in-Ashfield', the town of the child's home", output), output
    dad = the_copy(rendered_copies(tmp_path, write_data(tmp_path, data)), "_parent-lee-marsh")
    assert "a salon in Ashfield" in dad  # a warning: the IRO decides


def test_a_part_of_a_small_hyphenated_town_is_an_error_and_the_parents_copy_is_refused(tmp_path):
    data = _record("3 Elm Close, Ashby-de-la-Zouch, LE65 1AA", "You play football for Ashby Ivanhoe on Sundays.")
    output = _validate(tmp_path, data)
    assert re.search(r"record\.yaml:\d+: working_well\.2: error: .*'Ashby'", output), output
    assert refused_for_parent(tmp_path, write_data(tmp_path, data))


@pytest.mark.parametrize("address, sentence, word", [
    ("5 Mill View, Berwick-upon-Tweed, TD15 1AA", "You went fishing on the Tweed with Tina.", "Tweed"),
    ("5 Mill View, Ross-on-Wye, HR9 5AA", "You like Ross the dog next door.", "Ross"),
])
def test_an_everyday_part_is_nothing(tmp_path, address, sentence, word):
    assert f"'{word}'" not in _validate(tmp_path, _record(address, sentence))


def test_the_parts_of_a_hyphenated_town():
    assert town_parts("Kirkby-in-Ashfield") == ["Kirkby", "Ashfield"]
    assert town_parts("Ashby-de-la-Zouch") == ["Ashby", "Zouch"]
    assert town_parts("Stoke-on-Trent") == ["Trent"]
    assert town_parts("Hexham") == []


@pytest.mark.parametrize("contributed", [
    "wrote from HMP Doncaster", "sent a letter from HMYOI Doncaster", "is at Doncaster Royal Infirmary",
    "came from Doncaster Crown Court", "joined from Doncaster Magistrates' Court",
])
def test_a_town_inside_an_institution_is_not_the_town(tmp_path, contributed):
    data = _record("27 Cusworth Lane, Doncaster, DN5 8JL", "You like your new swimming club.", contributed)
    assert "'Doncaster', the town" not in _validate(tmp_path, data)


def test_the_town_itself_is_still_warned_of_beside_an_institution(tmp_path):
    data = _record("27 Cusworth Lane, Doncaster, DN5 8JL", "You swim at the leisure centre in Doncaster.",
                   "wrote from HMP Doncaster")
    output = _validate(tmp_path, data)
    assert re.search(r"working_well\.2: warning: this names 'Doncaster', the town", output), output
    assert not re.search(r"attendees\.3\.contributed: warning: this names 'Doncaster'", output), output


def test_an_institution_that_is_the_placement_is_still_the_town():
    named = re.compile(r"(?<![^\W_])Doncaster(?![^\W_])")
    assert not _named_as_the_town(named, "wrote from HMP Doncaster", "Ann and Bob Smith")
    assert _named_as_the_town(named, "visits at HMYOI Doncaster", "HMYOI Doncaster")
