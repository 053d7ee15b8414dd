"""A bilingual copy awaiting its translation (blind review 29, finding 14): each item once, its
English inside the marker, and the actions' who cell names its person once."""
from __future__ import annotations

from recordgen.docx.bidi import LRM

from test_translated_copies import marker_parts, render


def _bilingual(data):
    for recipient in data["distribution"]:
        if recipient["role"] == "parent":
            recipient["bilingual"] = True


def test_a_tigrinya_bilingual_copy_shows_no_empty_marker_and_each_who_once(tmp_path):
    text, loaded = render(tmp_path, "ti", edit=_bilingual)
    text = text.replace(LRM, "").replace("\u200f", "")
    before, after = marker_parts("ti")
    lines = text.splitlines()
    assert f"{before}…{after}" not in lines
    assert f"{before}{loaded.record.working_well[0].text}{after}" in lines
    assert loaded.record.working_well[0].text not in lines
    for action in loaded.record.actions:
        name = action.who.split(" (")[0]
        assert all(line.count(name) < 2 for line in lines), name
    assert "Jo Smith (your social worker)" not in text   # the who cell's English half, once more
