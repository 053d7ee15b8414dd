"""PDF conversion speed: one soffice launch per document versus the ConverterPool.

    python benchmarks/bench_pdf.py            # 100 copies
    python benchmarks/bench_pdf.py --count 40 --workers 3

Both ways convert the same realistic one-to-two page review records in the
same run, so the ratio holds even on a busy machine. The pool's time includes
starting its converters.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from docx import Document

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from recordgen.pdf import ConverterPool, PdfError, find_soffice, verify_pdf  # noqa: E402

NAMES = ["Sam", "Lily", "Ahmad", "Maya", "Tom", "Aisha", "Jordan", "Chloe", "Kofi", "Ella"]
CARERS = ["Mark and Lisa", "Julie", "your grandparents", "Sue and Dave", "Priya"]
WORKING_WELL = [
    "You told me you feel safe with {carer}, and your teacher says you are settling in well.",
    "You have been going to football every Saturday and you scored two goals last month.",
    "You see your mum every other Sunday at the family centre and you said you enjoy it.",
    "Your school attendance is now 97 out of every 100 days, which is brilliant.",
    "You have made a new friend in your class and you go to their house after school.",
]
WORRIES = [
    "Sometimes you feel worried at night, and {carer} sits with you until you fall asleep.",
    "You missed some dentist appointments, so we want to make sure you get a check-up soon.",
    "You said you would like to see your brother more than you do now.",
    "Your reading is a bit behind, and your school is going to give you extra help.",
]
DECISIONS = [
    ("{carer} will book a dentist appointment for you.", "by 30 April"),
    ("Your social worker, Gemma, will arrange more time with your brother.", "by 15 May"),
    ("Your school will start extra reading sessions twice a week.", "by 1 May"),
    ("I will check that you have met your advocate, Dan.", "by 20 May"),
]


def make_record(path: Path, number: int, rng: random.Random) -> None:
    name, carer = rng.choice(NAMES), rng.choice(CARERS)
    document = Document()
    document.core_properties.title = f"Your review record ({name}, copy {number})"
    document.add_heading(f"Dear {name}", level=1)
    document.add_paragraph(
        f"I am your Independent Reviewing Officer. I met you at school on 3 March and we "
        f"talked about how things are going with {carer}. This letter tells you what we "
        f"decided at your review, so you always know what the plan is."
    )
    for heading, pool in (("What's working well", WORKING_WELL), ("What we are worried about", WORRIES)):
        document.add_heading(heading, level=2)
        for sentence in rng.sample(pool, k=min(len(pool), 4)):
            document.add_paragraph(sentence.format(carer=carer), style="List Bullet")
        document.add_paragraph(" ".join(s.format(carer=carer) for s in rng.sample(pool, k=3)))
    document.add_heading("Who does what, by when", level=2)
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "What will happen", "When"
    for action, when in DECISIONS:
        row = table.add_row()
        row.cells[0].text, row.cells[1].text = action.format(carer=carer), when
    document.add_heading("Your rights", level=2)
    for _ in range(3):
        document.add_paragraph(
            "You can have an advocate: someone independent who helps you say what you think. "
            "If you are unhappy about anything, you can complain, and you can phone me directly "
            "on 01632 960 123. Your next review will be in six months, and you can choose where "
            "it happens and who comes."
        )
    document.save(path)


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
        rng = random.Random(2024)
        sources = []
        for number in range(args.count):
            path = work / f"record-{number:03d}.docx"
            make_record(path, number, rng)
            sources.append(path)
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
