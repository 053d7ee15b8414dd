"""Blind review 40, finding 1: a confidential school's class teacher with a common family name ("Mrs
Thompson": "Thompson" is as common as a word, so by design it is no secret, as a rarer one is) was named in an
item shared with the mum, while the copy's lists give her by role alone ("Your class teacher"). The school's
teacher "Mrs Thompson" is one question away from the school: validate warns at the item's line, in plain words,
and suggests her role. A common family name alone, a first name, someone who does not work at the school, an
item withheld from parent or a school that is not confidential give no warning."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from recordgen import api
from recordgen.cli import main_group

from recordfiles import docx_text, write_record

TEACHER_SAID = "Mrs Thompson said you have made two good friends and you help younger children at reading club."


def _record(tmp_path, item: str = TEACHER_SAID, name: str = "Mrs Thompson", role: str = "class teacher",
            confidential: bool = True, withhold: bool = False):
    def change(data):
        data["review"]["attendees"][3] = {"name": name, "role": role}
        data["working_well"][1] = {"text": item, "withhold_from": ["parent"]} if withhold else item
        data["actions"][1]["who"] = f"{name} (your teacher)" if role == "class teacher" else "Jo Smith"
        data["placement"]["confidential"] = confidential
        data["distribution"][1].update(language="en", format="docx")
    return write_record(tmp_path, change)


def _warnings(path) -> list[str]:
    result = CliRunner().invoke(main_group, ["validate", str(path)])
    return [line for line in result.output.splitlines() if "who works at" in line]


def _line(path, text: str) -> int:
    return next(i for i, row in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if text[:30] in row)


def test_the_schools_teacher_by_title_and_common_family_name_is_warned_of(tmp_path):
    path = _record(tmp_path)
    (warning,) = _warnings(path)
    assert warning.startswith(f"{path}:{_line(path, TEACHER_SAID)}: working_well.2: warning: this names "
                              "'Mrs Thompson', who works at Sam's school (Mrs Thompson, class teacher), and the "
                              "school is kept from parents (placement.confidential, line ")
    assert "write the role instead ('your class teacher') or withhold this item from parent" in warning
    # The copy's lists already give her by role: the action's who is not warned of.
    loaded = api.load_record(path)
    mum = next(r for r in loaded.record.distribution if r.role.value == "parent")
    text = docx_text(api.Renderer().render_copy(loaded, mum).data)
    assert "Your class teacher" in text and "Mrs Thompson (your teacher)" not in text


@pytest.mark.parametrize("item", [
    "Your teacher, Mrs Thompson, says you read every day.",   # tied to the school by the text itself
    "Mr Thompson from school says you read every day.",       # another title, the same family name
])
def test_other_ways_of_naming_her_by_title(tmp_path, item):
    assert _warnings(_record(tmp_path, item))


def test_her_full_name_is_warned_of_and_her_first_name_is_not(tmp_path):
    assert _warnings(_record(tmp_path, "Karen Thompson says you read every day.", name="Karen Thompson"))
    assert not _warnings(_record(tmp_path, "Karen says you read every day.", name="Karen Thompson"))


@pytest.mark.parametrize("item, kwargs", [
    ("You like playing with the Thompson twins at the park.", {}),       # the family name alone
    (TEACHER_SAID, {"role": "family support worker"}),                   # not the school's
    (TEACHER_SAID, {"confidential": False}),                             # the school is no secret
    (TEACHER_SAID, {"withhold": True}),                                  # no parent reads it
])
def test_no_false_alarm(tmp_path, item, kwargs):
    assert _warnings(_record(tmp_path, item, **kwargs)) == []


def test_a_rarer_family_name_is_still_an_error(tmp_path):
    path = _record(tmp_path, TEACHER_SAID.replace("Thompson", "Featherstonehaugh"), name="Mrs Featherstonehaugh")
    result = CliRunner().invoke(main_group, ["validate", str(path)])
    assert "working_well.2: error:" in result.output and "'Featherstonehaugh'" in result.output
    assert not _warnings(path)
