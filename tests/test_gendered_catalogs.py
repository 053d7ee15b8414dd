"""Variants for a child's grammatical gender: checked against the template, and used."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from recordgen import api
from recordgen.i18n import gettext_functions, grammatical_gender

from recordfiles import LILY, docx_text, write_record

LOCALES = Path(__file__).resolve().parent.parent / "locales"
GENDERED = sorted(LOCALES.glob("*/LC_MESSAGES/gendered.po"))
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%[sd%]")


def load(path: Path):
    with path.open("rb") as handle:
        return read_po(handle)


def test_there_are_gendered_catalogs():
    assert {p.parts[-3] for p in GENDERED} >= {"pl", "uk"}


@pytest.mark.parametrize("path", GENDERED, ids=lambda p: p.parts[-3])
def test_each_variant_is_for_a_known_message_with_both_genders_and_intact_placeholders(path):
    template_ids = {m.id for m in load(LOCALES / "messages.pot") if m.id}
    text = path.read_text(encoding="utf-8")
    assert "REVIEW STATUS: DRAFT" in text.split("msgid", 1)[0]
    contexts: dict[str, set] = {}
    for message in load(path):
        if not message.id:
            continue
        assert message.id in template_ids, f"not in messages.pot (stale?): {message.id!r}"
        assert message.context in ("child:female", "child:male"), message.context
        assert message.string.strip(), message.id
        assert set(PLACEHOLDER.findall(message.string)) == set(PLACEHOLDER.findall(message.id)), message.id
        contexts.setdefault(message.id, set()).add(message.context)
    assert contexts and all(found == {"child:female", "child:male"} for found in contexts.values())


@pytest.mark.parametrize("pronouns,expected", [("she/her", "female"), ("He/Him", "male"),
                                                ("they/them", None), (None, None), ("", None)])
def test_grammatical_gender_from_pronouns(pronouns, expected):
    assert grammatical_gender(pronouns) == expected


def test_a_variant_is_used_only_where_there_is_one():
    generic, _ = gettext_functions("pl")
    female, _ = gettext_functions("pl", "female")
    assert generic("Dear %(name)s,", name="Lily") == "Drogi/Droga Lily,"
    assert female("Dear %(name)s,", name="Lily") == "Droga Lily,"
    assert female("Your rights") == generic("Your rights")  # no variant: the usual translation
    welsh, _ = gettext_functions("cy", "female")  # no gendered catalog at all
    assert welsh("Your rights") == gettext_functions("cy")[0]("Your rights")


@pytest.mark.parametrize("pronouns,greeting", [("she/her", "Droga Lily,"), ("he/him", "Drogi Lily,"),
                                                ("they/them", "Drogi/Droga Lily,")])
def test_lilys_polish_letter_follows_her_pronouns(tmp_path, pronouns, greeting):
    import shutil

    path = write_record(tmp_path, lambda d: d["child"].update(pronouns=pronouns), base=LILY,
                        name="review-lily-3.yaml")
    shutil.copy(LILY.with_name("review-lily-3.translations.yaml"), tmp_path)
    loaded = api.load_record(path)
    copy = api.Renderer().render_copy(loaded, api.recipient_for(loaded.record, "parent"))
    text = docx_text(copy.data)
    assert greeting in text
    if pronouns != "they/them":
        assert "Drogi/Droga" not in text and "mały/mała" not in text
