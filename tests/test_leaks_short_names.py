"""A confidential placement's short names in a parent's translated copy (issue 17, leaks 9): a
carers' family name of two or three consonants ("Todd") written in another script, its vowels
left out as Urdu and Bengali may ("ٹڈ", "টড")."""

from __future__ import annotations

import shutil

import pytest

from recordgen import api
from recordgen.record.loading import load_record
from recordgen.rules.withholding import translation_leaks

from recordfiles import EXAMPLES, SAM


def todd_carers(record):
    record.placement.carers = "Mr and Mrs Todd"
    for person in record.review.attendees:
        if person.name == "Mark and Lisa Owen":
            person.name = "Mr and Mrs Todd"
    for recipient in record.distribution:
        if recipient.name == "Mark and Lisa Owen":
            recipient.name = "Mr and Mrs Todd"


@pytest.mark.parametrize("language, said", [
    ("ur", "آپ مسٹر اور مسز ٹاڈ کے ساتھ رہتے ہیں اور خوش ہیں۔"),
    ("ur", "آپ ٹڈ کے گھر میں خوش ہیں۔"),            # no vowels written, no title: in no Urdu word list
    ("bn", "তুমি মিসেস টড-এর সাথে ভালো আছো।"),       # "টড" is a listed Bengali word (Todd): after a title
    ("uk", "Тобі добре з паном і пані Тодд."),
])
def test_a_short_carers_name_in_another_script_is_caught(language, said):
    record = load_record(SAM).record
    todd_carers(record)
    record.distribution[1].language = language
    (leak,) = translation_leaks(record, {language: {"working_well.1": said}})
    assert leak[2].text == "Todd" and leak[2].written and leak[2].written in said


@pytest.mark.parametrize("language, said", [
    ("bn", "তুমি টড দেখেছ।"),                         # a listed word, not after a title
    ("ps", "ته د ټډ سره ښه یې."),                     # no word list for Pashto: only after a title
    ("bn", "পালক পরিবারের বোন তোমাকে সাহায্য করে।"),   # "bon", sister: not "Benn"
])
def test_a_short_name_is_not_read_into_words_that_are_not_written_as_a_name(language, said):
    record = load_record(SAM).record
    todd_carers(record)
    record.placement.carers = "Mr and Mrs Todd"
    record.distribution[1].language = language
    assert list(translation_leaks(record, {language: {"working_well.1": said}})) == []


def test_the_urdu_copy_naming_the_carers_without_vowels_is_refused(tmp_path):
    for name in ("review-sam-9.yaml", "review-sam-9.translations.yaml"):
        shutil.copyfile(EXAMPLES / name, tmp_path / name)
    record = tmp_path / "review-sam-9.yaml"
    record.write_text(record.read_text(encoding="utf-8").replace("Mark and Lisa Owen", "Mr and Mrs Todd"),
                      encoding="utf-8")
    sidecar = tmp_path / "review-sam-9.translations.yaml"
    from recordgen.translation import load_translations

    original = load_translations(record).languages["ur"]["working_well.2"].translation
    sidecar.write_text(sidecar.read_text(encoding="utf-8").replace(original, original + " ٹڈ گھر"),
                       encoding="utf-8")
    loaded = load_record(record)
    with pytest.raises(api.CopyWouldLeak) as refused:
        api.Renderer().render_copy(loaded, api.recipient_for(loaded.record, "parent"))
    assert "ٹڈ" in str(refused.value)


# ---------------------------------------------------------------- 2: a name written as two words, one of a single consonant


@pytest.mark.parametrize("language, said, written", [
    ("ur", "اوک فیلڈ میں تمہاری استانی کہتی ہیں کہ تم اچھا پڑھتے ہو۔", "اوک فیلڈ"),
    ("bn", "ওক ফিল্ড স্কুলে তোমার শিক্ষক বলেন তুমি ভালো পড়ো।", "ওক ফিল্ড"),
    ("uk", "Вчителька в Оук філд каже, що ти добре читаєш.", "Оук філд"),
])
def test_a_school_written_as_two_words_one_of_a_single_consonant_is_caught(language, said, written):
    record = load_record(SAM).record
    record.placement.school = "Oakfield Primary School"
    record.distribution[1].language = language
    (leak,) = translation_leaks(record, {language: {"working_well.1": said}})
    assert leak[2].text == "Oakfield" and leak[2].written == written


def test_two_words_one_of_a_single_consonant_are_not_joined_in_a_language_without_a_word_list():
    """Sorani has no word list to tell "یان", "or", from a name's half: "بنووسیت یان" is not "Penistone"."""
    record = load_record(SAM).record
    record.placement.school = "Penistone Grammar School"
    record.distribution[1].language = "ckb"
    assert list(translation_leaks(record, {"ckb": {"working_well.1": "دەتوانیت بنووسیت یان تەلەفۆن بکەیت."}})) == []


# ---------------------------------------------------------------- 5: a phone number in a translation, or in other digits or words


@pytest.mark.parametrize("number", ["۰۷۷۰۰ ۹۰۰۴۶۱", "07700 900461"])
def test_a_phone_number_in_the_parents_translation_is_an_error_and_the_copy_is_refused(tmp_path, number):
    from recordfiles import refused_for_parent, validation_errors

    for name in ("review-sam-9.yaml", "review-sam-9.translations.yaml"):
        shutil.copyfile(EXAMPLES / name, tmp_path / name)
    record = tmp_path / "review-sam-9.yaml"
    sidecar = tmp_path / "review-sam-9.translations.yaml"
    from recordgen.translation import load_translations

    original = load_translations(record).languages["ur"]["working_well.2"].translation
    sidecar.write_text(sidecar.read_text(encoding="utf-8").replace(original, original + f" ({number})"),
                       encoding="utf-8")
    (found,) = [e for e in validation_errors(record) if e.path == "languages.ur.working_well.2.translation"]
    assert "gives the phone number '" in found.message and number in found.message and found.line
    assert refused_for_parent(tmp_path, record)


# ---------------------------------------------------------------- 6: a school staff surname of five letters or fewer in another script


@pytest.mark.parametrize("language, said, written", [
    ("uk", "Пані Бегум каже, що ти добре читаєш.", "Бегум"),
    ("ur", "مسز بیگم کہتی ہیں کہ تم اچھا پڑھتے ہو۔", "بیگم"),   # "begum" is an Urdu word too: after a title
    ("bn", "মিস্টার রাড বলেন তুমি ভালো পড়ো।", "রাড"),
])
def test_a_short_school_staff_surname_in_another_script_is_caught(language, said, written):
    from recordgen.record.model import Attendee

    record = load_record(SAM).record
    record.review.attendees += [Attendee(name="Mrs Begum", role="teacher", attended=True),
                                Attendee(name="Mr Rudd", role="head of year", attended=True)]
    record.distribution[1].language = language
    (leak,) = translation_leaks(record, {language: {"working_well.1": said}})
    assert leak[2].written == written and leak[2].what == "family name of someone who works at the child's school"


def test_a_short_staff_surname_that_is_a_word_without_a_title_is_the_word():
    from recordgen.record.model import Attendee

    record = load_record(SAM).record
    record.review.attendees.append(Attendee(name="Mrs Begum", role="teacher", attended=True))
    record.distribution[1].language = "ur"
    assert list(translation_leaks(record, {"ur": {"working_well.1": "بیگم صاحبہ نے کہا کہ تم اچھا پڑھتے ہو۔"}})) == []


# ---------------------------------------------------------------- 3: Czech and Slovak family names' feminine and plural


@pytest.mark.parametrize("carers, text", [
    ("Jan and Eva Novák", "Mrs Nováková takes you swimming on Saturdays."),
    ("Jan and Eva Novák", "You like living with the Novákovi."),
    ("Jan and Eva Novák", "Bydlíš u Novákových."),
    ("Petr and Jana Dvorský", "Mrs Dvorská helps you with reading."),
    ("Petr and Jana Dvorský", "The Dvorští take you to the park."),
    ("Karel and Lenka Svoboda", "Mrs Svobodová says you sleep well."),
])
def test_a_czech_family_names_feminine_or_plural_is_caught(tmp_path, carers, text):
    from recordfiles import english_parent, validation_errors, write_record

    def change(data):
        english_parent(data)
        for person in [data["placement"]] + data["review"]["attendees"] + data["distribution"]:
            for key in ("carers", "name"):
                if person.get(key) == "Mark and Lisa Owen":
                    person[key] = carers
        data["worries"][0] = text
    path = write_record(tmp_path, change)
    found = [e.message for e in validation_errors(path) if e.path == "worries.1"]
    assert found and "family name" in found[0], found
    with pytest.raises(api.CopyWouldLeak):
        from recordfiles import copy_text
        copy_text(path)
