"""The surname of someone who works at a confidential school, in the IRO's own words: a school's
staff list is public, so "Mr Hartigan says your science is improving" finds the school. Parents'
lists already give the school's staff by first name and role (rules/staff.py); before this change
the IRO's text, and its translations, reached a parent's copy with the surname in it."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from recordgen import api
from recordgen.cli import main_group
from recordgen.record.loading import load_record

from recordfiles import EXAMPLES, copy_text, english_parent, validation_errors, write_record
from test_leaks_by_part import sam_in

SAID = "Mr Hartigan says your science is improving."


def run(*args):
    return CliRunner().invoke(main_group, [str(a) for a in args])


def hartigan(text: str = SAID, name: str = "Mr Hartigan", role: str = "science teacher", confidential=True):
    """Sam's record, the mum reading English; Mrs Patel's place among who came taken by ``name``."""
    def change(data):
        english_parent(data)
        data["placement"]["confidential"] = confidential
        data["review"]["attendees"][3] = {"name": name, "role": role}
        data["working_well"][1] = text
    return change


def parent_copy(path: Path, role: str = "parent") -> str:
    return copy_text(path, role)


def test_a_school_teachers_surname_in_the_iros_text_is_reported_at_its_line_and_the_parents_copy_refused(tmp_path):
    path = write_record(tmp_path, hartigan())
    result = run("validate", path)
    assert result.exit_code == 1
    (found,) = [line for line in result.output.splitlines() if "working_well.2" in line]
    line = path.read_text(encoding="utf-8").splitlines().index(f"- {SAID}") + 1
    assert found.startswith(f"{path}:{line}: working_well.2: error: this names 'Hartigan', the family name of "
                            "Mr Hartigan, whose role ties them to the child's school, which is kept from parents because the "
                            "placement is confidential (placement.confidential, line ")
    # The last look reads it too: the parent's copy is not made; the child's still says it.
    with pytest.raises(api.CopyWouldLeak, match="'Hartigan' \\(family name of someone who works at the child's school"):
        parent_copy(path)
    rendered = run("render", path, "--for", "parent", "-o", tmp_path / "out", "--format", "docx")
    assert rendered.exit_code != 0 and "Hartigan" in rendered.output and not list((tmp_path / "out").glob("*.docx"))
    assert SAID in parent_copy(path, "child")


@pytest.mark.parametrize("where", ["action", "sent a copy"])
def test_a_teacher_known_by_an_action_or_a_copy_sent_is_staff_too(tmp_path, where):
    def change(data):
        english_parent(data)
        data["working_well"][1] = "Ms Begum says you are always on time."
        if where == "action":
            data["actions"][0]["who"] = "Ms Begum (your form tutor)"
        else:
            data["distribution"].append({"role": "other", "name": "Ms Begum (head of year)"})
    (found,) = validation_errors(write_record(tmp_path, change))
    assert found.path == "working_well.2" and "'Begum', the family name of Ms Begum, whose role ties them to the child's school" \
        in found.message


def test_a_teacher_given_in_the_lists_and_not_named_in_the_text_is_no_error(tmp_path):
    """Who came, an action's who, the scale and who was sent a copy give Mrs Patel by role alone."""
    def change(data):
        english_parent(data)
        data["scale"]["by"] = "Mrs Patel"
        data["distribution"].append({"role": "other", "name": "Mrs Patel (your teacher)"})
    path = write_record(tmp_path, change)
    assert validation_errors(path) == []
    copy = parent_copy(path)
    assert "Mrs Patel (" not in copy and "Mrs Patel gave it" not in copy
    # The shipped example's "Mrs Patel said ...": a surname many teachers share (see below).
    assert "Mrs Patel said you have made two good friends" in copy
    assert run("validate", EXAMPLES / "review-sam-9.yaml").exit_code == 0


@pytest.mark.parametrize("text,caught", [
    ("Mr Thistle says your science is improving.", True),
    ("You drew a thistle in science.", False),      # an everyday word counts only written as a name
    ("Mr Thistle's class planted beans.", True),
])
def test_a_surname_that_is_an_everyday_word_counts_only_with_its_capital(tmp_path, text, caught):
    errors = validation_errors(write_record(tmp_path, hartigan(text, "Mr Thistle")))
    assert bool([e for e in errors if "'Thistle'" in e.message]) is caught


@pytest.mark.parametrize("name", ["Mr Davies", "Mrs Patel", "Mr Hughes"])
def test_a_teachers_surname_many_teachers_share_is_not_reported(tmp_path, name):
    """Davies, Patel, Hughes: teachers in every town have them; the name does not find the school."""
    said = f"{name} says your science is improving."
    path = write_record(tmp_path, hartigan(said, name))
    assert validation_errors(path) == []
    assert said in parent_copy(path)


@pytest.mark.parametrize("role", ["teacher", "key worker"])
def test_a_surname_that_is_a_month_is_no_secret_as_every_copy_has_dates(tmp_path, role):
    """Mr May teaches at the school (or works at the home): "in May" names no one, and the last look
    does not refuse a copy for its dates."""
    def change(data):
        hartigan("Your PEP meeting is in May.", "Mr May", role)(data)
        data["actions"][0]["by"] = "2026-05-05"
        if role == "key worker":
            data["placement"]["carers"] = "Foxglove House children's home"
            data["review"]["attendees"][2] = {"name": "Tess Grainger", "role": "registered manager"}
            for recipient in data["distribution"]:
                if recipient["role"] == "carer":
                    recipient["name"] = "Tess Grainger"
            data["working_well"][0] = "You have lived at your home for a year now."
            data["goals"][0] = "You feel settled and happy at home."
            data["care_plan"]["plan"] = "You will keep living at your home."
            data["child_views"][0] = "I like living here."
    path = write_record(tmp_path, change)
    assert validation_errors(path) == []
    assert "in May" in parent_copy(path) and "5 May 2026" in parent_copy(path)


@pytest.mark.parametrize("name", ["Mrs Khan", "Mrs Samira Khan"])
def test_a_surname_the_child_or_a_parent_has_is_not_reported(tmp_path, name):
    """The mum is Amina Khan, the child Samira Khan: the name is theirs to see."""
    path = write_record(tmp_path, hartigan("Mrs Khan says your science is improving.", name))
    assert validation_errors(path) == []


def test_without_a_confidential_placement_the_teacher_may_be_named(tmp_path):
    path = write_record(tmp_path, hartigan(confidential=False))
    assert validation_errors(path) == []
    assert SAID in parent_copy(path)


def test_a_social_worker_or_a_school_nurse_is_not_the_schools_staff(tmp_path):
    path = write_record(tmp_path, hartigan("Ms Hartigan checks your asthma plan.", "Ms Hartigan", "school nurse"))
    assert validation_errors(path) == []


@pytest.mark.parametrize("language,said,written", [
    ("ur", "Mr Hartigan نے بتایا کہ آپ نے دو اچھی سہیلیاں بنائی ہیں۔", "Hartigan"),
    ("pl", "Według pana Hartigana masz dwie dobre przyjaciółki.", "Hartigan"),   # a Polish case ending
    ("uk", "Пан Гартіган каже, що в тебе дві добрі подруги.", "Гартіган"),    # in Cyrillic letters
    ("pl", "Pan Hartigan mówi, że masz dwie dobre przyjaciółki.", "Hartigan"),
])
def test_a_teachers_surname_in_a_translation_is_reported_and_the_parents_copy_refused(tmp_path, language, said,
                                                                                      written):
    """Sam's example, the mum reading ``language``: working_well.2 ("Mrs Patel said...") is
    translated with the name of Mr Hartigan, who also came, in it."""
    record = sam_in(tmp_path, language, said)
    text = record.read_text(encoding="utf-8")
    met = "contributed: told me her views on the phone before the meeting\n"
    record.write_text(text.replace(met, met + "    - name: Mr Hartigan\n      role: teacher\n"), encoding="utf-8")
    result = run("validate", record)
    assert result.exit_code == 1
    (found,) = [line for line in result.output.splitlines() if f"languages.{language}.working_well.2" in line]
    assert f"'{written}'" in found and "whose role ties them to the child's school" in found
    loaded = load_record(record)
    with pytest.raises(api.CopyWouldLeak):
        api.Renderer().render_copy(loaded, api.recipient_for(loaded.record, "parent"))
