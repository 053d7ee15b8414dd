"""Blind review 24, finding 2: a home's plural short name with its -s dropped ("Bramble staff",
"at the Bramble", "Bramble's cook" of "Brambles children's home"; "Willow", "Oak" of "The Willows",
"The Oaks") is its short name too: an error in `validate`, and the parent's .docx copy is refused.
A singular that is a given name ("Holly" of "The Hollies") counts only as "the Holly" or before
"staff", "kids"...: a child may be called it."""

from __future__ import annotations

import pytest

from recordfiles import larkspur, refused_for_parent, validation_errors, write_record


def _errors_at(path, field: str) -> list[str]:
    return [d.message for d in validation_errors(path) if d.path == field]


@pytest.mark.parametrize("home, said, short", [
    ("Brambles children's home", "Bramble staff are kind.", "Bramble"),
    ("Brambles children's home", "You told me life at the Bramble is better now.", "Bramble"),
    ("Brambles children's home", "Bramble's cook makes great curry.", "Bramble"),
    ("Brambles children's home", "The Bramble lads took you to the cinema.", "Bramble"),
    ("The Willows children's home", "Willow staff are kind.", "Willow"),
    ("The Oaks children's home", "Oak staff are kind.", "Oak"),
    ("The Hollies children's home", "Life at the Holly is calm.", "Holly"),
    ("The Beeches children's home", "Beech staff took you bowling.", "Beech"),
])
def test_the_short_name_without_its_plural_s_is_an_error_and_refused(tmp_path, home, said, short):
    path = write_record(tmp_path, larkspur(said, home=home))
    found = _errors_at(path, "working_well.1")
    assert any(f"this names '{short}'" in m for m in found), found
    assert refused_for_parent(tmp_path, path)


@pytest.mark.parametrize("home, said", [
    ("Brambles children's home", "You picked bramble berries for a crumble."),
    ("The Hollies children's home", "You play with Holly at school."),
    ("The Willows children's home", "Your friend Willow came for tea."),
    ("The Oaks children's home", "You climbed the oak tree in the park."),
])
def test_the_singular_as_a_word_or_a_childs_name_is_no_error(tmp_path, home, said):
    assert _errors_at(write_record(tmp_path, larkspur(said, home=home)), "working_well.1") == []
