"""How fast `recordgen send` hands copies to a mail server, against the naive way, in the same run.

    python benchmarks/bench_send.py [--records 40] [--repeats 3]

A local aiosmtpd server (STARTTLS and AUTH, as in the tests) takes:
  (a) the naive way: for each copy a new connection, STARTTLS, login, sendmail, quit;
      no state kept anywhere;
  (b) `recordgen send` in this process: one connection, each copy's state written to the
      manifest (JSON and CSV, fsynced) before and after its handover.
Prints messages per second for both (medians of the repeats) and the ratio. Needs the
test extra (aiosmtpd, trustme).
"""

from __future__ import annotations

import argparse
import os
import smtplib
import ssl
import statistics
import sys
import tempfile
import time
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from click.testing import CliRunner  # noqa: E402
from mailserver import PASSWORD, USER, MailServer  # noqa: E402

from recordgen.cli import main_group  # noqa: E402
from fictional import fictional_record, record_yaml  # noqa: E402
from recordgen.distribution.manifest import read_manifest  # noqa: E402


def make_batch(folder: Path, records: int) -> Path:
    (folder / "records").mkdir(parents=True)
    for index in range(records):
        data = fictional_record(index)
        for number, recipient in enumerate(data["distribution"]):
            recipient["email"] = f"reader{number}.{index}@example.org"
        (folder / "records" / f"r{index}.yaml").write_text(record_yaml(data), encoding="utf-8")
    result = CliRunner().invoke(main_group, ["batch", str(folder / "records"), "-o", str(folder / "out"),
                                             "--format", "docx", "--allow-example-contacts"])
    assert result.exit_code == 0, result.output
    return folder / "out" / "manifest.json"


def naive(server: MailServer, manifest: Path) -> tuple[int, float]:
    context = ssl.create_default_context(cafile=str(server.ca_file))
    rows = [r for r in read_manifest(manifest) if r.path]
    start = time.perf_counter()
    for number, row in enumerate(rows):
        data = (manifest.parent / row.path).read_bytes()
        message = EmailMessage()
        message["From"], message["To"], message["Subject"] = "r@council.example", "x@example.org", "record"
        message.set_content("Here is your copy.")
        message.add_attachment(data, maintype="application", subtype="octet-stream", filename="copy.docx")
        with smtplib.SMTP("127.0.0.1", server.port, timeout=30) as smtp:
            smtp.starttls(context=context)
            smtp.login(USER, PASSWORD)
            smtp.sendmail("r@council.example", [f"reader.{number}@example.org"], message.as_bytes(policy=SMTP))  # smtplib fixes line ends of str only
    return len(rows), time.perf_counter() - start


def ours(server: MailServer, manifest: Path, settings: Path) -> tuple[int, float]:
    start = time.perf_counter()
    result = CliRunner().invoke(main_group, ["--settings", str(settings), "send", str(manifest)],
                                env={"RECORDGEN_SMTP_PASSWORD": PASSWORD})
    elapsed = time.perf_counter() - start
    assert result.exit_code == 0, result.output
    return sum(r.send_state == "sent" for r in read_manifest(manifest)), elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, default=40)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    naive_rates, our_rates = [], []
    for repeat in range(args.repeats):
        with tempfile.TemporaryDirectory(prefix="bench-send-") as scratch:
            folder = Path(scratch)
            server = MailServer(folder).start()
            try:
                manifest = make_batch(folder, args.records)
                settings = folder / "council.toml"
                settings.write_text(server.settings_toml(), encoding="utf-8")
                count, seconds = naive(server, manifest)
                naive_rates.append(count / seconds)
                count, seconds = ours(server, manifest, settings)
                our_rates.append(count / seconds)
                print(f"run {repeat + 1}: {count} messages; naive {naive_rates[-1]:.1f}/s, "
                      f"recordgen send {our_rates[-1]:.1f}/s", flush=True)
            finally:
                server.stop()
    naive_median, our_median = statistics.median(naive_rates), statistics.median(our_rates)
    print(f"median messages per second: naive {naive_median:.1f}, recordgen send {our_median:.1f} "
          f"({our_median / naive_median:.2f} times), cores {os.cpu_count()}")


if __name__ == "__main__":
    main()
