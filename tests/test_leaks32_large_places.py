"""Issue 17 (nothing leaked), gap 2: which one-word towns are large came from a hand-kept list
(LARGE_EVERYDAY_TOWNS) beside the GeoNames table that already knows it. The rule is now the table's
alone: a town is large (20,000 people or more: no part of the address, only a warning where named)
when the table names it, or names it by the shorter name GeoNames gives a place from its own words
("Hull" of "Kingston upon Hull", "Stoke" of "Stoke-on-Trent", "Southend" of "Southend-on-Sea"), which
the list held by hand for two cities and missed for the rest ("Southend", 295,310 people, was small)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from recordfiles import copy_text, english_parent, write_record

ROOT = Path(__file__).resolve().parent.parent


def _sam(tmp_path, address: str, said: str) -> Path:
    def change(data):
        english_parent(data)
        data["placement"]["address"] = address
        data["working_well"][0] = said
    return write_record(tmp_path, change)


def _diagnostics(path) -> list:
    from recordgen.record.loading import load_record
    from recordgen.rules.validation import validate

    return validate(load_record(path))


@pytest.mark.parametrize("address, said, town", [
    ("14 Elm Road, Southend, SS1 1AA", "You love the pier at Southend.", "Southend"),
    ("14 Elm Road, Stockton, TS18 1AA", "You went to the market in Stockton.", "Stockton"),
    ("14 Elm Road, Barrow, LA14 1AA", "You like the docks at Barrow.", "Barrow"),
    ("14 Elm Road, Newcastle, NE1 1AA", "You went to the quayside in Newcastle.", "Newcastle"),
    ("14 Elm Road, Hull, HU1 2AB", "You went to the museum in Hull.", "Hull"),
    ("14 Elm Road, Stoke, ST4 1AA", "You like the museum in Stoke.", "Stoke"),
])
def test_a_large_town_by_the_name_it_goes_by_is_a_warning_and_the_parents_copy_is_made(tmp_path, address, said,
                                                                                        town):
    path = _sam(tmp_path, address, said)
    found = [(d.severity, str(d)) for d in _diagnostics(path) if d.path == "working_well.1"]
    assert not [m for severity, m in found if severity == "error"], found
    assert any(severity == "warning" and f"this names '{town}', the town of the child's home" in m
               and "20,000 people or more" in m and ":" in m.split(" working_well.1")[0] for severity, m in found), found
    assert said in copy_text(path)


@pytest.mark.parametrize("address, said, town", [
    ("5 Kiln Lane, Rye, TN31 7AA", "You go to Rye library on Tuesdays.", "Rye"),
    ("5 Kiln Lane, Hexham, NE46 1AA", "You go to Hexham Scouts.", "Hexham"),
])
def test_a_small_town_is_still_an_error_and_refused(tmp_path, address, said, town):
    from recordgen.rendering.renderer import CopyWouldLeak

    path = _sam(tmp_path, address, said)
    errors = [str(d) for d in _diagnostics(path) if d.severity == "error" and d.path == "working_well.1"]
    assert any(f"this names '{town}', the town of the address" in m for m in errors), errors
    with pytest.raises(CopyWouldLeak):
        copy_text(path)


def test_the_table_gives_each_place_its_shorter_names_from_its_own_words():
    from recordgen.rules import withholding

    text = (ROOT / "recordgen" / "rules" / "data" / "large_places.tsv").read_text(encoding="utf-8")
    shorter = {}
    for line in text.splitlines():
        if line.startswith("#"):
            continue
        fields = line.split("\t")
        assert len(fields) in (2, 3) and fields[1].isdigit() and int(fields[1]) >= 20_000, line
        if len(fields) == 3:
            shorter[fields[0]] = fields[2].split("|")
            for name in shorter[fields[0]]:
                assert name.casefold() in fields[0].casefold().replace("-", " "), line
    assert shorter["Kingston upon Hull"] == ["Hull"] and shorter["Stoke-on-Trent"] == ["Stoke"]
    assert not hasattr(withholding, "LARGE_EVERYDAY_TOWNS")
    for town in ("Reading", "Bath", "Deal", "Sale", "Hull", "Stoke", "Barrow"):
        assert withholding.large_place(town) and not withholding.everyday_word_town(town), town
    for town in ("Rye", "Wells", "Hope"):
        assert withholding.everyday_word_town(town), town


def test_the_builder_keeps_only_shorter_names_made_of_the_places_own_words():
    spec = importlib.util.spec_from_file_location("build_large_places", ROOT / "tools" / "build_large_places.py")
    builder = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(builder)
    assert builder.short_names("Kingston upon Hull", ["Hull", "Hulo", "Kingston-upon-Hull", "HUL"]) == ["Hull"]
    assert builder.short_names("Stoke-on-Trent", ["Stoke", "The Potteries", "XWH", "Stoke-upon-Trent"]) == ["Stoke"]
    assert builder.short_names("Leeds", ["LBA", "Lids", "Leeds"]) == []
