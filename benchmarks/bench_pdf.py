"""PDF conversion speed: one soffice launch per document versus the ConverterPool.

    python benchmarks/bench_pdf.py                        # 100 copies, 3 pool runs
    python benchmarks/bench_pdf.py --count 40 --workers 3
    python benchmarks/bench_pdf.py --allocator both       # jemalloc against glibc's malloc

Both ways convert the same copies in the same run, so the ratio holds even on
a busy machine: real recordgen copies of the shared examples (Urdu, Pashto,
Polish) and of fictional English records (every age band); the mix is
printed. Pool rates are given with and without starting the converters.

LibreOffice's own floor is measured too, in the same run: ``soffice --convert-to``
converting the same copies, one launch per core each given its share, with the pool's
export options (PDF/A-2b, tagged) and with LibreOffice's defaults. For it and for the pool
the CPU per PDF is the CPU of every process involved (from /proc: soffice.bin, the UNO
workers, this process), once started.
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


_TICKS = os.sysconf("SC_CLK_TCK")


def tree_cpu(root: int | None = None) -> dict[str, float]:
    """CPU seconds (user + system) of a process and all its descendants, by program name."""
    root = root or os.getpid()
    children: dict[int, list[int]] = collections.defaultdict(list)
    stats: dict[int, tuple[str, float]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as handle:
                text = handle.read()
        except OSError:
            continue
        name = text[text.index("(") + 1:text.rindex(")")]
        fields = text[text.rindex(")") + 2:].split()
        children[int(fields[1])].append(int(entry))
        stats[int(entry)] = (name, (int(fields[11]) + int(fields[12])) / _TICKS)
    cpu: dict[str, float] = collections.Counter()
    stack = [root]
    while stack:
        pid = stack.pop()
        if pid in stats:
            name, seconds = stats[pid]
            cpu["recordgen (this process)" if pid == root else
                "LibreOffice (soffice.bin)" if name.startswith("soffice") else f"{name} (UNO worker)"] += seconds
        stack += children.get(pid, [])
    return cpu


def convert_with_pool(sources: list[Path], out_dir: Path, workers: int | None) -> tuple[float, float, dict]:
    """Returns (seconds including start-up, seconds converting only, CPU seconds by process once started)."""
    started = time.perf_counter()
    with ConverterPool(workers=workers) as pool:
        ready, cpu_ready = time.perf_counter(), tree_cpu()
        failures = [
            (source, error)
            for source, _, error in pool.convert_many((s, out_dir / f"{s.stem}.pdf") for s in sources)
            if error is not None
        ]
        finished, cpu_done = time.perf_counter(), tree_cpu()
    if failures:
        raise SystemExit(f"pool: {len(failures)} copies failed, first: {failures[0][1]}")
    return finished - started, finished - ready, {k: cpu_done[k] - cpu_ready.get(k, 0) for k in cpu_done}


#: The pool's export options, as --convert-to takes them (LibreOffice 7.4 and later).
SAME_OPTIONS = ('pdf:writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"2"},'
                '"UseTaggedPDF":{"type":"boolean","value":"true"},"ExportBookmarks":{"type":"boolean","value":"true"},'
                '"DisplayPDFDocumentTitle":{"type":"boolean","value":"true"},"ExportNotes":{"type":"boolean","value":"false"},'
                '"ExportFormFields":{"type":"boolean","value":"false"},"Quality":{"type":"long","value":"90"}}')


def libreoffice_own(soffice: str, sources: list[Path], out_dir: Path, launches: int, target: str) -> tuple[float, float]:
    """LibreOffice alone: ``launches`` soffice --convert-to processes at once, each converting its
    share of the copies in one launch. Returns (seconds, CPU seconds of all of them).
    Start-up is included (a launch is some 1.5 s of CPU, spread over its share)."""
    shares = [sources[i::launches] for i in range(launches)]
    started = time.perf_counter()
    processes = []
    profiles = [tempfile.mkdtemp(prefix="bench-lo-own-") for _ in shares]
    for share, profile in zip(shares, profiles):
        processes.append(subprocess.Popen(
            [soffice, f"-env:UserInstallation={Path(profile).as_uri()}", "--headless", "--norestore",
             "--convert-to", target, "--outdir", str(out_dir), *map(str, share)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
    cpu = 0.0
    for process in processes:
        _, status, usage = os.wait4(process.pid, 0)
        cpu += usage.ru_utime + usage.ru_stime
    seconds = time.perf_counter() - started
    for profile in profiles:
        shutil.rmtree(profile, ignore_errors=True)
    missing = [s for s in sources if not (out_dir / f"{s.stem}.pdf").is_file()]
    if missing:
        raise SystemExit(f"soffice --convert-to left out {len(missing)} PDFs")
    return seconds, cpu


def startup_cpu(soffice: str, sample: Path, out_dir: Path, target: str) -> float:
    """CPU of one launch converting one small copy: what a launch costs beyond its copies."""
    return libreoffice_own(soffice, [sample], out_dir, 1, target)[1]


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
    parser.add_argument("--no-libreoffice-own", action="store_true",
                        help="skip timing soffice --convert-to on its own")
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
        cpu_runs: dict[str, list[dict]] = {allocator: [] for allocator in allocators}
        launches = args.workers or os.cpu_count() or 1
        own: dict[str, list[tuple[float, float]]] = {"same options (PDF/A-2b, tagged)": [], "defaults": []}
        targets = {"same options (PDF/A-2b, tagged)": SAME_OPTIONS, "defaults": "pdf:writer_pdf_Export"}
        for run in range(args.repeat):
            for allocator in allocators:
                out = work / f"pool-{allocator}-{run}"
                out.mkdir()
                os.environ["RECORDGEN_SOFFICE_ALLOCATOR"] = allocator
                total, converting, cpu = convert_with_pool(sources, out, args.workers)
                runs[allocator].append((args.count / total, args.count / converting))
                cpu_runs[allocator].append(cpu)
                print(f"  pool run {run + 1} ({allocator}): {args.count / total:6.2f} PDFs/s, "
                      f"{args.count / converting:6.2f} once started ({total - converting:.1f} s starting), "
                      f"{1000 * sum(cpu.values()) / args.count:.0f} ms CPU a PDF", flush=True)
            if not args.no_libreoffice_own:
                for name, target in targets.items():
                    out = work / f"own-{len(own[name])}-{name[:4]}"
                    out.mkdir()
                    seconds, cpu = libreoffice_own(soffice, sources, out, launches, target)
                    own[name].append((seconds, cpu))
                    print(f"  LibreOffice's own, {name}: {args.count / seconds:6.2f} PDFs/s, "
                          f"{1000 * cpu / args.count:.0f} ms CPU a PDF (start-up included)", flush=True)
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
            parts = collections.Counter()
            for cpu in cpu_runs[allocator]:
                parts.update(cpu)
            total_ms = 1000 * statistics.median(sum(c.values()) for c in cpu_runs[allocator]) / args.count
            print(f"  CPU a PDF once started, median: {total_ms:.1f} ms; of it (mean): " + ", ".join(
                f"{name} {1000 * seconds / len(cpu_runs[allocator]) / args.count:.1f} ms"
                for name, seconds in parts.most_common()))
        if not args.no_libreoffice_own:
            sample = sources[0]
            launch = startup_cpu(soffice, sample, work, SAME_OPTIONS) - 0.0
            for name, values in own.items():
                seconds = statistics.median(v[0] for v in values)
                cpu = statistics.median(v[1] for v in values)
                print(f"LibreOffice's own ({launches} launches at once), {name}, median of {len(values)}: "
                      f"{args.count / seconds:6.2f} PDFs/s, {1000 * cpu / args.count:.1f} ms CPU a PDF with "
                      f"start-up, {1000 * (cpu - launches * launch) / args.count:.1f} ms without "
                      f"(one launch and copy: {1000 * launch:.0f} ms)")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
