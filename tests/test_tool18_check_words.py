"""tool18, blind review 32 finding 8: `check` missed a blaming word ('naughty') and a Mental Health Act word
('sectioned'), and flagged the family's own dish ('everyone loves your pierogi') and a word the same sentence
explains ('You are on remand, which means the court has said...'). Sentences written for this file, not taken
from any blind set."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from recordgen.wording import ChildWords, check_text
from recordgen.wording.check import FindingKind

CHILD = ChildWords.of("Robin Shaw", "Robin", "he/him")
BANDS = ["early", "young", "middle", "teen", "young_adult"]


def _words(text: str, band: str, kind: FindingKind | None = None) -> list[str]:
    return [(n.word or "").lower() for n in check_text(text, band=band, child=CHILD) if kind in (None, n.kind)]


# ----------------------------------------------------------------------------------- naughty: a blaming word


@pytest.mark.parametrize("band", BANDS)
@pytest.mark.parametrize("text", [
    "You were a bit naughty at school and were sent home.",
    "Naughty behaviour at school meant you missed the trip.",
    "You had to sit on the naughty step at nursery.",
    "Your carers said you were being naughty at bedtime.",
])
def test_naughty_said_of_the_child_is_a_blaming_word(band, text):
    notes = [n for n in check_text(text, band=band, child=CHILD) if n.kind is FindingKind.system_word]
    assert [n.word.lower() for n in notes] == ["naughty"]
    assert "drop the label" in notes[0].suggestion


@pytest.mark.parametrize("band, text", [
    ("young", "Your reading book this week is about a naughty dog called Max."),
    ("early", "You laughed at the naughty puppy in the story."),
    ("middle", "You watched a film about a naughty elf at Christmas."),
])
def test_naughty_said_of_a_dog_in_a_book_is_not(band, text):
    assert "naughty" not in _words(text, band)


# ------------------------------------------------------------------- sectioned: the Mental Health Act's word


@pytest.mark.parametrize("band", BANDS)
@pytest.mark.parametrize("text, word", [
    ("You were sectioned in August and stayed at Hillcrest.", "sectioned"),
    ("You were sectioned under the Mental Health Act in August.", "sectioned under the mental health act"),
])
def test_sectioned_is_a_legal_term_to_explain(band, text, word):
    notes = [n for n in check_text(text, band=band, child=CHILD) if n.kind is FindingKind.system_word]
    assert [n.word.lower() for n in notes] == [word]
    assert "hospital" in notes[0].suggestion and notes[0].message.endswith("a legal term that a child may not know")


def test_the_mental_health_act_alone_gets_its_own_explanation_not_the_generic_one():
    notes = [n for n in check_text("You were kept in hospital under the Mental Health Act.", band="teen", child=CHILD)
             if n.kind is FindingKind.system_word]
    assert [n.word for n in notes] == ["Mental Health Act"]
    assert "mental health" in notes[0].suggestion and "money for" not in notes[0].suggestion


@pytest.mark.parametrize("text", ["The big hall was sectioned off for the disco.",
                                  "You sectioned the orange into pieces for your sister."])
def test_sectioned_off_a_room_is_not(text):
    assert _words(text, "teen", FindingKind.system_word) == []


# ------------------------------------------------------------------------- meds: left for the older bands


@pytest.mark.parametrize("band, flagged", [("early", True), ("young", True), ("middle", False), ("teen", False),
                                           ("young_adult", False)])
def test_meds_is_hard_only_to_the_under_8s(band, flagged):
    """'meds' is the word children from about 8 hear and use for their own medicine (the norms put it at 9.5, the
    middle band's late age): short, not blaming, and 'medicine' would be no kinder to a 15-year-old. To the under-8s
    it is hard already, as a word learned late. A decision written down, not a change: this passed before too."""
    assert ("meds" in _words("You take your meds every morning with breakfast.", band)) is flagged


# ---------------------------------------------------------------- the family's own dish is not a hard word


@pytest.mark.parametrize("band", BANDS)
@pytest.mark.parametrize("text, word", [
    ("You cook tea on Fridays and everyone loves your pierogi.", "pierogi"),
    ("You made jollof rice for everyone at Eid.", "jollof"),
    ("Your nan taught you to make injera.", "injera"),
    ("You love kofta and chips.", "kofta"),
    ("Everyone asked for more of Mum's paratha.", "paratha"),
])
def test_a_dish_of_the_familys_kitchen_is_not_a_hard_word(band, text, word):
    assert word not in _words(text, band)


@pytest.mark.parametrize("band, text, word", [
    ("teen", "We talked about your dysregulation at school.", "dysregulation"),
    ("middle", "Your placement stability is good.", "stability"),
    ("teen", "You like the ambivalent feeling of being home.", "ambivalent"),
])
def test_a_hard_english_word_after_your_or_like_still_is(band, text, word):
    assert word in _words(text, band)


# ------------------------------------------------------------- a word explained where it is used is not hard


@pytest.mark.parametrize("text", [
    "You are on remand, which means the court has said you must stay at Fellside until your trial.",
    "You are on remand. This means the court has said you must stay at Fellside.",
    "You are on remand (the court has said you must stay at Fellside) until January.",
])
def test_a_hard_word_explained_in_its_sentence_is_not_flagged(text):
    assert "remand" not in _words(text, "teen")


def test_the_same_word_unexplained_is_still_flagged():
    assert "remand" in _words("You will stay at Fellside while you are on remand.", "teen")
    assert "remand" in _words("You are on remand at Fellside until your trial in January.", "teen")


def test_a_legal_term_explained_in_its_sentence_is_not_flagged():
    text = "You were sectioned, which means doctors kept you in hospital to keep you safe."
    assert _words(text, "teen", FindingKind.system_word) == []
    text = "You have a care order, which means the court has said the council shares the say in your life."
    assert _words(text, "teen", FindingKind.system_word) == []
    assert _words("You have a care order.", "teen", FindingKind.system_word) == ["care order"]
    # An explanation does not make a disliked system word kind: young people asked for it not to be used.
    assert "contact" in _words("You have contact, which means you see Mum on Saturdays.", "teen",
                               FindingKind.system_word)


# ----------------------------------------------------------------------------- the reviewer's own records


BLIND = Path("/work/blind32")


@pytest.mark.skipif(not BLIND.is_dir(), reason="blind review 32's records are on the review machine only")
def test_the_reviewers_records(tmp_path):
    from recordgen.record.loading import load_record
    from recordgen.wording.check import check_record

    for name in ("m/m6.yaml", "r6/review-zosia-15.yaml", "r2/review-kayden-13.yaml"):
        shutil.copy(BLIND / name, tmp_path / Path(name).name)
    found = {}
    for name in ("m6.yaml", "review-zosia-15.yaml", "review-kayden-13.yaml"):
        for finding in check_record(load_record(tmp_path / name)):
            found.setdefault(name, []).append((finding.path, (finding.word or "").lower()))
    assert ("worries.3", "naughty") in found["m6.yaml"]
    assert ("worries.7", "sectioned under the mental health act") in found["m6.yaml"]
    assert not [f for f in found["m6.yaml"] + found["review-zosia-15.yaml"] if f[1] == "pierogi"]
    assert ("worries.1", "remand") not in found["review-kayden-13.yaml"]
    assert ("care_plan.plan", "remand") in found["review-kayden-13.yaml"]  # not explained there
