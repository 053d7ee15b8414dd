"""A little child's copy made again while they are still under 8 is still read to them by the carer
(blind review 31, finding 1): Yusuf's review at 2, made again at 5, gave his carer what was kept from her,
with "(This is not in Rebecca's copy.)" after it."""

from __future__ import annotations

import pytest

from recordfiles import LILY, rendered_copies, the_copy, write_record

KEPT = "Your dad has been arrested and the police are looking into how you were hurt."


def _kept_from_carer(data):
    data["worries"].append({"text": KEPT, "withhold_from": ["carer"]})


# Lily was born on 20 January 2023; her review was on 24 February 2026.
@pytest.mark.parametrize("today, shown", [("2026-03-10", False), ("2028-01-19", False), ("2028-01-21", False),
                                          ("2030-06-01", False), ("2031-02-01", True)])
def test_a_copy_made_again_while_the_child_is_under_8_leaves_out_what_is_kept_from_the_carer(
        tmp_path, monkeypatch, today, shown):
    monkeypatch.setenv("RECORDGEN_TODAY", today)
    path = write_record(tmp_path, _kept_from_carer, base=LILY)
    texts = rendered_copies(tmp_path, path, "--allow-untranslated")
    assert (KEPT in the_copy(texts, "_child-lily")) is shown
