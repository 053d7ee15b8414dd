"""A batch's copies made with less work, each the same (issue 20, perf17).

What is checked here is that work a copy or a record's validation repeated is done once; that
every copy stays byte for byte the same is ``benchmarks/bench_worker.py --check`` (and every
test of what the copies say).
"""

from __future__ import annotations

import collections
from pathlib import Path

from recordgen.record.loading import load_record
from recordgen.rules import paraphrase

ROOT = Path(__file__).resolve().parent.parent


def test_the_paraphrase_check_finds_each_texts_phrases_once(monkeypatch):
    """Each withheld item read against each shown text looked for the same two texts' phrases again
    (three times a pair): now once a text, as its words are."""
    calls: collections.Counter = collections.Counter()
    original = paraphrase._phrases

    def counted(text, told=False):
        calls[(text, told)] += 1
        return original(text, told)

    monkeypatch.setattr(paraphrase, "_phrases", counted)
    record = load_record(ROOT / "examples" / "review-sam-9.yaml").record
    assert paraphrase._withheld_texts(record)  # withheld items, read against every shown text
    list(paraphrase.paraphrases(record))
    assert calls and max(calls.values()) == 1
