"""The under-4s' feedback page (PN0: "This page is for the grown-up who reads this letter with Lily.")
is read and marked by the grown-up: its instruction "Draw a circle round one face." was in the child's
familiar form in Welsh ("Tynna"), Romanian ("Încercuiește"), Ukrainian ("Обведи"), Portuguese ("Faz"),
Pashto, Sorani, Bengali ("দাও") and Polish ("Zakreśl") while every other line of the page is to the
adult ("Tynnwch"...). Now the adult's form there, as feedback.po's other lines to an adult, and the
child's own form (child:own) where a child of 4 to 7 circles a face on their own copy's page."""

from __future__ import annotations

import copy

import pytest

from recordgen import api
from recordgen.record.settings import FeedbackSettings
from recordgen.rendering.feedback import feedback_part

from recordfiles import LILY

ADULT_AND_CHILD = {
    "cy": ("Tynnwch gylch o gwmpas un wyneb.", "Tynna gylch o gwmpas un wyneb."),
    "ro": ("Încercuiți o față.", "Încercuiește o față."),
    "uk": ("Обведіть одне личко.", "Обведи одне личко."),
    "pt": ("Faça um círculo à volta de uma cara.", "Faz um círculo à volta de uma cara."),
    "ps": ("د یوې څېرې شاوخوا دایره جوړه کړئ.", "د یوې څېرې شاوخوا دایره جوړه کړه."),
    "ckb": ("بازنەیەک بە دەوری یەک دەموچاو بکێشن.", "بازنەیەک بە دەوری یەک دەموچاو بکێشە."),
    "bn": ("একটা মুখের চারপাশে গোল দাগ দিন।", "একটা মুখের চারপাশে গোল দাগ দাও।"),
    "pl": ("Proszę zakreślić jedną buzię.", "Zakreśl jedną buzię."),
}


def _page(language: str, participation: str) -> dict:
    record = api.load_record(LILY).record
    record = record.model_copy(update={"review": record.review.model_copy(update={"participation": participation})})
    child = next(r for r in record.distribution if r.role.value == "child").model_copy(update={"language": language})
    return feedback_part(record, child, "early", language, FeedbackSettings(), band_now="early")


@pytest.mark.parametrize("language", sorted(ADULT_AND_CHILD))
def test_the_grown_up_reading_the_under_4s_page_is_asked_as_an_adult(language):
    adult, child = ADULT_AND_CHILD[language]
    page = _page(language, "PN0")
    assert page["how"] == adult and page["how"] != child


@pytest.mark.parametrize("language", sorted(ADULT_AND_CHILD))
def test_a_child_circling_a_face_on_their_own_page_is_asked_as_a_child(language):
    assert _page(language, "PN1")["how"] == ADULT_AND_CHILD[language][1]


@pytest.mark.parametrize("language", ["en", "ar", "ur", "fa_AF", "ti"])
def test_languages_already_consistent_are_unchanged(language):
    """Arabic has no polite "you"; Urdu, Dari and Tigrinya were already polite on the grown-up's page
    (Tigrinya's child's page by gender, gendered_feedback.po)."""
    assert _page(language, "PN0")["how"] in {
        "Draw a circle round one face.", "يمكنك رسم دائرة حول وجه واحد.", "ایک چہرے کے گرد دائرہ بنائیں۔",
        "دور یک چهره دایره بکشید.", "ንሓደ ገጽ ብኽቢ ኣኽብብዎ።"}
