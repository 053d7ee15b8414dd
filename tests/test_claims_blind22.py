"""Sentences a blind reviewer (session 22) found untrue for the record's facts: each test renders
real copies, reads the .docx back and looks for what must and must not be said (issue 17)."""

from __future__ import annotations

import copy

import pytest

from test_claims_blind16 import ROSA, copy_text


# --- 1: an advocate who speaks for the child (PN5, PN2) is the child's own ----------------------------


def _rosa(code: str, status: str, role: str | None) -> dict:
    """Rosa (PN2: came, PN5: did not) with ``role`` among who came: the child's advocate or someone else's."""
    data = copy.deepcopy(ROSA)
    data["review"]["participation"] = code
    data["rights"]["advocate"] = status
    data["child_views"] = ["I want to stay with Carol and Dev."]
    if code == "PN2":
        data["review"]["attendees"].append({"name": "Rosa", "role": "you"})
    if role:
        data["review"]["attendees"].append({"name": "Kim Lowe", "role": role, "contributed": "spoke at the meeting"})
    return data


CLAIMS = {"PN5": "you told your advocate what to say for you", "PN2": "your advocate helped say what you think"}


@pytest.mark.parametrize("code", sorted(CLAIMS))
@pytest.mark.parametrize("role", [None, "mum's advocate", "advocate for mum", "advocate (for your mum)",
                                  "parent advocate"])
def test_no_advocate_of_the_childs_own_is_claimed(code, role):
    """Offered one, none taken up: mum's advocate (or nobody) spoke, not the child's."""
    text = copy_text(_rosa(code, "offered", role))
    assert CLAIMS[code] not in text.casefold()
    assert "Your advocate can help too." not in text
    assert ("You were at your meeting." if code == "PN2" else "You did not come to the meeting.") in text


@pytest.mark.parametrize("code", sorted(CLAIMS))
@pytest.mark.parametrize("status, role", [("offered", "your advocate"), ("offered", "advocate for Rosa"),
                                          ("has_one", None), ("has_one", "mum's advocate")])
def test_the_childs_own_advocate_is_still_told(code, status, role):
    assert CLAIMS[code] in copy_text(_rosa(code, status, role)).casefold()
