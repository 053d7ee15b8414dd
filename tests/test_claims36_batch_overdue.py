"""Blind review 29 (#16): the batch summary called a deadline 44 working days gone "Soonest due:
2026-10-06 (KT-88210, 44 working days ago)". Overdue reviews are counted apart, with the oldest;
"Soonest due" is only for deadlines still to come."""

from __future__ import annotations

from click.testing import CliRunner

from recordgen.cli import main_group

from recordfiles import LILY, SAM, example_data, write_data


def run(*args, today):
    return CliRunner().invoke(main_group, [str(a) for a in args], env={"RECORDGEN_TODAY": today})


def later(data):
    """Sam's review held on 1 April 2026 instead: her record is due later in April."""
    data["child"]["id"] = "NL-20999"
    data["review"]["date"] = "2026-04-01"
    for action in data["actions"]:
        action["by"] = "2026-06-30"
    data.pop("next_review", None)


def test_overdue_reviews_are_kept_apart_from_the_soonest_due(tmp_path):
    records = tmp_path / "records"
    records.mkdir()
    write_data(records, example_data(SAM), name="sam.yaml")          # due 31 March 2026
    write_data(records, example_data(LILY), name="lily.yaml")        # due earlier still
    write_data(records, example_data(SAM), later, name="later.yaml")
    result = run("batch", records, "-o", tmp_path / "out", "--allow-untranslated", "--allow-example-contacts",
                 today="2026-04-07")
    lines = result.output.splitlines()
    overdue = [line for line in lines if line.startswith("Overdue:")]
    assert len(overdue) == 1 and overdue[0].startswith("Overdue: 2 reviews, the oldest due 2026-03-2"), overdue
    assert "ES-33107" in overdue[0] and "working days ago)" in overdue[0]
    soonest = [line for line in lines if line.startswith("Soonest due:")]
    assert len(soonest) == 1 and "NL-20999" in soonest[0] and "left)" in soonest[0], soonest
    assert "ago" not in soonest[0]


def test_nothing_to_come_gives_no_soonest_due(tmp_path):
    result = run("batch", SAM, "-o", tmp_path / "out", "--allow-untranslated", "--allow-example-contacts",
                 today="2026-04-01")
    assert "Overdue: 1 review, the oldest due 2026-03-31 (NL-20451, 1 working day ago)" in result.output
    assert "Soonest due" not in result.output
