"""Words of the language's own fixed text read as a confidential placement's name (leaks 17): the
measuring tool found six texts in Urdu and Dari that would refuse a parent's copy whose placement had
these names. A word of the language's catalogs is a word of the language ("کیئرر", "carer"), and a
grammar word ("والا", "نہیں", "والی") is no single-consonant half of a name written as two words."""

from __future__ import annotations

import pytest

from recordgen.record.loading import load_record
from recordgen.rules.withholding import translation_leaks

from recordfiles import SAM


def placed(record, carers: str, school: str, address: str):
    record.placement.carers = carers
    record.placement.school = school
    record.placement.address = address
    return record


@pytest.mark.parametrize("language, said", [
    ("fa_AF", "دور چهره‌ای که احساس شما را دربارهٔ جلسه‌تان نشان می‌دهد، دایره بکشید."),  # "a face": Kerr
    ("ur", "فکروں کا گھر: ایک نیلا گھر جس کے اوپر بارش والا بادل ہے۔"),  # "rainy": Preseli
    ("ur", "آپ نے مجھے بتایا کہ ابھی آپ کو آزاد ملاقاتی کی ضرورت نہیں۔"),  # "no need": Darton
    ("ur", "ابھی آپ کو آزاد ملاقاتی کی ضرورت نہیں۔"),
    ("ur", "فوسٹر کیئرر"),  # "foster carer": Kerr
    ("ur", "خاندانی وقت کے بعد والی راتوں کے لیے آپ کے ساتھ مل کر سونے کے وقت کا پُرسکون منصوبہ بنائیں گے۔"),  # Wolverton
])
@pytest.mark.parametrize("school", ["Ysgol y Preseli", "Wolverton Academy"])
def test_the_languages_own_words_are_not_a_placements_name(language, said, school):
    record = placed(load_record(SAM).record, "Mr and Mrs Kerr", school, "12 Darton Close, Bletchley, MK12 5AA")
    record.distribution[1].language = language
    assert list(translation_leaks(record, {language: {"working_well.1": said}})) == []


@pytest.mark.parametrize("language, said, written, part", [
    ("ur", "آپ مسٹر اور مسز کیر کے ساتھ خوش ہیں۔", "کیر", "Kerr"),
    ("ur", "پریسلی سکول میں تمہاری استانی کہتی ہیں کہ تم اچھا پڑھتے ہو۔", "پریسلی", "Preseli"),
])
def test_the_names_themselves_are_still_caught(language, said, written, part):
    record = placed(load_record(SAM).record, "Mr and Mrs Kerr", "Ysgol y Preseli", "12 Darton Close, Wolverton, MK12 5AA")
    record.distribution[1].language = language
    leaks = list(translation_leaks(record, {language: {"working_well.1": said}}))
    assert any(leak[2].text == part and leak[2].written == written for leak in leaks), leaks
