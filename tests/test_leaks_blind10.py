"""Leaks found by the seventh blind review (notes/blind7/REPORT.md, findings 1, 2, 3, 4 and 7). Each
test writes a real record, then reads validate's output, or the copy or consultation paper back."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from recordgen import api
from recordgen.cli import main_group

from recordfiles import docx_text, english_parent, validation_errors, write_record


def run(*args):
    return CliRunner().invoke(main_group, [str(a) for a in args])


def planned(data, venue: str) -> None:
    """Sam's record as a planned review that invites her mum, at ``venue``."""
    english_parent(data)
    data["review"].update(status="planned", date="2027-03-16", time="15:30", venue=venue)
    data["review"].pop("participation", None)
    data["review"]["attendees"] = [{k: v for k, v in p.items() if k not in ("attended", "contributed")}
                                   for p in data["review"]["attendees"]]
    for key in ("child_views", "working_well", "worries", "goals", "scale", "actions", "care_plan", "rights",
                "next_review"):
        data.pop(key, None)


# ---------------------------------------------------------------- 1: the child's school or home by the child's name


@pytest.mark.parametrize("venue, place", [
    ("Sam's school", "the child's school"),
    ("the hall at Samira’s school", "the child's school"),
    ("Sam's nursery", "the child's school"),
    ("Sam's foster home", "the child's home"),
    ("Sam's carers' home", "the child's home"),
    ("Sams home", "the child's home"),
    ("the carers' home", "the child's home"),
    ("the foster carers' house", "the child's home"),
    ("the foster home", "the child's home"),
])
def test_a_planned_venue_at_the_childs_place_by_the_childs_name_is_an_error(tmp_path, venue, place, monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", "2027-02-01")
    path = write_record(tmp_path, lambda data: planned(data, venue))
    found = [e.message for e in validation_errors(path) if e.path == "review.venue"]
    assert any(place in message and "Amina Khan would be invited" in message for message in found)
    result = run("consult", "make", path, "--all", "-o", tmp_path / "papers")
    assert result.exit_code != 0
    invitations = [docx_text(p.read_bytes()) for p in (tmp_path / "papers").rglob("*.docx")]
    assert not [text for text in invitations if venue in text]


@pytest.mark.parametrize("venue", ["Khan's house", "Sam's mum's house", "Sam's favourite cafe",
                                   "the home office"])
def test_a_venue_by_the_family_name_or_someone_elses_home_is_no_error(tmp_path, venue, monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", "2027-02-01")
    path = write_record(tmp_path, lambda data: planned(data, venue))
    assert [e for e in validation_errors(path) if e.path == "review.venue"] == []


def test_a_held_review_at_the_childs_nursery_by_name_that_mum_came_to_is_a_warning(tmp_path):
    from recordgen.record.loading import load_record
    from recordgen.rules.validation import validate

    def change(data):
        english_parent(data)
        data["review"]["venue"] = "Sam's nursery"
        data["review"]["attendees"][4].update(attended=True)
        data["review"]["attendees"][4].pop("contributed")
    path = write_record(tmp_path, change)
    found = [d for d in validate(load_record(path)) if d.path == "review.venue"]
    assert [d.severity for d in found] == ["warning"] and "the child's school" in found[0].message
