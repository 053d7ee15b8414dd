"""The roles a record's people commonly have, which the tool's catalogs translate.

A role the record writes ("advocate", "your personal adviser", "Mum") is shown in the
reader's language from the catalog when it is one of these; any other role is the
IRO's own free text, translated with the record or marked as English.
"""

from __future__ import annotations

import re


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
    N_("brother"), N_("sister"), N_("stepmum"), N_("stepdad"), N_("cousin"),
    N_("nana"), N_("granny"), N_("grandpa"), N_("grandmother"), N_("grandfather"), N_("mother"), N_("father"),
    N_("birth mum"), N_("birth dad"), N_("birth mother"), N_("birth father"), N_("half-brother"),
    N_("half-sister"), N_("stepbrother"), N_("stepsister"), N_("foster brother"), N_("foster sister"),
    # A school's staff: a confidential school's are named to parents by role alone ("your SENCo").
    N_("special educational needs coordinator"), N_("head teacher"), N_("head of year"), N_("form tutor"),
    N_("teaching assistant"),
)}
KNOWN_ROLES.update({"mam": "mum", "aunty": "auntie", "step-mum": "stepmum", "step-dad": "stepdad", "nanna": "nana",
                    "half brother": "half-brother", "half sister": "half-sister", "step-brother": "stepbrother",
                    "step-sister": "stepsister", "step brother": "stepbrother", "step sister": "stepsister",
                    "senco": "special educational needs coordinator", "sendco": "special educational needs coordinator",
                    "special educational needs co-ordinator": "special educational needs coordinator",
                    "headteacher": "head teacher", "head-teacher": "head teacher"})

#: The gender a family word gives its person ("mum": a woman); "cousin" gives none.
_FAMILY_GENDER = {
    **dict.fromkeys(("mum", "gran", "grandma", "nan", "aunt", "auntie", "sister", "stepmum", "nana", "granny",
                     "grandmother", "mother", "birth mum", "birth mother", "half-sister", "stepsister",
                     "foster sister"), "female"),
    **dict.fromkeys(("dad", "grandad", "uncle", "brother", "stepdad", "grandpa", "grandfather", "father",
                     "birth dad", "birth father", "half-brother", "stepbrother", "foster brother"), "male"),
}
_TITLE_GENDER = {"mrs": "female", "ms": "female", "miss": "female", "mr": "male"}
#: The child's own family (not the carers' children: a foster brother lives where the child does).
FAMILY_ROLES = frozenset(_FAMILY_GENDER) - {"foster brother", "foster sister"} | {"cousin"}

_OWNER = re.compile(r"^(?:your|the child's)\s+", re.IGNORECASE)


#: Family words that make someone the child's parent (a step-parent lives with one): what is kept
#: from parents is kept from them, whatever role they are sent a copy as.
PARENT_ROLES = frozenset({"mum", "mummy", "mam", "mother", "dad", "daddy", "father", "birth mum", "birth mother",
                          "birth dad", "birth father", "stepmum", "stepdad", "stepmother", "stepfather"})


#: What follows a relation and says no more who they are: "mother, in Sudan", "mum (by phone)".
_QUALIFIER = re.compile(r"\s*(?:[,;].*|\(.*\)|\[.*\])$", re.DOTALL)
#: A possessive before a relation: "Musa's mother", "Musa Adam's mum".
_WHOSE = re.compile(r"^(?P<whose>(?:[\w-]+\s+){0,3}[\w-]+)['’]s\s+(?=\S)")


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


def parent_role(role: str, child_names=frozenset()) -> bool:
    """A role that says the child's parent ("mum", "Your birth mother", "step-dad", "Musa's mother" of
    Musa, "mum (by phone)")."""
    return relation(role, child_names).replace("step-", "step") in PARENT_ROLES


def known_role(role: str) -> str | None:
    """The catalog message for a role the tool knows ("Your Advocate" -> "advocate"), else None."""
    plain = " ".join(_OWNER.sub("", role.strip()).split()).casefold()
    return KNOWN_ROLES.get(plain)


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


__all__ = ["KNOWN_ROLES", "PARENT_ROLES", "known_role", "own_names", "parent_role", "person_gender", "relation"]
