"""Polish letters greet in the vocative ("Droga Zosiu,"): formed only where it is certain; any other
name is greeted in words that need no case ("Cześć, Riley,"). Real copies, read back."""

from __future__ import annotations

import shutil

import pytest

from recordgen import api

from recordfiles import LILY, docx_text, write_record


def polish_copy(tmp_path, name: str, pronouns: str | None) -> str:
    """Lily's record (her mum reads Polish) with the child called ``name``: the parent's copy's text."""
    def edit(data):
        data["child"]["known_as"] = name
        data["child"].pop("pronouns", None)
        if pronouns:
            data["child"]["pronouns"] = pronouns

    path = write_record(tmp_path, edit, base=LILY, name="review-lily-3.yaml")
    shutil.copy(LILY.with_name("review-lily-3.translations.yaml"), tmp_path)
    loaded = api.load_record(path)
    return docx_text(api.Renderer().render_copy(loaded, api.recipient_for(loaded.record, "parent")).data)


@pytest.mark.parametrize("name,pronouns,greeting", [
    ("Zosia", "she/her", "Droga Zosiu,"),
    ("Anna", "she/her", "Droga Anno,"),
    ("Ewa", "she/her", "Droga Ewo,"),
    ("Ola", "she/her", "Droga Olu,"),  # -la: -lu, not -lo
    ("Krysia", "she/her", "Droga Krysiu,"),  # a diminutive in -sia not in the table
    ("Kacper", "he/him", "Drogi Kacprze,"),
    ("Jan", "he/him", "Drogi Janie,"),
    ("Tomek", "he/him", "Drogi Tomku,"),
    ("Piotr", "he/him", "Drogi Piotrze,"),
    ("Zosia", "they/them", "Cześć, Zosiu,"),  # no gender: the plain words, still the vocative
    ("Siobhán", "she/her", "Droga Siobhán,"),  # a girl's name not in -a: Polish does not decline it
    ("Riley", "he/him", "Cześć, Riley,"),  # a boy's foreign name: not declined by guess
    ("Kayden", "he/him", "Cześć, Kayden,"),
    ("Marcia", "she/her", "Cześć, Marcia,"),  # foreign, in -a: "Marcio"? not certain
    ("Maja", "she/her", "Cześć, Maja,"),  # Majo and Maju both in use
    ("Ty", "she/her", "Cześć, Ty,"),  # "Droga Ty," would read "Dear You,"
])
def test_the_polish_greeting_is_in_the_vocative_or_needs_none(tmp_path, name, pronouns, greeting):
    text = polish_copy(tmp_path, name, pronouns)
    assert greeting in text.splitlines()
    assert f"Droga {name}," not in text and f"Drogi {name}," not in text or name == "Siobhán"


@pytest.mark.parametrize("name,pronouns,greeting", [
    ("Kacper", "he/him", "Drogi Kacprze,"),
    ("Zosia", "she/her", "Droga Zosiu,"),
    ("Riley", "he/him", "Cześć, Riley,"),  # as the copy and the email greet a child
])
def test_the_childs_polish_invitation_greets_in_the_vocative_or_needs_none(name, pronouns, greeting):
    from test_consult import documents, planned

    data = planned("teen")
    data["child"].update(known_as=name, pronouns=pronouns, language="pl")
    data["review"]["attendees"][0]["name"] = name
    data["distribution"][0]["name"] = name
    for person in data["distribution"]:
        person["language"] = "pl"
    invitation = docx_text(documents(data)["invitation", "child"].data)
    assert greeting in invitation.splitlines()
    assert f"Drogi {name}," not in invitation and f"Droga {name}," not in invitation


@pytest.mark.parametrize("name,pronouns,greeting", [("Zosia", "she/her", "Cześć, Zosiu,"),
                                                     ("Riley", "he/him", "Cześć, Riley,")])
def test_the_email_with_a_childs_polish_copy_greets_in_the_vocative_where_it_is_certain(tmp_path, name, pronouns,
                                                                                         greeting):
    from recordgen.distribution.message import covering_note

    def edit(data):
        data["child"].update(known_as=name, pronouns=pronouns)

    loaded = api.load_record(write_record(tmp_path, edit, base=LILY, name="review-lily-3.yaml"))
    note = covering_note(loaded.record, api.recipient_for(loaded.record, "child"), "pl", "reviews@council.example")
    assert "".join(piece for piece, _ in note.paragraphs[0]) == greeting


def test_a_child_known_as_ty_is_not_ty_ty_nor_drogi_ty_in_polish(tmp_path):
    """Blind review 12: "Ty" (Tyler) is also Polish for "you": the list of who was sent a copy read
    "Ty (ty)", and the greeting "Drogi Ty," ("Dear You,")."""
    from test_translated_copies import render

    def ty(data):
        data["child"]["known_as"] = "Ty"
        data["review"]["attendees"][0]["name"] = "Ty"
        next(r for r in data["distribution"] if r["role"] == "child")["name"] = "Ty"

    text, _ = render(tmp_path, "pl", child="he/him", edit=ty)
    lines = text.splitlines()
    assert "Ty (ty)" not in text and "Drogi Ty" not in text
    assert "Cześć, Ty," in lines and "Ty" in lines  # the child's own line in the list of copies


@pytest.mark.parametrize("name,pronouns,title,label", [
    ("Zosia", "she/her", "Twój przegląd, Zosiu", "To jest twoja własna kopia, Zosiu."),
    ("Kacper", "he/him", "Twój przegląd, Kacprze", "To jest twoja własna kopia, Kacprze."),
    ("Riley", "he/him", "Twój przegląd, Riley", "To jest twoja własna kopia, Riley."),
])
def test_the_title_and_the_childs_copy_label_speak_to_them_in_the_vocative_where_it_is_certain(
        tmp_path, name, pronouns, title, label):
    def named(data):
        data["child"].update(known_as=name, pronouns=pronouns)
        data["review"]["attendees"][0]["name"] = name
        next(r for r in data["distribution"] if r["role"] == "child").update(name=name, language="pl")

    loaded = api.load_record(write_record(tmp_path, named, name="review-sam-9.yaml"))
    copy = api.Renderer(allow_untranslated=True).render_copy(loaded, api.recipient_for(loaded.record, "child"))
    lines = docx_text(copy.data).splitlines()
    assert title in lines and label in lines
