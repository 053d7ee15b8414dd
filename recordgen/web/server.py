"""Running the page: a socket on 127.0.0.1 (unless told otherwise), a fresh token, uvicorn."""

from __future__ import annotations

import asyncio
import logging
import secrets
import socket
import sys
import threading
from pathlib import Path

from ..api import Settings
from .app import create_app
from .security import Guard, allowed_hosts

LOOPBACK = {"127.0.0.1", "localhost", "::1"}


class Server:
    """The page's server. ``start()`` runs it in a thread (tests, benchmarks); ``run()`` blocks."""

    def __init__(self, folder: str | Path, settings: Settings | None = None, host: str = "127.0.0.1",
                 port: int = 0, token: str | None = None):
        import uvicorn

        self.folder = Path(folder).resolve()
        self.token = token or secrets.token_urlsafe(32)
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        # proto=IPPROTO_TCP: asyncio sets TCP_NODELAY only on such sockets; without it each
        # response waits 40 ms for a delayed ACK (Nagle), most of a keystroke's round trip.
        self.socket = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        self.socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.socket.bind((host, port))
        self.socket.listen(128)  # before the link is printed: a browser that is quick waits, not refused
        self.host, self.port = host, self.socket.getsockname()[1]
        app = Guard(create_app(folder, settings), self.token, allowed_hosts(host, self.port),
                    cookie=f"recordgen-token-{self.port}")
        # Our own access log (Guard) leaves out query strings; uvicorn's would print them.
        config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off")
        self._server = uvicorn.Server(config)
        self._thread: threading.Thread | None = None

    @property
    def base(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    @property
    def url(self) -> str:
        return f"{self.base}/?token={self.token}"

    def run(self) -> None:
        self._server.run(sockets=[self.socket])

    def start(self) -> "Server":
        self._thread = threading.Thread(target=lambda: asyncio.run(self._server.serve(sockets=[self.socket])),
                                        daemon=True)
        self._thread.start()
        while not self._server.started:
            if not self._thread.is_alive():
                raise RuntimeError("the server did not start")
            threading.Event().wait(0.02)
        return self

    def stop(self) -> None:
        self._server.should_exit = True
        if self._thread:
            self._thread.join(timeout=10)
        self.socket.close()


def access_log_to_stderr() -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(message)s", "%H:%M:%S"))
    logger = logging.getLogger("recordgen.web")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False
