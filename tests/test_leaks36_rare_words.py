"""Blind review 28 #2: a confidential home's street named without its type.

"14 Thistledown Lane" and a parent's copy saying "the Thistledown community room" or "GP at
Thistledown Surgery": lemminflect lists "thistledown", so it was an ordinary word and not looked for
alone. A dictionary word rarer than ``DICTIONARY_RARE_ZIPF`` is distinctive; everyday ones are not.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent

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
  venue: the family centre
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
  - {text}
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
  address: {address}
  confidential: true
distribution:
  - {{role: child, name: Rowan}}
  - {{role: parent, name: Leanne Dunmore}}
  - {{role: carer, name: Jean and Alan Thornbury}}
"""


def _errors(tmp_path: Path, text: str, address: str) -> list[str]:
    path = tmp_path / "rowan.yaml"
    path.write_text(ROWAN.format(text=json.dumps(text), address=json.dumps(address)), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "RECORDGEN_TODAY": "2026-12-07"}
    out = subprocess.run([sys.executable, "-m", "recordgen", "validate", str(path)], env=env,
                         capture_output=True, text=True, cwd=tmp_path).stdout
    return [line for line in out.splitlines() if "working_well" in line and ": error:" in line]


@pytest.mark.parametrize("text", ["You go to the Thistledown community room on Fridays.",
                                  "Your GP at Thistledown Surgery checked your ears."])
def test_a_rare_dictionary_word_of_the_street_is_caught_alone(tmp_path, text):
    errors = _errors(tmp_path, text, "14 Thistledown Lane, Whitby, YO21 3PL")
    assert any("'Thistledown', a distinctive word of the address" in e for e in errors), errors


@pytest.mark.parametrize("address, text", [
    ("14 Mill Lane, Whitby, YO21 3PL", "You went to the Mill community room on Fridays."),
    ("14 Station Road, Whitby, YO21 3PL", "You walk to the Station with Jean."),
    ("14 Park Close, Whitby, YO21 3PL", "You play in the Park after school."),
    ("14 Church Street, Whitby, YO21 3PL", "You sing at Church on Sundays."),
    ("14 Oak Avenue, Whitby, YO21 3PL", "You climbed the Oak tree at the farm."),
    ("14 Kestrel Way, Whitby, YO21 3PL", "You saw a kestrel at the farm."),
])
def test_everyday_words_of_the_street_stay_ordinary(tmp_path, address, text):
    assert not _errors(tmp_path, text, address)


def test_the_floor():
    from recordgen.rules.withholding import is_distinctive

    assert is_distinctive("Thistledown") and is_distinctive("Teasel") and is_distinctive("Pipit")
    assert not any(is_distinctive(w) for w in ("Mill", "Station", "Park", "Church", "Oak", "Kestrel",
                                                "Bramble", "Willow", "Acorns", "Puffin", "Larkspur"))
