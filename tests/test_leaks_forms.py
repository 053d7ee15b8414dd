"""Leaks a blind reviewer still found in a parent's copy after the eighth blind review (brief
leaks8): street types, surnames without their apostrophe, venues by description, siblings' records,
translators' files, nicknames, web addresses. Each test writes a real record, then reads validate's
output or the parent's copy back."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from recordgen import api
from recordgen.cli import main_group

from recordfiles import copy_text, english_parent, validation_errors, write_record


def run(*args):
    return CliRunner().invoke(main_group, [str(a) for a in args])


def errors_at(path, where: str) -> list[str]:
    return [e.message for e in validation_errors(path) if e.path == where]


# ---------------------------------------------------------------- 1: street types


@pytest.mark.parametrize("street", [
    "Castle Meadows", "Kirkby Heights", "Thorn Bank", "Ravens Brow", "Ackroyd Fold", "Marine Esplanade",
    "Oak Lea", "Rose Nook", "Fox Hollow", "Burn Side", "Eastfield Loan", "Ash Garth", "Elm Chase",
    "Cedar Croft", "Abbey Wynd",
])
@pytest.mark.parametrize("written", ["You walk to the shop on {street} with Lisa.",
                                     "Mum can send cards to 43 {street}."])
def test_a_street_of_a_british_type_is_caught_without_its_number(tmp_path, street, written):
    def change(data):
        english_parent(data)
        data["placement"]["address"] = f"43 {street}, Scunthorpe, DN15 7XY"
        data["worries"][0] = written.format(street=street)
    path = write_record(tmp_path, change)
    assert any("of the address '43 " in m for m in errors_at(path, "worries.1"))
    with pytest.raises(api.CopyWouldLeak):
        copy_text(path)


def test_a_street_of_only_generic_words_is_no_false_alarm(tmp_path):
    """"High Meadows" is as common as "High Street": only the house number with it finds a home."""
    text = "You like the high meadows by the river where you fly your kite."
    def change(data):
        english_parent(data)
        data["placement"]["address"] = "43 High Meadows, Scunthorpe, DN15 7XY"
        data["worries"][0] = text
    path = write_record(tmp_path, change)
    assert errors_at(path, "worries.1") == []
    assert text in copy_text(path)
