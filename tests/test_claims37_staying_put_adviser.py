"""A care leaver's copy with a personal adviser named said "A personal adviser helps you now you have
moved on from care.", untrue for a young person who stays on with their carers after 18 (Staying
Put). It now says what is true for everyone: they are no longer in care (as "At 18, you are no
longer in care." does), in words that pass the tool's own language check in every band."""

from __future__ import annotations

import pytest

from recordgen.i18n import gettext_functions

from recordfiles import SAM, example_data, rendered_copies, write_data
from test_claims import BANDS, _path_record, _tool_findings

OLD = "A personal adviser helps you now you have moved on from care."
NEW = "A personal adviser helps you now you are no longer in care."
STAYING_PUT = "You will stay put with your foster carers after you turn 18, in a Staying Put arrangement."
LANGUAGES = ("cy", "pl", "ro", "uk", "pt", "ar", "ur", "ps", "fa_AF", "ckb", "ti", "bn")


def staying_put_with_adviser(data):
    data["child"]["date_of_birth"] = "2008-06-15"   # 17 at the review, 18 by the day the copy is made
    data["care_plan"]["plan"] = STAYING_PUT
    data["review"]["attendees"].append({"name": "Dev Rao", "role": "personal adviser"})
    for recipient in data["distribution"]:
        recipient["language"] = "en"
        recipient.pop("format", None)


def test_a_young_person_staying_put_is_not_told_they_have_moved_on(tmp_path, monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-07-01")
    texts = rendered_copies(tmp_path, write_data(tmp_path, example_data(SAM), staying_put_with_adviser))
    assert any(NEW in text for text in texts.values())
    for name, text in texts.items():
        assert "moved on from care" not in text, name


@pytest.mark.parametrize("band", BANDS)
def test_the_sentence_passes_the_language_check_in_every_band(band, monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-07-01")
    findings = []
    for index in (0, 1):
        data = _path_record(band, "PN1", index)
        data["child"]["date_of_birth"] = "2008-06-15"
        data["review"]["attendees"].append({"name": "Femi Adeyemi", "role": "personal adviser"})
        findings += _tool_findings(data)
    assert not findings, "\n".join(dict.fromkeys(findings))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_has_the_new_sentence_for_every_reader(language):
    for gender in (None, "female", "male"):
        _ = gettext_functions(language, gender)[0]
        assert _(NEW) != NEW, (language, gender)
