"""The second blind set of children's words (tests/blind_child_words_2.yaml; issue 17, item 14).

Written by someone who never saw the checker: 240 clean sentences to children full of everyday
children's words, and 80 with one planted hard `word` each, 48 and 16 in each age band. It is held
out: run `pytest tests/test_blind_child_words_2.py -s` for its figures; the test never prints its
sentences or words, so that no one tunes the checker on it. A planted word is caught when a note
points at that word, as a hard word or as a system word ('reunification': said plainly too).
The goal (at most 1 false flag in 100 clean items, recall at least 97%) is not met: the guards sit
just beyond what was measured, once each time with the rule final (sessions 7 and 8), so that a
change for the worse fails.
"""

from __future__ import annotations

from collections import Counter

from wordsets import WordSet, caught

#: Measured in session 7 with the rule final before the set was opened: false flags 4.6% (11/240),
#: recall 70.0% (56/80: 50 as hard words, 6 as system words). The checker before that session's
#: changes gave 5.8% (14/240) and 67.5% (54/80: 48 and 6). Session 8, with the age-of-acquisition rule
#: final (data/age_of_acquisition.tsv), measured once: 3.3% (8/240), 72.5% (58/80: 52 and 6).
MAX_FALSE_FLAGS = 0.04
MIN_RECALL = 0.71

WORDS = WordSet("blind_child_words_2.yaml")
BANDS = ("early", "young", "middle", "teen", "young_adult")


def _entries():
    def band(entry):
        return entry["band"].replace(" ", "_")
    clean = [{**e, "band": band(e)} for e in WORDS.data["clean"]]
    planted = [{**e, "band": band(e)} for e in WORDS.data["planted"]]
    return clean, planted


CLEAN, PLANTED = _entries()


def test_the_set_is_whole():
    assert len(CLEAN) == 240 and len(PLANTED) == 80
    assert Counter(e["band"] for e in CLEAN) == {band: 48 for band in BANDS}
    assert Counter(e["band"] for e in PLANTED) == {band: 16 for band in BANDS}
    assert all(e["word"].lower() in e["text"].lower() for e in PLANTED)


def test_blind_figures(capsys):
    flagged = [e for e in CLEAN if WORDS.notes(e)]
    missed = [e for e in PLANTED if not caught(WORDS.notes(e), e["word"])]
    as_hard = sum(caught(WORDS.notes(e), e["word"], system_words=False) for e in PLANTED)
    false_flags, recall = len(flagged) / len(CLEAN), 1 - len(missed) / len(PLANTED)
    with capsys.disabled():  # figures only: never the sentences or the words
        print(f"\n[blind child words 2, held out] false flags {false_flags:.1%} ({len(flagged)}/{len(CLEAN)}), "
              f"recall {recall:.1%} ({len(PLANTED) - len(missed)}/{len(PLANTED)}; as a hard word "
              f"{as_hard}/{len(PLANTED)})")
        for band in BANDS:
            print(f"  {band}: false flags {sum(e['band'] == band for e in flagged)}/48, "
                  f"missed {sum(e['band'] == band for e in missed)}/16")
    assert false_flags <= MAX_FALSE_FLAGS and recall >= MIN_RECALL
