"""Blind review 28, finding F10: a 4-year-old's copy (PN3, the early band) ended its feedback page "Give
this page back to me. An adult you trust can send it to me too. You can also email your answers to ...",
to a child who neither posts nor emails. Under 5 when the copy is made, the grown-up who looks after them
gives it back and can email it, as their booklet says; a 5-year-old's page is unchanged."""

from __future__ import annotations

import pytest

from recordgen import api
from recordgen.i18n import domain_gettext
from recordgen.rendering import feedback

from recordfiles import LILY, docx_text, write_record


def _page(tmp_path, born: str, language: str = "en") -> str:
    def change(data):
        data["child"]["date_of_birth"] = born
        data["review"]["participation"] = "PN3"
        data["distribution"][0]["language"] = language
    loaded = api.load_record(write_record(tmp_path, change, base=LILY))
    copy = api.Renderer(allow_untranslated=True).render_copy(loaded, api.recipient_for(loaded.record, "child"))
    return docx_text(copy.data)


def test_a_four_year_olds_page_is_given_back_by_the_grown_up(tmp_path):
    text = _page(tmp_path, "2022-01-20")  # 4 at the review (24 February 2026) and today
    assert ("The grown-up who looks after you can give this page back to me. The grown-up can also email the "
            "answers to daniel.reid@example.gov.uk.") in text
    assert "An adult you trust" not in text and "You can also email your answers" not in text


def test_a_five_year_olds_is_unchanged(tmp_path):
    text = _page(tmp_path, "2020-11-20")
    assert "Give this page back to me. An adult you trust can send it to me too." in text


@pytest.mark.parametrize("language", ["ar", "bn", "ckb", "cy", "fa_AF", "pl", "ps", "pt", "ro", "ti", "uk", "ur"])
def test_in_every_language(tmp_path, language):
    text = _page(tmp_path, "2022-01-20", language)
    _ = domain_gettext(language, feedback.FEEDBACK_DOMAIN, "female", own=True)
    assert _(feedback.SEND_EARLY) != feedback.SEND_EARLY and _(feedback.SEND_EARLY) in text
    assert _(feedback.SEND) not in text
