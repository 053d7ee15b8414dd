"""Actions someone can be held to: a person to ask, and a thing they will do."""

from __future__ import annotations

import re

from .voice import _PERSON_NOUNS
from ..support import regexes

# Groups and organisations: nobody in particular can be asked whether it was done.
_NOT_SOMEONE = {
    "all", "everyone", "everybody", "professionals", "professional", "agencies", "agency",
    "network", "la", "local", "authority", "council", "services", "service", "social", "care",
    "sw", "tbc", "tba", "n/a", "na", "various", "health", "education", "school", "college",
    "we", "us", "team", "department", "multi-agency", "group", "the", "your", "around",
    "children's", "childrens", "and", "of", "to", "for", "with", "a", "any", "other", "relevant",
    "camhs", "nhs", "police", "partners", "people", "staff", "parties", "involved",
    # Teams and places, not people: 'Nursery', 'Housing', 'Virtual school', 'Allocated SW'
    "nursery", "housing", "virtual", "allocated", "duty", "support", "panel", "provider",
    "unit", "office", "trust", "board", "partnership", "hub", "clinic", "surgery",
    "fostering", "adoption", "leaving", "placements", "placement", "residential", "home", "hospital",
    "worker", "workers", "sws", "tbd", "unknown", "someone",
}
_ROLES = (_PERSON_NOUNS - {"team", "staff", "people", "family", "police", "everyone", "children",
                           "someone", "somebody", "nobody", "person", "child", "kids"}) | {
    "carers", "iro", "reviewing", "mum", "dad",
}
_VAGUE_WHAT = regexes.compile(
    r"\b(?:as discussed|as agreed|as above|see above|as before|as needed|ongoing|on-going|tbc|tba|"
    r"to be (?:confirmed|agreed|decided|arranged|discussed|determined|reviewed|explored|considered)|keep under review|n/a|monitor the situation)\b",
    re.I,
)
_VAGUE_VERBS = {
    "monitor", "liaise", "continue", "consider", "explore", "discuss", "review", "support",
    "progress", "follow", "oversee", "address", "look", "keep", "ensure", "update", "work",
    "action", "pursue", "assess",
}
#: A short 'what' led by a vague verb does not say what will be done.
_SHORT_WHAT_WORDS = 5

_NAME = regexes.compile(r"\b[A-Z][a-z][A-Za-z'’-]*\b")


def _whole(text: str) -> tuple[int, int]:
    return len(text) - len(text.lstrip()), len(text.rstrip())


def who_problem(who: str) -> tuple[str, str, tuple[int, int]] | None:
    """(message, suggestion, span) when `who` names no person and no role, else None."""
    words = [w.lower().strip(".,()") for w in who.split()]
    if words and words[0] in {"you", "yourself"}:
        return None  # the child will do it themselves
    if any(w in _ROLES or w.rstrip("s") in _ROLES for w in words):
        return None
    for name in _NAME.findall(who):
        if name.lower() not in _NOT_SOMEONE and name.lower().rstrip("'s") not in _NOT_SOMEONE:
            return None
    return (f"'{who}' is not a person, so no one can be asked whether this was done",
            "name the person and their role, for example 'Jo Smith (your social worker)'", _whole(who))


def _keeps_a_thing(words: list[str]) -> bool:
    """'Keep a bedtime diary': a thing kept can be checked; 'keep an eye on', 'keep going' cannot."""
    return words[0] == "keep" and words[1] in {"a", "an"} and len(words) > 2 and "eye" not in words[2:4]


def what_problem(what: str) -> tuple[str, str, tuple[int, int]] | None:
    """(message, suggestion, span) when `what` does not say what will be done, else None."""
    suggestion = ("say what will be done, so it can be checked, for example "
                  "'Book a visit with your brother every two weeks'")
    vague = _VAGUE_WHAT.search(what)
    if vague:
        return f"'{vague.group()}' does not say what will be done", suggestion, vague.span()
    words = re.findall(r"[A-Za-z][A-Za-z'’-]*", what)
    lowered = [w.lower() for w in words]
    while lowered and lowered[0] in {"to", "will", "we", "i", "they"}:
        lowered.pop(0)
    if len(lowered) < 2:
        return f"'{what}' does not say what will be done", suggestion, _whole(what)
    if lowered[0] in _VAGUE_VERBS and len(lowered) <= _SHORT_WHAT_WORDS and not _keeps_a_thing(lowered):
        return f"'{what}' does not say what will actually be done", suggestion, _whole(what)
    return None
