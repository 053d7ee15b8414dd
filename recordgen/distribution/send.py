"""`recordgen send`: every ready copy emailed to its recipient alone, tracked in the manifest.

Never twice, never lost. Before a message is handed to the server its copy
is marked ``sending`` in the manifest (written atomically); after, ``sent``
with the time and the server's queue id, or ``failed`` with the reason. A
rerun sends what is ready or failed and skips what is sent. A copy still
``sending`` (the run was killed, or the connection died after the message
went out) may have reached its recipient, so it is reported and sent again
only with ``--resend``. Copies whose recipient has no email are left for the
post pack.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import json
import os
import secrets
from pathlib import Path
from enum import StrEnum
from typing import Callable, Iterable

from ..support.files import write_atomically
from ..record.loading import InvalidRecord, LoadedRecord, ReadError, load_record
from ..record.model import Recipient
from ..record.naming import copy_filename
from ..record.settings import Settings, example_contacts
from .output_folder import OutputLock, file_sha256
from ..errors import Category, RecordgenError
from .manifest import MANIFEST_JSON, CopyRow, CopyStatus, ManifestError, ManifestStore, SendState, read_sent
from .message import build_message, covering_note, message_id
from .postpack import PostItem, address_problem, make_post_pack
from .smtp import Mailer, MailError, Refused, ServerUnreachable, Unknown, get_password, queue_id


class SendProblem(RecordgenError):
    """The run cannot go ahead as asked (a usage error); the message says why."""

    category = Category.USAGE


class ExampleContacts(SendProblem):
    """The copies give the fictional example Children's Rights Service contacts (the settings'
    defaults, or a batch made with --allow-example-contacts): nothing is sent to a child with a
    number that reaches nobody, unless ``allow_example_contacts`` (a trial with test addresses)."""

    def __init__(self, why: str):
        self.why = why
        super().__init__(f"{why}; nothing was sent (allow_example_contacts=True sends anyway, for a trial)")


def example_contacts_in(manifest: str | Path, settings: Settings) -> str | None:
    """Why a batch's copies give the fictional example contacts: ``settings`` has them, or the
    batch was made with them (its manifest.json says so); else None."""
    why = example_contacts(settings)
    if why:
        return why
    try:
        header = json.loads(Path(manifest).with_name(MANIFEST_JSON).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None  # no manifest.json: the run says what is wrong with the manifest
    if not (isinstance(header, dict) and header.get("example_contacts") is True):
        return None
    return ("the copies of this batch were made with the fictional example Children's Rights Service contacts "
            "(batch --allow-example-contacts), which reach nobody: set the council's own as [childrens_rights] "
            "phone and email in the settings file and run the batch again before any copy is sent")


@dataclasses.dataclass(frozen=True)
class SendOptions:
    manifest: Path
    settings: Settings = dataclasses.field(default_factory=Settings)
    dry_run: bool = False
    only: tuple[str, ...] = ()          # roles, child ids, copy paths or file names
    resend: tuple[str, ...] = ()        # copy paths or file names: send these (only these) again
    encrypt: bool = False
    passwords: Path | None = None       # with encrypt: where the passwords go (outside the batch folder)
    post_pack: Path | None = None       # make the post pack (PDF, and a CSV beside it) here
    allow_example_contacts: bool = False  # a trial with test addresses: never to children


class SendAction(StrEnum):
    """What one run of `recordgen send` did with a copy (not written to the manifest: `SendState` is)."""

    sent = "sent"
    failed = "failed"
    refused = "refused"           # the file changed since the batch
    unknown = "unknown"           # handed over, but the server did not answer
    sending = "sending"           # left in `sending` by an earlier run that stopped
    already = "already"           # sent, packed or marked sent before: skipped
    post = "post"                 # no email address
    packed = "packed"             # put in this run's post pack
    would_send = "would_send"     # a dry run
    skipped = "skipped"           # not sent (an option rules it out)

    @property
    def label(self) -> str:
        """In words, on the copy's progress line: 'NOT KNOWN IF SENT'."""
        return _ACTION_LABELS[self]


_ACTION_LABELS = {
    SendAction.sent: "sent", SendAction.failed: "FAILED", SendAction.refused: "REFUSED",
    SendAction.unknown: "NOT KNOWN IF SENT", SendAction.sending: "LEFT IN SENDING",
    SendAction.already: "already sent, skipped", SendAction.post: "for post", SendAction.would_send: "would send to",
    SendAction.skipped: "not sent", SendAction.packed: "in the post pack",
}


@dataclasses.dataclass
class Outcome:
    row: CopyRow
    action: SendAction
    detail: str = ""
    to: str = ""


@dataclasses.dataclass
class SendSummary:
    outcomes: list[Outcome] = dataclasses.field(default_factory=list)
    stopped: str = ""                   # why the run stopped early (the server went away)
    stopped_unreachable: bool = False
    post_pack_error: str = ""
    post_pack_unavailable: bool = False  # LibreOffice is missing

    def count(self, *actions: SendAction) -> int:
        return sum(o.action in actions for o in self.outcomes)

    def of(self, *actions: SendAction) -> list[Outcome]:
        return [o for o in self.outcomes if o.action in actions]

    @property
    def all_done(self) -> bool:
        return (not self.stopped and not self.post_pack_error
                and not self.of(SendAction.failed, SendAction.refused, SendAction.unknown,
                                SendAction.sending, SendAction.skipped))


def _matches(row: CopyRow, names: Iterable[str]) -> bool:
    return any(name in (row.role, row.child_id, row.path, Path(row.path).name) for name in names)


def _source_path(source: str, header: dict) -> Path:
    """A record path as the batch was given it: relative to the folder the batch ran in."""
    path = Path(source)
    working = header.get("working_folder")
    if path.is_absolute() or not working or not (Path(working) / path).exists():
        return path
    return Path(working) / path


class _Records:
    """Each record file read once; the recipient each copy was made for."""

    def __init__(self, header: dict):
        self.header = header
        self._loaded: dict[str, LoadedRecord | str] = {}

    def recipient(self, row: CopyRow) -> tuple[LoadedRecord, Recipient]:
        loaded = self._loaded.get(row.source)
        if loaded is None:
            try:
                loaded = load_record(_source_path(row.source, self.header))
            except (ReadError, InvalidRecord):
                loaded = (f"its record file {row.source} cannot be read now or is no longer valid; "
                          "correct it and run the batch again")
            self._loaded[row.source] = loaded
        if isinstance(loaded, str):
            raise LookupError(loaded)
        filename = Path(row.path).name
        for recipient in loaded.record.distribution:
            if row.kind:   # a planned review's invitation or booklet (a "-2" when two names make one slug)
                from ..rendering.consult import consult_filename  # a batch imports this module too

                if consult_filename(loaded.record, recipient, row.kind, "." + row.format) == filename or (
                        recipient.name == row.recipient and recipient.role.value == row.role):
                    return loaded, recipient
            elif copy_filename(loaded.record, recipient, "." + row.format) == filename:
                return loaded, recipient
        raise LookupError(f"{row.recipient} ({row.role}) is no longer in the distribution list of "
                          f"{row.source}; run the batch again")


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def readable_password() -> str:
    """About 60 bits, in groups, without letters that are misheard or misread on the phone."""
    alphabet = "abcdefghjkmnpqrstuvwxyz23456789"
    return "-".join("".join(secrets.choice(alphabet) for _ in range(4)) for _ in range(3))


def encrypt_pdf(data: bytes, password: str) -> bytes:
    """AES-256 (PDF 2.0 / ISO 32000-2 security handler) through pypdf."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password=password, owner_password=secrets.token_urlsafe(24), algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


PASSWORD_FIELDS = ["child_id", "review_date", "recipient", "role", "email", "copy", "password", "made_at"]


class _PasswordFile:
    """Passwords for encrypted copies, written (durably) before the message goes."""

    def __init__(self, path: Path):
        self.path = path
        self.rows: list[dict] = []
        if path.exists():
            with open(path, encoding="utf-8", newline="") as handle:
                self.rows = list(csv.DictReader(handle))

    def add(self, row: CopyRow, email: str, password: str) -> None:
        self.rows = [r for r in self.rows if r.get("copy") != row.path]
        self.rows.append({"child_id": row.child_id, "review_date": row.review_date, "recipient": row.recipient,
                          "role": row.role, "email": email, "copy": row.path, "password": password,
                          "made_at": _now()})
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=PASSWORD_FIELDS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(self.rows)
        write_atomically(self.path, buffer.getvalue().encode("utf-8"))
        os.chmod(self.path, 0o600)


class Sender:
    def __init__(self, options: SendOptions, environ=os.environ):
        self.options = options
        self.environ = environ
        self._mailer: Mailer | None = None

    def _check_options(self, store: ManifestStore) -> None:
        o = self.options
        if o.encrypt:
            if o.passwords is None:
                raise SendProblem("--encrypt needs --passwords FILE: where the passwords are kept for "
                                  "business support to phone or text through")
            folder = store.folder.resolve()
            target = o.passwords.resolve()
            if folder == target.parent or folder in target.parents:
                raise SendProblem(f"{o.passwords}: keep the passwords outside the batch folder "
                                  f"{store.folder}, so they never travel with the copies")
        known = [row for row in store.rows if row.path]
        for name in o.resend:
            if not any(_matches(row, [name]) and name not in (row.role, row.child_id) for row in known):
                raise SendProblem(f"--resend {name}: no such copy in {o.manifest} (give its path or file name)")
        for name in o.only:
            if not any(_matches(row, [name]) for row in store.rows):
                raise SendProblem(f"--only {name}: no copy in {o.manifest} has that role, child id or file name")

    def run(self, on_copy: Callable[[Outcome], None] | None = None,
            on_plan: Callable[[int], None] | None = None) -> SendSummary:
        o = self.options
        why = example_contacts_in(o.manifest, o.settings)
        if why and not o.allow_example_contacts and not o.dry_run:  # a dry run sends nothing
            raise ExampleContacts(why)
        try:
            store = ManifestStore(o.manifest)
            read_sent(store.path)
        except ManifestError as exc:
            raise SendProblem(str(exc)) from None
        self._check_options(store)
        summary = SendSummary()
        if o.dry_run:
            self._go(store, summary, None, on_copy, on_plan)
            return summary
        with OutputLock(store.folder):
            store = ManifestStore(o.manifest)  # read again under the lock
            settings = o.settings.mail
            passwords = _PasswordFile(o.passwords) if o.encrypt and o.passwords else None
            try:
                self._go(store, summary, passwords, on_copy, on_plan,
                         lambda: Mailer(settings, get_password(settings, self.environ)))
            finally:
                if self._mailer is not None:
                    self._mailer.close()
                    self._mailer = None
        return summary

    def _go(self, store: ManifestStore, summary: SendSummary, passwords, on_copy, on_plan,
            make_mailer=None) -> None:
        o = self.options
        records = _Records(store.header)

        def report(outcome: Outcome) -> None:
            summary.outcomes.append(outcome)
            if on_copy is not None:
                on_copy(outcome)

        rows = [row for row in store.rows if row.recipient and row.path and row.status == CopyStatus.ready]
        if o.resend:
            rows = [row for row in rows if _matches(row, o.resend)]
        if o.only:
            rows = [row for row in rows if _matches(row, o.only)]
        if on_plan is not None:
            on_plan(len(rows))
        post_items: list[PostItem] = []
        resend = bool(o.resend)
        marked = read_sent(store.path)  # copies business support sent by hand (mark-sent)
        for row in rows:
            if not resend and self._settled(row, report):
                continue
            by_hand = marked.get(row.path)
            if not resend and by_hand is not None and by_hand.sha256 == row.sha256:
                report(Outcome(row, SendAction.already, f"marked sent by hand on {by_hand.sent_on}"))
                continue
            try:
                loaded, recipient = records.recipient(row)
            except LookupError as exc:
                if not o.dry_run:
                    store.update(row, send_state=SendState.failed, send_reason=str(exc))
                report(Outcome(row, SendAction.failed, str(exc)))
                continue
            if not recipient.email:
                self._post(store, row, loaded, recipient, post_items, report)
                continue
            to = str(recipient.email)
            if o.encrypt and row.format != "pdf":
                report(Outcome(row, SendAction.skipped, "--encrypt protects PDF copies only; make this copy a PDF "
                                               "(batch --format pdf) or send without --encrypt", to))
                continue
            copy_path = store.folder / row.path
            if file_sha256(copy_path) != row.sha256:
                reason = "the file is missing or not the one in the manifest; run the batch again"
                if not o.dry_run:
                    store.update(row, send_state=SendState.failed, send_reason=reason)
                report(Outcome(row, SendAction.refused, reason, to))
                continue
            if o.dry_run:
                report(Outcome(row, SendAction.would_send, f"{recipient.name} <{to}>", to))
                continue
            if summary.stopped:
                continue
            self._send_one(store, row, loaded, recipient, to, copy_path, passwords, make_mailer, summary, report)
        if post_items and not o.dry_run:
            self._make_post_pack(store, post_items, summary, report)

    @staticmethod
    def _settled(row: CopyRow, report) -> bool:
        """Sent, packed, or perhaps sent: reported, and left alone without --resend."""
        if row.send_state == SendState.sent:
            report(Outcome(row, SendAction.already, f"sent {row.sent_at} (queue id {row.queue_id})"))
        elif row.send_state == SendState.post_pack:
            report(Outcome(row, SendAction.already, f"put in a post pack at {row.sent_at} ({row.send_reason})"))
        elif row.send_state == SendState.sending:
            report(Outcome(row, SendAction.sending, f"an earlier run stopped while handing it to the server "
                                           f"({row.send_reason or 'no answer was recorded'}); it may have "
                                           f"arrived: check the server's log for Message-ID {row.message_id}, "
                                           f"then `--resend {Path(row.path).name}` if it did not"))
        else:
            return False
        return True

    def _post(self, store, row, loaded, recipient, post_items, report) -> None:
        o = self.options
        problem = address_problem(loaded.record, recipient)
        if o.post_pack is None:
            # Said now, not first when the post pack is made: a copy with no address has no way to its reader.
            report(Outcome(row, SendAction.post, "no email address: goes by post" if problem is None else
                           f"no email address, and it cannot go in a post pack: {problem}; or hand it over, "
                           "then `recordgen mark-sent` it"))
            return
        if problem is None and file_sha256(store.folder / row.path) != row.sha256:
            problem = "the file is missing or not the one in the manifest; run the batch again"
        if problem is not None:
            if not o.dry_run:
                store.update(row, send_state=SendState.failed, send_reason=problem)
            report(Outcome(row, SendAction.failed, f"not in the post pack: {problem}"))
            return
        post_items.append(PostItem(row, loaded.record, recipient, store.folder / row.path))
        if o.dry_run:
            report(Outcome(row, SendAction.post, f"would go in the post pack, to {recipient.name}"))

    def _make_post_pack(self, store, items: list[PostItem], summary: SendSummary, report) -> None:
        from ..pdf import LibreOfficeMissing, PdfError

        target = self.options.post_pack
        try:
            packed = make_post_pack(items, target, self.options.settings)
        except LibreOfficeMissing as exc:
            summary.post_pack_error, summary.post_pack_unavailable = str(exc), True
            return
        except (PdfError, OSError) as exc:
            summary.post_pack_error = str(exc)
            return
        stamp = _now()
        for entry in packed:
            where = f"{target.name}, envelope {entry.envelope}, pages {entry.first_page}-{entry.last_page}"
            store.update(entry.item.row, send_state=SendState.post_pack, sent_at=stamp, queue_id="", message_id="",
                         send_reason=where)
            report(Outcome(entry.item.row, SendAction.packed, where))

    def _send_one(self, store, row, loaded, recipient, to, copy_path, passwords, make_mailer,
                  summary: SendSummary, report) -> None:
        settings = self.options.settings.mail
        mailer = self._mailer
        try:
            if mailer is None:
                mailer = self._mailer = make_mailer()
        except MailError as exc:
            summary.stopped = str(exc)
            return
        try:
            data = copy_path.read_bytes()
            detail = ""
            if passwords is not None:
                password = readable_password()
                data = encrypt_pdf(data, password)
                passwords.add(row, to, password)  # before sending: a sent copy must never lack its password
                detail = f"encrypted (AES-256); password in {passwords.path}"
            note = covering_note(loaded.record, recipient, row.language, settings.from_address,
                                 protected=passwords is not None, kind=row.kind)
            mid = message_id(row.sha256, settings.from_address)
            message = build_message(note, from_address=settings.from_address, from_name=settings.from_name,
                                    to_name=recipient.name, to_address=to, attachment=data,
                                    filename=Path(row.path).name, sha256=row.sha256)
            payload = message.as_bytes()
        except Exception as exc:  # noqa: BLE001 - one copy's fault must not stop the others
            reason = f"the message could not be made: {' '.join(str(exc).split()) or type(exc).__name__}"
            store.update(row, send_state=SendState.failed, send_reason=reason)
            report(Outcome(row, SendAction.failed, reason, to))
            return
        announced = []

        def before_handover() -> None:
            store.update(row, send_state=SendState.sending, sent_at="", queue_id="", message_id=mid,
                         send_reason=f"handing over since {_now()}")
            announced.append(True)

        try:
            reply = mailer.send(settings.from_address, to, payload, before_handover)
        except Refused as exc:
            store.update(row, send_state=SendState.failed, send_reason=str(exc))
            report(Outcome(row, SendAction.failed, str(exc), to))
            return
        except Unknown as exc:
            store.update(row, send_reason=str(exc))
            report(Outcome(row, SendAction.unknown, f"{exc}; check the server's log for Message-ID {mid}, then "
                                           f"`--resend {Path(row.path).name}` if it did not arrive", to))
            return
        except MailError as exc:
            if announced:
                store.update(row, send_state=SendState.failed, send_reason=str(exc))
                report(Outcome(row, SendAction.failed, str(exc), to))
            summary.stopped = str(exc)
            summary.stopped_unreachable = isinstance(exc, ServerUnreachable)
            return
        store.update(row, send_state=SendState.sent, sent_at=_now(), queue_id=queue_id(reply), send_reason=detail)
        report(Outcome(row, SendAction.sent, f"queue id {row.queue_id}" + (f"; {detail}" if detail else ""), to))
