"""The manifest: one writer for manifest.json (the batch streams it, `send` saves it whole, in the same
bytes), read back as it was written by `send`, `report` and `mark-sent`."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import given, strategies as st

from recordgen.distribution.manifest import (
    MANIFEST_CSV,
    MANIFEST_JSON,
    CopyRow,
    ManifestStore,
    ManifestWriter,
    read_manifest,
)

HEADER = {"format": "recordgen-manifest/1", "today": "2026-02-02", "nation": "england",
          "working_folder": '/home/iro/Révisions "2026"'}
TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=40)


def _row(number: int, text: str) -> CopyRow:
    return CopyRow(source=f"records/{text}.yaml", child_id=f"C{number}", review_date="2026-02-02",
                   recipient=text, role="parent", language="ur", format="docx",
                   path=f"C{number}/copy-{number}.docx", sha256="ab" * 32, size=1234 + number,
                   status="ready", reason=text, working_days_left=number - 1)


@given(texts=st.lists(TEXT, max_size=4))
def test_a_manifest_send_saves_unchanged_is_the_batchs_bytes(texts):
    rows = [_row(number, text) for number, text in enumerate(texts)]
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        writer = ManifestWriter(folder, HEADER)
        writer.add(rows)
        writer.commit()
        by_batch = {name: (folder / name).read_bytes() for name in (MANIFEST_JSON, MANIFEST_CSV)}

        ManifestStore(folder / MANIFEST_JSON).save()

        assert {name: (folder / name).read_bytes() for name in by_batch} == by_batch
        data = json.loads(by_batch[MANIFEST_JSON])
        assert {k: v for k, v in data.items() if k != "copies"} == HEADER
        for name in (MANIFEST_JSON, MANIFEST_CSV):
            assert [row.as_dict() for row in read_manifest(folder / name)] == [row.as_dict() for row in rows]


def test_a_copy_send_marks_is_saved_in_both_files(tmp_path):
    writer = ManifestWriter(tmp_path, HEADER)
    writer.add([_row(1, "Amina Khan")])
    writer.commit()
    store = ManifestStore(tmp_path / MANIFEST_CSV)  # the JSON is read whenever it is there
    store.update(store.rows[0], send_state="sent", sent_at="2026-02-03T10:00:00Z")
    for name in (MANIFEST_JSON, MANIFEST_CSV):
        (row,) = read_manifest(tmp_path / name)
        assert (row.send_state, row.sent_at, row.recipient) == ("sent", "2026-02-03T10:00:00Z", "Amina Khan")
    assert json.loads((tmp_path / MANIFEST_JSON).read_text(encoding="utf-8"))["nation"] == "england"


def test_no_working_days_left_and_a_carriage_return_read_back_as_written(tmp_path):
    # A copy due today has 0 working days left: the JSON's 0 came back empty.
    # A "\r" in a field came back from the CSV as "\n" (newlines were translated on reading).
    row = CopyRow(source="records/sam.yaml", child_id="C1", review_date="2026-02-02", recipient="Amina\rKhan",
                  path="C1/copy.docx", size=10, status="ready", working_days_left=0)
    writer = ManifestWriter(tmp_path, HEADER)
    writer.add([row])
    writer.commit()
    for name in (MANIFEST_JSON, MANIFEST_CSV):
        (again,) = read_manifest(tmp_path / name)
        assert (again.working_days_left, again.recipient, again.size) == (0, "Amina\rKhan", 10), name


def _sent_manifest(folder: Path, rows: int, sent: set[int]) -> None:
    writer = ManifestWriter(folder, HEADER)
    writer.add(_row(n, f"Reader {n}") for n in range(rows))
    writer.commit()
    store = ManifestStore(folder / MANIFEST_JSON)
    for n in sent:
        store.rows[n].send_state, store.rows[n].sent_at = "sent", "2026-02-03T10:00:00Z"
    store.save()


def test_a_rerun_reads_the_earlier_manifest_a_copy_at_a_time(tmp_path):
    """A rerun keeps what `send` did to each copy still the same; it must not hold the earlier
    manifest whole (110,000 rows for 30,000 records) to find the few copies sent."""
    import tracemalloc

    from recordgen.distribution.manifest import _previous_delivery

    _sent_manifest(tmp_path, 5000, {3, 4000})
    tracemalloc.start()
    try:
        kept = _previous_delivery(tmp_path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert sorted(kept) == ["C3/copy-3.docx", "C4000/copy-4000.docx"]
    assert kept["C3/copy-3.docx"].sent_at == "2026-02-03T10:00:00Z"
    assert peak < 300_000, f"{peak} bytes to read a manifest of {(tmp_path / MANIFEST_JSON).stat().st_size}"


def test_an_earlier_manifest_edited_by_hand_is_still_read(tmp_path):
    from recordgen.distribution.manifest import _previous_delivery

    _sent_manifest(tmp_path, 3, {1})
    data = json.loads((tmp_path / MANIFEST_JSON).read_text(encoding="utf-8"))
    (tmp_path / MANIFEST_JSON).write_text(json.dumps(data, indent=4), encoding="utf-8")
    assert sorted(_previous_delivery(tmp_path)) == ["C1/copy-1.docx"]
    (tmp_path / MANIFEST_JSON).write_text(json.dumps(data), encoding="utf-8")  # all on one line
    assert sorted(_previous_delivery(tmp_path)) == ["C1/copy-1.docx"]


def test_a_merged_manifest_says_so_when_one_part_was_made_with_the_fictional_contacts(tmp_path):
    """Fix 13, 2: `send` refuses copies a batch made with the fictional Children's Rights contacts,
    read from the manifest's header: a merge of shards keeps it when any part has it."""
    from recordgen.distribution.manifest import merge_manifests

    facts = {"format": "recordgen-manifest/1", "nation": "england", "distribution_working_days": 20,
             "today": "2026-01-20"}
    for index, fictional in ((1, False), (2, True)):
        (tmp_path / f"part-{index}").mkdir()
        (tmp_path / f"part-{index}" / "manifest.json").write_text(
            json.dumps({**facts, "example_contacts": fictional, "copies": []}), encoding="utf-8")
    merge_manifests([tmp_path / "part-1", tmp_path / "part-2"], tmp_path / "merged")
    assert json.loads((tmp_path / "merged" / "manifest.json").read_text())["example_contacts"] is True
