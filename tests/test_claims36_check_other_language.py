"""Blind review 29 (#9): `check` read an item marked `language: cy` with its English word lists:
"'mynd' is a word a child aged 5 to 7 may not know", and the 12-word limit, for a Welsh 6-year-old's
first words. Text marked as another language is checked for system words only, and the summary says so."""

from __future__ import annotations

from click.testing import CliRunner

from recordgen import api
from recordgen.cli import main_group

from recordfiles import SAM, example_data, write_data

WELSH = "Rwyt ti'n mynd i'r ysgol bob dydd ac rwyt ti wedi gwneud llawer iawn o ffrindiau newydd."


def welsh(data):
    data["child"]["reading_level"] = "young"
    data["working_well"][0] = {"text": WELSH, "language": "cy"}
    data["worries"][0] = {"text": "Mae Sam yn poeni am ei chyfarfod LAC.", "language": "cy"}


def test_welsh_items_get_no_english_reading_level_or_third_person_findings(tmp_path):
    loaded = api.load_record(write_data(tmp_path, example_data(SAM), welsh))
    found = [f for f in api.check_record(loaded) if f.path in ("working_well.1", "worries.1")]
    assert [(f.path, f.kind.value, f.word) for f in found] == [("worries.1", "system-word", "LAC")]
    assert found[0].fix is None  # no English put into a Welsh sentence


def test_the_same_words_marked_english_are_still_found(tmp_path):
    def english(data):
        welsh(data)
        data["working_well"][0]["language"] = "en"
    loaded = api.load_record(write_data(tmp_path, example_data(SAM), english))
    assert [f for f in api.check_record(loaded) if f.path == "working_well.1" and f.kind.value == "reading-level"]


def test_checks_summary_says_what_was_not_checked(tmp_path):
    path = write_data(tmp_path, example_data(SAM), welsh)
    result = CliRunner().invoke(main_group, ["check", str(path)])
    assert "'mynd'" not in result.output
    assert ("2 texts written in another language (cy) checked for system words only: "
            "the reading-level and third-person rules are for English") in result.output
