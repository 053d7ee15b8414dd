"""The record model: the examples are the contract, and typos are never silently dropped."""

import json

import pytest

from recordgen.record.loading import InvalidRecord, ReadError, load_record
from recordgen.record.model import Record, Role

from recordfiles import ALL_EXAMPLES, SAM, write_record


@pytest.mark.parametrize("path", ALL_EXAMPLES, ids=lambda p: p.stem)
def test_examples_load_unchanged(path):
    loaded = load_record(path)
    assert loaded.record.child.name
    assert loaded.record.distribution


def test_copies_in_repo_match_shared_examples():
    shared = SAM.parent.parent.parent / "shared" / "examples"
    if not shared.is_dir():
        pytest.skip("shared/ is not beside this checkout")
    for path in ALL_EXAMPLES:
        assert path.read_bytes() == (shared / path.name).read_bytes()


def test_list_items_may_be_text_or_withheld_objects():
    record = load_record(SAM).record
    assert record.worries[0].withhold_from == []
    assert record.worries[2].withhold_from == [Role.carer]


def test_unknown_key_is_an_error_with_its_line(tmp_path):
    def typo(data):
        data["worrys"] = data.pop("worries")

    path = write_record(tmp_path, typo)
    with pytest.raises(InvalidRecord) as caught:
        load_record(path)
    messages = [str(d) for d in caught.value.diagnostics]
    line = next(i for i, text in enumerate(path.read_text().splitlines(), 1) if text.startswith("worrys:"))
    assert any(f"{path}:{line}: worrys: error:" in m and "spelling" in m for m in messages)


def test_every_shape_problem_is_reported_at_once(tmp_path):
    def break_many(data):
        data["child"]["date_of_birth"] = "2016-13-01"
        data["review"]["chair"]["email"] = "not-an-email"
        del data["actions"][0]["what"]
        data["worries"][2]["withhold_from"] = ["mum"]
        data["care_plan"]["still_right"] = "maybe"

    with pytest.raises(InvalidRecord) as caught:
        load_record(write_record(tmp_path, break_many))
    paths = {d.path for d in caught.value.diagnostics}
    assert {"child.date_of_birth", "review.chair.email", "actions.1.what",
            "worries.3.withhold_from.1", "care_plan.still_right"} <= paths
    assert all(d.line for d in caught.value.diagnostics)
    what = next(d for d in caught.value.diagnostics if d.path == "actions.1.what")
    assert "who, what and by" in what.message


def test_broken_yaml_gives_its_line(tmp_path):
    path = tmp_path / "broken.yaml"
    path.write_text("child:\n  id: X\n  name: [unclosed\nreview:\n  date: 2026-01-01\n", encoding="utf-8")
    with pytest.raises(ReadError) as caught:
        load_record(path)
    assert caught.value.diagnostic.line in (3, 4, 5)
    assert "not valid YAML" in caught.value.diagnostic.message


@pytest.mark.parametrize("broken, opened, quote", [
    ('  known_as: Sam', '  known_as: "Sam', '"'),          # nothing closes it: the end of the file did
    ("  venue: your school", "  venue: 'your school", "'"),  # the apostrophe of "Zain's" closed it
    ("  - I like living with Mark", "  - 'I like living with Mark", "'"),
])
def test_a_quote_left_open_is_reported_where_it_opens_never_past_the_end(tmp_path, broken, opened, quote):
    """Blind review (fix8, 2): an unclosed quote was reported at line 104 of a 103-line file."""
    text = SAM.read_text(encoding="utf-8").replace(broken, opened, 1)
    assert opened in text
    path = tmp_path / "record.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ReadError) as caught:
        load_record(path)
    lines = text.splitlines()
    assert caught.value.diagnostic.line == next(i for i, line in enumerate(lines, 1) if line.startswith(opened))
    assert f"the text in quotes that starts on this line is never closed; add the closing {quote}" \
        in caught.value.diagnostic.message


@pytest.mark.parametrize("text", ["child:\n  name: [unclosed\n", "child:\n  id: X\n  name: {a: 1\n", 'a: "b'])
def test_an_error_at_the_end_of_the_file_is_on_one_of_its_lines(tmp_path, text):
    path = tmp_path / "broken.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ReadError) as caught:
        load_record(path)
    assert caught.value.diagnostic.line == len(text.splitlines())


def test_not_utf8_and_missing_file(tmp_path):
    latin = tmp_path / "latin.yaml"
    latin.write_bytes("child:\n  name: Zo\xeb\n".encode("latin-1"))
    with pytest.raises(ReadError, match="UTF-8"):
        load_record(latin)
    with pytest.raises(ReadError) as caught:
        load_record(tmp_path / "nope.yaml")
    # Said plainly, and never FILE:?: when there is no line to point at.
    assert str(caught.value) == f"{tmp_path / 'nope.yaml'}: error: file not found; check the file name and the folder it is in"


def test_json_records_are_accepted_with_lines(tmp_path):
    data = json.loads(Record.model_validate(load_record(SAM).record.model_dump()).model_dump_json())
    data["worrys"] = []
    path = tmp_path / "record.json"
    path.write_text(json.dumps(data, indent=2), encoding="utf-8")
    with pytest.raises(InvalidRecord) as caught:
        load_record(path)
    (diagnostic,) = caught.value.diagnostics
    assert diagnostic.path == "worrys" and diagnostic.line > 1


def test_schema_describes_fields_and_both_item_forms():
    schema = Record.model_json_schema()
    assert schema["additionalProperties"] is False
    worries = schema["properties"]["worries"]
    text = json.dumps(worries)
    assert '"string"' in text and "Item" in text
    assert schema["properties"]["child_views"]["description"]


def test_a_translations_file_given_as_a_record_is_named_as_such():
    with pytest.raises(ReadError, match="translations file of review-sam-9.yaml, not a review record"):
        load_record(SAM.with_name("review-sam-9.translations.yaml"))


def test_tab_indentation_is_explained(tmp_path):
    path = tmp_path / "tabs.yaml"
    path.write_text("child:\n\tid: X\n", encoding="utf-8")
    with pytest.raises(ReadError) as caught:
        load_record(path)
    assert caught.value.diagnostic.line == 2
    assert "a tab is used to indent; YAML needs spaces" in caught.value.diagnostic.message


def test_a_key_written_twice_is_named_with_both_lines(tmp_path):
    path = tmp_path / "twice.yaml"
    path.write_text("child:\n  id: X\n  name: A\n  id: Y\n", encoding="utf-8")
    with pytest.raises(ReadError) as caught:
        load_record(path)
    assert caught.value.diagnostic.line == 4
    assert "'id' is written twice in the same section (lines 2 and 4)" in caught.value.diagnostic.message


def test_yaml_merge_keys_work_and_explicit_keys_win(tmp_path):
    from recordgen.record.loading import parse_file

    data, lines = parse_file(tmp_path / "m.yaml", b"base: &b\n  x: 1\n  y: 2\nchild:\n  <<: *b\n  y: 3\n")
    assert data["child"] == {"x": 1, "y": 3}
    assert lines[("child", "y")] == 6
