"""Leftovers of blind reviews, session 29: a translated copy waits only for what it shows.

A little child's own copy (the early band, under 5) is read to them by their carer, so it leaves
out what is kept from the carer; it used to ask for those items' translations all the same (refused
without --allow-untranslated, or marked them as untranslated, and the XLIFF file for its language
sent them to a translator). Only the text a copy shows is now asked for it."""

from __future__ import annotations

import pytest

from recordfiles import LILY, docx_text, write_record

WITHHELD = "Your mum asked for a new social worker."


def _lily(tmp_path, mum_reads: str = "pl", born: str | None = None):
    """Lily (3) reading Polish, with a worry kept from her carer Karen; her mum reads ``mum_reads``.
    The examples' Polish translations of everything else beside it."""
    def change(data):
        data["child"]["language"] = "pl"
        data["worries"].append({"text": WITHHELD, "withhold_from": ["carer"]})
        if born:
            data["child"]["date_of_birth"] = born
        for recipient in data["distribution"]:
            if recipient["role"] == "parent":
                recipient["language"] = mum_reads
    path = write_record(tmp_path, change, base=LILY)
    sidecar = LILY.with_name("review-lily-3.translations.yaml").read_text(encoding="utf-8")
    (tmp_path / "record.translations.yaml").write_text(
        sidecar.replace("record: review-lily-3.yaml", "record: record.yaml"), encoding="utf-8")
    return path


@pytest.fixture(autouse=True)
def _lily_is_three(monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-12-07")


def _render(path, role: str, allow: bool = False) -> str:
    from recordgen import api

    loaded = api.load_record(path)
    renderer = api.Renderer()
    renderer.allow_untranslated = allow
    return docx_text(renderer.render_copy(loaded, api.recipient_for(loaded.record, role)).data)


def test_a_little_childs_translated_copy_does_not_wait_for_what_it_leaves_out(tmp_path):
    path = _lily(tmp_path)
    text = _render(path, "child")  # refused before: worries.3 not translated
    assert WITHHELD not in text and "po angielsku" not in text
    assert "Karen" in text  # the Polish copy itself, read back


def test_a_six_year_olds_copy_read_by_the_carer_does_not_wait_for_it_either(tmp_path):
    """Under 8 (the young band too), the carer reads the child's copy aloud (leaks30): the same rule."""
    text = _render(_lily(tmp_path, born="2020-06-01"), "child")
    assert WITHHELD not in text and "po angielsku" not in text


def test_a_copy_that_shows_the_item_still_waits_for_it(tmp_path):
    from recordgen.translation.recipient import TranslationsNotReady

    path = _lily(tmp_path)
    with pytest.raises(TranslationsNotReady) as caught:
        _render(path, "parent")
    assert caught.value.missing == ["worries.3"]
    assert f"[po angielsku: {WITHHELD}]" in _render(path, "parent", allow=True)


def test_the_translator_is_not_sent_what_no_copy_in_the_language_shows(tmp_path):
    """With mum reading English, only Lily's copy is in Polish: the worry kept from Karen, who
    reads it to her, is not exported for a Polish translator nor counted as awaited."""
    from recordgen import api
    from recordgen.translation.items import items_for_recipient, translatable_items
    from recordgen.translation.progress import translation_progress

    path = _lily(tmp_path, mum_reads="en")
    record = api.load_record(path).record
    assert "worries.3" not in [item.path for item in translatable_items(record, "pl")]
    assert "worries.3" not in [item.path for item in items_for_recipient(record, api.recipient_for(record, "child"))]
    progress = {p.recipient.name: p for p in translation_progress(api.load_record(path))}
    assert "worries.3" not in progress["Lily"].missing and progress["Lily"].ready


def test_grown_past_the_early_band_the_copy_shows_it_and_waits(tmp_path, monkeypatch):
    """Lily's review read when she is 6: no longer read to her by Karen, so it shows the worry."""
    from recordgen.translation.recipient import TranslationsNotReady

    monkeypatch.setenv("RECORDGEN_TODAY", "2029-03-01")
    with pytest.raises(TranslationsNotReady):
        _render(_lily(tmp_path), "child")
