"""How fast is `check_record`, and `check --fix`? Generates 1,000 fictional
records in memory from the examples, with varied names, ages and texts, and
times checking them all; then writes 100 record files written about the child
and times fixing them (a dry run, so each run fixes the same files).

    python benchmarks/bench_check.py [--records 1000] [--files 100] [--runs 5]

Prints records per second and total seconds (median of the runs).
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from recordgen.wording import check_record  # noqa: E402
from recordgen.record.loading import TranslationsFileGiven, load_record, skipped_line  # noqa: E402
from recordgen.record.settings import Settings  # noqa: E402
from recordgen.wording.apply_fixes import fix_file  # noqa: E402

FIRST_NAMES = ["Maya", "Tyler", "Aisha", "Kian", "Ruby", "Noah", "Zara", "Leon", "Ellie", "Jaden"]
PRONOUNS = ["she/her", "he/him", "they/them"]
# Sentences in the ways IROs write, good and bad, added to the lists.
EXTRA = [
    "You told me you feel safe at home and you like your room.",
    "Your contact with your dad has gone well this term.",
    "{name} has settled well at school and has made friends.",
    "You are making significantly improved progress with your emotional regulation strategies.",
    "You can contact me at any time if you are worried.",
    "Your placement is stable and everyone agreed it meets your needs.",
    "You said \"I want to stay here\" and we all agreed.",
    "Your SW will visit every six weeks.",
]


def make_records(count: int, seed: int = 1) -> list:
    rng = random.Random(seed)
    bases, sidecars = [], []
    for path in sorted((ROOT / "examples").glob("*.yaml")):
        try:
            bases.append(load_record(path))
        except TranslationsFileGiven as sidecar:  # *.yaml matches the translations files too
            sidecars.append(sidecar)
    if sidecars:
        print(skipped_line(sidecars), file=sys.stderr)
    records = []
    for number in range(count):
        base = rng.choice(bases)
        name = rng.choice(FIRST_NAMES)
        child = base.record.child.model_copy(update={
            "name": f"{name} Example{number}", "known_as": name,
            "pronouns": rng.choice(PRONOUNS),
            "date_of_birth": base.record.review.date - dt.timedelta(days=rng.randint(365 * 2, 365 * 17)),
            "reading_level": None,
        })
        extra = [text.format(name=name) for text in rng.sample(EXTRA, 4)]
        items = [item.model_copy(update={"text": text}) for item, text in
                 zip([base.record.working_well[0]] * 4, extra)]
        record = base.record.model_copy(update={
            "child": child,
            "working_well": list(base.record.working_well) + items[:2],
            "worries": list(base.record.worries) + items[2:],
        })
        records.append(type(base)(record, f"generated-{number}.yaml", base.lines, b""))
    return records


ABOUT_THE_CHILD = {
    "You have lived with Mark and Lisa for a year now": "Sam has lived with Mark and Lisa for a year now",
    "Sometimes you feel sad after family time and find it hard to sleep.":
        "Sometimes Sam feels sad after contact and finds it hard to sleep.",
    "You feel ready for big school": "Sam is ready for big school",
    "You see Zain often, so you stay close as brother and sister.": "Sam's siblings matter to her.",
}


def time_fixes(count: int, runs: int) -> None:
    source = (ROOT / "examples" / "review-sam-9.yaml").read_text(encoding="utf-8")
    for old, new in ABOUT_THE_CHILD.items():
        source = source.replace(old, new)
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for number in range(count):
            path = Path(folder) / f"review-{number}.yaml"
            path.write_text(source.replace("NL-20451", f"NL-{number:05d}"), encoding="utf-8")
            paths.append(path)
        timings, fixed = [], 0
        for _ in range(runs):
            start = time.perf_counter()
            fixed = sum(len(fix_file(path, dry_run=True).applied) for path in paths)
            timings.append(time.perf_counter() - start)
    total = statistics.median(timings)
    print(f"{count} files, {fixed} fixes: median of {runs} runs {total:.2f} s, "
          f"{1000 * total / count:.1f} ms a file (runs: {', '.join(f'{t:.2f}' for t in timings)})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=1000)
    parser.add_argument("--files", type=int, default=100)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    records = make_records(args.records)
    settings = Settings()
    timings, findings = [], 0
    for _ in range(args.runs):
        start = time.perf_counter()
        findings = sum(len(check_record(loaded, settings)) for loaded in records)
        timings.append(time.perf_counter() - start)
    total = statistics.median(timings)
    print(f"{len(records)} records, {findings} findings; median of {args.runs} runs: "
          f"{total:.2f} s total, {len(records) / total:,.0f} records/second "
          f"(runs: {', '.join(f'{t:.2f}' for t in timings)})")
    time_fixes(args.files, args.runs)


if __name__ == "__main__":
    main()
