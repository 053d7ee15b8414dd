"""Blind review (claims38, finding 2): a 6-year-old's own copy, which the carer reads aloud to her, said
"(This is not in your mum's copy.)" five times, once after each item withheld from her mum. Read aloud to
a little child it is noise; what she and the grown-up reading need is to know, once, that mum's copy does
not have everything, where mum is named in the list of who was sent a copy. Under 8 (the early and young
bands, read by the carer) it is said once there; older readers keep the note after each item, and are told
clearly which parts a parent does not see."""

from __future__ import annotations

import pytest

from recordgen.i18n import gettext_functions

from recordfiles import SAM, example_data, rendered_copies, the_copy, write_data

NOTE = "(This is not in your mum's copy.)"
ONCE = "Some things in this letter are not in your mum's copy."
NEW = (ONCE, "Some things in this letter are not in your dad's copy.",
       "Some things in this letter are not in your parent's copy.",
       "Some things in this letter are not in your parents' copies.")
LANGUAGES = ("cy", "pl", "ro", "uk", "pt", "ar", "ur", "ps", "fa_AF", "ckb", "ti", "bn")


def _five_kept_from_mum(dob, level=None):
    def change(data):
        data["child"]["date_of_birth"] = dob
        if level:
            data["child"]["reading_level"] = level
        for recipient in data["distribution"]:
            recipient["language"] = "en"
            recipient.pop("format", None)
        for section in ("child_views", "working_well", "worries", "goals"):
            data[section][0] = {"text": data[section][0], "withhold_from": ["parent"]}
        data["actions"][0]["withhold_from"] = ["parent"]
    return change


@pytest.mark.parametrize("dob", ["2020-01-10", "2021-06-01"])  # 6 (young band), 4 (early band)
def test_a_little_childs_copy_says_once_what_mums_copy_leaves_out(tmp_path, monkeypatch, dob):
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-03-10")
    texts = rendered_copies(tmp_path, write_data(tmp_path, example_data(SAM), _five_kept_from_mum(dob)))
    child = the_copy(texts, "_child-")
    assert "(This is not in" not in child
    assert child.count(ONCE) == 1
    # Said by the list of who was sent a copy, where mum is named, not among the lines read to the child.
    listed = child.split("A copy of this record was sent to:")[1]
    assert listed.index("Amina Khan") < listed.index(ONCE)
    for name, text in texts.items():
        if "_child-" not in name:
            assert ONCE not in text, name


@pytest.mark.parametrize("dob, level", [("2016-05-14", None), ("2012-01-10", "young"), ("2009-01-10", "early")])
def test_older_readers_are_told_after_each_item(tmp_path, monkeypatch, dob, level):
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-03-10")
    texts = rendered_copies(tmp_path, write_data(tmp_path, example_data(SAM), _five_kept_from_mum(dob, level)))
    child = the_copy(texts, "_child-")
    assert child.count(NOTE) == 5
    assert ONCE not in child


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_has_the_once_sentences(language):
    for gender in (None, "female", "male"):
        _ = gettext_functions(language, gender)[0]
        for english in NEW:
            assert _(english) != english, (language, gender, english)
