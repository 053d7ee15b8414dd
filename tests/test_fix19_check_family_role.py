"""`recordgen check` judges an attendee's role by what the child's copy prints. A family carer's role
("nana and kinship carer") is printed to the child by the family word ("Your nana, Brenda", rules/kinship.
family_carer, claims40), never as written: its 'kinship' is no reading-level finding for a child under 5. A
role the child's copy prints as written ("kinship carer") still is. Copies rendered and read back."""

from __future__ import annotations

import copy

from recordfiles import copy_text, write_data
from test_blind23_claims import POPPY

FINDING = "[reading-level] 'kinship' is a word a child under 5 may not know"


def _poppy(tmp_path, role: str):
    def change(data):
        data["review"]["attendees"][0]["role"] = role
        data["review"]["attendees"][1]["contributed"] = "wrote a letter"
    tmp_path.mkdir(parents=True, exist_ok=True)
    return write_data(tmp_path, copy.deepcopy(POPPY), change)


def test_a_family_carers_role_the_childs_copy_gives_by_the_family_word_is_no_finding_for_the_child(tmp_path, run):
    path = _poppy(tmp_path / "family", "nana and kinship carer")
    output = run("check", path).output
    assert "review.attendees.1.role" not in output, output
    child = copy_text(path, "child")
    assert "Your nana, Brenda" in child and "kinship" not in child


def test_a_role_the_childs_copy_prints_as_written_is_still_judged_at_the_childs_level(tmp_path, run):
    for role in ("kinship carer", "kinship carer and nana's friend"):
        path = _poppy(tmp_path / role.replace(" ", "-").replace("'", ""), role)
        assert f"review.attendees.1.role: {FINDING}" in run("check", path).output
        assert f"({role})" in copy_text(path, "child")


def test_a_system_word_beside_the_family_word_is_still_found(tmp_path, run):
    # "LAC" is not a carer's word: the role is not a family carer's, printed as written and found.
    path = _poppy(tmp_path / "lac", "nana and LAC carer")
    output = run("check", path).output
    assert "review.attendees.1.role: [system-word] 'LAC'" in output
