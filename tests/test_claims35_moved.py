"""Blind review 27, finding 6 (9a): copies of earlier reviews remade in a batch with a later record
that records a move told Maya "Your carers or social worker can help you do it." about carers she had
left, and "You do not have an independent visitor yet." in the present. When a later record of the
same child in the same run gives another home, the earlier copy tells the home, who is around and what
she had as at that review, as a copy made years on does. Real batches, copies read back."""

from __future__ import annotations

from recordfiles import write_record
from test_claims32_chain_copies import _batch, _child_copy, _clock, _review  # noqa: F401 - the fixture

PRESENT = ("Your carers or social worker can help you do it.", "You live with Mark and Lisa Owen.",
           "You do not have an independent visitor yet.", "You do not want an advocate just now.",
           "You can talk to me, Helen, whenever you want to.")


def _first(status: str = "not_yet"):
    def change(data: dict) -> None:
        _review("2026-03-03", 2)(data)
        data["rights"].update(independent_visitor=status, advocate="declined")
    return change


def _moved(data: dict) -> None:
    _review("2026-06-10", 3)(data)
    data["placement"].update(carers="Claire Docherty (your aunt)", address="18 Saltdean Drive, Peacehaven, BN10 8QA")


def test_a_move_in_a_later_record_tells_the_earlier_home_and_help_as_then(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    write_record(folder, _first(), name="r1.yaml")
    write_record(folder, _moved, name="r2.yaml")
    _batch(folder, tmp_path / "out", "2026-07-01")
    first = _child_copy(tmp_path / "out", "2026-03-03")
    for words in PRESENT:
        assert words not in first, words
    assert "Your home at the time of your review" in first and "You lived with Mark and Lisa Owen." in first
    assert "An independent visitor is a volunteer who visits you as a friend. You can ask for one at any time." \
        in first
    assert "Your social worker can help you do it." in first
    # The later record's own copy is of now.
    assert "You live with your aunt, Claire." in _child_copy(tmp_path / "out", "2026-06-10")


def test_with_no_move_the_earlier_copy_is_as_before(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    write_record(folder, _first(), name="r1.yaml")
    write_record(folder, lambda data: _review("2026-06-10", 3)(data), name="r2.yaml")
    _batch(folder, tmp_path / "out", "2026-07-01")
    first = _child_copy(tmp_path / "out", "2026-03-03")
    assert "You live with Mark and Lisa Owen." in first
    assert "You do not have an independent visitor yet." in first
