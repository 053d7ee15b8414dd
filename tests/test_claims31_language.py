"""Blind review 24, finding 14: a copy in a language recordgen has no catalog of (Hungarian) is refused
at validate with a plain error naming the languages it writes copies in; an item written in such a
language (`language` of an entry) is still allowed."""

from __future__ import annotations

import copy

from recordfiles import validation_errors, write_data
from test_claims31_names import TIA


def test_a_copy_in_a_language_without_a_catalog_is_refused(tmp_path, run):
    data = copy.deepcopy(TIA)
    data["distribution"][2]["language"] = "hu"
    path = write_data(tmp_path, data)
    errors = [d for d in validation_errors(path) if d.path == "distribution.3.language"]
    assert len(errors) == 1, errors
    message = errors[0].message
    assert "Hungarian" in message and "would be in English" in message
    assert "pl" in message and "cy" in message and "ti" in message
    result = run("render", path, "--for", "parent", "-o", tmp_path / "out", "--format", "docx")
    assert result.exit_code != 0 and not list((tmp_path / "out").glob("*.docx"))


def test_the_childs_own_copy_in_such_a_language_is_refused_at_child_language(tmp_path):
    data = copy.deepcopy(TIA)
    data["child"]["language"] = "hu"
    errors = [d for d in validation_errors(write_data(tmp_path, data)) if "Hungarian" in d.message]
    assert [d.path for d in errors] == ["child.language"]


def test_an_item_written_in_such_a_language_is_still_allowed(tmp_path):
    data = copy.deepcopy(TIA)
    data["child_views"][0] = {"text": "Szeretek otthon lenni.", "language": "hu"}
    assert not [d for d in validation_errors(write_data(tmp_path, data)) if "language" in d.path]


# --- 18: the footer's "Copy made on" date is written as the copy's other dates ---------------------------


def test_the_copy_made_on_date_has_the_form_of_the_copys_other_dates(tmp_path, monkeypatch):
    import re

    from recordgen import api

    from recordfiles import docx_text

    # The copy is made on 7 December (the suite pins 6 December); Pashto dates are the weekday, then the
    # long date, with no comma after the day or the month (trans24, blind review 25 #17).
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-12-07")
    for language, made, review in (("ti", "7 ታሕሳስ 2026", "12 ሕዳር 2026"), ("ps", "۷ دسمبر ۲۰۲۶", "۱۲ نومبر ۲۰۲۶")):
        data = copy.deepcopy(TIA)
        data["distribution"][2]["language"] = language
        folder = tmp_path / language
        folder.mkdir()
        loaded = api.load_record(write_data(folder, data))
        made_copy = api.Renderer(allow_untranslated=True).render_copy(loaded, api.recipient_for(loaded.record, "parent"))
        text = docx_text(made_copy.data)
        assert review in text, language
        footer = [line for line in text.splitlines() if re.search(r"ተዳልዩ|جوړه شوه", line)]
        assert footer and all(made in line for line in footer), (language, footer)
