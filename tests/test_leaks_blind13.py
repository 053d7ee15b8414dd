"""Found by the thirteenth blind review (13b): what a copy keeps from whom when one person is two
things (the mum the child is placed with; a nan who shares mum's name), and what an invitation does
not say. Each test writes a real record (fictional), makes the real copy or invitation and reads the
.docx back, or runs validate and reads what it says."""

from __future__ import annotations

import copy
import io

import pytest
from click.testing import CliRunner
from ruamel.yaml import YAML

from recordgen.cli import main_group

from recordfiles import docx_text

LUNCH = "School say you sometimes come in without your lunch."

AT_HOME = {
    "child": {"id": "BL-13010", "name": "Tobias Lark", "known_as": "Toby", "date_of_birth": "2014-12-30",
              "pronouns": "he/him", "language": "en", "entered_care": "2023-02-06"},
    "review": {"date": "2026-11-20", "sequence": 6, "venue": "your home", "participation": "PN1",
               "chair": {"name": "Helen Moss", "phone": "01632 960115", "email": "helen.moss@example.gov.uk"},
               "attendees": [{"name": "Toby", "role": "you"}, {"name": "Nicola Lark", "role": "mum"},
                             {"name": "Bram Cole", "role": "social worker"}]},
    "child_views": ["I like my new board."],
    "working_well": ["You use your new board to choose your food."],
    "worries": ["Your wheelchair hurts your back.", {"text": LUNCH, "withhold_from": ["carer"]}],
    "goals": ["Your wheelchair fits you."],
    "actions": [{"who": "Bram Cole (your social worker)", "what": "Ask for a new wheelchair fitting.",
                 "by": "2026-12-18"}],
    "care_plan": {"plan": "You will live at home with Mum, with help.", "still_right": True},
    "rights": {"advocate": "offered", "independent_visitor": "offered", "complaints_explained": True},
    "placement": {"carers": "Nicola Lark (your mum)", "address": "22 Plover Street, Millbridge, LW5 1AA"},
    "next_review": {"date": "2027-05-14"},
    "distribution": [{"role": "child", "name": "Toby"}, {"role": "parent", "name": "Nicola Lark"},
                     {"role": "social_worker", "name": "Bram Cole"}],
}


def run(*args):
    return CliRunner().invoke(main_group, [str(a) for a in args])


def write(tmp_path, base, change=None, name="record.yaml"):
    data = copy.deepcopy(base)
    if change:
        change(data)
    buffer = io.StringIO()
    YAML(typ="safe", pure=True).dump(data, buffer)
    path = tmp_path / name
    path.write_text(buffer.getvalue(), encoding="utf-8")
    return path


def copies(tmp_path, path, *options):
    out = tmp_path / "out"
    result = run("render", path, "--all", "-o", out, "--format", "docx", *options)
    assert result.exit_code == 0, result.output
    return {p.name: docx_text(p.read_bytes()) for p in out.glob("*.docx")}


def the_copy(texts, part):
    (text,) = [t for name, t in texts.items() if part in name]
    return text


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-12-06")
    monkeypatch.setenv("RECORDGEN_ALLOW_EXAMPLE_CONTACTS", "1")


# ---------------------------------------------------------------- 1. the mum who is the carer


def test_what_is_withheld_from_the_carer_is_kept_from_the_mum_the_child_lives_with(tmp_path):
    path = write(tmp_path, AT_HOME)
    texts = copies(tmp_path, path)
    assert LUNCH not in the_copy(texts, "_parent-nicola-lark")
    assert LUNCH in the_copy(texts, "_social_worker-")
    assert LUNCH in the_copy(texts, "_child-")
    result = run("validate", "--copies", path)
    assert "Nicola Lark is the carer the placement names" in result.output
    assert "what is withheld from carer is kept from their copy too (1 item)" in result.output
    assert "distribution.2.role: warning" in result.output


def test_a_carer_named_with_others_is_kept_from_it_too_and_the_other_parent_still_reads_it(tmp_path):
    def change(data):
        data["placement"]["carers"] = "Nicola Lark and Dev Rai"
        data["distribution"].append({"role": "parent", "name": "Mark Lark"})
    texts = copies(tmp_path, write(tmp_path, AT_HOME, change))
    assert LUNCH not in the_copy(texts, "_parent-nicola-lark")
    assert LUNCH in the_copy(texts, "_parent-mark-lark")


def test_a_mum_sent_a_carers_copy_is_kept_from_what_is_withheld_from_parents(tmp_path):
    def change(data):
        data["worries"][1]["withhold_from"] = ["parent"]
        data["distribution"][1]["role"] = "carer"
    texts = copies(tmp_path, write(tmp_path, AT_HOME, change))
    assert LUNCH not in the_copy(texts, "_carer-nicola-lark")


def test_withholding_from_a_role_nobody_is_sent_papers_as_is_said_at_the_item(tmp_path):
    def change(data):
        data["placement"]["carers"] = "Ann Crew"  # a foster carer, who is sent no copy
    path = write(tmp_path, AT_HOME, change)
    result = run("validate", path)
    assert ("worries.2: warning: this is withheld from carer, and nobody is sent papers as carer, "
            "so it is kept from no one") in result.output
