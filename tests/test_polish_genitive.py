"""Found by blind review 14a: a Polish invitation said "dziecka Zosia" (a nominative where Polish
needs the genitive) and greeted a mother "Dzień dobry, Małgorzata Nowak,"."""
from __future__ import annotations

import pytest

from recordfiles import docx_text
from recordgen.i18n.address import polish_genitive
from test_consult import documents, planned


def _polish_parent(known_as: str, pronouns: str, mum: str = "Małgorzata Nowak", role: str = "mum") -> dict[str, str]:
    data = planned("teen")
    data["child"].update(known_as=known_as, pronouns=pronouns)
    data["review"]["attendees"][0]["name"] = known_as
    data["distribution"][0]["name"] = known_as
    data["review"]["attendees"][1].update(name=mum, role=role)
    data["distribution"][1].update(name=mum, language="pl")
    made = documents(data)
    return {kind: docx_text(made[kind, "parent"].data) for kind in ("invitation", "booklet")}


@pytest.mark.parametrize("known_as, pronouns, genitive", [
    ("Zosia", "she/her", "Zosi"), ("Kacper", "he/him", "Kacpra"), ("Maria", "she/her", "Marii"),
    ("Maja", "she/her", "Mai"), ("Tomek", "he/him", "Tomka")])
def test_a_polish_parents_papers_give_a_name_that_declines_in_the_genitive(known_as, pronouns, genitive):
    papers = _polish_parent(known_as, pronouns)
    for text in papers.values():
        assert f"dziecka {known_as} " not in text and f"dziecka {known_as}." not in text
    assert f"Przegląd dotyczący dziecka {genitive} odbędzie się" in papers["invitation"]
    assert f"prowadzę przeglądy dziecka {genitive}." in papers["invitation"]
    assert f"Przegląd dotyczący dziecka {genitive} odbędzie się" in papers["booklet"]


@pytest.mark.parametrize("known_as", ["Oli", "Riley", "Lily"])
def test_a_name_whose_case_is_not_certain_is_given_where_polish_needs_no_case(known_as):
    invitation = _polish_parent(known_as, "they/them")["invitation"]
    assert f"Przegląd dotyczący dziecka o imieniu {known_as} odbędzie się" in invitation
    assert f"prowadzę przeglądy dziecka o imieniu {known_as}." in invitation


def test_a_polish_parent_is_greeted_without_a_nominative_name():
    assert "Szanowna Pani," in _polish_parent("Zosia", "she/her")["invitation"].split("\n")
    assert "Dzień dobry, Małgorzata Nowak," not in _polish_parent("Zosia", "she/her")["invitation"]
    # No title and no family word: a greeting that needs neither case nor gender.
    data = _polish_parent("Zosia", "she/her", mum="Sam Nowak", role="parent")
    assert "Dzień dobry," in data["invitation"].split("\n")


def test_the_genitive_is_only_formed_where_certain():
    assert polish_genitive("Zosia") == "Zosi" and polish_genitive("Kacper") == "Kacpra"
    assert polish_genitive("Małgorzata") == "Małgorzaty" and polish_genitive("Alicja") == "Alicji"
    assert polish_genitive("Riley") is None and polish_genitive("Anastasia") is None
    assert polish_genitive("Bruno") is None and polish_genitive("Ty") is None


def test_a_polish_parent_is_you_in_her_own_gender_in_the_invited_list():
    lines = _polish_parent("Zosia", "she/her")["invitation"].split("\n")
    assert "Pani" in lines and "Pan lub Pani" not in lines and "ty" not in lines
    lines = _polish_parent("Zosia", "she/her", mum="Sam Nowak", role="parent")["invitation"].split("\n")
    # Gender unknown: no two forms (blind review 19, F6), nor the plural "Państwo" of a couple (blind
    # review 26, F19): a construction that needs no gender.
    assert "Osoba, która czyta ten list" in lines and "Państwo" not in lines and "Pan lub Pani" not in lines
