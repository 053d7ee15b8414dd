"""A relative's request to the court kept from a reader, told by a text they see (blind review 27, finding 5):
"Your dad has asked the court to let you live with him." withheld from carer, and the plan (which cannot be
withheld) "You will stay with Jean and Alan while the court decides about your dad's request." The court
alone is spoken of openly; a relative, a word of asking and the court in one sentence is the matter."""

from __future__ import annotations

import copy
import re

import pytest
from click.testing import CliRunner

from recordgen.cli import main_group

from recordfiles import rendered_copies, the_copy, write_data
from test_leaks33_kinship import JADE

REQUEST = "Your dad has asked the court to let you live with him."
PLAN = "You will stay with Tina while the court decides about your dad's request."


def _record(plan: str = PLAN, worry: str = REQUEST) -> dict:
    data = copy.deepcopy(JADE)
    data["placement"].update(carers="Tina Wardle", confidential=False)
    data["review"]["attendees"][1]["role"] = "foster carer"
    data["actions"][0]["who"] = "Tina Wardle (your foster carer)"
    data["worries"] = [{"text": "You worry about your exams.", "withhold_from": []},
                       {"text": worry, "withhold_from": ["carer"]}]
    data["care_plan"]["plan"] = plan
    return data


def _validate(tmp_path, data) -> str:
    return CliRunner().invoke(main_group, ["validate", str(write_data(tmp_path, data))]).output


def test_the_plan_retelling_a_relatives_court_request_is_warned_of(tmp_path):
    output = _validate(tmp_path, _record())
    assert re.search(r"record\.yaml:\d+: care_plan\.plan: warning: this says 'court decides about your dad's "
                     r"request', and worries\.2, line \d+, which is withheld from carer, is about a request to the "
                     r"court by or about your dad too", output), output
    # What the warning is about: the carer's copy leaves the worry out and shows the plan.
    carer = the_copy(rendered_copies(tmp_path, write_data(tmp_path, _record())), "_carer-tina-wardle")
    assert REQUEST not in carer and PLAN in carer


@pytest.mark.parametrize("plan", [
    "You will stay with Tina. I will write the report for the court.",
    "You will stay with Tina while your mum asks the court for more family time.",
    "You will stay with Tina, and your dad will see you every Saturday.",
])
def test_the_court_alone_or_another_relatives_request_is_no_warning(tmp_path, plan):
    assert "request to the court" not in _validate(tmp_path, _record(plan))
