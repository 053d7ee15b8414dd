"""What stands between the page and anyone else: token, Host and Origin checks, headers, quiet logs.

Every request needs the token printed at start: once in the URL (``?token=``),
then in a cookie the server sets. The Host header must name this server
(a DNS-rebinding page reaches us under its own name and is refused), and a
POST must come from this server's own pages (its Origin header). Log lines say
the method, the path without its query, the status and the time: never a
child's data.
"""

from __future__ import annotations

import hmac
import logging
import time
from typing import Iterable
from urllib.parse import parse_qsl, urlencode

log = logging.getLogger("recordgen.web")

#: No script, style, font or frame from anywhere but this server; no inline script.
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)
_HEADERS = [
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cache-control", b"no-store"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
]
_SAFE_METHODS = {"GET", "HEAD"}


def allowed_hosts(host: str, port: int) -> set[str]:
    """Host header values that name this server: the address it listens on, and localhost."""
    names = {host}
    if host in {"127.0.0.1", "localhost", "::1"}:
        names |= {"127.0.0.1", "localhost", "[::1]"}
    if ":" in host and not host.startswith("["):
        names.add(f"[{host}]")
    return {f"{name}:{port}" for name in names}


class Guard:
    """ASGI middleware: refuse, with 403 and nothing else, any request that fails a check."""

    def __init__(self, app, token: str, hosts: Iterable[str], cookie: str = "recordgen-token"):
        self.app = app
        self.token = token
        self.hosts = {h.lower() for h in hosts}
        self.cookie = cookie

    async def __call__(self, scope, receive, send):
        if scope["type"] == "websocket":  # the page has none; refuse rather than pass one by unchecked
            await send({"type": "websocket.close", "code": 1008})
            return
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        started = time.perf_counter()
        status_seen = {"code": 0}

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                status_seen["code"] = message["status"]
                message["headers"] = list(message.get("headers", [])) + _HEADERS
            await send(message)

        try:
            refusal = self._refusal(scope)
            if refusal == "redirect":
                await self._redirect_with_cookie(scope, send_with_headers)
            elif refusal:
                await _forbidden(send_with_headers)
            else:
                await self.app(scope, receive, send_with_headers)
        except Exception:  # noqa: BLE001 - the app has answered 500 and saved the details; no traceback here
            if not status_seen["code"]:
                await _forbidden(send_with_headers, status=500)
        finally:
            log.info("%s %s %s %.1fms", scope["method"], scope["path"], status_seen["code"],
                     (time.perf_counter() - started) * 1000)

    def _refusal(self, scope) -> str | None:
        headers = _headers(scope)
        host = headers.get("host", "").lower()
        if host not in self.hosts:
            return "host"
        if scope["method"] not in _SAFE_METHODS:
            # A cross-site form or fetch says where it came from; only this server's pages may write.
            if headers.get("origin", "").lower() != f"http://{host}":
                return "origin"
        if self._good(_cookies(headers.get("cookie", "")).get(self.cookie)):
            return None
        query = dict(parse_qsl(scope.get("query_string", b"").decode("latin-1")))
        if scope["method"] == "GET" and self._good(query.get("token")):
            return "redirect"
        return "token"

    def _good(self, given: str | None) -> bool:
        return bool(given) and hmac.compare_digest(given.encode(), self.token.encode())

    async def _redirect_with_cookie(self, scope, send):
        # The token leaves the address bar (and the history) once the cookie holds it.
        rest = [(k, v) for k, v in parse_qsl(scope.get("query_string", b"").decode("latin-1")) if k != "token"]
        location = scope["path"] + ("?" + urlencode(rest) if rest else "")
        cookie = f"{self.cookie}={self.token}; Path=/; HttpOnly; SameSite=Strict"
        await send({"type": "http.response.start", "status": 303, "headers": [
            (b"location", location.encode("latin-1")), (b"set-cookie", cookie.encode()),
            (b"content-length", b"0")]})
        await send({"type": "http.response.body", "body": b""})


async def _forbidden(send, status: int = 403):
    body = b"403 Forbidden\n" if status == 403 else b"500 Internal Server Error\n"
    await send({"type": "http.response.start", "status": status, "headers": [
        (b"content-type", b"text/plain; charset=utf-8"), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


def _headers(scope) -> dict[str, str]:
    return {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}


def _cookies(header: str) -> dict[str, str]:
    found = {}
    for part in header.split(";"):
        name, _, value = part.strip().partition("=")
        if name:
            found[name] = value
    return found
