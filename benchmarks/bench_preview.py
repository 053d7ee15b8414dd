"""How long the authoring page's preview takes, in process (Starlette's TestClient: no socket,
no browser), for Sam's record, which has a translations file:

* the mother's copy, translated into Urdu from the translations file, right to left, the
  record as saved (every translation current);
* the same copy while the IRO types into a translated field (one more letter each time):
  that item's translation is stale, so the preview says the copy cannot go yet and shows it
  with that item in English, as the page does;
* the child's copy, in English, while the IRO types.

Medians of wall time and of this process's CPU time per preview (the page keeps no previews:
each is made again). Goal: under 40 ms with a translations file.

    python benchmarks/bench_preview.py [--previews 40] [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from starlette.testclient import TestClient  # noqa: E402

from recordgen.record.loading import parse_file  # noqa: E402
from recordgen.record.settings import Settings  # noqa: E402
from recordgen.web.app import Page, create_app  # noqa: E402
from recordgen.web.store import Folder  # noqa: E402

SAM = "review-sam-9.yaml"
GOAL_MS = 40


def typed(data: dict, n: int) -> dict:
    """Sam's record with the IRO part-way through a sentence: one more letter each time."""
    sentence = "You have lived with Mark and Lisa for a year now, and everyone says you are settled."
    data = json.loads(json.dumps(data))
    data["working_well"][0] = sentence[: 20 + n % (len(sentence) - 20)]
    return data


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--previews", type=int, default=40)
    parser.add_argument("--profile", action="store_true", help="print where the translated preview's time goes")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="recordgen-bench-preview-") as scratch:
        folder = Path(scratch)
        for path in (ROOT / "examples").iterdir():
            shutil.copy(path, folder / path.name)
        data, _ = parse_file(folder / SAM)
        kinds = {"Urdu from the translations file, right to left": ("2", False),
                 "Urdu, while typing (one item stale)": ("2", True),
                 "English (the child's), while typing": ("1", True)}
        with TestClient(create_app(folder)) as client:
            def preview(n: int, who: str, typing: bool = True) -> dict:
                form = typed(data, n) if typing else data
                response = client.post(f"/api/records/{SAM}/preview", json={"data": form, "recipient": who})
                answer = response.json()
                assert response.status_code == 200 and answer["html"], answer
                return answer

            for n in range(3):  # warm: templates compiled, catalogs read
                for who, typing in kinds.values():
                    preview(n, who, typing)
            answer = preview(0, "2", typing=False)  # the copy it claims to be
            assert answer["rtl"] and answer["language"] == "ur" and not answer["notice"], answer
            assert "cannot be sent yet" in preview(0, "2")["notice"]
            times: dict[str, list[tuple[float, float]]] = {kind: [] for kind in kinds}
            for n in range(args.previews):
                for kind, (who, typing) in kinds.items():
                    wall, cpu = time.perf_counter(), time.process_time()
                    preview(n, who, typing)
                    times[kind].append((time.perf_counter() - wall, time.process_time() - cpu))
        if args.profile:  # the page's own work, in this thread (the profiler sees only its own thread)
            page = Page(Folder(folder), Settings())
            page.preview(SAM, data, "2")
            profiler = cProfile.Profile()
            profiler.enable()
            for n in range(20):
                page.preview(SAM, data, "2")
            profiler.disable()

    print(f"preview of Sam's copies, {args.previews} requests each, medians:")
    for kind, values in times.items():
        wall = 1000 * statistics.median(v[0] for v in values)
        cpu = 1000 * statistics.median(v[1] for v in values)
        print(f"  {kind:48} {wall:6.1f} ms (CPU {cpu:5.1f} ms)  goal < {GOAL_MS} ms: "
              f"{'met' if wall < GOAL_MS else 'NOT met'}")
    if args.profile:
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(40)


if __name__ == "__main__":
    main()
