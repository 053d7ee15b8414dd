"""Leftover claims of issue 17 ("every sentence true"), session 23: who is offered to help a child at
home with mum and her partner complain, who would like to hear from the child next time when the
chair covered, and a copy made once the reader is grown up (its headings, what they thought then,
whose IRO the chair was, and a care leaver's help once they are 25). Each test renders real copies,
reads the .docx back and looks for what must and must not be said."""

from __future__ import annotations

import pytest

from recordgen.i18n import gettext_functions, localise_digits
from test_claims_blind16 import LANGUAGES, copy_text
from test_claims_blind18_chair import record
from test_leaks_blind20 import larks

from recordfiles import AHMAD, LILY, SAM, example_data, rendered_copies, the_copy, write_data


# --- 1: mum (and her partner) are no "carers" to the child they help complain ---------------------


@pytest.mark.parametrize("carers", [
    "Nicola Lark (your mum) and Dean Forbes",
    "Nicola Lark (your mum) and Dean Forbes (her partner)",
    "Nicola and Dean",
    "Dean Forbes and Nicola Lark (your mum)",
])
def test_mum_and_her_partner_are_offered_by_name_not_as_carers(tmp_path, carers):
    texts = rendered_copies(tmp_path, write_data(tmp_path, larks(carers)))
    for part in ("_child-", "_carer-nicola-lark", "_parent-gary-lark", "_social_worker-"):
        text = the_copy(texts, part)
        assert "Your mum, Dean or your social worker can help you do it." in text, part
        assert "carers or social worker" not in text.casefold(), part


def test_mum_and_her_partner_without_a_social_worker(tmp_path):
    data = larks()
    data["review"]["attendees"] = [p for p in data["review"]["attendees"] if p["role"] != "social worker"]
    data["actions"][0]["who"] = "Nicola Lark (your mum)"
    data["distribution"] = [r for r in data["distribution"] if r["role"] != "social_worker"]
    text = copy_text(data)
    assert "Your mum or Dean can help you do it." in text
    assert "Your carers can help you do it." not in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_mum_and_her_partner_in_every_language(language):
    _ = gettext_functions(language, "male")[0]  # Ty: he/him
    text = copy_text(larks(), "child", language)
    assert _("Your carers or social worker can help you do it.") not in text
    assert "Dean" in [line for line in text.splitlines() if _("If you are unhappy about the help you get, "
                                                                "you can complain.") in line][0]


def test_a_partner_named_in_an_item_kept_from_the_carers_leaves_the_home_out(tmp_path):
    """Existing rule: a carer the record keeps something about from the carers is not offered, and
    with him the whole home; no copy says why."""
    data = larks()
    data["worries"].append({"text": "Dean shouted at you and your social worker is checking what happened.",
                            "withhold_from": ["carer"]})
    texts = rendered_copies(tmp_path, write_data(tmp_path, data))
    for part in ("_child-", "_carer-nicola-lark", "_parent-gary-lark"):
        text = the_copy(texts, part)
        (line,) = [line for line in text.splitlines() if "can help you do it." in line]
        assert line.endswith("Your social worker or I can help you do it."), part
        assert "Dean" not in line and "mum" not in line, part


# --- 2: a covering chair does not say "I would like to hear from you next time" ----------------------


def _priya_away(band: str, covered: bool = True, age: int | None = None, adjourned: bool = False) -> dict:
    """Priya (PN7: not there, no views) with Daniel Reid covering for her own IRO, Helen Price."""
    data = record(band, covered=covered, age=age)
    data["review"]["participation"] = "PN7"
    data["review"]["attendees"] = [p for p in data["review"]["attendees"] if p["role"] != "you"]
    data.pop("child_views", None)
    if adjourned:
        data["review"]["adjourned_from"] = "2026-10-20"
    return data


@pytest.mark.parametrize("band, said", [
    ("early", "Helen would like to hear from you next time."),
    ("young", "Helen would like to hear from you next time."),
    ("middle", "Your Independent Reviewing Officer would like to hear from you next time."),
    ("teen", "Your Independent Reviewing Officer would like to hear from you next time."),
    ("young_adult", "Your Independent Reviewing Officer would like to hear from you next time."),
])
@pytest.mark.parametrize("adjourned", [False, True])
def test_a_covering_chair_leaves_next_time_to_the_childs_own_iro(band, said, adjourned):
    age = {"teen": 14, "young_adult": 16}.get(band)
    text = copy_text(_priya_away(band, age=age, adjourned=adjourned))
    assert said in text
    assert "I would like to hear from you next time." not in text
    assert "I would really like to hear from you next time." not in text
    for who in ("carer", "social_worker"):
        assert said in copy_text(_priya_away(band, age=age, adjourned=adjourned), who)


def test_a_chair_covering_for_an_iro_the_record_does_not_name():
    data = _priya_away("young")
    data["review"]["attendees"] = [p for p in data["review"]["attendees"] if p["name"] != "Helen Price"]
    data["review"]["attendees"].append({"name": "Daniel Reid", "role": "covering IRO"})
    text = copy_text(data)
    assert "Your Independent Reviewing Officer would like to hear from you next time." in text
    assert "I would like to hear from you next time." not in text


@pytest.mark.parametrize("band", ["young", "teen"])
def test_the_childs_own_chair_still_hopes_to_hear_from_them(band):
    text = copy_text(_priya_away(band, covered=False, age=14 if band == "teen" else None))
    assert ("I would like to hear from you next time." if band == "young"
            else "I would really like to hear from you next time.") in text
    assert "would like to hear from you next time." not in text.replace("I would", "")


@pytest.mark.parametrize("language", LANGUAGES)
def test_next_time_left_to_the_childs_own_iro_in_every_language(language):
    _ = gettext_functions(language, "female")[0]  # Priya: she/her
    young = copy_text(_priya_away("young"), language=language)
    middle = copy_text(_priya_away("middle"), language=language)
    assert _("%(name)s would like to hear from you next time.", name="Helen") in young
    assert _("Your Independent Reviewing Officer would like to hear from you next time.") in middle
    for text in (young, middle):
        assert _("I would like to hear from you next time.") not in text
        assert _("I would really like to hear from you next time.") not in text


# --- 3: a copy made once the reader is 18 heads what was so then in the past --------------------------


#: (band, present heading or lead-in, what a grown-up's copy says instead)
PAST_HEADINGS = {
    "early": [("What we are working on", "What we were working on"),
              ("What we hope for you", "What we hoped for you"),
              ("How things are going", "How things were going"),
              ("Who will help, and when", "Who was going to help, and when"),
              ("What they will do", "What they were going to do"),
              ("These grown-ups have promised to do these things:", "These grown-ups promised to do these things:")],
    "young": [("Who will help", "Who was going to help"),
              ("These people will do these things:", "These people were going to do these things:")],
    "middle": [("What is working well", "What was working well"),
               ("What we are worried about", "What we were worried about"),
               ("What it will look like when things are better", "What it would look like when things were better"),
               ("How things are going", "How things were going"),
               ("Who will do what, and by when", "Who was going to do what, and by when"),
               ("What they will do", "What they were going to do")],
    "young_adult": [("Decisions: who will do what, and by when", "Decisions: who was going to do what, and by when")],
}


def _sam(band: str) -> dict:
    data = example_data(SAM)
    data["child"]["reading_level"] = band
    for recipient in data["distribution"]:
        recipient.update(language="en", format="docx")
    return data


@pytest.mark.parametrize("band", sorted(PAST_HEADINGS))
@pytest.mark.parametrize("who", ["child", "carer"])
def test_a_grown_ups_copy_heads_what_was_so_then_in_the_past(band, who, monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", "2040-06-01")  # Sam, 9 at her review, is 24
    lines = copy_text(_sam(band), who).splitlines()
    for now, then in PAST_HEADINGS[band]:
        assert then in lines, then
        assert now not in lines, now


@pytest.mark.parametrize("band", sorted(PAST_HEADINGS))
def test_a_copy_made_while_still_a_child_keeps_the_present(band, monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-12-07")
    lines = copy_text(_sam(band)).splitlines()
    for now, then in PAST_HEADINGS[band]:
        assert now in lines and then not in lines, now


def test_a_babys_review_read_as_an_adult_says_what_she_liked_then(monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", "2045-06-01")  # Lily, 3 at her review
    data = example_data(LILY)
    lines = copy_text(data).splitlines()
    assert "What you liked, and what we knew about you" in lines
    assert "What you like, and what we know about you" not in lines
    assert "These grown-ups promised to do these things:" in lines
    assert "These grown-ups have promised to do these things:" not in lines


def test_the_neutral_heading_over_the_childs_words_is_past_in_a_grown_ups_copy(monkeypatch):
    """A parent's copy from which every one of the child's words is kept: "What you thought"."""
    monkeypatch.setenv("RECORDGEN_TODAY", "2040-06-01")
    data = _sam("middle")
    data["review"]["participation"] = "PN6"
    data["child_views"] = [{"text": v if isinstance(v, str) else v["text"], "withhold_from": ["parent"]}
                           for v in data["child_views"]]
    lines = copy_text(data, "parent").splitlines()
    assert "What you thought" in lines and "What you think" not in lines


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_grown_ups_copy_heads_in_the_past_in_every_language(language, monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", "2040-06-01")
    _ = gettext_functions(language, "female")[0]  # Sam: she/her
    for band in ("early", "middle"):
        lines = copy_text(_sam(band), "child", language).splitlines()
        for now, then in PAST_HEADINGS[band]:
            assert _(then) in lines, (band, then)
            assert language == "en" or _(then) != then, (band, then)
            assert _(now) == _(then) or _(now) not in lines, (band, now)  # "obiecali" is both


# --- 3b: what the child thought then, and whose IRO the chair was, in a grown-up's copy ---------------


@pytest.mark.parametrize("code, now, then", [
    ("PN1", "told us yourself what you think.", "told us yourself what you thought."),
    ("PN2", "helped say what you think.", "helped say what you thought."),
    ("PN3", "showed us how you feel.", "showed us how you felt."),
])
@pytest.mark.parametrize("band", ["young", "middle", "teen"])
@pytest.mark.parametrize("adjourned", [False, True])
def test_a_grown_ups_copy_gives_what_they_thought_then(code, now, then, band, adjourned, monkeypatch):
    data = _sam(band)
    data["review"]["participation"] = code
    if code == "PN2":
        data["review"]["attendees"].append({"name": "Kim Lowe", "role": "your advocate"})
    if adjourned:
        data["review"]["adjourned_from"] = "2026-02-24"
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-12-07")
    assert now in copy_text(data)
    monkeypatch.setenv("RECORDGEN_TODAY", "2040-06-01")
    text = copy_text(data)
    assert then in text and now not in text


@pytest.mark.parametrize("band", ["middle", "teen", "young_adult"])
@pytest.mark.parametrize("adjourned", [False, True])
def test_a_grown_ups_copy_is_signed_by_the_iro_who_chaired_their_review(band, adjourned, monkeypatch):
    """Read at 24, Helen Price is no longer Sam's IRO: she chaired that review."""
    data = _sam(band)
    if adjourned:
        data["review"]["adjourned_from"] = "2026-02-24"
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-12-07")
    young = copy_text(data).splitlines()
    assert "Your Independent Reviewing Officer" in young
    monkeypatch.setenv("RECORDGEN_TODAY", "2040-06-01")
    for who in ("child", "parent"):
        text = copy_text(data, who)
        assert "Your Independent Reviewing Officer" not in text.splitlines(), who
        assert "Independent Reviewing Officer who chaired your review" in text.splitlines(), who
        assert "your Independent Reviewing Officer." not in text, who  # "I am Helen, your ..."
        assert ("who chaired it." if band == "young_adult" else
                "I am Helen, the Independent Reviewing Officer who chaired your review.") in text, who


@pytest.mark.parametrize("language", ["pl", "uk", "ur", "ti", "cy"])
def test_what_they_thought_then_in_every_gender_and_language(language, monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", "2040-06-01")
    for pronouns, gender in (("she/her", "female"), ("he/him", "male")):
        _ = gettext_functions(language, gender)[0]
        data = _sam("middle")
        data["child"]["pronouns"] = pronouns
        text = copy_text(data, "child", language)
        assert _("You came to your meeting and told us yourself what you thought.") in text, gender
        assert _("You came to your meeting and told us yourself what you think.") not in text, gender


# --- 4: a care leaver's copy made once they are 25, when the council's help has ended ---------------



def _ahmad(born: str) -> dict:
    data = example_data(AHMAD)
    data["child"]["date_of_birth"] = born
    for recipient in data["distribution"]:
        recipient.update(language="en", format="docx")
    return data


STILL_HELPED = ("You can get help from the council until you are 25.", "A personal adviser can help you do it.",
                "If you disagree with your pathway plan, tell the council.",
                "A personal adviser helps you now you are no longer in care.",
                "From 16, you have a right to a pathway plan.", "You can still ask for one")


@pytest.mark.parametrize("who", ["child", "social_worker"])
def test_a_care_leavers_copy_made_at_30_tells_the_help_they_had_as_past(who, monkeypatch):
    """Ahmad, 16 at his review, reads his copy at 30: no adviser helps him now, no pathway plan is his."""
    data = _ahmad("2009-11-02")
    monkeypatch.setenv("RECORDGEN_TODAY", "2040-06-01")
    text = copy_text(data, who)
    for words in STILL_HELPED:
        assert words not in text, words
    assert ("From 16, you had a right to a pathway plan. It said what help you would get as a young adult. "
            "You had a right to a personal adviser. You could get help from the council until you were 25.") in text
    assert "If you are unhappy about the help you got while you were in care, you can complain." in text
    # At 20, the help is still his.
    monkeypatch.setenv("RECORDGEN_TODAY", "2030-06-01")
    text = copy_text(data, who)
    assert "You can get help from the council until you are 25." in text
    assert "If you disagree with your pathway plan, tell the council." in text  # no adviser of his named


def test_a_named_personal_adviser_is_given_as_theirs_then(monkeypatch):
    data = _ahmad("2008-05-02")  # 17 at his review: turned 18 before the next one
    data["review"]["attendees"].append({"name": "Dev Rao", "role": "personal adviser"})
    monkeypatch.setenv("RECORDGEN_TODAY", "2040-06-01")
    text = copy_text(data)
    assert "Your personal adviser was Dev Rao." in text
    assert ("After that, your pathway plan said what help you would get until you were 25. Dev Rao, your personal "
            "adviser, was there to help you with it.") in text
    assert "your personal adviser, will help you with it." not in text and "Your personal adviser is" not in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_help_they_had_as_past_in_every_language(language, monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", "2040-06-01")
    _ = gettext_functions(language, "male")[0]  # Ahmad: he/him
    text = copy_text(_ahmad("2009-11-02"), "child", language)
    said = _("You could get help from the council until you were 25.")
    assert localise_digits(said, language) in text
    assert language == "en" or said != "You could get help from the council until you were 25."
    now = localise_digits(_("You can get help from the council until you are 25."), language)
    assert now not in text.replace(localise_digits(said, language), "")  # Arabic's past is "كان" + the present
