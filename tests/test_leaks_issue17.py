"""Issue 17, "nothing leaked": a sibling's confidential placement in a batch, a children's home's
short name at a sentence's start or in a translation, a short family name in another script, and
the nickname rule's false alarms. Each test writes real records and reads the parent's copy back."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from recordgen import api
from recordgen.cli import main_group

from recordfiles import (EXAMPLES, brother, brother_naming_her_school, docx_text, english_parent, larkspur,
                         parent_copies, refused_for_parent, validation_errors, write_record)

TODAY = "2026-12-06"


def run(*args):
    return CliRunner().invoke(main_group, [str(a) for a in args], env={"RECORDGEN_TODAY": TODAY})


def manifest(out: Path) -> list[dict]:
    with open(out / "manifest.csv", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


# ---------------------------------------------------------------- 1: siblings' records in one batch


def test_a_batch_refuses_the_parent_copy_that_names_a_siblings_confidential_school(tmp_path):
    records = tmp_path / "records"
    records.mkdir()
    write_record(records, english_parent, name="review-sam.yaml")

    write_record(records, brother_naming_her_school, name="review-leo.yaml")
    out = tmp_path / "out"
    result = run("batch", records, "-o", out, "--workers", "1", "--format", "docx")
    for copy in parent_copies(out):  # no copy on disk, whoever it is for, names the school to the mum
        assert "Westcliffe" not in docx_text(copy.read_bytes()), copy.name
    assert result.exit_code == 1, result.output
    rows = manifest(out)
    (refused,) = [r for r in rows if r["source"].endswith("review-leo.yaml") and r["role"] == "parent"]
    assert refused["status"] == "failed" and refused["path"] == ""
    assert "review-sam.yaml" in refused["reason"] and "worries.1" in refused["reason"]
    assert "Westcliffe" not in refused["reason"]  # the manifest travels: it names no secret either
    others = [r for r in rows if r is not refused]
    assert others and {r["status"] for r in others} == {"ready"}
    assert not [p for p in out.rglob("*") if p.name.startswith((".tmp-", ".claim-")) or p.name.endswith(".partial")]
    leo_folder = out / "NL-20452"
    assert not parent_copies(leo_folder)
    assert [p for p in leo_folder.rglob("*.docx") if "_child-" in p.name]


def test_a_shard_compares_with_the_siblings_in_the_other_shards(tmp_path):
    records = tmp_path / "records"
    records.mkdir()
    write_record(records, english_parent, name="review-sam.yaml")

    write_record(records, brother_naming_her_school, name="review-leo.yaml")
    rows = []
    for shard in ("1/2", "2/2"):
        out = tmp_path / shard.replace("/", "-")
        run("batch", records, "-o", out, "--workers", "1", "--format", "docx", "--shard", shard)
        if (out / "manifest.csv").exists():
            rows += manifest(out)
    (refused,) = [r for r in rows if r["source"].endswith("review-leo.yaml") and r["role"] == "parent"]
    assert refused["status"] == "failed" and "review-sam.yaml" in refused["reason"]


def test_a_batch_of_siblings_with_different_parents_makes_every_copy(tmp_path):
    records = tmp_path / "records"
    records.mkdir()
    write_record(records, english_parent, name="review-sam.yaml")

    def leo(data):
        brother(data)
        for recipient in data["distribution"]:
            if recipient["role"] == "parent":
                recipient["name"] = "Kerry Booth"
        data["review"]["attendees"][4]["name"] = "Kerry Booth"
        data["worries"][0] = "You play football at Westcliffe park on Saturdays."
    write_record(records, leo, name="review-leo.yaml")
    out = tmp_path / "out"
    result = run("batch", records, "-o", out, "--workers", "1", "--format", "docx")
    assert result.exit_code == 0, result.output
    assert {r["status"] for r in manifest(out)} == {"ready"}


# ---------------------------------------------------------------- 2: a home's short name opening a sentence, or translated


def parents_copy(path: Path) -> str:
    loaded = api.load_record(path)
    return docx_text(api.Renderer().render_copy(loaded, api.recipient_for(loaded.record, "parent")).data)


@pytest.mark.parametrize("text", ["Larkspur is OK.", "Larkspur was noisy at first, you said.",
                                  "Larkspur said you can have a hamster."])
def test_a_rare_words_short_name_opening_a_sentence_is_the_home(tmp_path, text):
    path = write_record(tmp_path, larkspur(text, home="Larkspur House"))
    (found,) = [e for e in validation_errors(path) if e.path == "working_well.1"]
    assert "'Larkspur', the short name of the carers 'Larkspur House'" in found.message
    assert refused_for_parent(tmp_path, path)


@pytest.mark.parametrize("home, text", [
    ("Oak House", "Oak is OK as a wood for the shelf you made."),
    ("Hope House", "Hope is what keeps you going, you said."),
    ("Larkspur House", "Larkspur grows by the back wall, and you water it."),
    ("Linnet Lodge", "You see a counsellor at the Linnet Centre every Wednesday."),
])
def test_an_everyday_word_or_another_places_name_is_no_false_alarm(tmp_path, home, text):
    path = write_record(tmp_path, larkspur(text, home=home))
    assert [e for e in validation_errors(path) if e.path == "working_well.1"] == []
    assert text in parents_copy(path)


def home_in_translation(tmp_path: Path, language: str, said: str) -> Path:
    """Sam's record at Larkspur House, its parent's copy in ``language``, with ``said`` opening the
    stored translation of the second thing working well."""
    for name in ("review-sam-9.yaml", "review-sam-9.translations.yaml"):
        shutil.copyfile(EXAMPLES / name, tmp_path / name)
    record = tmp_path / "review-sam-9.yaml"
    text = record.read_text(encoding="utf-8").replace("Mark and Lisa Owen", "Larkspur House")
    record.write_text(text.replace("    language: ur\n", f"    language: {language}\n", 1), encoding="utf-8")
    sidecar = tmp_path / "review-sam-9.translations.yaml"
    from recordgen.translation import load_translations

    translations = load_translations(record).languages
    if language not in translations:
        pytest.skip(f"no {language} translation in the example")
    original = translations[language]["working_well.2"].translation
    sidecar.write_text(sidecar.read_text(encoding="utf-8").replace(original, said + " " + original), encoding="utf-8")
    return record


@pytest.mark.parametrize("said, written", [
    ("Larkspur میں سب ٹھیک ہے۔", "Larkspur"),      # the English name, at the start of an Urdu sentence
    ("آپ لارکسپر میں خوش ہیں۔", "لارکسپر"),         # written in Urdu letters
])
def test_the_homes_short_name_in_the_parents_translation_is_refused(tmp_path, said, written):
    record = home_in_translation(tmp_path, "ur", said)
    loaded = api.load_record(record)
    with pytest.raises(api.CopyWouldLeak) as refused:
        api.Renderer().render_copy(loaded, api.recipient_for(loaded.record, "parent"))
    assert written in str(refused.value)
    result = run("validate", record)
    assert result.exit_code == 1 and "translations.yaml" in result.output and "Larkspur" in result.output


@pytest.mark.parametrize("language, said", [
    ("cy", "Mae Larkspur yn iawn."), ("pt", "Larkspur está bem."), ("uk", "Тобі добре в Ларкспурі."),
    ("bn", "লার্কস্পার ভালো।"), ("ps", "لارکسپر ښه دی."), ("ti", "ላርክስፐር ጽቡቕ እዩ።"),
])
def test_the_homes_short_name_is_found_in_a_translation_into_each_language(language, said):
    from recordgen.rules.withholding import translation_leaks

    record = api.load_record(EXAMPLES / "review-sam-9.yaml").record
    record.placement.carers = "Larkspur House"
    for recipient in record.distribution:
        if recipient.role.value == "parent":
            recipient.language = language
    assert [s.text for *_, s, _ in translation_leaks(record, {language: {"working_well.1": said}})] == ["Larkspur"]


def test_a_person_called_as_the_home_is_named_in_a_translated_copy(tmp_path):
    """The social worker Rose Smith, and the home Rose Cottage: her name in the Urdu copy's lists is hers."""
    def change(data):
        larkspur(home="Rose Cottage")(data)
        for recipient in data["distribution"]:
            if recipient["role"] == "parent":
                recipient["language"] = "ur"
        for person in data["review"]["attendees"] + data["distribution"]:
            if person["name"] == "Jo Smith":
                person["name"] = "Rose Smith"
    loaded = api.load_record(write_record(tmp_path, change))
    copy = api.Renderer(allow_untranslated=True).render_copy(loaded, api.recipient_for(loaded.record, "parent"))
    assert "Rose" in docx_text(copy.data)


def test_the_english_half_of_a_translated_copy_keeps_the_word(tmp_path):
    from recordgen.rules.withholding import translation_leaks

    record = api.load_record(EXAMPLES / "review-sam-9.yaml").record
    record.placement.carers = "Larkspur House"
    said = "Larkspur grows by the back wall, and you water it."
    assert list(translation_leaks(record, {"ur": {"working_well.1": said}})) == []


# ---------------------------------------------------------------- 3: a short family name in Cyrillic that a word list has


def rudd_at_school(language: str):
    from recordgen.record.model import Attendee

    record = api.load_record(EXAMPLES / "review-sam-9.yaml").record
    record.review.attendees.append(Attendee(name="Mr Rudd", role="head of year", attended=True))
    for recipient in record.distribution:
        if recipient.role.value == "parent":
            recipient.language = language
    return record


@pytest.mark.parametrize("language, said, written", [
    ("uk", "Ти часто бачиш Радда на перерві.", "Радда"),      # a capital mid-sentence: a name
    ("ru", "Тебе нравится, когда Радд хвалит тебя.", "Радд"),
    ("uk", "Радд каже, що ти добре читаєш.", "Радд"),          # opening a sentence: no everyday word
])
def test_a_short_surname_a_word_list_has_is_caught_in_cyrillic_without_a_title(language, said, written):
    from recordgen.rules.withholding import translation_leaks

    (leak,) = translation_leaks(rudd_at_school(language), {language: {"working_well.1": said}})
    assert leak[2].written == written and leak[2].text == "Rudd"


@pytest.mark.parametrize("said", [
    "Туди ти ходиш щодня, і Вам це подобається.",   # "there": Todd's consonants, an everyday word opening it
    "Ви кажете, що Ваш син добре читає.",            # "You", "Your" with a capital, as letters write them
])
def test_an_everyday_word_or_a_polite_you_with_a_capital_is_no_name(said):
    from recordgen.rules.withholding import translation_leaks

    record = rudd_at_school("uk")
    record.placement.carers = "Mr and Mrs Todd"
    assert list(translation_leaks(record, {"uk": {"working_well.1": said}})) == []


# ---------------------------------------------------------------- 4: short forms of a withheld recipient's first name


def kept_off(who: str, language: str = "en", text: str = ""):
    def change(data):
        for recipient in data["distribution"]:
            if recipient["role"] == "parent":
                recipient.update(language=language, format="docx")
        data["distribution"].append({"role": "other", "name": who, "withhold_from": ["parent"]})
        if text:
            data["working_well"][0] = text
    return change


@pytest.mark.parametrize("who, word", [("Mary Jones (aunt)", "Mae"), ("Elizabeth Jones (aunt)", "Beth")])
def test_a_welsh_copys_own_words_are_no_short_form_of_a_withheld_name(tmp_path, who, word):
    """Welsh "Mae" ("is") and "Beth" ("what") are in every Welsh copy's fixed text; the nicknames
    list has them as Mary's and Elizabeth's: the copy was refused whenever such a person was withheld."""
    path = write_record(tmp_path, kept_off(who, "cy"))
    loaded = api.load_record(path)
    copy = docx_text(api.Renderer(allow_untranslated=True).render_copy(
        loaded, api.recipient_for(loaded.record, "parent")).data)
    assert word in copy.split() and who.split()[0] not in copy


def test_nan_is_a_grandmother_not_a_short_form_of_a_withheld_hannah(tmp_path):
    path = write_record(tmp_path, kept_off("Hannah Price (dad's partner)", text="Ask Nan to come to the next family time."))
    assert [e for e in validation_errors(path) if e.path == "working_well.1"] == []
    loaded = api.load_record(path)
    copy = docx_text(api.Renderer().render_copy(loaded, api.recipient_for(loaded.record, "parent")).data)
    assert "Nan" in copy and "Hannah" not in copy


def test_a_short_form_of_a_withheld_name_is_still_caught(tmp_path):
    path = write_record(tmp_path, kept_off("Robert Jones (mum's partner)", text="You see Bob on Saturdays."))
    assert any("'Bob'" in e.message for e in validation_errors(path) if e.path == "working_well.1")


def test_a_short_form_in_another_persons_whole_name_is_that_person(tmp_path):
    """"Lee" is a short form of Shirley in the nicknames list, and a name in its own right: "Lee
    Garrow" is someone else; "Lee" alone may be her, and is still an error."""
    said = "Ask the police about the messages from Lee Garrow."
    path = write_record(tmp_path, kept_off("Shirley Price (dad's partner)", text=said))
    assert [e for e in validation_errors(path) if e.path == "working_well.1"] == []
    assert said in parents_copy(path)
    path = write_record(tmp_path, kept_off("Shirley Price (dad's partner)", text="You see Lee on Saturdays."))
    assert any("'Lee'" in e.message for e in validation_errors(path) if e.path == "working_well.1")
