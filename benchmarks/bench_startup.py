"""How long a one-record command takes, as a whole process: `recordgen --help` and
`recordgen validate` of each shipped example.

    python benchmarks/bench_startup.py [--runs 15] [--baseline GIT-REVISION]

Each command is run ``--runs`` times, alternating the ways, and the medians of wall time and
of the process's CPU time (user + system) are printed, beside Python doing nothing. The ways:

* ``tables``: the derived tables (recordgen/support/derived.py) already in the cache folder,
  as on any run after the first;
* ``first run``: an empty cache folder, so the tables are built (once per machine and
  library versions);
* ``no cache``: a cache folder that cannot be made, so wordfreq, lemminflect and the
  holidays package are loaded as before the tables existed;
* ``baseline``: with ``--baseline``, the code of that git revision (``git archive``).

Bytecode is compiled first into a temporary folder (PYTHONPYCACHEPREFIX), as an installed
package has it. On a busy machine wall time moves a lot; CPU time is the steadier figure.
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

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted(p for p in (ROOT / "examples").glob("review-*.yaml") if not p.name.endswith(".translations.yaml"))


def run(command: list[str], env: dict) -> tuple[float, float]:
    """(wall, CPU) seconds of one process."""
    started = time.perf_counter()
    # From a neutral folder: `python -m` puts the current folder first on the path.
    process = subprocess.Popen(command, env=env, cwd=tempfile.gettempdir(), stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        raise SystemExit(f"{' '.join(command)} failed")
    return wall, usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--first-runs", type=int, default=3, help="runs that build the tables (slow)")
    parser.add_argument("--baseline", help="also time this git revision's code, e.g. the commit before a change")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="recordgen-bench-startup-") as scratch:
        scratch = Path(scratch)
        base = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        base |= {"PYTHONPATH": str(ROOT), "PYTHONPYCACHEPREFIX": str(scratch / "pycache")}
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "recordgen")], env=base, check=True)
        (scratch / "blocked").write_text("a file where the cache folder would be")
        ways = {
            "tables": {**base, "XDG_CACHE_HOME": str(scratch / "cache")},
            "first run": None,  # a new empty folder each run
            "no cache": {**base, "XDG_CACHE_HOME": str(scratch / "blocked")},
        }
        if args.baseline:
            old = scratch / "baseline"
            old.mkdir()
            archive = subprocess.run(["git", "-C", str(ROOT), "archive", args.baseline],
                                     check=True, capture_output=True).stdout
            subprocess.run(["tar", "-x", "-C", str(old)], input=archive, check=True)
            ways["baseline"] = {**base, "PYTHONPATH": str(old), "XDG_CACHE_HOME": str(scratch / "cache")}
            subprocess.run([sys.executable, "-m", "compileall", "-q", str(old / "recordgen")],
                           env=ways["baseline"], check=True)
        commands = {"python -c pass": [sys.executable, "-c", "pass"],
                    "recordgen --help": [sys.executable, "-m", "recordgen", "--help"]}
        commands |= {f"validate {p.stem}": [sys.executable, "-m", "recordgen", "validate", str(p)] for p in EXAMPLES}
        for command in commands.values():  # the tables built, bytecode warm
            run(command, ways["tables"])
        results: dict[tuple[str, str], list[tuple[float, float]]] = {}
        for index in range(args.runs):
            for name, command in commands.items():
                order = list(ways) if index % 2 == 0 else list(reversed(ways))
                for way in order:
                    if way != "tables" and not name.startswith("validate"):
                        continue
                    if way == "first run" and index >= args.first_runs:
                        continue
                    env = ways[way]
                    if env is None:
                        folder = scratch / f"first-{index}-{name.replace(' ', '-')}"
                        env = {**base, "XDG_CACHE_HOME": str(folder)}
                    results.setdefault((name, way), []).append(run(command, env))
                    if ways[way] is None:
                        shutil.rmtree(folder, ignore_errors=True)

    print(f"cores: {os.cpu_count()}; bytecode compiled first (as installed); up to {args.runs} runs of each, "
          "alternated; medians (min)"
          + (f"; baseline: {args.baseline}" if args.baseline else ""))
    print(f"  {'command':28} {'way':10} {'wall s':>14} {'CPU s':>14}")
    for (name, way), values in results.items():
        walls, cpus = [v[0] for v in values], [v[1] for v in values]
        print(f"  {name:28} {way:10} {statistics.median(walls):7.3f} ({min(walls):.3f}) "
              f"{statistics.median(cpus):7.3f} ({min(cpus):.3f})")


if __name__ == "__main__":
    main()
