"""Blind review 32, finding 4: a confidential school's head teacher, "Mrs Gwenllian Pryce", was given to the
parents as "Gwenllian (head teacher)": her surname was cut, but a school's website names its head, and a
first name few people have finds the school as her surname would. The parents' copies give such a member of
a confidential school's staff by role alone ("Your head teacher"); a common first name stays ("Sarah (head
teacher)"); validate warns where a text parents read gives the rare first name, as for the carers'."""

from __future__ import annotations

from pathlib import Path

from ruamel.yaml import YAML

from recordfiles import docx_text, write_data

DATA = Path(__file__).parent / "data_leaks41" / "siblings"


def _cerys() -> dict:
    return YAML(typ="safe", pure=True).load((DATA / "review-cerys-10.yaml").read_text(encoding="utf-8"))


def _copy(path: Path, name: str) -> str:
    from recordgen import api

    loaded = api.load_record(path)
    (recipient,) = [r for r in loaded.record.distribution if r.name == name]
    return docx_text(api.Renderer(allow_untranslated=True).render_copy(loaded, recipient).data)


def _warnings(path: Path) -> list:
    from recordgen.record.loading import load_record
    from recordgen.rules.validation import validate

    return [d for d in validate(load_record(path)) if d.severity == "warning"]


def test_dads_and_mums_copies_give_the_head_teacher_by_role_alone(tmp_path):
    path = write_data(tmp_path, _cerys(), name="review-cerys-10.yaml")
    dad = _copy(path, "Dafydd Pritchard")
    assert "Gwenllian" not in dad and "Pryce" not in dad
    assert "head teacher" in dad.casefold()
    mum = _copy(path, "Bethan Pritchard")  # her Welsh copy
    assert "Gwenllian" not in mum and "Pryce" not in mum
    # Cerys's own copy and her carers' keep her name.
    assert "Gwenllian Pryce" in _copy(path, "Cerys")


def test_a_common_first_name_stays(tmp_path):
    def change(data):
        data["review"]["attendees"][3]["name"] = "Mrs Sarah Pryce"
    path = write_data(tmp_path, _cerys(), change, name="review-cerys-10.yaml")
    dad = _copy(path, "Dafydd Pritchard")
    assert "Sarah (head teacher)" in dad and "Pryce" not in dad


def test_not_when_the_school_is_not_kept(tmp_path):
    def change(data):
        data["placement"]["confidential"] = False
    path = write_data(tmp_path, _cerys(), change, name="review-cerys-10.yaml")
    assert "Gwenllian Pryce" in _copy(path, "Dafydd Pritchard")


def test_validate_warns_at_the_rare_first_name_in_a_text_parents_read(tmp_path):
    def change(data):
        data["working_well"][0] = "Gwenllian says you have settled well at school."
    path = write_data(tmp_path, _cerys(), change, name="review-cerys-10.yaml")
    found = [d for d in _warnings(path) if d.path == "working_well.1" and "'Gwenllian'" in d.message]
    assert found and "few people have" in found[0].message and "head teacher" in found[0].message
    # Not where it is withheld from parent, nor for the list of who came (the copies give her role there).
    assert not [d for d in _warnings(path) if d.path.startswith("review.attendees") and "Gwenllian" in d.message]
