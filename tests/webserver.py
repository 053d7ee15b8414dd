"""A `recordgen serve` server over a copy of the examples, for the page's tests."""

from __future__ import annotations

import http.client
import json
import shutil
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def copy_examples(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for path in EXAMPLES.iterdir():
        shutil.copy(path, folder / path.name)
    return folder


class Client:
    """Plain HTTP with whatever headers a test wants to forge (Host, Origin, Cookie)."""

    def __init__(self, server):
        self.server = server
        self.host = f"127.0.0.1:{server.port}"
        self.cookie = f"recordgen-token-{server.port}={server.token}"

    def request(self, method: str, path: str, body=None, headers: dict | None = None, auth: bool = True):
        sent = {"Host": self.host}
        if auth:
            sent["Cookie"] = self.cookie
        if method == "POST":
            sent["Origin"] = f"http://{self.host}"
            sent["Content-Type"] = "application/json"
        sent.update(headers or {})
        sent = {k: v for k, v in sent.items() if v is not None}
        connection = http.client.HTTPConnection("127.0.0.1", self.server.port, timeout=30)
        data = json.dumps(body).encode() if body is not None and not isinstance(body, bytes) else body
        connection.request(method, path, body=data, headers=sent)
        response = connection.getresponse()
        content = response.read()
        connection.close()
        return response.status, dict(response.getheaders()), content
