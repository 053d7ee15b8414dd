"""Blind review 24, finding 14: a copy in a language recordgen has no catalog of (Hungarian) is refused
at validate with a plain error naming the languages it writes copies in; an item written in such a
language (`language` of an entry) is still allowed."""

from __future__ import annotations

import copy

from recordfiles import validation_errors, write_data
from test_claims31_names import TIA


def test_a_copy_in_a_language_without_a_catalog_is_refused(tmp_path, run):
    data = copy.deepcopy(TIA)
    data["distribution"][2]["language"] = "hu"
    path = write_data(tmp_path, data)
    errors = [d for d in validation_errors(path) if d.path == "distribution.3.language"]
    assert len(errors) == 1, errors
    message = errors[0].message
    assert "Hungarian" in message and "would be in English" in message
    assert "pl" in message and "cy" in message and "ti" in message
    result = run("render", path, "--for", "parent", "-o", tmp_path / "out", "--format", "docx")
    assert result.exit_code != 0 and not list((tmp_path / "out").glob("*.docx"))


def test_the_childs_own_copy_in_such_a_language_is_refused_at_child_language(tmp_path):
    data = copy.deepcopy(TIA)
    data["child"]["language"] = "hu"
    errors = [d for d in validation_errors(write_data(tmp_path, data)) if "Hungarian" in d.message]
    assert [d.path for d in errors] == ["child.language"]


def test_an_item_written_in_such_a_language_is_still_allowed(tmp_path):
    data = copy.deepcopy(TIA)
    data["child_views"][0] = {"text": "Szeretek otthon lenni.", "language": "hu"}
    assert not [d for d in validation_errors(write_data(tmp_path, data)) if "language" in d.path]
