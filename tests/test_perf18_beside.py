"""A record rendered alone takes its child's other reviews from its folder (rules/chain.py ``beside``).
The page and an integration render one copy after another in one process: a folder of many children's
records is read once, not once per copy, and a file that changes (added, its id changed, rewritten
with the same size and times) is read again. Real files; a copy rendered and read back."""

from __future__ import annotations

import os
import time

import pytest

from recordfiles import docx_text, write_record
from recordgen import api
from recordgen.rules import chain
from recordgen.rules.chain import beside
from test_claims32_chain_copies import _long, _review

HELD, PLANNED = "2026-03-03", "2026-05-20"
TOLD = f"Your next review is on {_long(PLANNED)}."


@pytest.fixture
def settled(monkeypatch):
    """Files count as settled at once (they are otherwise read again for 2 s after a change, as a
    write in the same tick of the file system's clock keeps their times)."""
    from recordgen.support import files

    monkeypatch.setattr(files, "SETTLED_NS", -10**12)
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-03-10")


def _folder(tmp_path, others: int = 20):
    folder = tmp_path / "in"
    folder.mkdir()
    held = write_record(folder, _review(HELD, 2), name="r1.yaml")
    for n in range(others):
        write_record(folder, lambda d, n=n: d["child"].update(id=f"NL-9{n:04d}"), name=f"other{n:02d}.yaml")
    return folder, held


def _counting_reads(monkeypatch) -> list[str]:
    reads: list[str] = []
    real = chain._first_id
    monkeypatch.setattr(chain, "_first_id", lambda path: (reads.append(os.path.basename(path)), real(path))[1])
    return reads


def test_a_second_lookup_reads_no_file_again(tmp_path, settled, monkeypatch):
    folder, held = _folder(tmp_path)
    write_record(folder, _review(PLANNED, 3, status="planned"), name="r2.yaml")
    reads = _counting_reads(monkeypatch)
    loaded = api.load_record(held)
    first = beside(loaded.record, loaded.file)
    assert len(reads) == 21  # every other record's head, once
    reads.clear()
    listed = []
    real_scandir = os.scandir
    monkeypatch.setattr(os, "scandir", lambda path: (listed.append(path), real_scandir(path))[1])
    again = api.load_record(held)
    second = beside(again.record, again.file)
    assert reads == [] and listed == []  # neither the folder listed nor a file read again
    assert second.reviews(loaded.record.child.id) == first.reviews(loaded.record.child.id)
    assert second.after(loaded.record.child.id, loaded.record.review.date).date.isoformat() == PLANNED


def test_a_file_added_or_changed_is_seen(tmp_path, settled, monkeypatch):
    folder, held = _folder(tmp_path)
    loaded = api.load_record(held)
    child = loaded.record.child.id
    assert beside(loaded.record, loaded.file) is None
    # Each change a tick of the file system's clock after the last (the settled fixture trusts at once).
    tick = lambda: time.sleep(0.05)  # noqa: E731
    # Added: the child's planned next review.
    tick()
    planned = write_record(folder, _review(PLANNED, 3, status="planned"), name="r2.yaml")
    found = beside(loaded.record, loaded.file)
    assert found is not None and found.after(child, loaded.record.review.date).date.isoformat() == PLANNED
    # Its id changed to another child's: no longer the child's review.
    text = planned.read_text(encoding="utf-8")
    stat = planned.stat()
    other = text.replace(f"id: {child}", "id: XX-" + child[3:], 1)
    assert other != text and len(other) == len(text)
    tick()
    planned.write_text(other, encoding="utf-8")
    os.utime(planned, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # the same size and modification time
    assert beside(loaded.record, loaded.file) is None
    # And back, to a day moved: seen again.
    moved = "2026-05-27"
    tick()
    planned.write_text(text.replace(PLANNED, moved), encoding="utf-8")
    found = beside(loaded.record, loaded.file)
    assert found.after(child, loaded.record.review.date).date.isoformat() == moved
    # Removed: gone.
    tick()
    planned.unlink()
    assert beside(loaded.record, loaded.file) is None


def test_a_change_within_the_clocks_tick_is_read_again(tmp_path, monkeypatch):
    """Not settled: a file changed just now is read on every lookup (by the cheap look for the child's
    id in it) and not kept, whatever its status says; a changed id is seen at once."""
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-03-10")
    folder, held = _folder(tmp_path, others=3)
    looked: list[str] = []
    real = chain._first_id_is
    monkeypatch.setattr(chain, "_first_id_is",
                        lambda path, wanted: (looked.append(os.path.basename(path)), real(path, wanted))[1])
    loaded = api.load_record(held)
    assert beside(loaded.record, loaded.file) is None
    assert beside(api.load_record(held).record, loaded.file) is None
    assert len(looked) == 6
    other = folder / "other00.yaml"
    other.write_text(other.read_text(encoding="utf-8").replace("NL-90000", loaded.record.child.id),
                     encoding="utf-8")
    found = beside(api.load_record(held).record, loaded.file)
    assert found is not None and [e.file.rsplit("/", 1)[-1] for e in found.reviews(loaded.record.child.id)] \
        in (["other00.yaml", "r1.yaml"], ["r1.yaml", "other00.yaml"])


def test_the_copy_rendered_twice_in_one_process_tells_the_next_review(tmp_path, settled, monkeypatch):
    folder, held = _folder(tmp_path)
    renderer = api.Renderer()
    loaded = api.load_record(held)
    child = api.recipient_for(loaded.record, "child")
    before = " ".join(docx_text(renderer.render_copy(loaded, child).data).split())
    assert TOLD not in before
    write_record(folder, _review(PLANNED, 3, status="planned"), name="r2.yaml")
    after = " ".join(docx_text(renderer.render_copy(api.load_record(held), child).data).split())
    assert TOLD in after and "will be by" not in after


# The siblings' check beside a record (rules/siblings.py ``problems_beside``: render, validate of one
# file, the page's check) reads the folder's files the same way: once while they are unchanged.

_SIBLINGS = __import__("pathlib").Path(__file__).parent / "data_leaks41" / "siblings"
_SECRET = "Llewellyn-Jones"


def _siblings_folder(tmp_path, others: int = 10):
    import shutil

    folder = tmp_path / "sib"
    folder.mkdir()
    for name in ("review-rhys-14.yaml", "review-cerys-10.yaml"):
        shutil.copy(_SIBLINGS / name, folder / name)
    for n in range(others):
        write_record(folder, lambda d, n=n: d["child"].update(id=f"NL-8{n:04d}"), name=f"other{n:02d}.yaml")
    return folder


def _sibling_errors(folder) -> list[str]:
    loaded = api.load_record(folder / "review-rhys-14.yaml")
    return [d.message for d in api.sibling_problems_beside([loaded]) if d.severity == "error"]


def test_the_siblings_check_beside_a_record_reads_each_file_once_and_sees_a_change(tmp_path, settled,
                                                                                   monkeypatch):
    from recordgen.rules import siblings

    folder = _siblings_folder(tmp_path)
    reads: list[str] = []
    real = siblings._file_facts
    monkeypatch.setattr(siblings, "_file_facts", lambda path: (reads.append(os.path.basename(path)), real(path))[1])
    first = _sibling_errors(folder)
    assert len(first) == 1 and _SECRET in first[0]
    assert len(reads) == 11  # Cerys's and the ten others', once
    reads.clear()
    assert _sibling_errors(folder) == first and reads == []
    # Cerys's placement no longer confidential: read again, nothing kept from dad.
    time.sleep(0.05)
    cerys = folder / "review-cerys-10.yaml"
    text = cerys.read_text(encoding="utf-8")
    assert "confidential: true" in text
    cerys.write_text(text.replace("confidential: true", "confidential: false"), encoding="utf-8")
    assert _sibling_errors(folder) == [] and reads == ["review-cerys-10.yaml"]
