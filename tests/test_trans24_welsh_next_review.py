"""Blind review 25, finding 26: the Welsh next-review sentence lacked its verb ("Bydd dy adolygiad
nesaf erbyn dydd Gwener, ..."). It says the review will be held by then. Renders a real copy."""

from __future__ import annotations

import copy

from recordgen import api

from recordfiles import SAM, docx_text, example_data


def test_the_welsh_next_review_sentence_has_its_verb(monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-03-20")
    loaded = api.load_data(copy.deepcopy(example_data(SAM)), "record.yaml")
    original = api.recipient_for(loaded.record, "child")
    recipient = original.model_copy(update={"language": "cy", "bilingual": False})
    record = loaded.record.model_copy(update={"distribution": [recipient if r is original else r
                                                               for r in loaded.record.distribution]})
    text = docx_text(api.Renderer(allow_untranslated=True).render_copy(record, recipient).data)
    assert "Bydd dy adolygiad nesaf yn cael ei gynnal erbyn" in text
    assert "Bydd dy adolygiad nesaf erbyn" not in text
