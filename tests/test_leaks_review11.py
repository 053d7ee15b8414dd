"""Leaks found by blind review 11 (/work/blind11/REPORT.md, items 1, 2, 3, 4 and 9). Each test writes
a small fictional record, then reads validate's output, or the parent's copy back."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from recordgen import api
from recordgen.cli import main_group

from recordfiles import (brother, copy_text, docx_text, english_parent, parent_copies, refused_for_parent,
                         validation_errors, write_record)


def run(*args):
    return CliRunner().invoke(main_group, [str(a) for a in args], env={"RECORDGEN_TODAY": "2026-12-06"})


# ---------------------------------------------------------------- 1: bidi overrides and embeddings


@pytest.mark.parametrize("text, named", [
    ("Mark's dog Biscuit from the \u202enewO\u202c family makes you laugh.", "'Owen'"),
    ("Your school \u202eeffilctseW\u202c is near the park.", "'Westcliffe'"),
    # An override ended by the line's end, and a run kept whole inside it.
    ("You like the \u202eeffilc\u202dWest\u202c", "'Westcliffe'"),
])
def test_a_secret_written_backwards_under_an_override_is_read_as_shown(tmp_path, text, named):
    def change(data):
        english_parent(data)
        data["working_well"][0] = text
    path = write_record(tmp_path, change)
    found = [e.message for e in validation_errors(path) if e.path == "working_well.1"]
    assert any(f"this names {named}" in message for message in found), found
    assert any("U+202E RIGHT-TO-LEFT OVERRIDE" in message and "delete it" in message for message in found), found
    with pytest.raises(api.CopyWouldLeak):  # the last look reads the copy as it is displayed too
        copy_text(path)
    assert refused_for_parent(tmp_path, path)


@pytest.mark.parametrize("where, value", [
    (("child", "known_as"), "\u202emaS"),
    (("review", "attendees", 1, "name"), "Amina \u202bKhan\u202c"),
    (("actions", 0, "what"), "Help you \u2067with\u2069 reading."),
])
def test_a_reordering_character_in_a_name_or_text_is_an_error_at_its_line(tmp_path, where, value):
    def change(data):
        english_parent(data)
        node = data
        for part in where[:-1]:
            node = node[part]
        node[where[-1]] = value
    path = write_record(tmp_path, change)
    at = ".".join(str(p + 1 if isinstance(p, int) else p) for p in where)
    at = at.removesuffix(".what") if where[0] != "actions" else at
    found = [e for e in validation_errors(path) if "changes the order its letters are shown in" in e.message]
    assert [e.path for e in found] == [at], found
    assert found[0].line is not None


def test_right_to_left_marks_are_no_error(tmp_path):
    """A RIGHT-TO-LEFT MARK or LEFT-TO-RIGHT MARK reorders no letter of a word: Urdu text may need one."""
    def change(data):
        english_parent(data)
        data["working_well"][0] = "You said \u200fشکریہ\u200f to Mark."
    path = write_record(tmp_path, change)
    assert not [e for e in validation_errors(path) if "shown in" in e.message]


# ---------------------------------------------------------------- 9: the child known by the carers' family name


def test_a_known_as_with_the_carers_family_name_is_an_error_at_known_as_saying_what_to_do(tmp_path):
    def change(data):
        english_parent(data)
        data["child"]["known_as"] = "Sam Owen"
    path = write_record(tmp_path, change)
    found = [e for e in validation_errors(path) if "'Owen'" in e.message]
    assert [e.path for e in found] == ["child.known_as"], found
    assert "give a known_as without it ('Samira')" in found[0].message
    assert "carers_named_to_parents: true" in found[0].message
    assert "developers" not in found[0].message
    assert refused_for_parent(tmp_path, path)


def test_a_known_as_of_the_childs_own_names_is_no_error(tmp_path):
    """Carers who share the child's given name as their family name ("Owen"): parents know it."""
    def change(data):
        english_parent(data)
        data["child"].update(name="Owen Khan", known_as="Owen")
    path = write_record(tmp_path, change)
    assert not [e for e in validation_errors(path) if e.path == "child.known_as"]


# ---------------------------------------------------------------- 2: one parent written otherwise in a sibling's record


def _leo_to(parent: str):
    """Leo's record (recordfiles.brother), its parent's copy to ``parent``, naming Sam's school."""
    def change(data):
        brother(data)
        for recipient in data["distribution"]:
            if recipient["role"] == "parent":
                recipient["name"] = parent
        data["worries"][0] = "You miss Sam and would like to visit her at Westcliffe after school."
    return change


@pytest.mark.parametrize("parent", ["Mrs Amina Khan", "amina  khan", "AMINA KHAN", "Ms. Amina Khan (mum)"])
def test_a_sibling_s_parent_with_a_title_or_other_case_or_spacing_is_the_same_parent(tmp_path, parent):
    sam = write_record(tmp_path, english_parent, name="review-sam.yaml")
    leo = write_record(tmp_path, _leo_to(parent), name="review-leo.yaml")
    result = run("validate", sam, leo)
    assert result.exit_code == 1, result.output
    (line,) = [line for line in result.output.splitlines() if "review-leo.yaml" in line and "worries.1" in line]
    assert "'Westcliffe'" in line and "review-sam.yaml" in line

    records = tmp_path / "records"
    records.mkdir()
    for path in (sam, leo):
        (records / path.name).write_bytes(path.read_bytes())
    out = tmp_path / "out"
    result = run("batch", records, "-o", out, "--workers", "1", "--format", "docx")
    assert result.exit_code == 1, result.output
    assert not parent_copies(out / "NL-20452")
    for copy in parent_copies(out):
        assert "Westcliffe" not in docx_text(copy.read_bytes()), copy.name


def test_another_parent_of_the_same_family_name_is_not_compared(tmp_path):
    sam = write_record(tmp_path, english_parent, name="review-sam.yaml")
    leo = write_record(tmp_path, _leo_to("Mrs Khan"), name="review-leo.yaml")
    assert run("validate", sam, leo).exit_code == 0


# ---------------------------------------------------------------- 3: a parent invited to the carers' home or the school


@pytest.mark.parametrize("venue, place", [
    ("the foster carers' living room", "the child's home"),
    ("the carer's kitchen", "the child's home"),
    ("the foster family's back garden", "the child's home"),
    ("Sam's bedroom", "the child's home"),
    ("Samira's living room", "the child's home"),
    ("your bedroom", "the child's home"),
    ("home visit", "the child's home"),
    ("a home visit", "the child's home"),
    ("the school hall", "the child's school"),
    ("the library at the school", "the child's school"),
    ("school", "the child's school"),
])
def test_a_planned_venue_in_the_carers_home_or_the_school_by_description_is_an_error(tmp_path, venue, place,
                                                                                      monkeypatch):
    from test_leaks_blind10 import planned

    monkeypatch.setenv("RECORDGEN_TODAY", "2027-02-01")
    path = write_record(tmp_path, lambda data: planned(data, venue))
    found = [e.message for e in validation_errors(path) if e.path == "review.venue"]
    assert any(place in message and "Amina Khan would be invited" in message for message in found), found
    result = CliRunner().invoke(main_group, ["consult", "make", str(path), "--all", "-o", str(tmp_path / "papers")])
    assert result.exit_code != 0
    invitations = [docx_text(p.read_bytes()) for p in (tmp_path / "papers").rglob("*.docx")]
    assert not [text for text in invitations if venue in text]


@pytest.mark.parametrize("venue", [
    "the council offices", "Family Centre", "a video call", "the Larkwood family centre", "the home office",
    "Brigg Primary School hall", "the meeting room at Hollowmere school", "Sam's favourite cafe",
    "Sam's mum's kitchen", "the carers' support group room at the library", "your social worker's office",
])
def test_ordinary_planned_venues_are_no_error(tmp_path, venue, monkeypatch):
    from test_leaks_blind10 import planned

    monkeypatch.setenv("RECORDGEN_TODAY", "2027-02-01")
    path = write_record(tmp_path, lambda data: planned(data, venue))
    assert [e for e in validation_errors(path) if e.path == "review.venue"] == []


# ---------------------------------------------------------------- 4: a name split in two everyday words of another script


def test_a_school_name_split_into_two_everyday_urdu_words_is_caught(tmp_path):
    """"کرک سٹال" ("kirk stall"): both halves are everyday Urdu words, but six consonants of the
    name in its order are no chance pair (the joined "کرکسٹال" was caught already)."""
    from test_leaks_blind9 import refused_and_said, sam_reading

    record = sam_reading(tmp_path, "ur", "تم کرک سٹال میں اچھا پڑھتے ہو۔",
                         {"school": "Kirkstall Brook Primary School"})
    (found,) = refused_and_said(record, "ur")
    assert "this names 'کرک سٹال' (read as 'Kirkstall', a distinctive word of the school" in found, found


def test_two_everyday_urdu_words_with_fewer_consonants_of_a_name_stay_words(tmp_path):
    """"رہتے رہیں" ("keep living") has the four consonants of a school "Ratrin" in its order: two
    everyday words of fewer than six are still those words."""
    from test_leaks_blind9 import sam_reading

    record = sam_reading(tmp_path, "ur", "تم وہاں رہتے رہیں گے۔", {"school": "Ratrin Primary School"})
    assert run("validate", record).exit_code == 0


def test_a_reordering_character_in_a_translation_is_an_error_at_its_line(tmp_path):
    from test_leaks_by_part import sam_in

    record = sam_in(tmp_path, "ur", "تم \u202bاسکول\u202c میں اچھا پڑھتے ہو۔")
    result = run("validate", record)
    assert result.exit_code == 1, result.output
    (found,) = [line for line in result.output.splitlines() if "languages.ur.working_well.2.translation" in line]
    assert "U+202B RIGHT-TO-LEFT EMBEDDING" in found and ".translations.yaml:" in found
