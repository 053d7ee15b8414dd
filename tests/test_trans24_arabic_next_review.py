"""Blind review 25, finding 9: an Arabic girl's copy said "يمكنك أن تخبرني أين تحب أن تُعقد ومن تحب
أن يحضر." (masculine "تحب"), and a they/them child's the same, as if it were neutral. A girl is now
told "تحبين", a boy "تحب", and a child of unknown gender a form without a gendered verb. Renders
real copies."""

from __future__ import annotations

import copy

import pytest

from recordgen import api

from recordfiles import AHMAD, docx_text, example_data


def arabic_copy(pronouns: str) -> str:
    data = copy.deepcopy(example_data(AHMAD))
    data["child"]["pronouns"] = pronouns
    loaded = api.load_data(data, "record.yaml")
    original = api.recipient_for(loaded.record, "child")
    recipient = original.model_copy(update={"language": "ar", "bilingual": False})
    record = loaded.record.model_copy(update={"distribution": [recipient if r is original else r
                                                               for r in loaded.record.distribution]})
    return docx_text(api.Renderer(allow_untranslated=True).render_copy(record, recipient).data)


@pytest.mark.parametrize("pronouns, said, not_said", [
    ("she/her", "أين تحبين أن تُعقد ومن تحبين أن يحضر", "تحب أن تُعقد"),
    ("he/him", "أين تحب أن تُعقد ومن تحب أن يحضر", "تحبين"),
    ("they/them", "برغبتك في مكان انعقادها وفي من يحضرها", "تحب أن تُعقد"),
])
def test_the_next_review_sentence_agrees_with_the_child(monkeypatch, pronouns, said, not_said):
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-02-01")  # the next review still to come
    text = arabic_copy(pronouns)
    assert said in text and not_said not in text
