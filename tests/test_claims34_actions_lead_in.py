"""Session 34, item 3 (blind review 27, finding 8): above an action whose ``who`` is a couple ("Gail and
Martin Oddbody") every translated copy said ONE adult promised it ("Ta osoba dorosła obiecała zrobić
to:"), as the count was taken from the translated words ("Gail i Martin" has no English "and"). The
lead-in follows the people in ``who`` as the record writes it, in every language; in English too, where
a young child's "Helen, who checks your plan" was counted as two. Real copies, read back."""

from __future__ import annotations

import pytest

from test_claims import render, sam

LANGUAGES = ["en", "ar", "bn", "ckb", "cy", "fa_AF", "pl", "ps", "pt", "ro", "ti", "uk", "ur"]
#: (band, past): (one person, several people), one action each.
LEAD_INS = {
    ("early", False): ("This grown-up has promised to do this:", "These grown-ups have promised to do this:"),
    ("young", False): ("This person will do this:", "These people will do this:"),
    ("early", True): ("This grown-up promised to do this:", "These grown-ups promised to do this:"),
    ("young", True): ("This person was going to do this:", "These people were going to do this:"),
}


def _one_action(who: str, band: str):
    def change(data):
        data["child"]["reading_level"] = band
        data["actions"] = [{"who": who, "what": "Take you to the dentist.", "by": "2026-04-20"}]
    return change


def _lead_ins(language: str, role: str, band: str, past: bool) -> tuple[str, str]:
    from recordgen.i18n import gettext_functions

    # Sam is a girl: her own copy takes a girl's variants where the language has them; a parent's does not.
    _ = gettext_functions(language, "female" if role == "child" else None)[0]
    one, several = LEAD_INS[band, past]
    return _(one), _(several)


@pytest.mark.parametrize("band", ["early", "young"])
@pytest.mark.parametrize("role", ["child", "parent"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_couple_is_several_people_in_every_language(language, role, band, monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-03-20")
    text = render(sam(_one_action("Gail and Martin Oddbody", band)), who=role, language=language)[0]
    one, several = _lead_ins(language, role, band, False)
    assert several in text and one not in text
    assert one != several


@pytest.mark.parametrize("who", ["Mr and Mrs Owen", "your mum and dad", "your foster carers", "Gail & Martin"])
def test_other_ways_of_writing_several(who):
    text = render(sam(_one_action(who, "early")), language="pl")[0]
    one, several = _lead_ins("pl", "child", "early", False)
    assert several in text and one not in text


@pytest.mark.parametrize("band", ["early", "young"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_one_person_is_one_in_every_language(language, band, monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-03-20")
    for who in ("Jean Smith (your foster carer)", "Helen Price (your IRO)"):
        text = render(sam(_one_action(who, band)), language=language)[0]
        one, several = _lead_ins(language, "child", band, False)
        assert one in text and several not in text, who


@pytest.mark.parametrize("language", ["en", "pl", "ar", "ti"])
def test_years_on_the_past_lead_in_follows_the_people_too(language, monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", "2045-03-01")  # Sam is 28: the past forms
    for band in ("early", "young"):
        text = render(sam(_one_action("Gail and Martin Oddbody", band)), language=language)[0]
        one, several = _lead_ins(language, "child", band, True)
        assert several in text and one not in text, band


def test_one_person_doing_two_actions_written_two_ways_is_one():
    def change(data):
        data["child"]["reading_level"] = "early"
        data["actions"] = [{"who": "Jean Smith (your foster carer)", "what": "Take you to the dentist.",
                            "by": "2026-04-20"},
                           {"who": "Jean Smith", "what": "Buy you new shoes.", "by": "2026-04-20"}]
    text = render(sam(change), language="pl")[0]
    from recordgen.i18n import gettext_functions
    _ = gettext_functions("pl", "female")[0]
    assert _("This grown-up has promised to do these things:") in text
