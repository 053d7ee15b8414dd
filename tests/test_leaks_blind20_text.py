"""Blind review 20: records written by a reviewer who never read the code, as written (trimmed).

Findings 4, 5 and 12: an item withheld from the child (or a parent) told by another text in other
words (an adoption, a new baby, "driving past the house"); 6: a planned review's invitation naming
the prison an item left from the last review keeps from the child."""

from __future__ import annotations

import textwrap

import pytest


def _write(tmp_path, text: str, name: str = "record.yaml"):
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def _warnings(path) -> list:
    from recordgen.record.loading import load_record
    from recordgen.rules.validation import validate

    return [d for d in validate(load_record(path)) if d.severity == "warning"]


#: recs/r6e.yaml: Kai's brothers' adoption and his mum's new baby are kept from him.
KAI = """\
child:
  id: HX-55120
  name: Kai Tomlinson
  known_as: Kai
  date_of_birth: 2017-03-03
  pronouns: he/him
  language: en
  entered_care: 2025-02-10
review:
  date: 2026-11-17
  sequence: 5
  venue: your school
  chair:
    name: Dev Mistry
    phone: 01422 288000
    email: dev.mistry@example.gov.uk
  participation: PN1
  attendees:
    - name: Kai
      role: you
    - name: Bev and Carl Thornbury
      role: foster carers
    - name: Lisa Tomlinson
      role: mum
      attended: false
      contributed: sent her views from the mother and baby unit at the hospital
    - name: Jo Marsh
      role: social worker
child_views:
  - I miss my dad.
working_well:
  - You are doing well in Year 4.
  - {shared}
worries:
  - text: The plan for Kai's little brothers is adoption. Kai does not know yet.
    withhold_from: [child]
  - text: Kai's mum has a new baby, Kai's half-sister, whom Kai has not been told about yet.
    withhold_from: [child]
goals:
  - You talk to your dad on video every month.
actions:
  - who: Lisa Tomlinson (your mum)
    what: Bring the new baby's photos to family time.
    by: 2026-12-15
care_plan:
  plan: You will stay with Bev and Carl while the court decides.
  still_right: true
rights:
  advocate: offered
  independent_visitor: offered
  complaints_explained: true
placement:
  carers: Bev and Carl Thornbury
  address: 8 Sowood Lane, Halifax, HX4 9AB
  school: Stainland Primary School
  confidential: false
distribution:
  - role: child
    name: Kai
  - role: parent
    name: Lisa Tomlinson
  - role: carer
    name: Bev and Carl Thornbury
"""


@pytest.mark.parametrize("shared, word", [
    ("Your brothers will be adopted soon, and you will say goodbye at a special visit.", "'adopted'"),
    ("Your brothers will soon move to their forever family, and you will say goodbye at a special visit.",
     "'forever family'"),
])
def test_an_adoption_kept_from_the_child_told_in_other_words_is_a_warning(tmp_path, shared, word):
    from recordfiles import copy_text

    path = _write(tmp_path, KAI.replace("{shared}", shared))
    found = [d for d in _warnings(path) if d.path == "working_well.2"]
    assert len(found) == 1 and word in found[0].message and "worries.1, line 35" in found[0].message
    assert "withheld from child" in found[0].message and "an adoption" in found[0].message
    assert shared in copy_text(path, "child")  # a warning: the copy is still made, the IRO decides


def test_a_new_baby_kept_from_the_child_told_by_an_action_and_how_mum_took_part_is_found(tmp_path):
    from recordgen.record.loading import load_record
    from recordgen.rules.validation import validate

    path = _write(tmp_path, KAI.replace("{shared}", "You like drawing."))
    found = {d.path: d for d in validate(load_record(path)) if "a pregnancy or a new baby" in d.message}
    # The contribution, which Kai's own copy shows and nothing can withhold, is an error since blind
    # review 29, finding 7 (tests/test_leaks37_topic_to_child.py); the action, which can be withheld, warns.
    for where, word, severity in (("actions.1.what", "'new baby'", "warning"),
                                  ("review.attendees.3.contributed", "'baby'", "error")):
        assert word in found[where].message and "worries.2, line 37" in found[where].message
        assert "withheld from child" in found[where].message and found[where].severity == severity


@pytest.mark.parametrize("shared", [
    "You love looking at your baby photos with Bev.",
    "You were a baby when you came to live with Bev.",
    "You want to stay with Bev and Carl forever.",
])
def test_the_child_as_a_baby_or_forever_alone_tells_no_new_baby_or_adoption(tmp_path, shared):
    """The matter check was coarse (any "baby", any "forever"): the child's own baby photos and a wish to
    stay for ever are no news of a new baby or an adoption kept from the child."""
    path = _write(tmp_path, KAI.replace("{shared}", shared))
    assert not [d for d in _warnings(path) if d.path == "working_well.2"]


@pytest.mark.parametrize("withheld, shared", [
    ("Take you to the baby clinic for your check.", "You do not see your baby sister Isla very often."),
    ("You want to live with Bev forever.", "Your brothers will be adopted soon."),
])
def test_an_everyday_baby_or_forever_in_the_withheld_item_is_no_matter(withheld, shared):
    """"Baby" and "forever" tell a new baby or an adoption only once the withheld item names one."""
    from recordgen.rules.paraphrase import tells

    assert tells(withheld, shared) is None


#: recs/r1c-partial.yaml (trimmed): a worry kept from dad, told again by an action he reads.
TY = """\
child:
  id: WK-77310
  name: Tyler Lark
  known_as: Ty
  date_of_birth: 2015-06-11
  pronouns: he/him
  language: en
  entered_care: 2025-01-20
review:
  date: 2026-10-14
  sequence: 4
  venue: the family centre
  chair:
    name: Priya Doshi
    phone: 01924 306000
    email: priya.doshi@example.gov.uk
  participation: PN1
  attendees:
    - name: Ty
      role: you
    - name: Nicola Lark
      role: mum
    - name: Gary Lark
      role: dad
      attended: false
      contributed: sent a letter
    - name: Ruth Bell
      role: social worker
child_views:
  - I want to see Dad at the weekend.
working_well:
  - You have been home with your mum since March and you are doing well at school.
worries:
  - text: Your dad sometimes drives past the house and that scares you.
    withhold_from: [parent]
goals:
  - You feel safe at home and see your dad at the family centre every two weeks.
actions:
  - who: Ruth Bell (your social worker)
    what: Ask the police to warn your dad about driving past the house.
    by: 2026-11-11
care_plan:
  plan: You will stay at home with your mum under a care order, and we will see if the order can end.
  still_right: true
rights:
  advocate: offered
  independent_visitor: not_yet
  complaints_explained: true
placement:
  carers: Nicola Lark (your mum)
  address: 9 Wrenthorpe Mews, Wakefield, WF2 0QP
  school: Kirkhamgate Primary School
  confidential: true
next_review:
  date: 2027-04-12
distribution:
  - role: child
    name: Ty
  - role: parent
    name: Gary Lark
"""


def test_a_phrase_of_a_worry_kept_from_dad_repeated_in_an_action_is_a_warning(tmp_path):
    from recordfiles import copy_text

    path = _write(tmp_path, TY)
    (found,) = [d for d in _warnings(path) if d.path == "actions.1.what"]
    assert "'driving past the house'" in found.message and "worries.1, line 34" in found.message
    assert "withheld from parent" in found.message
    assert "driving past the house" in copy_text(path, "parent")


def test_a_run_of_everyday_words_is_no_phrase():
    from recordgen.rules.paraphrase import shared_run

    assert shared_run("You see your mum every week at the centre.", "You see her every week.") is None


#: recs/r6f-planned.yaml (trimmed): the next review planned; the last review's worry, kept from Kai, stays.
PLANNED = """\
child:
  id: HX-55120
  name: Kai Tomlinson
  known_as: Kai
  date_of_birth: 2017-03-03
  pronouns: he/him
  language: en
  entered_care: 2025-02-10
review:
  status: planned
  date: 2027-01-19
  time: "16:00"
  sequence: 6
  venue: Stainland Primary School
  chair:
    name: Dev Mistry
    phone: 01422 288000
    email: dev.mistry@example.gov.uk
  attendees:
    - name: Kai
      role: you
    - name: Bev and Carl Thornbury
      role: foster carers
    - name: Wayne Tomlinson
      role: {role}
child_views:
  - I miss my dad.
working_well:
  - You are doing well in Year 4.
worries:
  - text: Kai's dad is in prison until 2028. Kai thinks he is working away.
    withhold_from: [child]
goals:
  - You talk to your dad on video every month.
actions:
  - who: Jo Marsh (your social worker)
    what: Set up video calls with your dad every month.
    by: 2026-12-15
care_plan:
  plan: You will stay with Bev and Carl while the court decides.
  still_right: true
rights:
  advocate: offered
  independent_visitor: offered
  complaints_explained: true
placement:
  carers: Bev and Carl Thornbury
  address: 8 Sowood Lane, Halifax, HX4 9AB
  school: Stainland Primary School
  confidential: false
distribution:
  - role: child
    name: Kai
  - role: parent
    name: Wayne Tomlinson
  - role: carer
    name: Bev and Carl Thornbury
"""


def test_a_planned_reviews_invitation_naming_the_prison_kept_from_the_child_is_a_warning(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from recordfiles import docx_text
    from recordgen.cli import main_group

    monkeypatch.setenv("RECORDGEN_TODAY", "2026-12-07")
    path = _write(tmp_path, PLANNED.replace("{role}", "dad (joining by video from HMP Leeds)"))
    (found,) = [d for d in _warnings(path) if d.path == "review.attendees.3.role"]
    assert "'HMP'" in found.message and "worries.1, line 31" in found.message and "withheld from child" in found.message
    result = CliRunner().invoke(main_group, ["consult", str(path), "-o", str(tmp_path / "out"), "--format", "docx"])
    assert result.exit_code == 0, result.output
    assert "review.attendees.3.role: warning: this says 'HMP'" in result.output
    (invitation,) = (tmp_path / "out").glob("*invitation*child*.docx")
    assert "HMP Leeds" in docx_text(invitation.read_bytes())  # what the warning is about
    assert [d for d in _warnings(_write(tmp_path, PLANNED.replace("{role}", "dad"), "plain.yaml"))
            if "read the two" in d.message] == []


#: recs/r4d-manor.yaml (trimmed): Kay placed confidentially; the house name and school vary.
KAY = """\
child:
  id: BD-62044
  name: Kayden Shaw
  known_as: Kay
  date_of_birth: 2013-02-14
  pronouns: he/him
  language: en
  entered_care: 2024-07-01
review:
  date: 2026-11-10
  sequence: 6
  venue: the council offices
  chair:
    name: Ann Brook
    phone: 01274 431000
    email: ann.brook@example.gov.uk
  participation: PN1
  attendees:
    - name: Kay
      role: you
    - name: Jess and Owen Tranmere
      role: foster carers
    - name: Carl Shaw
      role: dad
child_views:
  - "{view}"
working_well:
  - You have made friends at school.
worries:
  - You miss your dad and want to see him more.
goals:
  - You see your dad every two weeks.
actions:
  - who: Ann Brook (IRO)
    what: Check that family time happens every two weeks.
    by: 2026-12-18
care_plan:
  plan: You will stay with Jess and Owen as you grow up.
  still_right: true
rights:
  advocate: has_one
  independent_visitor: offered
  complaints_explained: true
placement:
  carers: Jess and Owen Tranmere
  address: "{address}"
  school: "{school}"
  confidential: true
distribution:
  - role: child
    name: Kay
  - role: parent
    name: Carl Shaw
  - role: carer
    name: Jess and Owen Tranmere
"""


def _kay(tmp_path, view, house="The Manor House", school="St Aidan's C of E Academy", street="5 Tanyard Fold"):
    address = f"{house}, {street}, Burley-in-Wharfedale, Ilkley LS29 7AA" if house else f"{street}, Ilkley LS29 7AA"
    return _write(tmp_path, KAY.replace("{view}", view).replace("{address}", address).replace("{school}", school))


@pytest.mark.parametrize("house, view, shown", [
    ("The Manor House", "We live at The Manor House with the ducks.", "Manor House"),  # generic words
    ("Mill House", "We live at Mill House with the ducks.", "Mill House"),
    ("Park House", "We live at Park House with the ducks.", "Park House"),
    ("Green Farm", "We live at Green Farm with the ducks.", "Green Farm"),
    ("School House", "We live at School House with the ducks.", "School House"),
    ("Flat 2, Quarry Bank House", "I love living at Quarry Bank, it has a big garden.", "Quarry Bank"),  # short
    ("Hillside Farm", "We live at Hillside with the ducks.", "Hillside"),
    ("Ivy Lodge", "You planted bulbs at Ivy.", "Ivy"),
    ("The Manor House", "Manor House is big and has ducks.", "Manor House"),  # a name at a sentence's start
    ("Mill House", "Mill House has ducks.", "Mill House"),
    ("The Manor House", "We feed the ducks at the Manor.", "the Manor"),  # its short name, with "the"
    ("The Manor House", "The Manor has ducks.", "the Manor"),
    ("The Mill House", "You love the Mill and the ducks.", "the Mill"),
])
def test_a_house_name_reaches_no_parent_whole_or_by_its_short_name(tmp_path, house, view, shown):
    from recordfiles import copy_text, refused_for_parent, validation_errors
    from recordgen.api import CopyWouldLeak

    path = _kay(tmp_path, view, house)
    (error,) = validation_errors(path)
    assert error.path == "child_views.1" and f"'{shown}'" in error.message and "kept from parents" in error.message
    assert refused_for_parent(tmp_path, path)
    assert shown.casefold() in copy_text(path, "child").casefold()
    with pytest.raises(CopyWouldLeak):  # the last look at the finished copy, without validate
        copy_text(path, "parent")


@pytest.mark.parametrize("school, view, shown", [
    ("Green Lane Primary School", "You are happy at Green Lane.", "Green Lane"),
    ("Church Hill Junior School", "You run at Church Hill.", "Church Hill"),
])
def test_a_school_named_after_its_street_reaches_no_parent_by_the_streets_name(tmp_path, school, view, shown):
    from recordfiles import refused_for_parent, validation_errors

    path = _kay(tmp_path, view, school=school)
    (error,) = validation_errors(path)
    assert f"'{shown}'" in error.message and "of the school" in error.message
    assert refused_for_parent(tmp_path, path)


@pytest.mark.parametrize("house, view", [
    ("Hillside Farm", "We walked up the hillside with the ducks."),   # the word, no capital
    ("Red House", "You asked the Red Cross to look for your brother."),  # an everyday word: no short name
    ("Brook House", "Ms Brook said you can have a dog."),              # a person: after a title
    ("Mill House", "You like the mill at the museum."),
    ("School House", "You are captain of your school house."),
    ("The Manor House", "You saw an old manor house on the school trip."),
    ("The Manor House", "The manor on the hill has a maze."),
    ("Mill House", "Mill houses are by rivers."),
])
def test_the_words_of_a_house_name_in_other_uses_are_no_leak(tmp_path, house, view):
    from recordfiles import copy_text, validation_errors

    path = _kay(tmp_path, view, house)
    assert validation_errors(path) == []
    assert view in copy_text(path, "parent")


@pytest.mark.parametrize("view", [
    "You can email your carers at jess dot tranmere at example dot com.",
    "Your carers' email is jess.tranmere [at] example [dot] com.",
])
def test_the_carers_family_name_in_an_email_written_in_words_reaches_no_parent(tmp_path, view):
    """recs/r4-parts.yaml (finding 13): a name part counts in small letters inside an email address;
    written in words ("dot", "at"), as a child dictates one, it is one too."""
    from recordfiles import copy_text, validation_errors
    from recordgen.api import CopyWouldLeak

    path = _kay(tmp_path, view)
    (error,) = validation_errors(path)
    assert "'Tranmere', the family name of the carers" in error.message
    with pytest.raises(CopyWouldLeak):
        copy_text(path, "parent")


def test_at_and_dot_in_a_sentence_are_no_email():
    from recordgen.rules.withholding import _addresses

    assert _addresses("You looked at the stars at night, and you are good at maths.") == []


#: recs/r7-names.yaml (trimmed): stepdad Robert Kavanagh-Price is sent a copy, kept off mum's list.
MIA = """\
child:
  id: SH-88201
  name: Mia Doyle
  known_as: Mia
  date_of_birth: 2012-05-05
  pronouns: she/her
  language: en
  entered_care: 2023-03-01
review:
  date: 2026-11-24
  sequence: 8
  venue: the council offices
  chair:
    name: {chair}
    phone: 0114 273 0000
    email: iro@example.gov.uk
  participation: PN1
  attendees:
    - name: Mia
      role: you
    - name: Gail and Martin Okonjo
      role: foster carers
    - name: Tina Doyle
      role: mum
child_views:
  - "{view}"
working_well:
  - You have made friends at school.
worries:
  - You argue with your mum on the phone.
goals:
  - You and your mum get on better.
actions:
  - who: {chair} (your IRO)
    what: Check that family time with your mum is going well.
    by: 2027-01-15
care_plan:
  plan: You will stay with Gail and Martin.
  still_right: true
rights:
  advocate: offered
  independent_visitor: offered
  complaints_explained: true
placement:
  carers: Gail and Martin Okonjo
  address: 17 Birkdale Grove, Sheffield, S10 2QE
  school: Tapton School
  confidential: false
distribution:
  - role: child
    name: Mia
  - role: parent
    name: Tina Doyle
  - role: other
    name: {kept}
    withhold_from: [parent]
"""


def _mia(tmp_path, view, kept="Robert Kavanagh-Price", chair="Nadia Hussain"):
    return _write(tmp_path, MIA.replace("{view}", view).replace("{kept}", kept).replace("{chair}", chair))


@pytest.mark.parametrize("kept, chair, view, shown", [
    ("Robert Kavanagh-Price", "Nadia Hussain", "I go to Rab's on Fridays and he makes tea.", "Rab"),  # Scottish
    ("Robert Kavanagh-Price", "Nadia Hussain", "ROBBO takes me fishing.", "Robbo"),
    ("Robert Kavanagh-Price", "Nadia Hussain", "Kav is funny.", "Kav"),                 # the surname's first syllable
    ("Robert Kavanagh-Price", "Nadia Hussain", "I stay at Mr K-P's on Fridays.", "K-P"),  # a double name's initials
    ("Greta Lindqvist", "Anna Lindqvist", "I stay at Nana Lindqvist's on Saturdays.", "Nana Lindqvist"),  # finding 11
    ("Greta Lindqvist", "Anna Lindqvist", "Granny L takes me swimming.", "Granny L"),
])
def test_a_withheld_recipients_short_names_reach_no_parent(tmp_path, kept, chair, view, shown):
    from recordfiles import copy_text, validation_errors
    from recordgen.api import CopyWouldLeak

    path = _mia(tmp_path, view, kept, chair)
    (error,) = validation_errors(path)
    assert error.path == "child_views.1" and f"'{shown}' ({kept})" in error.message
    assert "not to be named to parent" in error.message
    assert view in copy_text(path, "child")
    with pytest.raises(CopyWouldLeak):
        copy_text(path, "parent")


@pytest.mark.parametrize("kept, chair, view", [
    ("Greta Lindqvist", "Anna Lindqvist", "Ms Lindqvist chaired the meeting."),  # the IRO, who shares the name
    ("Robert Kavanagh-Price", "Nadia Hussain", "You went to the Kavos holiday park."),
    ("Greta Lindqvist", "Anna Lindqvist", "You stay with Granny Doyle on Sundays."),
])
def test_the_iros_shared_surname_and_other_words_are_no_leak(tmp_path, kept, chair, view):
    from recordfiles import copy_text, validation_errors

    path = _mia(tmp_path, view, kept, chair)
    assert validation_errors(path) == []
    assert view in copy_text(path, "parent")


def test_a_family_names_short_form_that_is_a_word_of_the_copys_language_is_no_name():
    """"Sut" of Sutherland is Welsh for "how", in every Welsh copy's fixed text."""
    from recordgen.rules import withholding as w

    assert w.family_name_short_forms("Sutherland") == ("Sut",)
    secret = w.name_secret("Sut", w.SURNAME_SHORT_FORM, ("distribution", 0, "name"), frozenset(), "Rob Sutherland")
    assert w._one_word_in_language(secret, "cy") and not w._one_word_in_language(secret, "en")
    assert w.family_name_short_forms("Lindqvist") == ()  # "Lin": a common name
