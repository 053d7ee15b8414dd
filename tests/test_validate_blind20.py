"""Blind review 20's records that validate accepted though a copy would then say something untrue:
an adjourned review started before the child came into care (or years before it finished), an
action agreed at an adjourned review's first meeting, and PN4/PN7 with the child's score or what
the child sent."""

from __future__ import annotations

import pytest

from recordgen.record.loading import load_data, load_record
from recordgen.rules.people import scored_with_child
from recordgen.rules.validation import validate
from recordfiles import example_data, write_record


def problems(tmp_path, change):
    loaded = load_record(write_record(tmp_path, change))
    return [(d.path, d.severity, d.message) for d in validate(loaded)]


def adjourned(start):
    def change(data):
        data["review"]["adjourned_from"] = start
    return change


def test_an_adjourned_review_cannot_start_before_the_child_came_into_care(tmp_path):
    # Sam came into care on 2024-09-02; the review finished on 2026-03-03.
    found = problems(tmp_path, adjourned("2019-03-01"))
    assert [p for p in found if p[0] == "review.adjourned_from" and p[1] == "error"
            and "before Sam came into care (2024-09-02" in p[2]]


def test_an_adjourned_review_over_more_than_three_months_is_questioned(tmp_path):
    found = problems(tmp_path, adjourned("2025-07-01"))
    assert [p for p in found if p[0] == "review.adjourned_from" and p[1] == "warning" and "more than 3" in p[2]]
    assert not [p for p in problems(tmp_path, adjourned("2026-02-17")) if p[0] == "review.adjourned_from"]


def test_an_action_agreed_at_the_first_meeting_may_fall_due_before_the_last(tmp_path):
    def change(data):
        data["review"]["adjourned_from"] = "2026-02-17"
        data["actions"][0]["by"] = "2026-02-24"  # between the two meetings
    assert not [p for p in problems(tmp_path, change) if p[0] == "actions.1.by" and p[1] == "error"]

    def too_early(data):
        change(data)
        data["actions"][0]["by"] = "2026-02-10"
    (message,) = [p[2] for p in problems(tmp_path, too_early) if p[0] == "actions.1.by" and p[1] == "error"]
    assert "before the review's first meeting (2026-02-17)" in message


def test_without_adjournment_an_action_before_the_review_is_still_an_error(tmp_path):
    def change(data):
        data["actions"][0]["by"] = "2026-02-24"
    assert [p for p in problems(tmp_path, change) if p[0] == "actions.1.by" and "before the review (2026-03-03)" in p[2]]


def pn7(data):
    data["review"]["participation"] = "PN7"
    data["child_views"] = []
    data["review"]["attendees"][0]["attended"] = False


@pytest.mark.parametrize("by", ["you and Karen", "You (with Karen's help)", "Sam and Karen", "Karen and you"])
def test_pn7_with_a_score_the_child_gave_with_someone_is_an_error(tmp_path, by):
    def change(data):
        pn7(data)
        data["scale"]["by"] = by
    assert [p for p in problems(tmp_path, change) if p[0] == "scale.by" and p[1] == "error"]


@pytest.mark.parametrize("by", ["your mum", "Sam's carers", "Mark and Lisa", "Jo Smith (social worker)"])
def test_a_score_given_by_others_is_not_the_childs(by):
    data = example_data()
    data["scale"]["by"] = by
    assert not scored_with_child(load_data(data).record)


@pytest.mark.parametrize("code", ["PN7", "PN4"])
def test_no_views_with_what_the_child_sent_is_an_error(tmp_path, code):
    def change(data):
        pn7(data)
        data["review"]["participation"] = code
        data["review"]["attendees"][0]["attended"] = code == "PN4"
        data["review"]["attendees"][0]["contributed"] = "sent me a drawing and a letter"
        data["scale"]["by"] = "your carers"
    (message,) = [p[2] for p in problems(tmp_path, change)
                  if p[0] == "review.attendees.1.contributed" and p[1] == "error"]
    assert "sent me a drawing and a letter" in message and ("PN6" in message if code == "PN7" else "PN1" in message)


@pytest.mark.parametrize("text,language,warned", [
    ("I like Tariq", "ur", True),          # a booklet in Urdu, answered in English (blind review 19)
    ("I like Tariq", "uk", True),
    ("مجھے طارق پسند ہے", "ur", False),
    ("Mujhe Tariq pasand hai", "ur", True),  # romanised Urdu: the warning says to leave it then
    ("Tariq: مجھے پسند ہے", "ur", False),
    ("Dw i'n hoffi nofio", "cy", False),     # Welsh is written in Latin letters
    ("Lubię pływać", "pl", False),
])
def test_words_marked_in_a_language_not_written_in_latin_letters(tmp_path, text, language, warned):
    def change(data):
        data["child_views"][0] = {"text": text, "language": language}
    found = [p for p in problems(tmp_path, change) if p[0] == "child_views.1.language"]
    assert bool(found) == warned
    if warned:
        assert found[0][1] == "warning" and "letters are all Latin" in found[0][2]


@pytest.mark.parametrize("born,warned", [("2022-05-14", True), ("2019-05-14", True), ("2016-05-14", False)])
def test_a_young_childs_own_copy_sent_by_email_or_post_is_questioned(tmp_path, born, warned):
    # Blind review 19: a 4-year-old e-mailed "for you alone. Please do not forward them.", a 6-year-old's
    # envelope "To be opened by the addressee only", while the letter is read with the grown-ups.
    def change(data):
        data["child"]["date_of_birth"] = born
        data["child"]["entered_care"] = "2024-09-02"
        for recipient in data["distribution"]:
            if recipient["role"] == "child":
                recipient["email"] = "sam@example.org"
    found = [p for p in problems(tmp_path, change) if "own copy by email" in p[2]]
    assert bool(found) == warned


def test_an_item_kept_from_a_child_now_18_is_questioned(tmp_path, monkeypatch):
    # Blind review 20 #23: copies made after the 18th birthday still set items apart "not to be
    # shared with Jojo", who is an adult entitled to ask for their records.
    def change(data):
        data["worries"][0] = {"text": "Sam's mum is unwell and Sam has not been told.", "withhold_from": ["child"]}
    monkeypatch.setenv("RECORDGEN_TODAY", "2034-06-01")  # Sam, born 2016-05-14, is 18
    found = [p for p in problems(tmp_path, change) if p[0] == "worries.1" and "turned 18" in p[2]]
    assert found and found[0][1] == "warning" and "may ask to see their records" in found[0][2]
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-12-07")
    assert not [p for p in problems(tmp_path, change) if "turned 18" in p[2] and p[0] == "worries.1"]
