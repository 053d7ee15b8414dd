"""Blind review 29 (#5): a copy read aloud to a little child (the early and young bands: the carers',
the parents' copies) said under a heading meant for the child "This is written in the part for the
adults, at the end of this copy." or "Nothing is written here in this copy.": the child learns that
something about them is hidden. The heading is left out, as in the child's own copy; what is kept
from the child is in the adults' part at the end. Older bands keep the line (a dad must not read that
there are no worries)."""

from __future__ import annotations

import pytest

from recordgen.i18n import gettext_functions

from recordfiles import LILY, SAM, example_data, rendered_copies, the_copy, write_data

POINTER = "This is written in the part for the adults, at the end of this copy."
NOTHING = "Nothing is written here in this copy."
SECRET = "You have a baby sister, and you have not been told yet."
LANGUAGES = ("en", "cy", "pt", "pl", "ar", "uk")


def worries_kept(kept_from, level=None, language="en"):
    def change(data):
        data["worries"] = [{"text": SECRET, "withhold_from": kept_from}]
        if level:
            data["child"]["reading_level"] = level
        for recipient in data["distribution"]:
            recipient.pop("format", None)
            recipient["language"] = language
    return change


def notes(language):
    _ = gettext_functions(language, "female")[0]
    return _(POINTER), _(NOTHING)


@pytest.mark.parametrize("base,level", [(SAM, "young"), (SAM, "early"), (LILY, None)])
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_worry_kept_from_the_child_leaves_no_line_under_a_heading_read_to_them(tmp_path, base, level, language):
    path = write_data(tmp_path, example_data(base), worries_kept(["child"], level, language))
    texts = rendered_copies(tmp_path, path, "--allow-untranslated")
    for part in ("_parent-", "_carer-", "_social_worker-"):
        text = the_copy(texts, part)
        for note in notes(language):
            assert note not in text, (part, note)
        assert SECRET in text  # in the adults' part
    assert SECRET not in the_copy(texts, "_child-")


@pytest.mark.parametrize("base,level", [(SAM, "young"), (LILY, None)])
def test_a_worry_kept_from_the_reader_leaves_no_line_either(tmp_path, base, level):
    path = write_data(tmp_path, example_data(base), worries_kept(["parent"], level))
    texts = rendered_copies(tmp_path, path, "--allow-untranslated")
    parent = the_copy(texts, "_parent-")
    assert NOTHING not in parent and POINTER not in parent and SECRET not in parent
    heading = "House of Worries" if level == "young" else "What we are working on"
    assert heading not in parent.splitlines()
    assert heading in the_copy(texts, "_carer-").splitlines()


def test_the_middle_band_keeps_the_line(tmp_path):
    """Sam (9) reads her copy herself: an adult's copy still says where the worry is."""
    path = write_data(tmp_path, example_data(SAM), worries_kept(["child"]))
    texts = rendered_copies(tmp_path, path, "--allow-untranslated")
    assert POINTER in the_copy(texts, "_carer-")
