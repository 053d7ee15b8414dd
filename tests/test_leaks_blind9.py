"""A confidential placement leaking, in part, into a parent's copy in forms a blind review found
(issue 17, items 1 and 3b): a short name in another script, a Cyrillic case ending, a one-word
name written as two words, a family name split or shortened, a home's short name starting a
sentence, a home's staff's family name in the IRO's words. Each passed `validate` with 0 errors
and reached the parent's copy before this change; each test reads validate's output or the copy."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from recordgen import api
from recordgen.cli import main_group
from recordgen.record.loading import load_record

from recordfiles import copy_text, english_parent, refused_for_parent, validation_errors, write_record
from test_leaks_by_part import sam_in


def run(*args):
    return CliRunner().invoke(main_group, [str(a) for a in args])


def sam_reading(tmp_path: Path, language: str, said: str, change: dict[str, str]) -> Path:
    """Sam's record, the mum reading ``language``, working_well.2 translated as ``said``, the
    placement's fields (all confidential) changed as ``change`` says."""
    record = sam_in(tmp_path, language, said)
    text = record.read_text(encoding="utf-8")
    for field, value in change.items():
        old = next(line for line in text.splitlines() if line.startswith(f"  {field}: "))
        text = text.replace(old, f"  {field}: {value}")
    record.write_text(text, encoding="utf-8")
    return record


def refused_and_said(record: Path, language: str) -> list[str]:
    """validate's lines about working_well.2's translation; and the parent's copy is refused."""
    result = run("validate", record)
    assert result.exit_code == 1
    loaded = load_record(record)
    with pytest.raises(api.CopyWouldLeak):
        api.Renderer().render_copy(loaded, api.recipient_for(loaded.record, "parent"))
    return [line for line in result.output.splitlines() if f"languages.{language}.working_well.2.translation" in line]


# ---------------------------------------------------------------- 1: a consonant key of three letters


def test_a_carers_family_name_of_three_consonants_in_urdu_letters_is_caught(tmp_path):
    record = sam_reading(tmp_path, "ur", "تم اوڈباڈی خاندان کے ساتھ خوش ہو۔", {"carers": "Jo and Ray Oddbody"})
    (found,) = refused_and_said(record, "ur")
    assert "this names 'اوڈباڈی' (read as 'Oddbody', the family name of the carers 'Jo and Ray Oddbody')" in found


def test_a_three_consonant_name_needs_its_vowels_in_the_same_places():
    """"Oddbody" is "dbd" by its consonants, as are many words; only a word written with its vowels
    where the name has them, and in no word list, reads as it."""
    from recordgen.rules.name_forms import other_script_form

    assert other_script_form("اوڈباڈی", "oddbody") and other_script_form("одбоді", "oddbody")
    assert not other_script_form("ڈبڈ", "oddbody")        # no vowels written
    assert not other_script_form("دابود", "oddbody")      # begins with a consonant
    assert not other_script_form("відбудь", "oddbody")    # "serve out": a "в" before, another shape


# ---------------------------------------------------------------- 2: Ukrainian case endings, in Cyrillic


@pytest.mark.parametrize("said,change,written,read", [
    ("Тобі добре живеться у Вітмурі.", {"carers": "Whitmoor House children's home"}, "Вітмурі",
     "'Whitmoor', a distinctive word of the carers 'Whitmoor House children's home'"),
    ("Ти написав листівку Тісльвудам.", {"carers": "Jo and Ray Thistlewood"}, "Тісльвудам",
     "'Thistlewood', the family name of the carers 'Jo and Ray Thistlewood'"),
])
def test_a_name_in_cyrillic_with_a_ukrainian_case_ending_is_caught(tmp_path, said, change, written, read):
    record = sam_reading(tmp_path, "uk", said, change)
    (found,) = refused_and_said(record, "uk")
    assert f"this names '{written}' (read as {read})" in found


# ---------------------------------------------------------------- 3: one word written as two


def test_a_one_word_school_written_as_two_words_in_urdu_is_caught(tmp_path):
    record = sam_reading(tmp_path, "ur", "تم برکن فولڈ میں اچھا پڑھتے ہو۔", {"school": "Birkenfold Primary School"})
    (found,) = refused_and_said(record, "ur")
    assert "this names 'برکن فولڈ' (read as 'Birkenfold', the short name of the school" in found


def test_a_one_word_school_written_as_two_latin_words_is_caught(tmp_path):
    """By symmetry: "Birken fold" in Latin letters (whole words run together, already caught)."""
    def change(data):
        english_parent(data)
        data["placement"]["school"] = "Birkenfold Primary School"
        data["working_well"][0] = "You like your teacher at Birken Fold."
    (found,) = validation_errors(write_record(tmp_path, change))
    assert "'Birkenfold', the short name of the school" in found.message


# ---------------------------------------------------------------- 4: a family name split or shortened


def featherstonehaugh(text: str):
    def change(data):
        english_parent(data)
        data["placement"]["carers"] = "Jo and Ray Featherstonehaugh"
        data["working_well"][0] = text
    return change


@pytest.mark.parametrize("text,written", [
    ("You like the Featherstone-haugh family dog.", "Featherstone-haugh"),
    ("Mrs F-haugh takes you swimming.", "F-haugh"),
    ("You like Mrs Featherstone Haugh's cooking.", "Featherstone Haugh"),
])
def test_a_family_name_split_or_shortened_is_caught(tmp_path, text, written):
    path = write_record(tmp_path, featherstonehaugh(text))
    (found,) = validation_errors(path)
    assert found.path == "working_well.1" and found.line
    assert (f"this names '{written}' (read as 'Featherstonehaugh', the family name of the carers "
            "'Jo and Ray Featherstonehaugh')") in found.message
    assert refused_for_parent(tmp_path, path)


def test_a_family_name_s_words_in_small_letters_are_words(tmp_path):
    """"Odd body" for "Oddbody", "T-shirt": ordinary words, no false alarm."""
    def change(data):
        english_parent(data)
        data["placement"]["carers"] = "Jo and Ray Oddbody"
        data["working_well"][0] = "Odd body noises make you laugh, and you wear your Y-body and your T-shirt."
    path = write_record(tmp_path, change)
    assert validation_errors(path) == []
    parent = copy_text(path)
    assert "Odd body noises" in parent


# ---------------------------------------------------------------- 5: a home's short name starting a sentence


def larkspur(text: str):
    def change(data):
        english_parent(data)
        data["placement"]["carers"] = "Larkspur Lodge children's home"
        for recipient in data["distribution"]:
            if recipient["role"] == "carer":
                recipient["name"] = "Larkspur Lodge children's home"
        for person in data["review"]["attendees"]:
            if person["name"] == "Mark and Lisa Owen":
                person.update(name="Dee Walsh", role="key worker")
        data["working_well"][0] = text
    return change


@pytest.mark.parametrize("text", ["Larkspur is a nice place to live.", "Larkspur feels like home now, you said."])
def test_a_homes_short_name_starting_a_sentence_about_living_there_is_caught(tmp_path, text):
    path = write_record(tmp_path, larkspur(text))
    (found,) = validation_errors(path)
    assert "this names 'Larkspur', the short name of the carers 'Larkspur Lodge children's home'" in found.message
    assert refused_for_parent(tmp_path, path)


@pytest.mark.parametrize("text", ["Larkspur is a tall blue flower, and you grew some.",
                                  "Larkspur grows by the back wall of your home."])
def test_the_flower_starting_a_sentence_is_no_false_alarm(tmp_path, text):
    assert validation_errors(write_record(tmp_path, larkspur(text))) == []


# ---------------------------------------------------------------- 6: the family name of a home's staff


def meadowbank(text: str, carers: str = "Meadowbank children's home", who: str = "Tess Grainger",
               role: str = "manager of your home"):
    def change(data):
        english_parent(data)
        data["placement"].update(carers=carers, confidential=True)
        for person in data["review"]["attendees"]:
            if person["name"] == "Mark and Lisa Owen":
                person.update(name=who, role=role)
        for recipient in data["distribution"]:
            if recipient["role"] == "carer":
                recipient["name"] = who
        data["working_well"][0] = text
    return change


@pytest.mark.parametrize("carers,who,role,text,surname", [
    ("Meadowbank children's home", "Tess Grainger", "manager of your home",
     "Mrs Grainger says you are settling in well.", "Grainger"),
    ("Riverside supported lodgings", "Pat Hendry", "your lodgings host",
     "Pat Hendry helps you cook on Sundays.", "Hendry"),
])
def test_a_homes_staff_or_a_lodgings_hosts_family_name_in_free_text_is_reported_at_its_line(
        tmp_path, carers, who, role, text, surname):
    path = write_record(tmp_path, meadowbank(text, carers, who, role))
    result = run("validate", path)
    assert result.exit_code == 1
    (found,) = [line for line in result.output.splitlines() if "working_well.1" in line]
    line = path.read_text(encoding="utf-8").splitlines().index(f"- {text}") + 1
    assert found.startswith(f"{path}:{line}: working_well.1: error: this names '{surname}', the family name of "
                            f"{who}, who works where the child lives, which is kept from parents because the "
                            "placement is confidential (placement.confidential, line ")
    # The last look at the copy reads it too: the parent's copy is refused, not written.
    rendered = run("render", path, "--for", "parent", "-o", tmp_path / "out", "--format", "docx")
    assert rendered.exit_code != 0 and surname in rendered.output and not list((tmp_path / "out").glob("*.docx"))


def test_a_staff_family_name_shared_with_a_parent_is_no_secret(tmp_path):
    """Kinship: the key worker shares the mum's family name; hers is hers to see."""
    def change(data):
        meadowbank("Dee Khan took you bowling.", who="Dee Khan", role="key worker")(data)
    assert validation_errors(write_record(tmp_path, change)) == []
