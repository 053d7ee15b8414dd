"""A kinship placement: the carers are the child's family (an aunt, a nana, a grown-up brother), not a parent.

A parent knows their family and where each lives, so in a confidential placement "your aunt, Tina"
finds the home as surely as the surname the copies cut: a parent's copy gives such carers by no
name and no relation ("your carer"), unless ``placement.carers_named_to_parents``.
"""

from __future__ import annotations

import re
from typing import Iterator

from ..record.model import Role
from ..record.roles import FAMILY_ROLES, KNOWN_ROLES, ROLE_PARTS, carer_named, own_names, parent_role, relation
from ..support import regexes
from .carers import carers_roles
from .family_words import OTHER_LANGUAGE_KIN_WORDS, elder_kin_words, relation_words
from .people import is_place
from .withholding import confidential_from

#: A role that says the carer is family without saying which ("kinship carer", "connected person").
_KINSHIP = regexes.compile(r"\bkinship\b|\bconnected\s+persons?\b|\bfamily\s+and\s+friends?\b", re.IGNORECASE)


def _family_words(record) -> Iterator[str] | None:
    """Each family word the record gives the carers ("aunt", "nana"; "khala", "Nain", "babcia", the family's
    own word in a language the tool serves: blind review 33, finding 1), and "kinship carer" for a role
    that says only that; None when one of them is the child's parent."""
    childs = own_names(record.child)
    found = []
    for _name, role in carers_roles(record):
        # "kinship carer (your nan)": the relation in brackets is theirs too.
        for part in ROLE_PARTS.split(re.sub(r"[()]", ",", role.strip())):
            if not part:
                continue
            if parent_role(part, childs):
                return None
            word = relation(part, childs)
            word = KNOWN_ROLES.get(word, word)  # "aunty" is "auntie"
            if word not in FAMILY_ROLES and not re.search(r"\bfoster\b", word):
                # "older brother", "maternal grandmother", "mum's sister": the family word last
                last = word.split()[-1:] or [""]
                word = KNOWN_ROLES.get(last[0], last[0])
            if word in FAMILY_ROLES or word in OTHER_LANGUAGE_KIN_WORDS:
                found.append(word)
            if _KINSHIP.search(part):
                found.append("kinship carer")
    return iter(found)


#: A part of a carer's role that says only that they care for the child: "kinship carer", "carer", "foster
#: carer", "connected person", "special guardian".
_CARES = regexes.compile(r"(?:(?:kinship|foster|connected\s+persons?)\s+)?carers?|connected\s+persons?|kinship"
                         r"|special\s+guardians?", re.IGNORECASE)


def family_carer(role: str, child_names=frozenset()) -> str | None:
    """The family word of a role that gives it beside what they do for the child ("nan and kinship carer",
    "kinship carer (nan)", "aunt, carer": "nan", "aunt"), so a copy can give that carer as it gives a parent
    ("Your nan, Bernadette", not the system's "kinship carer" beside "You live with your nan"); None for any
    other role, a parent's ("mum and carer") too, whose copies have rules of their own."""
    parts = [part for part in ROLE_PARTS.split(re.sub(r"[()]", ",", role.strip())) if part]
    if any(parent_role(part, child_names) for part in parts):
        return None
    words = [KNOWN_ROLES.get(word, word) for word in (relation(part, child_names) for part in parts)]
    family = [word for word in words if word in FAMILY_ROLES]
    if len(family) != 1 or not all(word in family or _CARES.fullmatch(word) for word in words) or len(words) < 2:
        return None
    return family[0]


def kinship_relation(record) -> str | None:
    """What the carers are to the child when they are family and none is a parent: the first family
    word the record gives them ("aunt", "nana"), or "kinship carer" when it says only that; None for
    foster carers, a place, or a child at home with a parent (the other parent knows that parent)."""
    carers = record.placement.carers
    if not carers.strip() or is_place(carers):
        return None
    words = _family_words(record)
    if words is None:
        return None
    words = list(words)
    return next((w for w in words if w != "kinship carer"), None) or ("kinship carer" if words else None)


def kinship_unnamed(record, confidential: bool) -> bool:
    """A copy kept from the placement (``confidential``) gives these carers by no name nor relation."""
    placement = record.placement
    return confidential and not placement.carers_named_to_parents and kinship_relation(record) is not None


def is_unnamed_carer(carers: str, name: str) -> bool:
    """Is ``name`` the kinship carers, or one of them ("Pat Hughes" of "Pat and Ron Hughes (your nan and
    grandad)"): a copy that gives them by no name (``kinship_unnamed``) gives this person as "your carer"."""
    return name.strip().casefold() == carers.strip().casefold() or carer_named(carers, name) is not None


def kin_roles_kept_from(record, loc) -> frozenset:
    """The roles whose copies leave out the attendee's role at ``loc`` (``review.attendees.N.role``): a
    confidential kinship placement's carer is "your carer" to a parent, by no name and no relation, so
    "nan and kinship carer" is no part of that parent's copy (nor of what its translator is asked for)."""
    if tuple(loc[:2]) != ("review", "attendees") or loc[-1] != "role":
        return frozenset()
    person = record.review.attendees[int(loc[2])]
    if person.is_child or not is_unnamed_carer(record.placement.carers, person.name):
        return frozenset()
    return frozenset(role for role in Role if kinship_unnamed(record, confidential_from(record, role)))


#: Two-letter short forms the nicknames list leaves out, as British families call a "Maureen" "Mo".
_TWO_LETTER_FORMS = {"maureen": ("mo",), "morag": ("mo",), "maurice": ("mo",), "monica": ("mo",),
                     "joanne": ("jo",), "joanna": ("jo",), "josephine": ("jo",), "joan": ("jo",),
                     "edward": ("ed",), "edwin": ("ed",), "alan": ("al",), "albert": ("al",),
                     "alfred": ("al",), "elizabeth": ("liz",), "beverley": ("bev",), "beverly": ("bev",)}


def kin_words(record) -> tuple[str, ...]:
    """Every word for how the carers are related ("nan": "Nan", "gran", "grandma"...; and the other
    languages' words for it, "Nain", "babcia", "babci"...; "khala": "aunt", "auntie", "khalto"...), when they
    are the child's family and none a parent (``kinship_relation``)."""
    if kinship_relation(record) is None:
        return ()
    found = [w for w in _family_words(record) or () if w != "kinship carer"]
    words = [word for found_word in found for word in relation_words(found_word.split()[-1])]
    return tuple(dict.fromkeys(words + found))


def kin_first_names(record) -> tuple[str, ...]:
    """Each carer's first name and its short forms, capitalised ("Maureen", "Mo"; "Alan", "Al"), not one
    that is an everyday word ("May" of Mary) unless the record writes the name so."""
    from .people import first_names, given_name
    from .withholding import _nick_namer, is_ordinary_word, short_forms

    forms = []
    for written in first_names(record.placement.carers):
        name = given_name(written).casefold()
        # A name written short is its full name's too ("Bev": Beverley), not any name it is listed under
        # ("Maureen" is no "Mary").
        full = [c for c in sorted(_nick_namer().canonicals_of(name)) if name in short_forms(c) and c[:3] == name[:3]]
        more = [f for n in [name, *full] for f in (n, *short_forms(n), *_TWO_LETTER_FORMS.get(n, ()))]
        forms += [name] + [f for f in more if f != name and not is_ordinary_word(f)]
    return tuple(dict.fromkeys(f.capitalize() for f in forms if len(f) > 1))


def _elder() -> str:
    return "|".join(re.escape(w) for w in sorted(elder_kin_words(), key=len, reverse=True))


#: A relative and a name said to share the child's home: "Nani Ammi lives with us", "Nan lives with me too".
_LIVES_WITH_US = regexes.compile(
    rf"(?<![\w-])(?P<kin>(?:(?i:my|your|our)\s+)?(?i:{_elder()})(?:\s+[A-Z][\w'’-]*)?)\s+(?:(?:also|still|now)\s+)?"
    r"(?:lives|is\s+living|stays|is\s+staying)\s+with\s+(?:us|me|you)\b")
#: Whom the child lives with, to the clause's end: "(keep) living with your khala and Nani Ammi (as ...)"; not
#: a wish ("I want to live with my nan").
_LIVING_WITH = regexes.compile(r"\b(?:I|you|we)\s+(?:[\w'’]+\s+){0,3}?(?<!\bto\s)(?:live|living|stay|staying)\s+with\s+"
                               r"(?P<whom>[^.;:!?,]*?)(?=\s+(?:as|because|but|when|and\s+(?:you|I|we|he|she)\b)\b|[.;:!?,]|$)",
                               re.IGNORECASE)
_ELDER_IN_LIST = regexes.compile(rf"(?<![\w-])(?:(?i:my|your|our)\s+)?(?i:{_elder()})(?:\s+[A-Z][\w'’-]*)?(?![\w-])")


def household_kin(text: str) -> list[str]:
    """An aunt, uncle or grandparent ``text`` says the child lives with, in English or a language the tool
    serves ("Nani Ammi lives with us", "you will keep living with your khala and Nani Ammi": "Nani Ammi"): in
    a confidential kinship placement a parent knows where that relative lives, whoever the carers are
    (blind review 33, finding 1). A relative said otherwise ("Nan visits", "I want to live with my nan",
    "your brother lives with your nan", the carers' own "your nan's mum") is the carers' rule's
    (``kin_words``), or none."""
    found = [m.group("kin") for m in _LIVES_WITH_US.finditer(text)]
    for match in _LIVING_WITH.finditer(text):
        found += [m.group() for m in _ELDER_IN_LIST.finditer(match.group("whom"))]
    return list(dict.fromkeys(found))


def first_names_in_script(text: str, names) -> list[tuple[str, str]]:
    """Each word of ``text`` that writes one of ``names`` (a kinship carer's first names) in another
    script as it is said ("روبینہ", "Рубіна", "রুবিনা" for "Rubina": ``name_forms.sounds_like``), with the
    name it is read as; blind review 33, finding 2. A first name that is a word of the reader's
    language too ("روبینہ" is one in Urdu) is still the carer's here: no word list is asked."""
    from .name_forms import is_latin, sounds_like
    from .withholding import fold

    found = []
    for word in dict.fromkeys(re.findall(r"[^\W\d_]+", text)):
        if is_latin(word):
            continue
        name = next((n for n in names if sounds_like(fold(word), fold(n))), None)
        if name:
            found.append((word, name))
    return found
