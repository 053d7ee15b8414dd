"""Blind review 23: what finds a confidential placement that no check looked at.

Finding 6: the address's town, when it is small enough to find a home in (a town English text
of under 20,000 people: "Hexham", "Rothbury"; not a city: "Leeds"; session 29: by GeoNames'
populations, once by wordfreq Zipf under 3), and the house
number written "number 22" or "No. 22", are parts of the address like its street: in a shared
item, a venue and a translation (read in another script too)."""

from __future__ import annotations

import pytest

from recordgen.record.loading import load_record
from recordgen.rules.withholding import address_parts, confidential_venue, translation_leaks

from recordfiles import refused_for_parent, validation_errors, write_record

HEXHAM = "22 Pennywort Close, Hexham, NE46 3PQ"


def _sam(tmp_path, said: str, address: str = HEXHAM, venue: str | None = None):
    def change(data):
        data["placement"]["address"] = address
        data["working_well"][2] = said
        if venue:
            data["review"]["venue"] = venue
    return write_record(tmp_path, change)


@pytest.mark.parametrize("said, named", [
    ("You go to Hexham Scouts on Tuesdays.", "Hexham"),
    ("Mark sent a note from the HEXHAM fire station where he works.", "Hexham"),
    ("You help in the garden at number 22.", "number 22"),
    ("You painted the door of No. 22 blue.", "No. 22"),
])
def test_the_small_town_and_the_house_number_are_kept_from_parents(tmp_path, said, named):
    path = _sam(tmp_path, said)
    found = [d.message for d in validation_errors(path)]
    assert any(f"this names '{named}'" in m and "kept from parents" in m for m in found), found
    assert refused_for_parent(tmp_path, path)


@pytest.mark.parametrize("said, address", [
    ("You went to Leeds with Mark to see the match.", "3 Pennywort Close, Leeds, LS6 1AA"),  # a city
    ("You have 22 stickers on your chart.", HEXHAM),                                         # a number, not the house
    ("You were number 2 in the race.", "2 Pennywort Close, Hexham, NE46 3PQ"),               # not 'number 22'
])
def test_a_city_or_a_number_that_is_not_the_house_is_no_part(tmp_path, said, address):
    assert validation_errors(_sam(tmp_path, said, address)) == []


def test_which_towns_are_parts():
    towns = {address: [p for what, p in address_parts(address) if what == "town"] for address in (
        "2 Tarn Lane, Rothbury, NE65 7XX", "3 Fenwick Mews, Alnwick, NE66 1AA", "5 Kiln Row, Whitley Bay, NE26 1AA",
        "1 Elm Road, Leeds, LS6 1AA", "1 Elm Road, Newcastle upon Tyne, NE1 1AA", "1 Elm Road, Sunderland, SR1 1AA")}
    assert [t for found in towns.values() for t in found] == ["Rothbury", "Alnwick"]  # Whitley Bay: 38,055 people


def test_a_venue_in_the_homes_town_is_said_to_be_so(tmp_path):
    path = _sam(tmp_path, "You like your school.", venue="the Scout hut in Hexham")
    record = load_record(path).record
    assert confidential_venue(record) == "in the town of the child's home"


def test_the_town_transliterated_in_a_translation_is_caught(tmp_path):
    record = load_record(_sam(tmp_path, "You like your school.",
                              address="11 Thistlewood Road, Bedlington, NE22 5TT")).record
    record.distribution[1].language = "ur"
    found = list(translation_leaks(record, {"ur": {"working_well.3": "آپ بیڈلنگٹن سے اسکول جاتے ہیں۔"}}))
    assert [secret.what for _, _, secret, _ in found] == ["town"]


# Finding 3: a teacher of the confidential school named only in a text, by title and surname.

@pytest.mark.parametrize("said", [
    "Your teacher, Mrs Featherstonehaugh, says you read every day.",
    "I like my teacher Mrs Featherstonehaugh.",
    "Mrs Featherstonehaugh at school helps you with maths.",
    "Your head teacher Mr Featherstonehaugh gave you a star.",
    "Mrs Featherstonehaugh (your class teacher) says you are kind.",
])
def test_a_teacher_named_only_in_the_text_is_kept_from_parents(tmp_path, said):
    path = _sam(tmp_path, said)
    found = [d.message for d in validation_errors(path)]
    assert any("'Featherstonehaugh'" in m and "school" in m for m in found), found
    assert refused_for_parent(tmp_path, path)


@pytest.mark.parametrize("said", [
    "Your social worker, Mrs Featherstonehaugh, visits every month.",   # no school job
    "Mrs Smith at school helps you with maths.",                          # a common surname finds no school
])
def test_a_titled_name_not_tied_to_the_school_or_common_is_no_error(tmp_path, said):
    assert validation_errors(_sam(tmp_path, said)) == []


# Finding 10: the child's own invitation and booklet by the name the child uses.

def test_the_childs_own_consult_papers_use_the_name_they_go_by():
    from recordfiles import docx_text
    from test_consult import documents, planned

    data = planned("teen")
    data["child"].update(name="Rebecca Ashworth", known_as="Rowan")
    data["review"]["attendees"][0]["name"] = "Rowan"
    data["distribution"][0]["name"] = "Rowan"
    papers = documents(data)
    for kind in ("invitation", "booklet"):
        text = docx_text(papers[(kind, "child")].data)
        assert "Review for Rowan, 15 September 2026" in text and "Rebecca" not in text
    # An adult's papers keep the full name on the footer, for filing.
    assert "Review for Rebecca Ashworth" in docx_text(papers[("invitation", "parent")].data)


def test_a_siblings_record_naming_the_confidential_town_is_caught(tmp_path):
    """Finding 6, the sibling route: Leo's record (not confidential) goes to the same mum."""
    from click.testing import CliRunner

    from recordgen.cli import main_group
    from recordfiles import brother, english_parent

    def sam(data):
        english_parent(data)
        data["placement"]["address"] = "3 Fenwick Mews, Alnwick, NE66 1AA"

    def leo(data):
        brother(data)
        data["worries"][0] = "You want to see Sam at her house in Alnwick with the big dog."
    paths = [write_record(tmp_path, sam, name="review-sam.yaml"), write_record(tmp_path, leo, name="review-leo.yaml")]
    result = CliRunner().invoke(main_group, ["validate", *map(str, paths)])
    assert result.exit_code == 1
    assert any("review-leo.yaml" in line and "'Alnwick', the town of" in line for line in result.output.splitlines())
