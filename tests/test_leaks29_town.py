"""Leftovers of blind reviews, session 29: the town of a confidential home in any phrase.

A carer's workplace or a place near the home named with the placement's town ("the Hexham fire
station where he works", "the Co-op in Hexham") tells a parent where to wait for the child or the
carer. A small town (under 20,000 people) is a part of the address wherever it stands: an error,
and no parent's copy is made with it, however the address is written (with commas, on lines, with a
full stop). A larger town does not find the child alone: naming it in a text a parent reads is a
warning, as with a place in it it may, and the parent's copy is still made."""

from __future__ import annotations

import pytest

from recordfiles import docx_text, write_record


def _sam(tmp_path, address: str, said: str, venue: str | None = None):
    def change(data):
        data["placement"]["address"] = address
        data["working_well"][2] = said
        if venue:
            data["review"]["venue"] = venue
        for recipient in data["distribution"]:
            if recipient["role"] == "parent":
                recipient.update(language="en", format="docx")
    return write_record(tmp_path, change)


def _diagnostics(path, severity: str) -> list:
    from recordgen.record.loading import load_record
    from recordgen.rules.validation import validate

    return [d for d in validate(load_record(path)) if d.severity == severity]


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


HEXHAM = "22 Pennywort Close, Hexham, NE46 3PQ"


@pytest.mark.parametrize("address", [
    HEXHAM,
    "22 Pennywort Close\nHexham\nNE46 3PQ",            # written on lines, as an envelope is
    "Flat 2, 22 Pennywort Close, Hexham. NE46 3PQ",     # a full stop before the postcode
    "22 Pennywort Close, Hexham",                       # no postcode
])
@pytest.mark.parametrize("said", [
    "Mark works at the Hexham fire station and you visit him there.",
    "Karen works at the Co-op in Hexham and you help her after school.",
    "You love Hexham's park.",
    "You go swimming at HEXHAM leisure centre.",
])
def test_a_place_named_with_a_small_town_is_an_error_and_refused(tmp_path, address, said):
    path = _sam(tmp_path, address, said)
    found = [d for d in _diagnostics(path, "error") if d.path == "working_well.3"]
    assert found and "this names 'Hexham'" in found[0].message and "kept from parents" in found[0].message, found
    assert _parent_copy(path) is None


def test_a_small_towns_place_as_the_venue_is_an_error(tmp_path):
    path = _sam(tmp_path, HEXHAM, "You like your school.", venue="Hexham Fire Station")
    assert [d for d in _diagnostics(path, "error") if d.path == "review.venue"]


@pytest.mark.parametrize("said", [
    "Mark works at the Scunthorpe fire station and you visit him there.",
    "Karen works at the Co-op in Scunthorpe and you help her after school.",
])
def test_a_place_named_with_a_large_town_is_a_warning_and_the_copy_is_made(tmp_path, said):
    path = _sam(tmp_path, "14 Elm Road, Scunthorpe, DN15 7XY", said)
    assert not [d for d in _diagnostics(path, "error") if d.path == "working_well.3"]
    found = [d for d in _diagnostics(path, "warning") if d.path == "working_well.3"]
    assert len(found) == 1 and "this names 'Scunthorpe', the town of the child's home" in found[0].message
    assert "withhold this item from parent or reword it" in found[0].message and found[0].line
    text = _parent_copy(path)
    assert text is not None and said in text


def test_the_large_town_in_the_venue_says_it_cannot_be_withheld(tmp_path):
    path = _sam(tmp_path, "14 Elm Road, Scunthorpe, DN15 7XY", "You like your school.",
                venue="Scunthorpe Family Centre")
    found = [d for d in _diagnostics(path, "warning") if d.path == "review.venue"]
    assert len(found) == 1 and "reword it (the venue cannot be withheld" in found[0].message


@pytest.mark.parametrize("said, address", [
    ("You went to Leeds with Mark to see the match.", "3 Pennywort Close, Bradford, BD6 1AA"),  # another city
    ("Mark works at the Scunthorpe fire station.", "14 Elm Road, Scunthorpe, DN15 7XY"),          # kept from parent below
])
def test_no_warning_for_another_town_or_an_item_kept_from_parents(tmp_path, said, address):
    def change(data):
        data["placement"]["address"] = address
        data["working_well"][2] = {"text": said, "withhold_from": ["parent"]} if "Scunthorpe" in said else said
    path = write_record(tmp_path, change)
    assert not [d for d in _diagnostics(path, "warning") if d.path == "working_well.3"]


def test_not_confidential_no_warning(tmp_path):
    def change(data):
        data["placement"]["confidential"] = False
        data["working_well"][2] = "Mark works at the Scunthorpe fire station."
    assert not [d for d in _diagnostics(write_record(tmp_path, change), "warning") if d.path == "working_well.3"]
