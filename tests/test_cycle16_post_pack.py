"""Blind review 28 F13: posted consultation papers: each invitation says "There is a booklet with this
letter", so one recipient's invitation and booklet go in one envelope, behind one cover."""

from __future__ import annotations

import csv
from collections import defaultdict

from pypdf import PdfReader

from recordfiles import require_libreoffice
from test_consult import planned, write_yaml
from test_send_consult import run, server  # noqa: F401 (server: the fixture)

require_libreoffice()


def test_one_envelope_per_recipient_for_the_invitation_and_its_booklet(tmp_path, server):
    data = planned("teen")
    addresses = {"child": "12 Quarrington Way, Scunthorpe, DN16 4RT", "parent": "4 Mill Lane, Goole, DN14 5AA",
                 "carer": "12 Quarrington Way, Scunthorpe, DN16 4RT", "other": "9 Dock Street, Hull, HU1 3AB",
                 "social_worker": "Civic Centre, Hull, HU1 2AA"}
    for recipient in data["distribution"]:
        recipient["address"] = addresses[recipient["role"]]
    records = tmp_path / "records"
    records.mkdir()
    write_yaml(records / "planned.yaml", data)
    out = tmp_path / "out"
    result = run("batch", str(records), "-o", str(out), "--allow-untranslated", "--workers", "1",
                 "--today", "2026-08-20")
    assert result.exit_code == 0, result.output
    settings = tmp_path / "council.toml"
    settings.write_text(server.settings_toml(), encoding="utf-8")
    pack = tmp_path / "pack.pdf"
    result = run("--settings", str(settings), "send", str(out / "manifest.csv"), "--post-pack", str(pack))
    assert result.exit_code == 0, result.output

    with open(pack.with_suffix(".csv"), encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    by_envelope = defaultdict(list)
    for row in rows:
        by_envelope[row["envelope"]].append(row)
    booklets = [r for r in rows if "_booklet_" in r["copy"]]
    assert booklets, rows
    for booklet in booklets:   # in the envelope of the same recipient's invitation
        papers = by_envelope[booklet["envelope"]]
        assert {r["recipient"] for r in papers} == {booklet["recipient"]}
        assert any("_invitation_" in r["copy"] for r in papers), papers
    assert len(by_envelope) == len({(r["recipient"], r["role"]) for r in rows})
    assert f"Post pack: {len(by_envelope)} envelope(s)" in result.output

    # One cover per envelope, naming both papers; the pages run on without another cover.
    reader = PdfReader(pack)
    covers = [i for i, page in enumerate(reader.pages) if "Private and confidential" in (page.extract_text() or "")]
    assert len(covers) == len(by_envelope)
    for number, papers in by_envelope.items():
        first = int(papers[0]["first_page"])
        cover = reader.pages[first - 1].extract_text()
        assert f"Envelope {number} of {len(by_envelope)}" in cover and papers[0]["recipient"] in cover
        for before, after in zip(papers, papers[1:]):
            assert int(after["first_page"]) == int(before["last_page"]) + 1
    assert int(rows[-1]["last_page"]) == len(reader.pages)
