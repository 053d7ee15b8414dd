"""Blind reviews 27 and 28: a confidential placement shown by a review's venue.

- Blind 28 F1: "Puffins nursery" is the confidential "Little Puffins Nursery" (a word of its name, then
  what kind of place it is), as "Little Puffins" is: an error while a parent is invited.
- Blind 28 F2: "the house where Poppy lives" (and "where Poppy lives", "the place Poppy lives") is the
  confidential home, as "Poppy's home" is.
- Blind 27: a held review "at home with Jean and Alan" (the carers' first names) is the home: left out of
  the parents' copies; and no copy or invitation says "at at" for a venue that starts with "at".
- Blind 28 F4: a venue in the home's town of 20,000 or more, a parent invited: the warning text gets.
- Blind 28 F8: the venue error suggests no wording that names a place of the child's ("your school").
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from recordfiles import docx_text

ROOT = Path(__file__).parent.parent

#: Poppy (4), placed confidentially with Janice and Phil; her mum Kerry is invited (blind28 r03).
POPPY = """\
child:
  id: NS-70003
  name: Poppy Hargreaves
  known_as: Poppy
  date_of_birth: 2023-02-09
  pronouns: she/her
  language: en
  entered_care: 2025-10-01
review:
  status: planned
  date: 2027-02-09
  time: "09:45"
  sequence: 4
  venue: {venue}
  chair: {{name: Ruth Allingham, phone: 01632 960200, email: ruth.allingham@example.gov.uk}}
  attendees:
    - {{name: Poppy, role: you}}
    - {{name: Janice and Phil Thornbury, role: foster carers}}
    - {{name: Kerry Hargreaves, role: mum}}
    - {{name: Mrs Quarrington, role: nursery key worker}}
placement:
  carers: Janice and Phil Thornbury
  address: {address}
  school: Little Puffins Nursery
  confidential: true
distribution:
  - {{role: child, name: Poppy}}
  - {{role: parent, name: Kerry Hargreaves, language: {language}}}
  - {{role: carer, name: Janice and Phil Thornbury}}
"""

WHITBY = "9 Ravenscar Mews, Whitby, YO21 3PL"
BRIDLINGTON = "22 Thistledown Lane, Bridlington, YO16 4QT"  # 20,000 people or more

#: Rowan's held review at the carers' home, by their first names; mum came (blind27 p15, trimmed).
ROWAN = """\
child:
  id: RD-55218
  name: Rowan Dunmore
  known_as: Rowan
  date_of_birth: 2016-04-02
  pronouns: they/them
  language: en
  entered_care: 2025-01-13
review:
  date: 2026-10-20
  sequence: 4
  venue: {venue}
  chair: {{name: Alex Kerr, phone: 01943 600000, email: alex.kerr@example.gov.uk, pronouns: they/them}}
  participation: PN1
  attendees:
    - {{name: Rowan, role: you}}
    - {{name: Jean and Alan Thornbury, role: foster carers}}
    - {{name: Sophie Grant, role: social worker}}
    - {{name: Leanne Dunmore, role: mum}}
child_views:
  - I like my bedroom.
working_well:
  - You are reading lots of new words.
worries:
  - You get upset when family time ends.
goals:
  - You feel calm after family time.
actions:
  - who: Sophie Grant (your social worker)
    what: Make a goodbye plan for the end of family time.
    by: 2026-11-13
care_plan:
  plan: You will stay where you are.
  still_right: true
rights:
  advocate: offered
  independent_visitor: offered
  complaints_explained: true
placement:
  carers: Jean and Alan Thornbury
  address: 4 Kestrel Way, Ilkley, LS29 8PD
  confidential: {confidential}
distribution:
  - {{role: child, name: Rowan}}
  - {{role: parent, name: Leanne Dunmore, language: {language}}}
  - {{role: carer, name: Jean and Alan Thornbury}}
"""

SETTINGS = '[childrens_rights]\nname = "the Northshire Children\'s Rights Service"\nphone = "01632 960111"\n' \
           'email = "rights@northshire.example.org"\n'


def _poppy(tmp_path: Path, venue: str, address: str = WHITBY, language: str = "en") -> Path:
    path = tmp_path / "poppy.yaml"
    path.write_text(POPPY.format(venue=json.dumps(venue), address=address, language=language), encoding="utf-8")
    return path


def _rowan(tmp_path: Path, venue: str, language: str = "en", confidential: str = "true") -> Path:
    path = tmp_path / "rowan.yaml"
    path.write_text(ROWAN.format(venue=json.dumps(venue), language=language, confidential=confidential),
                    encoding="utf-8")
    return path


def _cli(tmp_path: Path, *args: str, today: str = "2026-12-07") -> subprocess.CompletedProcess:
    settings = tmp_path / "settings.toml"
    settings.write_text(SETTINGS, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "RECORDGEN_TODAY": today}
    return subprocess.run([sys.executable, "-m", "recordgen", "--settings", str(settings), *args], env=env,
                          capture_output=True, text=True, cwd=tmp_path)


def _venue_lines(out: str, path: Path, kind: str) -> list[str]:
    # Poppy's and Rowan's venue is on line 14 / 12 of the record: file, line, field.
    line = 14 if path.name == "poppy.yaml" else 12
    return [text for text in out.splitlines() if text.startswith(f"{path}:{line}: review.venue: {kind}:")]


def _invitation(path: Path, role: str) -> str:
    from recordgen import api

    loaded = api.load_record(path)
    papers = {d.kind: d for d in api.consult_documents(loaded, role)}
    return docx_text(papers["invitation"].data)


def _copy(path: Path, role: str) -> str:
    from recordgen import api

    loaded = api.load_record(path)
    renderer = api.Renderer()
    renderer.allow_untranslated = True
    return docx_text(renderer.render_copy(loaded, api.recipient_for(loaded.record, role)).data)


# F1 and F2: the school by a word of its name and a kind word; the home by where the child lives.

@pytest.mark.parametrize("venue, place", [
    ("Puffins nursery", "the child's school"), ("the Puffin School", "the child's school"),
    ("the hall at Puffin Nursery", "the child's school"), ("Puffins' nursery room", "the child's school"),
    ("the house where Poppy lives", "the child's home"), ("where Poppy lives", "the child's home"),
    ("the place Poppy lives", "the child's home"), ("the flat Poppy shares with her carers", "the child's home"),
    ("Poppy's house", "the child's home"), ("the child's home", "the child's home"),
    ("the nursery Poppy goes to", "the child's school"), ("where Poppy goes to nursery", "the child's school")])
def test_the_confidential_school_or_home_as_venue_is_an_error_and_consult_refuses(tmp_path, venue, place):
    path = _poppy(tmp_path, venue)
    out = _cli(tmp_path, "validate", str(path)).stdout
    errors = _venue_lines(out, path, "error")
    assert any(f"the meeting is to be at '{venue}', {place}, which is kept from parents" in e
               and "Kerry Hargreaves would be invited to it" in e and "hold the meeting" in e for e in errors), out
    made = _cli(tmp_path, "consult", str(path), "--for", "parent", "-o", str(tmp_path / "out"))
    assert made.returncode == 1 and not list((tmp_path / "out").glob("*invitation_parent*")), made.stderr


@pytest.mark.parametrize("venue", ["the family centre", "Puffin Park community room", "the house where mum lives",
                                   "Scarborough Library"])
def test_other_places_are_no_venue_error(tmp_path, venue):
    path = _poppy(tmp_path, venue)
    out = _cli(tmp_path, "validate", str(path)).stdout
    assert not _venue_lines(out, path, "error"), out
    assert venue in _invitation(path, "parent")


def test_school_by_its_word_reads_the_school_name_not_generic_words():
    from recordgen.rules.withholding import school_by_its_word

    assert school_by_its_word("Puffins nursery", "Little Puffins Nursery") == "Puffins nursery"
    assert school_by_its_word("the Acorn school", "Acorns Nursery") == "Acorn school"
    assert school_by_its_word("the little nursery", "Little Puffins Nursery") == ""
    assert school_by_its_word("Fields school", "Sewerby Fields Primary School") == ""  # "Fields" is generic
    assert school_by_its_word("Puffins nursery", None) == ""
    assert school_by_its_word("the Daisies nursery", "Daisy Chain Nursery") == "Daisies nursery"
    assert school_by_its_word("Daisy nursery", "Little Daisies Nursery") == "Daisy nursery"


# Blind 27: "at home with Jean and Alan", and no "at at".

def test_a_held_review_at_home_with_the_carers_is_left_out_of_the_parents_copy(tmp_path):
    path = _rowan(tmp_path, "at home with Jean and Alan")
    mum = _copy(path, "parent")
    assert "Your review was on Tuesday, 20 October 2026. A review is" in mum
    assert "home with" not in mum and "at at" not in mum
    carers = _copy(path, "carer")
    assert "Your review was on Tuesday, 20 October 2026 at home with Jean and Alan." in carers
    assert "at at" not in carers
    out = _cli(tmp_path, "validate", str(path)).stdout
    warned = _venue_lines(out, path, "warning")
    assert any("Leanne Dunmore (mum) came to the meeting at 'at home with Jean and Alan', the child's home" in w
               for w in warned), out


@pytest.mark.parametrize("language, marked", [("pl", "[po angielsku: the family centre]"),
                                               ("cy", "[yn Saesneg: the family centre]")])
def test_a_venue_starting_with_at_gets_no_second_at_in_any_language(tmp_path, language, marked):
    held = _rowan(tmp_path, "at the family centre", language=language, confidential="false")
    assert "20 October 2026 at the family centre." in _copy(held, "carer")
    mum = _copy(held, "parent")
    assert marked in mum and "at the family centre" not in mum
    planned = _poppy(tmp_path, "At the family centre", language=language)
    assert "It will be at the family centre." in _invitation(planned, "carer")
    invitation = _invitation(planned, "parent")
    assert marked in invitation and "At the family centre" not in invitation


# F4: a venue in the home's large town.

def test_a_venue_in_the_homes_large_town_is_warned_in_validate_and_consult(tmp_path):
    path = _poppy(tmp_path, "Bridlington Library", address=BRIDLINGTON)
    out = _cli(tmp_path, "validate", str(path)).stdout
    warned = _venue_lines(out, path, "warning")
    assert any("in 'Bridlington', the town of the child's home" in w and "20,000 people or more" in w
               and "Kerry Hargreaves would be invited" in w for w in warned), out
    assert not _venue_lines(out, path, "error"), out
    made = _cli(tmp_path, "consult", str(path), "--for", "parent", "-o", str(tmp_path / "out"))
    assert made.returncode == 0
    assert any(line.startswith(f"{path}:14: review.venue: warning:") and "Bridlington" in line
               for line in made.stderr.splitlines()), made.stderr


def test_no_town_warning_for_a_venue_elsewhere(tmp_path):
    path = _poppy(tmp_path, "the family centre, Scarborough", address=BRIDLINGTON)
    assert not _venue_lines(_cli(tmp_path, "validate", str(path)).stdout, path, "warning")


# F8: the venue error's example wording names no place of the child's.

def test_the_venue_error_suggests_no_wording_the_next_error_forbids(tmp_path):
    path = _poppy(tmp_path, "Little Puffins")
    errors = _venue_lines(_cli(tmp_path, "validate", str(path)).stdout, path, "error")
    assert len(errors) == 2
    assert not any("your school" in e for e in errors), errors
    assert any("'the family centre' or 'the council offices'" in e for e in errors), errors
    # The suggestion passes.
    assert not _venue_lines(_cli(tmp_path, "validate", str(_poppy(tmp_path, "the council offices"))).stdout,
                            path, "error")
