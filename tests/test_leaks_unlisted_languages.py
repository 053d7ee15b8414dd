"""A carers' short family name in a parent's Pashto or Tigrinya translation, without a title
(leaks 14, item 3). wordfreq lists no words of these languages (nor of Sorani), so a word with the
name's two consonants could not be told from the name and only a name after a title counted. Now
one written letter for letter, its vowels where the name has them and of the same kind ("ټوډ",
"ቶድ" for Todd), counts when no list of its script and none of the language's catalogs has it.
Sorani writes every vowel, and its everyday words spell names so ("پۆل", "class", is "Poole"):
there a short name still counts after a title only (measured: tools/measure_name_forms.py --unlisted)."""

from __future__ import annotations

import pytest

from recordgen.record.loading import load_record
from recordgen.rules.name_forms import transliterated
from recordgen.rules.withholding import translation_leaks

from recordfiles import SAM
from test_leaks_blind9 import refused_and_said, sam_reading
from test_leaks_short_names import todd_carers


@pytest.mark.parametrize("language, said, written", [
    ("ckb", "بەڕێز تۆد دەڵێت تۆ دڵخۆشیت.", "تۆد"),   # Sorani: after a title, as before
    ("ps", "ته د ټوډ له کورنۍ سره خوشحاله یې.", "ټوډ"),
    ("ti", "ምስ ስድራ ቶድ ሕጉስ ኢኻ።", "ቶድ"),
])
def test_a_short_family_name_written_letter_for_letter_without_a_title_is_caught(tmp_path, language, said, written):
    record = sam_reading(tmp_path, language, said, {"carers": "Mr and Mrs Todd"})
    (found,) = refused_and_said(record, language)
    assert f"this names '{written}' (read as 'Todd', the family name of the carers" in found


@pytest.mark.parametrize("language, said", [
    ("ps", "ته د ټډ سره ښه یې."),                 # no vowel written: many words have "td"
    ("ckb", "تۆ لەگەڵ خێزانی تۆد دڵخۆشیت."),        # Sorani without a title: its words too often spell a name
    ("ckb", "هەموو شتێک تێدا باشە."),              # "in it": the same consonants, other vowels
    ("ckb", "باشە، سوپاس."),                      # "good": a word of the Sorani catalogs ("bashe", not Bass)
])
def test_words_with_the_names_consonants_but_not_its_letters_are_not_read_as_it(language, said):
    record = load_record(SAM).record
    todd_carers(record)
    record.placement.carers = "Mr and Mrs Bass" if "باشە" in said else "Mr and Mrs Todd"
    record.distribution[1].language = language
    assert list(translation_leaks(record, {language: {"working_well.1": said}})) == []


def test_letter_for_letter_keeps_the_kind_of_vowel():
    assert transliterated("کێر", "kerr") and transliterated("ከር", "kerr") and transliterated("بۆید", "boyd")
    assert not transliterated("تێدا", "todd") and not transliterated("لە", "lee")  # "in it"; two letters
    assert not transliterated("باسې", "bass")  # the word's last vowel is sounded (a name's silent "e" is not)
