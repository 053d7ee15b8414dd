"""Leftovers a reviewer found reading translated copies, session 22: role words the tool writes
itself (an action's "your IRO") come from the catalogs, never marked as the IRO's English. Each
test renders a real copy and reads the .docx back."""

from __future__ import annotations

import copy

import pytest

from recordgen import api
from recordgen.i18n import gettext_functions

from recordfiles import AHMAD, SAM, docx_text, example_data

TRANSLATED = ("ar", "bn", "ckb", "cy", "fa_AF", "pl", "ps", "pt", "ro", "ti", "uk", "ur")


def copy_text(data: dict, who: str, language: str) -> str:
    """The visible text of ``who``'s copy in ``language``, no translations (English marked)."""
    loaded = api.load_data(copy.deepcopy(data), "record.yaml")
    original = api.recipient_for(loaded.record, who)
    recipient = original.model_copy(update={"language": language, "bilingual": False})
    distribution = [recipient if r is original else r for r in loaded.record.distribution]
    record = loaded.record.model_copy(update={"distribution": distribution})
    return docx_text(api.Renderer(allow_untranslated=True).render_copy(record, recipient).data)


# --- 3: a role alone in an action's Who cell is the catalogs' words ----------------------------------


def _with_roles_alone(path) -> dict:
    data = example_data(path)
    by = data["actions"][0]["by"]
    data["actions"] += [{"who": "your IRO", "what": "Check that the new school visit happened.", "by": by},
                        {"who": "Your social worker", "what": "Book the dentist.", "by": by}]
    return data


@pytest.mark.parametrize("language", TRANSLATED)
@pytest.mark.parametrize("path, who", [(AHMAD, "child"), (SAM, "parent")], ids=["ahmad-child", "sam-parent"])
def test_a_role_alone_in_an_actions_who_is_in_the_readers_words(language, path, who):
    _ = gettext_functions(language)[0]
    text = copy_text(_with_roles_alone(path), who, language)
    marker = _("[in English: %(text)s]", text="")[:4]
    for english in ("your IRO", "Your social worker", "Independent Reviewing Officer"):
        assert english not in text, english
    cells = [line.strip("\u200e\u200f") for line in text.splitlines()]
    for role in ("Independent Reviewing Officer", "social worker"):
        assert _("Your %(role)s", role=_(role)) in cells, role
    assert not any(line.startswith(marker) and "IRO" in line for line in cells)


def test_a_role_alone_is_no_item_awaiting_translation():
    """Its words come from the catalogs, so the copy does not wait for (or count) its translation."""
    data = _with_roles_alone(SAM)
    loaded = api.load_data(copy.deepcopy(data), "record.yaml")
    recipient = api.recipient_for(loaded.record, "parent")
    texts = api.Renderer(allow_untranslated=True).translated_texts(loaded.record, recipient)
    assert "actions.5.who" not in texts.untranslated and "actions.6.who" not in texts.untranslated
    assert "actions.5.what" in texts.untranslated
