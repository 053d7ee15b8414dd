"""Words that may locate a confidential home without naming any part of it (blind review 24, finding 3).

The address, the school, the home's name and their parts are found by ``withholding`` and are errors.
What is here cannot be proved: the tool knows no map. A text a parent reads that puts a named place
"near my house", names a street (not the home's: that is an error) or says where a carer works on a
named street tells a parent where to wait for the child only if the place is near the home, which the
IRO knows: it is a warning, with the words found, and the IRO decides (withhold from parent or reword).
So is a local place named by its own name ("Meadowside Surgery", "St Anne's Church", "Hartwell Rangers
under-11s": ``named_local_places``), as where a child sees the doctor, prays or plays is mostly near home.
"""

from __future__ import annotations

import functools
import re
from typing import Iterable

from .people import GIVEN_NAMES, TITLES
from .withholding import GENERIC_WORDS, STREET_TYPES, is_ordinary_word, large_place
from ..support import regexes

#: "near my house", "round the corner from your home", "next door to the carers' house", "on our street".
_NEAR_THE_HOME = regexes.compile(
    r"\b(?:(?:near|nearby|next\s+to|next\s+door\s+to|opposite|(?:round|around)\s+the\s+corner\s+from|(?:down|up|across)"
    r"\s+the\s+road\s+from|close\s+to|behind|at\s+the\s+(?:end|top|bottom)\s+of)\s+"
    r"(?:my|your|our|the\s+carers['’]?|(?:[A-Z][\w-]+(?:\s+and\s+[A-Z][\w-]+)?)['’]s)\s+"
    r"(?:(?:foster\s+)?(?:house|home|flat)|street|road|estate|placement)"
    r"|(?:on|in)\s+(?:my|your|our|the\s+carers['’]?)\s+(?:street|road|estate))\b", re.IGNORECASE)

#: Family a child may live with (kinship care): "near Aunty Claire's", "near your nan's".
_KIN = (r"(?:nani|dadi|nana|nanna|nan|nanny|gran|granny|grandma|grandmother|grandad|granddad|grandpa|grandfather"
        r"|grandparents?|aunt|aunty|auntie|uncle|sister|brother|cousin)")
#: Before a carer's first name, as records name kinship carers: "Aunty Claire", "Nana Brenda", "Mrs Jean".
_NAME_BEFORE = rf"(?:{_KIN}|Mr|Mrs|Ms|Miss)"
#: What is nearby, as in ``_NEAR_THE_HOME``; "just" before it changes nothing.
_NEAR = (r"(?:near|nearby|next\s+to|next\s+door\s+to|opposite|(?:round|around)\s+the\s+corner\s+from|(?:just\s+)?"
         r"(?:down|up|across)\s+the\s+road\s+from|close\s+to|behind|at\s+the\s+(?:end|top|bottom)\s+of)")
#: After a possessive standing for a home ("near Aunty Claire's in Leeds"), only a small word; "Claire's
#: shop" is somewhere else.
_NOTHING_OWNED = (r"(?![\w'’-])(?!\s+(?!(?-i:in|on|at|and|with|every|for|after|before|so|but|or|when|where|because|to"
                  r"|from|since|this|last|next|now|too|as)\b)(?-i:[a-z]))")


@functools.lru_cache(maxsize=64)
def _near_the_carers(names: tuple[str, ...], kin: bool) -> re.Pattern[str] | None:
    """Near the home by whose it is, as the record calls the carers (blind review 27, finding 2): "near Aunty
    Claire's" (a carer's first name, with a family word or title or none, and no word after: the home),
    "near Aunty Claire's house", "near your aunty's house" (a family word with a home word after, as
    "near Bev's house"), in kinship care "near your nan's", and "near where you live", "just down the road
    from where Claire lives"."""
    name = "|".join(re.escape(n) for n in names if len(n) > 1)
    named = rf"(?:{_NAME_BEFORE}\s+)?(?:{name})" if name else None
    alone = ([rf"{named}(?:\s+and\s+[A-Z][\w-]+)?['’]s{_NOTHING_OWNED}"] if named else []) + \
        ([rf"(?:(?:my|your|our)\s+)?{_KIN}(?:['’]s|s['’]){_NOTHING_OWNED}"] if kin else [])
    with_home = [rf"(?:my|your|our)\s+{_KIN}(?:['’]s|s['’])\s+(?:(?:foster\s+)?(?:house|home|flat|place))\b",
                 rf"{_NAME_BEFORE}\s+[A-Z][\w-]+['’]s\s+(?:house|home|flat|place)\b"]
    who = ["you", "I", "we", r"the\s+carers?", r"your\s+carers?"] + ([named] if named else []) + \
        ([rf"(?:(?:my|your|our)\s+)?{_KIN}"] if kin else [])
    where = rf"where\s+(?:{'|'.join(who)})\s+(?:now\s+|currently\s+)?(?:lives?|living|stays?|staying|(?:is|are)\s+(?:living|staying))\b"
    return re.compile(rf"\b{_NEAR}\s+(?:{'|'.join(alone + with_home + [where])})", re.IGNORECASE)


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


def locating_phrases(text: str, carers_first_names: list[str], kin: bool = False) -> list[tuple[str, str]]:
    """``(what, words)`` for each phrase of ``text`` that may locate the child's home: "near the home"
    ("Mr Patel's corner shop near my house", "near Aunty Claire's", "near where you live"; ``kin``: the
    carers are family, so "near your nan's" too), "a named street" ("the Co-op on Old Shoreham Road"),
    "a carer's workplace on a named street" ("Karen works at the Co-op on Old Shoreham Road")."""
    found = [("a place near the home", m.group()) for m in _NEAR_THE_HOME.finditer(text)]
    spans = [m.span() for m in _NEAR_THE_HOME.finditer(text)]
    found += [("a place near the home", m.group()) for m in _near_the_carers(tuple(carers_first_names), kin).finditer(text)
              if not any(start <= m.start() < end for start, end in spans)]
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


#: A weekday as a habit: "on Tuesdays", "every Thursday", "Friday nights", "on Saturday mornings".
_DAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_EVERY_WEEK = regexes.compile(
    rf"\b(?:(?:on\s+{_DAY}s|(?:every|each)\s+{_DAY})(?:\s+(?:mornings?|afternoons?|evenings?|nights?))?|{_DAY}s"
    rf"|{_DAY}\s+(?:mornings|afternoons|evenings|nights))\b", re.IGNORECASE)
#: What a child goes to each week: a club, a group, a team's training, a lesson, a place of worship.
_ACTIVITY = regexes.compile(
    r"\b(?:clubs?|beavers|cubs|scouts?|brownies|guides|rainbows|cadets|urdd|training|practice|lessons?|classes"
    r"|swimming|football|rugby|netball|cricket|karate|judo|taekwondo|boxing|gymnastics|dance|dancing|ballet|drama"
    r"|choir|orchestra|madrassa|madrasa|mosque|church|sunday\s+school|riding|parkrun)\b", re.IGNORECASE)


def weekly_activities(text: str) -> list[str]:
    """Each sentence of ``text`` that gives something the child goes to and the day it is every week
    ("You go to Beavers at the scout hut on Tuesdays", "You love Urdd dance club on Thursdays."; blind
    review 29, finding 20): "activity ... day", as a parent could wait there then."""
    found = []
    for day in _EVERY_WEEK.finditer(text):
        activity = _ACTIVITY.search(_sentence_of(text, day.start()))
        if activity:
            found.append(f"{activity.group()} ... {day.group()}")
    return list(dict.fromkeys(found))


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


# ------------------------------------------------------------------ a named local place (issue 17, gap 1)
# Where a child sees the doctor or dentist, prays, plays in a team, swims or borrows books is most often
# near home: named, a parent can wait there. A place is named when words that single it out come before
# a word for its kind ("Meadowside Surgery", "St Anne's Church", "Green Lane Mosque", "Hartwell Rangers").

#: Kinds whose name may be made of everyday words ("Riverside Surgery", "Castle Leisure Centre"): a
#: capitalised kind after any capitalised word that does not only describe it ("Local", "Methodist").
_LOOSE_KINDS = {
    "surgery": "a surgery", "medical centre": "a surgery", "health centre": "a surgery",
    "medical practice": "a surgery", "dental practice": "a dentist", "dental surgery": "a dentist",
    "dental care": "a dentist", "dental centre": "a dentist", "dentist": "a dentist", "dentists": "a dentist",
    "church": "a place of worship", "chapel": "a place of worship", "mosque": "a place of worship",
    "masjid": "a place of worship", "gurdwara": "a place of worship", "temple": "a place of worship",
    "mandir": "a place of worship", "synagogue": "a place of worship", "kingdom hall": "a place of worship",
    "islamic centre": "a place of worship",
    "leisure centre": "a leisure centre", "sports centre": "a leisure centre", "community centre": "a community centre",
    "youth centre": "a youth club", "library": "a library",
}
#: Kinds named by everyday words of what is done there ("Breakfast Club", "Boxing Club", "Skate Park"): only
#: after a word that is no English word, a saint's or a street's name ("Hartwell Boxing Club").
_STRICT_KINDS = {
    "club": "a club", "youth club": "a youth club", "fc": "a team", "afc": "a team", "jfc": "a team",
    "rangers": "a team", "united": "a team", "rovers": "a team", "athletic": "a team", "wanderers": "a team",
    "albion": "a team", "harriers": "a team", "colts": "a team", "under": "a team",
    "scouts": "a group", "cubs": "a group", "beavers": "a group", "brownies": "a group", "guides": "a group",
    "rainbows": "a group", "cadets": "a group",
    "park": "a park", "rec": "a park", "recreation ground": "a park", "playing fields": "a park",
    "pool": "a pool", "baths": "a pool", "lido": "a pool", "swimming pool": "a pool",
    "pharmacy": "a chemist", "chemist": "a chemist", "chemists": "a chemist", "stores": "a shop",
    "newsagents": "a shop", "newsagent": "a shop", "post office": "a shop", "bakery": "a shop", "cafe": "a cafe",
    "café": "a cafe", "hall": "a hall", "church hall": "a hall", "village hall": "a hall", "scout hall": "a hall",
    "parish hall": "a hall", "community hall": "a hall",
}
_KINDS = {**_STRICT_KINDS, **_LOOSE_KINDS}
#: Kinds a club takes its name from what it does ("Lego Club", "Zumba Club", "Roblox Club") and a park from a
#: day out or a film ("Paultons Park", "Hyde Park", "Jurassic Park"): one counts only with a place's name, a
#: large place's or one with an ending of English place names ("Hartwell Boxing Club", "Armley Park").
_ACTIVITY_KINDS = frozenset({"club", "youth club", "cafe", "café", "park", "rec", "recreation ground",
                             "playing fields"})
#: A day out, a holiday or a film, not where the child goes week by week: "You visited the Golden Temple",
#: "the Blue Mosque on holiday", "a day out at Drayton Manor Park" (a surgery or dentist is local all the same).
_AWAY = regexes.compile(r"\b(?:trips?|day\s+out|holidays?|visit(?:ed|ing)?|films?|movies?|birthday|abroad)\b",
                          re.IGNORECASE)
_HEALTH = frozenset({"a surgery", "a dentist", "a chemist"})
#: The commonest endings of English place names (the English Place-Name Society's elements: tūn, hām,
#: lēah, wella, feld, ford, wīc, burh, ...): "Hartwell", "Armley", "Hexham", "Thornaby", "Scunthorpe".
_PLACE_NAME_ENDING = regexes.compile(
    r"(?:ton|tun|ham|ley|leigh|by|thorpe|thorp|worth|field|ford|wick|wich|bury|borough|brough|caster|cester"
    r"|chester|mouth|stead|den|hurst|combe|coombe|well|wood|side|dale|minster|bridge|port|stow|stone|holme"
    r"|thwaite|ness|burn|mere|moor|more|brook|hill|gate|land|cott|cote|hope|haugh|shaw)$")
#: A team by its age group ("Hartwell under-11s", "Hartwell Rangers U11s"): a child's team, not one watched.
_AGE_GROUP = regexes.compile(r"(?:under[\s-]?\d{1,2}s?|u-?\d{1,2}s?)\b", re.IGNORECASE)
_LONGEST_KIND = max(len(kind.split()) for kind in _KINDS)
#: Kinds a doctor's or shopkeeper's name may give: "Dr Patel's surgery", "Mr Shah's shop".
_BY_WHO_WORKS_THERE = frozenset({"a surgery", "a dentist", "a chemist", "a shop"})
#: Capitalised words that only describe a place or say when: no name ("Local Library", "Methodist Church").
_DESCRIBING = frozenset("""
    local public central main new old town city county village community family families childrens kids
    youth sports leisure medical health dental swimming skate play football rugby cricket netball boxing dance
    gymnastics breakfast homework after holiday summer christmas easter eid diwali sunday monday tuesday
    wednesday thursday friday saturday january february march april may june july august september october
    november december methodist catholic baptist anglican pentecostal evangelical reformed orthodox parish
    sikh hindu jewish muslim islamic christian your my our their his her the a an this that every each
    british national royal english scottish welsh irish international
""".split())
#: Words that open a sentence before a name without being one: "At Meadowside Surgery", "Every Sunday".
_OPENERS = frozenset("""
    at in on to the a an my your our his her their every each go goes going went with from and then when
    since after before also now on sometimes you we they she he it this
""".split())
_TOKEN = regexes.compile(r"[^\W_](?:[\w'’.-]*[^\W_])?|[^\w\s]")
_ORDINAL = regexes.compile(r"\d+(?:st|nd|rd|th)", re.IGNORECASE)
#: Watching a team, not playing in it: "You support Hartwell United", "a fan of", "went to see them play".
_WATCHING = regexes.compile(r"\b(?:supports?|supporting|supporter|fan|fans|loves?|likes?|favourite"
                              r"|watch(?:es|ed|ing)?|season\s+ticket|see\s+\w+(?:\s+\w+)?\s+play|match(?:es)?\s+at)\b",
                              re.IGNORECASE)


def _kind_at(tokens: list[str], i: int) -> tuple[str, int]:
    """The longest kind that starts at ``tokens[i]`` and how many tokens it takes, or ("", 0); an age
    group is a team's ("Hartwell Hawks under-11s", "Hartwell Hawks Under 9s")."""
    if _AGE_GROUP.fullmatch(tokens[i]):
        return "under", 1
    if tokens[i].casefold() == "under" and i + 1 < len(tokens) and re.fullmatch(r"\d{1,2}s?", tokens[i + 1]):
        return "under", 2
    for size in range(min(_LONGEST_KIND, len(tokens) - i), 0, -1):
        phrase = " ".join(tokens[i:i + size]).casefold()
        if phrase == "hall" and tokens[i][:1].isupper():
            continue  # "Brookside Hall", "Oakwood Hall" are homes as often; "St Luke's hall" is the church's
        if phrase in _KINDS:
            return phrase, size
    return "", 0


def _bare(word: str) -> str:
    return word.casefold().replace("’", "'").removesuffix("'s").rstrip(".")


def named_local_places(text: str, people: Iterable[str] = ()) -> list[tuple[str, str]]:
    """``(kind, words)`` for each local place ``text`` names by its own name: a surgery, a dentist, a
    place of worship, a club, team or group, a leisure centre, pool, park or library, a shop or a hall
    ("Meadowside Surgery", "St Anne's hall", "Hartwell Rangers", "Green Lane Mosque"). Not its kind alone
    or described ("the mosque", "Breakfast Club", "the Methodist Church"), a person ("Sally Park", "Mrs
    Hall", ``people``: the record's), nor a team named after a city or watched ("Leeds United")."""
    known = {_bare(name) for name in people}
    spans = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]
    tokens = [t for t, _, _ in spans]
    found: list[tuple[str, str]] = []
    i = last_start = last_end = 0
    while i < len(tokens):
        kind, size = _kind_at(tokens, i)
        if not kind:
            i += 1
            continue
        capital = tokens[i][:1].isupper()
        start = i
        while start > 0 and i - start < 4 and (tokens[start - 1][:1].isupper()
                                               or _ORDINAL.fullmatch(tokens[start - 1])):
            start -= 1  # up to four words of a name: "1st Hartwell", "St Anne's", "Green Lane"
        while start < i and tokens[start].casefold() in _OPENERS:
            start += 1
        name = tokens[start:i]
        end = i + size
        after = tokens[end] if end < len(tokens) else ""
        what = _KINDS[kind]
        verdict = _named(name, kind, capital or kind == "under", after, known)
        age_group = kind == "under" or _AGE_GROUP.match(text[spans[end - 1][2]:].lstrip())
        if verdict and what == "a team" and not age_group and (
                any(large_place(w) for w in name) or large_place(" ".join(name)) or _WATCHING.search(text)):
            verdict = False  # a city's club ("Leeds United"), or one the child watches
        if verdict and what not in _HEALTH and _AWAY.search(text):
            verdict = False
        if verdict:
            if found and start < last_end:  # "Hartwell Rangers" then "under-11s": one team
                found.pop()
                start = last_start
            found.append((what, text[spans[start][1]:spans[end - 1][2]]))
            last_start, last_end = start, end
            i = end
        else:
            i += 1
    return found


def _named(name: list[str], kind: str, capital: bool, after: str, known: set[str]) -> bool:
    """Do the words ``name`` before a kind single out one place of that kind (``named_local_places``)?"""
    if not name or after[:1].isupper() and after.casefold() in STREET_TYPES | {"primary", "school", "academy",
                                                                              "college"}:
        return False  # "Park Road", "Hollins Park Academy": a street or a school
    words = [_bare(w) for w in name]
    if words[0] in TITLES:  # "Dr Patel's surgery": the place by who works there; "Mrs Park" is a person
        return _KINDS[kind] in _BY_WHO_WORKS_THERE and len(name) > 1 and name[-1].replace("’", "'").endswith("'s")
    if any(w in ("st", "saint") for w in words[:-1]) or len(words) > 1 and words[-1] in STREET_TYPES:
        return True  # a saint's ("St Anne's Church") or a street's ("Green Lane Mosque")
    naming = [w for w in words if w not in _DESCRIBING and w not in GENERIC_WORDS and not _ORDINAL.fullmatch(w)
              and w not in known]
    if not naming or all(w in GIVEN_NAMES for w in naming):
        return False  # only describing words, or a person: "Sally Park", "Charlotte Church"
    strong = [w for w in naming if not is_ordinary_word(w)]
    if kind in _ACTIVITY_KINDS:  # "Lego Club", "Zumba Club" are what is done; "Hartwell Boxing Club" where
        return any(_PLACE_NAME_ENDING.search(w) or large_place(w) for w in strong)
    if not capital or kind in _STRICT_KINDS:
        return bool(strong)
    return True
