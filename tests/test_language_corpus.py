"""Measured, not hoped: recall and false flag rate on the labelled corpus.

Run `pytest tests/test_language_corpus.py -s` to see the figures.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from ruamel.yaml import YAML

from recordgen.wording import KINDS, ChildWords, check_text

CORPUS = Path(__file__).with_name("language_corpus.yaml")
MIN_RECALL = 0.90
MAX_FALSE_FLAGS = 0.05


def _load():
    data = YAML(typ="safe").load(CORPUS.read_text(encoding="utf-8"))
    children = {key: ChildWords.of(c["name"], c.get("known_as"), c.get("pronouns"))
                for key, c in data["children"].items()}
    return data["entries"], children


ENTRIES, CHILDREN = _load()


def _notes(entry):
    return check_text(entry["text"], field=entry.get("field", "item"), band=entry.get("band", "teen"),
                      child=CHILDREN[entry.get("child", "kay")])


def measure(entries):
    planted = [e for e in entries if e["expect"] != "clean"]
    clean = [e for e in entries if e["expect"] == "clean"]
    missed = [e for e in planted if not any(n.kind == e["expect"] for n in _notes(e))]
    flagged = [(e, _notes(e)) for e in clean]
    flagged = [(e, notes) for e, notes in flagged if notes]
    return planted, clean, missed, flagged


def test_corpus_is_big_balanced_and_covers_every_kind():
    planted = [e for e in ENTRIES if e["expect"] != "clean"]
    clean = [e for e in ENTRIES if e["expect"] == "clean"]
    assert len(ENTRIES) >= 200
    assert abs(len(planted) - len(clean)) <= len(ENTRIES) * 0.1
    assert {e["expect"] for e in planted} == set(KINDS)
    assert all(e["expect"] in {"clean", *KINDS} for e in ENTRIES)
    assert len({(e.get("field"), e["text"]) for e in ENTRIES}) == len(ENTRIES), "a sentence is in the corpus twice"


@pytest.mark.parametrize("which", ["all", "held-out"])
def test_recall_and_false_flags(which, capsys):
    entries = ENTRIES if which == "all" else [e for e in ENTRIES if e.get("set") == "held-out"]
    planted, clean, missed, flagged = measure(entries)
    recall = 1 - len(missed) / len(planted)
    false_flags = len(flagged) / len(clean)
    with capsys.disabled():
        print(f"\n[{which}] recall {recall:.1%} ({len(planted) - len(missed)}/{len(planted)}), "
              f"false flags {false_flags:.1%} ({len(flagged)}/{len(clean)})")
        for kind in KINDS:
            of_kind = [e for e in planted if e["expect"] == kind]
            caught = len(of_kind) - sum(e in missed for e in of_kind)
            print(f"  {kind:<14} {caught}/{len(of_kind)}")
        for entry in missed:
            print(f"  missed {entry['expect']}: {entry['text']}")
        for entry, notes in flagged:
            print(f"  false flag: {entry['text']} -> {[n.message for n in notes]}")
    assert recall >= MIN_RECALL
    assert false_flags <= MAX_FALSE_FLAGS


def test_every_kind_is_caught_on_its_own():
    # Recall per kind, so a strong kind cannot hide a broken one.
    planted, _, missed, _ = measure(ENTRIES)
    for kind in KINDS:
        of_kind = [e for e in planted if e["expect"] == kind]
        caught = len(of_kind) - sum(e in missed for e in of_kind)
        assert caught / len(of_kind) >= MIN_RECALL, kind
