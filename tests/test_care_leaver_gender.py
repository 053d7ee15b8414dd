"""The sentences for a reader of 18 or over (a care leaver) agree with the child's pronouns in
the gendered languages, and need no gender for they/them (blind review 17, finding 6: an Urdu
girl was told "نکل چکے ہیں", "مانگ سکتے ہیں", "رابطہ کر سکتے ہیں")."""

from __future__ import annotations

import re

import pytest

from recordgen.i18n import gettext_functions

from test_translated_copies import render

#: Sam turns 18 on 1 March 2026, after her review; the copy is made later.
TURNED_18 = "2008-03-01"
TODAY = "2026-04-01"
PRONOUNS = {"female": "she/her", "male": "he/him", None: "they/them"}
#: The care leaver's sentences with a variant per gender, by language.
LEAVER_MESSAGES = (
    "I checked that your plan was right for you.", "I listened to you.",
    "My role was to check that your plan met your needs, that people did what they promised, "
    "and that what you wanted was heard.",
    "I thought your plan was still right for you.",
    "You can still ask for one, for example to help you complain.",
    "If you disagree with your pathway plan, tell your personal adviser.",
    "If you disagree with your pathway plan, tell the council.", "A personal adviser can help you do it.",
    "You help to write it.",
    "A personal adviser helps you now you are no longer in care.",
    "You have a right to a personal adviser.",
    "Your personal adviser can help you do it.", "Your next review would have been after that.",
    "At 18, you were no longer in care.",
)


def leaver_copy(tmp_path, language: str, gender: str | None, band: str, adviser: bool = False) -> str:
    """``adviser``: the record names her personal adviser (else one is said to help nowhere)."""
    def edit(data):
        data["child"]["date_of_birth"] = TURNED_18
        data["review"]["attendees"] = [a for a in data["review"]["attendees"]
                                       if "adviser" not in (a.get("role") or "")]
        if adviser:
            data["review"]["attendees"].append({"name": "Dev Rao", "role": "personal adviser"})
    folder = tmp_path / f"{language}-{gender}-{band}{'-adviser' if adviser else ''}"
    folder.mkdir()
    text, _ = render(folder, language, child=PRONOUNS[gender], band=band, edit=edit)
    return text


def said(sentence: str, text: str) -> bool:
    """``sentence`` is in ``text`` as a sentence of its own (not the end of a longer one)."""
    return re.search(r"(?:^|[.۔።!?]\s+)" + re.escape(sentence), text, re.MULTILINE) is not None


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", TODAY)


@pytest.mark.parametrize("band", ["middle", "young_adult"])
def test_an_urdu_care_leavers_copy_is_feminine_for_a_girl_and_needs_no_gender_for_they(tmp_path, band):
    girl = leaver_copy(tmp_path, "ur", "female", band, adviser=True)
    assert "حمایتی مانگ سکتی ہیں" in girl
    assert "مجھ سے رابطہ کر سکتی ہیں" in girl
    assert "سکتے ہیں" not in girl.replace("مدد کر سکتے ہیں", "")
    they = leaver_copy(tmp_path, "ur", None, band, adviser=True)
    for gendered in ("نکل چکی", "نکل چکے", "مانگ سکتی", "مانگ سکتے", "رابطہ کر سکتی", "رابطہ کر سکتے"):
        assert gendered not in they, gendered
    assert "مجھ سے رابطہ کرنا آپ کے اختیار میں ہے" in they
    boy = leaver_copy(tmp_path, "ur", "male", band, adviser=True)
    assert "حمایتی مانگ سکتے ہیں" in boy and "مجھ سے رابطہ کر سکتے ہیں" in boy


@pytest.mark.parametrize("language", ["ur", "ar", "ps", "ti"])
def test_a_care_leavers_sentences_follow_the_pronouns_in_each_gendered_language(tmp_path, language):
    checked = set()
    for band in ("middle", "young_adult"):
        copies = {gender: leaver_copy(tmp_path, language, gender, band) for gender in PRONOUNS}
        for message in LEAVER_MESSAGES:
            forms = {gender: gettext_functions(language, gender)[0](message) for gender in PRONOUNS}
            if forms["female"] == forms[None] or not said(forms[None], copies[None]):
                continue  # no variant in this language, or not said in this band
            checked.add(message)
            assert said(forms["female"], copies["female"]) and said(forms["male"], copies["male"]), message
            assert not said(forms["female"], copies[None]) and not said(forms["male"], copies[None]), message
    assert checked  # the language has care leavers' variants and the copies say them


def test_a_tigrinya_girl_who_turned_18_is_told_so_in_the_feminine(tmp_path):
    girl = leaver_copy(tmp_path, "ti", "female", "young_adult")
    assert "18 ዓመት መሊእኪ።" in girl and "መሊእካ" not in girl and "ግዜኻ" not in girl
    assert "18 ዓመት መሊእኩም።" in leaver_copy(tmp_path, "ti", None, "young_adult")
