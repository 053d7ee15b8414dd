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
def test_a_heading_all_kept_from_the_parent_reads_as_one_with_nothing_written_in_every_language(language):
    data = corpus("15")
    for section in ITEM_SECTIONS:
        assert copy_text(_all_kept(data, section, "parent"), "parent", language) == \
            copy_text(_none_written(data, section), "parent", language), section


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
    lines = text.splitlines()
    if band == "early":
        # Jade is 12: her age's letter, which is not read aloud to a little child (claims38, finding 3), keeps
        # the neutral heading and its line, in the early level's words.
        assert lines[lines.index("What you think") + 1] == "Nothing is written here in this copy."
        return
    assert lines[lines.index("In your words") + 1] == "Nothing is written here in this copy."


def test_a_code_with_no_views_gives_no_empty_heading():
    """PN7 (Connor gave no views): no heading to say so again in the adults' copies."""
    text = copy_text(corpus("09"), "carer")
    assert "What you think" not in text.splitlines() and "In your words" not in text.splitlines()


# --- Finding 13: "this time" only where the record shows an earlier review ----------------------------


def _first_review(name: str) -> dict:
    data = corpus(name)
    data["review"]["sequence"] = 1
    return data


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_silent_child_at_a_first_review_is_not_told_this_time(language):
    """Record 06 (PN4): "You did not share your views this time." suggests Ollie shared them before;
    at a first review (sequence 1) nothing in the record says so."""
    _ = gettext_functions(language, child_gender="male", iro_gender="female")[0]  # Ollie; Marion
    text = copy_text(_first_review("06"), "child", language)
    assert " ".join((_("You came to your meeting."), _("You did not share your views. That is okay."))) in text
    assert _("You did not share your views this time. That is okay.") not in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_child_who_did_not_come_to_a_first_review_is_not_told_this_time(language):
    """Record 09 (PN7): "You did not come to the meeting this time"."""
    _ = gettext_functions(language, child_gender="male", iro_gender="female")[0]  # Connor; Marion
    text = copy_text(_first_review("09"), "child", language)
    assert " ".join((_("You did not come to the meeting."), _("I did not hear your views."),
                     _("I would really like to hear from you next time."))) in text
    assert _("You did not come to the meeting this time.") not in text


@pytest.mark.parametrize("band", BANDS)
def test_this_time_after_an_earlier_review_in_every_band(band):
    for name, this_time in (("06", "You did not share your views this time."),
                            ("09", "You did not come to the meeting this time.")):
        data = corpus(name)  # sequence 5 and 3
        data["child"]["reading_level"] = band
        assert this_time in copy_text(data)
        data["review"]["sequence"] = 1
        assert "this time" not in copy_text(data)


def test_no_next_time_when_the_next_review_would_be_after_18(monkeypatch):
    """Connor (PN7), 16 at his review: a next review after his 18th birthday will not happen, so the copy
    does not hope to hear from him then, though he is not 18 when it is made."""
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-12-07")
    data = corpus("09")
    data["next_review"] = {"date": "2028-03-01"}  # he turns 18 on 3 February 2028
    text = copy_text(data)
    assert "You did not come to the meeting this time. I did not hear your views." in text
    assert "next time" not in text


# --- Finding 9: an adjourned review was two meetings: the child came to their review ----------------


ADJOURNED = {
    "PN1": "You came to your review. You told us yourself what you think.",
    "PN2": "You came to your review. Your advocate helped say what you think.",
    "PN3": "You came to your review. You showed us how you feel.",
    "PN4": "You came to your review. You did not share your views this time. That is okay.",
    "PN5": "You did not come to your review. You told your advocate what to say for you.",
    "PN6": "You did not come to your review. You shared your views in another way.",
    "PN7": "You did not come to your review. I did not hear your views. I would really like to hear from you next time.",
}


def _adjourned(code: str = "PN1", band: str | None = None) -> dict:
    data = corpus("16")  # Priya, third review, PN1, adjourned from 20 October
    data["review"].update(adjourned_from="2026-10-20", participation=code)
    if code in ("PN2", "PN5"):
        data["review"]["attendees"].append({"name": "Carys Bell", "role": "advocate", "attended": code == "PN2",
                                            "contributed": "Priya's views"})
    if code in ("PN4", "PN7"):
        data["child_views"] = []
    if code in ("PN5", "PN6", "PN7"):
        data["review"]["attendees"] = [p for p in data["review"]["attendees"] if p["role"] != "you"]
    if band:
        data["child"]["reading_level"] = band
    return data


@pytest.mark.parametrize("code", sorted(ADJOURNED))
def test_an_adjourned_review_says_the_child_came_to_their_review_not_their_meeting(code):
    """Record 16 adjourned: "You came to your meeting", though there were two meetings."""
    text = copy_text(_adjourned(code))
    expected = ADJOURNED[code]
    assert expected in text
    participation = next(line for line in text.splitlines() if expected in line)
    assert "meeting" not in participation


@pytest.mark.parametrize("band", BANDS)
def test_an_adjourned_review_in_every_band(band):
    text = copy_text(_adjourned("PN1", band))
    assert "You came to your review. You told us yourself what you think." in text
    assert "You came to your meeting" not in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_adjourned_review_in_every_language(language):
    _ = gettext_functions(language, child_gender="female", iro_gender="female")[0]  # Priya; Marion
    text = copy_text(_adjourned("PN1"), "child", language)
    assert " ".join((_("You came to your review."), _("You told us yourself what you think."))) in text
    assert _("You came to your meeting and told us yourself what you think.") not in text


# --- Finding 3 (the rest): a young child's review read as an adult tells what was true then, as past --


@pytest.mark.parametrize("who", ["child", "carer", "parent"])
def test_a_babys_review_read_at_20_tells_where_she_lived_as_past(who, monkeypatch):
    """Poppy (1 at her review) at 20: "You live with Jan Whitlow.", "Your address: ..." and "These are
    the things the grown-ups are helping with." were no longer true."""
    monkeypatch.setenv("RECORDGEN_TODAY", "2045-03-01")
    text = copy_text(corpus("01"), who)
    lines = text.splitlines()
    home = lines.index("Your home at the time of your review")
    assert lines[home + 1:home + 3] == ["You lived with Jan Whitlow.", "Your address: 5 Kiln Row, Larkwood, LW2 4DN"]
    assert "These are the things the grown-ups were helping with." in text
    assert "The grown-ups at your review told me how you were getting on." in text
    for now in ("You live with", "Where you live", "are helping with", "how you are getting on"):
        assert now not in text, now


def test_her_feedback_page_asks_her_to_tick_a_box_not_circle_a_face(monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", "2045-03-01")
    text = copy_text(corpus("01"))
    assert "Tick one box." in text and "Draw a circle" not in text and "write or draw" not in text
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-12-07")  # still little: the faces
    assert "Draw a circle round one face." in copy_text(corpus("01"))


@pytest.mark.parametrize("band", BANDS)
def test_every_band_read_as_an_adult_says_where_they_lived(band, monkeypatch):
    """Connor (16 at his review) at 19, at each reading level: "You live with Mo Danquah."."""
    monkeypatch.setenv("RECORDGEN_TODAY", "2029-03-01")
    data = corpus("09")
    data["child"]["reading_level"] = band
    text = copy_text(data)
    assert "Your home at the time of your review" in text and "You lived with Mo Danquah." in text
    assert "You live with" not in text and "next time" not in text.lower()
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-12-07")
    assert "You live with Mo Danquah." in copy_text(data)


def test_a_placement_with_mum_read_as_an_adult_keeps_the_parents_copy_to_first_names(monkeypatch):
    """Maisie placed with her mum, the address kept from dad: his copy made when she is 18 says where she
    lived as it said where she lives, by first name, with no address."""
    from recordfiles import WITH_MUM

    monkeypatch.setenv("RECORDGEN_TODAY", "2038-03-01")
    dad = copy_text(WITH_MUM, "parent")
    assert "You lived with your mum, Nicola." in dad and "Birch" not in dad


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_babys_review_read_at_20_in_every_language(language, monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", "2045-03-01")
    _ = gettext_functions(language, child_gender="female", iro_gender="female")[0]  # Poppy; Marion
    text = copy_text(corpus("01"), "child", language)
    assert _("Your home at the time of your review") in text.splitlines()
    assert _("These are the things the grown-ups were helping with.") in text
    lines = text.splitlines()
    assert _("You lived with %(carers)s.", carers="Jan Whitlow") in lines
    assert _("You live with %(carers)s.", carers="Jan Whitlow") not in lines
