"""Sentences a blind reviewer (session 16) found untrue or misleading for the child they are
written to: each test renders real copies, reads the .docx back and looks for what must and
must not be said (issue 17)."""

from __future__ import annotations

import copy

import pytest

from recordgen import api
from recordgen.i18n import gettext_functions

from recordfiles import docx_text

LANGUAGES = ("en", "ar", "bn", "ckb", "cy", "fa_AF", "pl", "ps", "pt", "ro", "ti", "uk", "ur")

#: Maisie, placed at home with her mum under a placement with parents plan, the address kept from dad.
WITH_MUM = {
    "child": {"id": "PP-16001", "name": "Maisie Ward", "known_as": "Maisie", "date_of_birth": "2019-01-20",
              "pronouns": "she/her", "language": "en", "entered_care": "2025-12-01"},
    "review": {"date": "2026-11-26", "sequence": 3, "venue": "the family centre", "participation": "PN1",
               "chair": {"name": "Helen Price", "phone": "01724 296000", "email": "helen.price@example.gov.uk"},
               "attendees": [{"name": "Maisie", "role": "you"}, {"name": "Jo Smith", "role": "social worker"},
                             {"name": "Nicola Ward", "role": "mum"}]},
    "child_views": ["I like living with mummy again."],
    "working_well": ["You moved home to your mum in June and you are happy there."],
    "worries": [{"text": "Your dad does not know where you and your mum live now.", "withhold_from": ["parent"]}],
    "goals": ["You stay living safely with your mum."],
    "actions": [{"who": "Jo Smith (your social worker)", "what": "Visit you and your mum every two weeks.",
                 "by": "2026-12-31"}],
    "care_plan": {"plan": "You will keep living with your mum.", "still_right": True},
    "rights": {"advocate": "not_yet", "independent_visitor": "not_yet", "complaints_explained": True},
    "placement": {"carers": "Nicola Ward (your mum)", "address": "12 Birch Street, Goole, DN14 5AA",
                  "school": "Birch Infants", "confidential": True},
    "next_review": {"date": "2027-05-20"},
    "distribution": [{"role": "child", "name": "Maisie"}, {"role": "carer", "name": "Nicola Ward (your mum)"},
                     {"role": "parent", "name": "Craig Ward"}],
}


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
    said = [line for line in mums.splitlines() if "Nicola" in line and "Ward" not in line]
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
