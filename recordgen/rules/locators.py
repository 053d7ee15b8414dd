"""Words that may locate a confidential home without naming any part of it (blind review 24, finding 3).

The address, the school, the home's name and their parts are found by ``withholding`` and are errors.
What is here cannot be proved: the tool knows no map. A text a parent reads that puts a named place
"near my house", names a street (not the home's: that is an error) or says where a carer works on a
named street tells a parent where to wait for the child only if the place is near the home, which the
IRO knows: it is a warning, with the words found, and the IRO decides (withhold from parent or reword).
"""

from __future__ import annotations

import re

from .withholding import GENERIC_WORDS
from ..support import regexes

#: "near my house", "round the corner from your home", "next door to the carers' house", "on our street".
_NEAR_THE_HOME = regexes.compile(
    r"\b(?:(?:near|nearby|next\s+to|next\s+door\s+to|opposite|(?:round|around)\s+the\s+corner\s+from|(?:down|up|across)"
    r"\s+the\s+road\s+from|close\s+to|behind|at\s+the\s+(?:end|top|bottom)\s+of)\s+"
    r"(?:my|your|our|the\s+carers['’]?|(?:[A-Z][\w-]+(?:\s+and\s+[A-Z][\w-]+)?)['’]s)\s+"
    r"(?:(?:foster\s+)?(?:house|home|flat)|street|road|estate|placement)"
    r"|(?:on|in)\s+(?:my|your|our|the\s+carers['’]?)\s+(?:street|road|estate))\b", re.IGNORECASE)

#: A street's kind, written with its capital after the street's name ("Old Shoreham Road").
_STREET_KINDS = (r"Road|Street|Lane|Avenue|Drive|Close|Crescent|Way|Grove|Terrace|Place|Gardens|Rise|Parade|Walk"
                 r"|Square|Row|Mews|Rd|St")
#: A named street: one to three capitalised words and its kind, after a word that places something on it.
_NAMED_STREET = regexes.compile(
    rf"\b(?:on|in|along|off|at|down|up|near|by|from|of|opposite)\s+(?:the\s+)?"
    rf"((?:[A-Z][\w'’-]*\s+){{1,3}}(?:{_STREET_KINDS}))\b(?!\s+[A-Z])")
#: Streets every town has, or no one lives on: they find no home ("the High Street", "Coronation Street").
_NO_HOME_STREETS = frozenset({"high street", "coronation street", "sesame street", "downing street", "main street",
                              "market place", "high st"})

#: "Karen works at", "Mike is working in", "where Karen works".
_WORKS = r"(?:works?|working|worked|has\s+a\s+job|got\s+a\s+job)"


def locating_phrases(text: str, carers_first_names: list[str]) -> list[tuple[str, str]]:
    """``(what, words)`` for each phrase of ``text`` that may locate the child's home: "near the home"
    ("Mr Patel's corner shop near my house"), "a named street" ("the Co-op on Old Shoreham Road"),
    "a carer's workplace on a named street" ("Karen works at the Co-op on Old Shoreham Road")."""
    found = [("a place near the home", m.group()) for m in _NEAR_THE_HOME.finditer(text)]
    names = "|".join(re.escape(n) for n in carers_first_names if len(n) > 1)
    works = re.compile(rf"\b(?:{names})\s+(?:is\s+|has\s+)?{_WORKS}\b|\bwhere\s+(?:{names})\s+{_WORKS}\b") \
        if names else None
    for match in _NAMED_STREET.finditer(text):
        street = " ".join(match.group(1).split())
        words = street.split()
        if street.casefold() in _NO_HOME_STREETS or words[0].casefold() in ("the", "a", "an"):
            continue
        sentence = _sentence_of(text, match.start(1))
        if works is not None and works.search(sentence):
            found.append(("a carer's workplace on a named street", street))
        elif not all(w.casefold().strip("'’") in GENERIC_WORDS for w in words[:-1]) or _places_there(sentence):
            found.append(("a named street", street))
    return found


#: Words for a place someone goes to, in the sentence with a street of only generic words ("Mill Road"):
#: the street is then where that place is.
_PLACE_THERE = regexes.compile(r"\b(?:shop|centre|center|club|surgery|church|mosque|school|pool|park|gym|cafe|café|pub"
                          r"|library|dentist|doctor'?s|GP|youth|co-op|tesco|spar|takeaway|chip)\b", re.IGNORECASE)


def _places_there(sentence: str) -> bool:
    return _PLACE_THERE.search(sentence) is not None


def _sentence_of(text: str, at: int) -> str:
    start = max(text.rfind(end, 0, at) for end in ".!?\n") + 1
    ends = [i for i in (text.find(end, at) for end in ".!?\n") if i >= 0]
    return text[start:min(ends) if ends else len(text)]
