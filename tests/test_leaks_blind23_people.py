"""People the parent must not find, written otherwise than in full (blind review 23): the confidential
carers' family name as a child shortens it ("the Thornies", "Mr T"), a relative kept off the parent's
list after a family word ("Nanny Peggy's"), and a parent sent a copy under another role. Each test
writes a small fictional record, then reads validate's output, or the copies back."""

from __future__ import annotations

import copy

import pytest
from click.testing import CliRunner

from recordgen.cli import main_group

from recordfiles import refused_for_parent, rendered_copies, the_copy, write_data


def run(*args):
    return CliRunner().invoke(main_group, [str(a) for a in args], env={"RECORDGEN_TODAY": "2026-12-07"})


#: Jay, placed confidentially with Bev and Carl Thornbury; mum sent a parent's copy.
JAY = {
    "child": {"id": "BT-23001", "name": "Jayden Fell", "known_as": "Jay", "date_of_birth": "2016-10-02",
              "pronouns": "he/him", "language": "en", "entered_care": "2025-04-14"},
    "review": {"date": "2026-10-20", "sequence": 3, "venue": "the family centre", "participation": "PN1",
               "chair": {"name": "Moira Tait", "phone": "01670 533000", "email": "moira.tait@example.gov.uk"},
               "attendees": [{"name": "Jay", "role": "you"}, {"name": "Priya Rahman", "role": "social worker"},
                             {"name": "Bev Thornbury", "role": "foster carer"},
                             {"name": "Kelly Fell", "role": "mum", "attended": False}]},
    "child_views": ["I want to see mum more."],
    "working_well": ["You walk to school with your friends every morning."],
    "worries": ["You get cross when family time is cancelled."],
    "goals": ["You see your mum every two weeks and it goes well."],
    "actions": [{"who": "Priya Rahman (your social worker)", "what": "Send the family time plan to your mum.",
                 "by": "2026-11-06"}],
    "care_plan": {"plan": "You will stay with Bev and Carl as you grow up.", "still_right": True},
    "rights": {"advocate": "offered", "independent_visitor": "offered", "complaints_explained": True},
    "placement": {"carers": "Bev and Carl Thornbury", "address": "22 Pennywort Close, Hexham, NE46 3PQ",
                  "school": "St Aldhelm's CofE Primary School", "confidential": True},
    "distribution": [{"role": "child", "name": "Jay"}, {"role": "parent", "name": "Kelly Fell"},
                     {"role": "carer", "name": "Bev and Carl Thornbury"},
                     {"role": "social_worker", "name": "Priya Rahman"}],
}

KEPT_FROM_PARENTS = ("Pennywort", "Thornbury", "Aldhelm")


def jay(**changes) -> dict:
    data = copy.deepcopy(JAY)
    for key, value in changes.items():
        data[key] = value
    return data


# ---------------------------------------------------------------- 5: the carers' family name shortened


@pytest.mark.parametrize("text, form", [
    ("I like it at the Thornies. Their dog Biscuit sleeps on my bed.", "Thorn"),
    ("The Thorns take you camping.", "Thorn"),
    ("You call them Auntie Bev and Uncle Carl Thorn.", "Thorn"),
    ("You help Mr T wash the car.", "T"),
    ("Bev T. says you are kind.", "T"),
])
def test_a_short_form_of_the_carers_family_name_is_kept_from_the_parent(tmp_path, text, form):
    path = write_data(tmp_path, jay(working_well=[text]))
    result = run("validate", path)
    assert f"working_well.1: error: this names '{form}', the " in result.output, result.output
    assert "of the carers 'Bev and Carl Thornbury'" in result.output
    assert refused_for_parent(tmp_path, path)


@pytest.mark.parametrize("text", [
    "The thorns on the roses scratched you.",   # the word, not the name
    "Thorny bushes grow by the path.",          # a word at the start of a sentence
    "Mr T Harris runs the football club.",      # an initial and another surname
    "You got a new T-shirt.",
    "Mrs Thompson helps you read.",             # a family name with the same letter
])
def test_the_word_or_another_name_is_no_short_form(tmp_path, text):
    path = write_data(tmp_path, jay(working_well=[text]))
    assert "family name" not in run("validate", path).output
    parent = the_copy(rendered_copies(tmp_path, path), "_parent-")
    assert text.split()[1] in parent
    for secret in KEPT_FROM_PARENTS:
        assert secret not in parent


# ---------------------------------------------------------------- 4: a relative kept off the list, after a family word


def with_nan_kept_from_parents(text: str) -> dict:
    data = jay(working_well=[text])
    data["distribution"].append({"role": "other", "name": "Margaret Fell (nan)", "withhold_from": ["parent"]})
    return data


@pytest.mark.parametrize("text, shown", [
    ("You love sleepovers at Nanny Peggy's.", "Peggy"),      # a family word is no given name before her short form
    ("Nanny Fell takes you to the park.", "Nanny Fell"),     # the family name after "Nanny", shared with mum
    ("Nanna Fell came to sports day.", "Nanna Fell"),
    ("Grampy Fell took you fishing.", "Grampy Fell"),
    ("Granny M's cakes are the best.", "Granny M"),          # her first name's initial
])
def test_a_relative_kept_off_the_list_is_not_named_after_a_family_word(tmp_path, text, shown):
    path = write_data(tmp_path, with_nan_kept_from_parents(text))
    result = run("validate", path)
    assert f"working_well.1: error: this names '{shown}' (Margaret Fell (nan)), who is not to be named to parent" \
        in result.output, result.output
    assert refused_for_parent(tmp_path, path)


@pytest.mark.parametrize("text", ["Nanny Brenda takes you swimming.", "Peggy Sue Lowe is your swimming coach."])
def test_another_relative_or_a_whole_name_is_not_the_one_kept_off(tmp_path, text):
    path = write_data(tmp_path, with_nan_kept_from_parents(text))
    assert "Margaret Fell (nan)), who is not to be named" not in run("validate", path).output
