"""recordgen send --encrypt: PDF copies protected with AES-256, their passwords kept apart."""

from __future__ import annotations

import csv
import io
import stat
from pathlib import Path

from pypdf import PdfReader

from test_send import make_records, rows_by_path, run, server, settings_file  # noqa: F401 (fixture)

from recordfiles import require_libreoffice  # noqa: E402

require_libreoffice()


def test_encrypted_copies_open_only_with_the_password_sent_another_way(tmp_path, server):
    make_records(tmp_path / "records", 1)
    out = tmp_path / "out"
    made = run("batch", str(tmp_path / "records"), "-o", str(out), "--allow-untranslated", "--format", "pdf",
               "--workers", "1", "--today", "2026-01-20")
    assert made.exit_code == 0, made.output
    manifest = out / "manifest.csv"
    settings = settings_file(tmp_path, server)

    inside = run("--settings", settings, "send", str(manifest), "--encrypt", "--passwords", str(out / "p.csv"))
    assert inside.exit_code == 2 and "outside the batch folder" in inside.output
    alone = run("--settings", settings, "send", str(manifest), "--encrypt")
    assert alone.exit_code == 2 and "--passwords" in alone.output

    passwords = tmp_path / "private" / "passwords.csv"
    passwords.parent.mkdir()
    result = run("--settings", settings, "send", str(manifest), "--encrypt", "--passwords", str(passwords))
    assert result.exit_code == 0, result.output
    assert stat.S_IMODE(passwords.stat().st_mode) == 0o600
    with open(passwords, encoding="utf-8", newline="") as handle:
        by_copy = {row["copy"]: row for row in csv.DictReader(handle)}
    rows = rows_by_path(manifest)
    assert len(server.handler.received) == len(by_copy) == 4
    for got in server.handler.received:
        message = got.message
        attachment = next(message.iter_attachments())
        row = next(r for r in rows.values() if Path(r.path).name == attachment.get_filename())
        password = by_copy[row.path]["password"]
        assert by_copy[row.path]["email"] == got.rcpt_tos[0]
        assert password not in got.data.decode("ascii", "replace")  # never in the same email
        data = attachment.get_content()
        assert data != (out / row.path).read_bytes()
        reader = PdfReader(io.BytesIO(data))
        assert reader.is_encrypted
        encrypt = reader.trailer["/Encrypt"]
        assert (encrypt["/V"], encrypt["/R"]) == (5, 6)  # AES-256
        assert reader.decrypt("wrong-password") == 0
        assert reader.decrypt(password) != 0
        original = PdfReader(out / row.path)
        assert len(reader.pages) == len(original.pages)
        assert reader.pages[0].extract_text() == original.pages[0].extract_text()
        plain = message.get_body(("plain",)).get_content()
        if row.language == "en":
            assert "protected with a password" in plain
        assert row.send_state == "sent" or rows_by_path(manifest)[row.path].send_state == "sent"
    assert all("AES-256" in r.send_reason for r in rows_by_path(manifest).values() if r.send_state == "sent")
