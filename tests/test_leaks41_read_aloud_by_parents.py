"""Blind review 32, finding 1: a little child placed at home with mum and dad (the placement's carers are
her parents) had an item withheld from parent in her own copy, which her parents read to her ("This letter
is for the grown-ups to read with you now"), with "(This is not in your parents' copies.)" after it. The
carers read a little child's own copy aloud (the early and young bands): what is withheld from any role
one of those carers is a reader as (a parent caring for her, a nan caring sent an ``other`` copy) is left
out of it, and validate warns at the item, saying why."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from recordfiles import rendered_copies, the_copy, write_data

DATA = Path(__file__).parent / "data_leaks41"
KEPT = "rang Sophie in September"


def _copy_of(tmp_path: Path, folder: str, name: str) -> Path:
    (tmp_path / folder).mkdir()
    return Path(shutil.copy(DATA / folder / name, tmp_path / folder / name))


def _warnings(path: Path, field: str) -> list[str]:
    from recordgen.record.loading import load_record
    from recordgen.rules.validation import validate

    return [d.message for d in validate(load_record(path)) if d.severity == "warning" and d.path == field]


@pytest.mark.parametrize("folder, name", [
    ("r5", "review-ruby-2.yaml"),   # 2, at home with mum and dad, kept from parent
    ("r9", "review-ruby-2.yaml"),   # 2, mum the only carer, confidential from dad, kept from parent and other
    ("y", "review-ruby-6.yaml"),    # 6 (the young band), the same
])
def test_the_childs_copy_read_aloud_by_her_parents_leaves_out_what_is_kept_from_parents(tmp_path, folder, name):
    path = _copy_of(tmp_path, folder, name)
    texts = rendered_copies(tmp_path / folder, path)
    child = the_copy(texts, "_child-")
    assert KEPT not in child
    assert "not in your parents' copies" not in child and "not in your dad's copy" not in child
    for parent in [t for n, t in texts.items() if "_parent-" in n]:
        assert KEPT not in parent
    assert KEPT in the_copy(texts, "_social_worker-")
    (warning,) = [m for m in _warnings(path, "worries.2") if "read to Ruby" in m]
    assert "withheld from parent" in warning and "Kerry-Ann Walsh" in warning
    assert "leaves this out" in warning
    # Nor is the IRO told the child's copy says the parents' copies leave it out: it leaves it out itself.
    assert not [m for m in _warnings(path, "worries.2") if "own copy says after" in m or "says after it" in m]


def test_a_nan_caring_sent_an_other_copy_does_not_read_aloud_what_is_kept_from_other(tmp_path):
    from ruamel.yaml import YAML

    data = YAML(typ="safe", pure=True).load((DATA / "y" / "review-ruby-6.yaml").read_text(encoding="utf-8"))

    def change(data):
        data["placement"].update(carers="Maureen Walsh (your nan)", confidential=False)
        data["worries"][1] = {"text": "Your mum has asked Sophie about having you home at Easter; Sophie will say "
                                      "after Christmas.", "withhold_from": ["other"]}
        data["working_well"][0] = "You live with your nan, and your health visitor says you are growing well."
        data["care_plan"]["plan"] = "You will keep living with your nan while your mum gets well."
        data["actions"][2]["who"] = "Maureen Walsh (your nan)"
        for recipient in data["distribution"]:
            recipient.pop("address", None)
    path = write_data(tmp_path, data, change, name="review-ruby-6.yaml")
    texts = rendered_copies(tmp_path, path)
    kept = "having you home at Easter"
    assert kept not in the_copy(texts, "_child-")
    assert kept not in the_copy(texts, "_other-")
    assert kept in the_copy(texts, "_social_worker-")
    assert [m for m in _warnings(path, "worries.2") if "read to Ruby" in m and "withheld from other" in m]


def test_a_child_living_with_foster_carers_still_hears_what_is_kept_from_parents(tmp_path):
    """Not read aloud by a parent: the item stays, and the copy says once (read aloud to a 2-year-old,
    claims38) that some things are not in her parents' copies."""
    from ruamel.yaml import YAML

    data = YAML(typ="safe", pure=True).load((DATA / "r5" / "review-ruby-2.yaml").read_text(encoding="utf-8"))

    def change(data):
        data["placement"].update(carers="Bev and Alan Stainforth")
        data["review"]["venue"] = "the family centre"
        data["working_well"][0] = "You live with Bev and Alan, and your health visitor says you are growing well."
        data["care_plan"]["plan"] = "You will keep living with Bev and Alan while we check home is safe."
    path = write_data(tmp_path, data, change, name="review-ruby-2.yaml")
    child = the_copy(rendered_copies(tmp_path, path), "_child-")
    assert KEPT in child and "Some things in this letter are not in your parents' copies." in child
    assert not [m for m in _warnings(path, "worries.2") if "read to Ruby" in m]
