"""Blind review 21: records written by a reviewer who never read the code (trimmed, fictional).

1. A confidential placement's names run into a web address, an email address or a handle.
2. A confidential school by its initials or its familiar short form ("SBCP", "St B's").
3. A confidential carer's family name inflected in a Polish or Ukrainian translation.
4. A pregnancy kept from parents told in other words ("antenatal", "the scan", "be a mum").
5. The review held at the confidential home, said in words ("the lounge at home", "the flat")."""

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


# ---------------------------------------------------------------- 3. a carer's family name inflected in Polish


def _polish(tmp_path, carers: str, said: str, source: str = "You like living with Anna.", language: str = "pl"):
    """Kacey's record with ``carers``, her mum reading ``language``, and ``said`` as the stored
    translation of the second thing working well (``source``)."""
    import hashlib

    path = _record(tmp_path, shared=source)
    text = path.read_text(encoding="utf-8").replace("Bev Hargreaves", carers).replace("stay with Bev", "stay with Anna")
    text = text.replace("    name: Lisa Dunmore\n", f"    name: Lisa Dunmore\n    language: {language}\n")
    path.write_text(text, encoding="utf-8")
    digest = hashlib.sha256(source.encode("utf-8")).hexdigest()
    (tmp_path / "record.translations.yaml").write_text(textwrap.dedent(f"""\
        format: recordgen-translations/1
        record: record.yaml
        languages:
          {language}:
            working_well.2:
              source_sha256: {digest}
              source: "{source}"
              translation: "{said}"
        """), encoding="utf-8")
    return path


def _translation_errors(path) -> list[str]:
    return [d.message for d in _diagnostics(path, "error") if "working_well.2" in (d.path or "")]


def _last_look(path, said: str) -> list[str]:
    """What the last look at a finished parent's copy with ``said`` in its body finds."""
    from recordgen import api
    from recordgen.rules.withholding import copy_shows

    loaded = api.load_record(path)
    parent = api.recipient_for(loaded.record, "parent")
    return [secret.text for _, secret in copy_shows([("word/document.xml", f"Rzeczy, które idą dobrze\n{said}")],
                                                    "Kacey_parent.docx", loaded.record, parent)]


@pytest.mark.parametrize("carers, said, named", [
    ("Anna and Piotr Nowak", "Lubisz mieszkać u państwa Nowak.", "Nowak"),  # a common name: a Polish word too
    ("Anna and Piotr Nowak", "Rozmawiałam z panem Nowakiem o szkole.", "Nowak"),
    ("Anna and Piotr Nowak", "Lubisz mieszkać u Nowaków.", "Nowak"),
    ("Anna and Piotr Kowalski", "Lubisz mieszkać u państwa Kowalskich.", "Kowalski"),
    ("Anna and Piotr Kowalski", "Rozmawiałam z panem Kowalskim.", "Kowalski"),
    ("Anna Kowalska", "Lubisz mieszkać u pani Kowalskiej.", "Kowalska"),
    ("Anna Wiśniewska", "Lubisz mieszkać u pani Wiśniewskiej.", "Wiśniewska"),
    ("Anna Wiśniewska", "Lubisz mieszkać u Wiśniewskich.", "Wiśniewska"),
])
def test_a_confidential_carers_name_inflected_in_polish_is_an_error_and_caught_by_the_last_look(
        tmp_path, carers, said, named):
    path = _polish(tmp_path, carers, said)
    errors = _translation_errors(path)
    assert len(errors) == 1 and f"'{named}'" in errors[0]
    assert _last_look(path, said) == [named]


@pytest.mark.parametrize("carers, said", [
    ("Anna Kowal", "Kowal naprawił bramę w szkole."),  # "the smith", opening a sentence
    ("Anna Kowal", "Rozmawiałaś z kowalem na festynie."),
    ("Anna Wilk", "Czytałaś książkę o wilku."),
    ("Anna Lis", "Widziałaś lisa w ogrodzie."),
    ("Anna Sowa", "Widziałaś sowę w nocy."),
    ("Anna and Piotr Nowak", "Mama jest nowa w pracy."),
    ("Anna Wróbel", "Karmisz wróble zimą."),
])
def test_a_polish_family_name_that_is_a_word_is_no_leak_as_the_word(tmp_path, carers, said):
    path = _polish(tmp_path, carers, said)
    assert _translation_errors(path) == []
    assert _last_look(path, said) == []


@pytest.mark.parametrize("carers, said, named", [
    ("Halyna Kovalenko", "Тобі подобається жити в пані Коваленко.", "Kovalenko"),
    ("Anna and Petro Shevchenko", "Я говорила з паном Шевченком.", "Shevchenko"),
    ("Anna and Petro Shevchenko", "Тобі подобається жити у Шевченків.", "Shevchenko"),
    ("Anna and Piotr Kowalski", "Тобі подобається жити у Ковальських.", "Kowalski"),  # a Polish "w" is "в"
    ("Anna and Piotr Kowalski", "Я говорила з паном Ковальським.", "Kowalski"),
    ("Anna Kowalska", "Тобі подобається жити в пані Ковальської.", "Kowalska"),
])
def test_a_confidential_carers_name_inflected_in_ukrainian_is_an_error(tmp_path, carers, said, named):
    path = _polish(tmp_path, carers, said, language="uk")
    errors = _translation_errors(path)
    assert len(errors) == 1 and f"'{named}'" in errors[0]


# ---------------------------------------------------------------- 4. a pregnancy kept from parents, told in other words

PREGNANT = "Kacey is pregnant. The baby is due in May. Her mum does not know yet."


@pytest.mark.parametrize("where, change, word", [
    ("working_well.2", {"shared": "Jo will take you to your antenatal appointments."}, "'antenatal'"),
    ("working_well.2", {"shared": "Bev went with you to your 12-week scan."}, "'12-week scan'"),
    ("working_well.2", {"shared": "You told me you are excited to be a mum."}, "'be a mum'"),
    ("working_well.2", {"shared": "You are expecting in May, and you feel ready."}, "'are expecting'"),
    ("review.venue", {"venue": "the antenatal clinic at the health centre"}, "'antenatal'"),
    ("review.attendees.3.contributed", {"said": "said she is worried about the scan"}, "'the scan'"),
])
def test_a_pregnancy_kept_from_parents_told_in_other_words_is_a_warning(tmp_path, where, change, word):
    path = _record(tmp_path, withheld=PREGNANT, **change)
    found = [d.message for d in _diagnostics(path, "warning") if d.path == where]
    assert len(found) == 1 and word in found[0] and "a pregnancy or a new baby" in found[0]
    assert "worries.1, line 35" in found[0] and "withheld from parent" in found[0]


@pytest.mark.parametrize("shared", [
    "You are expecting your exam results in August.",
    "Mum is expecting you at four on Saturdays.",
    "You read a book about being a good friend.",
    "You had a scan of your knee after the football match.",
])
def test_everyday_words_beside_a_pregnancy_kept_from_parents_are_no_warning(tmp_path, shared):
    path = _record(tmp_path, withheld=PREGNANT, shared=shared)
    assert not [d for d in _diagnostics(path, "warning") if d.path == "working_well.2"]


def test_a_scan_or_being_a_mum_without_a_pregnancy_kept_from_anyone_is_no_warning(tmp_path):
    path = _record(tmp_path, shared="You want to be a mum one day, and you went with Bev to her scan.")
    assert not [d for d in _diagnostics(path, "warning") if d.path == "working_well.2"]


# ---------------------------------------------------------------- 5. the venue is the confidential home, in words


def _copies(tmp_path, path) -> dict[str, str]:
    from recordfiles import docx_text
    from recordgen import api

    loaded = api.load_record(path)
    return {role: docx_text(api.Renderer().render_copy(loaded, api.recipient_for(loaded.record, role)).data)
            for role in ("parent", "child", "carer")}


@pytest.mark.parametrize("venue", [
    "the flat you share with Bev", "the lounge at home", "Kacey's placement", "the house", "the flat",
    "the foster placement", "at your carers'",
])
def test_a_venue_that_is_the_confidential_home_is_left_out_of_the_parents_copy_and_warned(tmp_path, venue):
    path = _record(tmp_path, venue=venue, came="false", said="sent her views by email")
    found = [d.message for d in _diagnostics(path, "warning") if d.path == "review.venue"]
    assert len(found) == 1 and "the child's home" in found[0] and "Lisa Dunmore" in found[0]
    assert not [d for d in _diagnostics(path, "error") if d.path == "review.venue"]
    copies = _copies(tmp_path, path)
    assert venue not in copies["parent"]
    assert "This is the record of your review on Friday, 20 November 2026." in copies["parent"]
    said = venue.removeprefix("at ")  # no "at at" (blind review 27)
    assert f"20 November 2026 at {said}" in copies["child"] and f"20 November 2026 at {said}" in copies["carer"]


def test_a_parent_who_came_to_the_home_is_warned_of_as_before_and_their_copy_says_no_place(tmp_path):
    path = _record(tmp_path, venue="the lounge at home")
    found = [d.message for d in _diagnostics(path, "warning") if d.path == "review.venue"]
    assert len(found) == 1 and "came to the meeting at 'the lounge at home'" in found[0]
    assert "the lounge at home" not in _copies(tmp_path, path)["parent"]


@pytest.mark.parametrize("venue", ["the family centre", "the lounge at the contact centre", "the housing office"])
def test_a_venue_away_from_the_home_stays_in_the_parents_copy(tmp_path, venue):
    path = _record(tmp_path, venue=venue, came="false", said="sent her views by email")
    assert not [d for d in _diagnostics(path, "warning") if d.path == "review.venue"]
    assert f"20 November 2026 at {venue}." in _copies(tmp_path, path)["parent"]


def test_a_planned_review_at_the_home_in_words_is_an_error_while_a_parent_is_invited(tmp_path):
    path = _record(tmp_path, venue="the lounge at home")
    text = path.read_text(encoding="utf-8").replace("  sequence: 5\n", "  status: planned\n  time: \"10:00\"\n  sequence: 5\n")
    text = text.replace("  participation: PN1\n", "")
    path.write_text(text, encoding="utf-8")
    found = [d.message for d in _diagnostics(path, "error") if d.path == "review.venue"]
    assert len(found) == 1 and "the child's home" in found[0] and "invited" in found[0]
