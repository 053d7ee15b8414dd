"""Blind review 25, findings 11, 13, 14, 21: the feedback part of a child's own copy made once they
are grown up (years on) said "you" as to an adult stranger (formal or plural: Ukrainian "Скажіть",
Portuguese "Diga", Welsh "Dywedwch", Romanian "Spuneți", Bengali "আপনি", Pashto "وکړئ", Sorani
"بڵێن"), and Tigrinya's heading in the plural, amid the informal "you" of the rest of the copy;
Urdu said "سکتے" (masculine) to a woman and to a they/them reader; Polish named "rada gminy". The
page now speaks in the child's own register (``child:own``), and in the child's gender where the
language has one. Renders real copies and reads them back."""

from __future__ import annotations

import copy

import pytest

from recordgen import api

from recordfiles import SAM, docx_text, example_data

#: (language, what the page must say, what it must not) for Sam (she/her), made when she is 28.
OWN = [
    ("uk", "Скажи місцевій раді, що ти думаєш про цей лист", "Скажіть"),
    ("pt", "Diz à câmara municipal o que pensas desta carta", "Diga à câmara"),
    ("pt", "Podes enviar esta página", "Pode enviar esta página"),
    ("cy", "Dywed wrth y cyngor beth rwyt ti'n ei feddwl", "Dywedwch wrth y cyngor"),
    ("cy", "Gelli di anfon y dudalen hon", "Gallwch anfon"),
    ("ro", "Spune-i consiliului local ce crezi", "Spuneți consiliului"),
    ("ro", "Poți trimite această pagină", "Puteți trimite"),
    ("bn", "তুমি এই পাতাটি", "আপনি এই পাতাটি"),
    ("ps", "ته کولی شې دا پاڼه", "تاسو کولی شئ دا پاڼه"),
    ("ckb", "دەتوانیت ئەم پەڕەیە", "دەتوانن ئەم پەڕەیە"),
    ("pl", "Powiedz samorządowi, co myślisz o tym liście", "rad"),
    ("ti", "እትሓስቢ ንምምሕዳር ከባቢ ንገርዮ", "እትሓስቡ ንምምሕዳር ከባቢ ንገሩ"),
    ("ur", "بھیج سکتی ہیں", "بھیج سکتے ہیں"),
]


def grown_up_copy(monkeypatch, language: str, pronouns: str = "she/her", role: str = "child") -> str:
    monkeypatch.setenv("RECORDGEN_TODAY", "2045-03-01")  # Sam, born 2016, is 28: years on
    data = copy.deepcopy(example_data(SAM))
    data["child"]["pronouns"] = pronouns
    loaded = api.load_data(data, "record.yaml")
    original = next(r for r in loaded.record.distribution if r.role.value == role)
    recipient = original.model_copy(update={"language": language, "bilingual": False})
    distribution = [recipient if r is original else r for r in loaded.record.distribution]
    record = loaded.record.model_copy(update={"distribution": distribution})
    return docx_text(api.Renderer(allow_untranslated=True).render_copy(record, recipient).data)


@pytest.mark.parametrize("language, said, not_said", OWN)
def test_the_grown_up_childs_feedback_page_says_you_as_their_copy_does(monkeypatch, language, said, not_said):
    text = grown_up_copy(monkeypatch, language)
    assert said in text
    assert not_said not in text


def test_a_they_them_grown_up_is_told_in_urdu_without_a_gender(monkeypatch):
    text = grown_up_copy(monkeypatch, "ur", "they/them")
    assert "بھیج سکتے ہیں" not in text and "بھیج سکتی ہیں" not in text
    assert "بھیجا جا سکتا ہے" in text


def test_a_tigrinya_boy_is_told_in_the_masculine(monkeypatch):
    text = grown_up_copy(monkeypatch, "ti", "he/him")
    assert "እትሓስብ ንምምሕዳር ከባቢ ንገሮ" in text
