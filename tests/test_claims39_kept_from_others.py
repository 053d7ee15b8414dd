"""Blind review 32, finding 10: Nabi (16) is told "(This is not in your parents' copies.)" where a
parent is sent a copy, but the age dispute kept from his uncle Karim in Germany (`withhold_from:
[other]`) came with no note: he could raise it on the Sunday phone call. From the middle band up, the
child's own copy says which `other` reader does not see an item, as it does for parents and carers:
"(This is not in the copy for your uncle.)", by the family word the record gives ("uncle, in Germany"),
else by first name; several by first names. The early and young bands are left as they are (another
branch changes their notes). The reviewer's record is tests/data_claims39/nabi.yaml (fictional). Real
copies, read back."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from recordfiles import docx_text, rendered_copies, write_data
from test_claims import render

DATA = Path(__file__).parent / "data_claims39"
LANGUAGES = ["ar", "bn", "ckb", "cy", "fa_AF", "pl", "ps", "pt", "ro", "ti", "uk", "ur"]
AGE = "The Home Office has questioned your age"
ASK = "Ask your solicitor for an update on the age assessment challenge"
UNCLE = "(This is not in the copy for your uncle.)"


def _nabi(change=None) -> dict:
    data = YAML(typ="safe", pure=True).load((DATA / "nabi.yaml").read_text(encoding="utf-8"))
    data["distribution"][0].update(language="en", bilingual=False)  # his own copy in English, to read
    if change:
        change(data)
    return data


def _line(text: str, start: str) -> str:
    (line,) = [line for line in text.splitlines() if start in line]
    return " ".join(line.split())


def test_nabis_copy_tells_him_the_age_dispute_is_not_in_his_uncles_copy(tmp_path):
    path = write_data(tmp_path, _nabi(), name="review-nabi-16.yaml")
    copies = rendered_copies(tmp_path, path, "--allow-untranslated")
    (own,) = [text for name, text in copies.items() if "_child-" in name]
    assert _line(own, AGE).endswith("your support could change. " + UNCLE)
    assert UNCLE in _line(own, ASK)
    assert own.count(UNCLE) == 2  # only the two items kept from him
    (uncle,) = [text for name, text in copies.items() if "_other-karim" in name]
    assert AGE not in uncle and "(This is not" not in uncle  # never in another copy
    (carer,) = [text for name, text in copies.items() if "_carer-" in name]
    assert "(This is not" not in carer


def test_the_reviewers_own_record_in_dari(tmp_path):
    """As the reviewer sent it: Nabi's copy in Dari, the items awaiting translation."""
    from recordgen.i18n import gettext_functions

    source = DATA / "nabi.yaml"
    copies = rendered_copies(tmp_path, source, "--allow-untranslated")
    (own,) = [text for name, text in copies.items() if "_child-" in name]
    _ = gettext_functions("fa_AF", "male")[0]
    note = _("(This is not in the copy for your %(role)s.)", role=_("uncle"))
    assert note != UNCLE and own.count(note) == 2


def test_kept_from_carer_and_other_both_are_said(tmp_path):
    def change(data):
        data["worries"][0]["withhold_from"] = ["carer", "other"]
    text = render(_nabi(change))[0]
    assert _line(text, AGE).endswith("(This is not in the copy for the staff where you live.) " + UNCLE)


def test_an_other_reader_with_no_family_word_is_named_by_first_name():
    def change(data):
        data["review"]["attendees"] = [a for a in data["review"]["attendees"] if a["name"] != "Karim Rahimi"]
    text = render(_nabi(change))[0]
    assert _line(text, AGE).endswith("(This is not in Karim's copy.)")


def test_several_other_readers_are_named_together():
    def change(data):
        data["distribution"].append({"role": "other", "name": "Layla Haidari (family friend)"})
    text = render(_nabi(change))[0]
    assert _line(text, AGE).endswith("(This is not in the copies for Karim and Layla.)")


def test_a_parent_sent_a_copy_as_other_is_named_once():
    """Mum sent a copy as other ("Zainab Rahimi (mum)") is sent a parent's copy: an item kept from parent
    and other both is told as not in her copy once, by the parents' note (kept from other alone, validate
    refuses the record: her copy would show it)."""
    def change(data, kept):
        data["distribution"] = [r for r in data["distribution"] if r["role"] != "other"]
        data["distribution"].append({"role": "other", "name": "Zainab Rahimi (mum)"})
        data["worries"][0]["withhold_from"] = kept
    text = render(_nabi(lambda d: change(d, ["parent", "other"])))[0]
    assert _line(text, AGE).endswith("your support could change. (This is not in your mum's copy.)")


@pytest.mark.parametrize("age, noted", [(6, False), (9, True), (13, True), (16, True)])
def test_from_the_middle_band_up(age, noted):
    def change(data):
        born = str(data["child"]["date_of_birth"])
        data["child"]["date_of_birth"] = f"{2026 - age - 1}{born[4:]}"
        data["child"].pop("reading_level", None)
    text = render(_nabi(change))[0]
    assert (UNCLE in text) == noted


@pytest.mark.parametrize("language", LANGUAGES)
def test_in_every_language(language):
    from recordgen.i18n import gettext_functions

    def change(data):
        data["distribution"].append({"role": "other", "name": "Layla Haidari (family friend)"})
    _ = gettext_functions(language, "male")[0]
    text = " ".join(render(_nabi(change), language=language)[0].split())
    several = _("(This is not in the copies for %(names)s.)", names="Karim")
    assert several != "(This is not in the copies for Karim.)"
    assert several.split("Karim")[0].strip() in text
    one = render(_nabi(), language=language)[0]
    assert " ".join(_("(This is not in the copy for your %(role)s.)", role=_("uncle")).split()) in " ".join(one.split())
