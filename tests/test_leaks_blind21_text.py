"""Blind review 21: records written by a reviewer who never read the code (trimmed, fictional).

1. A confidential placement's names run into a web address, an email address or a handle.
2. A confidential school by its initials or its familiar short form ("SBCP", "St B's")."""

from __future__ import annotations

import textwrap

import pytest

#: Kacey, placed confidentially with Bev Hargreaves; her mum Lisa is sent a copy.
KACEY = """\
child:
  id: OL-26001
  name: Kacey Dunmore
  known_as: Kacey
  date_of_birth: 2014-06-02
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
  participation: PN1
  attendees:
    - name: Kacey
      role: you
    - name: Bev Hargreaves
      role: foster carer
    - name: Lisa Dunmore
      role: mum
      attended: {came}
      contributed: {said}
    - name: Jo Marsh
      role: social worker
child_views:
  - I like my room.
working_well:
  - You are doing well in Year 8.
  - {shared}
worries:
  - text: {withheld}
    withhold_from: [parent]
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
  school: {school}
  confidential: true
distribution:
  - role: child
    name: Kacey
  - role: parent
    name: Lisa Dunmore
  - role: carer
    name: Bev Hargreaves
"""

DEFAULTS = dict(venue="the family centre", came="true", said="said she is happy", shared="You like art.",
                withheld="Your mum does not know your new address.", school="St Bede's Catholic Primary School")


def _record(tmp_path, name: str = "record.yaml", **changes):
    import json

    values = {key: json.dumps(value, ensure_ascii=False) for key, value in {**DEFAULTS, **changes}.items()}
    path = tmp_path / name
    path.write_text(KACEY.format(**values), encoding="utf-8")
    return path


def _diagnostics(path, severity: str) -> list:
    from recordgen.record.loading import load_record
    from recordgen.rules.validation import validate

    return [d for d in validate(load_record(path)) if d.severity == severity]


def _refused_for_parent(path) -> bool:
    from recordgen import api
    from recordgen.rendering.renderer import CopyWouldLeak

    loaded = api.load_record(path)
    try:
        api.Renderer().render_copy(loaded, api.recipient_for(loaded.record, "parent"))
    except CopyWouldLeak:
        return True
    return False


# ---------------------------------------------------------------- 1. names inside addresses and handles


@pytest.mark.parametrize("shared, school, named", [
    ("Bev posts your photos on instagram.com/bevhargreaves.", None, "'Hargreaves'"),
    ("Follow @bev_hargreaves for photos of the dogs.", None, "'Hargreaves'"),
    ("You can message Bev on bevhargreaves@gmail.com.", None, "'Hargreaves'"),
    ("Bev's blog is thornleighclose.blogspot.com.", None, "'Thornleigh Close'"),
    ("Term dates are on oakfieldps.org.uk.", "Oakfield Primary School", "'Oakfield'"),
    ("Follow @StBedesPrimary for the match results.", None, "'St Bede's'"),
])
def test_a_confidential_name_run_into_an_address_or_handle_is_an_error_and_refused(tmp_path, shared, school, named):
    path = _record(tmp_path, shared=shared, **({"school": school} if school else {}))
    found = [d for d in _diagnostics(path, "error") if d.path == "working_well.2"]
    assert len(found) == 1 and named in found[0].message
    assert _refused_for_parent(path)


@pytest.mark.parametrize("shared", [
    "You can talk to Childline at www.childline.org.uk.",
    "Follow @CoramVoice for news about your rights.",
    "Email me at dev.mistry@example.gov.uk if you want to talk.",
    "You watch @MrBeast videos with your friends.",
])
def test_an_address_without_a_confidential_name_is_no_leak(tmp_path, shared):
    path = _record(tmp_path, shared=shared)
    assert not [d for d in _diagnostics(path, "error") if d.path == "working_well.2"]
    assert not _refused_for_parent(path)


# ---------------------------------------------------------------- 2. a school by its initials or short form


@pytest.mark.parametrize("shared, named", [
    ("SBCP won the netball cup and you scored twice.", "'SBCP'"),
    ("At St B's you are in the choir.", "'St B's'"),
    ("You are settled at St Bede's now.", "'St Bede's'"),
])
def test_a_confidential_school_by_its_initials_or_familiar_form_is_an_error_and_refused(tmp_path, shared, named):
    path = _record(tmp_path, shared=shared)
    found = [d for d in _diagnostics(path, "error") if d.path == "working_well.2"]
    assert len(found) == 1 and named in found[0].message
    assert _refused_for_parent(path)


@pytest.mark.parametrize("school, shared", [
    ("Ivy Road Orchard School", "Your IRO will see you before your next meeting."),  # not "Ivy Road Orchard"
    ("St Bede's Catholic Primary School", "You read the story of St Bernadette's life in RE."),
])
def test_initials_that_are_the_reviews_own_words_are_no_leak(tmp_path, school, shared):
    path = _record(tmp_path, shared=shared, school=school)
    assert not [d for d in _diagnostics(path, "error") if d.path == "working_well.2"]
