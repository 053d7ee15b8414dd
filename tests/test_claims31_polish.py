"""Blind review 24, finding 19: a Polish copy gives the IRO, the record and the social worker one name
each, as its catalog does everywhere else: "osoba, która niezależnie prowadzi ... przeglądy",
"protokół", "osoba z pomocy społecznej" (not "koordynator", "zapis", "pracownik socjalny")."""

from __future__ import annotations

from pathlib import Path

import pytest
from babel.messages.pofile import read_po

PL = Path(__file__).resolve().parent.parent / "locales" / "pl" / "LC_MESSAGES"


def msgstr(domain: str, msgid: str) -> str:
    with open(PL / f"{domain}.po", "rb") as handle:
        return read_po(handle).get(msgid).string


@pytest.mark.parametrize("domain, msgid, term, not_term", [
    ("feedback", "You can also give it to %(iro)s, your own Independent Reviewing Officer.",
     "niezależnie prowadzi twoje przeglądy", "koordynator"),
    ("feedback", "You can also give it to %(iro)s, the usual Independent Reviewing Officer for %(child)s.",
     "niezależnie prowadzi przeglądy", "koordynator"),
    ("messages", "If you have questions about this record, you can contact me, %(iro)s.", "protokołu", "zapisu"),
    ("messages", "If you have questions about this record now, ask the council's access to records team.",
     "protokołu", "zapisu"),
    ("messages", "Your social worker can help you reach %(name)s.", "Osoba z pomocy społecznej", "pracownik"),
    ("mail", "Here is the record of your review on %(date)s. It was written for you, and it is attached to this "
             "email.", "protokół", "zapis"),
    ("mail", "Here is your copy of the record of the review on %(date)s. It is attached to this email.",
     "protokołu", "zapisu"),
])
def test_polish_names_the_iro_the_record_and_the_social_worker_one_way(domain, msgid, term, not_term):
    text = msgstr(domain, msgid)
    assert term in text and not_term not in text, text
    assert "z: %(name)s" not in text


# --- 20: one mother is "Pani" in her booklet as in her invitation ----------------------------------------


def test_a_polish_mother_is_pani_in_her_booklet_as_in_her_invitation(tmp_path):
    import copy

    from click.testing import CliRunner

    from recordfiles import docx_text, write_data
    from recordgen.cli import main_group
    from test_claims31_staff import TYLER

    data = copy.deepcopy(TYLER)
    data["review"]["attendees"][3] = {"name": "Mr Oyelaran", "role": "head of year"}
    data["distribution"][2]["language"] = "pl"
    data["distribution"][1]["language"] = "pl"
    path = write_data(tmp_path, data)
    out = tmp_path / "out"
    result = CliRunner().invoke(main_group, ["consult", "make", str(path), "--all", "-o", str(out), "--format", "docx"])
    assert result.exit_code == 0, result.output
    (invitation,) = out.glob("*invitation_parent*.docx")
    (booklet,) = out.glob("*booklet_parent*.docx")
    assert "Szanowna Pani," in docx_text(invitation.read_bytes())
    text = docx_text(booklet.read_bytes())
    assert "Państw" not in text, text
    assert "Co Panią niepokoi?" in text and "Pani i Tyler?" in text
    (carers,) = out.glob("*booklet_carer*.docx")
    assert "Państwa zdanie przed przeglądem: Tyler" in docx_text(carers.read_bytes())  # Karen and Mike: two readers


# --- 17: "Your head of year" in Polish is his, not "someone you know" -------------------------------------


def test_a_polish_parent_copy_gives_the_head_of_year_as_the_childs_own(tmp_path):
    import copy

    from recordgen import api

    from recordfiles import docx_text, write_data
    from test_claims31_staff import ELLIE

    data = copy.deepcopy(ELLIE)
    data["review"]["attendees"][3] = {"name": "Mr Oyelaran", "role": "head of year"}
    data["actions"][1]["who"] = "Amir Khan"
    data["distribution"][2]["language"] = "pl"
    loaded = api.load_record(write_data(tmp_path, data))
    made = api.Renderer(allow_untranslated=True).render_copy(loaded, api.recipient_for(loaded.record, "parent"))
    text = docx_text(made.data)
    assert "Twój opiekun rocznika" in text.splitlines()
    assert "Ktoś, kogo znasz" not in text and "Oyelaran" not in text


# --- 16: people joined by "and" are protected one by one in the XLIFF --------------------------------------


def test_each_person_of_a_joined_name_is_protected_alone_for_the_translator(tmp_path, run):
    import copy

    from recordfiles import write_data
    from test_claims31_staff import ELLIE

    data = copy.deepcopy(ELLIE)
    data["placement"]["carers"] = "Karen and Mike Penhaligon"
    data["distribution"][1]["name"] = "Karen and Mike Penhaligon"
    data["review"]["attendees"][1] = {"name": "Karen and Mike Penhaligon", "role": "foster carers"}
    data["care_plan"]["plan"] = "You will stay with Karen and Mike."
    data["distribution"][2]["language"] = "pl"
    path = write_data(tmp_path, data)
    xliff = tmp_path / "r.pl.xlf"
    result = run("translate", "export", path, "--lang", "pl", "-o", xliff)
    assert result.exit_code == 0, result.output
    text = xliff.read_text(encoding="utf-8")
    assert 'with <mrk mtype="protected">Karen</mrk> and <mrk mtype="protected">Mike</mrk>.' in text
    assert "Karen and Mike</mrk>" not in text
