"""The roles a record's people commonly have, which the tool's catalogs translate.

A role the record writes ("advocate", "your personal adviser", "Mum") is shown in the
reader's language from the catalog when it is one of these; any other role is the
IRO's own free text, translated with the record or marked as English.
"""

from __future__ import annotations

import functools
import re
from ..support import regexes


def N_(message: str) -> str:
    """Marks a catalog message for extraction; it is translated where it is shown."""
    return message


#: English role (lower case) -> its catalog message.
KNOWN_ROLES: dict[str, str] = {message: message for message in (
    N_("advocate"), N_("personal adviser"), N_("independent visitor"), N_("social worker"),
    N_("teacher"), N_("foster carer"), N_("foster carers"), N_("carer"), N_("carers"), N_("interpreter"),
    N_("mum"), N_("dad"), N_("parent"), N_("parents"),
    # Family, each word as the record writes it: a child's "nan" is not their "gran".
    N_("gran"), N_("grandma"), N_("grandad"), N_("nan"), N_("aunt"), N_("auntie"), N_("uncle"),
    # A grandmother as British Bengali and Urdu families say it: mother's mother, father's mother.
    N_("nani"), N_("dadi"),
    N_("brother"), N_("sister"), N_("stepmum"), N_("stepdad"), N_("cousin"),
    N_("nana"), N_("granny"), N_("grandpa"), N_("grandmother"), N_("grandfather"), N_("mother"), N_("father"),
    N_("birth mum"), N_("birth dad"), N_("birth mother"), N_("birth father"), N_("half-brother"),
    N_("half-sister"), N_("stepbrother"), N_("stepsister"), N_("foster brother"), N_("foster sister"),
    # A school's staff: a confidential school's are named to parents by role alone ("your SENCo").
    N_("special educational needs coordinator"), N_("head teacher"), N_("head of year"), N_("form tutor"),
    N_("teaching assistant"),
    # Others who often work with a child in care or their family.
    N_("key worker"), N_("health visitor"), N_("youth worker"), N_("residential worker"),
    N_("family support worker"), N_("school nurse"), N_("virtual school head"), N_("designated teacher"),
)}
# An acronym kept in the message ("CAMHS": the service's name, as the child knows it); looked up folded.
KNOWN_ROLES["camhs worker"] = N_("CAMHS worker")
KNOWN_ROLES.update({"mam": "mum", "aunty": "auntie", "step-mum": "stepmum", "step-dad": "stepdad", "nanna": "nana",
                    "half brother": "half-brother", "half sister": "half-sister", "step-brother": "stepbrother",
                    "step-sister": "stepsister", "step brother": "stepbrother", "step sister": "stepsister",
                    "senco": "special educational needs coordinator", "sendco": "special educational needs coordinator",
                    "special educational needs co-ordinator": "special educational needs coordinator",
                    "headteacher": "head teacher", "head-teacher": "head teacher",
                    "keyworker": "key worker", "key-worker": "key worker",
                    "virtual school headteacher": "virtual school head",
                    "virtual head": "virtual school head",
                    "designated teacher for looked after children": "designated teacher"})

#: Roles a record writes as an acronym (lower case) -> the words in full: a child is not expected to
#: know "IRO", "SENCo" or "DSL", so every copy shows the role in full (blind review 33, finding 8).
ROLE_ACRONYMS: dict[str, str] = {"iro": N_("Independent Reviewing Officer"), "sw": "social worker",
                                 "pa": "personal adviser", "iv": "independent visitor",
                                 "senco": "special educational needs coordinator",
                                 "sendco": "special educational needs coordinator",
                                 "dsl": N_("designated safeguarding lead"),
                                 "yot worker": N_("youth offending team worker"),
                                 "lac nurse": N_("nurse for children in care")}
KNOWN_ROLES.update(ROLE_ACRONYMS)
KNOWN_ROLES["independent reviewing officer"] = "Independent Reviewing Officer"
KNOWN_ROLES.update({"designated safeguarding lead": "designated safeguarding lead",
                    "youth offending team worker": "youth offending team worker", "yot officer":
                    "youth offending team worker", "looked after children nurse": "nurse for children in care",
                    "nurse for children in care": "nurse for children in care"})
#: Written in capitals as they are (a family's "Pa" is no personal adviser), SENCo and the words after
#: LAC or YOT in any case.
_ACRONYM = regexes.compile(r"\b(IRO|SW|PA|IV|DSL|(?i:SENCO|SENDCO|YOT worker|LAC nurse))s?\b")

#: A role's words in full -> what it is in words a child under 12 knows, said in that child's copy
#: ("Mrs Featherstonehaugh (teacher who helps children with extra needs)").
PLAIN_ROLES: dict[str, str] = {
    "special educational needs coordinator": N_("teacher who helps children with extra needs"),
    "designated safeguarding lead": N_("teacher who keeps children safe at school"),
}
# Not "CAMHS worker": the service's name, as the child knows it, and every catalog words it in full already.


def in_full(role: str) -> str:
    """A role with each acronym a child is not expected to know written in full: "your IRO" ->
    "your Independent Reviewing Officer", "Tom's SW" -> "Tom's social worker", "SENCo" -> "special
    educational needs coordinator"."""
    return _ACRONYM.sub(lambda m: ROLE_ACRONYMS[" ".join(m.group(1).casefold().split())], role)

#: The gender a family word gives its person ("mum": a woman); "cousin" gives none.
_FAMILY_GENDER = {
    **dict.fromkeys(("mum", "gran", "grandma", "nan", "aunt", "auntie", "sister", "stepmum", "nana", "granny",
                     "grandmother", "mother", "birth mum", "birth mother", "half-sister", "stepsister",
                     "foster sister", "nani", "dadi"), "female"),
    **dict.fromkeys(("dad", "grandad", "uncle", "brother", "stepdad", "grandpa", "grandfather", "father",
                     "birth dad", "birth father", "half-brother", "stepbrother", "foster brother"), "male"),
}
_TITLE_GENDER = {"mrs": "female", "ms": "female", "miss": "female", "mr": "male"}
#: The child's own family (not the carers' children: a foster brother lives where the child does).
FAMILY_ROLES = frozenset(_FAMILY_GENDER) - {"foster brother", "foster sister"} | {"cousin"}

_OWNER = regexes.compile(r"^(?:your|the child's)\s+", re.IGNORECASE)


#: Family words that make someone the child's parent (a step-parent lives with one): what is kept
#: from parents is kept from them, whatever role they are sent a copy as.
PARENT_ROLES = frozenset({"mum", "mummy", "mam", "mother", "dad", "daddy", "father", "birth mum", "birth mother",
                          "birth dad", "birth father", "stepmum", "stepdad", "stepmother", "stepfather"})


#: What follows a relation and says no more who they are: "mother, in Sudan", "mum (by phone)".
_QUALIFIER = regexes.compile(r"\s*(?:[,;].*|\(.*\)|\[.*\])$", re.DOTALL)
#: A possessive before a relation: "Musa's mother", "Musa Adam's mum".
_WHOSE = regexes.compile(r"^(?P<whose>(?:[\w-]+\s+){0,3}[\w-]+)['’]s\s+(?=\S)")


def own_names(child) -> frozenset[str]:
    """The words of the child's names ("Musa", "Abdelrahman", "Adam"), folded: a possessive of them is theirs."""
    return frozenset(w.casefold() for n in (child.name, child.known_as or "", child.first_name) for w in n.split())


def relation(role: str, child_names=frozenset()) -> str:
    """What a role says someone is to the child, folded, as the tool reads family: "your", "the child's" or
    the child's own name and "'s" before it dropped ("Musa's mother"), and a qualifier after a comma or
    in brackets ("mother, in Sudan", "mum (by phone)"); someone else's possessive stays ("baby's dad")."""
    plain = _QUALIFIER.sub("", " ".join(role.split())) or role
    plain = _OWNER.sub("", plain)
    whose = _WHOSE.match(plain)
    if whose and all(w.casefold() in child_names for w in whose.group("whose").split()):
        plain = plain[whose.end():]
    plain = plain.casefold()
    return known_role(plain) or plain


#: Words before a parent's word that still say the child's own parent: "natural mother", "birth mam",
#: "real mum", "biological father" (not "foster mum", nor "adoptive mum": adopters may be the carers).
_PARENT_ADJECTIVES = regexes.compile(r"^(?:(?:natural|biological|birth|real)\s+)+")
#: A parent's word and whose: "father of Jay".
_OF_WHOM = regexes.compile(r"\s+(?:of|to)\s+(?P<whose>[\w\s'’-]+)$")
#: Parent's words a role may give that no family list of the catalogs has: "parent", "ma".
_PARENT_WORDS = PARENT_ROLES | {"parent", "ma", "mom", "mommy", "mammy"}


def parent_role(role: str, child_names=frozenset()) -> bool:
    """A role that says the child's parent ("mum", "Your birth mother", "step-dad", "Musa's mother" of
    Musa, "mum (by phone)", "parent", "natural mother", "real mum", "ma", "father of Musa", "mummy Kelly")."""
    plain = _PARENT_ADJECTIVES.sub("", relation(role, child_names).replace("step-", "step"))
    of = _OF_WHOM.search(plain)
    if of and all(w.casefold() in child_names for w in of.group("whose").split()):
        plain = plain[:of.start()]
    if plain in _PARENT_WORDS:
        return True
    # A parent's word and her own name, as the child says it: "mummy Kelly" (not "mum's partner", "mum friend").
    words, written = plain.split(), _QUALIFIER.sub("", " ".join(role.split())).split()
    return (len(words) == 2 and words[0] in _PARENT_WORDS and len(written) == 2
            and written[1][:1].isupper() and known_role(words[1]) is None)


#: A parent's side of the family: "paternal grandmother", "maternal aunt".
_SIDE = regexes.compile(r"^(?:paternal|maternal)\s+")
#: Someone close to a parent by their role alone: a partner ("mum's boyfriend", "Donna's partner").
_PARTNER_WORDS = frozenset({"partner", "boyfriend", "girlfriend", "husband", "wife", "fiance", "fiancé", "fiancee",
                            "fiancée", "ex-partner", "ex partner"})


def parents_family(role: str, parent_names=frozenset(), child_names=frozenset()) -> str | None:
    """The parent whose family or partner a role says someone is, in the role's words ("paternal
    grandmother": "dad"; "mum's sister": "mum"; "Donna's partner", Donna a parent: "Donna"); None
    otherwise. ``parent_names``: the parents' first names, folded. Not a parent's own role, nor the
    child's family alone ("gran": the child's, whichever side)."""
    plain = relation(role, child_names)
    side = _SIDE.match(plain)
    if side and (known_role(plain[side.end():]) or plain[side.end():]) in FAMILY_ROLES:
        return "dad" if plain.startswith("paternal") else "mum"
    whose = _WHOSE.match(plain)
    if not whose:
        return None
    owner, rest = whose.group("whose"), plain[whose.end():]
    rest_known = known_role(rest) or rest
    if not (rest_known in FAMILY_ROLES or rest_known in _PARTNER_WORDS
            or rest_known.replace("step-", "step") in PARENT_ROLES):
        return None
    owner_role = known_role(owner) or owner
    if owner_role in PARENT_ROLES or owner_role in {"parent", "parents"} or owner in parent_names:
        return owner
    return None


_PERSON_SEPARATOR = regexes.compile(r"\s*(?:,|&|\band\b)\s*", re.IGNORECASE)
_TITLE_WORDS = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr"})


def carers_people(carers: str) -> list[tuple[str, str, str]]:
    """Each person ``placement.carers`` names, as (name, family name the name shares, relation):
    "Nicola Lark (your mum) and Dean Forbes" -> ("Nicola Lark", "", "your mum"), ("Dean Forbes", "", "");
    "your mum, Nicola Lark" -> ("Nicola Lark", "", "your mum"); "Mark and Lisa Owen" -> ("Mark",
    "Owen", ""), ("Lisa Owen", "", ""). A relation in brackets is its person's, wherever it sits."""
    people: list[list[str]] = []
    for i, piece in enumerate(re.split(r"(\([^()]*\))", carers)):
        if i % 2:  # a bracket: the person before it
            if people and not people[-1][2]:
                people[-1][2] = piece[1:-1].strip()
            continue
        people += [[part.strip(), "", ""] for part in _PERSON_SEPARATOR.split(piece) if part.strip()]
    # A relation alone ("your mum, Nicola Lark") is the next person's.
    joined: list[list[str]] = []
    for person in people:
        if joined and not joined[-1][2] and _relation_alone(joined[-1][0]) and not person[2]:
            person[2] = joined.pop()[0]
        joined.append(person)
    # "Mark and Lisa Owen": Mark's family name is the next full name's.
    family = ""
    for person in reversed(joined):
        words = [w for w in person[0].split() if w.rstrip(".").casefold() not in _TITLE_WORDS]
        if len(words) > 1:
            family = words[-1]
        elif len(words) == 1 and family:
            person[1] = family
    return [(name, shared, relation) for name, shared, relation in joined if name]


#: A relation with no name, "your mum", "her partner" ("Mum" alone names her).
RELATION_ALONE = regexes.compile(r"(?:your|the child's|her|his|their)\s+[\w'’ -]+", re.IGNORECASE)


def _relation_alone(words: str) -> bool:
    return RELATION_ALONE.fullmatch(words.strip()) is not None


def _name_words(name: str) -> list[str]:
    words = re.sub(r"\s*\([^()]*\)\s*$", "", name).replace(".", " ").casefold().split()
    while len(words) > 1 and words[0] in _TITLE_WORDS:
        words.pop(0)
    return words


#: A copy asks who its carers' words name for each person it lists, many times over (a record's
#: names, a few dozen pairs): each pair's answer is kept.
@functools.lru_cache(maxsize=4096)
def carer_named(carers: str, name: str) -> str | None:
    """The relation ``placement.carers`` gives the person ``name`` (a recipient's or attendee's) is, ""
    when it gives none; None when ``name`` is none of its people. "Nicola Lark" is the first of
    "Nicola Lark (your mum) and Dean Forbes" ("your mum"), and of "Nicola and Dean" (first name, as a
    carer is often written), "Mark Owen" of "Mark and Lisa Owen"; the whole name is the carers'."""
    whole = " ".join(carers.casefold().split())
    theirs = _name_words(name)
    if not theirs:
        return None
    for person, family, relation in carers_people(carers):
        words = _name_words(person)
        if not words:
            continue
        if words == theirs or (family and words + [family.casefold()] == theirs):
            return relation
        # A first name alone on one side: "Nicola" of "Nicola Lark", the family name agreeing if given.
        if len(words) == 1 and words[0] == theirs[0] and (
                not family or len(theirs) == 1 or theirs[-1] == family.casefold()):
            return relation
        if len(theirs) == 1 and theirs[0] == words[0] and len(words) > 1:
            return relation
    return "" if " ".join(name.casefold().split()) == whole or theirs == _name_words(carers) else None


@functools.lru_cache(maxsize=4096)  # a record's names, two by two, asked again for each copy
def written_short(short: str, full: str) -> bool:
    """``short`` is ``full`` written short, as a recipient's line or an action's who often gives someone the
    record names in full ("Donna Brannigan"): the first name alone ("Donna"), a title and the family name
    ("Mrs Brannigan"), initials and the family name ("Mrs D Brannigan", "D. Brannigan"), the first name and
    the family name's initial ("Donna B."). Titles of two genders never match ("Mr Brannigan" is not "Mrs
    Donna Brannigan"). Not the same name written in full."""
    title = _TITLE_GENDER.get(short.split()[0].rstrip(".").casefold()) if short.split() else None
    theirs, whole = _name_words(short), _name_words(full)
    if len(whole) < 2 or not theirs or theirs == whole or re.search(r"\band\b|&", full + " " + short, re.IGNORECASE):
        return False
    full_title = _TITLE_GENDER.get(full.split()[0].rstrip(".").casefold())
    if title and full_title and title != full_title:
        return False
    if len(theirs) == 1:  # a first name alone, or a title and the family name
        return theirs[0] == (whole[-1] if title else whole[0])
    if not title and len(theirs) == 2 and len(theirs[1]) == 1 and len(theirs[0]) > 1:  # "Ian F."
        return theirs[0] == whole[0] and theirs[1] == whole[-1][0]
    *initials, family = theirs
    return family == whole[-1] and all(len(i) == 1 for i in initials) and \
        [i[0] for i in initials] == [w[0] for w in whole[:len(initials)]]


#: Whose a role is, or "the" before it ("the IRO"): the same role to look up.
_ROLE_OWNER = regexes.compile(r"^(?:your|the child's|the)\s+", re.IGNORECASE)


def known_role(role: str) -> str | None:
    """The catalog message for a role the tool knows ("Your Advocate" -> "advocate", "the IRO" ->
    "Independent Reviewing Officer"), else None."""
    plain = " ".join(_ROLE_OWNER.sub("", role.strip()).split()).casefold()
    return KNOWN_ROLES.get(plain)


#: Between the parts of a role: "aunt and kinship carer", "nan, carer", "dad & mum".
ROLE_PARTS = regexes.compile(r"\s*(?:,|;|/|&|\band\b)\s*", re.IGNORECASE)


def role_parts(role: str) -> list[str] | None:
    """The parts of a role of several people or roles, each a role the tool knows, as written ("dad and
    mum" -> ["dad", "mum"], "your carers and social worker" -> ["your carers", "social worker"]); None
    for one role, or when a part is not one the tool knows ("Mark and Lisa", "mother, in Sudan")."""
    parts = ROLE_PARTS.split(role.strip())
    if len(parts) < 2 or not all(part.strip() and known_role(part) for part in parts):
        return None
    return [part.strip() for part in parts]


def known_roles(role: str) -> bool:
    """A role the catalogs translate: one they know ("your IRO"), or several joined ("dad and mum")."""
    return known_role(role) is not None or role_parts(role) is not None


def person_gender(name: str, role: str = "", child_names=frozenset()) -> str | None:
    """``female`` or ``male`` where the record says it: a family word ("mum", "Musa's mother") or a title
    ("Mrs Patel"); None otherwise, and for more than one person ("Mr and Mrs Begum")."""
    known = relation(role, child_names) if role else None
    if known in _FAMILY_GENDER:
        return _FAMILY_GENDER[known]
    words = name.replace(".", " ").split()
    if len(words) < 2 or re.search(r"\band\b|&", name, re.IGNORECASE):
        return None
    return _TITLE_GENDER.get(words[0].casefold())


__all__ = ["KNOWN_ROLES", "PARENT_ROLES", "PLAIN_ROLES", "RELATION_ALONE", "ROLE_ACRONYMS", "ROLE_PARTS", "carer_named", "carers_people",
           "in_full", "known_role", "known_roles", "own_names", "role_parts", "parent_role", "parents_family", "person_gender", "relation", "written_short"]
