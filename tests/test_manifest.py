"""The manifest read back as it was written, by `send`, `report` and `mark-sent`."""

from __future__ import annotations

from recordgen.distribution.manifest import MANIFEST_CSV, MANIFEST_JSON, CopyRow, ManifestWriter, read_manifest

HEADER = {"format": "recordgen-manifest/1", "today": "2026-02-02", "nation": "england"}


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
