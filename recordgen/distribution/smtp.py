"""Handing messages to the council's mail server: stdlib smtplib, one transaction per message.

smtplib's ``sendmail`` hides the server's reply to DATA (which carries the
queue id) and cannot tell "refused" from "lost after handing over". This
module runs MAIL, RCPT and DATA itself, so the caller knows which of three
things happened: accepted (with the reply), refused (nothing was delivered,
safe to try again or to give up), or *unknown* (the whole message went out
but no reply came back: the server may have it, so it must not be resent
without a person deciding).
"""

from __future__ import annotations

import os
import re
import smtplib
import socket
import ssl
import time
from typing import Callable

from ..record.settings import MailSettings


class MailError(Exception):
    """Cannot work with the mail server at all (settings, login, unreachable); stops the run."""


class ServerUnreachable(MailError):
    """No connection to the mail server, even after the retries."""


class Refused(Exception):
    """The server did not take this message; ``temporary`` says whether trying again may help."""

    def __init__(self, reason: str, temporary: bool):
        super().__init__(reason)
        self.temporary = temporary


class Unknown(Exception):
    """The message was handed over but the server's answer never came: it may have been queued."""


_QUEUE_ID = [
    re.compile(r"queued as\s+<?([\w.@-]+)>?", re.I),          # Postfix, aiosmtpd handlers, many others
    re.compile(r"\bid=([\w.-]+)", re.I),                       # Exim
    re.compile(r"InternalId=(\d+)", re.I),                      # Exchange
]


def queue_id(reply: str) -> str:
    """The server's id for a message, from its 250 reply to DATA; the whole reply if none is found."""
    for pattern in _QUEUE_ID:
        match = pattern.search(reply)
        if match:
            return match.group(1)
    return " ".join(reply.split())[:200]


def get_password(settings: MailSettings, environ=os.environ) -> str | None:
    """From the environment variable the settings name, else the system keyring; never a file."""
    password = environ.get(settings.password_env)
    if password:
        return password
    if not settings.user:
        return None
    try:
        import keyring  # optional: pip install 'recordgen[keyring]'
        from keyring.errors import KeyringError
    except ImportError:
        return None
    try:
        return keyring.get_password(settings.keyring_service, settings.user)
    except (KeyringError, RuntimeError):
        return None


def _reply_text(reply: bytes | str) -> str:
    text = reply.decode("utf-8", "replace") if isinstance(reply, bytes) else str(reply)
    return " ".join(text.split())


def _stuff(data: bytes) -> bytes:
    """SMTP's transparency rule (RFC 5321 4.5.2) and the end-of-data line."""
    data = re.sub(rb"(?m)^\.", b"..", data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"))
    if not data.endswith(b"\r\n"):
        data += b"\r\n"
    return data + b".\r\n"


class Mailer:
    """One connection, reopened when lost; rate-limited; TLS checked against the system's (or the
    council's) certificate authorities."""

    def __init__(self, settings: MailSettings, password: str | None,
                 sleep: Callable[[float], None] = time.sleep, clock: Callable[[], float] = time.monotonic):
        if not settings.host:
            raise MailError("no mail server: set [mail] host (and from_address) in the settings file")
        if not settings.from_address:
            raise MailError("no sender: set [mail] from_address in the settings file")
        if settings.user and not password:
            raise MailError(f"no password for {settings.user}: set the environment variable "
                            f"{settings.password_env}, or store it with "
                            f"`keyring set {settings.keyring_service} {settings.user}`")
        self.settings = settings
        self._password = password
        self._smtp: smtplib.SMTP | None = None
        self._sleep = sleep
        self._clock = clock
        self._last_start: float | None = None

    def _context(self) -> ssl.SSLContext:
        context = ssl.create_default_context(cafile=self.settings.ca_file or None)
        context.minimum_version = ssl.TLSVersion.TLSv1_2
        return context

    def connect(self) -> None:
        s = self.settings
        timeout = s.timeout_seconds
        try:
            if s.security == "tls":
                smtp: smtplib.SMTP = smtplib.SMTP_SSL(s.host, s.effective_port, timeout=timeout,
                                                      context=self._context())
            else:
                smtp = smtplib.SMTP(s.host, s.effective_port, timeout=timeout)
            try:
                # Each command waits for its answer: without this, Nagle's algorithm and delayed
                # ACKs held every message ~40 ms on a kept-open connection (measured, bench_send.py).
                smtp.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
                smtp.ehlo()
                if s.security == "starttls":
                    if not smtp.has_extn("starttls"):
                        raise MailError(f"{s.host} does not offer STARTTLS; the records would cross the "
                                        "network readable, so nothing was sent")
                    smtp.starttls(context=self._context())
                    smtp.ehlo()
                if s.user:
                    smtp.login(s.user, self._password or "")
            except BaseException:
                smtp.close()
                raise
        except smtplib.SMTPAuthenticationError as exc:
            raise MailError(f"{s.host} did not accept the login for {s.user}: "
                            f"{exc.smtp_code} {_reply_text(exc.smtp_error)}") from None
        except smtplib.SMTPNotSupportedError:
            raise MailError(f"{s.host} does not offer login (AUTH) over this connection") from None
        except ssl.SSLCertVerificationError as exc:
            raise MailError(f"{s.host}: its certificate cannot be trusted ({exc.verify_message}); "
                            "if the council has its own certificate authority, name it in [mail] ca_file") from None
        except (OSError, smtplib.SMTPException) as exc:
            raise ConnectionError(f"cannot reach {s.host}:{s.effective_port} ({exc})") from None
        self._smtp = smtp

    def close(self) -> None:
        if self._smtp is not None:
            try:
                self._smtp.quit()
            except (OSError, smtplib.SMTPException):
                self._smtp.close()
            self._smtp = None

    def _wait_for_rate(self) -> None:
        per_minute = self.settings.messages_per_minute
        if per_minute and self._last_start is not None:
            gap = 60.0 / per_minute - (self._clock() - self._last_start)
            if gap > 0:
                self._sleep(gap)
        self._last_start = self._clock()

    def _transaction(self, sender: str, recipient: str, data: bytes) -> str:
        smtp = self._smtp
        assert smtp is not None
        try:
            code, reply = smtp.mail(sender)
            if code != 250:
                raise Refused(f"the server refused the sender: {code} {_reply_text(reply)}", code < 500)
            code, reply = smtp.rcpt(recipient)
            if code not in (250, 251):
                raise Refused(f"the server refused {recipient}: {code} {_reply_text(reply)}", code < 500)
            code, reply = smtp.docmd("DATA")
            if code != 354:
                raise Refused(f"the server would not take the message: {code} {_reply_text(reply)}", code < 500)
            smtp.send(_stuff(data))
        except Refused:
            self._reset()
            raise
        except (OSError, smtplib.SMTPServerDisconnected) as exc:
            self._drop()
            raise Refused(f"the connection was lost before the message was handed over ({exc})", True) from None
        except (smtplib.SMTPException, UnicodeError, ValueError) as exc:
            # e.g. an address with non-ASCII letters and a server without SMTPUTF8
            self._reset()
            raise Refused(f"the message could not be handed over: {exc}", False) from None
        # From here the server holds the whole message: no answer means it may have queued it.
        try:
            code, reply = smtp.getreply()
        except (OSError, smtplib.SMTPServerDisconnected) as exc:
            self._drop()
            raise Unknown(f"the connection was lost after the message was handed over ({exc or 'closed'}); "
                          "the server may have queued it") from None
        if code != 250:
            self._reset()
            raise Refused(f"the server refused the message: {code} {_reply_text(reply)}", code < 500)
        return _reply_text(reply)

    def _reset(self) -> None:
        try:
            if self._smtp is not None:
                self._smtp.rset()
        except (OSError, smtplib.SMTPException):
            self._drop()

    def _drop(self) -> None:
        if self._smtp is not None:
            self._smtp.close()
            self._smtp = None

    def send(self, sender: str, recipient: str, data: bytes,
             before_handover: Callable[[], None] = lambda: None) -> str:
        """Deliver one message; the server's reply to DATA. Retries what is worth retrying.

        ``before_handover`` runs once a connection is up and just before the first
        transaction starts (the caller writes ``sending`` there). Raises Refused,
        Unknown, or MailError (then nothing more can be sent in this run).
        """
        retries = self.settings.retries
        delay = self.settings.retry_seconds
        announced = False
        self._wait_for_rate()  # per message; its retries wait by the back-off alone
        for attempt in range(retries + 1):
            try:
                if self._smtp is None:
                    self.connect()
            except ConnectionError as exc:
                if attempt == retries:
                    raise ServerUnreachable(str(exc)) from None
                self._sleep(delay * 2 ** attempt)
                continue
            if not announced:
                before_handover()
                announced = True
            try:
                return self._transaction(sender, recipient, data)
            except Refused as exc:
                if not exc.temporary or attempt == retries:
                    raise
                self._sleep(delay * 2 ** attempt)
        raise AssertionError("unreachable")

