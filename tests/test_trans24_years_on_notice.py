"""Blind review 25, finding 1: a translated copy made years on (the reader grown up, no care
leaver still helped: ``long_after``) said at the top that the translation of its English parts
"will follow" and gave the 2026 chair's phone and email, while its own rights said to ask the
council's access to records team, and the chair's contacts are left out of such copies. The notice
now says the council's access to records team can have the parts translated, and gives no contact
of the chair's, in each language. Each test renders a real copy and reads the .docx back."""

from __future__ import annotations

import copy

import pytest

from recordgen import api
from recordgen.i18n import gettext_functions

from recordfiles import SAM, docx_text, example_data

TRANSLATED = ("ar", "bn", "ckb", "cy", "fa_AF", "pl", "ps", "pt", "ro", "ti", "uk", "ur")


def copy_text(data: dict, who: str, language: str) -> str:
    loaded = api.load_data(copy.deepcopy(data), "record.yaml")
    original = api.recipient_for(loaded.record, who)
    recipient = original.model_copy(update={"language": language, "bilingual": False})
    distribution = [recipient if r is original else r for r in loaded.record.distribution]
    record = loaded.record.model_copy(update={"distribution": distribution})
    return docx_text(api.Renderer(allow_untranslated=True).render_copy(record, recipient).data)


def _follow_sentence(language: str) -> str:
    """The catalog's "Their translation will follow." in ``language`` (the last sentence of the
    several-parts notice)."""
    _, ngettext = gettext_functions(language)
    text = ngettext("One part of this record is still in English. It is marked like this: %(marker)s. "
                    "Its translation will follow.",
                    "Some parts of this record are still in English. Each one is marked like this: %(marker)s. "
                    "Their translation will follow.", 5, marker="\0")
    return text.rsplit("\0", 1)[1].strip(" .።۔")


@pytest.mark.parametrize("who", ["child", "Amina Khan"])
@pytest.mark.parametrize("language", TRANSLATED)
def test_a_copy_made_years_on_sends_the_reader_to_the_records_team(monkeypatch, language, who):
    monkeypatch.setenv("RECORDGEN_TODAY", "2045-03-01")  # Sam (born 2016) is 28
    text = copy_text(example_data(SAM), who, language)
    _ = gettext_functions(language)[0]
    assert "01724" not in text and "helen.price@example.gov.uk" not in text
    assert _follow_sentence(language) not in text
    ngettext = gettext_functions(language)[1]
    notice = ngettext("One part of this record is still in English. It is marked like this: %(marker)s. "
                      "The council's access to records team can have it translated.",
                      "Some parts of this record are still in English. Each one is marked like this: "
                      "%(marker)s. The council's access to records team can have them translated.", 5,
                      marker="\0")
    assert notice.rsplit("\0", 1)[1] in text


@pytest.mark.parametrize("language", ["pl", "ur"])
def test_a_copy_made_now_still_says_the_translation_follows(monkeypatch, language):
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-03-20")
    text = copy_text(example_data(SAM), "child", language)
    assert _follow_sentence(language) in text
    assert "helen.price@example.gov.uk" in text
