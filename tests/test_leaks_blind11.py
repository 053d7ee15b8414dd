"""Leaks found by the eighth blind review (notes/blind8/REPORT.md, findings 1 and 2). Each test
writes a real record, then reads validate's output, or the parent's copy back."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from recordgen import api
from recordgen.cli import main_group

from recordfiles import copy_text, english_parent, validation_errors, write_record


def run(*args):
    return CliRunner().invoke(main_group, [str(a) for a in args])


# ---------------------------------------------------------------- 1: a secret name or initials in an email address


def zawadzki_carers(data) -> None:
    data["placement"]["carers"] = "Anna and Piotr Zawadzki"
    data["review"]["attendees"][2]["name"] = "Anna and Piotr Zawadzki"
    data["distribution"][2]["name"] = "Anna and Piotr Zawadzki"


def brackenmoor_home(data) -> None:
    data["placement"].update(carers="Brackenmoor children's home",
                             address="Brackenmoor, 9 Fellside Road, Hartlepool, TS24 8NZ")
    data["review"]["attendees"][2].update(name="Dale Hopkirk", role="key worker")
    data["distribution"][2]["name"] = "Dale Hopkirk"


def outwood_school(data) -> None:
    data["placement"]["school"] = "Outwood Grange Primary School"


@pytest.mark.parametrize("place, text, named", [
    (zawadzki_carers, "Anna will send photos of your bake to your mum from anna.zawadzki@gmail.com each week.",
     "'Zawadzki'"),
    (brackenmoor_home, "You can email Dale at dale.hopkirk@fellcare.co.uk if you need help with it.", "'Hopkirk'"),
    (brackenmoor_home, "You can email Dale at Dale_Hopkirk+club@fellcare.co.uk if you need help.", "'Hopkirk'"),
    (outwood_school, "Your teacher will send your reading log to your mum from admin@ogps.wakefield.sch.uk.",
     "'OGPS'"),
])
def test_a_secret_name_or_the_schools_initials_in_an_email_address_is_caught(tmp_path, place, text, named):
    def change(data):
        english_parent(data)
        place(data)
        data["worries"][0] = text
    path = write_record(tmp_path, change)
    found = [e.message for e in validation_errors(path) if e.path == "worries.1"]
    assert any(f"this names {named}" in message for message in found), found
    with pytest.raises(api.CopyWouldLeak):
        copy_text(path)


@pytest.mark.parametrize("text", [
    "You can email me at helen.price@example.gov.uk at any time.",  # the IRO's own address (review.chair)
    "Jo's email is jo.smith@example.gov.uk if you need her.",  # the social worker's
    "You can email the Children's Rights Service at childrens.rights@example.gov.uk.",  # settings' address
    "The school has told us your class is called owls@westview.",  # no address, and no secret in it
])
def test_the_iros_and_councils_addresses_still_pass(tmp_path, text):
    def change(data):
        english_parent(data)
        outwood_school(data)
        data["worries"][0] = text
    path = write_record(tmp_path, change)
    assert [e for e in validation_errors(path) if e.path == "worries.1"] == []
    assert text in copy_text(path)


def test_the_initials_in_small_letters_outside_an_address_are_still_no_name(tmp_path):
    text = "Your teacher says ogps is how the class writes its team name."
    def change(data):
        english_parent(data)
        outwood_school(data)
        data["worries"][0] = text
    path = write_record(tmp_path, change)
    assert [e for e in validation_errors(path) if e.path == "worries.1"] == []


# ---------------------------------------------------------------- 2: Polish plural and capitals of a -ski/-cki/-dzki name


def sam_with_polish_carers(tmp_path, said: str, carers: str):
    from test_leaks_by_part import sam_in

    record = sam_in(tmp_path, "pl", said)
    text = record.read_text(encoding="utf-8")
    record.write_text(text.replace("Mark and Lisa Owen", carers), encoding="utf-8")
    return record


@pytest.mark.parametrize("said, carers, named", [
    ("Państwo Zawadzcy mówią, że pomagasz pani Annie piec.", "Anna and Piotr Zawadzki", "Zawadzki"),
    ("Brzeziccy mówią, że pomagasz piec.", "Anna and Piotr Brzezicki", "Brzezicki"),
    ("Państwo Zakrzewscy mówią, że dobrze ci idzie.", "Anna and Piotr Zakrzewski", "Zakrzewski"),
    ("Lubisz jeździć z Zawadzkimi nad morze.", "Anna and Piotr Zawadzki", "Zawadzki"),
    ("Dobrze ci u państwa Brzezickich.", "Anna and Piotr Brzezicki", "Brzezicki"),
    ("U PANI ZAWADZKIEJ JEST CI DOBRZE.", "Anna and Piotr Zawadzki", "Zawadzki"),
    ("PAŃSTWO ZAWADZCY MÓWIĄ, ŻE POMAGASZ.", "Anna and Piotr Zawadzki", "Zawadzki"),
])
def test_a_polish_plural_or_capitals_of_the_carers_ski_name_is_caught(tmp_path, said, carers, named):
    from recordgen.record.loading import load_record

    record = sam_with_polish_carers(tmp_path, said, carers)
    result = run("validate", "--copies", record)
    assert result.exit_code == 1, result.output
    (found,) = [line for line in result.output.splitlines() if "languages.pl.working_well.2.translation" in line]
    assert f"the family name of the carers '{carers}'" in found
    loaded = load_record(record)
    with pytest.raises(api.CopyWouldLeak):
        api.Renderer().render_copy(loaded, api.recipient_for(loaded.record, "parent"))


@pytest.mark.parametrize("said, carers", [
    ("Twoi koledzy, polscy chłopcy, mówią, że dobrze grasz.", "Anna and Piotr Zawadzki"),  # "polscy": no name
    ("Masz kolegę, który nazywa się Zawadowski.", "Anna and Piotr Zawadzki"),  # another name, same start
])
def test_a_polish_word_sharing_only_the_stem_is_not_the_name(tmp_path, said, carers):
    record = sam_with_polish_carers(tmp_path, said, carers)
    result = run("validate", "--copies", record)
    assert not [line for line in result.output.splitlines() if "languages.pl.working_well.2" in line], result.output
