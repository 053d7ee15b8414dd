"""Blind review 20 (#19): an adult's copy whose only worry is kept from the child said "Nothing is
written here in this copy." under the worries, while the worry was further down, in the part for
the adults. The line under the heading now says where it is; a worry kept from the reader still
reads as none written."""

from __future__ import annotations

from recordfiles import example_data, rendered_copies, the_copy, write_data

POINTER = "This is written in the part for the adults, at the end of this copy."
NOTHING = "Nothing is written here in this copy."
SECRET = "Your dad is in prison until 2028, and you have not been told yet."


def only_worry(kept_from):
    def change(data):
        data["worries"] = [{"text": SECRET, "withhold_from": kept_from}]
        for recipient in data["distribution"]:
            recipient.pop("language", None)  # every copy in English
    return change


def test_an_adults_copy_points_to_the_worry_kept_from_the_child(tmp_path):
    texts = rendered_copies(tmp_path, write_data(tmp_path, example_data(), only_worry(["child"])), "--allow-untranslated")
    for part in ("_parent-", "_carer-"):
        text = the_copy(texts, part)
        assert POINTER in text and NOTHING not in text and SECRET in text
        assert text.index(POINTER) < text.index(SECRET)
    child = the_copy(texts, "_child-")
    assert SECRET not in child and POINTER not in child


def test_a_worry_kept_from_the_reader_still_reads_as_none_written(tmp_path):
    texts = rendered_copies(tmp_path, write_data(tmp_path, example_data(), only_worry(["parent"])), "--allow-untranslated")
    parent = the_copy(texts, "_parent-")
    assert NOTHING in parent and POINTER not in parent and SECRET not in parent
