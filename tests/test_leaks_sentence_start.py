"""A confidential placement's short name opening a sentence of a parent's copy (leaks 14): a
carers' short family name in Cyrillic before a verb of saying ("Тодд сказав...", Todd), and a
children's home's everyday-word short name ("Oak is OK.", Oak House). Mid-sentence, with its
capital, each was caught already; at a sentence's start a capital says nothing, and "Тодд" is an
everyday Ukrainian word by wordfreq (the name's own uses). Each test reads validate's output and
the parent's copy."""

from __future__ import annotations

import pytest

from recordgen.record.loading import load_record
from recordgen.rules.withholding import translation_leaks

from recordfiles import SAM
from test_leaks_blind9 import refused_and_said, sam_reading
from test_leaks_short_names import todd_carers

# ---------------------------------------------------------------- 1: a short family name in Cyrillic opening a sentence


@pytest.mark.parametrize("carers, said, written", [
    ("Mr and Mrs Todd", "Тодд сказав, що ти добре спиш.", "Тодд"),
    ("Mr and Mrs Todd", "Тодд каже, що ти добре читаєш.", "Тодд"),
    ("Mr and Mrs Dean", "Дін вважає, що тобі там добре.", "Дін"),
    ("Mr and Mrs Kemp", "Кемп хоче, щоб ти ходив на плавання.", "Кемп"),
    ("Mr and Mrs Hunt", "Хант був на зустрічі.", "Хант"),
])
def test_a_short_family_name_in_cyrillic_opening_a_sentence_is_caught(tmp_path, carers, said, written):
    record = sam_reading(tmp_path, "uk", said, {"carers": carers})
    (found,) = refused_and_said(record, "uk")
    assert f"this names '{written}' (read as '{carers.split()[-1]}', the family name of the carers" in found


@pytest.mark.parametrize("carers, said", [
    ("Mr and Mrs Nash", "Наш дім тобі подобається."),            # "our": an everyday word, no verb of saying after
    ("Mr and Mrs Vine", "Він сказав, що ти добре спиш."),          # "he": far too common to be a borrowed name
    ("Mr and Mrs Todd", "Тодд-стріт далеко."),                      # no verb of saying or being after
    ("Mr and Mrs Dodd", "Дід сказав, що ти добре спиш."),           # "grandad": commoner than a borrowed name
])
def test_an_everyday_word_opening_a_sentence_is_not_read_as_a_short_name(carers, said):
    record = load_record(SAM).record
    todd_carers(record)
    record.placement.carers = carers
    record.distribution[1].language = "uk"
    assert list(translation_leaks(record, {"uk": {"working_well.1": said}})) == []



# ---------------------------------------------------------------- 2: a home's everyday-word short name opening a sentence


@pytest.mark.parametrize("text", [
    "Oak is OK.",
    "Oak said you can have a dog.",
    "Oak was calm this month, and you slept well.",
    "Oak told your social worker you are doing well.",
    "Oak feels quiet since the older boys left.",
])
def test_a_homes_everyday_word_short_name_opening_a_sentence_is_caught(tmp_path, text):
    from recordfiles import larkspur, refused_for_parent, validation_errors, write_record

    path = write_record(tmp_path, larkspur(text, home="Oak House"))
    (found,) = [e for e in validation_errors(path) if e.path == "working_well.1"]
    assert "this names 'Oak', the short name of the carers 'Oak House'" in found.message
    assert refused_for_parent(tmp_path, path)


def test_the_everyday_word_opening_an_ordinary_sentence_is_no_false_alarm(tmp_path):
    from recordfiles import copy_text, larkspur, validation_errors, write_record

    path = write_record(tmp_path, larkspur("Oak trees grow slowly, and you planted an acorn.",
                                           "Oak is a hard wood, and you made a box from it.",
                                           "Oak is fine for a table, you said.",
                                           home="Oak House"))
    assert validation_errors(path) == []
    assert "Oak trees grow slowly" in copy_text(path)
