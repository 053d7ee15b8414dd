"""How fast does the authoring page answer? Starts `recordgen serve` over a copy of the examples
and times, over HTTP as the page calls it (one kept-alive connection, like a browser):

* a keystroke: POST /check with Sam's record, one letter changed each time, until its
  findings come back (goal: median under 50 ms). The naive way, in the same run, is what
  a page built on the command line would do: write the file, run `recordgen validate`
  and `recordgen check --json` as new processes.
* a preview: POST /preview for the parent's copy (the real .docx turned into HTML by
  mammoth; goal: under 1 s). The naive way makes a PDF with LibreOffice launched per preview;
  a template compiled again for each preview is shown too.

    python benchmarks/bench_web.py [--keystrokes 200] [--previews 20] [--naive 10]
"""

from __future__ import annotations

import argparse
import http.client
import io
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from recordgen import api  # noqa: E402
from recordgen.record.loading import parse_file  # noqa: E402
from recordgen.web import Server  # noqa: E402
from recordgen.web.store import tidy, to_yaml  # noqa: E402

SAM = "review-sam-9.yaml"


class Page:
    def __init__(self, server: Server):
        self.connection = http.client.HTTPConnection("127.0.0.1", server.port)
        self.headers = {"Host": f"127.0.0.1:{server.port}", "Origin": f"http://127.0.0.1:{server.port}",
                        "Cookie": f"recordgen-token-{server.port}={server.token}",
                        "Content-Type": "application/json"}

    def post(self, path: str, body: dict) -> dict:
        # One send for headers and body: two would meet Nagle and delayed ACK (40 ms each time).
        self.connection.request("POST", path, body=json.dumps(body).encode(), headers=self.headers)
        response = self.connection.getresponse()
        answer = json.loads(response.read())
        assert response.status == 200, answer
        return answer


def typed(data: dict, n: int) -> dict:
    """Sam's record with the IRO part-way through a sentence: one more letter each keystroke."""
    sentence = "You have lived with Mark and Lisa for a year now, and your SW says the placement is stable."
    data = json.loads(json.dumps(data))
    data["working_well"][0] = sentence[: 20 + n % (len(sentence) - 20)]
    return data


def median_ms(times: list[float]) -> float:
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--keystrokes", type=int, default=200)
    parser.add_argument("--previews", type=int, default=20)
    parser.add_argument("--naive", type=int, default=10)
    args = parser.parse_args()

    scratch = Path(tempfile.mkdtemp(prefix="bench-web-"))
    for path in (ROOT / "examples").iterdir():
        shutil.copy(path, scratch / path.name)
    server = Server(scratch).start()
    page = Page(server)
    data, _ = parse_file(scratch / SAM)
    try:
        for n in range(5):  # warm up: templates compiled, glossary built
            page.post(f"/api/records/{SAM}/check", {"data": typed(data, n), "keep_draft": True, "version": ""})
            page.post(f"/api/records/{SAM}/preview", {"data": data, "recipient": "3"})

        keystrokes = []
        findings = 0
        for n in range(args.keystrokes):
            started = time.perf_counter()
            answer = page.post(f"/api/records/{SAM}/check", {"data": typed(data, n), "keep_draft": True, "version": ""})
            keystrokes.append(time.perf_counter() - started)
            findings = len(answer["findings"])

        naive_keystrokes = []
        target = scratch / "naive.yaml"
        original = (scratch / SAM).read_text()
        for n in range(args.naive):
            started = time.perf_counter()
            target.write_text(to_yaml(tidy(typed(data, n)), original))
            subprocess.run([sys.executable, "-m", "recordgen", "validate", str(target)], capture_output=True)
            subprocess.run([sys.executable, "-m", "recordgen", "check", "--json", str(target)], capture_output=True)
            naive_keystrokes.append(time.perf_counter() - started)

        page = Page(server)  # the server closed the idle connection while the naive way ran
        page.post(f"/api/records/{SAM}/preview", {"data": data, "recipient": "3"})
        previews = []
        for n in range(args.previews):
            started = time.perf_counter()
            page.post(f"/api/records/{SAM}/preview", {"data": typed(data, n), "recipient": "3"})
            previews.append(time.perf_counter() - started)

        import mammoth
        server_renderer = api.Renderer()
        naive_previews = []
        for n in range(args.naive):
            started = time.perf_counter()
            loaded = api.load_data(tidy(typed(data, n)), str(scratch / SAM))
            copy = api.Renderer().render_copy(loaded, api.recipient_for(loaded.record, "carer"))
            mammoth.convert_to_html(io.BytesIO(copy.data))
            naive_previews.append(time.perf_counter() - started)

        # The other way the issue names: a PDF page, with LibreOffice launched for each preview.
        soffice = shutil.which("soffice") or shutil.which("libreoffice")
        pdf_previews = []
        for n in range(min(args.naive, 3) if soffice else 0):
            started = time.perf_counter()
            loaded = api.load_data(tidy(typed(data, n)), str(scratch / SAM))
            docx = scratch / "preview.docx"
            docx.write_bytes(server_renderer.render_copy(loaded, api.recipient_for(loaded.record, "carer")).data)
            subprocess.run([soffice, f"-env:UserInstallation=file://{scratch}/lo-profile", "--headless",
                            "--convert-to", "pdf", "--outdir", str(scratch), str(docx)], capture_output=True, timeout=120)
            pdf_previews.append(time.perf_counter() - started)
    finally:
        server.stop()
        shutil.rmtree(scratch, ignore_errors=True)

    k, nk = median_ms(keystrokes), median_ms(naive_keystrokes)
    p, np_ = median_ms(previews), median_ms(naive_previews)
    print(f"keystroke -> findings ({findings} findings, {args.keystrokes} requests):")
    print(f"  page        median {k:7.1f} ms   p90 {sorted(keystrokes)[int(len(keystrokes) * 0.9)] * 1000:7.1f} ms"
          f"   goal < 50 ms: {'met' if k < 50 else 'NOT met'}")
    print(f"  naive (write file + two CLI processes) median {nk:7.1f} ms   ({nk / k:.0f}x slower)")
    print(f"preview of the carer's copy ({args.previews} requests):")
    print(f"  page        median {p:7.1f} ms   max {max(previews) * 1000:7.1f} ms"
          f"   goal < 1000 ms: {'met' if p < 1000 else 'NOT met'}")
    print(f"  template compiled per preview (in process, no HTTP) median {np_:7.1f} ms   ({np_ / p:.1f}x)")
    if pdf_previews:
        pdf = median_ms(pdf_previews)
        print(f"  naive (a PDF, LibreOffice launched per preview) median {pdf:7.1f} ms   ({pdf / p:.0f}x slower)")


if __name__ == "__main__":
    main()
