"""Leftovers of blind reviews, session 29: which towns find a confidential home.

The town of a confidential placement's address is a part of it only when it is small enough that
it, with the carers' first names or a school, finds the child: fewer than 20,000 people (the ONS's
line between a small town and a medium one), by GeoNames' populations (data/large_places.tsv).
Once it was judged by how rarely English text names it (wordfreq Zipf under 3): "Scunthorpe"
(81,576 people, Zipf 2.6) was small, a false alarm; "Penrith" (16,700, Zipf 3.0) was not."""

from __future__ import annotations

import io

import pytest

from recordfiles import docx_text, write_record


def _sam(tmp_path, address: str, said: str):
    def change(data):
        data["placement"]["address"] = address
        data["working_well"][2] = said
        for recipient in data["distribution"]:
            if recipient["role"] == "parent":
                recipient.update(language="en", format="docx")
    return write_record(tmp_path, change)


def _errors(path) -> list[str]:
    from recordgen.record.loading import load_record
    from recordgen.rules.validation import validate

    return [d.message for d in validate(load_record(path)) if d.severity == "error"]


def _parent_copy(path) -> str | None:
    """The parent's .docx read back, or None when the copy is refused as a leak."""
    from recordgen import api
    from recordgen.rendering.renderer import CopyWouldLeak

    loaded = api.load_record(path)
    try:
        rendered = api.Renderer().render_copy(loaded, api.recipient_for(loaded.record, "parent"))
    except CopyWouldLeak:
        return None
    return docx_text(rendered.data)


@pytest.mark.parametrize("address, said", [
    ("14 Elm Road, Scunthorpe, DN15 7XY", "You went to see Scunthorpe United play with Mark."),
    ("3 Marine Court, Hastings, TN34 1AB", "You love the pier at Hastings."),
    ("5 Kiln Row, Whitley Bay, NE26 1AA", "You go to the Whitley Bay swimming club."),
])
def test_a_large_town_is_no_part_of_the_address(tmp_path, address, said):
    path = _sam(tmp_path, address, said)
    assert not [m for m in _errors(path) if "kept from parents" in m]
    text = _parent_copy(path)
    assert text is not None and said in text


@pytest.mark.parametrize("address, said, town", [
    ("4 Brunswick Road, Penrith, CA11 7LU", "You go to Penrith Scouts on Tuesdays.", "Penrith"),
    ("22 Pennywort Close, Hexham, NE46 3PQ", "You go to Hexham Scouts on Tuesdays.", "Hexham"),
    ("2 Sedge Close, Ashcombe, LW7 1PL", "You swim at Ashcombe pool.", "Ashcombe"),  # a place GeoNames does not know
])
def test_a_small_town_is_kept_from_parents(tmp_path, address, said, town):
    path = _sam(tmp_path, address, said)
    assert any(f"this names '{town}'" in m and "kept from parents" in m for m in _errors(path)), _errors(path)
    assert _parent_copy(path) is None


def test_the_examples_and_the_tests_records_give_no_town_a_false_alarm():
    """Measured: every address of the examples' and tests' records; the towns that are parts are the
    fictional ones and none with 20,000 people or more."""
    from pathlib import Path

    from ruamel.yaml import YAML

    from recordgen.rules.withholding import address_parts, large_place

    root = Path(__file__).resolve().parent.parent
    towns = set()
    for path in [*root.glob("examples/*.yaml"), *root.glob("tests/**/*.yaml")]:
        try:
            data = YAML(typ="safe", pure=True).load(path.read_text(encoding="utf-8"))
        except Exception:
            continue
        address = ((data or {}).get("placement") or {}).get("address") if isinstance(data, dict) else None
        if isinstance(address, str):
            towns |= {part for what, part in address_parts(address) if what == "town"}
    assert towns and not [town for town in towns if large_place(town)]
    assert "Scunthorpe" not in towns and "Middlesbrough" not in towns
