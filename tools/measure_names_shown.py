"""False warnings of the names-shown check (``recordgen.rules.names_shown``).

Every record of the examples and the blind corpus, checked as validate does; then each item and
action of those records, one at a time, as if withheld from parent (from carer where no parent is
sent a copy): each warning is a name of that item that another item the reader sees gives too. With
--show, the hits.

    PYTHONPATH=$PWD python tools/measure_names_shown.py [--show] [more records...]
"""

from __future__ import annotations

import sys
from pathlib import Path

from recordgen.record.loading import load_record
from recordgen.record.model import ITEM_SECTIONS, Role
from recordgen.rules.names_shown import names_shown

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    show = "--show" in sys.argv
    paths = [p for p in sorted(ROOT.glob("examples/*.yaml")) + sorted(ROOT.glob("tests/blind_corpus/*.yaml"))
             if not p.name.endswith((".translations.yaml", ".expect.yaml"))]
    paths += [Path(arg) for arg in sys.argv[1:] if arg != "--show"]
    records = {}
    for path in paths:
        try:
            records[str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)] = load_record(path).record
        except Exception:  # a deliberately broken record of a review: not one to measure
            continue
    hits = [(name, *hit) for name, record in records.items() for hit in names_shown(record)]
    print(f"{len(records)} records: {len(hits)} warnings as written")
    for hit in hits if show else ():
        print("   ", *hit)
    items, warned, found = 0, 0, []
    for name, record in records.items():
        roles = {r.role for r in record.distribution}
        role = Role.parent if Role.parent in roles else Role.carer if Role.carer in roles else None
        if role is None:
            continue
        before = {hit[:2] for hit in names_shown(record)}  # as written: counted above
        entries = [item for section in ITEM_SECTIONS for item in getattr(record, section)] + list(record.actions)
        for entry in entries:
            if entry.withhold_from:
                continue
            items += 1
            entry.withhold_from = [role]
            hits = [hit for hit in names_shown(record) if role in hit[4] and hit[:2] not in before]
            entry.withhold_from = []
            warned += bool(hits)
            found += [(name, getattr(entry, "text", None) or entry.what, hit) for hit in hits]
    print(f"{items} items, each as if withheld: {warned} warned ({len(found)} warnings)")
    for hit in found if show else ():
        print("   ", hit[0], "|", hit[1][:70], "||", hit[2][1], "at", hit[2][0])


if __name__ == "__main__":
    main()
