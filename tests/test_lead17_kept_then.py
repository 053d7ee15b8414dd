"""The child's copy made once they are grown up says that things were kept from them then (blind review
30, finding 16): read at 26, silence passed for the whole record."""

from __future__ import annotations

import pytest

from recordfiles import rendered_copies, the_copy, write_record

NOTE = ("Some things were written only for the grown-ups then. They are not in this copy. You can ask the council "
        "to see all of your records.")


def _kept_from_sam(data):
    data["worries"].append({"text": "Your mum is unwell and in hospital.", "withhold_from": ["child"]})


@pytest.mark.parametrize("today, kept, said", [("2041-06-15", True, True), ("2026-03-10", True, False),
                                               ("2041-06-15", False, False)])
def test_a_grown_ups_copy_says_things_were_kept_from_them_then(tmp_path, monkeypatch, today, kept, said):
    monkeypatch.setenv("RECORDGEN_TODAY", today)
    path = write_record(tmp_path, _kept_from_sam if kept else None)
    texts = rendered_copies(tmp_path, path, "--allow-untranslated")
    assert (NOTE in the_copy(texts, "_child-sam")) is said
    assert NOTE not in the_copy(texts, "_carer-")
