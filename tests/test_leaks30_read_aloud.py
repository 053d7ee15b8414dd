"""Blind review 24, finding 6: an item withheld from the carer was printed in a 5-year-old's own copy,
which that carer reads to him ("... (This is not in Karen's copy.)"): only a child under 5 (the early
band) had their copy read aloud by the carer. A child under 8 by age (the early and young bands: the
sending rule's "read with the grown-ups who look after the child") is read to by the carer too: their
own copy leaves out what is withheld from carer, and validate warns at the item."""

from __future__ import annotations

import pytest

from recordfiles import english_parent, rendered_copies, the_copy, write_record

KEPT = "Your mum has not yet finished the course"


def _sam(born: str):
    def change(data):
        english_parent(data)
        data["child"]["date_of_birth"] = born
    return change


def _warnings_at(path, field: str) -> list[str]:
    from recordgen.record.loading import load_record
    from recordgen.rules.validation import validate

    return [d.message for d in validate(load_record(path)) if d.severity == "warning" and d.path == field]


@pytest.mark.parametrize("born", [
    "2020-04-01",   # 5 years 11 months on 3 March 2026
    "2019-03-04",   # 6 (the day before their 7th birthday), 7 now
])
def test_a_child_under_8s_own_copy_leaves_out_what_is_kept_from_the_carer(tmp_path, born):
    path = write_record(tmp_path, _sam(born))
    assert any("own copy is for the carer to read to Sam (under 8 on the review date)" in m
               for m in _warnings_at(path, "worries.3"))
    texts = rendered_copies(tmp_path, path)
    child = the_copy(texts, "_child-")
    assert KEPT not in child and "not in Mark and Lisa's copy" not in child
    assert KEPT not in the_copy(texts, "_carer-")
    assert KEPT in the_copy(texts, "_social_worker-")


def test_a_child_of_8_reads_their_own_copy_and_is_told_what_the_carer_is_not(tmp_path):
    path = write_record(tmp_path, _sam("2018-03-03"))
    assert not [m for m in _warnings_at(path, "worries.3") if "to read to" in m]
    child = the_copy(rendered_copies(tmp_path, path), "_child-")
    assert KEPT in child
