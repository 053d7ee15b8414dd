"""A place near the confidential home by whose home it is, as the record names the carers (blind review 27,
finding 2): "near Aunty Claire's", "near Aunty Claire's house", "near your aunty's house", "near where you
live", "just down the road from Aunty Claire's" in a text a parent reads are warned of at their line."""

from __future__ import annotations

import copy
import re

import pytest
from click.testing import CliRunner

from recordgen.cli import main_group
from recordgen.rules.locators import locating_phrases

from recordfiles import write_data
from test_leaks33_kinship import JADE


def _maya(sentence: str, change=None) -> dict:
    data = copy.deepcopy(JADE)
    data["placement"]["carers"] = "Claire Docherty (your aunt)"
    data["review"]["attendees"][1] = {"name": "Claire Docherty", "role": "aunt and kinship carer"}
    data["actions"][0]["who"] = "Claire Docherty (your aunt)"
    data["distribution"][1]["name"] = "Claire Docherty"
    data["working_well"] = ["You have a place on a hair and beauty course at college in September.", sentence]
    if change:
        change(data)
    return data


def _validate(tmp_path, data) -> str:
    return CliRunner().invoke(main_group, ["validate", str(write_data(tmp_path, data))]).output


@pytest.mark.parametrize("sentence, words", [
    ("You have joined the Brownies at St Luke's church hall near Aunty Claire's.", "near Aunty Claire's"),
    ("You have joined the Brownies at St Luke's church hall near Aunty Claire's house.",
     "near Aunty Claire's house"),
    ("You have joined the Brownies at St Luke's church hall near your aunty's house.", "near your aunty's house"),
    ("You have joined the Brownies at St Luke's church hall near where you live.", "near where you live"),
    ("You have joined the Brownies at St Luke's church hall, just down the road from Aunty Claire's.",
     "just down the road from Aunty Claire's"),
    ("You go to the Brownies at St Luke's near Claire's every Monday.", "near Claire's"),
])
def test_a_place_near_the_carers_home_by_whose_it_is_is_warned_of(tmp_path, sentence, words):
    output = _validate(tmp_path, _maya(sentence))
    assert re.search(rf"record\.yaml:\d+: working_well\.2: warning: this gives a place near the home "
                     rf"\('{re.escape(words)}'\)", output), output


@pytest.mark.parametrize("sentence", [
    "You like the café near Tesco's.",
    "You help out at Claire's shop near the park.",
    "You visit the library near where your dad lives.",
    "You moved to Aunty Claire's in November.",
])
def test_no_warning_for_other_places(tmp_path, sentence):
    assert "a place near the home" not in _validate(tmp_path, _maya(sentence))


def test_not_confidential_no_warning(tmp_path):
    data = _maya("You have joined the Brownies at St Luke's church hall near Aunty Claire's.",
                 lambda d: d["placement"].update(confidential=False))
    assert "a place near the home" not in _validate(tmp_path, data)


def test_family_words_alone_count_only_when_the_carers_are_family():
    assert locating_phrases("The shop near your nan's.", ["Jean"], kin=True) == [("a place near the home",
                                                                                "near your nan's")]
    assert locating_phrases("The shop near your nan's.", ["Jean"], kin=False) == []
