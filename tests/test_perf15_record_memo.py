"""Work on a record that making its copies repeats, done once while it cannot change
(recordgen/support/memo.py): the same copies, the work done once."""

from __future__ import annotations

import threading
from pathlib import Path

from recordgen import api
from recordgen.support import memo
from recordgen.translation import items

ROOT = Path(__file__).resolve().parents[1]


def test_a_parents_copy_works_out_its_languages_items_once(monkeypatch):
    """Sam's Urdu-reading mother's copy (a confidential placement): the items as she reads them were
    worked out for the copy's translations and again for its actions table."""
    loaded = api.load_record(ROOT / "examples" / "review-sam-9.yaml")
    mother = next(r for r in loaded.record.distribution if r.role.value == "parent")
    calls = []
    as_read = items._as_read
    monkeypatch.setattr(items, "_as_read", lambda record, readers: calls.append(1) or as_read(record, readers))
    renderer = api.Renderer(allow_untranslated=True)
    first = renderer.render_copy(loaded, mother)
    assert len(calls) == 1
    again = renderer.render_copy(loaded, mother)  # a new copy: worked out afresh (the record may have changed)
    assert len(calls) == 2
    assert first.data == again.data


def test_answers_are_kept_only_inside_the_scope_and_by_record():
    made = []

    @memo.per_record
    def work(record, language):
        made.append((record["name"], language))
        return (record["name"], language)

    one, other = {"name": "one"}, {"name": "other"}
    work(one, "ur"), work(one, "ur")
    assert len(made) == 2  # no scope: nothing kept
    with memo.record_unchanged():
        assert work(one, "ur") == work(one, "ur") == ("one", "ur")
        assert work(other, "ur") == ("other", "ur") and work(one, "ps") == ("one", "ps")
        with memo.record_unchanged():  # nested: the outer scope's answers
            work(one, "ur")
        seen = []
        thread = threading.Thread(target=lambda: seen.append(work(one, "ur")))  # another thread: its own
        thread.start(), thread.join()
    assert made[2:] == [("one", "ur"), ("other", "ur"), ("one", "ps"), ("one", "ur")]
    work(one, "ur")
    assert len(made) == 7


def test_a_batchs_record_works_out_who_is_around_the_child_once_for_all_its_copies(monkeypatch):
    """Inside one record's scope (as a batch makes its copies), what every copy says alike is worked out once."""
    from recordgen.rendering import sentences

    loaded = api.load_record(ROOT / "examples" / "review-sam-9.yaml")
    calls = []
    roles = sentences._carers_roles
    monkeypatch.setattr(sentences, "_carers_roles", lambda record: calls.append(1) or roles(record))
    renderer = api.Renderer(allow_untranslated=True)
    alone = [renderer.render_copy(loaded, r).data for r in loaded.record.distribution]
    assert len(calls) == len(loaded.record.distribution)  # once in each copy (it was asked twice a copy)
    calls.clear()
    with memo.record_unchanged():
        together = [renderer.render_copy(loaded, r).data for r in loaded.record.distribution]
    assert len(calls) == 1
    assert together == alone
