"""A confidential placement's foster carers' first names go to parents (blind review 29, finding 19):
"You live with your carers, Angharad and Bilal." A first name few people have, with the town, may find
them on social media: validate warns at the carers' line and says how to give them as "your carers"."""

from __future__ import annotations

import copy
import re

import pytest
from click.testing import CliRunner

from recordgen.cli import main_group

from recordfiles import rendered_copies, the_copy, write_data
from test_leaks38_arabic_address import NADIA


def _data(carers: str, role: str = "foster carers") -> dict:
    data = copy.deepcopy(NADIA)
    data["distribution"][1].pop("language")
    data["placement"]["carers"] = carers
    data["review"]["attendees"][1] = {"name": carers, "role": role}
    data["distribution"][0]["name"] = carers
    data["care_plan"]["plan"] = "You will keep living where you are."
    return data


def _validate(tmp_path, data) -> str:
    return CliRunner().invoke(main_group, ["validate", str(write_data(tmp_path, data))]).output


def test_a_rare_first_name_of_a_confidential_placements_carer_is_warned_of(tmp_path):
    output = _validate(tmp_path, _data("Angharad and Bilal Hussain-Jones"))
    assert re.search(r"record\.yaml:\d+: placement\.carers: warning: the parents' copies give the carers by their "
                     r"first names, and 'Angharad' is a first name few people have", output), output
    assert "'Bilal'" not in output  # a common enough name in England
    assert "write placement.carers by title and family name" in output


@pytest.mark.parametrize("change", [
    lambda d: d["placement"].update(carers="Mark and Lisa Owen"),  # common first names
    lambda d: d["placement"].update(carers_named_to_parents=True),
    lambda d: d["placement"].update(confidential=False),
    lambda d: d["placement"].update(carers="Mr and Mrs Hussain-Jones"),  # no first name shown
    lambda d: d.update(distribution=[r for r in d["distribution"] if r["role"] != "parent"]),
], ids=["common", "named to parents", "not confidential", "by title", "no parent"])
def test_no_warning_where_no_rare_first_name_goes_to_a_parent(tmp_path, change):
    data = _data("Angharad and Bilal Hussain-Jones")
    change(data)
    assert "few people have" not in _validate(tmp_path, data)


def test_the_remedy_gives_them_as_your_carers(tmp_path):
    mum = the_copy(rendered_copies(tmp_path, write_data(tmp_path, _data("Mr and Mrs Hussain-Jones"))), "_parent-mina")
    assert "You live with your carers." in mum and "Hussain" not in mum
