"""send for a planned review's papers: each invitation and booklet goes with its own covering note,
against the real SMTP test server (aiosmtpd), every message read back."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from recordgen.cli import main_group
from recordgen.distribution.manifest import read_manifest
from recordgen.distribution.message import FSI, RLM

from mailserver import PASSWORD, MailServer
from test_consult import planned, write_yaml


def run(*args: str):
    return CliRunner().invoke(main_group, list(args), env={"RECORDGEN_SMTP_PASSWORD": PASSWORD},
                              catch_exceptions=False)


@pytest.fixture
def server(tmp_path):
    mail = MailServer(tmp_path).start()
    yield mail
    mail.stop()


def test_invitations_and_booklets_go_with_their_own_note_and_nothing_withheld(tmp_path, server):
    data = planned("teen")
    emails = {"child": "robin@example.org", "parent": "amina@example.org", "carer": "gail@example.org",
              "social_worker": "jo.smith@example.gov.uk"}
    for recipient in data["distribution"]:
        if recipient["role"] in emails:
            recipient["email"] = emails[recipient["role"]]
        if recipient["role"] == "parent":
            recipient["language"] = "ar"
    records = tmp_path / "records"
    records.mkdir()
    write_yaml(records / "planned.yaml", data)
    out = tmp_path / "out"
    result = run("batch", str(records), "-o", str(out), "--allow-untranslated", "--workers", "1",
                 "--today", "2026-08-20")   # before the planned day
    assert result.exit_code == 0, result.output
    settings = tmp_path / "council.toml"
    settings.write_text(server.settings_toml(), encoding="utf-8")

    result = run("--settings", str(settings), "send", str(out / "manifest.csv"))
    assert result.exit_code == 0, result.output
    rows = {Path(row.path).name: row for row in read_manifest(out / "manifest.json") if row.path}
    # Everyone with an email gets each of their papers; Dean (no email) is left for the post.
    assert "Sent: 7; failed: 0; already sent: 0; left for post: 1." in result.output, result.output
    received = server.handler.received
    assert len(received) == 7
    for got in received:
        message = got.message
        (attachment,) = list(message.iter_attachments())
        row = rows[attachment.get_filename()]
        assert row.kind in ("invitation", "booklet") and row.send_state == "sent"
        assert attachment.get_content() == (out / row.path).read_bytes()
        assert got.rcpt_tos == [emails[row.role]]
        plain = message.get_body(("plain",)).get_content()
        html = message.get_body(("html",)).get_content()
        subject = str(message["Subject"])
        if row.language == "en":
            wanted = {("invitation", True): "Your review meeting on ", ("invitation", False): "Invitation to the review on ",
                      ("booklet", True): "Your booklet for your review on ",
                      ("booklet", False): "Booklet for your views before the review on "}
            assert subject.startswith(wanted[(row.kind, row.role == "child")]) and "15 September 2026" in subject
            assert "record" not in (subject + plain).casefold()   # not a record's note
            if row.kind == "booklet":
                assert "Please send it back to Helen Price before the meeting." in plain
            else:
                assert "Here is your invitation to" in plain
        else:   # Arabic: right to left, the IRO's name isolated
            assert all(line.startswith(RLM) for line in plain.splitlines() if line.strip())
            assert FSI + "Helen Price" in plain and 'dir="rtl"' in html
        assert "01632 960100" in plain and "helen.price@example.gov.uk" in plain
        # The note names no one kept from the reader and nothing of the confidential placement.
        for secret in ("Quarrington", "Brackenhill", "Rowbotham", "Pennifold" if row.role == "parent" else "\x00"):
            assert secret not in plain + html + subject, (secret, row.path)

    again = run("--settings", str(settings), "send", str(out / "manifest.csv"))
    assert "Sent: 0; failed: 0; already sent: 7; left for post: 1." in again.output and len(received) == 7
