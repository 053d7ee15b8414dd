"""Blind review 25, finding 15: a passage the record says is in another language was labelled with
the language's bare name ("[польська: …]" beside "[англійською: …]" in Ukrainian, "[ویلش: …]"
beside "[انگریزی میں: …]" in Urdu, with a Latin comma between the two labels). Each label now says
"in <language>" as the catalog's "[in English: …]" does, in every language. Renders real copies."""

from __future__ import annotations

import copy

import pytest

from recordgen import api

from recordfiles import SAM, docx_text, example_data

EXPECTED = {"uk": "[польською: ", "ur": "[پولش میں: ", "ro": "[în poloneză: ", "pt": "[em polonês: ",
            "cy": "[yn Bwyleg: ", "ar": "[بالبولندية: ", "ti": "[ብፖሊሽ: ", "bn": "[পোলিশ ভাষায়: "}


def polish_words_copy(language: str) -> str:
    data = copy.deepcopy(example_data(SAM))
    data["child_views"][0] = {"text": "Chcę częściej widzieć mamę.", "language": "pl"}
    loaded = api.load_data(data, "record.yaml")
    original = api.recipient_for(loaded.record, "child")
    recipient = original.model_copy(update={"language": language, "bilingual": False})
    record = loaded.record.model_copy(update={"distribution": [recipient if r is original else r
                                                               for r in loaded.record.distribution]})
    return docx_text(api.Renderer(allow_untranslated=True).render_copy(record, recipient).data) \
        .replace("\u200e", "").replace("\u200f", "")


@pytest.mark.parametrize("language", sorted(EXPECTED))
def test_a_passage_in_polish_is_labelled_in_polish_as_english_is_in_english(language):
    text = polish_words_copy(language)
    assert EXPECTED[language] + "Chcę częściej widzieć mamę.]" in text


def test_the_urdu_notice_joins_its_labels_with_an_urdu_comma():
    text = polish_words_copy("ur")
    assert "…], [" not in text and "…]، [پولش میں: …]" in text
