"""A child too little to be told or asked (PN0) is not told "I listen to what you want." (blind review 31,
finding 12): the IRO has heard nothing from a 2-year-old; what they do for them is said instead."""

from __future__ import annotations

from recordfiles import LILY, rendered_copies, the_copy, write_record


def test_a_pn0_childs_copy_says_what_the_iro_does_for_them(tmp_path):
    texts = rendered_copies(tmp_path, write_record(tmp_path, base=LILY), "--allow-untranslated")
    for part in ("_child-lily", "_carer-"):
        text = the_copy(texts, part)
        assert "I make sure the grown-ups think about what is best for you." in text
        assert "I listen to what you want." not in text


def test_a_little_child_who_took_part_is_still_listened_to(tmp_path):
    def took_part(data):
        data["review"]["participation"] = "PN1"
        data["child"]["date_of_birth"] = "2022-01-20"   # 4 on the review day: in the early band still
    texts = rendered_copies(tmp_path, write_record(tmp_path, took_part, base=LILY), "--allow-untranslated")
    assert "I listen to what you want." in the_copy(texts, "_child-lily")
