"""Leaks found by blind review 11 (/work/blind11/REPORT.md, items 1, 2, 3, 4 and 9). Each test writes
a small fictional record, then reads validate's output, or the parent's copy back."""

from __future__ import annotations

import pytest

from recordgen import api

from recordfiles import copy_text, english_parent, refused_for_parent, validation_errors, write_record


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
