"""One batch worker's CPU a copy, in this process, and the sha256 of every copy it makes.

    python benchmarks/bench_worker.py [--records 300] [--repeats 3] [--digests FILE] [--profile N]

Makes the realistic corpus of ``bench_batch.py`` (the shipped examples varied, each with its
translations file) and runs what one batch worker runs (``RecordMaker.process``, the
templates compiled once) over every record, ``--repeats`` times, printing the median CPU a
copy. ``--digests FILE`` writes each copy's path and sha256 (``--check FILE`` compares them):
a change that makes the batch cheaper must leave every copy byte for byte the same. The day
is fixed (``--today``) so that the digests of two runs, or two versions, can be compared.
``--profile N`` prints the N costliest functions (cProfile, one pass).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))

from bench_batch import write_realistic_corpus  # noqa: E402


def run(records: list[Path], output: Path, today: dt.date) -> tuple[float, int, dict[str, str]]:
    """(CPU seconds, copies, {path: sha256}) of one worker making every copy of ``records``."""
    from recordgen.distribution.copies import BatchOptions, RecordMaker

    maker = RecordMaker(BatchOptions(output=output, today=today, force=True, allow_untranslated=True,
                                     format="docx"))
    maker.process(str(records[0]))  # the templates compiled, as a worker has them after its first record
    digests: dict[str, str] = {}
    started = time.process_time()
    for path in records:
        result = maker.process(str(path))
        for row in result.rows:
            if row.status != "ready":
                raise SystemExit(f"{path}: {row.recipient}: {row.status} {row.reason}")
            digests[row.path] = row.sha256
    return time.process_time() - started, len(digests), digests


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", type=int, default=300)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--today", type=dt.date.fromisoformat, default=dt.date(2026, 12, 6))
    parser.add_argument("--digests", type=Path, help="write each copy's path and sha256 here")
    parser.add_argument("--check", type=Path, help="compare each copy's sha256 with this file's")
    parser.add_argument("--profile", type=int, default=0, help="print this many costliest functions")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="recordgen-worker-") as scratch:
        scratch = Path(scratch)
        records = write_realistic_corpus(scratch / "records", args.records)
        if args.profile:
            import cProfile
            import pstats

            profile = cProfile.Profile()
            profile.enable()
            run(records, scratch / "out", args.today)
            profile.disable()
            pstats.Stats(profile).sort_stats("cumulative").print_stats(args.profile)
            pstats.Stats(profile).sort_stats("tottime").print_stats(args.profile)
            return
        per_copy, digests = [], {}
        for _ in range(args.repeats):
            cpu, copies, digests = run(records, scratch / "out", args.today)
            per_copy.append(1000 * cpu / copies)
        print(f"{len(digests)} copies of {args.records} records; CPU a copy in one worker: median "
              f"{statistics.median(per_copy):.2f} ms (runs {', '.join(f'{c:.2f}' for c in per_copy)})")
        lines = "".join(f"{digest}  {path}\n" for path, digest in sorted(digests.items()))
        print("sha256 of every copy's sha256:", hashlib.sha256(lines.encode()).hexdigest())
        if args.digests:
            args.digests.write_text(lines, encoding="utf-8")
        if args.check:
            expected = dict(reversed(line.split("  ", 1)) for line in args.check.read_text().splitlines())
            got = {path: digest for path, digest in digests.items()}
            differ = sorted(p for p in expected.keys() | got.keys() if expected.get(p) != got.get(p))
            if differ:
                raise SystemExit(f"{len(differ)} copies differ, e.g. {differ[:5]}")
            print(f"every copy byte for byte as in {args.check} ({len(got)})")


if __name__ == "__main__":
    main()
