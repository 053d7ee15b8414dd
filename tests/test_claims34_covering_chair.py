"""Session 34, item 1 (blind review 27, finding 9): a chair covering for the child's own IRO told a
child of 9 "My job is to check that your plan is right for you. I check that the adults do what they
say they will, and I listen to you.", then "You can talk to Grace Obi, your Independent Reviewing
Officer". Every band now says the chair chaired this review and the child's own IRO checks the plan;
"I listened" only where the child took part in a way the chair heard. Real copies, read back."""

from __future__ import annotations

import pytest

from test_claims import _covering, render, sam

LANGUAGES = ["en", "ar", "bn", "ckb", "cy", "fa_AF", "pl", "ps", "pt", "ro", "ti", "uk", "ur"]
OLDER = ["middle", "teen", "young_adult"]
#: What an own IRO says of their job, which a covering chair must not say of theirs.
OWN_JOB = ["My job is to check that your plan is right for you.",
           "I check that the adults do what they say they will, and I listen to you.",
           "My job is to check that your plan meets your needs, that people do what they promised, "
           "and that your views are heard.",
           "My role is to check that your plan meets your needs, that people do what they promised, "
           "and that what you want is heard.",
           "If your plan is not working, I can challenge the council.",
           "I check that your plan is right for you.", "I listen to you."]


def _covered(band: str, code: str = "PN1", usual: bool = True):
    def change(data):
        _covering(data)  # Helen Price chairs as "covering IRO"; Grace Obi is "your IRO"
        data["review"]["chair"]["pronouns"] = "she/her"
        data["child"]["reading_level"] = band
        if not usual:
            data["review"]["attendees"] = [p for p in data["review"]["attendees"] if p["name"] != "Grace Obi"]
            data["actions"] = [a for a in data["actions"] if "Grace" not in a["who"]]
        if code != "PN1":
            data["review"]["participation"] = code
            for person in data["review"]["attendees"]:
                if person["role"] == "you":
                    person["attended"] = False
                    if code == "PN7":
                        person.pop("contributed", None)
            if code == "PN7":
                data.pop("child_views", None)
    return change


@pytest.mark.parametrize("band", OLDER)
def test_a_covering_chair_says_whose_job_checking_the_plan_is(band, monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-04-01")
    text = render(sam(_covered(band)))[0]
    for said in OWN_JOB:
        assert said not in text, said
    assert "Grace Obi usually checks your plan. This time, I checked it instead." in text
    assert "I listened to you." in text  # Sam came and spoke (PN1): Helen heard her
    if band == "young_adult":
        assert "written by me, Helen Price, the Independent Reviewing Officer who chaired it." in text
    else:
        assert "I am Helen, the Independent Reviewing Officer who chaired your review." in text
    # Still the child's own IRO to talk to, and the chair for questions about this record.
    assert "You can talk to Grace Obi, your Independent Reviewing Officer, whenever you want." in text


@pytest.mark.parametrize("code, heard", [("PN5", "I listened to your views."), ("PN6", "I listened to your views."),
                                         ("PN7", None)])
@pytest.mark.parametrize("band", OLDER)
def test_i_listened_only_where_the_chair_heard_the_child(band, code, heard, monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-04-01")
    text = render(sam(_covered(band, code)))[0]
    assert "I listen to you" not in text and "I listened to you." not in text
    if heard:
        assert heard in text
    else:
        assert "I listened" not in text


def test_a_covering_chair_without_the_childs_own_iro_named(monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-04-01")
    text = render(sam(_covered("middle", usual=False)))[0]
    assert "Someone else usually checks your plan. This time, I checked it instead." in text
    assert "My job is to check" not in text


@pytest.mark.parametrize("band", OLDER)
@pytest.mark.parametrize("language", LANGUAGES)
def test_in_every_language(language, band, monkeypatch):
    from recordgen.i18n import gettext_functions

    monkeypatch.setenv("RECORDGEN_TODAY", "2026-04-01")
    text = render(sam(_covered(band)), language=language)[0]
    _ = gettext_functions(language, "female", "female")[0]
    for said in ("%(name)s usually checks your plan.", "This time, I checked it instead.", "I listened to you."):
        shown = _(said, name="Grace Obi")
        assert shown in text, said
        assert language == "en" or shown != said % {"name": "Grace Obi"}, said
    for said in OWN_JOB:
        assert _(said) not in text, said


def test_the_childs_own_iro_still_says_what_their_job_is(monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-04-01")
    text = render(sam(lambda d: d["child"].update(reading_level="middle")))[0]
    assert "My job is to check that your plan is right for you." in text
    assert "usually checks your plan" not in text
