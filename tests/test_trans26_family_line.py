"""Blind review 27: the child's Welsh copy listed her dad as "Rhys (tad)", like a professional, where
the English says "Your dad, Rhys". Who came is worded from the reader's point of view in every
language: the child's own copy names family as the child knows them ("Dy dad, Rhys", "Dy fam,
Carys": "dy" softly mutates the role; Portuguese "O teu pai", "A tua mãe"); a parent reading her own
copy is never "your mum" to herself, in English or Welsh ("Carys (mum)", "Carys (mam)"). Renders real
copies and reads them back."""

from __future__ import annotations

import copy

import pytest

from recordgen import api
from recordgen.i18n import gettext_functions

from recordfiles import SAM, docx_text, example_data


def _record(language: str):
    data = copy.deepcopy(example_data(SAM))
    for person in data["review"]["attendees"]:
        if person["name"] == "Amina Khan":
            person["name"] = "Carys Jones"
    data["review"]["attendees"] += [{"name": "Rhys Jones", "role": "dad"},
                                    {"name": "Tomos Jones", "role": "brother", "attended": False,
                                     "contributed": "sent a letter"}]
    data["child"]["language"] = language
    for recipient in data["distribution"]:
        recipient["language"] = language
    data["distribution"][1]["name"] = "Carys Jones"
    return api.load_data(data, "record.yaml").record


def _lines(language: str, name: str) -> list[str]:
    record = _record(language)
    recipient = next(r for r in record.distribution if r.name == name)
    made = api.Renderer(allow_untranslated=True).render_copy(record, recipient)
    return docx_text(made.data).splitlines()


def _family(lines: list[str]) -> list[str]:
    return [line.split(":")[0] for line in lines if ("Rhys" in line or "Carys" in line or "Tomos" in line)
            and "Jones" not in line]


@pytest.mark.parametrize("language, said", [
    ("en", ["Your dad, Rhys", "Your mum, Carys", "Your brother, Tomos"]),
    ("cy", ["Dy dad, Rhys", "Dy fam, Carys", "Dy frawd, Tomos"]),
    ("pt", ["O teu pai, Rhys", "A tua mãe, Carys", "O teu irmão, Tomos"]),
])
def test_the_childs_own_copy_names_family_as_the_child_knows_them(language, said):
    assert sorted(_family(_lines(language, "Sam"))) == sorted(said)


@pytest.mark.parametrize("language, herself, dad", [
    ("en", "Carys (mum)", "Your dad, Rhys"),
    ("cy", "Carys (mam)", "Rhys (tad)"),
])
def test_the_mum_reading_her_own_copy_is_not_your_mum_to_herself(language, herself, dad):
    family = _family(_lines(language, "Carys Jones"))
    assert herself in family and dad in family
    assert not any(line.casefold().startswith(("your mum", "dy fam", "dy mam")) for line in family)


def test_the_welsh_carers_copy_keeps_the_names_with_the_roles():
    family = _family(_lines("cy", "Mark and Lisa Owen"))
    assert "Rhys (tad)" in family and "Carys (mam)" in family


def test_portuguese_gives_your_by_the_persons_gender_in_every_copy_but_her_own():
    assert {"O teu pai, Rhys", "A tua mãe, Carys"} <= set(_family(_lines("pt", "Mark and Lisa Owen")))
    mums = _family(_lines("pt", "Carys Jones"))
    assert "Carys (mãe)" in mums and "O teu pai, Rhys" in mums


@pytest.mark.parametrize("role, said", [("tad", "Dy dad"), ("mam", "Dy fam"), ("llysfam", "Dy lysfam"),
                                        ("gofalwr", "Dy ofalwr"), ("chwaer", "Dy chwaer"), ("nain", "Dy nain"),
                                        ("cefnder neu gyfnither", "Dy gefnder neu gyfnither"),
                                        ("brawd", "Dy frawd"), ("taid", "Dy daid"), ("ewythr", "Dy ewythr")])
def test_welsh_dy_mutates_the_role_softly(role, said):
    from recordgen.i18n import _fill

    assert _fill("Dy %(role)s, %(name)s", {"role": role, "name": "Rhys"}, "cy") == f"{said}, Rhys"
    # Other words after "dy" are the translator's, and another language is untouched.
    assert _fill("%(name)s (%(role)s)", {"role": role, "name": "Rhys"}, "cy") == f"Rhys ({role})"
    assert gettext_functions("cy")[0]("Your %(role)s, %(name)s", role="tad", name="Rhys") == "Rhys (tad)"
