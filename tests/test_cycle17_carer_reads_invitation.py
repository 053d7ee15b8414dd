"""Blind review 28, finding 1: a 3-year-old's invitation, "for the grown-up who looks after Poppy, to read
and share with Poppy", listed among who is asked to come the dad the record keeps off the carers' list
(``distribution[].withhold_from: [carer]``), while the carers' own invitation and the held record's copy
for the child (which the carer reads aloud) left him out. A young child's papers (under 8 by age, the
early and young bands) are read by the carer, as their copy is (``reader_roles``): whoever is kept from
the carer is kept from them too; an older child's still name him. Papers rendered and read back."""

from __future__ import annotations

import copy

import pytest

from recordfiles import docx_text
from test_consult import documents, planned

#: Born so that Robin is 3, 4, 6 and 9 on the review day (2026-09-15).
BORN = {"under four": ("early", "2023-03-01"), "four": ("early", "2022-06-01"),
        "six": ("young", "2020-01-10"), "nine": ("middle", "2017-05-01")}


def _papers(age: str) -> dict[tuple[str, str], str]:
    band, born = BORN[age]
    data = copy.deepcopy(planned(band))
    data["child"]["date_of_birth"] = born
    # Mum's partner is kept off the carers' list only: the child may know he is coming.
    data["distribution"][3]["withhold_from"] = ["carer"]
    return {key: docx_text(paper.data) for key, paper in documents(data).items()}


@pytest.mark.parametrize("age", ["under four", "four", "six"])
def test_a_young_childs_invitation_read_by_the_carer_leaves_out_who_is_kept_from_the_carer(age):
    papers = _papers(age)
    assert "Dean" not in papers["invitation", "carer"]
    child = papers["invitation", "child"]
    assert "Rowbotham" not in child and "Dean" not in child, child
    assert "Amina Khan" in child  # the rest of the list stays
    if age == "under four":
        assert "This letter is for the grown-up who looks after Robin" in child


def test_an_older_childs_invitation_still_names_him():
    assert "Dean Rowbotham" in _papers("nine")["invitation", "child"]
