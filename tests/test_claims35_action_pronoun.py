"""Blind review 27, 12a: `check` read the "he" of "Bring some feelings cards next time he visits" (who:
"Ciaran Doyle (your social worker)") as the child, and its safe --fix made it "next time you visit":
the social worker would bring the cards when Tyler visits, which nobody agreed. A pronoun in an
action's `what` that agrees with the action's `who` is that person."""

from __future__ import annotations

import pytest
import yaml

from recordgen import api
from recordgen.record.loading import load_record
from recordgen.wording import ChildWords, check_text

from recordfiles import example_data

TYLER = ChildWords.of("Tyler Quinn", "Tyler", "he/him")


def _record(tmp_path, who: str, what: str):
    data = example_data()  # Sam, she/her
    data["child"]["pronouns"] = "he/him"
    data["actions"][0].update(who=who, what=what)
    path = tmp_path / "record.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def _third_person(notes):
    return [n for n in notes if n.kind == "third-person"]


@pytest.mark.parametrize("who, what", [
    ("Ciaran Doyle (your social worker)", "Bring some feelings cards next time he visits."),
    ("Ciaran Doyle (your social worker)", "Bring his feelings cards to the next visit."),
    ("Dad", "Ring the school when he can."),
    ("Mr Doyle", "Bring some feelings cards next time he visits."),
])
def test_a_pronoun_that_agrees_with_the_actions_doer_is_theirs(who, what):
    assert not _third_person(check_text(what, field="what", band="middle", child=TYLER, who=who))


@pytest.mark.parametrize("who, what", [
    ("Mum", "Bring some feelings cards next time he visits."),  # not mum's 'he': perhaps Tyler's
    ("Mrs Doyle", "Ring the school when he is upset."),
])
def test_a_pronoun_that_cannot_be_the_doer_is_found_but_never_fixed_safely(who, what):
    found = _third_person(check_text(what, field="what", band="middle", child=TYLER, who=who))
    assert found and all(n.fix is None or not n.fix.safe for n in found)


def test_a_pronoun_with_several_doers_is_still_the_childs():
    found = _third_person(check_text("Take him swimming every week.", field="what", band="middle",
                                     child=TYLER, who="Eileen and Bobby McAllister (your carers)"))
    assert found and found[0].fix is not None and found[0].fix.safe


def test_check_and_its_safe_fix_leave_the_social_workers_visit_alone(tmp_path):
    path = _record(tmp_path, "Ciaran Doyle (your social worker)", "Bring some feelings cards next time he visits.")
    assert not [f for f in api.check_record(load_record(path)) if f.kind == "third-person" and f.loc[0] == "actions"]
    api.fix_file(path)
    assert "Bring some feelings cards next time he visits." in path.read_text(encoding="utf-8")
