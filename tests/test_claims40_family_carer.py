"""A carer who is the child's family, their role written as family and what they do ("nan and kinship carer"),
is given in the letter's lists as a parent is: "Your nan, Bernadette", not "Bernadette Ó Súilleabháin (nan and
kinship carer)" beside "You live with your nan, Bernadette." (blind review 32, finding 9). The child's list of
who was sent a copy gives her by the family word alone ("(nan)"), without the system's "kinship carer". A parent's
copy of a confidential kinship placement still gives her by no name and no relation ("Your carer")."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from recordgen import api
from recordgen.rules.kinship import family_carer

from recordfiles import docx_text, rendered_copies, the_copy, write_data

DATA = Path(__file__).resolve().parent / "data_claims40"


def _data() -> dict:
    return YAML(typ="safe", pure=True).load((DATA / "tiernan.yaml").read_text(encoding="utf-8"))


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n")]


def test_tiernans_nan_is_given_as_his_dad_is(tmp_path):
    texts = rendered_copies(tmp_path, DATA / "tiernan.yaml")
    child = _lines(the_copy(texts, "child"))
    assert "You live with your nan, Bernadette." in child
    assert "Your nan, Bernadette" in child and "Your dad, Pádraig: joined by phone" in child
    assert "Bernadette Ó Súilleabháin (nan)" in child  # who was sent a copy
    assert not any("kinship" in line for line in child)
    dad = _lines(the_copy(texts, "parent"))
    assert "Your nan, Bernadette" in dad and "Pádraig (dad): joined by phone" in dad
    nan = _lines(the_copy(texts, "carer"))
    assert "Bernadette (nan)" in nan  # her own copy: never "your nan" to herself


def _confidential(data: dict) -> dict:
    """Tiernan's record with his nan's home kept from his dad, its texts giving her as "your carer"."""
    data["placement"]["confidential"] = True
    text = json.dumps(data, default=str)
    for old, new in (("at Nan's", "at home"), ("Nan says", "Your carer says"), ("Nan", "your carer"),
                     ("Mr Kettleborough", "Mr Kay")):
        text = text.replace(old, new)
    return json.loads(text)


def _copy(path: Path, role: str) -> list[str]:
    loaded = api.load_record(path)
    return _lines(docx_text(api.Renderer().render_copy(loaded, api.recipient_for(loaded.record, role)).data))


def test_a_confidential_kinship_placement_keeps_her_from_the_parent(tmp_path):
    path = write_data(tmp_path, _confidential(_data()))
    dad = _copy(path, "parent")
    assert "Your carer" in dad and not any(re.search(r"Bernadette|\bnan\b", line, re.IGNORECASE) for line in dad)
    child = _copy(path, "child")
    assert "Your nan, Bernadette" in child and "Bernadette Ó Súilleabháin (nan)" in child


def test_in_polish_she_is_his_babcia(tmp_path):
    data = _data()
    data["child"]["language"] = "pl"
    path = write_data(tmp_path, data)
    loaded = api.load_record(path)
    child = _lines(docx_text(api.Renderer(allow_untranslated=True).render_copy(
        loaded, api.recipient_for(loaded.record, "child")).data))
    assert "Twoja babcia, Bernadette" in child and "Bernadette Ó Súilleabháin (babcia)" in child
    assert not any("kinship" in line for line in child)


@pytest.mark.parametrize("role, family", [
    ("nan and kinship carer", "nan"), ("kinship carer (nan)", "nan"), ("Aunt, carer", "aunt"),
    ("grandad & special guardian", "grandad"),
    ("nan", None), ("mum and carer", None), ("foster carer", None), ("nan and respite carer", None),
])
def test_which_roles_are_a_family_carers(role, family):
    assert family_carer(role) == family
