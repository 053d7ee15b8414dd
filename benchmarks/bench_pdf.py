"""PDF conversion speed: one soffice launch per document versus the ConverterPool.

    python benchmarks/bench_pdf.py            # 100 copies
    python benchmarks/bench_pdf.py --count 40 --workers 3

Both ways convert the same copies, made by recordgen from fictional records
(every age band, several languages, right-to-left ones included), in the same
run, so the ratio holds even on a busy machine. The pool's time includes
starting its converters.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from recordgen import api  # noqa: E402
from recordgen.distribution.fictional import write_corpus  # noqa: E402
from recordgen.pdf import ConverterPool, PdfError, find_soffice, verify_pdf  # noqa: E402

def make_copies(folder: Path, count: int) -> list[Path]:
    """``count`` real copies made by recordgen from fictional records, every age band and
    language mixed in, as the batch would hand them to LibreOffice."""
    renderer = api.Renderer(allow_untranslated=True)
    records = write_corpus(folder / "records", max(1, count // 3))
    copies: list[Path] = []
    while len(copies) < count:
        for record_path in records:
            loaded = api.load_record(record_path)
            for recipient in loaded.record.distribution:
                if len(copies) == count:
                    return copies
                copy = renderer.render_copy(loaded, recipient)
                path = folder / f"{len(copies):04d}-{copy.filename}"
                path.write_bytes(copy.data)
                copies.append(path)
    return copies


def convert_one_launch_each(soffice: str, sources: list[Path], out_dir: Path) -> float:
    """The usual way: a fresh soffice (and a fresh profile, since profiles cannot be shared)."""
    started = time.perf_counter()
    for source in sources:
        with tempfile.TemporaryDirectory(prefix="bench-profile-") as profile:
            subprocess.run(
                [
                    soffice, f"-env:UserInstallation={Path(profile).as_uri()}",
                    "--headless", "--norestore", "--convert-to", "pdf:writer_pdf_Export",
                    "--outdir", str(out_dir), str(source),
                ],
                check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300,
            )
        verify_pdf(out_dir / f"{source.stem}.pdf")
    return time.perf_counter() - started


def convert_with_pool(sources: list[Path], out_dir: Path, workers: int | None) -> tuple[float, float]:
    """Returns (seconds including start-up, seconds converting only)."""
    started = time.perf_counter()
    with ConverterPool(workers=workers) as pool:
        ready = time.perf_counter()
        failures = [
            (source, error)
            for source, _, error in pool.convert_many((s, out_dir / f"{s.stem}.pdf") for s in sources)
            if error is not None
        ]
        finished = time.perf_counter()
    if failures:
        raise SystemExit(f"pool: {len(failures)} copies failed, first: {failures[0][1]}")
    return finished - started, finished - ready


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100, help="copies to convert (default 100)")
    parser.add_argument("--workers", type=int, default=None, help="pool converters (default: one per core)")
    parser.add_argument(
        "--single-count", type=int, default=None,
        help="copies for the one-launch-each way (default: all; fewer saves minutes, rate is per copy)",
    )
    args = parser.parse_args()
    if args.count < 1:
        parser.error("--count must be at least 1")
    try:
        soffice = find_soffice()
    except PdfError as exc:
        print(exc, file=sys.stderr)
        return 1
    work = Path(tempfile.mkdtemp(prefix="bench-pdf-"))
    try:
        sources = make_copies(work, args.count)
        single_sources = sources[: args.single_count or args.count]
        (work / "single").mkdir()
        (work / "pool").mkdir()
        print(f"{os.cpu_count()} cores; {args.count} copies ({len(single_sources)} for one-launch-each)")

        pool_total, pool_converting = convert_with_pool(sources, work / "pool", args.workers)
        single_seconds = convert_one_launch_each(soffice, single_sources, work / "single")

        single_rate = len(single_sources) / single_seconds
        pool_rate = args.count / pool_total
        pages = statistics.median(
            len(__import__("pypdf").PdfReader(p).pages) for p in sorted((work / "pool").glob("*.pdf"))[:10]
        )
        print(f"median pages per copy: {pages:g}")
        print(f"one soffice launch per document: {single_rate:6.2f} PDFs/s ({single_seconds:.1f} s)")
        print(
            f"converter pool:                  {pool_rate:6.2f} PDFs/s ({pool_total:.1f} s, of which "
            f"{pool_total - pool_converting:.1f} s starting; {args.count / pool_converting:.2f} PDFs/s once started)"
        )
        print(f"ratio: pool is {pool_rate / single_rate:.1f} times faster")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
