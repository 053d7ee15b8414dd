"""perf16: the last look's quick refusals (a literal search before a name's pattern, the text
folded once by the caller) never change an answer, and a command's collector settings."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from recordgen.rules import withholding as w

ROOT = Path(__file__).resolve().parents[1]

# (text, a home's or school's short name, the whole name, found as the home?)
HOMES = [
    ("The Larkspur staff said you can stay.", "Larkspur", "Larkspur Lodge", True),
    ("THE LARKSPUR STAFF said so.", "Larkspur", "Larkspur Lodge", True),
    ("Larkspur grows by the wall.", "Larkspur", "Larkspur Lodge", False),
    ("You go to Saint Marys every day.", "St Mary's", "St Mary's Children's Home", True),
    ("You go to St. Mary's on Fridays.", "St Mary's", "St Mary's Children's Home", True),
    ("Tea at Oak & Ash was fun.", "Oak and Ash", "Oak and Ash House", True),
    ("Oak is a hard wood.", "Oak", "The Oaks", False),
    ("The Westies staff took you swimming.", "Westies", "Westcliffe Primary School", True),
    ("Nothing about any home here.", "Westies", "Westcliffe Primary School", False),
    ("Mae Larkspur yn iawn.", "Larkspur", "Larkspur Lodge", False),  # the English rule: after a name
]


@pytest.mark.parametrize("text,short,home,found", HOMES)
def test_home_name_the_same_with_the_text_folded_by_the_caller(text, short, home, found):
    cased = w.fold(text, casefold=False)
    assert w._names_the_home(text, short, home) is found
    assert w._names_the_home(text, short, home, cased) is found


@pytest.mark.parametrize("text,short,home,found", HOMES)
def test_the_literal_word_is_in_every_match(text, short, home, found):
    """The quick refusal is only ever a refusal the pattern would give too."""
    cased = w.fold(text, casefold=False)
    if w._home_name_pattern(short).search(cased):
        assert not w._lacks(cased, w._home_name_word(short))


def test_named_in_translation_the_same_with_the_text_folded_by_the_caller():
    text = "Mae Kestrel yn braf."
    for cased in (None, w.fold(text, casefold=False)):
        assert w._named_in_translation(text, "Kestrel", "cy", frozenset(), "4 Kestrel Way", cased)
        assert not w._named_in_translation("Mae popeth yn iawn.", "Kestrel", "cy", frozenset(), "4 Kestrel Way",
                                           cased and w.fold("Mae popeth yn iawn.", casefold=False))


def test_town_the_same_with_the_text_folded_by_the_caller():
    for text, found in (("Camber near Rye is nice.", True), ("Rye bread is nice.", False), ("Mrs Rye came.", False)):
        assert w._names_the_town(text, "Rye") is found
        assert w._names_the_town(text, "Rye", w.fold(text, casefold=False)) is found


def test_derived_given_name_asks_both_lists():
    assert w._derived_given_name("Holly", "The Hollies")      # a plant name in the nature list, and given
    assert w._derived_given_name("Oliver", "The Olivers")     # a given name of the lists
    assert not w._derived_given_name("Holly", "Holly House")  # written in the name
    assert not w._derived_given_name("Larkspur", "The Larkspurs")


def test_carers_short_form_needs_the_form_as_written():
    secret = w.Secret("Thorn", w.CARERS_SHORT_FORM, ("placement", "carers"), frozenset({w.Role.parent}),
                      strict=True, part_of="Carl and Bev Thornbury")
    assert w.carers_short_form_in("Carl Thorn took you fishing.", secret)
    assert not w.carers_short_form_in("Carl took you fishing.", secret)
    assert not w.carers_short_form_in("carl thorn took you fishing.", secret)  # in small letters: the word


def test_a_command_freezes_what_is_left_at_exit_and_restores_the_collector():
    code = ("import atexit, gc\n"
            "before = gc.get_threshold()\n"
            "atexit.register(lambda: print(gc.get_freeze_count() > 0, gc.get_threshold() == before))\n"
            "from recordgen.cli import main\n"
            "try:\n"
            "    main(['--help'], prog_name='recordgen')\n"
            "except SystemExit:\n"
            "    print(gc.get_freeze_count() == 0, gc.get_threshold() == before)\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout
    # After the command, in a process that goes on: nothing frozen, the thresholds its own; at exit, frozen.
    assert out.splitlines()[-2:] == ["True True", "True True"]
