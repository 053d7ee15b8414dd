"""recordgen send when things go wrong: a refused recipient, a dropped connection, a killed process.

After each: nothing sent twice, nothing skipped, and the manifest says what happened to every copy.
"""

from __future__ import annotations

import collections
import os
import signal
import subprocess
import sys
import threading
import time

import pytest
from pathlib import Path

from mailserver import PASSWORD
from test_send import emailed, make_batch, rows_by_path, run, server, settings_file  # noqa: F401 (fixture)


def deliveries(server) -> collections.Counter:
    """How many times each copy (by attachment file name) reached the server."""
    names = []
    for got in server.handler.received:
        attachment = next(got.message.iter_attachments())
        names.append(attachment.get_filename())
    return collections.Counter(names)


def test_a_refused_recipient_never_stops_the_others(tmp_path, server):
    manifest = make_batch(tmp_path, 2)
    server.handler.refuse["pat.carer.0@example.org"] = "550 5.1.1 No such mailbox"
    settings = settings_file(tmp_path, server)
    result = run("--settings", settings, "send", str(manifest))
    assert result.exit_code == 1
    rows = rows_by_path(manifest)
    carer = next(p for p, r in rows.items() if r.role == "carer" and r.child_id == "FX-10000")
    assert rows[carer].send_state == "failed" and "550 5.1.1 No such mailbox" in rows[carer].send_reason
    assert "Failed (a rerun tries them again): 1" in result.output
    others = [r for r in emailed(rows) if r.path != carer]
    assert all(r.send_state == "sent" for r in others)
    assert deliveries(server) == collections.Counter(Path(r.path).name for r in others)

    # The address is corrected at the server's end; a rerun sends the failed copy and nothing else.
    del server.handler.refuse["pat.carer.0@example.org"]
    again = run("--settings", settings, "send", str(manifest))
    assert again.exit_code == 0, again.output
    assert set(deliveries(server).values()) == {1} and len(deliveries(server)) == len(others) + 1
    assert rows_by_path(manifest)[carer].send_state == "sent"


def test_a_connection_dropped_before_the_handover_is_retried_once_and_delivered(tmp_path, server):
    manifest = make_batch(tmp_path, 2)
    server.handler.on_rcpt = lambda number, address: "DROP" if number == 3 else None
    result = run("--settings", settings_file(tmp_path, server), "send", str(manifest))
    assert result.exit_code == 0, result.output
    rows = rows_by_path(manifest)
    assert all(r.send_state == "sent" for r in emailed(rows))
    assert deliveries(server) == collections.Counter(Path(r.path).name for r in emailed(rows))


def test_a_connection_dropped_after_the_handover_is_never_resent_silently(tmp_path, server):
    manifest = make_batch(tmp_path, 2)
    server.handler.on_data = lambda number, session: "DROP" if number == 2 else None
    settings = settings_file(tmp_path, server)
    result = run("--settings", settings, "send", str(manifest))
    assert result.exit_code == 1
    assert "NOT KNOWN IF SENT" in result.output
    rows = rows_by_path(manifest)
    unknown = [r for r in emailed(rows) if r.send_state != "sent"]
    assert len(unknown) == 1 and unknown[0].send_state == "sending"
    assert "after the message was handed over" in unknown[0].send_reason
    # Mid-batch: the copies after it went out on a new connection.
    assert len(deliveries(server)) == len(emailed(rows)) - 1

    rerun = run("--settings", settings, "send", str(manifest))
    assert rerun.exit_code == 1 and "LEFT IN SENDING" in rerun.output
    assert unknown[0].message_id in rerun.output  # what to look for in the server's log
    assert len(deliveries(server)) == len(emailed(rows)) - 1

    name = Path(unknown[0].path).name
    resent = run("--settings", settings, "send", str(manifest), "--resend", name)
    assert resent.exit_code == 0, resent.output
    assert deliveries(server)[name] == 1 and set(deliveries(server).values()) == {1}
    assert all(r.send_state == "sent" for r in emailed(rows_by_path(manifest)))


def test_killed_while_sending_then_rerun(tmp_path, server):
    manifest = make_batch(tmp_path, 3)
    settings = settings_file(tmp_path, server)
    reached, release = threading.Event(), threading.Event()

    def hold_the_fourth(number, session):
        if number == 4:
            reached.set()
            release.wait(30)  # the server has the message; the client never hears back
        return None

    server.handler.on_data = hold_the_fourth
    env = {**os.environ, "RECORDGEN_SMTP_PASSWORD": PASSWORD}
    process = subprocess.Popen([sys.executable, "-m", "recordgen", "--settings", settings, "send", str(manifest)],
                               env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    try:
        assert reached.wait(60), process.stderr.read1().decode() if process.poll() is not None else "never reached"
        # The manifest already says the copy is being handed over.
        in_flight = [r for r in rows_by_path(manifest).values() if r.send_state == "sending"]
        assert len(in_flight) == 1
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(10)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
        release.set()
    time.sleep(0.2)
    assert process.returncode == -signal.SIGKILL
    rows = rows_by_path(manifest)
    assert sum(r.send_state == "sent" for r in rows.values()) == 3

    rerun = run("--settings", settings, "send", str(manifest))
    assert rerun.exit_code == 1 and "LEFT IN SENDING" in rerun.output
    rows = rows_by_path(manifest)
    held = Path(in_flight[0].path).name
    for row in emailed(rows):  # nothing twice, nothing skipped
        assert deliveries(server)[Path(row.path).name] == 1, row.path
        assert row.send_state == ("sending" if Path(row.path).name == held else "sent")
    assert len(deliveries(server)) == len(emailed(rows))
    leftovers = [p.name for p in manifest.parent.iterdir() if p.name.startswith(".tmp-")]
    assert leftovers == []


def test_temporary_refusals_are_retried_with_back_off_and_the_rate_is_kept(tmp_path, server):
    from recordgen.distribution.smtp import Mailer, Refused
    from recordgen.record.settings import MailSettings

    from mailserver import USER

    answers = {1: "451 4.7.1 Try again later", 2: "451 4.7.1 Try again later"}
    server.handler.on_rcpt = lambda number, address: answers.get(number)
    waits: list[float] = []
    clock = [0.0]

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        clock[0] += seconds

    settings = MailSettings(host="127.0.0.1", port=server.port, user=USER, from_address="r@council.example",
                            ca_file=str(server.ca_file), retries=3, retry_seconds=2, messages_per_minute=20)
    mailer = Mailer(settings, PASSWORD, sleep=sleep, clock=lambda: clock[0])
    try:
        reply = mailer.send("r@council.example", "a@example.org", b"Subject: one\r\n\r\nbody\r\n")
        assert "queued as" in reply
        assert waits == [2, 4] and len(server.handler.received) == 1  # back-off doubles
        # 20 a minute: one message every three seconds, counted from the start of the last.
        waits.clear()
        mailer.send("r@council.example", "b@example.org", b"Subject: two\r\n\r\nbody\r\n")
        assert waits == []  # six seconds have passed
        mailer.send("r@council.example", "b@example.org", b"Subject: three\r\n\r\nbody\r\n")
        assert waits == [pytest.approx(3.0)]
        # A permanent refusal is not retried.
        server.handler.refuse["c@example.org"] = "550 5.1.1 No such mailbox"
        waits.clear()
        try:
            mailer.send("r@council.example", "c@example.org", b"Subject: four\r\n\r\nbody\r\n")
        except Refused as exc:
            assert not exc.temporary and "550" in str(exc)
        else:
            raise AssertionError("a 550 was taken as sent")
        assert waits == [pytest.approx(3.0)]  # only the rate limit waited
    finally:
        mailer.close()


def test_a_server_that_cannot_be_reached_leaves_every_copy_as_it_was(tmp_path, server):
    manifest = make_batch(tmp_path, 1)
    settings = settings_file(tmp_path, server, retries=1)
    server.stop()
    result = run("--settings", settings, "send", str(manifest))
    assert result.exit_code == 3 and "cannot reach 127.0.0.1" in result.output
    assert all(not r.send_state for r in rows_by_path(manifest).values())


def test_queue_ids_are_read_from_the_usual_servers_replies():
    from recordgen.distribution.smtp import queue_id

    assert queue_id("2.0.0 Ok: queued as 4F2xYz0Q1bz9") == "4F2xYz0Q1bz9"
    assert queue_id("OK id=1vQeXb-000AbC-2Z") == "1vQeXb-000AbC-2Z"
    assert queue_id("2.6.0 <abc@council> [InternalId=12345678, Hostname=EX01] Queued mail for delivery") == "12345678"
    assert queue_id("2.0.0   Accepted ") == "2.0.0 Accepted"


def test_an_address_the_server_cannot_take_fails_alone_and_the_connection_goes_on(tmp_path, server):
    from recordgen.distribution.smtp import Mailer, Refused
    from recordgen.record.settings import MailSettings

    from mailserver import USER

    settings = MailSettings(host="127.0.0.1", port=server.port, user=USER, from_address="r@council.example",
                            ca_file=str(server.ca_file), messages_per_minute=0)
    mailer = Mailer(settings, PASSWORD)
    try:
        with pytest.raises(Refused) as refused:
            mailer.send("r@council.example", "zoë@example.org", b"Subject: x\r\n\r\nhi\r\n")  # no SMTPUTF8
        assert not refused.value.temporary
        assert "queued as" in mailer.send("r@council.example", "zoe@example.org", b"Subject: x\r\n\r\nhi\r\n")
    finally:
        mailer.close()
    assert [m.rcpt_tos for m in server.handler.received] == [["zoe@example.org"]]
