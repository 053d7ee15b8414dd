"""Blind review (fix8, 1): validate reported a record's model errors, then after they were fixed its
rule errors, then its copies' errors. Every stage now runs on the parts of the record that fit, so
one run names every problem; a stage that cannot run says so, and why."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from recordgen.cli import main_group

from recordfiles import english_parent, write_record


def run(*args):
    return CliRunner().invoke(main_group, [str(a) for a in args])


def line_of(path: Path, text: str) -> int:
    return next(i for i, line in enumerate(path.read_text(encoding="utf-8").splitlines()) if text in line) + 1


def broken_at_every_stage(data: dict) -> None:
    english_parent(data)
    # The model's: a misspelt key, a list entry's date, an optional section's number, an optional field.
    data["child"]["favourite_colour"] = "blue"
    data["actions"][1]["by"] = "2026-13-01"
    data["scale"]["score"] = "eight"
    data["review"]["chair"]["email"] = "not an email"
    # The rules': PN0 for a 9-year-old, the confidential school in a shared item, the next review
    # before this one, and (a warning) an action after the broken one due on a Saturday.
    data["review"]["participation"] = "PN0"
    data["worries"].append("You miss your friends at Westcliffe Primary School.")
    data["next_review"] = {"date": "2026-02-01"}
    data["actions"][3]["by"] = "2026-04-11"
    # The copies': the carers' full name in an action's who, which the copy (patched below to
    # keep it whole, as a past fault did) would show the parent.
    data["actions"][2]["who"] = "Lisa Owen (foster carer)"


def test_one_validate_names_the_models_the_rules_and_the_copies_problems(tmp_path, monkeypatch):
    from recordgen.rendering import context

    monkeypatch.setattr(context._Carers, "in_text", lambda self, text: text)
    path = write_record(tmp_path, broken_at_every_stage)
    result = run("validate", "--copies", path)
    assert result.exit_code == 1
    found = {line.split(": ")[1]: line for line in result.output.splitlines() if line.startswith(str(path))}
    model = ["child.favourite_colour", "actions.2.by", "scale.score", "review.chair.email"]
    rules = ["review.participation", "worries.4", "next_review.date", "actions.4.by"]
    copies = ["placement.carers"]
    assert set(model + rules + copies) <= set(found), result.output
    # Positions after a list entry the rules could not use are still the file's.
    assert found["actions.4.by"].startswith(f"{path}:{line_of(path, '2026-04-11')}: actions.4.by: warning")
    assert "Saturday" in found["actions.4.by"]
    assert f":{line_of(path, 'participation: PN0')}: review.participation: error: PN0" in found["review.participation"]
    assert "would show 'Owen'" in found["placement.carers"]
    assert "could not run" not in result.output


def test_a_stage_that_cannot_run_says_what_to_fix_first(tmp_path):
    def change(data):
        data["child"]["date_of_birth"] = "2016-02-30"  # every rule on ages and dates needs it
        data["review"]["participation"] = "PN0"
    path = write_record(tmp_path, change)
    result = run("validate", path)
    assert result.exit_code == 1
    assert "child.date_of_birth: error: '2016-02-30' is not a date" in result.output
    assert (f"recordgen: {path}: the record's other checks (dates, ages, who may see what) could not run: "
            "fix child.date_of_birth first, then validate again") in result.output


def test_a_clean_record_and_one_with_only_rule_errors_read_as_before(tmp_path, monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-04-01")  # before Sam's next review
    def pn0(data):
        data["review"].update(participation="PN0")
        # Sam's teacher by role: the shared example's "Mrs Patel said" is warned of (blind review 40, finding 1).
        data["working_well"][1] = data["working_well"][1].replace("Mrs Patel said", "Your teacher said")
    path = write_record(tmp_path, pn0)
    result = run("validate", path)
    assert result.exit_code == 1
    assert [line.split(": ")[1] for line in result.output.splitlines() if line.startswith(str(path))] \
        == ["review.participation"]
    assert "could not run" not in result.output


def test_an_item_whose_withholding_is_broken_is_left_out_not_shown_to_all(tmp_path):
    """Read without its withhold_from, the item would count as going to everyone, and the rules would
    report leaks the record does not have: the later checks leave the whole item out instead."""
    import pytest

    from recordgen.record.loading import InvalidRecord, load_record

    def change(data):
        data["worries"][2]["withhold_from"] = ["carr"]
        data["distribution"][1]["withhold_from"] = "carer"
    path = write_record(tmp_path, change)
    with pytest.raises(InvalidRecord) as caught:
        load_record(path)
    partial, first = caught.value.partial()
    assert first == ""
    assert [item.text for item in partial.record.worries] == [
        "Sometimes you feel sad after family time and find it hard to sleep.",
        "You are behind with maths, and that makes you worried about moving to big school."]
    assert [r.name for r in partial.record.distribution] == ["Sam", "Mark and Lisa Owen", "Jo Smith"]
    # Positions after the item left out are the file's.
    assert partial.file_loc(("distribution", 1, "name")) == ("distribution", 2, "name")


def test_validate_copies_says_which_copy_awaits_translation_as_render_refuses_it(tmp_path):
    """Sam's record with no translations file: `render` refuses Amina's Urdu copy, so `validate
    --copies` says so, as a warning at her line (nothing is wrong in the record) with what to do
    (blind review 13a, F8: it said "0 error(s)" and render then exited 1)."""
    path = write_record(tmp_path)   # the example's translations file is not copied
    result = run("validate", "--copies", path)
    assert result.exit_code == 0, result.output
    said = [line for line in result.stdout.splitlines() if "awaiting translation" in line]
    assert len(said) == 1, result.stdout
    distribution = path.read_text(encoding="utf-8").splitlines().index("distribution:") + 1
    assert said[0].startswith(f"{path}:") and ": distribution." in said[0] and ": warning: " in said[0]
    assert int(said[0].split(":")[1]) > distribution
    assert "Amina Khan (ur)" in said[0] and "--allow-untranslated" in said[0] and "translate import" in said[0]
    refused = run("render", path, "--for", "parent", "-o", tmp_path / "out")
    assert refused.exit_code == 1 and "Amina Khan (ur): awaiting translation" in refused.output
    # Plain validate does not make the copies, and says nothing of it.
    assert "awaiting translation" not in run("validate", path).stdout
