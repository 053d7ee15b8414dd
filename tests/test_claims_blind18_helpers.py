"""Sentences a blind reviewer (session 18) found misleading for the child they are written to: each
test renders real copies, reads the .docx back and looks for what must and must not be said (issue 17)."""

from __future__ import annotations

import copy

import pytest

from recordfiles import WITH_MUM
from test_claims_blind16 import copy_text

#: Soph, 13, lives with Norma; the worry about Norma is kept from her (blind review 18, variant v10).
SOPH = {
    "child": {"id": "LW-18001", "name": "Sophie Marr", "known_as": "Soph", "date_of_birth": "2012-09-09",
              "pronouns": "she/her", "language": "en", "entered_care": "2025-11-03"},
    "review": {"date": "2026-03-27", "sequence": 3, "venue": "your home", "participation": "PN1",
               "chair": {"name": "Farida Osei", "phone": "01632 960003", "email": "farida.osei@example.gov.uk"},
               "attendees": [{"name": "Soph", "role": "you"}, {"name": "Kate Lumb", "role": "social worker"},
                             {"name": "Norma Pitt", "role": "foster carer"}]},
    "child_views": ["I want to choose my own clothes."],
    "working_well": ["You have made friends at the climbing wall."],
    "worries": [{"text": "You told me you sometimes feel your foster carer is too strict, and you want help to "
                         "talk to her about it.", "withhold_from": ["carer"]}],
    "goals": ["You and Norma agree house rules together."],
    "actions": [{"who": "Kate Lumb (your social worker)", "what": "Talk with you and Norma about house rules.",
                 "by": "2026-04-17"}],
    "care_plan": {"plan": "You will stay with Norma.", "still_right": True},
    "rights": {"advocate": "offered", "independent_visitor": "offered", "complaints_explained": True},
    "placement": {"carers": "Norma Pitt", "address": "19 Shrike Road, Fenwold, LW6 3SS", "confidential": False},
    "distribution": [{"role": "child", "name": "Soph"}, {"role": "carer", "name": "Norma Pitt"},
                     {"role": "social_worker", "name": "Kate Lumb"}],
}

NOT_THE_CARER = "Your social worker or I can help you do it."


# --- Finding 4: a carer the withheld item names by role or relation is not offered to complain to ------


@pytest.mark.parametrize("worry", [
    "You told me you sometimes feel your foster carer is too strict.",
    "Your carer shouts at you when you are late.",
    "You said your foster mum does not listen to you.",
    "You told me your new carer does not let you see your friends.",  # moved to them: the carer now
    "You told me you are scared of your new foster carers.",
])
def test_carer_named_by_role_in_a_withheld_worry_is_not_offered(worry):
    data = copy.deepcopy(SOPH)
    data["worries"] = [{"text": worry, "withhold_from": ["carer"]}]
    for who in ("child", "carer"):
        text = copy_text(data, who)
        assert "Your carer or social worker can help you do it." not in text
        assert NOT_THE_CARER in text


def test_mum_the_child_lives_with_named_in_a_withheld_worry_is_not_offered():
    """Placed with mum ("Nicola Ward (your mum)"), "Mum sometimes shouts" kept from her: the copy
    said "Your mum or your social worker can help you do it."."""
    data = copy.deepcopy(WITH_MUM)
    data["worries"].append({"text": "Mum sometimes shouts when she is tired.", "withhold_from": ["carer"]})
    text = copy_text(data)
    assert "Your mum or your social worker can help you do it." not in text
    assert NOT_THE_CARER in text


@pytest.mark.parametrize("worry", [
    "You sometimes miss your old carer, Jan.",
    "You told me your previous foster carers were too strict.",
    "You did not like the respite carer in the summer.",
    "Mum sometimes shouts at family time.",  # Soph's mum is not her carer
])
def test_another_carer_or_family_in_a_withheld_worry_leaves_the_carer_offered(worry):
    data = copy.deepcopy(SOPH)
    data["worries"] = [{"text": worry, "withhold_from": ["carer"]}]
    assert "Your carer or social worker can help you do it." in copy_text(data)


# --- Finding 6: the line before the actions table is singular for one action and one person ------------

ONE = {"early": "This grown-up has promised to do this:", "young": "This person will do this:",
       "middle": "This was agreed at your review:",
       "teen": "This is the decision from your review. It has a person responsible and a date."}
MANY = {"early": "These grown-ups have promised to do these things:", "young": "These people will do these things:",
        "middle": "These things were agreed at your review:",
        "teen": "These are the decisions from your review. Each one has a person responsible and a date."}
SECOND = {"who": "Norma Pitt (your foster carer)", "what": "Take you to the climbing wall on Saturdays.",
          "by": "2026-04-30"}


def _reading_at(data, band):
    """Soph (13) reading at ``band``; at the early level she is made 8: from 12 a lower reading level keeps
    the words for her age's letter, never "grown-ups" (claims38), so the early words are a younger child's."""
    data["child"]["reading_level"] = band
    data["child"]["date_of_birth"] = "2017-09-09" if band == "early" else SOPH["child"]["date_of_birth"]


@pytest.mark.parametrize("band", ONE)
def test_one_action_by_one_person_is_introduced_in_the_singular(band):
    data = copy.deepcopy(SOPH)
    _reading_at(data, band)
    text = copy_text(data)
    assert ONE[band] in text.splitlines() and MANY[band] not in text
    data["actions"].append(SECOND)
    assert MANY[band] in copy_text(data).splitlines()


@pytest.mark.parametrize("language", ["pl", "cy", "ar"])
@pytest.mark.parametrize("band", ["early", "young", "middle", "teen"])
def test_the_singular_line_is_translated(band, language):
    from recordgen.i18n import gettext_functions
    _ = gettext_functions(language)[0]
    data = copy.deepcopy(SOPH)
    _reading_at(data, band)
    text = copy_text(data, language=language)
    assert _(ONE[band]) != ONE[band] and _(ONE[band]) in text and _(MANY[band]) not in text


def test_plain_bands_count_the_people_and_the_things_apart():
    """Two things by one person: "This grown-up ... these things"; one thing by two: "These grown-ups ... this"."""
    data = copy.deepcopy(SOPH)
    data["actions"].append(dict(SECOND, who="Kate Lumb (your social worker)"))
    for band, line in (("early", "This grown-up has promised to do these things:"),
                       ("young", "This person will do these things:")):
        _reading_at(data, band)
        assert line in copy_text(data).splitlines()
    data["actions"] = [dict(SECOND, who="Norma and Jim Pitt (your foster carers)")]
    for band, line in (("early", "These grown-ups have promised to do this:"), ("young", "These people will do this:")):
        _reading_at(data, band)
        assert line in copy_text(data).splitlines()


# --- Finding 11: the child's own advocate is among who can help them complain ---------------------------


@pytest.mark.parametrize("who", ["child", "carer"])
def test_the_childs_advocate_can_help_her_complain(who):
    data = copy.deepcopy(SOPH)
    data["worries"] = ["You want help to talk to Norma about house rules."]
    assert "advocate can help" not in copy_text(data, who)  # offered: she has none
    data["rights"]["advocate"] = "has_one"
    assert "Your carer or social worker can help you do it. Your advocate can help too." in copy_text(data, who)
    data["rights"]["advocate"] = "offered"
    data["review"]["attendees"].append({"name": "Sam Roy", "role": "advocate", "attended": False})
    assert "Your advocate can help too." in copy_text(data, who)


def test_someone_elses_advocate_is_not_offered():
    data = copy.deepcopy(SOPH)
    data["worries"] = ["You want help to talk to Norma about house rules."]
    data["review"]["attendees"].append({"name": "Sam Roy", "role": "mum's advocate"})
    assert "advocate can help" not in copy_text(data)


def test_the_advocate_is_named_once_when_the_carer_is_left_out():
    data = copy.deepcopy(SOPH)
    data["rights"]["advocate"] = "has_one"
    text = copy_text(data)
    assert "Your social worker, your advocate or I can help you do it." in text
    assert "Your advocate can help too." not in text
