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


def translate_xliff(data: bytes, lang: str = "pl") -> bytes:
    """What a translator's tool hands back: every target filled with a stand-in that is not English
    (words in capitals; names, "and" and values kept as written), saved by translate-toolkit."""
    import re
    import tempfile

    from translate.storage import xliff as toolkit_xliff

    def pseudo(text: str) -> str:
        return f"[{lang}] " + re.sub(r"(?<![\w@.'’-])(?!and\b)[a-z][a-z'’-]*(?![\w@'’-]|\.\w)",
                                     lambda m: m.group().upper(), text)

    with tempfile.TemporaryDirectory() as folder:
        source, done = Path(folder) / "in.xlf", Path(folder) / "out.xlf"
        source.write_bytes(data)
        store = toolkit_xliff.xlifffile.parsefile(str(source))
        for unit in store.units:
            unit.target = pseudo(unit.source)
        store.savefile(str(done))
        return done.read_bytes()
