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
