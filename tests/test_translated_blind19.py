"""Translated copies, faults found in blind review 19: sentences left in one gender (Urdu "was due"
closing, Arabic/Pashto "not satisfied" at 18+), Tigrinya girls' and boys' copies falling back to the
polite plural, registers mixed within one paper, roles left in English, slips in fixed text."""

from __future__ import annotations

from pathlib import Path

import pytest

from recordgen import api
from recordgen.i18n import gettext_functions

from recordfiles import docx_text, write_record
from test_care_leaver_gender import said
from test_translated_copies import render

CORPUS = Path(__file__).resolve().parent / "blind_corpus"
PRONOUNS = {"female": "she/her", "male": "he/him", None: "they/them"}


def childs_copy(tmp_path: Path, record: str, language: str, pronouns: str | None, edit=None) -> str:
    """The child's own copy of a blind corpus record, the child reading ``language``."""
    def change(data):
        data["child"]["language"] = language
        data["child"].pop("pronouns", None)
        if pronouns:
            data["child"]["pronouns"] = pronouns
        for recipient in data["distribution"]:
            if recipient["role"] == "child":
                recipient["language"] = language
        if edit:
            edit(data)

    folder = tmp_path / f"{record}-{language}-{(pronouns or 'none').replace('/', '')}"
    folder.mkdir()
    loaded = api.load_record(write_record(folder, change, base=CORPUS / f"{record}.yaml"))
    copy = api.Renderer(allow_untranslated=True).render_copy(loaded, api.recipient_for(loaded.record, "child"))
    return docx_text(copy.data)


def forms(language: str, message: str) -> dict:
    return {gender: gettext_functions(language, gender)[0](message) for gender in PRONOUNS}


# -------------------------------------------------------------------- F4: the "was due" closing

@pytest.mark.parametrize("language", ["ur", "ti"])
def test_the_next_review_was_due_closing_follows_the_childs_pronouns(tmp_path, monkeypatch, language):
    """Sam's next review was due by 25 August 2026; the copy is made after it."""
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-12-07")
    said_forms = forms(language, "You can ask me about it.")
    assert len(set(said_forms.values())) == 3, said_forms
    for gender, pronouns in PRONOUNS.items():
        folder = tmp_path / str(gender)
        folder.mkdir()
        text, _ = render(folder, language, child=pronouns)
        assert said(said_forms[gender], text), (gender, said_forms[gender])


def test_an_urdu_child_of_unknown_gender_is_not_asked_in_the_masculine(tmp_path, monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-12-07")
    text, _ = render(tmp_path, "ur", child="they/them")
    assert "پوچھ سکتے" not in text and "پوچھ سکتی" not in text


# -------------------------------------------------------------------- F20: not satisfied, at 18+

UNHAPPY = "If you are unhappy about the help you got while you were in care, you can complain."


@pytest.mark.parametrize("language,masculine", [("ar", "إذا لم تكن راضيًا"), ("ps", "خوښ نه یې")])
def test_a_young_childs_copy_read_at_18_says_not_satisfied_in_the_childs_gender(tmp_path, monkeypatch,
                                                                                language, masculine):
    """Sam (9 at her review, no care leaver in the record) remade when she is 19."""
    monkeypatch.setenv("RECORDGEN_TODAY", "2036-06-01")
    unhappy = forms(language, UNHAPPY)
    for gender, pronouns in PRONOUNS.items():
        folder = tmp_path / str(gender)
        folder.mkdir()
        text, _ = render(folder, language, child=pronouns)
        assert said(unhappy[gender], text), (gender, unhappy[gender])
        assert (masculine in text) == (gender == "male"), gender


# -------------------------------------------------------------------- F21: Tigrinya singular throughout

#: Lines of a Tigrinya child's copy that speak to someone else, in the polite plural as they should:
#: the grown-up who reads an early band letter, the note on what another copy leaves out.
TI_TO_OTHERS = ("ዓቢ ሰብ እዩ", "(እዚ ኣብ ቅዳሕ")
TI_PLURAL = ("ኩም", "ኹም", "ትኽእሉ ኢኹም", "ኣመልክቱ", "ተራኸቡ")


@pytest.mark.parametrize("record,today", [
    ("01-pn0-baby-nan", "2043-03-01"), ("03-pn1-fifth-birthday-iro-action", "2026-12-07"),
    ("05-pn3-nonverbal-9-reads-early", "2026-12-07"), ("06-pn4-silent-13", "2045-01-01"),
    ("08-pn6-app-11", "2026-12-07"), ("28-27-march-seq3-kept-from-carer", "2026-12-07"),
])
@pytest.mark.parametrize("pronouns", ["she/her", "he/him"])
def test_a_tigrinya_girls_or_boys_copy_says_you_in_the_singular_throughout(tmp_path, monkeypatch, record,
                                                                            today, pronouns):
    monkeypatch.setenv("RECORDGEN_TODAY", today)
    text = childs_copy(tmp_path, record, "ti", pronouns)
    plural = [line for line in text.splitlines()
              if any(p in line for p in TI_PLURAL) and not any(o in line for o in TI_TO_OTHERS)]
    assert not plural, plural


# -------------------------------------------------------------------- F3: the Pashto child's notice

def test_the_pashto_childs_notice_says_you_as_the_letter_does(tmp_path):
    """Ro's letter says "ته" (informal); the notice said "که پوښتنې لرئ ... ونیسئ" (polite plural)."""
    text = childs_copy(tmp_path, "10-they-them-child-and-iro", "ps", None)
    notice = next(line for line in text.splitlines() if "پوښتنې" in line)
    assert "پوښتنې لرې" in notice and "ونیسه" in notice, notice
    assert "لرئ" not in notice and "ونیسئ" not in notice, notice
