"""Blind review 25, finding 5: a Polish copy made years on said the IRO runs the review "this time",
in the present ("Jestem Robin i tym razem niezależnie prowadzę twój przegląd."). It now says, without
gender and in the past, who ran that review ("Ten przegląd prowadziła niezależna osoba: ja.").
Renders a real copy."""

from __future__ import annotations

import copy

from recordgen import api

from recordfiles import SAM, docx_text, example_data


def test_a_polish_copy_made_years_on_says_who_ran_that_review(monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", "2035-01-10")
    loaded = api.load_data(copy.deepcopy(example_data(SAM)), "record.yaml")
    original = api.recipient_for(loaded.record, "Amina Khan")
    recipient = original.model_copy(update={"language": "pl", "bilingual": False})
    record = loaded.record.model_copy(update={"distribution": [recipient if r is original else r
                                                               for r in loaded.record.distribution]})
    text = docx_text(api.Renderer(allow_untranslated=True).render_copy(record, recipient).data)
    assert "Jestem Helen. Ten przegląd prowadziła niezależna osoba: ja." in text
    assert "tym razem" not in text
