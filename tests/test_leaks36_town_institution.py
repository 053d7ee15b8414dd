"""A court, hospital or prison named after the confidential home's small town (blind review 28).

Decision: it stays an error. A town of 20,000 people or more named inside an institution ("HMP
Doncaster", "Leeds Crown Court") is that institution and says nothing of where the child lives
(tests/test_leaks33_towns.py); a small town (Penrith, about 16,000) is the child's area, and a parent
told of a hearing at "Penrith Magistrates' Court" or a stay at "Penrith Community Hospital" learns it.
The error says so and how to write it without the town.
"""

from __future__ import annotations

import re

import pytest

from recordfiles import refused_for_parent, write_data
from test_leaks33_towns import _record, _validate

PENRITH = "27 Beacon Edge, Penrith, CA11 8AA"


@pytest.mark.parametrize("contributed, institution", [
    ("came from Penrith Magistrates' Court", "Penrith Magistrates' Court"),
    ("joined from Penrith Magistrates", "Penrith Magistrates"),
    ("is at Penrith Community Hospital", "Penrith Community Hospital"),
])
def test_an_institution_named_after_the_small_town_is_an_error_that_says_why(tmp_path, contributed, institution):
    data = _record(PENRITH, "You like your new swimming club.", contributed)
    output = _validate(tmp_path, data)
    errors = [line for line in output.splitlines() if re.search(r"attendees\.\d+\.contributed: error: ", line)]
    assert any("'Penrith', the town of the address" in e and f"'{institution}' is named after the town of the "
               "child's home, a small town (under 20,000 people), so naming it tells a parent the area" in e
               and "('the magistrates' court', 'the hospital', 'prison')" in e for e in errors), output
    assert refused_for_parent(tmp_path, write_data(tmp_path, data))


def test_the_small_town_alone_gets_no_institution_note(tmp_path):
    output = _validate(tmp_path, _record(PENRITH, "You swim at the leisure centre in Penrith."))
    assert "'Penrith', the town of the address" in output and "is named after the town" not in output


def test_a_large_towns_magistrates_without_court_is_the_institution(tmp_path):
    data = _record("27 Cusworth Lane, Doncaster, DN5 8JL", "You like your new swimming club.",
                   "joined from Doncaster Magistrates")
    assert "'Doncaster', the town" not in _validate(tmp_path, data)
