"""Session 34, item 4 (blind review 27, finding 14): Sorani (ckb) joined a couple with a comma, "Gail,
Martin", which reads as one person, surname first; every other language uses its "and". CLDR has no
Sorani list patterns (Babel falls back to the root's "A, B"): the catalog's own "و". Copies read back."""

from __future__ import annotations

import pytest

from recordgen.i18n import join_list
from test_claims import render, sam


def _couple(data):
    data["placement"]["carers"] = "Gail and Martin Oddbody"
    data["actions"] = [{"who": "Gail and Martin Oddbody", "what": "Take you to the dentist.", "by": "2026-04-20"}]
    for person in data["review"]["attendees"]:
        if person["name"] == "Mark and Lisa Owen":
            person["name"] = "Gail and Martin Oddbody"
    for recipient in data["distribution"]:
        if recipient["role"] == "carer":
            recipient["name"] = "Gail and Martin Oddbody"


@pytest.mark.parametrize("who", ["carer", "child"])
def test_a_sorani_copy_joins_a_couple_with_and(who, monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-03-20")
    text = render(sam(_couple), who=who, language="ckb")[0]
    assert "Gail و Martin" in text
    assert "Gail, Martin" not in text and "Gail، Martin" not in text


def test_a_list_of_three_and_other_languages():
    assert join_list(["Carol", "Steve", "Jo"], "ckb") == "Carol\u060c Steve و Jo"
    assert join_list(["Gail"], "ckb") == "Gail"
    # Languages CLDR knows keep their own patterns.
    assert join_list(["Gail", "Martin"], "fa_AF") == "Gail و Martin"
    assert join_list(["Gail", "Martin"], "pl") == "Gail i Martin"
    assert join_list(["Gail", "Martin"], "ar") == "Gail وMartin"
