"""The authoring page's readers list ("Kept from them") says, for a little child's own copy, exactly what that
copy leaves out: read aloud by the carers (the early and young bands), it leaves out what is withheld from any
role those carers are readers as (``withholding.reader_roles``, blind review 32, finding 1), and the page says
so, with who reads it aloud. It listed only what was withheld from the child's own role, and nothing kept from
the carer who reads it. Asked through the web app's test client; the copies are rendered and read back."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from ruamel.yaml import YAML
from starlette.testclient import TestClient

from recordgen.web import create_app

from recordfiles import rendered_copies, the_copy, write_data

DATA = Path(__file__).parent / "data_leaks41"
RUBY = "review-ruby-2.yaml"


def _readers(folder: Path, name: str) -> dict:
    with TestClient(create_app(folder)) as client:
        answer = client.post(f"/api/records/{name}/copies", json={})
    assert answer.status_code == 200, answer.text
    assert not answer.json()["errors"], answer.json()["errors"]
    return {r["name"]: r for r in answer.json()["readers"]}


def _ruby(tmp_path: Path, folder: str) -> Path:
    (tmp_path / "records").mkdir()
    return Path(shutil.copy(DATA / folder / RUBY, tmp_path / "records" / RUBY))


def _items_shown(record: Path, copy_text: str) -> dict[str, bool]:
    """Each of the record's worries and working-well items: is it in the copy?"""
    data = YAML(typ="safe", pure=True).load(record.read_text(encoding="utf-8"))
    shown = {}
    for section, heading in (("working_well", "What is working well"), ("worries", "What are we worried about")):
        for n, item in enumerate(data.get(section) or [], 1):
            text = item["text"] if isinstance(item, dict) else item
            shown[f"{heading} {n}"] = text[:40] in copy_text
    return shown


def test_a_copy_read_aloud_by_mum_and_dad_lists_what_is_kept_from_them_and_why(tmp_path):
    path = _ruby(tmp_path, "r5")  # Ruby, 2, at home with mum and dad; worry 2 withheld from parent
    found = _readers(path.parent, RUBY)
    assert found["Ruby"]["withheld"] == [
        "What are we worried about 2 (read aloud by Kerry-Ann Walsh (mum) and Jason Walsh (dad), "
        "from whom it is kept)"]
    # The parents' own copies: kept from them, said plainly, no reason needed.
    assert found["Kerry-Ann Walsh"]["withheld"] == ["What are we worried about 2"]
    assert found["Sophie Ng"]["withheld"] == []
    # Exactly what the copy leaves out, read back from it.
    child = the_copy(rendered_copies(tmp_path, path), "_child-")
    shown = _items_shown(path, child)
    listed = {entry.split(" (")[0] for entry in found["Ruby"]["withheld"]}
    assert {item for item, there in shown.items() if not there} == listed


def test_a_confidential_home_with_mum_the_childs_and_mums_lists_give_no_address(tmp_path):
    # Mum is Ruby's carer, the placement kept from dad: the copy mum reads aloud gives her own home; the
    # page listed 'Address', 'School' for mum (a parent) and nothing of the worry for Ruby.
    path = _ruby(tmp_path, "r9")
    found = _readers(path.parent, RUBY)
    assert found["Ruby"]["withheld"] == [
        "What are we worried about 2 (read aloud by Kerry-Ann Walsh (mum), from whom it is kept)"]
    assert found["Kerry-Ann Walsh"]["withheld"] == ["What are we worried about 2"]
    assert "Address" in found["Jason Walsh"]["withheld"]
    child = the_copy(rendered_copies(tmp_path, path), "_child-")
    assert "rang Sophie in September" not in child


@pytest.mark.parametrize("age, read_aloud", [("2023-08-30", True), ("2016-08-30", False)])
def test_a_thing_kept_from_the_carer_is_listed_for_the_child_whose_copy_the_carer_reads(tmp_path, age, read_aloud):
    """Already so before the read-aloud roles: the child's copy left out what was kept from the carer, and the
    page did not say so. A child of 10 reads her own copy: it keeps the item, and the page lists nothing."""
    data = YAML(typ="safe", pure=True).load((DATA / "r5" / RUBY).read_text(encoding="utf-8"))

    def change(data):
        data["child"]["date_of_birth"] = age
        if not read_aloud:
            data["review"]["participation"] = "PN1"
        data["placement"]["carers"] = "Bev and Alan Stainforth"
        data["review"]["venue"] = "the family centre"
        data["worries"][1] = {"text": "Your dad has asked to see you at Christmas without Bev and Alan there.",
                              "withhold_from": ["carer"]}
        data["distribution"].append({"role": "carer", "name": "Bev and Alan Stainforth"})
    (tmp_path / "records").mkdir()
    path = write_data(tmp_path / "records", data, change, name=RUBY)
    found = _readers(path.parent, RUBY)
    assert found["Bev and Alan Stainforth"]["withheld"] == ["What are we worried about 2"]
    child = the_copy(rendered_copies(tmp_path, path), "_child-")
    if read_aloud:
        assert found["Ruby"]["withheld"] == [
            "What are we worried about 2 (read aloud by Bev and Alan Stainforth, from whom it is kept)"]
        assert "without Bev and Alan there" not in child
    else:
        assert found["Ruby"]["withheld"] == []
        assert "without Bev and Alan there" in child
