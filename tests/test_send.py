"""recordgen send against a real SMTP server (aiosmtpd, STARTTLS and AUTH): every message read back."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from recordgen.cli import main_group
from fictional import fictional_record, record_yaml
from recordgen.distribution.manifest import read_manifest
from recordgen.distribution.send import SendAction
from recordgen.distribution.message import FSI, RLM
from recordgen.i18n import catalog

from mailserver import PASSWORD, MailServer
from recordfiles import docx_text

LANGUAGES = {"child": "en", "parent": "ar", "carer": "pl", "social_worker": "en"}


def run(*args: str, env: dict | None = None):
    env = {"RECORDGEN_SMTP_PASSWORD": PASSWORD, **(env or {})}
    return CliRunner().invoke(main_group, list(args), env=env, catch_exceptions=False)


@pytest.fixture
def server(tmp_path):
    mail = MailServer(tmp_path).start()
    yield mail
    mail.stop()


def make_records(folder: Path, count: int = 3) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for index in range(count):
        data = fictional_record(index)
        for recipient in data["distribution"]:
            role = recipient["role"]
            if role == "other":
                recipient["address"] = "Advocacy Service, 1 Quay Street, Exampleton, EX2 1AA"
                continue  # no email: goes by post
            if role == "parent" and index == 1:
                recipient["address"] = "Flat 2, 9 Mill Lane, Otherton, OT1 2BB"
                continue
            recipient["language"] = LANGUAGES[role]
            slug = recipient["name"].split()[0].lower()
            recipient["email"] = f"{slug}.{role}.{index}@example.org"
        (folder / f"review-{index}.yaml").write_text(record_yaml(data), encoding="utf-8")


def make_batch(tmp_path: Path, count: int = 3) -> Path:
    make_records(tmp_path / "records", count)
    out = tmp_path / "out"
    result = CliRunner().invoke(main_group, ["batch", str(tmp_path / "records"), "-o", str(out), "--allow-untranslated",
                                             "--format", "docx", "--workers", "1"],
                                catch_exceptions=False, env={"RECORDGEN_TODAY": "2026-01-20"})  # made then
    assert result.exit_code == 0, result.output
    return out / "manifest.csv"


def settings_file(tmp_path: Path, server: MailServer, **extra) -> str:
    path = tmp_path / "council.toml"
    path.write_text(server.settings_toml(**extra), encoding="utf-8")
    return str(path)


def rows_by_path(manifest: Path) -> dict:
    return {row.path: row for row in read_manifest(manifest.with_name("manifest.json")) if row.path}


def emailed(rows: dict) -> list:
    return [row for row in rows.values() if not (row.role == "other" or (row.role == "parent" and "10001" in row.child_id))]


def test_every_copy_goes_to_its_recipient_alone_in_their_language(tmp_path, server):
    manifest = make_batch(tmp_path)
    settings = settings_file(tmp_path, server)
    result = run("--settings", settings, "send", str(manifest))
    assert result.exit_code == 0, result.output
    rows = rows_by_path(manifest)
    wanted = emailed(rows)
    received = server.handler.received
    assert len(received) == len(wanted) == 3 * 4 - 1
    by_file = {}
    for got in received:
        message = got.message
        assert len(got.rcpt_tos) == 1 and message["To"].addresses[0].addr_spec == got.rcpt_tos[0]
        assert message["Cc"] is None and message["Bcc"] is None
        attachments = list(message.iter_attachments())
        assert len(attachments) == 1
        by_file[attachments[0].get_filename()] = (got, message, attachments[0])
    for row in wanted:
        got, message, attachment = by_file[Path(row.path).name]
        assert attachment.get_content() == (manifest.parent / row.path).read_bytes()  # byte for byte
        assert got.rcpt_tos[0].endswith(f".{row.role}.{int(row.child_id[3:]) - 10000}@example.org")
        assert row.send_state == "sent" and row.queue_id == got.queue_id and row.sent_at.endswith("Z")
        assert message["Message-ID"] == row.message_id == f"<{row.sha256}@council.example.gov.uk>"
        assert message["Content-Language"] == {"en": "en-GB", "ar": "ar", "pl": "pl"}[row.language]
        plain = message.get_body(("plain",)).get_content()
        html = message.get_body(("html",)).get_content()
        mail = catalog(row.language, "mail")
        subject_source = ("The record of your review on %(date)s" if row.role == "child"
                          else "Record of the review on %(date)s")
        assert message["Subject"].startswith(mail.gettext(subject_source).split("%(date)s")[0])
        assert "Morgan Lyle" in plain and "01632 960001" in plain and "morgan.lyle@example.gov.uk" in plain
        if row.language == "ar":
            assert message["Subject"] != subject_source
            assert all(line.startswith(RLM) for line in plain.splitlines() if line.strip())
            assert FSI + "Morgan Lyle" in plain
            assert 'dir="rtl"' in html and 'lang="ar"' in html
        else:
            assert RLM not in plain and 'dir="ltr"' in html
        if row.language == "pl":
            assert "Ta wiadomość i załącznik" in plain
        # The note never carries the child's address or school.
        assert "Larch Close" not in plain + html and "Brookfield" not in plain + html
    assert "Sent: 11; failed: 0; already sent: 0; left for post: 2." in result.output

    # Run again: nothing goes twice.
    again = run("--settings", settings, "send", str(manifest))
    assert again.exit_code == 0, again.output
    assert len(server.handler.received) == 11
    assert "Sent: 0; failed: 0; already sent: 11; left for post: 2." in again.output

    # A batch rerun keeps what send recorded for the copies it leaves unchanged.
    rerun = run("batch", str(tmp_path / "records"), "-o", str(manifest.parent), "--today", "2026-01-20",
                "--allow-untranslated", "--format", "docx", "--workers", "1")
    assert rerun.exit_code == 0, rerun.output
    assert {p: r.send_state for p, r in rows_by_path(manifest).items()} == {p: r.send_state for p, r in rows.items()}
    csv_rows = {r.path: r for r in read_manifest(manifest) if r.path}
    assert {p: r.queue_id for p, r in csv_rows.items()} == {p: r.queue_id for p, r in rows.items()}


def test_dry_run_says_who_gets_what_without_connecting(tmp_path, server):
    manifest = make_batch(tmp_path, 2)
    server.stop()  # nothing is listening: a dry run must not need it
    result = run("--settings", settings_file(tmp_path, server), "send", str(manifest), "--dry-run",
                 env={"RECORDGEN_SMTP_PASSWORD": ""})
    assert result.exit_code == 0, result.output
    assert result.output.count("would send to") == 7
    assert "<jamie.child.0@example.org>" in result.output or "child.0@example.org" in result.output
    assert "Dry run, nothing was sent: 7 would be emailed, 0 already sent, 2 for post." in result.output
    assert all(not r.send_state for r in rows_by_path(manifest).values())


def test_only_a_role_and_a_changed_copy_is_refused(tmp_path, server):
    manifest = make_batch(tmp_path, 2)
    settings = settings_file(tmp_path, server)
    rows = rows_by_path(manifest)
    changed = next(r for r in rows.values() if r.role == "carer" and r.child_id == "FX-10000")
    with open(manifest.parent / changed.path, "ab") as handle:
        handle.write(b"tampered")
    result = run("--settings", settings, "send", str(manifest), "--only", "carer")
    assert result.exit_code == 1
    assert [m.rcpt_tos[0] for m in server.handler.received] == ["pat.carer.1@example.org"]
    assert "REFUSED" in result.output and "not the one in the manifest" in result.output
    after = rows_by_path(manifest)
    assert after[changed.path].send_state == "failed"
    assert all(not r.send_state for r in after.values() if r.role != "carer")


def test_settings_refuse_plain_text_and_a_missing_password(tmp_path, server):
    manifest = make_batch(tmp_path, 1)
    plain = settings_file(tmp_path, server, security="plain")
    result = run("--settings", plain, "send", str(manifest))
    assert result.exit_code == 2 and "unencrypted" in result.output
    settings = settings_file(tmp_path, server)
    result = run("--settings", settings, "send", str(manifest), env={"RECORDGEN_SMTP_PASSWORD": ""})
    assert result.exit_code == 2 and "RECORDGEN_SMTP_PASSWORD" in result.output
    wrong = run("--settings", settings, "send", str(manifest), env={"RECORDGEN_SMTP_PASSWORD": "wrong"})
    assert wrong.exit_code == 2 and "did not accept the login" in wrong.output
    assert server.handler.received == []
    assert all(not r.send_state for r in rows_by_path(manifest).values())


def test_the_password_can_come_from_the_keyring(tmp_path, server, monkeypatch):
    import keyring
    from keyring.backend import KeyringBackend

    class Memory(KeyringBackend):
        priority = 1

        def get_password(self, service, username):
            return PASSWORD if (service, username) == ("recordgen-smtp", "business.support") else None

        def set_password(self, service, username, password):
            raise NotImplementedError

        def delete_password(self, service, username):
            raise NotImplementedError

    previous = keyring.get_keyring()
    keyring.set_keyring(Memory())
    try:
        manifest = make_batch(tmp_path, 1)
        result = run("--settings", settings_file(tmp_path, server), "send", str(manifest),
                     env={"RECORDGEN_SMTP_PASSWORD": ""})
    finally:
        keyring.set_keyring(previous)
    assert result.exit_code == 0, result.output
    assert len(server.handler.received) == 4


def test_an_untrusted_certificate_stops_before_anything_is_sent(tmp_path, server):
    manifest = make_batch(tmp_path, 1)
    settings = settings_file(tmp_path, server, ca_file="")
    result = run("--settings", settings, "send", str(manifest))
    assert result.exit_code == 2 and "cannot be trusted" in result.output
    assert server.handler.received == []
    assert json.loads(manifest.with_name("manifest.json").read_text())["copies"][0]["send_state"] == ""


def test_only_a_child_and_resend_of_an_unknown_copy(tmp_path, server):
    manifest = make_batch(tmp_path, 2)
    settings = settings_file(tmp_path, server)
    assert run("--settings", settings, "send", str(manifest), "--resend", "nothing.docx").exit_code == 2
    assert run("--settings", settings, "send", str(manifest), "--only", "FX-99999").exit_code == 2
    result = run("--settings", settings, "send", str(manifest), "--only", "FX-10001")
    assert result.exit_code == 0, result.output
    assert {m.rcpt_tos[0].rsplit(".", 2)[-2].split("@")[0] for m in server.handler.received} == {"1"}
    assert len(server.handler.received) == 3
    # --encrypt sends PDF copies only: Word copies are reported, not sent bare.
    passwords = tmp_path / "private.csv"
    encrypted = run("--settings", settings, "send", str(manifest), "--only", "FX-10000", "--encrypt",
                    "--passwords", str(passwords))
    assert encrypted.exit_code == 1 and "protects PDF copies only" in encrypted.output
    assert len(server.handler.received) == 3


def test_the_python_api_sends_too(tmp_path, server, monkeypatch):
    from recordgen import api
    from recordgen.record.settings import load_settings

    manifest = make_batch(tmp_path, 1)
    monkeypatch.setenv("RECORDGEN_SMTP_PASSWORD", PASSWORD)
    settings = load_settings(settings_file(tmp_path, server))
    dry = api.send_copies(manifest, settings, dry_run=True)
    assert dry.count("would_send") == 4 and server.handler.received == []
    summary = api.send_copies(manifest, settings, only=("child",), allow_example_contacts=True)
    assert summary.count("sent") == 1 and summary.all_done
    assert len(server.handler.received) == 1


def test_a_copy_marked_sent_by_hand_is_not_emailed_again(tmp_path, server):
    manifest = make_batch(tmp_path, 1)
    assert run("mark-sent", str(manifest), "FX-10000_2026-01-05_carer-pat-and-lee-moreton.docx",
               "--on", "2026-01-21").exit_code == 0
    result = run("--settings", settings_file(tmp_path, server), "send", str(manifest))
    assert result.exit_code == 0, result.output
    assert "marked sent by hand on 2026-01-21" in result.output
    assert "pat.carer.0@example.org" not in [m.rcpt_tos[0] for m in server.handler.received]
    assert len(server.handler.received) == 3


def test_every_send_action_has_its_label():
    # The progress line prints the label; one missing would be a KeyError mid-send.
    assert all(action.label for action in SendAction)
    assert SendAction("unknown").label == "NOT KNOWN IF SENT"


EXAMPLE_CONTACTS = "fictional example Children's Rights Service contacts"


def test_the_python_api_refuses_the_fictional_contacts_as_send_does(tmp_path, server, monkeypatch):
    """fix15 item 3: a case-management integration calling api.send_copies emailed copies giving
    children the fictional example contacts; `send` refuses them. (The CLI's environment variable,
    set for the suite, does not reach the API: only its own argument allows them.)"""
    from recordgen import api
    from recordgen.record.settings import ChildrensRightsSettings, load_settings

    manifest = make_batch(tmp_path, 1)
    monkeypatch.setenv("RECORDGEN_SMTP_PASSWORD", PASSWORD)
    settings = load_settings(settings_file(tmp_path, server))
    with pytest.raises(api.ExampleContacts) as refused:
        api.send_copies(manifest, settings)
    assert isinstance(refused.value, api.SendProblem) and refused.value.category is api.Category.USAGE
    assert EXAMPLE_CONTACTS in str(refused.value) and "nothing was sent" in str(refused.value)
    assert "allow_example_contacts=True" in str(refused.value)   # the API's own words for the CLI's flag
    assert not server.handler.received and all(not r.send_state for r in rows_by_path(manifest).values())
    # The council's own contacts in the settings: the batch's copies still carry the fictional ones.
    council = settings.model_copy(update={"childrens_rights": ChildrensRightsSettings(
        phone="0800 111 2222", email="rights@northshire.example")})
    with pytest.raises(api.ExampleContacts, match="copies of this batch were made with the fictional example"):
        api.send_copies(manifest, council)
    assert api.send_copies(manifest, settings, dry_run=True).count("would_send") == 4
    assert api.send_copies(manifest, settings, only=("child",), allow_example_contacts=True).count("sent") == 1
    assert len(server.handler.received) == 1


def test_send_refuses_the_fictional_contacts_as_batch_does_unless_allowed(tmp_path, server, monkeypatch):
    """Fix 13, 2: send emailed copies giving children the fictional example Children's Rights
    contacts without a word, though batch refuses to make them."""
    manifest = make_batch(tmp_path, 1)
    monkeypatch.delenv("RECORDGEN_ALLOW_EXAMPLE_CONTACTS", raising=False)
    settings = settings_file(tmp_path, server)
    refused = run("--settings", settings, "send", str(manifest))
    assert refused.exit_code == 2 and EXAMPLE_CONTACTS in refused.output, refused.output
    assert "--allow-example-contacts" in refused.output and "nothing was sent" in refused.output
    assert not server.handler.received and all(not r.send_state for r in rows_by_path(manifest).values())
    # A dry run sends nothing: it says so, once, and still says who would get what.
    dry = run("--settings", settings, "send", str(manifest), "--dry-run")
    assert dry.exit_code == 0 and dry.output.count(EXAMPLE_CONTACTS) == 1 and "would send to" in dry.output
    # A trial may send them, warned once.
    allowed = run("--settings", settings, "send", str(manifest), "--only", "child", "--allow-example-contacts")
    assert allowed.exit_code == 0 and allowed.output.count(EXAMPLE_CONTACTS) == 1, allowed.output
    assert len(server.handler.received) == 1
    # The council's own contacts in send's settings: the trial batch's copies still carry the fictional ones.
    council = Path(settings)
    council.write_text(council.read_text() + '[childrens_rights]\nphone = "0800 111 2222"\n'
                       'email = "rights@northshire.example"\n', encoding="utf-8")
    still = run("--settings", settings, "send", str(manifest))
    assert still.exit_code == 2 and "copies of this batch were made with the fictional example" in still.output
    assert "run the batch again" in still.output and len(server.handler.received) == 1
    # Made again with them: sent, no warning.
    again = run("--settings", settings, "batch", str(tmp_path / "records"), "-o", str(tmp_path / "out"),
                "--today", "2026-01-20", "--allow-untranslated", "--format", "docx", "--workers", "1", "--force")
    assert again.exit_code == 0, again.output
    own = run("--settings", settings, "send", str(manifest))
    assert own.exit_code == 0 and "fictional" not in own.output, own.output
    copy = next(path for path in rows_by_path(manifest) if path.endswith(".docx"))
    assert "0800\u00a0111\u00a02222" in docx_text((tmp_path / "out" / copy).read_bytes())  # never broken


def test_a_dry_run_says_which_copies_for_post_have_no_address(tmp_path, server):
    """Blind review 30, finding 10: the dry run said 32 copies go by post; the post pack then left 25 of
    them out for want of an address."""
    make_records(tmp_path / "records", 1)
    record = tmp_path / "records" / "review-0.yaml"
    record.write_text(record.read_text(encoding="utf-8").replace(
        "  address: Advocacy Service, 1 Quay Street, Exampleton, EX2 1AA\n", ""), encoding="utf-8")
    out = tmp_path / "out"
    made = CliRunner().invoke(main_group, ["batch", str(tmp_path / "records"), "-o", str(out), "--allow-untranslated",
                                           "--format", "docx", "--workers", "1"], catch_exceptions=False)
    assert made.exit_code == 0, made.output
    server.stop()
    result = run("--settings", settings_file(tmp_path, server), "send", str(out / "manifest.csv"), "--dry-run",
                 env={"RECORDGEN_SMTP_PASSWORD": ""})
    line = next(line for line in result.output.splitlines() if "_other-" in line)
    assert "no email address, and it cannot go in a post pack: no postal address" in line, line
    assert "hand it over, then `recordgen mark-sent` it" in line
