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
