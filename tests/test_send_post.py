"""recordgen send --post-pack: every copy going by post, behind a cover sheet for a window envelope."""

from __future__ import annotations

import csv

from pypdf import PdfReader

from fictional import fictional_record, record_yaml

from test_send import make_records, rows_by_path, run, server, settings_file  # noqa: F401 (fixture)

from recordfiles import require_libreoffice  # noqa: E402

require_libreoffice()


def test_the_post_pack_has_a_cover_for_each_copy_and_never_the_childs_address(tmp_path, server):
    records = tmp_path / "records"
    make_records(records, 2)
    third = fictional_record(2)
    placement = third["placement"]["address"]
    for recipient in third["distribution"]:
        if recipient["role"] == "parent":       # given the child's confidential address by mistake (below)
            recipient["address"] = "9 Other Street, Exampleton, EX9 9ZZ"
        elif recipient["role"] == "carer":      # reads Arabic; by post
            recipient.update(language="ar", address="7 Quarry Row, Exampleton, EX3 4CC")
        else:
            recipient["email"] = f"{recipient['role']}.2@example.org"
    (records / "review-2.yaml").write_text(record_yaml(third), encoding="utf-8")
    out = tmp_path / "out"
    made = run("batch", str(records), "-o", str(out), "--allow-untranslated", "--format", "docx",
               "--workers", "1", "--today", "2026-01-20")
    assert made.exit_code == 0, made.output
    # validate refuses it before the batch (tests/test_leaks35_postal_address.py); send's own check is the
    # last guard, for a record changed after its batch.
    for recipient in third["distribution"]:
        if recipient["role"] == "parent":
            recipient["address"] = placement
    (records / "review-2.yaml").write_text(record_yaml(third), encoding="utf-8")
    manifest = out / "manifest.csv"
    pack = tmp_path / "post" / "pack.pdf"
    (tmp_path / "post").mkdir()

    dry = run("--settings", settings_file(tmp_path, server), "send", str(manifest), "--dry-run",
              "--post-pack", str(pack))
    assert dry.output.count("would go in the post pack") == 3 and not pack.exists()

    result = run("--settings", settings_file(tmp_path, server), "send", str(manifest), "--post-pack", str(pack))
    assert result.exit_code == 1, result.output  # the parent given the child's address
    assert "child's confidential placement address" in result.output
    rows = rows_by_path(manifest)
    packed = [r for r in rows.values() if r.send_state == "post_pack"]
    assert [(r.child_id, r.role) for r in packed] == [("FX-10000", "other"), ("FX-10001", "parent"),
                                                      ("FX-10002", "carer")]  # in manifest order
    refused = next(r for r in rows.values() if r.child_id == "FX-10002" and r.role == "parent")
    assert refused.send_state == "failed" and "placement address" in refused.send_reason

    with open(pack.with_suffix(".csv"), encoding="utf-8", newline="") as handle:
        envelopes = list(csv.DictReader(handle))
    assert [e["copy"] for e in envelopes] == [r.path for r in packed]
    reader = PdfReader(pack)
    assert int(envelopes[-1]["last_page"]) == len(reader.pages)
    for envelope in envelopes:
        first, last = int(envelope["first_page"]), int(envelope["last_page"])
        cover = reader.pages[first - 1].extract_text()
        assert "Private and confidential" in cover and envelope["recipient"] in cover
        assert envelope["address"].split(",")[0] in cover
        assert "Larch Close" not in cover  # never the child's address
        body = " ".join(reader.pages[i].extract_text() for i in range(first, last))
        assert "This copy is for" in body or envelope["recipient"].split()[0] in body
    assert "Quay Street" in reader.pages[0].extract_text()
    assert "Private and confidential" in result.output or "Post pack: 3 envelope(s)" in result.output

    # A rerun does not pack them again.
    again = run("--settings", settings_file(tmp_path, server), "send", str(manifest), "--post-pack",
                str(tmp_path / "post" / "again.pdf"))
    assert "put in a post pack at" in again.output and not (tmp_path / "post" / "again.pdf").exists()
