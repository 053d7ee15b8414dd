"""PDF conversion speed: one soffice launch per document versus the ConverterPool.

    python benchmarks/bench_pdf.py                        # 100 copies, 3 pool runs
    python benchmarks/bench_pdf.py --count 40 --workers 3
    python benchmarks/bench_pdf.py --allocator both       # jemalloc against glibc's malloc

Both ways convert the same copies in the same run, so the ratio holds even on
a busy machine: real recordgen copies of the shared examples (Urdu, Pashto,
Polish) and of fictional English records (every age band); the mix is
printed. Pool rates are given with and without starting the converters.
"""

from __future__ import annotations

import argparse
import collections
import itertools
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))  # fictional.py: the tests' record maker

from recordgen import api  # noqa: E402
from fictional import write_corpus  # noqa: E402
from recordgen.pdf import ConverterPool, PdfError, find_soffice, verify_pdf  # noqa: E402
from recordgen.pdf.converter import find_jemalloc  # noqa: E402

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def make_copies(folder: Path, count: int) -> list[Path]:
    """``count`` real copies as the batch would hand them to LibreOffice: every fourth
    from the shared examples (Urdu and Pashto right to left, Polish, all with their
    translations), the rest from fictional English records of every age band."""
    renderer = api.Renderer(allow_untranslated=True)

    def copies_of(record_paths):
        for record_path in itertools.cycle(record_paths):
            loaded = api.load_record(record_path)
            for recipient in loaded.record.distribution:
                yield renderer.render_copy(loaded, recipient)

    examples = copies_of(sorted(p for p in EXAMPLES.glob("*.yaml") if not p.name.endswith(".translations.yaml")))
    fictional = copies_of(write_corpus(folder / "records", max(1, count // 3)))
    paths: list[Path] = []
    for number in range(count):
        copy = next(examples if number % 4 == 0 else fictional)
        path = folder / f"{number:04d}-{copy.filename}"
        path.write_bytes(copy.data)
        paths.append(path)
    return paths


def languages_of(copies: list[Path]) -> str:
    """How many copies are in each language, read from the documents' own properties."""
    found: collections.Counter[str] = collections.Counter()
    for path in copies:
        with zipfile.ZipFile(path) as package:
            properties = package.read("docProps/core.xml").decode()
        language = re.search(r"<dc:language>([^<]+)</dc:language>", properties)
        found[language.group(1) if language else "unknown"] += 1
    return ", ".join(f"{language} {n}" for language, n in found.most_common())


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
    parser.add_argument("--repeat", type=int, default=3, help="pool runs; medians are printed (default 3)")
    parser.add_argument(
        "--single-count", type=int, default=None,
        help="copies for the one-launch-each way (default: all; fewer saves minutes, rate is per copy)",
    )
    parser.add_argument(
        "--allocator", choices=("jemalloc", "system", "both"), default="jemalloc",
        help="what the pool's LibreOffice allocates memory with; 'both' alternates them run by run",
    )
    args = parser.parse_args()
    if args.count < 1 or args.repeat < 1:
        parser.error("--count and --repeat must be at least 1")
    try:
        soffice = find_soffice()
    except PdfError as exc:
        print(exc, file=sys.stderr)
        return 1
    allocators = ["jemalloc", "system"] if args.allocator == "both" else [args.allocator]
    if "jemalloc" in allocators and find_jemalloc() is None:
        print("jemalloc is not installed (Debian: libjemalloc2); the pool uses the system allocator", file=sys.stderr)
    work = Path(tempfile.mkdtemp(prefix="bench-pdf-"))
    try:
        sources = make_copies(work, args.count)
        single_sources = sources[: args.single_count or args.count]
        (work / "single").mkdir()
        print(f"{os.cpu_count()} cores; {args.count} copies ({languages_of(sources)}); "
              f"{len(single_sources)} for one-launch-each")

        runs: dict[str, list[tuple[float, float]]] = {allocator: [] for allocator in allocators}
        for run in range(args.repeat):
            for allocator in allocators:
                out = work / f"pool-{allocator}-{run}"
                out.mkdir()
                os.environ["RECORDGEN_SOFFICE_ALLOCATOR"] = allocator
                total, converting = convert_with_pool(sources, out, args.workers)
                runs[allocator].append((args.count / total, args.count / converting))
                print(f"  pool run {run + 1} ({allocator}): {args.count / total:6.2f} PDFs/s, "
                      f"{args.count / converting:6.2f} once started ({total - converting:.1f} s starting)")
        single_seconds = convert_one_launch_each(soffice, single_sources, work / "single")
        single_rate = len(single_sources) / single_seconds

        pages = statistics.median(
            len(__import__("pypdf").PdfReader(p).pages) for p in sorted((work / "single").glob("*.pdf"))[:10]
        )
        print(f"median pages per copy: {pages:g}")
        print(f"one soffice launch per document: {single_rate:6.2f} PDFs/s ({single_seconds:.1f} s)")
        for allocator, rates in runs.items():
            with_start = statistics.median(rate for rate, _ in rates)
            started = statistics.median(rate for _, rate in rates)
            print(f"converter pool ({allocator}), median of {len(rates)}: {with_start:6.2f} PDFs/s, "
                  f"{started:6.2f} once started; {with_start / single_rate:.1f} times one launch per document")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
