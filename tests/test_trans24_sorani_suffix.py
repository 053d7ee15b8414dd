"""Blind review 25, finding 25: Sorani wrote its suffixes apart from the number or code they belong
to ("تۆ ٧ لە ١٠ ت پێدا.", "AHKZ-KDY9 ە"), where the phone lines attach them. They are attached.
Renders a real copy."""

from __future__ import annotations

import copy

from recordgen import api

from recordfiles import SAM, docx_text, example_data


def test_sorani_suffixes_are_attached():
    loaded = api.load_data(copy.deepcopy(example_data(SAM)), "record.yaml")
    original = api.recipient_for(loaded.record, "child")
    recipient = original.model_copy(update={"language": "ckb", "bilingual": False})
    record = loaded.record.model_copy(update={"distribution": [recipient if r is original else r
                                                               for r in loaded.record.distribution]})
    text = docx_text(api.Renderer(allow_untranslated=True).render_copy(record, recipient).data)
    text = text.replace("\u200e", "").replace("\u200f", "")
    assert "لە ١٠ت پێدا" in text and "١٠ ت " not in text
    assert " ە." not in text
