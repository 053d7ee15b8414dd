"""Every role the record gives the carers, wherever it gives it (rules/carers.carers_roles): a relation
written before the carer's name ("your aunt, Tina Wardle") and a recipient's brackets count as the
carers' brackets do, for the kinship rule and for the copies alike."""

from __future__ import annotations

import copy

from recordfiles import rendered_copies, the_copy, write_data
from test_leaks33_kinship import JADE


def _jade(carers: str, actions_who: str = "Tina Wardle", recipient: str = "Tina Wardle") -> dict:
    data = copy.deepcopy(JADE)
    data["placement"]["carers"] = carers
    data["review"]["attendees"][1]["role"] = "carer"  # who came says no relation
    data["actions"][0]["who"] = actions_who
    data["distribution"][1]["name"] = recipient
    return data


def test_a_relation_before_the_name_makes_a_kinship_placement(tmp_path):
    texts = rendered_copies(tmp_path, write_data(tmp_path, _jade("your aunt, Tina Wardle")))
    dad = the_copy(texts, "_parent-lee-marsh")
    assert "You live with your carer." in dad
    assert "Tina" not in dad and "aunt" not in dad.casefold().replace("an advocate", "")


def test_a_recipients_brackets_give_the_carers_relation(tmp_path):
    texts = rendered_copies(tmp_path, write_data(tmp_path, _jade("Tina Wardle", recipient="Tina Wardle (aunt)")))
    assert "Tina" not in the_copy(texts, "_parent-lee-marsh")
    assert "You live with your aunt, Tina." in the_copy(texts, "_child-jade")
