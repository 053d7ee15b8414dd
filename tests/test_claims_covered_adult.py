"""Blind review 20 (#20): a covered review's copy made once the young person is 18 said their own
IRO "usually checks your plan" and offered "your own Independent Reviewing Officer" on the feedback
page, though at 18 no IRO checks their plan."""

from __future__ import annotations

import pytest

from recordfiles import example_data, rendered_copies, the_copy, write_data


def covered(data):
    data["child"]["reading_level"] = "young"  # where the own IRO is "who usually checks your plan"
    data["review"]["chair"] = {"name": "Daniel Reid", "phone": "01724 296001"}
    data["review"]["attendees"].append({"name": "Helen Price", "role": "your IRO", "attended": False,
                                        "contributed": "sent notes from her last visit"})
    for action in data["actions"]:
        action["who"] = action["who"].replace("Helen Price", "Daniel Reid")
    for recipient in data["distribution"]:
        recipient.pop("language", None)


@pytest.mark.parametrize("today, now, then", [
    ("2026-12-07", "Helen Price, who usually checks your plan", "your own Independent Reviewing Officer"),
    ("2034-06-01", "Helen Price, who usually checked your plan", None),
])
def test_the_own_iro_of_a_covered_review_is_told_as_the_reader_is(tmp_path, monkeypatch, today, now, then):
    monkeypatch.setenv("RECORDGEN_TODAY", today)  # Sam, born 2016-05-14, is 18 by 2034-06-01
    texts = rendered_copies(tmp_path, write_data(tmp_path, example_data(), covered), "--allow-untranslated")
    child = the_copy(texts, "_child-")
    assert now in child
    if then:
        assert then in child
    else:
        assert "usually checks your plan" not in child and "your own Independent Reviewing Officer" not in child
