"""Leftovers of blind reviews, session 29: a confidential school as the review's venue.

The school's name finds the child: a parent's copy of a confidential placement's review held at a
venue naming the child's school says when the review was, not where, as it does for the child's home,
and validate gives an error at the venue line. "Your school", "school" or "Kacey's school" name no
school (a parent knows the child goes to one): shown as written, no warning, as the shared example
Sam's ("your school") is. Every other copy still says where. In every language."""

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
def test_a_review_at_a_school_named_by_no_name_is_shown_as_written(tmp_path, venue):
    path = _record(tmp_path, venue)
    assert f"on Friday, 20 November 2026 at {venue}." in _copy(path, "parent")
    assert f"on Friday, 20 November 2026 at {venue}." in _copy(path, "carer")
    assert _venue_diagnostics(path) == []


@pytest.mark.parametrize("venue", ["St Bede's Catholic Primary School", "the library at St Bede's"])
def test_the_schools_name_as_venue_is_an_error_and_no_parents_copy_shows_it(tmp_path, venue):
    path = _record(tmp_path, venue)
    parent = _copy(path, "parent")
    assert "Bede" not in parent
    found = [d for d in _venue_diagnostics(path) if d.severity == "error"]
    assert found and "as it is the child's school" in found[0].message, found


def test_a_little_childs_parent_copy_says_when_not_where(tmp_path):
    parent = _copy(_record(tmp_path, "the library at St Bede's", born="2023-01-02"), "parent")
    assert "On Friday, 20 November 2026 we had a meeting about you. It is called a review." in parent
    assert "Bede" not in parent


@pytest.mark.parametrize("language, marked", [("pl", "po angielsku"), ("cy", "yn Saesneg"), ("ur", "انگریزی"),
                                               ("uk", "англійською"), ("ar", "بالإنجليزية")])
def test_in_another_language_the_venue_is_neither_shown_nor_marked_as_untranslated(tmp_path, language, marked):
    parent = _copy(_record(tmp_path, "the library at St Bede's", language=language), "parent")
    assert "library" not in parent and f"{marked}: the" not in parent and "Bede" not in parent
    assert "2026" in parent


def test_a_translated_parents_copy_does_not_wait_for_the_venue_it_leaves_out(tmp_path):
    """No translation of the venue is asked for the Polish mum's copy, which does not show it."""
    from recordgen.translation.items import items_for_recipient, translatable_items
    from recordgen import api

    record = api.load_record(_record(tmp_path, "the library at St Bede's", language="pl")).record
    mum = api.recipient_for(record, "parent")
    assert "review.venue" not in [item.path for item in items_for_recipient(record, mum)]
    assert "review.venue" not in [item.path for item in translatable_items(record, "pl")]
