"""A real SMTP server for tests: aiosmtpd on 127.0.0.1, STARTTLS required, then AUTH required.

The certificate is made per test run by a throwaway certificate authority
(trustme); the client trusts it through the ``[mail] ca_file`` setting, as a
council with its own authority would.
"""

from __future__ import annotations

import dataclasses
import email
import email.policy
import json
import socket
import ssl
import threading
from pathlib import Path
from typing import Callable

import trustme
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

USER = "business.support"
PASSWORD = "correct horse battery staple"


@dataclasses.dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    data: bytes
    queue_id: str

    @property
    def message(self) -> email.message.EmailMessage:
        return email.message_from_bytes(self.data, policy=email.policy.default)


class Handler:
    """Keeps what it accepts. ``refuse`` names addresses to refuse at RCPT; ``on_data`` may act
    on the n-th message (1-based) before it is answered, and return an answer to give instead."""

    def __init__(self):
        self.received: list[Received] = []
        self.refuse: dict[str, str] = {}
        self.on_rcpt: Callable[[int, str], str | None] | None = None
        self.on_data: Callable[[int, object], str | None] | None = None
        self.data_count = 0
        self.rcpt_count = 0
        self.lock = threading.Lock()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        self.rcpt_count += 1
        if address in self.refuse:
            return self.refuse[address]
        if self.on_rcpt is not None:
            answer = self.on_rcpt(self.rcpt_count, address)
            if answer == "DROP":
                server.transport.close()
                return "421 closing"
            if answer:
                return answer
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            self.data_count += 1
            number = self.data_count
        if self.on_data is not None:
            answer = self.on_data(number, server)
            if answer == "DROP":
                server.transport.close()
                return "421 closing"
            if answer:
                return answer
        queue_id = f"Q{number:04d}TEST"
        self.received.append(Received(envelope.mail_from, list(envelope.rcpt_tos),
                                      envelope.original_content or envelope.content, queue_id))
        return f"250 2.0.0 Ok: queued as {queue_id}"


def _authenticator(server, session, envelope, mechanism, auth_data):
    ok = isinstance(auth_data, LoginPassword) and auth_data.login == USER.encode() \
        and auth_data.password == PASSWORD.encode()
    return AuthResult(success=ok, handled=False)  # handled=False: aiosmtpd answers 535 itself


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class MailServer:
    def __init__(self, folder: Path):
        self.ca = trustme.CA()
        certificate = self.ca.issue_cert("127.0.0.1", "localhost")
        self.ca_file = folder / "council-ca.pem"
        self.ca.cert_pem.write_to_path(str(self.ca_file))
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        certificate.configure_cert(context)
        self.handler = Handler()
        self.port = free_port()
        self.controller = Controller(
            self.handler, hostname="127.0.0.1", port=self.port, tls_context=context,
            require_starttls=True, auth_required=True, auth_require_tls=True,
            authenticator=_authenticator, server_hostname="127.0.0.1", data_size_limit=0,
        )

    def start(self) -> MailServer:
        self.controller.start()
        self.running = True
        return self

    def stop(self) -> None:
        if getattr(self, "running", False):
            self.controller.stop()
            self.running = False

    def settings_toml(self, **extra) -> str:
        values = {"host": "127.0.0.1", "port": self.port, "security": "starttls", "user": USER,
                  "from_address": "reviews@council.example.gov.uk", "from_name": "Children's Reviewing Service",
                  "ca_file": str(self.ca_file), "messages_per_minute": 0, "retries": 2,
                  "retry_seconds": 0.05, "timeout_seconds": 10}
        values.update(extra)
        lines = ["[mail]"]
        for key, value in values.items():
            lines.append(f"{key} = {json.dumps(value)}")
        return "\n".join(lines) + "\n"
