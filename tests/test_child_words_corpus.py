"""Words children know: no false flags on sentences full of them (issue 17, item 14).

`tests/child_words_corpus.yaml` holds 240 clean sentences written to children
with everyday words adult text rarely uses ("jigsaw", "hutch", "sandcastle"),
120 of them held out. Run `pytest tests/test_child_words_corpus.py -s` for the
figures; as in test_language_corpus, only the tuning part's flags are printed.

The issue's goal is at most 1 false flag in 100 clean items. Before WordNet's
child words, 31.7% of the held-out part was flagged; after, 4.2% (5 of 120); with
plain -ed/-ing words no longer taken for Latinate ones ("floated", a held-out word seen
when it was changed, so this figure is no longer blind), 3.3% (4 of 120); with
WordNet's fairground rides and SCOWL's British words made with -er, -ery or -ie
(tools/build_british_words.py; no held-out item looked at), 2.5% (3 of 120), 4.2%
(5 of 120) on the tuning part: the goal is not met. What is left on the tuning part
are words no packaged English lexicon lists or builds from an everyday word
("waltzers", a dancer to WordNet, "pedalo", "slushie", "helter skelter", "plaiting").
With a child's own word-making and more of WordNet's world (session 7: shoes, hairstyles,
adornments, parties, -le verbs of moving; no held-out item looked at), 1.7% (2 of 120),
3.3% (4 of 120) on the tuning part. With the age a word is learned at (session 8: Kuperman et al.
2012, the British norms where earlier; no held-out item looked at), 0.8% (1 of 120), 3.3% (4 of 120)
on the tuning part. With a pet name of a thing rated concrete at a thing's bar (session 12: "slushie";
no held-out item looked at), 0.8% held out, 2.5% (3 of 120) on the tuning part. The guard below is set just above what is measured,
so that a change that brings false flags back fails.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from ruamel.yaml import YAML

from wordsets import WordSet

CORPUS = Path(__file__).with_name("child_words_corpus.yaml")
#: The goal is 0.01 (issue 17, item 14); measured: 0.8% held out, 2.5% tuning (see above); session 18 (words17: the
#: fair's 'waltzers', 'helter-skelter', 'pedalo' in familiar.BRITISH_EVERYDAY) 0.8% held out, 0.0% tuning.
MAX_FALSE_FLAGS = 0.015


WORDS = WordSet(CORPUS.name)
ENTRIES = WORDS.entries


def _notes(entry):
    return WORDS.notes(entry)


def test_the_set_is_big_enough_and_mostly_held_out():
    assert len(ENTRIES) >= 200
    assert sum(e["set"] == "held-out" for e in ENTRIES) >= 100
    assert len({e["text"] for e in ENTRIES}) == len(ENTRIES)


@pytest.mark.parametrize("which", ["all", "tuning", "held-out"])
def test_everyday_child_words_are_not_flagged(which, capsys):
    entries = [e for e in ENTRIES if which == "all" or e["set"] == which]
    flagged = [(e, notes) for e in entries if (notes := _notes(e))]
    with capsys.disabled():
        print(f"\n[child words, {which}] {len(entries)} clean items: "
              f"false flags {len(flagged) / len(entries):.1%} ({len(flagged)}/{len(entries)})")
        if which == "tuning":  # never the held-out sentences themselves
            for entry, notes in flagged:
                print(f"  false flag ({entry['band']}): {entry['text']} -> {[n.message for n in notes]}")
    assert len(flagged) / len(entries) <= MAX_FALSE_FLAGS


@pytest.mark.parametrize("word", ["jigsaw", "hutch", "sandcastle"])
def test_the_words_the_reviewer_saw_flagged_are_familiar(word):
    sentence = f"You told me about the {word}."
    assert _notes({"text": sentence, "child": "leo", "band": "young"}) == []


BRITISH = Path(__file__).with_name("child_words_british.yaml")
#: Measured 4.3% (3 of 70: nativity, panto, advent; see the file's header: not a blind set); session 18 (words17,
#: familiar.BRITISH_EVERYDAY) 0.0%.
MAX_BRITISH_FALSE_FLAGS = 0.02


def test_british_childrens_words_are_mostly_not_flagged(capsys):
    entries = YAML(typ="safe").load(BRITISH.read_text(encoding="utf-8"))["entries"]
    assert len(entries) >= 60 and len({e["text"] for e in entries}) == len(entries)
    flagged = [(e, notes) for e in entries if (notes := _notes({**e, "child": "leo"}))]
    with capsys.disabled():
        print(f"\n[British child words, not blind] {len(entries)} clean items: "
              f"false flags {len(flagged) / len(entries):.1%} ({len(flagged)}/{len(entries)})")
        for entry, notes in flagged:
            print(f"  false flag ({entry['band']}): {entry['text']} -> {[n.word for n in notes]}")
    assert len(flagged) / len(entries) <= MAX_BRITISH_FALSE_FLAGS
