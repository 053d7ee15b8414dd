"""Blind review 18, the rest: what an adult's copy shows where everything under a heading is kept
from them, an adjourned review's meetings, "this time" without an earlier review, and a young
child's review read as an adult. Each test renders real copies of the blind corpus's records and
reads the .docx back."""

from __future__ import annotations

import copy
import io
from pathlib import Path

import docx
import pytest
from ruamel.yaml import YAML

from recordgen import api
from recordgen.i18n import gettext_functions
from recordgen.record.model import ITEM_SECTIONS
from test_claims_blind16 import LANGUAGES, copy_text

CORPUS = Path(__file__).resolve().parent / "blind_corpus"
BANDS = ("early", "young", "middle", "teen", "young_adult")


def corpus(name: str) -> dict:
    (path,) = [p for p in CORPUS.glob(f"{name}-*.yaml") if not p.name.endswith(".expect.yaml")]
    return YAML(typ="safe", pure=True).load(path.read_text(encoding="utf-8"))


# --- Finding 5: a heading all kept from its reader reads as one the record left empty -----------------


def _all_kept(data: dict, section: str, role: str) -> dict:
    data = copy.deepcopy(data)
    data[section] = [{"text": item if isinstance(item, str) else item["text"], "withhold_from": [role]}
                     for item in data[section]]
    return data


def _none_written(data: dict, section: str) -> dict:
    return {**copy.deepcopy(data), section: []}


@pytest.mark.parametrize("band", BANDS)
@pytest.mark.parametrize("section", ITEM_SECTIONS)
def test_a_heading_all_kept_from_the_parent_reads_as_one_with_nothing_written(band, section):
    """Record 15: Jade's mum's copy of a heading whose every item is kept from her is the copy of a
    record with nothing there, word for word."""
    data = corpus("15")
    data["child"]["reading_level"] = band
    assert copy_text(_all_kept(data, section, "parent"), "parent") == \
        copy_text(_none_written(data, section), "parent")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_childs_views_all_kept_from_her_mum_keep_a_heading_that_claims_neither_way(language):
    """Record 15's parent copy dropped "What you told me" and said only "You were at your meeting.":
    her mum read that Jade said nothing. The heading stays, neutral, with the line every empty heading
    has, whether Jade's words are kept from her or none were written."""
    _ = gettext_functions(language, child_gender="female")[0]  # Jade: she/her
    for data in (corpus("15"), _none_written(corpus("15"), "child_views")):
        text = copy_text(data, "parent", language)
        lines = text.splitlines()
        heading = lines.index(_("What you think"))
        assert lines[heading + 1] == _("Nothing is written here in this copy."), language
        assert _("What you told me") not in lines
    assert "You were at your meeting." in copy_text(corpus("15"), "parent")
    # Jade's own copy: her words under "What you told me", as before.
    assert "I want Lee to stay away." in copy_text(corpus("15"), "child")


def test_the_line_under_the_childs_views_is_not_set_as_her_words():
    """The child's words have a style of their own: the line the tool adds is not dressed as hers."""
    data = corpus("15")
    loaded = api.load_data(data, "record.yaml")
    made = api.Renderer().render_copy(loaded.record, api.recipient_for(loaded.record, "parent"))
    styles = {p.text: p.style.name for p in docx.Document(io.BytesIO(made.data)).paragraphs}
    assert styles["Nothing is written here in this copy."] != "Your Words"
    child = api.Renderer().render_copy(loaded.record, api.recipient_for(loaded.record, "child"))
    styles = {p.text: p.style.name for p in docx.Document(io.BytesIO(child.data)).paragraphs}
    assert styles["I want Lee to stay away. (This is not in your parent's copy.)"] == "Your Words"


@pytest.mark.parametrize("band", ["early", "young_adult"])
def test_the_neutral_heading_in_the_bands_with_their_own_words(band):
    data = corpus("15")
    data["child"]["reading_level"] = band
    text = copy_text(data, "parent")
    heading = "In your words" if band == "young_adult" else "What you think"
    lines = text.splitlines()
    assert lines[lines.index(heading) + 1] == "Nothing is written here in this copy."


def test_a_code_with_no_views_gives_no_empty_heading():
    """PN7 (Connor gave no views): no heading to say so again in the adults' copies."""
    text = copy_text(corpus("09"), "carer")
    assert "What you think" not in text.splitlines() and "In your words" not in text.splitlines()
