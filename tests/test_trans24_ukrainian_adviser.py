"""Blind review 25, finding 22: a Ukrainian care leaver's copy named the personal adviser two ways,
"Dev Rao (особа, яка радить)" in who came and the actions, "Твій особистий радник — Dev Rao." in the
rights. The sentences naming them say it as the role beside the name does, without gender ("Особа,
яка тобі радить: Dev Rao."), as Ukrainian roles of unknown gender are (test_role_words). Renders a real
copy."""

from __future__ import annotations

import copy

from recordgen import api
from recordgen.i18n import gettext_functions

from recordfiles import AHMAD, docx_text, example_data


def test_the_personal_adviser_is_named_one_way(monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", "2029-01-10")  # Ahmad is 18: a care leaver
    data = copy.deepcopy(example_data(AHMAD))
    data["review"]["attendees"].append({"name": "Dev Rao", "role": "personal adviser"})
    loaded = api.load_data(data, "record.yaml")
    original = api.recipient_for(loaded.record, "child")
    recipient = original.model_copy(update={"language": "uk", "bilingual": False})
    record = loaded.record.model_copy(update={"distribution": [recipient if r is original else r
                                                               for r in loaded.record.distribution]})
    text = docx_text(api.Renderer(allow_untranslated=True).render_copy(record, recipient).data)
    assert "Dev Rao (особа, яка радить)" in text
    _ = gettext_functions("uk")[0]
    for message in ("Your personal adviser is %(name)s.", "Your personal adviser was %(name)s.",
                    "%(name)s, your personal adviser, will help you with it.",
                    "%(name)s, your personal adviser, was there to help you with it."):
        said = _(message, name="Dev Rao")
        assert "радник" not in said and "радить" in said or "радила" in said, said
