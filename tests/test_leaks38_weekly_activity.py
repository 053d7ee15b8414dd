"""A weekly club and its day in a parent's copy of a confidential placement (blind review 29, finding 20):
"You go to Beavers at the scout hut on Tuesdays" tells a parent where to wait for the child, and when.
The tool knows no map: a warning at the line, as for a place near the home."""

from __future__ import annotations

import copy
import re

from click.testing import CliRunner

from recordgen.cli import main_group
from recordgen.rules.locators import weekly_activities

from recordfiles import write_data
from test_leaks38_arabic_address import NADIA


def _validate(tmp_path, data) -> str:
    return CliRunner().invoke(main_group, ["validate", str(write_data(tmp_path, data))]).output


def test_a_weekly_club_and_its_day_in_a_text_parents_read_is_warned_of(tmp_path):
    data = copy.deepcopy(NADIA)
    data["distribution"][1].pop("language")
    data["working_well"] = ["You go to Beavers at the scout hut on Tuesdays.", "You love Urdd dance club on Thursdays."]
    output = _validate(tmp_path, data)
    assert re.search(r"working_well\.1: warning: this gives something Yusuf goes to and its day every week "
                     r"\('Beavers \.\.\. on Tuesdays'\)", output), output
    assert "'Urdd ... on Thursdays'" in output
    data["working_well"][0] = {"text": data["working_well"][0], "withhold_from": ["parent"]}
    data["placement"]["confidential"] = False
    assert "every week" not in _validate(tmp_path, data)


def test_a_day_without_a_club_or_a_club_without_a_day_is_not():
    assert weekly_activities("You and Lorraine bake bread on Saturdays.") == []
    assert weekly_activities("You went to the football club on Tuesday.") == []  # once, not each week
    assert weekly_activities("You love your dance club.") == []
    assert weekly_activities("You go to church every Sunday.") == ["church ... every Sunday"]
