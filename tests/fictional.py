"""Fictional review records in bulk, for the batch tests and the benchmarks (test data, not library code).

Every name, address, school and case number here is invented. Records vary
in age band, recipients, languages and withheld items so that a batch
exercises every template and every kind of withholding.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from ruamel.yaml import YAML

_FIRST_NAMES = ["Ava", "Ben", "Cara", "Dev", "Esme", "Finn", "Gita", "Hugo", "Isla", "Jay", "Kira", "Leo"]
_SURNAMES = ["Ashdown", "Brierley", "Colley", "Dunmore", "Eastwick", "Fenwood", "Garside", "Holloway"]
_AGES = [3, 6, 9, 13, 16]            # one per age band: early, young, middle, teen, young adult
_REVIEW_BASE = dt.date(2026, 1, 5)
# Each withheld action has its own person: text repeated in a visible item would be a leak.
_PRIVATE_STEP_BY = {"parent": "Morgan Lyle (your IRO)", "carer": "Jess Okafor (your teacher)",
                    "social_worker": "Sam Reid (your school nurse)", "other": "Alex Fenn (your advocate)"}


def _participation(age: int) -> str:
    return "PN0" if age < 4 else "PN1"


def fictional_record(index: int, markers: dict[str, str] | None = None, review_date: dt.date | None = None) -> dict:
    """Record number ``index`` as plain data. ``markers`` puts unique strings in every withheld place:
    keys ``address``, ``school``, and ``worry_<role>`` / ``action_<role>`` for items withheld from a role."""
    markers = markers or {}
    age = _AGES[index % len(_AGES)]
    first = _FIRST_NAMES[index % len(_FIRST_NAMES)]
    surname = _SURNAMES[(index // len(_FIRST_NAMES)) % len(_SURNAMES)]
    review = review_date or _REVIEW_BASE + dt.timedelta(days=7 * (index % 30))
    born = dt.date(review.year - age - 1, 6 + index % 6, 1 + index % 27)
    entered = review - dt.timedelta(days=400)
    if entered < born:
        entered = born + dt.timedelta(days=30)
    worries = [
        "Sometimes you feel worried before family time and find it hard to sleep.",
        "You find some lessons hard and would like more help.",
    ]
    actions = [
        {"who": "Dana Webb (your social worker)", "what": "Set up family time with your brother every two weeks.",
         "by": (review + dt.timedelta(days=21)).isoformat()},
        {"who": "Your carers", "what": "Make a calm bedtime plan with you.",
         "by": (review + dt.timedelta(days=14)).isoformat()},
    ]
    for role in ("parent", "carer", "social_worker", "other"):
        if f"worry_{role}" in markers:
            worries.append({"text": f"A worry kept from this reader {markers[f'worry_{role}']}.", "withhold_from": [role]})
        if f"action_{role}" in markers:
            actions.append({"who": _PRIVATE_STEP_BY[role],
                            "what": f"A private step {markers[f'action_{role}']}.",
                            "by": (review + dt.timedelta(days=28)).isoformat(), "withhold_from": [role]})
    distribution = [
        {"role": "child", "name": first},
        {"role": "parent", "name": f"Rosa {surname}", "language": "en"},
        {"role": "carer", "name": "Pat and Lee Moreton"},
        {"role": "social_worker", "name": "Dana Webb", "email": "dana.webb@example.gov.uk"},
    ]
    if index % 3 == 0:
        distribution.append({"role": "other", "name": "Kim Arden (advocate)"})
    return {
        "child": {
            "id": f"FX-{10000 + index}", "name": f"{first} {surname}", "known_as": first,
            "date_of_birth": born.isoformat(), "pronouns": "they/them", "language": "en",
            "entered_care": entered.isoformat(),
        },
        "review": {
            "date": review.isoformat(), "sequence": 3, "venue": "your home",
            "chair": {"name": "Morgan Lyle", "phone": "01632 960001", "email": "morgan.lyle@example.gov.uk"},
            "participation": _participation(age),
            "attendees": [{"name": first, "role": "you"}, {"name": "Dana Webb", "role": "social worker"}],
        },
        "child_views": [] if age < 4 else ["I like my room and I want to stay.", "I want to see my brother more."],
        "working_well": ["You are settled at home and you have made good friends.",
                         "Your family time has gone well this term."],
        "worries": worries,
        "goals": ["You feel happy and safe at home.", "You keep close to your brother."],
        "actions": actions,
        "care_plan": {"plan": "You will keep living with Pat and Lee as you grow up.", "still_right": True},
        "rights": {"advocate": "offered", "independent_visitor": "offered", "complaints_explained": True},
        "placement": {
            "carers": "Pat and Lee Moreton",
            "address": markers.get("address", f"{index % 90 + 1} Larch Close, Exampleton, EX1 {index % 9}ZZ"),
            "school": markers.get("school", "Brookfield Primary School"),
            "confidential": True,
        },
        "distribution": distribution,
    }


def record_yaml(data: dict) -> str:
    yaml = YAML(typ="rt", pure=True)
    yaml.default_flow_style = False
    yaml.width = 4096
    buffer = io.StringIO()
    buffer.write("# A fictional review record, made by tests/fictional.py\n")
    yaml.dump(data, buffer)
    return buffer.getvalue()


def write_corpus(folder: str | Path, count: int, start: int = 0) -> list[Path]:
    """``count`` fictional record files in ``folder``; returns their paths."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(start, start + count):
        path = folder / f"review-{index:05d}.yaml"
        path.write_text(record_yaml(fictional_record(index)), encoding="utf-8")
        paths.append(path)
    return paths
