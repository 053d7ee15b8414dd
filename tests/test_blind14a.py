"""Found by blind review 14a: a held meeting that brought together people kept apart on paper, a
covering chair named as the child's IRO, answers for copies not sent, "0 left" for a day passed.
Each test writes a real record (fictional), runs the command or renders the copy and reads it back."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from click.testing import CliRunner
from ruamel.yaml import YAML

from recordgen.cli import main_group

from recordfiles import docx_parts, docx_text

#: blind 14a's r4: a PN0 baby, a chair covering for her IRO, a dad kept from mum who did not come.
POPPY = {
    "child": {"id": "BX-10004", "name": "Poppy Marsh", "date_of_birth": "2026-05-01", "pronouns": "she/her",
              "language": "en", "entered_care": "2026-06-10"},
    "review": {"date": "2026-11-30", "sequence": 2, "venue": "the family centre",
               "chair": {"name": "Daniel Reid", "phone": "01632 960444", "email": "daniel.reid@example.gov.uk",
                         "pronouns": "he/him"},
               "participation": "PN0",
               "attendees": [{"name": "Daniel Reid", "role": "IRO covering for Helen Price"},
                             {"name": "Kerry Marsh", "role": "mum"},
                             {"name": "Jo Smith", "role": "social worker"},
                             {"name": "Anne and Bill Foster", "role": "foster carers"},
                             {"name": "Lee Marsh", "role": "dad", "attended": False}]},
    "child_views": ["Poppy smiled and reached for Anne when she came into the room."],
    "working_well": ["You are growing well and you smile a lot."],
    "worries": [{"text": "Your dad has not come to family time since August.", "withhold_from": ["parent"]}],
    "goals": ["You stay safe and well looked after."],
    "actions": [{"who": "Jo Smith (your social worker)",
                 "what": "Ask your dad whether he wants to start family time again.", "by": "2026-12-14"}],
    "care_plan": {"plan": "You will live with Anne and Bill while the court decides where you will grow up.",
                  "still_right": True},
    "rights": {"advocate": "not_yet", "independent_visitor": "not_yet", "complaints_explained": False},
    "placement": {"carers": "Anne and Bill Foster", "address": "3 Ash Close, York, YO1 1AA", "school": "none",
                  "confidential": True},
    "distribution": [{"role": "child", "name": "Poppy"}, {"role": "parent", "name": "Kerry Marsh"},
                     {"role": "parent", "name": "Lee Marsh", "withhold_from": ["parent"]},
                     {"role": "carer", "name": "Anne and Bill Foster"}],
}


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-12-06")
    monkeypatch.setenv("RECORDGEN_ALLOW_EXAMPLE_CONTACTS", "1")


def write(directory: Path, change=None, name: str = "poppy.yaml") -> Path:
    data = copy.deepcopy(POPPY)
    if change:
        change(data)
    path = directory / name
    with path.open("w", encoding="utf-8") as handle:
        YAML().dump(data, handle)
    return path


def run(*args: str):
    return CliRunner().invoke(main_group, [str(a) for a in args])


# ---------------------------------------------------------------- 2: kept apart on paper, met in the room


def _lee_came(data: dict) -> None:
    data["review"]["attendees"][4] = {"name": "Lee Marsh", "role": "dad"}


def test_someone_kept_off_a_readers_list_who_came_is_warned_of_at_their_line(tmp_path):
    """Lee, kept from parent, came: Kerry's copy lists who came without him, though he sat in the
    same meeting. validate (and validate --copies) warns at his line; the copy still leaves him out."""
    path = write(tmp_path, _lee_came)
    for extra in ([], ["--copies"]):
        result = run("validate", *extra, path)
        warned = [line for line in result.output.splitlines() if "review.attendees.5.name" in line]
        assert len(warned) == 1, result.output
        assert "Lee Marsh is kept from Kerry Marsh (parent)" in warned[0]
        assert "came to the same meeting" in warned[0] and "separate part of the meeting" in warned[0]
    result = run("render", path, "--all", "-o", tmp_path / "out")
    assert result.exit_code == 0, result.output
    kerry = docx_text(next((tmp_path / "out").glob("*kerry*.docx")).read_bytes())
    assert "Lee" not in kerry


@pytest.mark.parametrize("lee", [{"name": "Lee Marsh", "role": "dad", "attended": False},
                                 {"name": "Lee Marsh", "role": "dad",
                                  "contributed": "joined a separate part of the meeting"}])
def test_no_warning_when_they_did_not_meet(tmp_path, lee):
    path = write(tmp_path, lambda d: d["review"]["attendees"].__setitem__(4, lee))
    result = run("validate", path)
    assert "came to the same meeting" not in result.output, result.output


# ---------------------------------------------------------------- 3: a covering chair is not the child's IRO


def test_actions_name_the_childs_own_iro_and_who_chaired(tmp_path):
    """Daniel Reid chaired as "IRO covering for Helen Price": a manager chasing drift goes to Helen,
    who keeps the case; the list and the midway check line say so, and who chaired."""
    path = write(tmp_path)
    result = run("actions", path, "--as-of", "2026-12-10")
    assert result.exit_code == 0, result.output
    said = "Helen Price (chaired by Daniel Reid, covering)"
    midway = next(line for line in result.output.splitlines() if "midway check" in line)
    assert f"IRO {said};" in midway and "IRO Daniel Reid" not in result.output
    row = next(line for line in result.output.splitlines() if line.startswith("due"))
    assert said in row
    csv_path = tmp_path / "a.csv"
    assert run("actions", path, "--as-of", "2026-12-10", "--csv", csv_path).exit_code == 0
    import csv
    rows = list(csv.DictReader(csv_path.open(encoding="utf-8")))
    assert rows[0]["iro"] == "Helen Price" and rows[0]["chaired_by"] == "Daniel Reid"


def test_actions_of_a_review_chaired_by_the_childs_own_iro_are_unchanged(tmp_path):
    path = write(tmp_path, lambda d: d["review"]["attendees"][0].update(role="IRO"))
    result = run("actions", path, "--as-of", "2026-12-10")
    assert "IRO Daniel Reid;" in result.output and "chaired by" not in result.output


def _feedback_page(folder: Path, *extra: str) -> str:
    result = run(*extra, "render", write(folder), "--for", "child", "-o", folder / "out")
    assert result.exit_code == 0, result.output
    text = docx_text(next((folder / "out").glob("*poppy*.docx")).read_bytes())
    return text[text.index("Tell me what you think"):]


def test_the_feedback_page_does_not_say_post_it_with_no_address_and_names_the_childs_iro(tmp_path):
    """No postal address is in the record or the settings: "post it to me" cannot be followed. The
    child's own IRO, who keeps the case, is named as someone the page can go to as well."""
    page = _feedback_page(tmp_path)
    assert "Please give this page back to me." in page and "post it" not in page
    assert "You can also give it to Helen Price, the usual Independent Reviewing Officer for Poppy." in page


def test_the_feedback_page_says_post_it_to_the_address_the_settings_give(tmp_path):
    settings = tmp_path / "settings.toml"
    settings.write_text('[feedback]\npost_to = "IRO Service, County Hall, York, YO1 2AA"\n', encoding="utf-8")
    page = _feedback_page(tmp_path, "--settings", str(settings))
    assert "Please give this page back to me, or post it to me at IRO Service, County Hall, York, YO1 2AA." in page


# ---------------------------------------------------------------- 5: a deadline passed is not "0 left"


def test_report_says_the_working_days_over_for_a_deadline_passed(tmp_path):
    """Invitations for 18 December were due by Friday 4 December; on Sunday 6 December the report
    said "0 left ... OVERDUE". It says the working days over, as `actions` does."""
    from test_consult import planned

    data = planned("teen")
    data["review"].update(date="2026-12-18", time="09:30")
    records = tmp_path / "records"
    records.mkdir()
    with (records / "planned.yaml").open("w", encoding="utf-8") as handle:
        YAML().dump(data, handle)
    assert run("batch", records, "-o", tmp_path / "out", "--today", "2026-12-01").exit_code == 0
    text = run("report", tmp_path / "out", "--as-of", "2026-12-06").output
    row = next(line for line in text.splitlines() if line.startswith("NL-30001"))
    assert "2026-12-04" in row and "0 working days over (passed 2 days ago)" in row and "OVERDUE" in row
    assert "left" not in row
    assert "due 2026-12-04, 0 working days over (passed 2 days ago): not sent to" in text
    monday = run("report", tmp_path / "out", "--as-of", "2026-12-07").output
    assert "1 working day over" in next(line for line in monday.splitlines() if line.startswith("NL-30001"))
    before = run("report", tmp_path / "out", "--as-of", "2026-12-03").output
    assert "1 working day left" in next(line for line in before.splitlines() if line.startswith("NL-30001"))


# ---------------------------------------------------------------- 7: the properties' date is the paper's


def _created(data: bytes) -> list[str]:
    import re
    core = docx_parts(data)["docProps/core.xml"].decode()
    return re.findall(r"<dcterms:(?:created|modified)[^>]*>([^<]*)<", core)


def test_a_papers_properties_give_the_day_it_says_it_was_made(tmp_path, monkeypatch):
    """A planned review's invitation made on 6 December for 18 December said it was created on the
    18th, a future day, while its footer says "Made on 6 December 2026"; a copy, the review's day
    while it says "Copy made on" another. The properties give the day the paper prints."""
    from test_consult import planned

    data = planned("teen")
    data["review"].update(date="2026-12-18", time="09:30")
    with (tmp_path / "planned.yaml").open("w", encoding="utf-8") as handle:
        YAML().dump(data, handle)
    assert run("consult", tmp_path / "planned.yaml", "--all", "-o", tmp_path / "inv").exit_code == 0
    for paper in (tmp_path / "inv").glob("*.docx"):
        assert "Made on 6 December 2026" in docx_text(paper.read_bytes())
        assert _created(paper.read_bytes()) == ["2026-12-06T00:00:00Z"] * 2, paper.name
    assert run("render", write(tmp_path), "--for", "child", "-o", tmp_path / "copy").exit_code == 0
    copy_data = next((tmp_path / "copy").glob("*.docx")).read_bytes()
    assert "Copy made on 6 December 2026" in docx_text(copy_data)
    assert _created(copy_data) == ["2026-12-06T00:00:00Z"] * 2
    written = write(tmp_path, lambda d: d["review"].update(written="2026-12-02"), name="written.yaml")
    assert run("render", written, "--for", "child", "-o", tmp_path / "written").exit_code == 0
    copy_data = next((tmp_path / "written").glob("*.docx")).read_bytes()
    assert "Record written on 2 December 2026" in docx_text(copy_data)
    assert _created(copy_data) == ["2026-12-02T00:00:00Z"] * 2
