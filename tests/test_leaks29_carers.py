"""Leftovers of blind reviews, session 29: a confidential carer written by first name and initial.

A confidential placement's parents' copies name the carers by first names only ("You live with your
carer, Hazel."). A carer the record writes as "Hazel H." was reported shown as "Hazel." ("You live
with Hazel."): her parent's copy must read word for word as it does when she is "Hazel Hargreaves",
in English and in translation. "You live with Hazel." was not reproduced on main in session 29, but
"Hazel H" (no full stop) refused every Polish, Ukrainian and Romanian parent's copy: the last look
read "Hazel" as the family name "H" with a case ending."""

from __future__ import annotations

import pytest

from recordfiles import docx_text, write_record


def _copy(tmp_path, carer: str, role: str, language: str = "en", born: str | None = None) -> str:
    from recordgen import api

    def change(data):
        data["placement"]["carers"] = carer
        data["care_plan"]["plan"] = "You will keep living with Hazel as you grow up."
        data["child_views"] = ["I like living with Hazel and I want to stay."]
        data["working_well"] = ["You are doing well at school."]
        data["worries"] = ["Maths is hard."]
        data["goals"] = ["You keep going to football."]
        if born:
            data["child"]["date_of_birth"] = born
            data["review"]["participation"] = "PN0"
        for person in data["review"]["attendees"] + data["distribution"]:
            if person["name"] == "Mark and Lisa Owen":
                person["name"] = carer
        for recipient in data["distribution"]:
            if recipient["role"] == "parent":
                recipient.update(language=language, format="docx")
    path = write_record(tmp_path, change)
    loaded = api.load_record(path)
    renderer = api.Renderer()
    renderer.allow_untranslated = True
    return docx_text(renderer.render_copy(loaded, api.recipient_for(loaded.record, role)).data)


@pytest.mark.parametrize("language", ["en", "pl", "uk", "ro", "cy", "ur"])
@pytest.mark.parametrize("short", ["Hazel H.", "Hazel H"])
def test_a_carer_by_first_name_and_initial_reads_as_by_her_full_name(tmp_path, short, language):
    full = _copy(tmp_path, "Hazel Hargreaves", "parent", language)
    assert _copy(tmp_path, short, "parent", language) == full
    if language == "en":
        assert "You live with your carer, Hazel." in full
        assert "You live with Hazel." not in full and "Hazel." not in full.replace("carer, Hazel.", "")


def test_a_little_childs_parent_copy_too(tmp_path):
    full = _copy(tmp_path, "Hazel Hargreaves", "parent", born="2023-01-20")
    assert _copy(tmp_path, "Hazel H.", "parent", born="2023-01-20") == full
    assert "You live with your carer, Hazel." in full
