"""The family's own word for a relative is the child's word, never a hard one (blind review 30, finding
15): `check` told the IRO to replace "nani", what a 4-year-old calls her grandmother, the record's own
word for her carer."""

from __future__ import annotations

from recordgen import api
from recordfiles import LILY, write_record


def _findings(tmp_path, change):
    path = write_record(tmp_path, change, base=LILY)
    return [f for f in api.check_record(api.load_record(path)) if f.kind.value == "reading-level"]


def _with(role: str, text: str):
    def change(data):
        data["review"]["attendees"][1]["role"] = role
        data["goals"].append(text)
    return change


def test_the_word_the_record_gives_a_relative_is_no_hard_word(tmp_path):
    assert not [f for f in _findings(tmp_path, _with("nani and kinship carer", "You stay with your nani."))
                if f.word == "nani"]
    assert not [f for f in _findings(tmp_path, _with("babcia", "You bake cakes with your babcia."))
                if f.word == "babcia"]


def test_a_professionals_role_or_an_initialism_stays_hard(tmp_path):
    assert [f for f in _findings(tmp_path, _with("paediatrician", "The paediatrician checks your ears."))
            if f.word == "paediatrician"]
    assert [f for f in _findings(tmp_path, _with("kinship carer", "You live in kinship care."))
            if f.word == "kinship"]
