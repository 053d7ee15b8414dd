"""Blind review 24, finding 5: the dad's own mother sent an `other` copy as "Ryan's mum" (Ryan the dad)
got the confidential address, school and the items withheld from parents with no warning that she is
the parents' family, while "Ilona Kovacs (grandmother)" was warned; and validate said she "is named in"
an item that says "your mum" (Gemma, not her). A recipient named by what they are to a parent ("<the
parent's name>'s mum/dad/sister/brother/partner", "Mum's sister Kelly") is that parent's family."""

from __future__ import annotations

import pytest

from recordfiles import english_parent, rendered_copies, the_copy, write_record


def _sam(other: str):
    """Sam's confidential placement, his mum Amina sent a parent's copy, an item withheld from parent
    that says "your mum", and ``other`` sent an 'other' copy with no role."""
    def change(data):
        english_parent(data)
        data["working_well"][2] = {"text": "Your mum does not know you moved to Westcliffe.", "withhold_from": ["parent"]}
        data["distribution"].append({"role": "other", "name": other})
    return change


def _warnings(path) -> list:
    from recordgen.record.loading import load_record
    from recordgen.rules.validation import validate

    return [d for d in validate(load_record(path)) if d.severity == "warning"]


@pytest.mark.parametrize("other, whose", [
    ("Amina's mum", "Amina"),
    ("Amina's sister", "Amina"),
    ("Amina's partner", "Amina"),
    ("Mum's sister Kelly", "mum"),
])
def test_a_recipient_named_as_a_parents_family_is_warned_of_at_their_line(tmp_path, other, whose):
    path = write_record(tmp_path, _sam(other))
    at_line = [d.message for d in _warnings(path) if d.path == "distribution.5.role"]
    assert any(f"is the parents' family ({whose}'s)" in m and "the school, the address" in m for m in at_line), at_line
    assert not any("is named in it" in d.message for d in _warnings(path))
    # What the warning is about: their copy (a real .docx) gives the school and the item kept from parents.
    texts = rendered_copies(tmp_path, path)
    theirs = the_copy(texts, "_other-")
    assert "Westcliffe Primary School" in theirs and "does not know you moved" in theirs
    assert "Westcliffe" not in the_copy(texts, "_parent-")


def test_a_name_that_says_someone_elses_family_is_not_warned_of(tmp_path):
    path = write_record(tmp_path, _sam("Tom's mum"))  # Tom is no parent: a friend's mother
    assert not [d for d in _warnings(path) if d.path == "distribution.5.role" and "parents' family" in d.message]
