"""The people and places a record names: who the carers are (people, or a place such as a
children's home), each person in "Mark and Lisa Owen", first names and family names.

Rules about facts of the record, used by withholding (a confidential placement's carers'
surname is a secret from parents) and by the sentences a copy says about them.
"""

from __future__ import annotations

import functools
import re

from ..record.roles import FAMILY_ROLES, PARENT_ROLES, RELATION_ALONE, carer_named, written_short
from ..support import regexes
from ..support.memo import per_record

#: Words in ``placement.carers`` that name a place, not people ("Riverside supported lodgings").
PLACE_WORDS = frozenset({
    "lodgings", "lodging", "home", "house", "hostel", "flat", "flats", "accommodation", "centre",
    "center", "unit", "residential", "project", "foyer", "housing", "supported", "semi-independent",
    "hall", "halls", "court", "lodge", "cottage", "farm", "services", "service", "trust",
    # custody and hospital: "You live with HMYOI Wetherby" read a prison as people
    "hmyoi", "yoi", "hmp", "prison", "institution", "hospital",
    # a secure training centre or children's home, a hospital ward: "You live with Oakhill STC"
    "stc", "sch", "secure", "infirmary", "clinic", "hospice", "camhs", "nhs", "place",
})
TITLES = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "rev", "sir", "dame"})


#: Place words that are also family names ("Sue Hall", "Ann Lodge", "Tom House", "Mrs Court").
SURNAME_PLACE_WORDS = frozenset({"hall", "court", "lodge", "house", "place"})

#: A hospital ward by its number ("Ward 12, Leeds General Infirmary"), not the family name Ward.
_WARD = regexes.compile(r"\bward\s+\d+[a-z]?\b", re.IGNORECASE)

#: Words that make "The ..." people, not a house's name ("the Owen family").
_PEOPLE_WORDS = frozenset({"family", "carer", "fosterer", "parent", "grandparent", "kinship"}) | FAMILY_ROLES | PARENT_ROLES

#: Common given names in the UK, short forms too, that are no ordinary word a home is named
#: after: "Sue Hall" is a person. Not Robin, Heather, Holly, Rose, Ivy, Hope, Wren...: "Heather
#: Lodge" reads as a home, and a home read as a person would be named to a confidential
#: placement's parents, while a person read as a place is only called "the staff".
GIVEN_NAMES = frozenset("""
aaron abdul abigail adam adrian agnieszka ahmed aisha alan alex alexander alice alison amanda amina amy
andrea andrew andy angela ann anna anne annette anthony antony barbara barry ben benjamin beth bethany
bev beverley bill bob brenda brian bridget callum carl carla carol caroline carolyn catherine charles
charlie charlotte chloe chris christine christopher claire clare colin craig dan daniel danielle darren
dave david dean debbie deborah denise dennis derek diane dominic donna doreen dorothy douglas duncan ed
edward eileen elaine eleanor elizabeth ellen emily emma eric fatima fiona frances francis frank gail
gareth gary gavin gemma geoff geoffrey george georgina gerald gillian gordon graham greg gwen hannah
harry helen henry ian imran irene jack jackie jacqueline james jamie jan jane janet janice jason jean
jeff jennifer jenny jeremy jill jim jo joan joanne joe john jon jonathan joseph josh joyce judith judy
julia julie karen kate katherine kathleen kathryn kathy katie keith kelly ken kenneth kerry kevin kim
kirsty laura lauren lee leon lesley leslie lewis linda lisa liz lorraine louise lucy luke lynn lynne
maggie malcolm mandy margaret maria marie mark martin mary matthew maureen megan mel melanie michael
michelle mike mohammed muhammad nadia natalie neil nicola nicholas nick nigel norman oliver pam pamela
patricia patrick paul paula pauline pete peter phil philip rachel rebecca richard rick rob robert
roger ron ronald rosemary ross ruth ryan sally sam samantha sandra sara sarah scott sean sharon
sheila shirley simon sophie stacey stephen steve steven stuart sue susan suzanne tanya ted teresa
terry tess thomas tim timothy tina tom tony tracey tracy trevor valerie vicky victoria vivienne
wayne wendy will william yvonne zoe
""".split())


#: A first name rarer than this in English text (wordfreq Zipf: "Angharad" 1.9, "Kacper" 1.3; not "Bilal" 2.8,
#: "Siobhan" 2.8, "Bev" 2.9) singles out its few holders in a town.
RARE_FIRST_NAME_ZIPF = 2.5


def rare_first_name(name: str) -> bool:
    """A first name few people have ("Siân", "Gwenllian"): one word, no common British given name, rarer
    in English text than ``RARE_FIRST_NAME_ZIPF``. With the town, or a school's website, it finds them."""
    from ..support import lexicon

    return (len(name.split()) == 1 and name.casefold() not in GIVEN_NAMES
            and lexicon.zipf(name, "en") < RARE_FIRST_NAME_ZIPF)


def is_place(carers: str) -> bool:
    """``placement.carers`` names a place ("Riverside supported lodgings"), not people. A place
    word that is also a family name counts only when the name is not plainly people's: one
    starting with a title ("Mrs Hall"), or each person in it a given name ("Sue and Pete Hall",
    "Sue Hall", "Mary Jane Court"). "Brookside Hall" and "Sand and Sea House" stay places."""
    return _reading(carers) == "place"


def people_by_given_names(carers: str) -> bool:
    """``carers`` has a place word, and is read as people only by its given names ("Tom House"):
    the one reading a record could mean otherwise (a home named after someone), so `validate` says so."""
    return _reading(carers) == "given names"


@functools.lru_cache(maxsize=4096)  # a record's names, asked for each copy again and again
def without_brackets(names: str) -> str:
    """"Margaret Iveson (supported lodgings)" -> "Margaret Iveson": what is in brackets describes."""
    return re.sub(r"\s*\([^()]*\)", "", names).strip()


def names_given(record) -> list[str]:
    """Every person's name the record gives, without the role written after it: the child (and the
    name they are known by), the IRO, who came, who does an action, who is sent a copy, and the
    carers unless they are a place (their first names' short forms too)."""
    names = [record.child.name, record.child.known_as or "", record.review.chair.name]
    names += [attendee.name for attendee in record.review.attendees if not attendee.is_child]
    names += [without_brackets(action.who) for action in record.actions]
    names += [without_brackets(recipient.name) for recipient in record.distribution]
    if not is_place(record.placement.carers):
        # The carers, and the short forms of their first names ("Maggie" of Margaret): the carer, not
        # someone else the items name.
        names += [record.placement.carers, *first_name_forms(record.placement.carers)]
    return [name for name in names if name.strip()]


#: What a place is, said in brackets after its name: "Lakeside (adolescent unit)", "The Junction (secure centre)".
_KIND_OF_PLACE = regexes.compile(r"\b(?:unit|ward|secure|hospital|children's home|centre|center)\b", re.IGNORECASE)


@functools.lru_cache(maxsize=4096)  # the record's carers, asked for each copy again and again
def _reading(carers: str) -> str:
    """"people", "place", or "given names" (people, by the given names before a place word).
    Place words count outside brackets: "Margaret Iveson (supported lodgings)" is a person."""
    described = " ".join(re.findall(r"\(([^()]*)\)", carers))
    carers = without_brackets(carers)
    words = re.findall(r"[\w'-]+", carers.casefold())
    found = [w for w in words if w in PLACE_WORDS]
    if _WARD.search(carers) or _house_name(words):
        return "place"
    if not found and _KIND_OF_PLACE.search(described) and len(words) <= 2 \
            and not any(w.rstrip(".") in TITLES or w in GIVEN_NAMES for w in words):
        return "place"  # "Lakeside (adolescent unit)": a unit's name, not a person's
    if not found:
        return "people"
    if any(w not in SURNAME_PLACE_WORDS for w in found):
        return "place"
    people = people_in(carers)
    titled = any(p.split()[0].rstrip(".").casefold() in TITLES for p in people if p.split())
    # A first name alone joined to a full name ("Zainab and Tariq Hall") is people; not with
    # "House", which many homes' names join words to ("Sand and Sea House").
    joined_first_name = "house" not in found and len(people) > 1 and any(len(p.split()) == 1 for p in people)
    if titled or joined_first_name:
        return "people"
    return "given names" if people and all(_given_names_then_surname(p) for p in people) else "place"


def _house_name(words: list[str]) -> bool:
    """"The Laurels", "Brambles": a house's name, no person's. People are not written "The ...",
    save a family ("the Owen family"), and no one carer by one word that is no given name nor
    a family word ("Nan"). A person read as a place is only kept private; a place read as people
    would be named to a confidential placement's parents."""
    people = {w for w in words if w in _PEOPLE_WORDS or w.removesuffix("s") in _PEOPLE_WORDS}  # "grandparents"
    if len(words) > 1 and words[0] == "the":
        return not people
    return len(words) == 1 and not people and one_word_place(words[0])


def one_word_place(word: str) -> bool:
    """One word that names a house, not a person: no given name the project knows nor a title, and
    an English word or two ("Brambles", "Woodlands"; "Oakhill", "Meadowbank", "Beechwood"), as homes
    are named. A name that is neither, "Zainab", "Siobhan", "Oluwaseun", is a person's first name
    (`validate` says so, in case it is a home's)."""
    word = word.casefold()
    if word in GIVEN_NAMES | TITLES or _known_first_name(word):
        return False
    return _english_words(word)


#: What the last part of a home's one-word name is ("Oak|hill", "Meadow|bank", "Beech|wood", "Elm|hurst"):
#: words of the land, as English places are named. Not "ton", "ley" or "well", which end given names
#: too (Winston, Kingsley, Maxwell), nor any word ("Car|men" is Carmen).
PLACE_NAME_ENDS = frozenset("""
hill hills bank banks side wood woods field fields land lands view crest acre acres dale dales brook brooks mead
meadow meadows croft gate gates hurst combe mount mere moor moors ridge ford green greens grove groves haven holme
garth stead cliff cliffs park vale down downs fold nook heath shaw holt dene royd thwaite oaks elms lane lanes
bridge mill mills court hall house lodge cottage cottages farm place rise lea leas water waters orchard orchards
""".split())


def _english_words(word: str) -> bool:
    """``word`` is an English word ("brambles", "woodlands"), or one of 3 letters or more and a word
    of the land after it ("oak" and "hill", "meadow" and "bank"): not "Car|men" (Carmen)."""
    from .withholding import is_ordinary_word  # it reads this module's names

    def english(part: str) -> bool:
        return any(is_ordinary_word(form) for form in (part, part.removesuffix("s"), part.removesuffix("es")) if form)

    return english(word) or any(english(word[:i]) and word[i:] in PLACE_NAME_ENDS for i in range(3, len(word) - 2))


def first_name_alone(carers: str) -> bool:
    """``carers`` is one word read as a person's first name that the project's names do not know
    ("Zainab"): the one reading of a single word a record could mean otherwise."""
    words = re.findall(r"[\w'-]+", without_brackets(carers).casefold())
    return (len(words) == 1 and _reading(carers) == "people" and words[0] not in GIVEN_NAMES | TITLES
            and words[0] not in _PEOPLE_WORDS and words[0].removesuffix("s") not in _PEOPLE_WORDS
            and not _known_first_name(words[0]))


def _known_first_name(word: str) -> bool:
    """A first name the short-forms table knows ("Zainab" is not one; "Mandy" is)."""
    from .withholding import _nick_namer  # it reads this module's names

    namer = _nick_namer()
    return bool(namer.nicknames_of(word) or namer.canonicals_of(word))


def _given_names_then_surname(person: str) -> bool:
    """"Sue", "Sue Hall", "Mary Jane Court": given names, then at most one family name."""
    words = person.casefold().split()
    given = words[:-1] if len(words) > 1 else words
    return 1 <= len(words) <= 3 and all(part in GIVEN_NAMES for word in given for part in word.split("-"))


def people_in(names: str) -> list[str]:
    """Each person in "Mark and Lisa Owen", "Carol, Steve and Jo Dunn": ["Mark", "Lisa Owen"]; a
    relation before a name is no one of its own ("your mum, Nicola Lark": ["Nicola Lark"])."""
    return [p.strip() for p in re.split(r"\s*(?:,|&|\band\b)\s*", without_brackets(names))
            if p.strip() and not RELATION_ALONE.fullmatch(p.strip())]


#: Words a child calls a relative by before the first name ("Auntie Pat", "Big Sis Kayla", "Nanna Jean"):
#: no first name of their own.
KIN_WORDS = FAMILY_ROLES | frozenset({
    "aunty", "nanna", "nanny", "nannie", "gramps", "grampa", "grandpa", "granda", "grandpop", "grandma", "sis",
    "bro", "big", "little", "lil", "great", "step", "cousin", "auntie", "uncle"})


def first_names(names: str) -> list[str]:
    """First names only ("Mark and Lisa Owen" -> ["Mark", "Lisa"]); a title and surname alone
    ("Mrs Hargreaves") has none, as a surname can find a house. A family word before the first name
    stays with it, as the child calls them: "Auntie Pat Hughes" -> "Auntie Pat", "Big Sis Kayla
    Hughes" -> "Big Sis Kayla", "Nanna Jean" -> "Nanna Jean"; the family word alone before a family
    name ("Nan Hughes") -> "Nan"."""
    found = []
    for person in people_in(names):
        words = person.split()
        if not words or words[0].rstrip(".").casefold() in TITLES:
            continue
        kin = 0
        while kin < len(words) - 1 and words[kin].casefold() in KIN_WORDS:
            kin += 1
        rest = words[kin:]
        if kin and len(rest) == 1 and not _a_given_name(rest[0]):
            found.append(" ".join(words[:kin]))  # "Nan Hughes": no first name written
        else:
            found.append(" ".join(words[:kin + 1]))
    return found


def _a_given_name(word: str) -> bool:
    folded = word.casefold()
    return folded in GIVEN_NAMES or _known_first_name(folded)


def given_name(first_name: str) -> str:
    """The name itself in a first name as `first_names` gives it: "Auntie Pat" -> "Pat"."""
    return first_name.split()[-1] if first_name.split() else first_name


def first_name_forms(names: str) -> list[str]:
    """Each first name in ``names`` and its short forms, capitalised ("Margaret and Ken Bell":
    "Margaret", "Maggie", "Peggy"..., "Ken", "Kenneth", "Kenny"...), as a child calls a carer: the
    table `withholding.short_forms` reads for a withheld recipient; a first name written short
    ("Ken") brings the full name it is short for, and that name's other short forms."""
    from .withholding import _nick_namer, short_forms  # they read this module's names

    forms = []
    for written in first_names(names):
        name = given_name(written)
        if written != name:
            forms.append(written)
        folded = name.casefold()
        full = [c for c in sorted(_nick_namer().canonicals_of(folded)) if folded in short_forms(c)]
        forms += [name, *(f.capitalize() for n in [folded, *full] for f in (n, *short_forms(n)) if f != folded)]
    return list(dict.fromkeys(forms))


def surnames(names: str) -> list[str]:
    """The family names in "Gail and Ron Pennifold", "Denise Okonjo-Hart": ["Pennifold"], ["Okonjo-Hart"]."""
    found = []
    for person in people_in(names):
        words = person.split()
        kin = 0
        while kin < len(words) - 1 and words[kin].casefold() in KIN_WORDS:
            kin += 1
        if kin and len(words) == kin + 1 and _a_given_name(words[-1]):
            continue  # "Auntie Pat", "Nanna Jean": a first name after a family word
        if len(words) > 1:
            found.append(words[-1])
    return list(dict.fromkeys(found))


#: A role that says someone works where the child lives: a home's staff, a lodgings' host.
_PLACE_STAFF = regexes.compile(r"\b(?:carers?|home|manager|staff|host|key ?worker|lodgings|residential)\b", re.IGNORECASE)


def carers_family_names(record) -> list[str]:
    """The family names a confidential placement's parents are not given: the carers' ("Gail
    and Ron Pennifold"), or, where the carers are a place, those of the people who work there
    (an attendee or a carer recipient: "Tess Grainger (manager of your home)"), as a surname
    of a home's manager finds the home."""
    carers = record.placement.carers
    if not is_place(carers):
        return surnames(carers)
    return list(dict.fromkeys(name for person in place_staff(record) for name in surnames(person)))


def place_staff(record) -> list[str]:
    """Who works where the child lives, when the carers are a place: an attendee whose role says so
    ("Tess Grainger", "manager of your home"), or a carer recipient who is a person."""
    if not is_place(record.placement.carers):
        return []
    from .staff import HOSPITAL_PLACEMENT, HOSPITAL_STAFF_ROLES

    hospital = HOSPITAL_PLACEMENT.search(record.placement.carers)
    staff = [p.name for p in record.review.attendees if not p.is_child and (
        _PLACE_STAFF.search(p.role) or hospital and HOSPITAL_STAFF_ROLES.search(p.role)
        and not re.search(r"\bschool\b", p.role, re.IGNORECASE))]  # a ward nurse is a hospital's key worker
    staff += [r.name for r in record.distribution if r.role.value == "carer" and not is_place(r.name)]
    return list(dict.fromkeys(staff))


def scored_by_child(record) -> bool:
    """The scale's ``by`` is the child: "you", or their name, known-as name or first name."""
    by = record.scale.by.strip().casefold()
    child = record.child
    # Their legal first name too ("Rowan", known as Ro): the score is still theirs.
    return by in {"you", child.name.strip().casefold(), (child.known_as or "").strip().casefold(),
                  child.first_name.strip().casefold(), child.name.split()[0].casefold()} - {""}


def scored_with_child(record) -> bool:
    """The scale's ``by`` is the child, alone or with someone ("you and Karen", "You (with Karen's
    help)", "Aaron and his carer"): "you", or their name, as a word of its own, not someone's
    ("your mum", "Aaron's carer")."""
    if scored_by_child(record):
        return True
    words = re.findall(r"[\w-]+(?:['’]s\b)?", record.scale.by.casefold())
    return any(word in childs_names(record) for word in words)


def childs_names(record) -> set[str]:
    """"you" and the child's first names, casefolded: known-as and legal ("Ro", "Rowan")."""
    child = record.child
    return {"you"} | {n.casefold() for n in (child.first_name, child.known_as or "", child.name.split()[0]) if n}


def others_scoring_with_child(record) -> list[str]:
    """Who gave the score with the child, each by name as written ("Ro and Tess": ["Tess"]); empty
    when the child gave it alone or the others are not plainly named ("Aaron and his carer")."""
    if scored_by_child(record) or not scored_with_child(record):
        return []
    own = childs_names(record)
    people = people_in(record.scale.by)
    others = [p for p in people if p.casefold() not in own]
    if len(others) == len(people) or not all(p[:1].isupper() or p.casefold().startswith("your ") for p in others):
        return []
    return others


#: A possessive before a role: "mum's advocate", "baby's social worker", "Dad's PA", "Gemma's".
_WHOSE = regexes.compile(r"\b([\w-]+)(?:['’]s|s['’])(?=\s)", re.IGNORECASE)
#: Possessives that still mean the child ("the child's social worker", "Children's Rights advocate").
_CHILDS_OWN = frozenset({"child", "children", "person", "people", "your"})
#: Whom a role is for, after it: "advocate for mum", "advocate (for your dad)".
_FOR_WHOM = regexes.compile(r"\bfor\s+(?:your\s+|the\s+|her\s+|his\s+|their\s+)?([\w-]+)", re.IGNORECASE)
#: A parent's or the family's kind of role, before it: "parent advocate", "family advocate".
_SOMEONE_ELSES_KIND = regexes.compile(r"parents?|parental|mum|mother|dad|father|family", re.IGNORECASE)


#: A body, not a person: "Leeds City Council", "the school", "CAMHS", "the fostering team".
_ORGANISATION = regexes.compile(
    r"\b(?:council|school|college|academy|nursery|CAMHS|NHS|team|services?|trust|agency|department|police|"
    r"clinic|hospital|court|authority|charity|board|panel|unit|office|hub|surgery|housing|partnership)\b",
    re.IGNORECASE)
#: ... unless a person's role is in it: "the school nurse", "Council housing officer".
_PERSON_IN_IT = regexes.compile(
    r"\b(?:nurse|teacher|worker|officer|manager|head|headteacher|adviser|advisor|carer|mum|dad|doctor|"
    r"therapist|psychologist|counsellor|IRO|advocate|mentor|coordinator|lead|practitioner)s?\b", re.IGNORECASE)


def is_organisation(who: str) -> bool:
    """``who`` (an action's "who", its brackets aside) names a body, not a person: "Leeds City
    Council", "the school", "CAMHS (the mental health team)"; "Mrs Patel (school)" is a person."""
    name = re.sub(r"\([^()]*\)", " ", who)
    return bool(_ORGANISATION.search(name)) and not _PERSON_IN_IT.search(name)


def childs_own_role(role: str, pattern: str, record) -> bool:
    """``role`` is one of ``pattern`` ("advocate", r"social worker") and the child's own: not
    qualified by someone else's possessive ("mum's advocate", "baby's social worker": a young
    mum's baby's; "Gemma's" is hers only when Gemma is the child), nor one for someone else
    ("advocate for mum") or of a parent's kind ("parent advocate")."""
    child = record.child
    return _childs_own_role(role, pattern, child.first_name, child.known_as or "", child.name)


@functools.lru_cache(maxsize=4096)  # a copy asks it of the same roles fifty times
def _childs_own_role(role: str, pattern: str, first_name: str, known_as: str, name: str) -> bool:
    found = re.search(pattern, role, re.IGNORECASE)
    if not found:
        return False
    own = _CHILDS_OWN | {n.casefold() for n in (first_name, known_as, *name.split()) if n}
    if any(match.group(1).casefold() not in own | {"you", "her", "him", "them"}
           for match in _FOR_WHOM.finditer(role, found.end())):
        return False
    before = role[:found.start()].split()
    if before and _SOMEONE_ELSES_KIND.fullmatch(before[-1]):
        return False
    return all(match.group(1).casefold() in own for match in _WHOSE.finditer(role))


#: One way of saying someone invited took no part ("did not reply to the invitation", "did not send
#: his views", "no response", "sent apologies"), as IROs write it in ``contributed``.
_NO_PART = regexes.compile(
    r"(?:[a-z']+\s+)?(?:did not|didn't|has not|hasn't|had not|hadn't|never|could not|couldn't|was not able to|"
    r"wasn't able to|was unable to|were unable to|unable to|chose not to|declined to|would not|wouldn't)\s+"
    r"(?:reply|respond|answer|come|attend|engage|take part|participate|join|turn up|show up|get in touch|"
    r"make contact|(?:give|send|share|want to share)\s+(?:any\s+|his\s+|her\s+|their\s+)?"
    r"(?:views?|anything(?:\s+back)?|a report|report|a letter)|want to (?:take part|come))"
    r"(?:\s+to\s+(?:the\s+|my\s+|our\s+|any\s+|an\s+)?(?:invitation|invite|invitations|letters?|calls?|"
    r"messages?|emails?))?"
    r"|no (?:reply|response|contact|views(?:\s+(?:received|sent|given))?)(?:\s+received)?|not heard from"
    r"|declined(?:\s+the\s+invitation)?|(?:gave|sent)\s+(?:his\s+|her\s+|their\s+)?apologies|apologies",
    re.IGNORECASE)


def says_no_part(contributed: str | None) -> bool:
    """Does ``contributed`` say only that the person took no part ("did not come and did not send his
    views")? Then it shares nothing: they are invited but did not take part, not among who shared views.
    Any clause that says what they did ("but sent a letter") makes it a contribution."""
    clauses = [c.strip(" .!") for c in re.split(r"[,;]|\.\s|\s(?:and|so|or)\s", contributed or "")]
    clauses = [c for c in clauses if c]
    return bool(clauses) and all(_NO_PART.fullmatch(c) for c in clauses)


def contributed_something(person) -> bool:
    """The attendee's ``contributed`` tells of a part they took, not that they took none."""
    return bool(person.contributed) and not says_no_part(person.contributed)


def silent_own(record, pattern: str) -> list[int]:
    """The attendees who are the child's own ``pattern`` ("advocate") when none of them came or
    sent anything (``attended: false``, no ``contributed``); empty when one took part or none is
    named. Then "You told your advocate what to say for you" is not the record's to say."""
    own = [i for i, p in enumerate(record.review.attendees) if childs_own_role(p.role, pattern, record)]
    if any(record.review.attendees[i].attended or contributed_something(record.review.attendees[i]) for i in own):
        return []
    return own


@per_record
def advocate_status(record) -> str | None:
    """``rights.advocate`` as the record's facts make it, so a copy says one thing of the advocate: "offered"
    is "has_one" when the child's own advocate is named and spoke for the child (PN2, PN5), came, or sent
    something: "Your advocate helped say what you think" and "you can ask for one" together
    would contradict each other. "not_yet" and "declined" stay: validate asks the IRO (an error under PN2
    and PN5, a warning otherwise)."""
    status = record.rights.advocate if record.rights is not None else None
    if status != "offered":
        return status
    # PN2 and PN5 say an advocate spoke for the child; the advocate must still be the child's own
    # (mum's advocate speaking is not): one of theirs named, or one who came or sent something.
    spoke = record.review.participation in ("PN2", "PN5")
    took_part = any(childs_own_role(p.role, r"\badvocate\b", record) and (spoke or p.attended or p.contributed)
                    for p in record.review.attendees if not p.is_child)
    return "has_one" if took_part else status


def absent_own(record, pattern: str) -> list[int]:
    """The attendees who are the child's own ``pattern`` ("advocate") when none of them came (what
    they sent is not help at the meeting); empty when one came or none is named. Then "Your
    advocate helped say what you think" at the meeting (PN2) is not the record's to say."""
    own = [i for i, p in enumerate(record.review.attendees) if childs_own_role(p.role, pattern, record)]
    return [] if any(record.review.attendees[i].attended for i in own) else own


#: An IRO's role that says they were the child's IRO before this one ("your previous IRO").
_EARLIER_IRO = regexes.compile(r"\b(?:previous|former|old|last|earlier|outgoing|past|retired|ex-)", re.IGNORECASE)
#: An IRO's role that says they take over from the chair ("your new IRO").
_LATER_IRO = regexes.compile(r"\b(?:new|next|incoming|future)\b", re.IGNORECASE)
_IRO = regexes.compile(r"\bIRO\b|independent reviewing officer", re.IGNORECASE)


def iro_time(role: str) -> str | None:
    """When a role says its person is (was, will be) an IRO: "earlier" ("your old IRO"), "later"
    ("your new IRO"), "now" (an IRO the role says neither of), None (not an IRO)."""
    if not _IRO.search(role):
        return None
    return "earlier" if _EARLIER_IRO.search(role) else "later" if _LATER_IRO.search(role) else "now"


#: A role saying its IRO stands in for the child's own ("covering IRO", "acting IRO").
_COVERING = regexes.compile(r"\b(?:covering|cover|acting|standing in|stand-in|interim|temporary|locum)\b", re.IGNORECASE)


def covering_role(role: str) -> bool:
    """``role`` says its IRO stands in for the child's own ("covering IRO")."""
    return bool(_COVERING.search(role))


def _folded(name: str) -> str:
    return " ".join(name.split()).casefold()


#: A role that is first of all the child's IRO, whatever it adds after ("your IRO (Daniel is covering)"):
#: its covering word is about the chair, not them. Not "IRO covering for ...", the stand-in's own.
_OWN_IRO_FIRST = regexes.compile(r"\s*(?:your\s+)?(?:own\s+)?(?:IRO|independent reviewing officer)\b"
                                   r"(?!\s*(?:covering|cover|acting|standing|stand-in|interim|temporary|locum)\b)",
                                   re.IGNORECASE)


@per_record  # asked several times for each copy
def usual_iro(record) -> str | None:
    """The child's own IRO when someone else chairs ("Grace Obi", "your IRO", while Sally Park
    covers): a young child is told whose plan-checking the chair stood in for. Named in who came,
    else, when the chair came as covering, in an action's who; None when there is none."""
    chair = _folded(record.review.chair.name)
    people = [(p.name, p.role) for p in record.review.attendees if not p.is_child]
    came = {_folded(name) for name, _role in people}
    if any(_folded(name) == chair and _COVERING.search(role) for name, role in people):
        # Not someone in who came: their role there decides ("your old IRO").
        people += [(m.group(1), m.group(2)) for a in record.actions
                   if (m := re.fullmatch(r"\s*([^()]*?)\s*\(([^()]*)\)\s*", a.who)) and _folded(m.group(1)) not in came]
    for name, role in people:
        if _folded(name) != chair and iro_time(role) == "now" \
                and (not _COVERING.search(role) or _OWN_IRO_FIRST.match(role)) \
                and childs_own_role(role, _IRO.pattern, record):
            return " ".join(name.split())
    return None


#: "IRO covering for Helen Price": whom the chair stands in for, named in their own role.
_COVERED = regexes.compile(r"\b(?:for|instead of)\s+((?:[A-Z][\w'’.-]*\s*){1,4})\s*$")


def childs_own_iro(record) -> str | None:
    """The IRO who keeps the child's case when someone else chaired: ``usual_iro``, or the name the
    chair's role in who came gives ("IRO covering for Helen Price"); None when not named."""
    usual = usual_iro(record)
    if usual:
        return usual
    chair = _folded(record.review.chair.name)
    for person in record.review.attendees:
        found = _COVERED.search(person.role.strip()) if _folded(person.name) == chair else None
        if found and _COVERING.search(person.role) and not _IRO.search(found.group(1)) \
                and "'" not in found.group(1) and "’" not in found.group(1):
            return " ".join(found.group(1).split())
    return None


@per_record
def chair_covers(record) -> bool:
    """The chair stood in for the child's own IRO: one is named (``usual_iro``), or the chair
    came as "covering IRO"."""
    chair = _folded(record.review.chair.name)
    return usual_iro(record) is not None or any(
        _folded(p.name) == chair and iro_time(p.role) and _COVERING.search(p.role) for p in record.review.attendees)


def attendee_iro_time(record, name: str) -> str | None:
    """``iro_time`` of the attendee called ``name`` who is not the chair (their role in the list
    of who came decides who they are), else None."""
    key = " ".join(name.split()).casefold()
    if key == " ".join(record.review.chair.name.split()).casefold():
        return None
    for person in record.review.attendees:
        if " ".join(person.name.split()).casefold() == key and iro_time(person.role):
            return iro_time(person.role)
    return None


def iro_came_as_other(record, who: str) -> int | None:
    """An action's ``who`` ("Tom Reid (your IRO)") giving an IRO an IRO role that says another time
    than their role in the list of who came ("your old IRO"): that attendee's index, else None."""
    match = re.fullmatch(r"\s*([^()]*?)\s*\(([^()]*)\)\s*", who)
    if not match or iro_time(match.group(2)) is None:
        return None
    key = " ".join(match.group(1).split()).casefold()
    if key == " ".join(record.review.chair.name.split()).casefold():
        return None
    said = iro_time(match.group(2))
    for index, person in enumerate(record.review.attendees):
        if " ".join(person.name.split()).casefold() == key and iro_time(person.role) not in (None, said):
            return index
    return None


_NAMED_WITH_ROLE = regexes.compile(r"\s*([^()]*?)\s*\(([^()]*)\)\s*")


def who_is_meant(record, who: str) -> tuple[str, str] | None:
    """The person an action's ``who`` written without a role means, as (name, role): someone who came (or
    the chair, or someone an action or the distribution list gives a role), by their name as written or
    short ("Ian F.", "Mr Fenwick" for "Ian Fenwick (head of year)"; "Mrs Khatun" for "Mrs Khatun (form
    tutor)"), when it can be no one else and is not one of the carers; None otherwise."""
    if _NAMED_WITH_ROLE.fullmatch(who) or not who.strip():
        return None
    people = [(record.review.chair.name, "IRO")]
    people += [(p.name, p.role) for p in record.review.attendees if not p.is_child]
    texts = [a.who for a in record.actions] + [r.name for r in record.distribution]
    people += [(m.group(1), m.group(2)) for text in texts if (m := _NAMED_WITH_ROLE.fullmatch(text))]
    key = _folded(who)
    exact: dict[str, tuple[str, str]] = {}
    short: dict[str, tuple[str, str]] = {}
    for name, role in people:  # the first role given stays: who came's, before an action's
        if _folded(name) == key:
            exact.setdefault(key, (" ".join(name.split()), role.strip()))
        elif written_short(who, name):
            short.setdefault(_folded(name), (" ".join(name.split()), role.strip()))
    found = exact or short
    if len(found) != 1:
        return None
    name, role = next(iter(found.values()))
    # The carers are said as each copy says them ("Mrs D'Souza": "your carer" to a parent), not by who came.
    return None if carer_named(record.placement.carers, name) is not None else (name, role)


_MOTHER_WORDS, _FATHER_WORDS = frozenset({"mum", "mother", "mummy", "mam"}), frozenset({"dad", "father", "daddy"})


@per_record
def parent_relations(record) -> dict[str, str]:
    """What the record says a parent sent a copy, and not at the meeting, is to the child ("dad",
    "mum"), by their folded name: an action's ``who`` that gives it ("Tomasz Nowak (your dad)"), so a
    copy in another language calls him by its word for dad (blind review 33, finding 11). Nothing is
    guessed from the texts' "your dad" beside a known mum: two mums, or a dad not sent a copy, would
    make a mother "dad"; unsaid, a parent stays "parent"."""
    from ..record.model import Role  # the record's people: a rule of the record, not needed at import
    from ..record.roles import relation

    came = {p.name.strip().casefold() for p in record.review.attendees if not p.is_child}
    parents = [r.name.strip().casefold() for r in record.distribution
               if r.role is Role.parent and r.name and r.name.strip().casefold() not in came]
    found: dict[str, str] = {}
    for action in record.actions:
        who = re.fullmatch(r"\s*([^()]+?)\s*\(([^()]+)\)\s*", action.who or "")
        if who and who.group(1).casefold() in parents:
            word = relation(who.group(2))
            if word in _MOTHER_WORDS | _FATHER_WORDS:
                found.setdefault(who.group(1).casefold(), word)
    return found
