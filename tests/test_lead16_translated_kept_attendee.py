"""Blind review 27, finding 7: someone who took part but is kept off the parents' list (a family friend,
`withhold_from: [parent]`) is left out of the mum's copy, yet their role and what they did went to her
language's translator: only what a copy in the language shows is exported."""

from __future__ import annotations

from lxml import etree

from recordfiles import SAM, write_record

NS = {"x": "urn:oasis:names:tc:xliff:document:1.2"}


def _with_greta(kept_from):
    def change(data):
        data["review"]["attendees"].append({"name": "Greta Lindqvist", "role": "family friend", "attended": False,
                                            "contributed": "sent a letter about your swimming"})
        entry = {"name": "Greta Lindqvist", "role": "other"}
        if kept_from:
            entry["withhold_from"] = kept_from
        data["distribution"].append(entry)
    return change


def _exported_units(tmp_path, kept_from):
    from recordgen import api
    from recordgen.translation import export_xliff

    path = write_record(tmp_path, _with_greta(kept_from), base=SAM)
    loaded = api.load_record(path)
    tree = etree.fromstring(export_xliff(loaded.record, path.name, "ur"))
    return {"".join(unit.find("x:source", NS).itertext()) for unit in tree.iterfind(".//x:trans-unit", NS)}


def test_an_attendee_kept_off_the_parents_list_is_not_sent_to_their_translator(tmp_path):
    sources = _exported_units(tmp_path, ["parent"])
    assert "sent a letter about your swimming" not in sources
    assert "family friend" not in sources


def test_one_the_parent_may_see_still_is(tmp_path):
    assert "sent a letter about your swimming" in _exported_units(tmp_path, None)
