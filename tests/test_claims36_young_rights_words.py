"""Blind review 29 (#10): the young band (5 to 7, or reading as a child that age) was told "An advocate
is someone independent who helps you say what you think." and "An independent visitor is a volunteer
who visits you as a friend.", words `check` itself ought to mark for that band, while the early band
had easier true sentences. The young band now has short ones, and the language check runs over the
rights part of young-band copies of every status."""

from __future__ import annotations

import pytest

from recordgen.record.settings import LanguageSettings
from recordgen.wording import ChildWords
from recordgen.wording.check import check_text

from recordfiles import SAM, copy_text, example_data, write_data

CHILD = ChildWords.of("Sam Khan", "Sam", "she/her")
STATUSES = ("offered", "has_one", "declined", "not_yet")


@pytest.mark.parametrize("status", STATUSES)
@pytest.mark.parametrize("code", ["PN1", "PN5"])
def test_the_young_bands_rights_pass_its_own_language_check(tmp_path, status, code):
    def change(data):
        data["child"]["reading_level"] = "young"
        data["review"]["participation"] = code
        data["rights"].update(advocate=status, independent_visitor=status)
    text = copy_text(write_data(tmp_path, example_data(SAM), change), "child")
    lines = text.splitlines()
    rights = lines[lines.index("Your rights") + 1:lines.index("Who came")]
    said = [line for line in rights if "advocate" in line or "independent visitor" in line]
    assert said
    for line in said:
        assert "someone independent" not in line and "volunteer" not in line, line
        found = [n.message for n in check_text(line, band="young", child=CHILD, settings=LanguageSettings())
                 if n.kind in ("reading-level", "system-word")]
        assert not found, (line, found)


@pytest.mark.parametrize("text", ["An advocate is someone independent who helps you say what you think.",
                                  "An independent visitor is a volunteer who visits you as a friend."])
def test_the_old_sentences_are_hard_for_the_young_band(text):
    assert [n for n in check_text(text, band="young", child=CHILD) if n.kind == "reading-level"]
