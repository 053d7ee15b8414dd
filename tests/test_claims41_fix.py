"""`check --fix` never brings 'you' into a sentence still about the child in the third person, through a
system word's fix either ('his LAC review' -> 'your review'), and `check` judges third person sentence by
sentence, so a 'your' elsewhere does not hide the child's 'he' (blind review 33, finding 5)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from recordgen import api
from recordgen.wording import ChildWords, check_text
from recordgen.wording.edits import apply_edits
from recordgen.wording.text import SECOND_PERSON, mask_quotes, sentences
from recordgen.wording.voice import third_person

from conftest import examples

DATA = Path(__file__).parent / "data" / "claims41"
JAY = ChildWords.of("Jayden Smith", "Jay", "he/him")
SAM = ChildWords.of("Samira Khan", "Sam", "she/her")
MIXED = "He knows why he came into care and your review is a place he can speak."


def _safe_fixes(text: str, child: ChildWords):
    return [n.fix for n in check_text(text, field="item", band="young", child=child) if n.fix and n.fix.safe]


def test_a_your_in_the_sentence_does_not_hide_the_childs_he():
    words = [n.word for n in check_text(MIXED, field="item", band="young", child=JAY) if n.kind == "third-person"]
    assert words == ["He", "he", "he"]
    assert not _safe_fixes(MIXED, JAY)  # a mixed sentence needs a human eye


def test_a_your_in_another_sentence_does_not_hide_the_childs_he():
    words = [n.word for n in check_text("Your room is nice. He likes it.", field="item", band="young", child=JAY)
             if n.kind == "third-person"]
    assert words == ["He"]


def test_a_system_word_fix_into_your_is_not_safe_where_the_sentence_cannot_be_turned_whole():
    notes = check_text("When he is sad, Jay talks about his LAC review.", field="item", band="young", child=JAY)
    lac = next(n for n in notes if n.word == "LAC review")
    assert lac.fix is not None and not lac.fix.safe


def test_a_system_word_fix_into_your_takes_the_sentence_with_it():
    fix = next(n.fix for n in check_text("Jay likes the LAC review.", field="item", band="young", child=JAY)
               if n.word == "LAC review")
    assert fix.safe and apply_edits("Jay likes the LAC review.", fix.edits) == "You like your review."


def test_check_fix_turns_the_whole_sentence_or_none(tmp_path):
    path = tmp_path / "jay.yaml"
    shutil.copy(DATA / "jay-orig.yaml", path)
    api.fix_file(path)
    text = path.read_text(encoding="utf-8")
    assert "  - You know why you came into care and your review is a place you can speak.\n" in text
    assert "and your review is a place he can speak" not in text


def test_check_still_reports_the_mixed_sentence_left_by_an_earlier_fix(tmp_path):
    path = tmp_path / "jay.yaml"
    source = (DATA / "jay-orig.yaml").read_text(encoding="utf-8")
    path.write_text(source.replace("and his LAC review is a place", "and your review is a place"), encoding="utf-8")
    remaining = api.fix_file(path, dry_run=True).remaining
    assert any(f.path == "goals.3" and "'He' is about the child" in f.message for f in remaining)


# Property: no safe fix, a system word's included, brings 'you' into a sentence and leaves the child's
# name or pronoun in it.

TOKENS = st.sampled_from([
    "Sam", "Sam's", "Samira Khan", "she", "her", "is", "has", "likes", "knows", "settled", "well", "with",
    "reading", "room", "and", "but", "because", "when", "mum", "Mrs Patel", "says", "happy", "the",
    "LAC review", "her LAC review", "care plan", "her care plan", "contact", "placement", "IRO", "a", ",",
    "can speak", "came into care",
])


def _sentence(tokens: list[str]) -> str:
    text = re.sub(r"\s+,", ",", " ".join(tokens)).strip(" ,")
    return (text[:1].upper() + text[1:] + ".") if text else "Sam is happy."


@settings(max_examples=examples(400), deadline=None)
@given(tokens=st.lists(TOKENS, min_size=1, max_size=14))
def test_no_safe_fix_brings_you_beside_the_child_spoken_of(tokens):
    text = _sentence(tokens)
    masked = mask_quotes(text)
    refs = third_person(masked, SAM)
    for fix in _safe_fixes(text, SAM):
        if not any(SECOND_PERSON.match(e.new) for e in fix.edits):
            continue
        for start, sentence in sentences(masked):
            end = start + len(sentence)
            if not any(start <= e.start < end and SECOND_PERSON.match(e.new) for e in fix.edits):
                continue
            for ref in refs:
                if start <= ref.start < end:
                    assert any(e.start <= ref.start < e.end for e in fix.edits), (text, ref, fix)
