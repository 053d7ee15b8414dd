"""Blind review 33, finding 4: Hollie lives at home with mum under a care order, the home kept from dad. The
venue "at home with your mum" is that home, by whom she lives there with: dad's copy says when the review was
and not where, with the warning a foster home's venue gets (as "at home with Jean and Alan" by name). "You live
with your mum, Donna." stays: dad knows she is at home with mum (the care plan every copy shows says so), and
a parent as carer's first name is no more than he knows; the address and school are what find the home."""

from __future__ import annotations

from pathlib import Path

from ruamel.yaml import YAML

from recordfiles import docx_text, write_data

DATA = Path(__file__).parent / "data_leaks42"


def _diagnostics(path: Path) -> list:
    from recordgen.record.loading import load_record
    from recordgen.rules.validation import validate

    return list(validate(load_record(path)))


def _copy(path: Path, name: str) -> str:
    from recordgen import api

    loaded = api.load_record(path)
    reader = [r for r in loaded.record.distribution if r.name == name][0]
    return docx_text(api.Renderer(allow_untranslated=True).render_copy(loaded, reader).data)


def _hollie(change=None, tmp_path=None, name="record.yaml") -> Path:
    data = YAML(typ="safe", pure=True).load((DATA / "hollie-home-co.yaml").read_text(encoding="utf-8"))
    return write_data(tmp_path, data, change, name=name)


def test_dads_copy_leaves_out_the_venue_at_home_with_mum(tmp_path):
    path = _hollie(tmp_path=tmp_path)
    found = _diagnostics(path)
    assert not [d for d in found if d.severity == "error"]
    assert any(d.path == "review.venue" and d.severity == "warning" and "is the child's home" in d.message
               and "Wayne Brannigan" in d.message for d in found)
    dad = _copy(path, "Wayne Brannigan")
    assert "24 November 2026" in dad
    said = [line for line in dad.splitlines() if "24 November 2026" in line]
    assert said and not any("home" in line for line in said), said
    assert "Fenwick" not in dad and "Ashby Hill" not in dad
    # What he knows already stays: she lives with her mum (the care plan says so too).
    assert "You live with your mum, Donna." in dad
    # Mum's own copy, her home, keeps the venue.
    assert any("24 November 2026" in line and "at home with your mum" in line
               for line in _copy(path, "Donna Brannigan").splitlines())


def test_at_home_with_someone_who_is_not_the_carer_is_not_the_home(tmp_path):
    """A child in foster care met "at home with your dad": dad's home, not the one kept from parents."""
    def foster(d):
        d["placement"]["carers"] = "Bev and Alan Stainforth"
        d["distribution"][1]["name"] = "Bev and Alan Stainforth"
        d["review"]["venue"] = "at home with your nan"
    path = _hollie(foster, tmp_path=tmp_path)
    assert not any(d.path == "review.venue" and "is the child's home" in d.message for d in _diagnostics(path))
