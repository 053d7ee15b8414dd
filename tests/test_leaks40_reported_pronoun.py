"""Blind review 40, finding 2: a view written as reported speech with the child's pronoun and no name ("She
told me she wants to stay with Jo") was printed under "What you told me" as the child's own words; only the
child's name ("Sam told Lisa ...") was pointed out. A view opening with the child's own subject pronoun (from
the record's pronouns) and a verb of saying is pointed out as the name is; the child's own first-person words,
a view quoting someone else, and another person's pronoun are not."""

from __future__ import annotations

import pytest

from recordgen import api
from recordfiles import write_record


def _view_findings(tmp_path, view: str, pronouns: str = "she/her"):
    def change(data):
        data["child"]["pronouns"] = pronouns
        data["child_views"] = [view]
    path = write_record(tmp_path, change)
    return [f for f in api.check_record(api.load_record(path)) if f.loc[0] == "child_views"]


@pytest.mark.parametrize("view, pronouns, word", [
    ("She told me she wants to stay with Jo.", "she/her", "She"),
    ("She said she likes reading club.", "she/her", "She"),
    ("she told Lisa that she wants to see Zain more.", "she/her", "she"),
    ("He said he wants to stay with Mark and Lisa.", "he/him", "He"),
    ("They said that they want more time with Zain.", "they/them", "They"),
    ("They told me they are happy at school.", "they/them", "They"),
])
def test_a_view_reported_with_the_childs_pronoun_is_pointed_out(tmp_path, view, pronouns, word):
    (finding,) = _view_findings(tmp_path, view, pronouns)
    assert finding.kind.value == "third-person" and finding.word == word and finding.fix is None
    assert "What you told me" in finding.message
    assert "as they said it" in finding.suggestion


@pytest.mark.parametrize("view, pronouns", [
    ("I want to stay with Jo. She is kind to me.", "she/her"),   # the child's own words
    ("She is my best friend and she helps me.", "she/her"),      # about someone else, in the first person
    ("She said I can have a dog when I am older.", "she/her"),   # quoting the carer: "I" is the child
    ("Mum told me she wants me to come home.", "she/her"),       # another person's report
    ("He said he wants to stay with Mark and Lisa.", "she/her"),  # not the child's pronoun
    ("They said that we can go to the beach.", "they/them"),     # "we": the child speaking
    ("She likes her new room.", "she/her"),                      # no verb of saying: left as written
])
def test_the_childs_own_words_and_others_reports_are_not_pointed_out(tmp_path, view, pronouns):
    assert _view_findings(tmp_path, view, pronouns) == []


def test_validate_with_check_counts_it(tmp_path):
    # The same consequence as a view naming the child: one language finding at the view's line.
    def change(data):
        data["child_views"] = ["She told me she wants to stay with Jo."]
    path = write_record(tmp_path, change)
    (finding,) = [f for f in api.check_record(api.load_record(path)) if f.loc == ("child_views", 0)]
    assert finding.line and finding.file
