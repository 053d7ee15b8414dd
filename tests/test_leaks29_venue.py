"""Leftovers of blind reviews, session 29: a confidential school as the review's venue.

"We met at your school" tells a parent where to find the child on a weekday, and the school's name
finds the child: a parent's copy of a confidential placement's review held at the child's school
("your school", "school", the school's name) says when the review was, not where, as it does for
the child's home; validate warns at the venue line (an error where the venue names the school);
every other copy still says where. In every language."""

from __future__ import annotations

import json

import pytest

from recordfiles import docx_text

#: Kacey, placed confidentially with Bev Hargreaves; her mum Lisa, who did not come, is sent a copy.
KACEY = """\
child:
  id: OL-26001
  name: Kacey Dunmore
  known_as: Kacey
  date_of_birth: {born}
  pronouns: she/her
  language: en
  entered_care: 2024-01-15
review:
  date: 2026-11-20
  sequence: 5
  venue: {venue}
  chair:
    name: Dev Mistry
    phone: 01422 288000
    email: dev.mistry@example.gov.uk
  participation: {code}
  attendees:
    - name: Kacey
      role: you
    - name: Bev Hargreaves
      role: foster carer
    - name: Lisa Dunmore
      role: mum
      attended: false
      contributed: sent her views
    - name: Jo Marsh
      role: social worker
child_views:
  - I like my room.
working_well:
  - You are doing well in Year 8.
worries:
  - You miss your mum.
goals:
  - You keep going to football.
actions:
  - who: Jo Marsh (your social worker)
    what: Visit you every month.
    by: 2026-12-15
care_plan:
  plan: You will stay with Bev.
  still_right: true
rights:
  advocate: offered
  independent_visitor: offered
  complaints_explained: true
placement:
  carers: Bev Hargreaves
  address: 9 Thornleigh Close, Oldham, OL4 2AB
  school: St Bede's Catholic Primary School
  confidential: true
distribution:
  - role: child
    name: Kacey
  - role: parent
    name: Lisa Dunmore
    language: {language}
  - role: carer
    name: Bev Hargreaves
"""


def _record(tmp_path, venue: str, language: str = "en", born: str = "2014-06-02"):
    code = "PN0" if born >= "2023" else "PN1"
    path = tmp_path / "record.yaml"
    path.write_text(KACEY.format(venue=json.dumps(venue), language=language, born=born, code=code), encoding="utf-8")
    return path


def _copy(path, role: str) -> str:
    from recordgen import api

    loaded = api.load_record(path)
    renderer = api.Renderer()
    renderer.allow_untranslated = True  # the IRO's other words in English, marked: the venue is the question
    return docx_text(renderer.render_copy(loaded, api.recipient_for(loaded.record, role)).data)


def _venue_diagnostics(path) -> list:
    from recordgen.record.loading import load_record
    from recordgen.rules.validation import validate

    return [d for d in validate(load_record(path)) if d.path == "review.venue"]


@pytest.mark.parametrize("venue", ["your school", "school", "the hall at your school", "Kacey's school"])
def test_a_review_at_the_confidential_school_is_not_placed_in_a_parents_copy(tmp_path, venue):
    path = _record(tmp_path, venue)
    parent = _copy(path, "parent")
    assert "This is the record of your review on Friday, 20 November 2026." in parent
    assert venue not in parent and "at your school" not in parent and "at school" not in parent
    assert f"on Friday, 20 November 2026 at {venue}." in _copy(path, "carer")  # she knows the school
    found = _venue_diagnostics(path)
    assert [d.severity for d in found] == ["warning"], found
    assert "the child's school, which is kept from parents" in found[0].message
    assert "the copy for Lisa Dunmore says when the review was and not where" in found[0].message
    assert found[0].line == 12


@pytest.mark.parametrize("venue", ["St Bede's Catholic Primary School", "the library at St Bede's"])
def test_the_schools_name_as_venue_is_an_error_and_no_parents_copy_shows_it(tmp_path, venue):
    path = _record(tmp_path, venue)
    parent = _copy(path, "parent")
    assert "Bede" not in parent
    found = [d for d in _venue_diagnostics(path) if d.severity == "error"]
    assert found and "as it is the child's school" in found[0].message, found


def test_a_little_childs_parent_copy_says_when_not_where(tmp_path):
    parent = _copy(_record(tmp_path, "your school", born="2023-01-02"), "parent")
    assert "On Friday, 20 November 2026 we had a meeting about you. It is called a review." in parent
    assert "at your school" not in parent and "Bede" not in parent


@pytest.mark.parametrize("language, marked", [("pl", "po angielsku"), ("cy", "yn Saesneg"), ("ur", "انگریزی"),
                                               ("uk", "англійською"), ("ar", "بالإنجليزية")])
def test_in_another_language_the_venue_is_neither_shown_nor_marked_as_untranslated(tmp_path, language, marked):
    parent = _copy(_record(tmp_path, "your school", language=language), "parent")
    assert "your school" not in parent and f"{marked}: your" not in parent and "Bede" not in parent
    assert "2026" in parent


def test_a_translated_parents_copy_does_not_wait_for_the_venue_it_leaves_out(tmp_path):
    """No translation of 'your school' is asked for the Polish mum's copy, which does not show it."""
    from recordgen.translation.items import items_for_recipient, translatable_items
    from recordgen import api

    record = api.load_record(_record(tmp_path, "your school", language="pl")).record
    mum = api.recipient_for(record, "parent")
    assert "review.venue" not in [item.path for item in items_for_recipient(record, mum)]
    assert "review.venue" not in [item.path for item in translatable_items(record, "pl")]
