"""The matter check (an item withheld from the child is about a death, prison...; a text the child sees names
the same matter) counts what the child's own copy already tells them (blind review 32, finding 6).

Tiernan's copy tells him twice that his mum died; the coroner's inquest is what is kept from him, so his
bereavement counsellor's role is no leak, and the record is rendered as the IRO wrote it. Kayden's own remand
("You are on remand") is not his dad's prison, kept from him. Where the copy does not tell the matter, the
check is as strict as before: one shared item naming the matter may itself be the leak, so the copy tells the
matter openly when two items or more name it."""

from __future__ import annotations

from pathlib import Path

from ruamel.yaml import YAML

from recordgen import api

from recordfiles import rendered_copies, the_copy, write_data

DATA = Path(__file__).resolve().parent / "data_claims40"


def _data(name: str) -> dict:
    return YAML(typ="safe", pure=True).load((DATA / name).read_text(encoding="utf-8"))


def _matters(path: Path) -> list:
    return [d for d in api.validate(api.load_record(path)) if "is about" in d.message and " too" in d.message]


def test_tiernans_record_as_written_is_valid_and_rendered(tmp_path):
    found = api.validate(api.load_record(DATA / "tiernan.yaml"))
    assert [d for d in found if d.severity == "error"] == [] and _matters(DATA / "tiernan.yaml") == []
    texts = rendered_copies(tmp_path, DATA / "tiernan.yaml")
    child = the_copy(texts, "child")
    assert "bereavement counsellor" in child and "since your mum died" in child
    assert "inquest" not in child and "February" not in child
    assert "inquest" in the_copy(texts, "social_worker")


def _tiernan(tmp_path, *told: str) -> Path:
    """Tiernan's record, his shared items telling the death only in ``told`` (their indexes in working_well
    and worries, as "working_well.0")."""
    data = _data("tiernan.yaml")
    if "working_well.0" not in told:
        data["working_well"][0] = "You have been seeing Hannah at Winston's Wish every week, and you say it helps."
    if "worries.0" not in told:
        data["worries"][0] = "You have been having angry outbursts at school, and you had a one-day exclusion."
    return write_data(tmp_path, data)


def test_one_item_telling_the_death_is_read_as_before(tmp_path):
    """One shared item naming the death may itself be the leak: it is warned, as before, and the role beside
    it stays an error."""
    found = {d.path: d for d in _matters(_tiernan(tmp_path, "worries.0"))}
    assert sorted(found) == ["distribution.5.name", "review.attendees.6.role", "worries.1"]
    assert found["worries.1"].severity == "warning" and found["review.attendees.6.role"].severity == "error"


def test_no_item_telling_the_death_keeps_the_role_an_error(tmp_path):
    found = {d.path: d for d in _matters(_tiernan(tmp_path))}
    assert found["review.attendees.6.role"].severity == "error"
    assert "give their role without it" in found["review.attendees.6.role"].message


def test_kaydens_own_remand_is_not_his_dads_prison(tmp_path):
    assert _matters(DATA / "kayden.yaml") == []
    child = the_copy(rendered_copies(tmp_path, DATA / "kayden.yaml"), "child")
    assert "You are on remand" in child and "released" not in child


def test_his_dads_prison_told_in_his_copy_is_still_warned(tmp_path):
    data = _data("kayden.yaml")
    data["working_well"][1] = "Your mum visits you every Saturday and you write to your dad in prison."
    (found,) = _matters(write_data(tmp_path, data))
    assert found.path == "working_well.2" and "is about prison too" in found.message


def test_prison_of_someone_named_is_still_warned(tmp_path):
    """"You write to Liam in prison": Liam is another of the record's people, maybe the dad, so the check
    cannot tell whose prison it is, and warns as before."""
    data = _data("kayden.yaml")
    data["working_well"][1] = "You write to Liam in prison every week."
    (found,) = _matters(write_data(tmp_path, data))
    assert found.path == "working_well.2"
