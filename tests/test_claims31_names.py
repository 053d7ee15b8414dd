"""Blind review 24, findings 8 to 13: names and roles in parents' and others' copies are never cut to
nothing, to a family word or to a dangling title, and say who is sent a copy truly. Records are the
reviewer's (fictional), cut to what each test needs; copies are rendered and read back."""

from __future__ import annotations

import copy

import pytest
from ruamel.yaml import YAML

from recordfiles import copy_text, write_data

#: Tia, 11, placed at home with her mum and Dean, confidential from her dad (blind review 24, r16).
TIA = YAML(typ="safe", pure=True).load("""
child: {id: BX-71616, name: Tia Lark, known_as: Tia, date_of_birth: 2015-06-30, pronouns: she/her,
        language: en, entered_care: 2025-02-03}
review:
  date: 2026-11-12
  sequence: 4
  venue: the family centre
  chair: {name: Helen Price, phone: 01724 296000, email: helen.price@example.gov.uk}
  participation: PN1
  attendees:
    - {name: Tia, role: you}
    - {name: Nicola Lark, role: mum}
    - {name: Dean Forbes, role: mum's partner}
    - {name: Jason Lark, role: dad, attended: false, contributed: wrote to me from HMP Hull}
    - {name: Jo Smith, role: social worker}
child_views:
  - I like being home with Mum and Dean.
  - text: I am scared when Dean shouts.
    withhold_from: [carer]
working_well:
  - You go to school every day and your attendance is 98%.
worries:
  - text: Your dad wants to know where you live. He must not find out until the court decides.
    withhold_from: [parent]
goals:
  - You feel safe at home all the time.
actions:
  - who: Jo Smith (your social worker)
    what: See you on your own at school every two weeks.
    by: 2026-11-26
  - who: Dean Forbes
    what: Go on an anger management course.
    by: 2027-01-29
care_plan: {plan: You will live at home with your mum under a care order., still_right: true}
rights: {advocate: offered, independent_visitor: not_yet, complaints_explained: true}
placement:
  carers: Nicola Lark (your mum) and Dean Forbes
  address: 31 Hawthorn Close, Hessle, HU13 0AA
  school: Penshurst Primary School
  confidential: true
distribution:
  - {role: child, name: Tia}
  - {role: carer, name: Nicola Lark}
  - {role: parent, name: Jason Lark}
  - {role: social_worker, name: Jo Smith}
""")


def tia(tmp_path, change=None):
    return write_data(tmp_path, copy.deepcopy(TIA), change)


def kin_carers(carers):
    def change(data):
        data["placement"]["carers"] = carers
        data["distribution"][1]["name"] = carers
        data["child_views"][1] = {"text": "I am scared when Jason phones me.", "withhold_from": ["carer"]}
        data["child_views"][0] = "I like living here."
        data["review"]["attendees"][1:3] = []
        data["actions"].pop()
        data["care_plan"]["plan"] = "You will stay here under a care order."
    return change


# --- 8: a family word before the first name is no first name ---------------------------------------


@pytest.mark.parametrize("carers, lives, listed, note", [
    ("Auntie Pat and Uncle Dev Hughes", "You live with your carers, Auntie Pat and Uncle Dev.",
     "Auntie Pat and Uncle Dev (carers)", "(This is not in your carers' copy.)"),
    ("Aunt Sarah Hughes", "You live with your carer, Aunt Sarah.", "Aunt Sarah (carer)",
     "(This is not in Aunt Sarah's copy.)"),
    ("Uncle Carl Thorn", "You live with your carer, Uncle Carl.", "Uncle Carl (carer)",
     "(This is not in Uncle Carl's copy.)"),
    ("Nanna Jean", "You live with your carer, Nanna Jean.", "Nanna Jean (carer)", None),
    ("Big Sis Kayla Hughes", "You live with your carer, Big Sis Kayla.", "Big Sis Kayla (carer)",
     "(This is not in Big Sis Kayla's copy.)"),
])
def test_a_kinship_carer_is_named_by_family_word_and_first_name(tmp_path, carers, lives, listed, note):
    path = tia(tmp_path, kin_carers(carers))
    text = copy_text(path, "parent")
    assert lives in text
    assert listed in text.splitlines()
    assert "Hughes" not in text and "Thorn" not in text
    if note:
        assert note in copy_text(path, "child")


# --- 12: the child is told only of copies sent -------------------------------------------------------


def test_a_note_kept_from_mum_does_not_say_her_partner_has_a_copy(tmp_path):
    text = copy_text(tia(tmp_path), "child")
    assert "I am scared when Dean shouts. (This is not in your mum's copy.)" in text
    assert "Dean.)" not in text
    (tmp_path / "both").mkdir()

    def both(data):
        data["distribution"][1]["name"] = "Nicola Lark and Dean Forbes"
    assert "(This is not in the copy for your mum and Dean.)" in copy_text(tia(tmp_path / "both", both), "child")
