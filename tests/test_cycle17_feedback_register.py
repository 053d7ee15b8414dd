"""Blind review 28, finding 26: a parent's feedback page (the last page of the record written to the
child, sent to a parent when the settings say so) asked the parent in the child's familiar "you" in
Ukrainian, Romanian, Portuguese and Welsh (and Pashto, Sorani and Bengali): "Скажи мені, що ти
думаєш", "Spune-mi ce crezi", "Diz-me o que pensas", "Dywed wrtha i beth rwyt ti'n ei feddwl". As for
Polish (trans25), feedback.po's forms are to an adult; the child's own are in gendered_feedback.po's
``child:own``. Renders real copies and reads them back."""

from __future__ import annotations

import copy
import re

import pytest

from recordgen import api
from recordgen.record.settings import FeedbackSettings, Settings

from recordfiles import SAM, docx_text, example_data

#: language: (the parent's heading and question, words of the child's "you" that must not be on it,
#:            the child's own heading, kept in the child's copy)
CASES = {
    "uk": (("Скажіть мені, що ви думаєте про цей лист", "Чи був цей лист вам зрозумілим?"),
           ("ти думаєш", "тобі", "Постав ", "напиши", "Ти також"), "Скажи мені, що ти думаєш про цей лист"),
    "ro": (("Spuneți-mi ce credeți despre această scrisoare", "Ați înțeles această scrisoare?"),
           ("Spune-mi", "crezi", "Bifează", "Ce ai schimba", "Poți trimite", "Te rog să-l scrii"),
           "Spune-mi ce crezi despre această scrisoare"),
    "pt": (("Diga-me o que pensa desta carta", "Percebeu esta carta?"),
           ("Diz-me", "pensas", "Percebeste", "Assinala", "mudarias", "podes", "escreve-o"),
           "Diz-me o que pensas desta carta"),
    "cy": (("Dywedwch wrtha i beth rydych chi'n ei feddwl o'r llythyr hwn",
            "Oedd y llythyr hwn yn gwneud synnwyr i chi?"),
           ("rwyt ti", "i ti?", "Rho dic", "fyddet ti", "Gelli di", "os gweli di"),
           "Dywed wrtha i beth rwyt ti'n ei feddwl o'r llythyr hwn"),
    "ps": (("ماته ووایاست چې د دې لیک په اړه څه فکر کوئ",), ("ووایه", "تاته", "ولګوه", "ته څه", "ولیکه"),
           "ماته ووایه چې د دې لیک په اړه څه فکر کوې"),
    "ckb": (("پێم بڵێن دەربارەی ئەم نامەیە چی بیر دەکەنەوە",), ("پێم بڵێ ", "تێگەیشتی", "بدە.", "دەتەوێت", "بینووسە."),
            "پێم بڵێ دەربارەی ئەم نامەیە چی بیر دەکەیتەوە"),
    "bn": (("এই চিঠি সম্পর্কে আপনি কী ভাবেন, আমাকে জানান", "এই চিঠিটা কি আপনি বুঝতে পেরেছেন?"),
           ("তুমি", "দাও", "তোমার", "দিও"), "এই চিঠি সম্পর্কে তুমি কী ভাবো, আমাকে বলো"),
}


@pytest.mark.parametrize("language", sorted(CASES))
def test_a_parents_feedback_page_asks_the_parent_politely_the_childs_keeps_her_you(language):
    asks, familiar, own_heading = CASES[language]
    data = copy.deepcopy(example_data(SAM))
    data["review"]["attendees"].append({"name": "Tomasz Nowak", "role": "dad", "attended": False})
    data["distribution"].append({"role": "parent", "name": "Tomasz Nowak", "language": language})
    data["distribution"][0]["language"] = language
    loaded = api.load_data(data, "record.yaml")
    renderer = api.Renderer(settings=Settings(feedback=FeedbackSettings(parents=True)), allow_untranslated=True)
    dad = next(r for r in loaded.record.distribution if r.name == "Tomasz Nowak")
    text = docx_text(renderer.render_copy(loaded.record, dad).data)
    assert asks[0] in text, text[-1500:]
    page = text[text.index(asks[0]):]
    code = re.search(r"[0-9A-Z]{4}-[0-9A-Z]{4}", page)  # the page ends with its code's sentence
    page = page[:page.index("\n", code.end()) if "\n" in page[code.end():] else None]
    for line in asks:
        assert line in page
    for word in familiar:
        assert word not in page, (word, page)
    sam = api.recipient_for(loaded.record, "child")
    own = docx_text(renderer.render_copy(loaded.record, sam).data)
    assert own_heading in own
