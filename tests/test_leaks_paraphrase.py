"""An item withheld from a parent retold in other words in an item the parent reads (leaks 14,
item 4): a warning, not an error, as only the IRO can tell a retelling from a shared word or two.
The test writes a real record, reads validate's output, and reads the copy, which is still made."""

from __future__ import annotations

import pytest

from recordfiles import copy_text, english_parent, validation_errors, write_record


def moving(shared: str, withheld: str = "Mum is moving to Leeds.", whom=("parent",)):
    def change(data):
        english_parent(data)
        data["worries"][2] = {"text": withheld, "withhold_from": list(whom)}
        data["working_well"][0] = shared
    return change


def warnings(path):
    from recordgen.record.loading import load_record
    from recordgen.rules.validation import validate

    return [d for d in validate(load_record(path)) if d.severity == "warning" and "most of the words" in d.message]


@pytest.mark.parametrize("shared", [
    "Your mum will move to Leeds after Christmas.",
    "Mum's move to Leeds is planned for the spring.",
])
def test_a_withheld_item_retold_in_a_shared_item_is_a_warning(tmp_path, shared):
    path = write_record(tmp_path, moving(shared))
    (found,) = warnings(path)
    assert found.path == "working_well.1"
    assert "most of the words of worries.3" in found.message and "withheld from parent, but" in found.message
    assert "read the two" in found.message
    assert validation_errors(path) == []  # a warning: the copy is still made
    assert shared in copy_text(path)


@pytest.mark.parametrize("shared, withheld, whom", [
    ("You would like to visit Leeds one day.", "Mum is moving to Leeds.", ("parent",)),     # one word in common
    ({"text": "Your mum will move to Leeds after Christmas.", "withhold_from": ["parent"]},  # kept from parent too
     "Mum is moving to Leeds.", ("parent",)),
    ("You see your mum every two weeks and it goes well.",
     "Your mum has not yet finished the course that would help her keep you safe at home.", ("parent",)),
])
def test_a_shared_item_on_another_matter_is_no_warning(tmp_path, shared, withheld, whom):
    assert warnings(write_record(tmp_path, moving(shared, withheld, whom))) == []


def test_the_projects_records_and_corpora_give_no_false_warning():
    """Every example and blind corpus record, as validate reads it (tools/measure_paraphrase.py)."""
    from pathlib import Path

    from recordgen.record.loading import load_record
    from recordgen.rules.paraphrase import paraphrases

    root = Path(__file__).resolve().parent.parent
    paths = [p for p in sorted(root.glob("examples/*.yaml")) + sorted(root.glob("tests/blind_corpus/*.yaml"))
             if not p.name.endswith((".translations.yaml", ".expect.yaml"))]
    assert len(paths) > 20
    assert [(p.name, hit) for p in paths for hit in paraphrases(load_record(p).record)] == []


def test_a_word_for_word_repeat_is_the_error_alone(tmp_path):
    path = write_record(tmp_path, moving("You know that Mum is moving to Leeds."))
    (error,) = validation_errors(path)
    assert error.path == "working_well.1" and "this repeats worries.3" in error.message
    assert warnings(path) == []
