"""Blind review 25, finding 23: the notice of parts in English joined the IRO's phone and email
with a Latin comma in right-to-left copies ("01632 960222, helen.price@...") after an Arabic one
after the name, and in Tigrinya ("Mark Evans፡ 01632 960333, ..."); on the page the comma sat inside
the English. They are joined with the copy's own comma. Renders real copies."""

from __future__ import annotations

import copy

import pytest

from recordgen import api

from recordfiles import SAM, docx_text, example_data


@pytest.mark.parametrize("language, comma", [("ur", "،"), ("ar", "،"), ("ckb", "،"), ("ti", "፣"), ("pl", ",")])
def test_the_phone_and_email_are_joined_with_the_copys_comma(language, comma):
    loaded = api.load_data(copy.deepcopy(example_data(SAM)), "record.yaml")
    original = api.recipient_for(loaded.record, "child")
    recipient = original.model_copy(update={"language": language, "bilingual": False})
    record = loaded.record.model_copy(update={"distribution": [recipient if r is original else r
                                                               for r in loaded.record.distribution]})
    text = docx_text(api.Renderer(allow_untranslated=True).render_copy(record, recipient).data)
    notice = text.split("\n")[1].replace("\u200e", "").replace("\u200f", "")
    assert "helen.price@example.gov.uk" in notice
    between = notice.split("helen.price@example.gov.uk")[0].rstrip()[-3:]
    assert between.rstrip().endswith(comma), notice
