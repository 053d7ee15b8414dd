"""Session 33, item 2 (blind review 26, finding 23): an item kept from both parents and carers read
"(This is not in your parents' copies.) (This is not in your carers' copy.)" in the child's copy, two
notes in a row: one note now says both. Real copies, read back."""

from __future__ import annotations

import pytest

from test_claims30_years_on import _en
from test_claims_blind16 import copy_text

from recordfiles import SAM

WORRY = "You told me you do not want anyone at home to know about your new friend."
BOTH = "(This is not in your parents' or your carers' copies.)"


def _sam(withheld: list[str]) -> dict:
    data = _en(SAM)
    data["distribution"].insert(2, {"role": "parent", "name": "Tariq Khan", "language": "en", "format": "docx"})
    data["worries"].append({"text": WORRY, "withhold_from": withheld})
    return data


def test_an_item_kept_from_parents_and_carers_has_one_note():
    text = copy_text(_sam(["parent", "carer"]))
    assert f"{WORRY} {BOTH}" in text.splitlines()
    assert "(This is not in your parents' copies.) (This is not in your carers' copy.)" not in text


@pytest.mark.parametrize("withheld, note", [(["parent"], "(This is not in your parents' copies.)"),
                                            (["carer"], "(This is not in your carers' copy.)")])
def test_an_item_kept_from_one_of_them_keeps_its_own_note(withheld, note):
    assert f"{WORRY} {note}" in copy_text(_sam(withheld)).splitlines()


@pytest.mark.parametrize("language", ["ar", "bn", "ckb", "cy", "fa_AF", "pl", "ps", "pt", "ro", "ti", "uk", "ur"])
def test_one_note_in_every_language(language):
    from recordgen.i18n import gettext_functions

    _ = gettext_functions(language, "female")[0]  # Sam: she/her
    text = copy_text(_sam(["parent", "carer"]), "child", language)
    assert _(BOTH) != BOTH and _(BOTH) in text
    assert _("(This is not in your parents' copies.)") not in text
