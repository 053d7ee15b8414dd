"""`recordgen check --fix`'s safe fixes are right where the text is used (fix18): a venue is fixed in
small letters ('at your school'), a sentence turned to 'you' takes the child's pronouns with it or is
not safe, and a system word is not swapped for one that cannot be counted ('6 family time')."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings, strategies as st

from recordgen import api
from recordgen.cli import main_group
from recordgen.wording import ChildWords, check_text
from recordgen.wording.edits import apply_edits
from recordgen.wording.grammar import at_sentence_start
from recordgen.wording.text import SECOND_PERSON, mask_quotes, sentences
from recordgen.wording.voice import third_person

from conftest import examples
from recordfiles import docx_text

SAM = Path(__file__).parents[1] / "examples" / "review-sam-9.yaml"
ELLIE = ChildWords.of("Ellie Brown", None, "she/her")
SAM_WORDS = ChildWords.of("Samira Khan", "Sam", "she/her")


def _safe(text: str, child: ChildWords = ELLIE, field: str = "item") -> str:
    notes = check_text(text, field=field, band="middle", child=child)
    return apply_edits(text, [e for n in notes if n.fix and n.fix.safe for e in n.fix.edits])


def _record(tmp_path: Path, replace: dict[str, str]) -> Path:
    source = SAM.read_text(encoding="utf-8")
    for old, new in replace.items():
        assert old in source, old
        source = source.replace(old, new)
    path = tmp_path / "review.yaml"
    path.write_text(source, encoding="utf-8")
    return path


# (a) a venue is printed inside a sentence: 'We met at your school', never 'at Your school'

@pytest.mark.parametrize("field", ["phrase", "role", "contributed"])
def test_a_text_printed_inside_a_sentence_is_fixed_in_small_letters(field):
    assert _safe("Ellie's school", field=field) == "your school"
    assert _safe("Contact centre", field=field) == "the family centre"


def test_a_sentence_of_its_own_still_starts_with_a_capital():
    assert _safe("Ellie's school is near.") == "Your school is near."


def test_check_fix_writes_the_venue_as_it_is_read_in_the_copy(tmp_path):
    path = _record(tmp_path, {"  venue: your school": "  venue: Sam's school"})
    result = api.fix_file(path)
    assert [f.new for f in result.applied if f.path == "review.venue"] == ["your school"]
    assert "  venue: your school\n" in path.read_text(encoding="utf-8")
    copy = api.Renderer(api.Settings()).render_copy(api.load_record(path), api.recipient_for(
        api.load_record(path).record, "child"))
    text = docx_text(copy.data)
    assert "at your school" in text and "Your school" not in text.replace("\nYour school", "")


# (b) the child's name turned to 'you' takes her pronouns in the sentence with it

@pytest.mark.parametrize("text,expected", [
    ("Ellie is doing well with her reading.", "You are doing well with your reading."),
    ("Ellie has settled and she likes her room.", "You have settled and you like your room."),
    ("Ellie's report says she is trying hard.", "Your report says you are trying hard."),
    ("The child looks after herself well.", "You look after yourself well."),
])
def test_the_name_and_the_childs_pronouns_are_fixed_together(text, expected):
    assert _safe(text) == expected
    # A single fix (the page's one click) fixes the whole sentence too.
    for note in check_text(text, band="middle", child=ELLIE):
        if note.fix and note.fix.safe:
            assert apply_edits(text, note.fix.edits) == expected


@pytest.mark.parametrize("text", [
    "When she is sad, Ellie talks to Mum.",      # who 'she' is needs an eye
    "Ellie's happy and she likes her room.",     # 'Ellie's' may be 'Ellie is' or 'Ellie has': no safe fix
])
def test_a_sentence_that_cannot_be_fixed_whole_has_no_safe_fix_bringing_in_you(text):
    after = _safe(text)
    assert after == text or not (SECOND_PERSON.search(after) and re.search(r"\b(?:she|her|herself)\b", after)), after


def test_check_fix_writes_the_pronouns_with_the_name(tmp_path):
    path = _record(tmp_path, {"  - You see Zain often, so you stay close as brother and sister.":
                              "  - Sam is doing well with her reading."})
    api.fix_file(path)
    assert "  - You are doing well with your reading.\n" in path.read_text(encoding="utf-8")


# (c) '4 of the last 6 contact sessions' -> 'family time sessions', never '6 family time'

@pytest.mark.parametrize("text,unsafe_fixed", [
    ("You came to 4 of the last 6 contact sessions.", "You came to 4 of the last 6 family time sessions."),
    ("You came to 4 of the last 6 contact visits.", "You came to 4 of the last 6 family time visits."),
    ("You came to 4 of the last 6 contact.", "You came to 4 of the last 6 contact."),  # no fix: left
    ("You had an intervention.", "You had an intervention."),
    ("Your contact sessions are on Fridays.", "Your family time sessions are on Fridays."),
])
def test_a_system_word_is_not_swapped_for_words_that_cannot_be_counted_so(text, unsafe_fixed):
    notes = check_text(text, band="teen", child=ELLIE)
    assert apply_edits(text, [e for n in notes if n.fix for e in n.fix.edits]) == unsafe_fixed
    assert "family time." not in unsafe_fixed


def test_check_fix_unsafe_writes_grammatical_family_time(tmp_path):
    path = _record(tmp_path, {"  - You see Zain often, so you stay close as brother and sister.":
                              "  - You came to 4 of the last 6 contact sessions."})
    result = CliRunner().invoke(main_group, ["check", "--fix", "--unsafe-fixes", str(path)])
    assert result.exit_code in (0, 1), result.output
    assert "  - You came to 4 of the last 6 family time sessions.\n" in path.read_text(encoding="utf-8")


# Properties: a safe fix never leaves the child's name or pronouns beside 'you' in one sentence,
# and never puts a capital inside a sentence.

TOKENS = st.sampled_from([
    "Sam", "Sam's", "Samira Khan", "the child", "she", "her", "herself", "is", "has", "likes", "misses",
    "settled", "doing", "well", "with", "reading", "room", "school", "and", "but", "because", "when",
    "Zain", "mum", "Mrs Patel", "sees", "report", "says", "happy", "the", "contact", "contact sessions",
    "LA", "IRO", "6", "a", "placement", ",", "to",
])


def _sentence(tokens: list[str]) -> str:
    text = re.sub(r"\s+,", ",", " ".join(tokens)).strip(" ,")
    return (text[:1].upper() + text[1:] + ".") if text else "Sam is happy."


def _one_clicks(text: str, field: str = "item"):
    for note in check_text(text, field=field, band="middle", child=SAM_WORDS):
        if note.fix and note.fix.safe:
            yield note, note.fix.edits


@settings(max_examples=examples(400), deadline=None)
@given(tokens=st.lists(TOKENS, min_size=1, max_size=14))
def test_a_safe_fix_never_leaves_the_child_spoken_of_beside_you(tokens):
    text = _sentence(tokens)
    masked = mask_quotes(text)
    refs = third_person(masked, SAM_WORDS)
    every = [e for _note, edits in _one_clicks(text) for e in edits]
    for edits in [every] + [edits for _note, edits in _one_clicks(text)]:
        if not any(SECOND_PERSON.match(e.new) for e in edits):
            continue
        for start, sentence in sentences(masked):
            end = start + len(sentence)
            touched = [e for e in edits if start <= e.start < end and SECOND_PERSON.match(e.new)]
            if not touched:
                continue
            # Every place the checker gives the child in that sentence is changed with it...
            for ref in refs:
                if start <= ref.start < end:
                    assert any(e.start <= ref.start < e.end for e in edits), (text, ref)
            # ...and no 'she' or 'her' of the child's stands before the child is first named.
            first = min((r.start for r in refs if start <= r.start < end), default=end)
            spoken_of = {r.start for r in refs}
            assert not [m for m in SAM_WORDS.pronoun_pattern.finditer(masked, start, first)
                        if m.start() not in spoken_of], text


#: Sentences where only the child can be 'she' or 'her': a safe fix leaves none of them beside a 'you'.
ONLY_HER = st.tuples(
    st.sampled_from(["Sam", "Samira Khan", "The child", "Sam's report says she", "Sometimes Sam"]),
    st.sampled_from(["is doing well", "has settled", "likes school", "is happy", "misses home", "works hard"]),
    st.lists(st.sampled_from(["with her reading", "in her room", "and she likes football", "and looks after herself",
                              "because she has a new bike", "at her school", "and her room is tidy",
                              "when she is at home"]), max_size=3),
)


@settings(max_examples=examples(300), deadline=None)
@given(parts=ONLY_HER)
def test_a_safe_fix_turns_every_she_and_her_of_the_child_or_none(parts):
    subject, verb, tails = parts
    text = " ".join([subject, verb, *tails]) + "."
    for edits in [[e for _n, ed in _one_clicks(text) for e in ed]] + [list(ed) for _n, ed in _one_clicks(text)]:
        after = apply_edits(text, edits)
        if after != text and SECOND_PERSON.search(after):
            assert not re.search(r"\b(?:she|her|herself|Sam|Samira)\b", after, re.I), (text, after)


CAPITALISED_ALWAYS = {"I", "Independent"}


@settings(max_examples=examples(400), deadline=None)
@given(tokens=st.lists(TOKENS, min_size=1, max_size=10),
       field=st.sampled_from(["item", "phrase", "role", "contributed"]))
def test_a_safe_fix_never_capitalises_inside_a_sentence(tokens, field):
    text = _sentence(tokens)
    if field != "item":
        text = text.rstrip(".")
        text = text[:1].lower() + text[1:] if not text.startswith(("Sam", "Samira", "Zain", "Mrs", "LA", "IRO")) \
            else text
    for _note, edits in _one_clicks(text, field):
        for edit in edits:
            first = edit.new.split(" ")[0]
            if first[:1].isupper() and first not in CAPITALISED_ALWAYS:
                assert at_sentence_start(text, edit.start, field != "item"), (text, field, edit)
