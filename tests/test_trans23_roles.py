"""Session 23, 2: roles records often give ("key worker", "health visitor", "the IRO", "youth worker"...)
were shown in English in a translated copy's Who cells and list of who came, marked as untranslated,
where "social worker" or "teacher" comes from the catalogs. They are catalog roles now, drafted in all
12 languages. Each test renders real copies and reads the .docx back."""

from __future__ import annotations

import re

import pytest

from recordgen.i18n import gettext_functions
from recordgen.record.roles import known_role

from recordfiles import SAM, example_data
from test_translated_leftovers22 import TRANSLATED, copy_text

#: Each new role, and the name of who has it at the meeting.
ROLES = {"key worker": "Kim Ross", "health visitor": "Dee Hart", "youth worker": "Lou Vance",
         "residential worker": "Pat Crane", "family support worker": "Ash Dunmore", "school nurse": "Jan Ormsby",
         "virtual school head": "Chris Lowry", "designated teacher": "Robin Gale", "CAMHS worker": "Sol Kerrigan",
         "personal adviser": "Val Pryor", "interpreter": "Nur Aydin"}


def _record() -> dict:
    data = example_data(SAM)
    by = data["actions"][0]["by"]
    for role, name in ROLES.items():
        data["review"]["attendees"].append({"name": name, "role": role})
        data["actions"].append({"who": f"your {role}", "what": "Meet Sam every week.", "by": by})
    data["actions"].append({"who": "the IRO", "what": "Meet Sam every week.", "by": by})
    return data


def _lines(text: str) -> list[str]:
    return [line.strip("\u200e\u200f ") for line in text.replace("\u200e", "").replace("\u200f", "").splitlines()]


def test_the_roles_are_known():
    for role in ROLES:
        assert known_role(role) == role, role
        assert known_role(f"your {role}") == role
    assert known_role("the IRO") == known_role("your IRO") == "Independent Reviewing Officer"
    assert known_role("Key Worker") == "key worker" and known_role("keyworker") == "key worker"


@pytest.mark.parametrize("language", TRANSLATED)
def test_a_translated_copy_gives_the_roles_in_the_readers_words(language):
    _ = gettext_functions(language)[0]
    marker = _("[in English: %(text)s]", text="").split(":")[0]
    text = copy_text(_record(), "child", language)
    lines = _lines(text)
    for role, name in ROLES.items():
        word = _(role)
        assert word != role, f"{language}: no draft for {role!r}"
        # Who came: the name, and the role in the reader's words.
        assert any(line.startswith(name) and word in line for line in lines), (role, text)
        # Who will do it: the role alone, in the child's words.
        alone = gettext_functions(language, "female")[0]("Your %(role)s", role=word)  # to Sam, a girl
        assert alone[:1].upper() + alone[1:] in lines, (role, alone)
        assert f"{marker}: {role}" not in text and f"{marker}: your {role}" not in text, role
    # "the IRO": the catalog's words, never the IRO's English marked.
    iro = _("Independent Reviewing Officer")
    assert iro[:1].upper() + iro[1:] in lines
    assert "the IRO" not in text and "the Independent Reviewing Officer" not in text


@pytest.mark.parametrize("language", ["pl", "ur", "ar"])
def test_a_parents_copy_lists_who_came_in_the_readers_words(language):
    _ = gettext_functions(language)[0]
    text = "\n".join(_lines(copy_text(_record(), "parent", language)))
    marker = _("[in English: %(text)s]", text="").split(":")[0]
    for role, name in ROLES.items():
        # The name as this copy shows it (a confidential placement's parent may not see a surname).
        assert re.search(rf"^{name.split()[0]}( \w+)? \({re.escape(_(role))}\)$", text, re.MULTILINE), (role, name)
        assert f"{marker}: {role}" not in text, role


def test_an_english_copy_says_the_iro_in_full():
    lines = _lines(copy_text(_record(), "child", "en"))
    assert "The Independent Reviewing Officer" in lines
    assert "Your key worker" in lines and "Your CAMHS worker" in lines
