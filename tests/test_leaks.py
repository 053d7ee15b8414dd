"""No leaks across a batch: a withheld value never reaches a recipient who must not see it.

Every record carries unique marker strings in every kind of withheld place: the
address and school of a confidential placement (kept from parents) and worries
and actions withheld from each role. Every part of every copy (each zip entry,
raw and XML-unescaped, with and without tags), every file and folder name, the
manifest and everything the batch printed are searched.
"""

from __future__ import annotations

import html
import re
import zipfile
from pathlib import Path

from click.testing import CliRunner

from recordgen.cli import main_group
from fictional import fictional_record, record_yaml

ROLES = ("parent", "carer", "social_worker", "other")
RECORDS = 10


def markers_for(index: int) -> dict[str, str]:
    markers = {"address": f"ZQXADDR{index}Q Larch Close", "school": f"ZQXSCHOOL{index}Q Academy"}
    for role in ROLES:
        markers[f"worry_{role}"] = f"ZQXWORRY{role.upper()}{index}Q"
        markers[f"action_{role}"] = f"ZQXACTION{role.upper()}{index}Q"
    return markers


def allowed(kind: str, role: str, early: bool = False) -> bool:
    """May a recipient with this role see this kind of marker? ``early``: the child is under 8, and
    their own copy is read to them by the carer, so it leaves out what is kept from the carer too."""
    if kind in ("address", "school"):
        return role != "parent"
    return not kind.endswith("_" + role) and not (early and role == "child" and kind.endswith("_carer"))


def _early(index: int) -> bool:
    """The child is under 8 on the review date (the early and young bands) and still in that band on the
    day the copy is made: the carer reads their own copy to them."""
    import datetime as dt

    from recordgen.rules.ages import age_on
    from recordgen.support.clock import today

    def band(age: int) -> str:
        return "early" if age < 5 else "young" if age < 8 else "older"

    data = fictional_record(index)
    born = dt.date.fromisoformat(data["child"]["date_of_birth"])
    then = band(age_on(born, dt.date.fromisoformat(data["review"]["date"])))
    return then != "older" and band(age_on(born, today())) == then


def _token(marker: str) -> str:
    return marker.split()[0]  # the unique part: ZQX...Q


def searchable_text(copy: Path) -> str:
    """Every part of a .docx as text: raw, unescaped, and with tags removed (a value split into runs)."""
    pieces = [copy.name]
    with zipfile.ZipFile(copy) as archive:
        for info in archive.infolist():
            pieces.append(info.filename)
            raw = archive.read(info).decode("utf-8", "replace")
            unescaped = html.unescape(raw)
            pieces += [raw, unescaped, re.sub(r"<[^>]+>", "", unescaped)]
    return "\n".join(pieces)


def test_no_marker_reaches_anyone_who_must_not_see_it(tmp_path):
    records = tmp_path / "records"
    records.mkdir()
    for index in range(RECORDS):
        record = fictional_record(index, markers_for(index))
        (records / f"review-{index:03d}.yaml").write_text(record_yaml(record), encoding="utf-8")
    # Invalid records whose errors would quote withheld values: the manifest and log must not.
    leaky = fictional_record(100, markers_for(100))
    leaky["worries"].append(f"You told me you like walking home past {markers_for(100)['address']}.")
    (records / "leaky.yaml").write_text(record_yaml(leaky), encoding="utf-8")
    broken = fictional_record(101, markers_for(101))
    broken["review"]["date"] = "2026-13-45"
    (records / "broken-date.yaml").write_text(record_yaml(broken), encoding="utf-8")
    out = tmp_path / "out"

    result = CliRunner().invoke(main_group, ["batch", str(records), "-o", str(out), "--workers", "2",
                                             "--today", "2026-02-02", "--format", "docx"],
                                catch_exceptions=False)
    assert result.exit_code == 1  # the two invalid records
    every_token = [_token(m) for i in (*range(RECORDS), 100, 101) for m in markers_for(i).values()]

    # Nowhere outside the copies: manifest, log, file and folder names.
    manifest_text = (out / "manifest.csv").read_text(encoding="utf-8") + (out / "manifest.json").read_text(encoding="utf-8")
    names = "\n".join(str(p.relative_to(out)) for p in out.rglob("*"))
    for token in every_token:
        assert token not in manifest_text, token
        assert token not in result.output, token
        assert token not in names, token
    assert "[withheld]" in manifest_text  # the leaky record's error was reported, with the value hidden
    assert "leaky.yaml" in manifest_text and "broken-date.yaml" in manifest_text

    # In each copy: none of what its recipient must not see, and all the withheld items it may see.
    checked = 0
    for index in range(RECORDS):
        markers = markers_for(index)
        copies = sorted((out / f"FX-{10000 + index}").rglob("*.docx"))
        assert len(copies) == len(fictional_record(index)["distribution"])
        for copy in copies:
            role = re.search(r"_(child|parent|carer|social_worker|other)-", copy.name).group(1)
            text = searchable_text(copy)
            for kind, marker in markers.items():
                token = _token(marker)
                if not allowed(kind, role, _early(index)):
                    assert token not in text, f"{token} leaked into {copy.name}"
                    checked += 1
                else:
                    # Withheld from someone else, so this reader should see it: the test can fail.
                    assert token in text, f"{token} missing from {copy.name}"
    assert checked >= RECORDS * 4


def test_no_marker_reaches_a_message_and_each_attachment_keeps_to_its_reader(tmp_path):
    """The messages `send` hands to a real server: headers, subject, both bodies, attachment names
    carry no marker at all (the note says nothing from the record), and each attachment none of what
    its reader must not see."""
    from mailserver import PASSWORD, MailServer

    records = tmp_path / "records"
    records.mkdir()
    for index in range(4):
        record = fictional_record(index, markers_for(index))
        for number, recipient in enumerate(record["distribution"]):
            recipient["email"] = f"reader{number}.{index}@example.org"
            recipient["language"] = ("en", "ar", "pl", "en", "ur")[number]
        (records / f"review-{index:03d}.yaml").write_text(record_yaml(record), encoding="utf-8")
    out = tmp_path / "out"
    made = CliRunner().invoke(main_group, ["batch", str(records), "-o", str(out), "--workers", "1",
                                           "--today", "2026-02-02", "--format", "docx", "--allow-untranslated"],
                              catch_exceptions=False)
    assert made.exit_code == 0, made.output
    server = MailServer(tmp_path).start()
    try:
        settings = tmp_path / "council.toml"
        settings.write_text(server.settings_toml(), encoding="utf-8")
        sent = CliRunner().invoke(main_group, ["--settings", str(settings), "send", str(out / "manifest.csv")],
                                  env={"RECORDGEN_SMTP_PASSWORD": PASSWORD}, catch_exceptions=False)
    finally:
        server.stop()
    assert sent.exit_code == 0, sent.output
    every_token = [_token(m) for i in range(4) for m in markers_for(i).values()]
    manifest_text = (out / "manifest.json").read_text(encoding="utf-8")
    received = server.handler.received
    assert len(received) == sum(len(fictional_record(i)["distribution"]) for i in range(4))
    checked = 0
    for got in received:
        message = got.message
        attachment = next(message.iter_attachments())
        outside = [f"{name}: {value}" for name, value in message.items()]
        for part in message.walk():
            outside += [f"{name}: {value}" for name, value in part.items()]
        outside += [message.get_body(("plain",)).get_content(), message.get_body(("html",)).get_content(),
                    attachment.get_filename(), " ".join(got.rcpt_tos), got.mail_from]
        outside_text = "\n".join(outside)
        for token in every_token:
            assert token not in outside_text, f"{token} in the message for {got.rcpt_tos}"
            assert token not in sent.output and token not in manifest_text
        index = int(re.search(r"FX-1000(\d)", attachment.get_filename()).group(1))
        role = re.search(r"_(child|parent|carer|social_worker|other)-", attachment.get_filename()).group(1)
        copy = tmp_path / attachment.get_filename()
        copy.write_bytes(attachment.get_content())
        text = searchable_text(copy)
        for kind, marker in markers_for(index).items():
            if not allowed(kind, role):
                assert _token(marker) not in text, f"{marker} reached {role} by email"
                checked += 1
    assert checked >= 4 * 4
