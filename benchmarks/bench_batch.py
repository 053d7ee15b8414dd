"""How much faster `recordgen batch` is than the naive way, and how much memory it needs.

    python benchmarks/bench_batch.py [--records 500] [--workers 0] [--memory-records 5000]

Generates N fictional records, then times in the same run:
  (a) the naive way: for each copy a new DocxTemplate, render with the same
      context recordgen builds, save;
  (b) `recordgen batch` (a subprocess, timed as a whole, start-up included)
      producing the same copies;
prints ms per copy for both and the ratio, checks a sample of copies read the
same, and reports the batch's peak memory (all its processes together).
"""

from __future__ import annotations

import argparse
import csv
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import docx
from docxtpl import DocxTemplate

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))  # fictional.py: the tests' record maker

from fictional import write_corpus  # noqa: E402
from recordgen import api  # noqa: E402
from recordgen.rendering.context import build_context, english_only  # noqa: E402
from recordgen.rules.timescales import review_dates  # noqa: E402


def naive(paths: list[Path], out: Path) -> int:
    """The way a first script would do it: parse the template again for every copy."""
    renderer = api.Renderer()  # only for the band, language and dates; it renders nothing here
    copies = 0
    for path in paths:
        loaded = api.load_record(path)
        record = loaded.record
        band = renderer.band(record)
        next_review = review_dates(record, renderer.settings.timescales).next_review
        folder = out / record.child.id / record.review.date.isoformat()
        folder.mkdir(parents=True, exist_ok=True)
        for recipient in record.distribution:
            context = build_context(record, recipient, band=band, language=record.recipient_language(recipient),
                                    next_review=next_review, texts=english_only)
            document = DocxTemplate(str(renderer.templates / f"{band}.docx"))
            document.render(context, autoescape=True)
            document.save(str(folder / api.copy_filename(record, recipient)))
            copies += 1
    return copies


def _tree_rss_kb(pid: int) -> int:
    """Resident memory of a process and all its descendants, from /proc."""
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        try:
            with open(f"/proc/{current}/status") as status:
                total += next(int(line.split()[1]) for line in status if line.startswith("VmRSS:"))
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as children:
                    stack += [int(c) for c in children.read().split()]
        except (OSError, StopIteration, ValueError):
            continue
    return total


def run_batch(records: Path, out: Path, workers: int) -> tuple[float, int, str]:
    """(seconds, peak RSS of all batch processes in kB, stdout)."""
    command = [sys.executable, "-m", "recordgen", "batch", str(records), "-o", str(out),
               "--format", "docx", "--workers", str(workers)]
    peak = [0]
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)

    def sample() -> None:
        while process.poll() is None:
            peak[0] = max(peak[0], _tree_rss_kb(process.pid))
            time.sleep(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    stdout, _ = process.communicate()
    elapsed = time.perf_counter() - started
    sampler.join()
    if process.returncode != 0:
        raise SystemExit(f"recordgen batch failed (exit {process.returncode}):\n{stdout}")
    return elapsed, peak[0], stdout


def document_text(path: Path) -> list[str]:
    document = docx.Document(str(path))
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        lines += [cell.text for row in table.rows for cell in row.cells]
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", type=int, default=500)
    parser.add_argument("--workers", type=int, default=0, help="batch workers; 0 = one per core")
    parser.add_argument("--memory-records", type=int, default=0,
                        help="also run the batch alone over this many records and report its peak memory")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="recordgen-bench-") as scratch:
        scratch = Path(scratch)
        paths = write_corpus(scratch / "records", args.records)

        started = time.perf_counter()
        naive_copies = naive(paths, scratch / "naive")
        naive_seconds = time.perf_counter() - started

        batch_seconds, peak_kb, _ = run_batch(scratch / "records", scratch / "batch", args.workers)
        with open(scratch / "batch" / "manifest.csv", encoding="utf-8", newline="") as handle:
            rows = [r for r in csv.DictReader(handle) if r["status"] == "ready"]
        assert len(rows) == naive_copies, f"batch made {len(rows)} copies, the naive way {naive_copies}"

        # The same copies: every tenth reads the same, word for word, both ways.
        for row in rows[::10]:
            ours = scratch / "batch" / row["path"]
            theirs = scratch / "naive" / Path(row["path"]).parent / Path(row["path"]).name
            if document_text(ours) != document_text(theirs):
                raise SystemExit(f"{row['path']} reads differently from the naive copy")

        naive_ms = 1000 * naive_seconds / naive_copies
        batch_ms = 1000 * batch_seconds / len(rows)
        print(f"records: {args.records}, copies: {naive_copies}, cores: {os.cpu_count()}")
        print(f"naive (new DocxTemplate per copy):  {naive_ms:7.2f} ms per copy  ({naive_seconds:.1f} s)")
        print(f"recordgen batch:                    {batch_ms:7.2f} ms per copy  ({batch_seconds:.1f} s)")
        print(f"ratio: {naive_ms / batch_ms:.1f} times faster")
        print(f"batch peak memory (all processes): {peak_kb / 1024:.0f} MB")

        if args.memory_records:
            write_corpus(scratch / "many", args.memory_records)
            seconds, peak_kb, _ = run_batch(scratch / "many", scratch / "many-out", args.workers)
            print(f"memory run: {args.memory_records} records in {seconds:.1f} s, "
                  f"peak memory (all processes) {peak_kb / 1024:.0f} MB")


if __name__ == "__main__":
    main()
