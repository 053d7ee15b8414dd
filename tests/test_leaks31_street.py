"""Blind review 26, findings 1-2: a confidential home's street whose name is only generic words
("Mill Lane", "Station Road", "High St") is no part of the address (every town has one), but the IRO
writing the child's own street into a parent's text is seldom chance: a warning at the line; an error
with the town or the house number in the same text, and as the venue of a planned review to which a
parent is invited (``consult`` then makes no invitation). The reviewer's records (tests/data_leaks31)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data_leaks31"
ROOT = Path(__file__).parent.parent


def _diagnostics(path):
    from recordgen.record.loading import load_record
    from recordgen.rules.validation import validate

    return [(d.severity, str(d)) for d in validate(load_record(path))]


def _ollie(tmp_path, said: str, address: str = "3 Mill Lane, Dunmore, FN4 3RR") -> Path:
    text = (DATA / "ollie-1.yaml").read_text(encoding="utf-8")
    text = text.replace("You are growing well and you love the swings at the park on Mill Lane.", said)
    text = text.replace("3 Mill Lane, Dunmore, FN4 3RR", address)
    path = tmp_path / "ollie-1.yaml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("said, address", [
    ("You love the swings at the park on Mill Lane.", "3 Mill Lane, Dunmore, FN4 3RR"),
    ("You love the swings near Mill Ln.", "3 Mill Lane, Dunmore, FN4 3RR"),
    ("You love the swings at the park on Church Street.", "3 Church Street, Dunmore, FN4 3RR"),
    ("You love the swings at the park on High St.", "3 High Street, Dunmore, FN4 3RR"),
    ("You love the swings at the park on Station Road.", "3 Station Road, Dunmore, FN4 3RR"),
    ("You love the swings at the park on Park Avenue.", "3 Park Avenue, Dunmore, FN4 3RR"),
    ("You love the swings at the park on Park Ave.", "3 Park Avenue, Dunmore, FN4 3RR"),
])
def test_the_homes_generic_street_in_a_parents_text_is_a_warning_at_its_line(tmp_path, said, address):
    found = [m for severity, m in _diagnostics(_ollie(tmp_path, said, address))
             if "the street of the child's home" in m]
    assert len(found) == 1 and ":20: working_well.1: warning:" in found[0], found


def test_with_the_town_it_is_an_error(tmp_path):
    # Scunthorpe is a large town: alone only a warning; with the home's street it finds the child.
    path = _ollie(tmp_path, "You love the swings at the park on Mill Lane in Scunthorpe.",
                  "3 Mill Lane, Scunthorpe, DN15 6RR")
    errors = [m for severity, m in _diagnostics(path) if severity == "error"]
    assert any("'Mill Lane', the street of the child's home, with its town" in m for m in errors), errors


@pytest.mark.parametrize("said", [
    "You went down the mill lane with your carers.",      # not written as a name
    "You love shopping on a high street.",
    "You love the swings at the park on Mill Road.",      # another street
])
def test_other_words_are_no_alarm(tmp_path, said):
    address = "3 High Street, Dunmore, FN4 3RR" if "high" in said else "3 Mill Lane, Dunmore, FN4 3RR"
    assert not [m for _, m in _diagnostics(_ollie(tmp_path, said, address)) if "street of the child's home" in m]


def test_not_when_withheld_from_parent(tmp_path):
    path = _ollie(tmp_path, "You love the swings at the park on Mill Lane.")
    text = path.read_text(encoding="utf-8").replace(
        "  - You love the swings at the park on Mill Lane.",
        "  - text: You love the swings at the park on Mill Lane.\n    withhold_from: [parent]")
    path.write_text(text, encoding="utf-8")
    assert not [m for _, m in _diagnostics(path) if "street of the child's home" in m]


def test_a_planned_venue_on_the_homes_street_is_an_error_and_no_invitation_is_made(tmp_path):
    path = DATA / "ollie-4-planned.yaml"
    errors = [m for severity, m in _diagnostics(path) if severity == "error"]
    assert any(":14: review.venue: error: the venue names 'Station Road'" in m for m in errors), errors
    out = tmp_path / "out"
    subprocess.run([sys.executable, "-m", "recordgen", "consult", str(path), "--for", "parent", "-o", str(out)],
                   cwd=tmp_path, capture_output=True, text=True, env={**__import__("os").environ,
                                                                      "PYTHONPATH": str(ROOT)})
    assert not list(out.rglob("*invitation_parent*")) if out.exists() else True
