"""An item withheld from a parent retold in other words in an item the parent reads (leaks 14,
item 4): a warning, not an error, as only the IRO can tell a retelling from a shared word or two.
The test writes a real record, reads validate's output, and reads the copy, which is still made."""

from __future__ import annotations

import pytest

from recordfiles import copy_text, english_parent, validation_errors, write_record


def moving(shared: str, withheld: str = "Mum is moving to Leeds.", whom=("parent",)):
    def change(data):
        english_parent(data)
        data["worries"][2] = {"text": withheld, "withhold_from": list(whom)}
        data["working_well"][0] = shared
    return change


def warnings(path):
    from recordgen.record.loading import load_record
    from recordgen.rules.validation import validate

    return [d for d in validate(load_record(path)) if d.severity == "warning" and "read the two" in d.message]


@pytest.mark.parametrize("shared", [
    "Your mum will move to Leeds after Christmas.",
    "Mum's move to Leeds is planned for the spring.",
])
def test_a_withheld_item_retold_in_a_shared_item_is_a_warning(tmp_path, shared):
    path = write_record(tmp_path, moving(shared))
    (found,) = warnings(path)
    assert found.path == "working_well.1"
    assert "most of the words of worries.3" in found.message and "withheld from parent, but" in found.message
    assert "read the two" in found.message
    assert validation_errors(path) == []  # a warning: the copy is still made
    assert shared in copy_text(path)


@pytest.mark.parametrize("shared, withheld, whom", [
    ("You would like to visit Leeds one day.", "Mum is moving to Leeds.", ("parent",)),     # one word in common
    ({"text": "Your mum will move to Leeds after Christmas.", "withhold_from": ["parent"]},  # kept from parent too
     "Mum is moving to Leeds.", ("parent",)),
    ("You see your mum every two weeks and it goes well.",
     "Your mum has not yet finished the course that would help her keep you safe at home.", ("parent",)),
])
def test_a_shared_item_on_another_matter_is_no_warning(tmp_path, shared, withheld, whom):
    assert warnings(write_record(tmp_path, moving(shared, withheld, whom))) == []


def test_the_projects_records_and_corpora_give_no_false_warning():
    """Every example and blind corpus record, as validate reads it (tools/measure_paraphrase.py)."""
    from pathlib import Path

    from recordgen.record.loading import load_record
    from recordgen.rules.paraphrase import paraphrases

    root = Path(__file__).resolve().parent.parent
    paths = [p for p in sorted(root.glob("examples/*.yaml")) + sorted(root.glob("tests/blind_corpus/*.yaml"))
             if not p.name.endswith((".translations.yaml", ".expect.yaml"))]
    assert len(paths) > 20
    assert [(p.name, hit) for p in paths for hit in paraphrases(load_record(p).record)] == []


def test_a_word_for_word_repeat_is_the_error_alone(tmp_path):
    path = write_record(tmp_path, moving("You know that Mum is moving to Leeds."))
    (error,) = validation_errors(path)
    assert error.path == "working_well.1" and "this repeats worries.3" in error.message
    assert warnings(path) == []


# Blind review 16 (findings 3 and 9): two records written by a reviewer who never read the code, as written.
INVEST = """\
child:
  id: IN-5001
  name: Chloe Barnes
  known_as: Chloe
  date_of_birth: 2013-07-07
  pronouns: she/her
  language: en
  entered_care: 2022-04-04
review:
  date: 2026-11-18
  sequence: 9
  venue: your school
  chair: {name: Helen Price, phone: 01724 296000, email: helen.price@example.gov.uk}
  participation: PN1
  attendees:
    - {name: Chloe, role: you}
    - {name: Jo Smith, role: social worker}
    - {name: Pam Reed, role: foster carer, attended: false}
child_views:
  - text: I don't want Pam to know I told you.
    withhold_from: [carer]
  - I like my school.
working_well:
  - You are doing well at school.
worries:
  - text: You told your teacher Pam shouted at you and grabbed your arm. This is being looked into by the LADO.
    withhold_from: [carer, parent]
  - You find it hard to sleep.
goals:
  - You feel safe where you live.
actions:
  - who: Jo Smith (your social worker)
    what: Visit you at school every week while the LADO looks into what happened.
    by: 2026-12-18
    withhold_from: [carer]
  - {who: Pam Reed (your foster carer), what: Help you with a bedtime routine., by: 2026-12-18}
care_plan: {plan: You will stay with Pam for now while things are checked., still_right: false}
rights: {advocate: has_one, independent_visitor: has_one, complaints_explained: true}
placement: {carers: Pam Reed, address: "5 Ash Close, Scunthorpe, DN16 1AA", school: Ash High School, confidential: true}
distribution:
  - {role: child, name: Chloe}
  - {role: carer, name: Pam Reed}
  - {role: parent, name: Lee Barnes}
  - {role: other, name: Mo Khan (LADO), withhold_from: [carer]}
"""

TWO_MUMS = """\
child:
  id: TM-4001
  name: Alfie Green-Shaw
  known_as: Alfie
  date_of_birth: 2020-03-03
  pronouns: he/him
  language: en
  entered_care: 2026-02-01
review:
  date: 2026-11-30
  sequence: 3
  venue: your nursery
  chair: {name: Helen Price, phone: 01724 296000, email: helen.price@example.gov.uk}
  participation: PN6
  attendees:
    - {name: Jo Smith, role: social worker}
    - {name: Gail Brown, role: foster carer}
    - {name: Nina Green, role: mum}
    - {name: Tess Shaw, role: mum, attended: false, contributed: sent a report}
child_views: []
working_well:
  - You love playing with your big brother Max at family time.
  - Max has the same donor as you.
worries:
  - Your mums Nina and Tess have separated and they do not agree about family time.
  - text: Tess told me she does not want Nina to know her new address.
    withhold_from: [parent]
goals:
  - You see both your mums and Max.
actions:
  - {who: Jo Smith (your social worker), what: Make a family time plan with each of your mums., by: 2026-12-31}
care_plan: {plan: You will go home to live with your mum Nina if things keep going well., still_right: true}
rights: {advocate: not_yet, independent_visitor: not_yet, complaints_explained: false}
placement: {carers: Gail Brown, address: "2 Fen Way, Lincoln, LN1 1AA", school: Little Stars Nursery, confidential: true}
distribution:
  - {role: child, name: Alfie}
  - {role: parent, name: Nina Green}
  - {role: parent, name: Tess Shaw}
  - {role: carer, name: Gail Brown}
"""


def test_a_shared_action_naming_the_withheld_matter_is_a_warning(tmp_path):
    """The worry kept from the parent says the LADO is looking into what the carer did; the action the
    parent reads says "while the LADO looks into what happened", and the list of who was sent a copy
    names "Mo Khan (LADO)": each tells the parent the core fact. Warned at both, for the parent only
    (the action is kept from the carer); the copies are still made, as before."""
    path = tmp_path / "invest.yaml"
    path.write_text(INVEST, encoding="utf-8")
    found = {d.path: d for d in warnings(path)}
    assert sorted(found) == ["actions.1.what", "distribution.4.name"]
    for warning in found.values():
        assert "this says 'LADO', and worries.1, line 26, which is withheld from parent" in warning.message
        assert "may tell parent what that item keeps from them" in warning.message and "carer" not in warning.message
    assert found["actions.1.what"].line == 33 and found["distribution.4.name"].line == 44
    assert validation_errors(path) == []
    assert "while the LADO looks into what happened" in copy_text(path)


def test_two_items_sharing_only_peoples_names_are_no_warning(tmp_path):
    """"Your mums Nina and Tess have separated..." has no word of "Tess told me she does not want Nina to know
    her new address" but the two mums' names, which any item about them has: no warning."""
    path = tmp_path / "twomums.yaml"
    path.write_text(TWO_MUMS, encoding="utf-8")
    assert warnings(path) == []
    assert "Your mums Nina and Tess have separated" in copy_text(path)


@pytest.mark.parametrize("shared, withheld", [
    ("You write letters to Dad in prison.", "Your dad is in prison."),                       # one word, the matter
    ("You write to your dad at HMP Fenwold.", "Your dad is in jail for two years."),         # another word for it
    ("Your mum is pregnant and you are excited about the baby.", "Mum told me she is pregnant again."),
    ("Your mum will move to Leeds in the spring.",                                           # one sentence of two
     "You told me you were bullied on the bus home. Mum is moving to Leeds after Christmas."),
])
def test_a_shared_item_telling_the_withheld_matter_is_a_warning(tmp_path, shared, withheld):
    path = write_record(tmp_path, moving(shared, withheld))
    (found,) = warnings(path)
    assert found.path == "working_well.1" and "worries.3" in found.message


@pytest.mark.parametrize("shared, withheld", [
    # a court decides a child's care with the parents taking part: no secret in itself
    ("The court will decide where you will live.", "Write the report for the court about your dad's visits."),
    ("You will stay with Mark and Lisa after you turn 18.", "Ask about Staying Put so you can stay with Mark after 18."),
    # one of the withheld item's matters, the one the reader is told of (blind review 17, baby-2)
    ("Your dad died in May. You look for him.", "Your dad's death is still being investigated by the police."),
])
def test_an_everyday_or_open_matter_is_no_warning(tmp_path, shared, withheld):
    assert warnings(write_record(tmp_path, moving(shared, withheld))) == []


def test_a_matter_word_in_the_name_of_someone_sent_a_copy_stays_a_matter_word(tmp_path):
    """People's names are no shared words, but "HMP" in "HMP Fenwold (dad's prison)", sent a copy, is still
    the matter: the shared item naming it tells the parent what the withheld one keeps back."""
    def change(data):
        moving("You write to your dad at HMP Fenwold.", "Your dad is in prison.")(data)
        data["distribution"].append({"role": "other", "name": "HMP Fenwold (dad's prison)", "withhold_from": ["parent"]})
    (found,) = warnings(write_record(tmp_path, change))
    assert found.path == "working_well.1" and "this says 'HMP'" in found.message
