"""Blind review 25, finding 20: a Polish copy made years on for a they/them child said "Twój ówczesny
dom – razem z: Dave Cole." (no verb, "your home of then – together with"). It now says where their
home was, without gender: "W tamtym czasie twój dom był u: ...". Renders a real copy."""

from __future__ import annotations

import copy

from recordgen import api

from recordfiles import SAM, docx_text, example_data


def test_a_polish_copy_made_years_on_says_where_the_home_was(monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", "2035-01-10")
    data = copy.deepcopy(example_data(SAM))
    data["child"]["pronouns"] = "they/them"
    loaded = api.load_data(data, "record.yaml")
    original = api.recipient_for(loaded.record, "child")
    recipient = original.model_copy(update={"language": "pl", "bilingual": False})
    record = loaded.record.model_copy(update={"distribution": [recipient if r is original else r
                                                               for r in loaded.record.distribution]})
    text = docx_text(api.Renderer(allow_untranslated=True).render_copy(record, recipient).data)
    assert "Osoby, u których był wtedy twój dom: " in text  # no preposition before a colon (claims41)
    assert "ówczesny dom" not in text
