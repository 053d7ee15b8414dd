"""Leftovers of earlier blind reviews (session 30), items 1 and 2: who the child lives with and how a
carer is listed. Each test renders real .docx copies and reads them back."""

from __future__ import annotations

import pytest

from test_blind22_places_cycle import copies, jordan, run

from recordfiles import the_copy, write_data

TODAY = "2026-12-07"


# ---------------------------------------------------------------- 1: a carer by an unusual first name alone


@pytest.mark.parametrize("confidential", [False, True])
def test_a_carer_by_one_unusual_first_name_is_a_person(tmp_path, monkeypatch, confidential):
    """"You live at Zainab." was untrue: Zainab is no English word, nor two, as homes are named."""
    monkeypatch.setenv("RECORDGEN_TODAY", TODAY)
    data = jordan()
    data["placement"].update(carers="Zainab", confidential=confidential)
    texts = copies(tmp_path, data)
    child, mum = the_copy(texts, "child-jordan"), the_copy(texts, "parent-jade-pike")
    assert "You live with Zainab." in child.splitlines()
    assert "You live at Zainab." not in child
    assert "You live at" not in mum and "staff" not in child


@pytest.mark.parametrize("carers, place", [
    ("Zainab", False), ("Siobhan", False), ("Oluwaseun", False), ("Zainab (foster carer)", False),
    # Two English words, but not as homes are named: given names.
    ("Carmen", False), ("Winston", False), ("Godwin", False),
    # One word as homes are named: an English word, or one with a word of the land after it.
    ("Brambles", True), ("Oakhill", True), ("Meadowbank", True), ("Beechwood", True), ("Woodlands", True),
    ("Acorns", True), ("Elmhurst", True), ("Highfield", True), ("Margaret", False), ("Nan", False),
])
def test_one_word_carers_by_their_words(carers, place):
    from recordgen.rules.people import is_place

    assert is_place(carers) is place


def test_validate_says_an_unknown_first_name_is_read_as_a_person(tmp_path):
    data = jordan()
    data["placement"]["carers"] = "Zainab"
    result = run("validate", write_data(tmp_path, data))
    assert "'Zainab' is read as a person's first name, so the copies say 'You live with Zainab.'" in result.output
    # Not when the record names her as a person: she came as his foster carer.
    data["review"]["attendees"].append({"name": "Zainab Hussain", "role": "foster carer"})
    result = run("validate", write_data(tmp_path, data))
    assert "read as a person's first name" not in result.output


# ---------------------------------------------------------------- 2: a lodgings host is one role, not two


@pytest.mark.parametrize("carers, role", [("Margaret Iveson (supported lodgings host)", "supported lodgings host"),
                                          ("Carol Mistry (foster carer)", "foster carer")])
@pytest.mark.parametrize("who", ["child", "carer", "parent"])
def test_a_carer_whose_brackets_give_her_role_is_listed_with_that_role_alone(carers, role, who):
    """"Margaret Iveson (supported lodgings host, carer)": two roles stacked in who was sent a copy."""
    from test_claims_blind16 import copy_text
    from test_claims_blind22 import _rosa_at

    text = copy_text(_rosa_at(carers), who)
    assert f"{role}, carer" not in text
    assert carers in text.splitlines()  # who was sent a copy
    if who == "carer":
        assert f"This copy is for {carers}." in text


def test_a_place_in_a_carers_brackets_still_says_carer():
    """"Paul Green (Brookside House, carer)": the brackets say where, not what role."""
    from test_claims_blind16 import copy_text
    from test_claims_blind22 import _rosa_at

    data = _rosa_at("Carol and Dev Mistry")
    data["distribution"][2]["name"] = "Paul Green (Brookside House)"
    assert "Paul Green (Brookside House, carer)" in copy_text(data).splitlines()
