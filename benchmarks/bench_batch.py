"""How much faster `recordgen batch` is than the naive way, on records like councils have.

    python benchmarks/bench_batch.py [--records 300] [--repeats 3] [--workers 0] [--fictional 300]
                                     [--scale 300,3000,30000]

The headline corpus is the three shipped examples varied N times each (case
number, file name, the child's age so every band is met), with their
translations files: about a quarter of the copies are translated from a
translations file (Urdu, Polish, Pashto) and a fifth are right to left, and
some items are withheld. Timed in the same run, alternately, as whole processes:
  (a) the naive way: a script that, for each copy, loads the record and its
      translations file, builds the context and renders a new DocxTemplate;
  (b) `recordgen batch` (start-up included), producing the same copies.
Medians of the repeats are printed, with the ratio, the peak memory of each
whole process tree (proportional, PSS: a page the forked workers share counted once;
and resident summed, RSS, which counts it in each), and each kind of copy's CPU time in one process (English,
translated left to right, right to left). A sample of copies is checked to read
the same both ways. The older all-English fictional corpus is a second line.
"""

from __future__ import annotations

import argparse
import csv
import difflib
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import docx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))  # fictional.py: the tests' record maker

from fictional import write_corpus  # noqa: E402

EXAMPLES = ROOT / "examples"
# (example, ages it is varied through): every band is met, PN0 only under 4.
_VARIANTS = {
    "review-sam-9": (9, 6, 10, 7),           # middle, young
    "review-lily-3": (3, 3, 2, 3),           # early
    "review-ahmad-15": (15, 16, 13, 17),     # teen, young adult
}


def write_realistic_corpus(folder: Path, count: int) -> list[Path]:
    """``count`` records made from the shipped examples, each with its translations file."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    stems = list(_VARIANTS)
    for index in range(count):
        stem = stems[index % len(stems)]
        record = (EXAMPLES / f"{stem}.yaml").read_text(encoding="utf-8")
        variant = index // len(stems)
        age = _VARIANTS[stem][variant % len(_VARIANTS[stem])]
        name = f"{stem}-{index:05d}"
        # A new case number; a birth year that gives the child this age on the review date.
        record = re.sub(r"(?m)^(  id: )(\S+)", lambda m: f"{m.group(1)}{m.group(2)}-{index:05d}", record, count=1)
        review_year = int(re.search(r"(?m)^  date: (\d{4})", record).group(1))
        record = re.sub(r"(?m)^(  date_of_birth: )(\d{4})",
                        lambda m: f"{m.group(1)}{review_year - age - (1 if _birthday_after_review(record) else 0)}",
                        record, count=1)
        path = folder / f"{name}.yaml"
        path.write_text(record, encoding="utf-8")
        sidecar = EXAMPLES / f"{stem}.translations.yaml"
        if sidecar.exists():
            text = sidecar.read_text(encoding="utf-8").replace(f"record: {stem}.yaml", f"record: {name}.yaml")
            (folder / f"{name}.translations.yaml").write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def _birthday_after_review(record: str) -> bool:
    born = re.search(r"(?m)^  date_of_birth: \d{4}-(\d\d)-(\d\d)", record)
    review = re.search(r"(?m)^  date: \d{4}-(\d\d)-(\d\d)", record)
    return (born.group(1), born.group(2)) > (review.group(1), review.group(2))


# ---------------------------------------------------------------- the naive way

NAIVE = r'''
import sys
from pathlib import Path
from docxtpl import DocxTemplate
from recordgen import api
from recordgen.rendering.context import build_context
from recordgen.rendering.renderer import text_source
from recordgen.rules.ages import aftercare_until, age_on, band_for_age
from recordgen.rules.timescales import review_dates
from recordgen.support.clock import today
from recordgen.translation import load_translations, texts_for
from recordgen.translation.items import written_in_paths
from recordgen.record.naming import copy_filename

records, out = Path(sys.argv[1]), Path(sys.argv[2])
renderer = api.Renderer(allow_untranslated=True)  # only for the band and the templates' folder
copies = 0
for path in sorted(records.glob("*.yaml")):
    if path.name.endswith(".translations.yaml"):
        continue
    record = api.load_record(path).record
    band = renderer.band(record)
    next_review = review_dates(record, renderer.settings.timescales).next_review
    folder = out / record.child.id / record.review.date.isoformat()
    folder.mkdir(parents=True, exist_ok=True)
    for recipient in record.distribution:
        texts = texts_for(record, recipient, load_translations(path), True)
        # The context the tool's own renderer builds (the same words), without its finishing.
        born, settings = record.child.date_of_birth, renderer.settings
        context = build_context(record, recipient, band=band, language=record.recipient_language(recipient),
                                next_review=next_review, texts=text_source(texts),
                                untranslated_notice=len(texts.untranslated),
                                untranslated_in=written_in_paths(record, texts.untranslated),
                                childrens_rights=settings.childrens_rights,
                                age_band=band_for_age(age_on(born, record.review.date), settings.age_bands),
                                aftercare_until=aftercare_until(settings.timescales.nation),
                                band_now=band_for_age(age_on(born, today()), settings.age_bands))
        document = DocxTemplate(str(renderer.template_path(band)))
        document.render(context, autoescape=True)
        document.save(str(folder / copy_filename(record, recipient)))
        copies += 1
print(copies)
'''


def _tree_memory_kb(pid: int) -> tuple[int, int]:
    """(resident, proportional) memory in kB of a process and all its descendants, from /proc.
    Resident (RSS) counts a page shared by the forked workers once in each of them; proportional
    (PSS) shares it out among them, so it is what the tree really holds."""
    rss = pss = 0
    stack = [pid]
    while stack:
        current = stack.pop()
        try:
            with open(f"/proc/{current}/smaps_rollup") as rollup:
                for line in rollup:
                    if line.startswith("Rss:"):
                        rss += int(line.split()[1])
                    elif line.startswith("Pss:"):
                        pss += int(line.split()[1])
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as children:
                    stack += [int(c) for c in children.read().split()]
        except (OSError, ValueError):
            continue
    return rss, pss


def timed(command: list[str]) -> tuple[float, tuple[int, int], str, float]:
    """(seconds, peak (RSS, PSS) of the whole process tree in kB, stdout, CPU seconds of the whole
    process tree) of one command. CPU is what a shared machine's load does not change much."""
    peak = [0, 0]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env={**os.environ, "PYTHONPATH": str(ROOT)})

    def sample() -> None:
        while process.poll() is None:
            rss, pss = _tree_memory_kb(process.pid)
            peak[0], peak[1] = max(peak[0], rss), max(peak[1], pss)
            time.sleep(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    stdout, stderr = process.communicate()
    elapsed = time.perf_counter() - started
    sampler.join()
    if process.returncode != 0:
        raise SystemExit(f"{command[2]} failed (exit {process.returncode}):\n{stdout}\n{stderr}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)  # the command and every process it waited for
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return elapsed, (peak[0], peak[1]), stdout, cpu


def _memory(peak: tuple[int, int]) -> str:
    return f"{peak[1] / 1024:.0f} MB proportional (PSS), {peak[0] / 1024:.0f} MB resident summed (RSS)"


def batch_command(records: Path, out: Path, workers: int) -> list[str]:
    return [sys.executable, "-m", "recordgen", "batch", str(records), "-o", str(out), "--format", "docx",
            "--workers", str(workers), "--allow-untranslated", "--force", "--allow-example-contacts"]


def document_text(path: Path) -> list[str]:
    document = docx.Document(str(path))
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        lines += [cell.text for row in table.rows for cell in row.cells]
    # Right-to-left copies carry direction marks around values and their own digits; the
    # naive way has neither. Line by line, not paragraph by paragraph: the renderer's finishing
    # makes a long closing's parts paragraphs of their own, where the template has line breaks.
    return [line.replace("\u200e", "").translate(_WESTERN_DIGITS)
            for text in lines for line in text.split("\n") if line.strip()]


_WESTERN_DIGITS = {code + offset: str(offset) for code in (0x0660, 0x06F0, 0x09E6) for offset in range(10)}


def compare(records: Path, scratch: Path, workers: int, repeats: int, label: str, every: int = 7) -> None:
    times: dict[str, list[float]] = {"naive": [], "batch": []}
    cpus: dict[str, list[float]] = {"naive": [], "batch": []}
    peaks: dict[str, tuple[int, int]] = {"naive": (0, 0), "batch": (0, 0)}
    copies = 0
    for repeat in range(repeats):
        for way in ("naive", "batch") if repeat % 2 == 0 else ("batch", "naive"):
            out = scratch / f"{label}-{way}"
            shutil.rmtree(out, ignore_errors=True)
            command = ([sys.executable, "-c", NAIVE, str(records), str(out)] if way == "naive"
                       else batch_command(records, out, workers))
            seconds, peak, stdout, cpu = timed(command)
            times[way].append(seconds)
            cpus[way].append(cpu)
            peaks[way] = (max(peaks[way][0], peak[0]), max(peaks[way][1], peak[1]))
            if way == "naive":
                copies = int(stdout.split()[-1])
    with open(scratch / f"{label}-batch" / "manifest.csv", encoding="utf-8", newline="") as handle:
        rows = [r for r in csv.DictReader(handle) if r["status"] == "ready"]
    assert len(rows) == copies, f"batch made {len(rows)} copies, the naive way {copies}"
    added = 0
    for row in rows[::every]:  # the same words both ways
        ours = document_text(scratch / f"{label}-batch" / row["path"])
        theirs = document_text(scratch / f"{label}-naive" / row["path"])
        # A child's copy from the batch also carries the feedback part, which the naive way
        # does not make: lines added are allowed, none changed or left out.
        changes = [op for op in difflib.SequenceMatcher(a=theirs, b=ours, autojunk=False).get_opcodes()
                   if op[0] != "equal"]
        if any(op[0] != "insert" for op in changes):
            raise SystemExit(f"{row['path']} reads differently from the naive copy")
        added += bool(changes)
    naive_ms = 1000 * statistics.median(times["naive"]) / copies
    batch_ms = 1000 * statistics.median(times["batch"]) / copies
    print(f"{label}: {copies} copies, median of {repeats} alternated whole-process runs")
    print(f"  naive (a docxtpl loop, new template per copy): {naive_ms:7.2f} ms a copy  "
          f"(runs {', '.join(f'{t:.1f}' for t in times['naive'])} s; peak {_memory(peaks['naive'])})")
    print(f"  recordgen batch:                                {batch_ms:7.2f} ms a copy  "
          f"(runs {', '.join(f'{t:.1f}' for t in times['batch'])} s; peak {_memory(peaks['batch'])}, "
          "all processes)")
    naive_cpu = 1000 * statistics.median(cpus["naive"]) / copies
    batch_cpu = 1000 * statistics.median(cpus["batch"]) / copies
    print(f"  CPU a copy, all processes (median): naive {naive_cpu:.2f} ms, batch {batch_cpu:.2f} ms "
          f"({naive_cpu / batch_cpu:.1f} times less); load average {os.getloadavg()[0]:.1f} at the end")
    print(f"  ratio: {naive_ms / batch_ms:.1f} times faster; of {len(rows[::every])} copies compared word for word, "
          f"{added} from the batch also carry the feedback part (more work than the naive way does)")


def cpu_by_kind(paths: list[Path]) -> None:
    """CPU time of one copy, by kind, rendered in this process (the template compiled once)."""
    from recordgen import api
    from recordgen.i18n.languages import is_right_to_left

    renderer = api.Renderer(allow_untranslated=True)
    kinds: dict[str, list[float]] = {"English": [], "translated, left to right": [], "right to left": []}
    for path in paths:
        loaded = api.load_record(path)
        for recipient in loaded.record.distribution:
            language = loaded.record.recipient_language(recipient)
            kind = ("English" if language == "en" else "right to left" if is_right_to_left(language)
                    else "translated, left to right")
            started = time.process_time()
            renderer.render_copy(loaded, recipient)
            kinds[kind].append(time.process_time() - started)
    total = sum(len(v) for v in kinds.values())
    print("CPU a copy, one process (median):")
    for kind, values in kinds.items():
        if values:
            print(f"  {kind:26} {1000 * statistics.median(values):6.2f} ms  ({len(values)} copies, "
                  f"{100 * len(values) / total:.0f}%)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", type=int, default=300, help="records made from the shipped examples (0: skip the comparison)")
    parser.add_argument("--repeats", type=int, default=3, help="alternated runs of each way")
    parser.add_argument("--workers", type=int, default=0, help="batch workers; 0 = one per core")
    parser.add_argument("--compare-every", type=int, default=7,
                        help="compare every Nth copy word for word with the naive way's (1: all)")
    parser.add_argument("--fictional", type=int, default=300,
                        help="records of the older all-English fictional corpus (0 to skip)")
    parser.add_argument("--scale", default="",
                        help="also run the batch alone over these many realistic records, e.g. 300,3000,30000 "
                             "(linear? flat memory?); each size's folder is removed after it")
    args = parser.parse_args()

    print(f"cores: {os.cpu_count()}, workers: {args.workers or 'one per core'}")
    with tempfile.TemporaryDirectory(prefix="recordgen-bench-") as scratch:
        scratch = Path(scratch)
        if args.records:  # 0: only --scale
            realistic = write_realistic_corpus(scratch / "realistic", args.records)
            cpu_by_kind(realistic[: min(len(realistic), 60)])
            compare(scratch / "realistic", scratch, args.workers, args.repeats,
                    f"realistic ({args.records} records from the examples)", args.compare_every)
        if args.fictional:
            write_corpus(scratch / "fictional", args.fictional)
            compare(scratch / "fictional", scratch, args.workers, args.repeats,
                    f"fictional, all English ({args.fictional} records)", args.compare_every)
        for size in [int(n) for n in args.scale.split(",") if n.strip()]:
            write_realistic_corpus(scratch / "scale", size)
            seconds, peak, _, cpu = timed(batch_command(scratch / "scale", scratch / "scale-out", args.workers))
            with open(scratch / "scale-out" / "manifest.csv", encoding="utf-8", newline="") as handle:
                made = sum(1 for r in csv.DictReader(handle) if r["status"] == "ready")
            print(f"scale: {size} records, {made} copies in {seconds:.1f} s "
                  f"({1000 * seconds / made:.2f} ms a copy; CPU {1000 * cpu / made:.2f} ms a copy), peak memory {_memory(peak)} (all processes)",
                  flush=True)
            shutil.rmtree(scratch / "scale", ignore_errors=True)
            shutil.rmtree(scratch / "scale-out", ignore_errors=True)


if __name__ == "__main__":
    main()
