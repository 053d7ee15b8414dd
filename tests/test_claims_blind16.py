"""Sentences a blind reviewer (session 16) found untrue or misleading for the child they are
written to: each test renders real copies, reads the .docx back and looks for what must and
must not be said (issue 17)."""

from __future__ import annotations

import copy
import re

import pytest

from recordgen import api
from recordgen.i18n import gettext_functions

from recordfiles import WITH_MUM, docx_text

LANGUAGES = ("en", "ar", "bn", "ckb", "cy", "fa_AF", "pl", "ps", "pt", "ro", "ti", "uk", "ur")

#: Maisie, placed at home with her mum under a placement with parents plan, the address kept from dad.


def copy_text(data: dict, who: str = "child", language: str | None = None) -> str:
    """The visible text of one real copy (.docx, read back)."""
    loaded = api.load_data(copy.deepcopy(data), "record.yaml")
    recipient = api.recipient_for(loaded.record, who)
    if language:
        recipient = recipient.model_copy(update={"language": language})
    made = api.Renderer(allow_untranslated=True).render_copy(loaded.record, recipient)
    return docx_text(made.data)


# --- Finding 2: the mum the child lives with is her mum, not "your carer", in every copy --------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_dads_copy_says_the_child_lives_with_her_mum_by_first_name(language):
    """Dad's copy of a confidential placement with mum gave "You live with your carer, Nicola." and
    "Nicola (carer)" while who came said "Your mum, Nicola": as if Maisie were fostered."""
    _ = gettext_functions(language)[0]
    dad = copy_text(WITH_MUM, "parent", language)
    mums = copy_text(WITH_MUM, "carer", language)  # her own home: not confidential to her
    carer_line = _("You live with your carer, %(names)s.", names="Nicola")
    assert carer_line not in dad
    # Mum reading her own copy is "Nicola (mum)" to herself, never "your mum" (trans26): not dad's line.
    said = [line for line in mums.splitlines() if "Nicola" in line and "Ward" not in line
            and not re.fullmatch(r"Nicola \([^,()]*\)", line)]
    assert said and all(line in dad.splitlines() for line in said)  # "your mum, Nicola", as to mum
    assert "Nicola Ward" not in dad and "Birch" not in dad
    if language == "en":
        assert "You live with your mum, Nicola." in dad.splitlines()
        assert "Nicola (your mum, carer)" in dad.splitlines()
        assert "Nicola (carer)" not in dad.splitlines()


# --- Finding 4: PN5 with no views written and no advocate who took part ------------------------------

#: Rosa, 9, did not come (PN5); she has an advocate, but nobody wrote what she said.
ROSA = {
    "child": {"id": "TW-16002", "name": "Rosa Hale", "known_as": "Rosa", "date_of_birth": "2017-02-10",
              "pronouns": "she/her", "language": "en", "entered_care": "2025-06-01"},
    "review": {"date": "2026-11-20", "sequence": 3, "venue": "your school", "participation": "PN5",
               "chair": {"name": "Helen Price", "phone": "01724 296000", "email": "helen.price@example.gov.uk"},
               "attendees": [{"name": "Jo Smith", "role": "social worker"},
                             {"name": "Carol and Dev Mistry", "role": "foster carers"},
                             {"name": "Kate Hale", "role": "mum", "attended": False}]},
    "child_views": [],
    "working_well": ["You and your twin sister Ruby live together with Carol and Dev."],
    "worries": ["You did not want to come to the meeting, and that is OK."],
    "goals": ["You tell someone you trust how you feel."],
    "actions": [{"who": "Carol and Dev (your foster carers)", "what": "Ask Rosa what she wants to say to Helen.",
                 "by": "2026-12-18"}],
    "care_plan": {"plan": "You will keep living with Carol and Dev with Ruby.", "still_right": True},
    "rights": {"advocate": "has_one", "independent_visitor": "not_yet", "complaints_explained": False},
    "placement": {"carers": "Carol and Dev Mistry", "address": "3 Oak Lane, Hull, HU1 2AB",
                  "school": "Oak Primary", "confidential": True},
    "next_review": {"date": "2027-05-20"},
    "distribution": [{"role": "child", "name": "Rosa"}, {"role": "parent", "name": "Kate Hale"},
                     {"role": "carer", "name": "Carol and Dev Mistry"}],
}


@pytest.mark.parametrize("who", ["child", "parent", "carer"])
@pytest.mark.parametrize("band", ["young", "middle", "teen"])
def test_pn5_with_no_views_written_does_not_say_she_told_her_advocate(who, band):
    """"You did not come to the meeting, but you told your advocate what to say for you." and then no
    views at all: the record shows no words of Rosa's and no advocate who came or sent anything.
    The copy says what is true; validate still warns at child_views."""
    data = copy.deepcopy(ROSA)
    data["child"]["reading_level"] = band
    text = copy_text(data, who)
    assert "advocate what to say" not in text
    assert "You did not come to the meeting." in text.splitlines()
    found = [(d.severity, d.path) for d in api.validate(api.load_data(copy.deepcopy(ROSA), "record.yaml"))]
    assert ("warning", "child_views") in found


def test_pn5_with_her_words_and_her_advocate_still_says_so():
    """What the record does show is still said: her words, carried by the advocate who came."""
    data = copy.deepcopy(ROSA)
    data["child_views"] = ["I want to stay with Ruby."]
    data["review"]["attendees"].append({"name": "Sam Roy", "role": "advocate"})
    text = copy_text(data)
    assert "You did not come to the meeting, but you told your advocate what to say for you." in text
    assert "I want to stay with Ruby." in text


# --- Findings 5 and 6: who can help the child complain, from the facts --------------------------------

#: Jordan, 17, in a young offender institution: no carer there.
JORDAN = {
    "child": {"id": "YO-16001", "name": "Jordan Price", "known_as": "Jordan", "date_of_birth": "2009-05-01",
              "pronouns": "he/him", "language": "en", "entered_care": "2023-01-15"},
    "review": {"date": "2026-11-25", "sequence": 8, "venue": "the visits hall", "participation": "PN1",
               "chair": {"name": "Sarah Bell", "phone": "01724 296000", "email": "sarah.bell@example.gov.uk"},
               "attendees": [{"name": "Jordan", "role": "you"}, {"name": "Ben Ode", "role": "social worker"},
                             {"name": "Alan Cole", "role": "youth offending team worker"},
                             {"name": "Dee Price", "role": "mum", "attended": False, "contributed": "sent a letter"}]},
    "child_views": ["I just want to get out and go to college."],
    "working_well": ["You have finished your Level 1 English while in Wetherby."],
    "worries": ["We do not yet have a home ready for you for when you are released."],
    "goals": ["You have a place to live on the day you are released."],
    "actions": [{"who": "Ben Ode (your social worker)", "what": "Find a supported lodgings place for you.",
                 "by": "2027-01-29"}],
    "care_plan": {"plan": "You will move to supported lodgings when you are released.", "still_right": True},
    "rights": {"advocate": "has_one", "independent_visitor": "declined", "complaints_explained": True},
    "placement": {"carers": "HMYOI Wetherby", "address": "York Road, Wetherby, LS22 5ED",
                  "school": "the education unit at Wetherby", "confidential": False},
    "next_review": {"date": "2027-03-31"},
    "distribution": [{"role": "child", "name": "Jordan"}, {"role": "parent", "name": "Dee Price"},
                     {"role": "other", "name": "Alan Cole"}],
}

#: Chloe, 13: what she told her teacher about her foster carer Pam is being looked into (LADO).
CHLOE = {
    "child": {"id": "IN-16001", "name": "Chloe Barnes", "known_as": "Chloe", "date_of_birth": "2013-07-07",
              "pronouns": "she/her", "language": "en", "entered_care": "2022-04-04"},
    "review": {"date": "2026-11-18", "sequence": 9, "venue": "your school", "participation": "PN1",
               "chair": {"name": "Helen Price", "phone": "01724 296000", "email": "helen.price@example.gov.uk"},
               "attendees": [{"name": "Chloe", "role": "you"}, {"name": "Jo Smith", "role": "social worker"},
                             {"name": "Pam Reed", "role": "foster carer", "attended": False}]},
    "child_views": [{"text": "I don't want Pam to know I told you.", "withhold_from": ["carer"]}, "I like my school."],
    "working_well": ["You are doing well at school."],
    "worries": [{"text": "You told your teacher Pam shouted at you and grabbed your arm. This is being looked "
                         "into by the LADO.", "withhold_from": ["carer", "parent"]},
                "You find it hard to sleep."],
    "goals": ["You feel safe where you live."],
    "actions": [{"who": "Jo Smith (your social worker)", "what": "Visit you at school every week.",
                 "by": "2026-12-18", "withhold_from": ["carer"]},
                {"who": "Pam Reed (your foster carer)", "what": "Help you with a bedtime routine.", "by": "2026-12-18"}],
    "care_plan": {"plan": "You will stay with Pam for now while things are checked.", "still_right": False},
    "rights": {"advocate": "has_one", "independent_visitor": "has_one", "complaints_explained": True},
    "placement": {"carers": "Pam Reed", "address": "5 Ash Close, Scunthorpe, DN16 1AA", "school": "Ash High School",
                  "confidential": True},
    "next_review": {"date": "2027-05-14"},
    "distribution": [{"role": "child", "name": "Chloe"}, {"role": "carer", "name": "Pam Reed"},
                     {"role": "parent", "name": "Lee Barnes"}, {"role": "other", "name": "Mo Khan (LADO)",
                                                                "withhold_from": ["carer"]}],
}


@pytest.mark.parametrize("who", ["child", "parent", "other"])
def test_a_child_in_custody_is_sent_to_the_staff_there_not_a_carer(who):
    text = copy_text(JORDAN, who)
    assert "You live at HMYOI Wetherby." in text
    assert "Staff where you live, or your social worker, can help you." in text
    assert "Your carer" not in text


@pytest.mark.parametrize("who", ["child", "carer", "parent", "other"])
def test_a_child_is_not_sent_to_the_carer_her_withheld_worry_is_about(who):
    """Chloe's worry about Pam is kept from Pam: no copy tells Chloe that Pam can help her complain,
    and Pam's copy says nothing of why she is not named."""
    text = copy_text(CHLOE, who)
    assert "Your social worker, your advocate or I can help you do it." in text
    assert "Your carer" not in text and "carer or social worker" not in text
    if who == "carer":
        assert "LADO" not in text and "looked into" not in text and "Mo Khan" not in text


def test_without_an_advocate_the_social_worker_and_the_iro_help():
    data = copy.deepcopy(CHLOE)
    data["rights"]["advocate"] = "offered"
    assert "Your social worker or I can help you do it." in copy_text(data)


def test_kept_from_the_carers_only_by_a_lado_they_must_not_see():
    """Nothing withheld names Pam, but the LADO is kept off her copy: the same."""
    data = copy.deepcopy(CHLOE)
    data["child_views"] = ["I like my school."]
    data["worries"] = ["You find it hard to sleep."]
    assert "Your social worker, your advocate or I can help you do it." in copy_text(data, "carer")


def test_what_is_kept_from_carers_but_is_not_about_them_leaves_them_helping():
    data = copy.deepcopy(CHLOE)
    data["child_views"] = ["I like my school."]
    data["worries"] = [{"text": "Your dad is in hospital.", "withhold_from": ["carer"]}]
    data["distribution"] = data["distribution"][:3]
    data["care_plan"]["still_right"] = True
    assert "Your carer or social worker can help you do it." in copy_text(data)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_carer_left_out_in_every_language(language):
    from recordgen.i18n import grammatical_gender

    _ = gettext_functions(language, grammatical_gender("she/her"))[0]  # Chloe's words (Tigrinya: a girl's 'your')
    text = copy_text(CHLOE, "carer", language)
    assert _("Your social worker, your advocate or I can help you do it.") in text
    assert _("Your carer or social worker can help you do it.") not in text


# --- Finding 8: a parent's copy with every worry withheld does not read as "no worries" ---------------


def _section(text: str, heading: str, after: str) -> list[str]:
    lines = text.splitlines()
    return [line for line in lines[lines.index(heading) + 1:lines.index(after)] if line.strip()]


def test_a_parents_copy_with_every_worry_withheld_keeps_the_heading_with_a_neutral_line():
    """Dad's copy went from the good things straight to the dreams: he read that there are no worries.
    The heading stays with "Nothing is written here in this copy.", the same line a record with no
    worries at all gives, so it tells him nothing he cannot see (it never says something was kept)."""
    # Maisie at 9 reads it herself; a copy read aloud to a little child (at 7) leaves the heading out
    # instead (blind review 29: tests/test_claims36_read_aloud_headings.py).
    middle = copy.deepcopy(WITH_MUM)
    middle["child"]["date_of_birth"] = "2017-01-20"
    worries, after = "What we are worried about", "What it will look like when things are better"
    dad = copy_text(middle, "parent")
    assert _section(dad, worries, after) == ["Nothing is written here in this copy."]
    none_written = copy.deepcopy(middle)
    none_written["worries"] = []
    assert _section(copy_text(none_written, "parent"), worries, after) == \
        ["Nothing is written here in this copy."]
    assert "House of Worries" not in copy_text(WITH_MUM, "parent").splitlines()
    # A copy that shows a worry, and the child's own copy, are as before.
    one_shown = copy.deepcopy(middle)
    one_shown["worries"].append("You miss your friends from your old school.")
    assert "Nothing is written here" not in copy_text(one_shown, "parent")
    assert "Nothing is written here" not in copy_text(WITH_MUM, "child")
    assert "Nothing is written here" not in copy_text(none_written, "child")


# --- Finding 10: a review adjourned and finished later says both days -------------------------------

from recordfiles import SAM, example_data  # noqa: E402


def _sam(**review) -> dict:
    data = example_data(SAM)
    data["review"].update(review)
    return data


@pytest.mark.parametrize("band", ["early", "young", "middle", "teen", "young_adult"])
def test_an_adjourned_review_says_when_it_started_and_finished(band):
    """Started on 17 February, adjourned, finished on 3 March: the copy says so (it gave only the last
    day, and the IRO had to put the first in free text), and the next review counts from the day it
    finished, as without the field."""
    data = _sam(adjourned_from="2026-02-17")
    data["child"]["reading_level"] = band
    text = copy_text(data)
    assert ("It started on Tuesday, 17 February 2026 and finished on Tuesday, 3 March 2026."
            if band in ("early", "young") else  # the meeting named first (blind review 29)
            "Your review started on Tuesday, 17 February 2026. It finished on Tuesday, 3 March 2026.") in text
    plain = _sam()
    plain["child"]["reading_level"] = band
    before = copy_text(plain)
    assert "started on" not in before
    due = [line for line in before.splitlines() if "next review" in line.casefold()]
    assert due and all(line in text.splitlines() for line in due)


def test_an_adjourned_review_in_polish_and_its_dates():
    _ = gettext_functions("pl")[0]
    text = copy_text(_sam(adjourned_from="2026-02-17"), "parent", "pl")
    assert "Twój przegląd zaczął się we wtorek, 17 lutego 2026." in text
    from recordgen.rules.timescales import date_notes, review_dates
    record = api.load_data(_sam(adjourned_from="2026-02-17"), "record.yaml").record
    dates = review_dates(record)
    assert dates.review_date.isoformat() == "2026-03-03" and dates.next_review_latest.isoformat() == "2026-09-03"
    assert "started on 2026-02-17" in date_notes(record, dates)["review_date"]


@pytest.mark.parametrize("start", ["2026-03-03", "2026-03-10"])
def test_an_adjourned_review_cannot_start_on_or_after_the_day_it_finished(start):
    found = [(d.severity, d.path) for d in api.validate(api.load_data(_sam(adjourned_from=start), "record.yaml"))]
    assert ("error", "review.adjourned_from") in found
