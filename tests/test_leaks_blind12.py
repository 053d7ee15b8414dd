"""Found by the twelfth blind review (finding 1): a parent sent papers as ``other`` ("mum", "birth
mother" in who came) read the confidential carers' and school staff's surnames. Each test writes a
real record (fictional), makes the real invitation or copy and reads the .docx back."""

from __future__ import annotations

import copy
import csv
import io

import pytest
from click.testing import CliRunner
from ruamel.yaml import YAML

from recordgen.cli import main_group

from recordfiles import docx_text

PLANNED = {
    "child": {"id": "BL-10035", "name": "Kacper Wójcik", "known_as": "Kacper", "date_of_birth": "2013-02-14",
              "pronouns": "he/him", "language": "en", "entered_care": "2025-04-01"},
    "review": {"status": "planned", "date": "2027-01-12", "time": "16:00", "sequence": 3,
               "venue": "the council offices",
               "chair": {"name": "Helen Price", "phone": "01632 960005", "email": "helen.price@example.gov.uk"},
               "attendees": [{"name": "Kacper", "role": "you"},
                             {"name": "Gail and Martin Featherstonehaugh", "role": "foster carers"},
                             {"name": "Mrs Quarrington", "role": "head of year"},
                             {"name": "Agnieszka Wójcik", "role": "mum"},
                             {"name": "Ola Lis", "role": "social worker"}]},
    "placement": {"carers": "Gail and Martin Featherstonehaugh", "school": "Tollbar Academy",
                  "address": "3 Sandringham Road, Cleethorpes, DN35 0AA", "confidential": True},
    "distribution": [{"role": "child", "name": "Kacper"},
                     {"role": "other", "name": "Agnieszka Wójcik"},
                     {"role": "carer", "name": "Gail and Martin Featherstonehaugh"}],
}

HELD = {
    "review": {"date": "2026-11-20", "participation": "PN1"},
    "working_well": ["Gail says you sleep well now."],
    "worries": [{"text": "You were upset when Mrs Quarrington told you off.", "withhold_from": ["parent"]}],
    "actions": [{"who": "Mrs Quarrington (head of year)", "what": "Meet you every Friday.", "by": "2027-01-15"}],
    "care_plan": {"plan": "You will stay with Gail and Martin.", "still_right": True},
    "rights": {"advocate": "has_one", "independent_visitor": "offered", "complaints_explained": True},
}

SECRETS = ("Featherstonehaugh", "Quarrington", "Tollbar", "Sandringham", "upset")


def run(*args):
    return CliRunner().invoke(main_group, [str(a) for a in args])


def write(tmp_path, held=False, change=None):
    data = copy.deepcopy(PLANNED)
    if held:
        data["review"].update(HELD["review"])
        del data["review"]["status"], data["review"]["time"]
        data.update({k: copy.deepcopy(v) for k, v in HELD.items() if k != "review"})
    if change:
        change(data)
    buffer = io.StringIO()
    YAML(typ="safe", pure=True).dump(data, buffer)
    path = tmp_path / "record.yaml"
    path.write_text(buffer.getvalue(), encoding="utf-8")
    return path


def her_papers(tmp_path, path, held=False):
    out = tmp_path / "out"
    result = (run("render", path, "--all", "-o", out, "--format", "docx") if held
              else run("consult", "make", path, "--all", "-o", out))
    assert result.exit_code == 0, result.output
    (paper,) = [p for p in out.glob("*.docx") if "agnieszka" in p.name and "booklet" not in p.name]
    return paper, docx_text(paper.read_bytes())


@pytest.mark.parametrize("role", ["mum", "birth mother", "Your birth mum", "dad", "step-dad"])
def test_a_parent_invited_as_other_gets_a_parents_invitation(tmp_path, role, monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-12-06")
    path = write(tmp_path, change=lambda d: d["review"]["attendees"][3].update(role=role))
    paper, text = her_papers(tmp_path, path)
    assert "Gail and Martin" in text  # the carers by first names, as a parent's invitation gives them
    assert not [s for s in SECRETS if s in text], text
    assert "_parent-" in paper.name
    result = run("validate", "--copies", path)
    assert f"Agnieszka Wójcik ({role}) is sent papers as 'other'" in result.output
    assert "distribution.2.role: warning" in result.output


def test_a_parent_named_with_her_role_in_brackets_is_a_parent_too(tmp_path, monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-12-06")

    def change(data):
        data["review"]["attendees"][3]["role"] = "parent"  # who came gives no family word
        data["distribution"][1]["name"] = "Agnieszka Wójcik (birth mother)"
    _, text = her_papers(tmp_path, write(tmp_path, change=change))
    assert not [s for s in SECRETS if s in text], text


def test_a_parent_sent_a_held_reviews_copy_as_other_gets_a_parents_copy(tmp_path, monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-12-06")
    path = write(tmp_path, held=True)
    paper, text = her_papers(tmp_path, path, held=True)
    assert "Meet you every Friday." in text
    assert not [s for s in SECRETS if s in text], text  # the worry withheld from parent is kept from her too
    assert "is sent papers as 'other'" in run("validate", "--copies", path).output


def test_a_grandmother_sent_a_copy_as_other_is_still_warned_and_not_made_a_parent(tmp_path, monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-12-06")
    path = write(tmp_path, held=True, change=lambda d: d["review"]["attendees"][3].update(role="gran"))
    paper, _ = her_papers(tmp_path, path, held=True)
    assert "_other-" in paper.name
    assert "send them a parent's copy (role: parent)" in run("validate", path).output


def test_what_is_withheld_from_other_only_is_an_error_when_a_parent_is_written_as_other(tmp_path, monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-12-06")
    path = write(tmp_path, held=True, change=lambda d: d["worries"][0].update(withhold_from=["other"]))
    result = run("validate", path)
    assert result.exit_code == 1
    assert "worries.1: error: this is withheld from other but not from parent" in result.output


def test_a_dad_only_an_actions_who_shows_as_dad_gets_a_parents_copy_and_is_listed_as_dad(tmp_path, monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-12-06")

    def change(data):
        data["distribution"][1]["name"] = "Tomasz Wójcik"
        data["actions"].append({"who": "Tomasz Wójcik (your dad)", "what": "Write to you.", "by": "2027-01-15"})
    path = write(tmp_path, held=True, change=change)
    out = tmp_path / "out"
    assert run("render", path, "--all", "-o", out, "--format", "docx").exit_code == 0
    (his,) = out.glob("*_parent-tomasz-wojcik.docx")
    assert not [s for s in SECRETS if s in docx_text(his.read_bytes())]
    (child,) = out.glob("*_child-*.docx")
    assert "Tomasz Wójcik (your dad)" in docx_text(child.read_bytes()).splitlines()


def test_a_siblings_confidential_school_is_kept_from_their_mum_sent_papers_as_other(tmp_path, monkeypatch):
    """`batch` compares records by their parents: a mum written as 'other' (who came says "mum") is
    one of them, so her other child's copy may not name this one's school."""
    from recordfiles import brother_naming_her_school, english_parent, parent_copies, write_record

    monkeypatch.setenv("RECORDGEN_TODAY", "2026-12-06")
    records = tmp_path / "records"
    records.mkdir()

    def sam(data):
        english_parent(data)
        for recipient in data["distribution"]:
            if recipient["role"] == "parent":
                recipient["role"] = "other"
    path = write_record(records, sam, name="review-sam.yaml")
    yaml = YAML()  # lists indented, as an IRO's file is: batch reads its distribution alone
    yaml.indent(mapping=2, sequence=4, offset=2)
    buffer = io.StringIO()
    yaml.dump(YAML(typ="safe", pure=True).load(path.read_text(encoding="utf-8")), buffer)
    path.write_text(buffer.getvalue(), encoding="utf-8")

    write_record(records, brother_naming_her_school, name="review-leo.yaml")
    out = tmp_path / "out"
    result = run("batch", records, "-o", out, "--workers", "1", "--format", "docx")
    assert result.exit_code == 1, result.output
    assert not parent_copies(out / "NL-20452")
    for copy in parent_copies(out):
        assert "Westcliffe" not in docx_text(copy.read_bytes()), copy.name


# ---------------------------------------------------------------- 12: a parent's copy once the young person is 18


def eighteen_in_november(data):
    from recordfiles import english_parent

    english_parent(data)
    data["child"]["date_of_birth"] = "2008-11-20"  # 17 at the review (2026-03-03), 18 by today (2026-12-06)


def test_a_parents_copy_made_after_the_young_person_turned_18_is_warned_of_everywhere(tmp_path, monkeypatch):
    from recordfiles import write_record

    monkeypatch.setenv("RECORDGEN_TODAY", "2026-12-06")
    records = tmp_path / "records"
    records.mkdir()
    path = write_record(records, eighteen_in_november)
    said = "Amina Khan is sent a parent's copy, and Sam turned 18 on 2026-11-20, so this record is now an adult's"
    result = run("validate", path)
    assert result.exit_code == 0 and f"distribution.2: warning: {said}" in result.output, result.output
    result = run("render", path, "--for", "parent", "-o", tmp_path / "copy", "--format", "docx")
    assert result.exit_code == 0 and said in result.output, result.output  # a warning: the copy is made
    assert list((tmp_path / "copy").glob("*_parent-*.docx"))
    out = tmp_path / "out"
    result = run("batch", records, "-o", out, "--workers", "1", "--format", "docx")
    assert "Warning: 1 ready parent's copy is of a young person who is 18 now" in result.output, result.output
    (row,) = [r for r in csv.DictReader((out / "manifest.csv").open(encoding="utf-8")) if r["role"] == "parent"]
    assert row["status"] == "ready" and "Sam turned 18 on 2026-11-20" in row["reason"] and "consent" in row["reason"]


def test_no_such_warning_before_the_18th_birthday(tmp_path, monkeypatch):
    from recordfiles import write_record

    monkeypatch.setenv("RECORDGEN_TODAY", "2026-11-19")
    path = write_record(tmp_path, eighteen_in_november)
    assert "now an adult's" not in run("validate", path).output
