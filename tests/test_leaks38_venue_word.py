"""A venue that shares a distinctive word with the confidential address (blind review 29, finding 17):
"the Hinton family centre", the home at 12 Cherry Hinton Road, got two errors, the second calling the
family centre "the child's home". It names a word of the address, which is the one error; the home
itself ("your home", the house's name) is still the home."""

from __future__ import annotations

import copy
import re

import pytest
from click.testing import CliRunner

from recordgen.cli import main_group

from recordfiles import write_data

OKSANA = {
    "child": {"id": "CB-51207", "name": "Danylo Melnyk", "known_as": "Danylo", "date_of_birth": "2014-04-09",
              "pronouns": "he/him", "language": "en", "entered_care": "2025-10-01"},
    "review": {"date": "2027-01-19", "time": "10:00", "status": "planned", "sequence": 3,
               "venue": "the Hinton family centre",
               "chair": {"name": "Sam Okoye", "phone": "01223 000111", "email": "sam.okoye@example.gov.uk"},
               "attendees": [{"name": "Danylo", "role": "you"},
                             {"name": "Gail Pennifold", "role": "foster carer"},
                             {"name": "Oksana Melnyk", "role": "mum"},
                             {"name": "Nadia Khan", "role": "social worker"}]},
    "placement": {"carers": "Gail Pennifold", "address": "12 Cherry Hinton Road, Cambridge, CB1 7AA",
                  "confidential": True},
    "distribution": [{"role": "child", "name": "Danylo"}, {"role": "carer", "name": "Gail Pennifold"},
                     {"role": "parent", "name": "Oksana Melnyk"}, {"role": "social_worker", "name": "Nadia Khan"}],
}


def _validate(tmp_path, data) -> str:
    return CliRunner().invoke(main_group, ["validate", str(write_data(tmp_path, data))]).output


def test_a_planned_venue_sharing_a_word_with_the_address_is_one_error_naming_the_word(tmp_path):
    output = _validate(tmp_path, OKSANA)
    errors = re.findall(r"review\.venue: error: .*", output)
    assert len(errors) == 1, output
    assert "this names 'Hinton', a distinctive word of the address" in errors[0]
    assert "the child's home" not in output


def test_a_held_review_there_is_not_called_the_childs_home_either(tmp_path):
    data = copy.deepcopy(OKSANA)
    data["review"].update(status="held", date="2026-11-17", participation="PN1")
    data["review"].pop("time")
    data["child_views"] = ["I like my school."]
    data["care_plan"] = {"plan": "You will keep living where you are.", "still_right": True}
    data["rights"] = {"advocate": "offered", "independent_visitor": "not_yet", "complaints_explained": True}
    data["next_review"] = {"date": "2027-05-17"}
    output = _validate(tmp_path, data)
    assert re.search(r"review\.venue: error: this names 'Hinton'", output), output
    assert "the child's home" not in output


@pytest.mark.parametrize("venue", ["your home", "12 Cherry Hinton Road", "the carers' home on Cherry Hinton Road"])
def test_the_home_itself_is_still_the_home(tmp_path, venue):
    data = copy.deepcopy(OKSANA)
    data["review"]["venue"] = venue
    output = _validate(tmp_path, data)
    assert re.search(r"review\.venue: error: the meeting is to be at '.+', (?:the child's home|on the street)",
                     output), output


def test_a_venue_naming_only_the_postcode_district_is_still_near_the_home(tmp_path):
    data = copy.deepcopy(OKSANA)
    data["review"]["venue"] = "the church hall in CB1"
    output = _validate(tmp_path, data)
    assert re.search(r"review\.venue: error: the meeting is to be at '.+', near the child's home", output), output
