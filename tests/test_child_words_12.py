"""Issue 17 item 14, session 14 (words12): formal adult English to teenagers and young adults."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from recordgen.wording import ChildWords, check_text

ROOT = Path(__file__).resolve().parent.parent
CHILD = ChildWords.of("Leo Martin", None, "he/him")


def _words(sentence: str, band: str) -> list[str | None]:
    return [n.word for n in check_text(sentence, field="item", band=band, child=CHILD)]


def test_a_formal_word_is_judged_alike_whatever_pythons_hash_seed():
    # 'comprise' has two bases of one length ('comprize'): which was taken followed the set's order.
    code = ("from recordgen.wording.familiar import formal; "
            "print([formal(w) for w in ('comprise', 'comprised', 'comprises')])")
    seen = set()
    for seed in ("0", "1", "2", "3", "4", "5"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
        seen.add(subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                                check=True).stdout)
    assert len(seen) == 1


@pytest.mark.parametrize("sentence, word", [
    ("Your carers will implement a new rule for your phone.", "implement"),
    ("We want to implement the plan before the summer.", "implement"),
])
def test_a_formal_word_used_as_a_verb_is_not_the_thing_its_noun_names(sentence, word):
    # 'implement' is formal (learned at 12.1, a Latin prefix on no word) though an implement is a tool.
    assert word in _words(sentence, "teen")


def test_the_formal_word_as_a_noun_is_still_the_thing():
    assert _words("You used a garden implement to dig the bed.", "teen") == []


@pytest.mark.parametrize("sentence, word, band", [
    ("If things get worse, we will escalate it to your doctor.", "escalate", "teen"),
    ("Your dad has to comply with the rules before visits can grow.", "comply", "middle"),
    ("We will postpone the meeting until you are back.", "postpone", "teen"),
    ("Your worker will clarify what the money is for.", "clarify", "young_adult"),
    ("The flat was deemed safe for you to move into.", "deemed", "teen"),
    ("The meeting was deferred until after your exams.", "deferred", "young_adult"),
])
def test_a_verb_of_official_writing_learned_from_reading_is_formal_however_it_is_built(sentence, word, band):
    # Only a verb, rated abstract, learned at 10 or after: no Latin prefix on a stem to see.
    assert word in _words(sentence, band)


@pytest.mark.parametrize("sentence, band", [
    ("You want to study computing at college.", "young_adult"),      # rated as a word of its own: the subject
    ("You said you would like a quiet space to revise.", "young_adult"),  # re-: a British pupil's exams
    ("You outplayed everyone at chess.", "teen"),                    # an English particle on a verb
])
def test_verbs_of_english_making_and_the_subject_computing_are_not_formal(sentence, band):
    assert _words(sentence, band) == []


@pytest.mark.parametrize("sentence", ["You play tig with Maisie at playtime.", "You like playing kerby with Jay.",
                                      "You played stuck in the mud at break."])
def test_the_game_a_child_plays_is_a_childs_word(sentence):
    assert _words(sentence, "young") == []


def test_a_hard_word_after_the_game_is_still_found():
    assert "therapeutic" in _words("You have therapeutic play with Lucy on Mondays.", "young")


@pytest.mark.parametrize("sentence, word", [
    ("Your aunt will safeguard you online.", "safeguard"),           # a noun too, used here as the verb
    ("Your nan will help safeguard you.", "safeguard"),             # 'help' and a verb
    ("Your worker will help coordinate the visits.", "coordinate"),
])
def test_a_verb_of_official_writing_that_is_a_noun_too_is_formal_used_as_the_verb(sentence, word):
    assert word in _words(sentence, "teen")


@pytest.mark.parametrize("sentence", ["A safeguard is in place.", "You got help sessions at school.",
                                      "You helped cook tea."])
def test_the_noun_and_the_help_a_child_gets_are_not_verbs_of_official_writing(sentence):
    assert _words(sentence, "teen") == []
