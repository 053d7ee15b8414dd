"""Session 16 (words14): the compound prepositions of official letters ('prior to', 'in relation to',
'on a weekly basis') are hard to read as phrases, though each of their words is everyday, and are said
plainly (issue 17, item 14). Sentences written for this file, not taken from any blind set."""

from __future__ import annotations

import pytest

from recordgen.wording import ChildWords, check_text
from recordgen.wording.check import FindingKind

CHILD = ChildWords.of("Robin Shaw", "Robin", "he/him")


def _hard(text: str, band: str) -> list[str]:
    return [n.word for n in check_text(text, band=band, child=CHILD) if n.kind is FindingKind.reading_level]


@pytest.mark.parametrize("band, text, phrase", [
    ("young_adult", "We met with your college tutor prior to your exams.", "prior to"),
    ("teen", "In relation to football, you have joined the under 14s.", "In relation to"),
    ("teen", "With regard to your phone, you and Jo made some new rules.", "With regard to"),
    ("young_adult", "In accordance with your wishes, you will stay at Jo's.", "In accordance with"),
    ("teen", "You will see your nan on a fortnightly basis.", "on a fortnightly basis"),
    ("young_adult", "Your flat will be checked at a frequency of once a month.", "at a frequency of"),
    ("middle", "Your dad was in attendance at sports day.", "in attendance"),
    ("teen", "This was agreed in conjunction with your school.", "in conjunction with"),
    ("young_adult", "You have done well in terms of your driving lessons.", "in terms of"),
    ("teen", "In the event that you feel unsafe, ring Sam.", "In the event that"),
    ("young_adult", "Your rent is paid in lieu of your savings.", "in lieu of"),
    ("middle", "Your views were taken into consideration by the judge.", "into consideration"),
    ("young_adult", "You may wish to talk to Sam about your rent.", "may wish to"),
    ("teen", "You are required to be home by nine on school nights.", "are required to"),
    ("young_adult", "You were notified of the new date by text.", "were notified of"),
    ("teen", "You are entitled to a laptop for college.", "entitled to"),
    ("young_adult", "You can seek advice from the Citizens Advice office.", "seek advice"),
    ("young", "Your help with spelling is tailored to what you need.", "tailored to"),
    ("teen", "College gives you tailored support with maths.", "tailored support"),
    ("young_adult", "Your new worker will be in touch in due course.", "in due course"),
    ("teen", "Your mum is not in a position to have you home yet.", "in a position to"),
    ("young_adult", "Extra help with your rent has been put in place.", "been put in place"),
    ("teen", "We will talk again as and when you want to.", "as and when"),
])
def test_an_officialese_phrase_is_pointed_out(band, text, phrase):
    hard = _hard(text, band)
    assert phrase in hard
    assert len([w for w in hard if w and w.lower() in phrase.lower()]) == 1  # one note, not a word's too


def test_the_note_says_the_plain_word_and_marks_the_phrase():
    text = "We talked to your teacher prior to the trip."
    note = next(n for n in check_text(text, band="teen", child=CHILD) if n.word == "prior to")
    assert note.suggestion == "say instead: before"
    assert [text[a:b] for a, b in note.spans] == ["prior to"]


@pytest.mark.parametrize("band, text", [
    ("teen", "You stood in line with your friends for the ride."),
    ("middle", "You played on the grounds of the castle all day."),
    ("young_adult", "You spoke with respect to your grandad at the party."),
    ("teen", "The match will take place on Saturday."),
    ("young", "You saved up in order to buy a new bike."),
    ("middle", "You love the view of the sea in the morning."),
    ("young", "You like to play hide and seek with your cousins."),
    ("teen", "You told me what the film was about."),
    ("middle", "You put the last piece in place and finished the jigsaw."),
])
def test_the_same_words_in_everyday_use_are_not(band, text):
    assert _hard(text, band) == []
