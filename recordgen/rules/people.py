"""The people and places a record names: who the carers are (people, or a place such as a
children's home), each person in "Mark and Lisa Owen", first names and family names.

Rules about facts of the record, used by withholding (a confidential placement's carers'
surname is a secret from parents) and by the sentences a copy says about them.
"""

from __future__ import annotations

import re

#: Words in ``placement.carers`` that name a place, not people ("Riverside supported lodgings").
PLACE_WORDS = frozenset({
    "lodgings", "lodging", "home", "house", "hostel", "flat", "flats", "accommodation", "centre",
    "center", "unit", "residential", "project", "foyer", "housing", "supported", "semi-independent",
    "hall", "halls", "court", "lodge", "cottage", "farm", "services", "service", "trust",
})
TITLES = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "rev", "sir", "dame"})


#: Place words that are also common family names ("Sue and Pete Hall", "Mrs Court").
SURNAME_PLACE_WORDS = frozenset({"hall", "court", "lodge"})


def is_place(carers: str) -> bool:
    """``placement.carers`` names a place ("Riverside supported lodgings"), not people. A place
    word that is also a family name counts only when the name is not plainly people's: one
    starting with a title ("Mrs Hall") or joining a first name alone ("Sue and Pete Hall")."""
    words = re.findall(r"[\w'-]+", carers.casefold())
    found = [w for w in words if w in PLACE_WORDS]
    if not found:
        return False
    if any(w not in SURNAME_PLACE_WORDS for w in found):
        return True
    people = people_in(carers)
    titled = any(p.split()[0].rstrip(".").casefold() in TITLES for p in people if p.split())
    return not (titled or (len(people) > 1 and any(len(p.split()) == 1 for p in people)))


def people_in(names: str) -> list[str]:
    """Each person in "Mark and Lisa Owen", "Carol, Steve and Jo Dunn": ["Mark", "Lisa Owen"]."""
    return [p.strip() for p in re.split(r"\s*(?:,|&|\band\b)\s*", names) if p.strip()]


def first_names(names: str) -> list[str]:
    """First names only ("Mark and Lisa Owen" -> ["Mark", "Lisa"]); a title and surname alone
    ("Mrs Hargreaves") has none, as a surname can find a house."""
    found = []
    for person in people_in(names):
        words = person.split()
        if words and words[0].rstrip(".").casefold() not in TITLES:
            found.append(words[0])
    return found


def surnames(names: str) -> list[str]:
    """The family names in "Gail and Ron Pennifold", "Denise Okonjo-Hart": ["Pennifold"], ["Okonjo-Hart"]."""
    found = []
    for person in people_in(names):
        words = person.split()
        if len(words) > 1:
            found.append(words[-1])
    return list(dict.fromkeys(found))


#: A role that says someone works where the child lives: a home's staff, a lodgings' host.
_PLACE_STAFF = re.compile(r"\b(?:carers?|home|manager|staff|host|key ?worker|lodgings|residential)\b", re.IGNORECASE)


def carers_family_names(record) -> list[str]:
    """The family names a confidential placement's parents are not given: the carers' ("Gail
    and Ron Pennifold"), or, where the carers are a place, those of the people who work there
    (an attendee or a carer recipient: "Tess Grainger (manager of your home)"), as a surname
    of a home's manager finds the home."""
    carers = record.placement.carers
    if not is_place(carers):
        return surnames(carers)
    staff = [p.name for p in record.review.attendees if not p.is_child and _PLACE_STAFF.search(p.role)]
    staff += [r.name for r in record.distribution if r.role.value == "carer" and not is_place(r.name)]
    return list(dict.fromkeys(name for person in staff for name in surnames(person)))


def scored_by_child(record) -> bool:
    """The scale's ``by`` is the child: "you", or their name, known-as name or first name."""
    by = record.scale.by.strip().casefold()
    child = record.child
    return by in {"you", child.name.strip().casefold(), (child.known_as or "").strip().casefold(),
                  child.first_name.strip().casefold()} - {""}
