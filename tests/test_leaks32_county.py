"""Issue 17 (nothing leaked), gap 3: an address with a county line ("Flat 2, 14 Elm Road, Hartwell,
Fernshire, FS3 2AB") had its county read as the town, the last part before the postcode. So the county
named to a parent was an error and refused the copy (a county holds hundreds of thousands: no leak by
itself), while the real town was read as a locality or, when it is an everyday word ("Rye, East
Sussex"), not at all: "You go to Rye library" reached the parent. The county is now no part of the
address, and the part before it is the town, judged as any town is."""

from __future__ import annotations

import re

import pytest

from recordfiles import copy_text, english_parent, refused_for_parent, write_record


def _sam(tmp_path, address: str, said: str) -> object:
    def change(data):
        english_parent(data)
        data["placement"]["address"] = address
        data["working_well"][0] = said
    return write_record(tmp_path, change)


def _found(path, field: str = "working_well.1") -> list[tuple[str, str]]:
    from recordgen.record.loading import load_record
    from recordgen.rules.validation import validate

    return [(d.severity, str(d)) for d in validate(load_record(path)) if d.path == field]


@pytest.mark.parametrize("address, said", [
    ("Flat 2, 14 Elm Road, Hartwell, Fernshire, FS3 2AB", "You went to the county show in Fernshire."),
    ("Flat 2, 14 Elm Road, Rye, East Sussex, TN31 7AA", "You went to the beach in East Sussex."),
    ("14 Elm Road, Hexham, Northumberland, NE46 1AA", "You love walking in Northumberland."),
    ("14 Elm Road, Kent, CT1 1AA", "You went to the seaside in Kent."),
    ("3 Oak Lane, Lurgan, Co. Armagh, BT66 1AA", "You went to a match in Co. Armagh."),
])
def test_the_county_named_to_a_parent_is_no_leak_and_the_copy_is_made(tmp_path, address, said):
    path = _sam(tmp_path, address, said)
    assert not [m for severity, m in _found(path) if severity == "error"], _found(path)
    assert said in copy_text(path)


@pytest.mark.parametrize("address, said, town", [
    ("Flat 2, 14 Elm Road, Hartwell, Fernshire, FS3 2AB", "You play for Hartwell Rangers under-11s.", "Hartwell"),
    ("Flat 2, 14 Elm Road, Rye, East Sussex, TN31 7AA", "You go to Rye library on Tuesdays.", "Rye"),
    ("14 Elm Road, Hexham, Northumberland, NE46 1AA", "You go to Hexham Scouts.", "Hexham"),
])
def test_the_town_before_the_county_is_the_town_an_error_at_its_line_and_refused(tmp_path, address, said, town):
    path = _sam(tmp_path, address, said)
    errors = [m for severity, m in _found(path) if severity == "error"]
    assert any(re.search(rf"record\.yaml:\d+: working_well\.1: error: this names '{town}', the town of the "
                         r"address .* is kept from parents because the placement is confidential", m)
               for m in errors), errors
    assert refused_for_parent(tmp_path, path)


def test_a_large_town_before_the_county_is_the_town_for_the_street_and_town_rules(tmp_path):
    # Scunthorpe alone: a warning (a large town); with the home's common street: an error, both read
    # from the town before "North Lincolnshire", which was taken for the town.
    address = "14 Mill Lane, Scunthorpe, North Lincolnshire, DN15 7XY"
    alone = _found(_sam(tmp_path, address, "You went to the baths in Scunthorpe."))
    assert any(severity == "warning" and "this names 'Scunthorpe', the town of the child's home" in m
               for severity, m in alone), alone
    path = _sam(tmp_path, address, "You love the swings at the park on Mill Lane in Scunthorpe.")
    errors = [m for severity, m in _found(path) if severity == "error"]
    assert any("'Mill Lane', the street of the child's home, with its town" in m for m in errors), errors


def test_the_county_is_no_part_of_the_address():
    from recordgen.rules.withholding import address_parts, address_town, is_county

    parts = address_parts("Flat 2, 14 Elm Road, Hartwell, Fernshire, FS3 2AB")
    assert ("town", "Hartwell") in parts
    assert not [part for what, part in parts if "Fernshire" in part and what != "address"]
    assert address_town("14 Elm Road, Rye, East Sussex, TN31 7AA") == "Rye"
    assert address_town("14 Elm Road, Kent, CT1 1AA") == ""
    assert address_town("14 Elm Road, Durham, DH1 1AA") == "Durham"  # a city, not "County Durham"
    for county in ("Fernshire", "North Yorkshire", "Inverness-shire", "Kent", "Tyne and Wear", "County Durham",
                   "Co. Antrim"):
        assert is_county(county), county
    for town in ("Hartwell", "Durham", "Antrim", "Rye", "Hexham", "Bristol"):
        assert not is_county(town), town
