"""Who works at a confidential placement's home or school: their surname finds the place.

A school's staff list is public and a home's manager, deputy or key worker is known by name
in the area, so a parent kept from the place is not given their surnames either: parents'
copies and invitations name them by first name and role, or by role alone when the record
has only a title and surname ("Mrs Khatun (head of year)" is "head of year"). Decided from the
record: an attendee whose role is one of the place's (a home's deputy, team leader, key
worker; a school's teacher, head of year, SENCo, a nursery's key worker; a secure centre's or
home's own nurse, psychologist or teacher: ``on_site_staff``), or whose role or note names the
place; or someone named only in a text, by title and surname, as the school's
("your teacher, Mrs Featherstonehaugh", "Mrs Featherstonehaugh at school", "your head teacher Mr Pye").
"""

from __future__ import annotations

import re

from .people import first_names, is_place, surnames
from ..support import regexes
from ..support.memo import per_record

#: Roles of the people who work in a children's home or lodgings.
HOME_STAFF_ROLES = regexes.compile(
    r"\b(?:carers?|home|manager|deputy|team ?leader|shift ?leader|key ?worker|residential|support ?worker"
    r"|care ?worker|night ?staff|staff|host|lodgings)\b", re.IGNORECASE)
#: Roles of the people who work on a hospital ward, when the child's placement is one ("Ward 12, Leeds
#: General Infirmary"): a ward nurse is the key worker of the child's home there. Not a school nurse.
HOSPITAL_STAFF_ROLES = regexes.compile(
    r"\b(?:(?<!school )nurse|ward|charge nurse|matron|doctor|consultant|registrar|paediatrician"
    r"|psychiatrist|healthcare assistant|hca|play specialist|play worker)\b", re.IGNORECASE)
#: A hospital placement: its staff are the home's.
HOSPITAL_PLACEMENT = regexes.compile(r"\b(?:ward\s+\d+[a-z]?|hospital|infirmary|clinic|hospice)\b", re.IGNORECASE)
#: Roles of the people who work in a school, college or nursery.
SCHOOL_STAFF_ROLES = regexes.compile(
    r"\b(?:teacher|head ?teacher|deputy ?head|head of (?:year|house|school)|senco|sendco|teaching assistant"
    r"|ta|form tutor|tutor|lecturer|designated|dsl|pastoral|learning mentor|inclusion|attendance officer"
    r"|key ?worker|nursery|nursery (?:nurse|worker|practitioner)|early years|school|college|academy|class)\b",
    re.IGNORECASE)
_NEVER_STAFF = (r"social worker|family support|virtual|senior practitioner|iro|advocate|mum|dad|mother|father|parent"
                r"|nan|gran|grandma|grandad|aunt|uncle|brother|sister|you|independent visitor|personal adviser|police")
#: Roles that are never a place's staff, whatever else they say ("social worker", "school nurse" is the NHS's,
#: the virtual school is the council's, a senior practitioner a social worker).
_NOT_STAFF = regexes.compile(rf"\b(?:{_NEVER_STAFF}|(?<!nursery )nurse)\b", re.IGNORECASE)
#: The same where the placement is a place: there a nurse may be its own ("unit nurse"), not the NHS's.
_NOT_ON_SITE_STAFF = regexes.compile(rf"\b(?:{_NEVER_STAFF}|school nurse)\b", re.IGNORECASE)
#: A role that says where its holder works is the confidential place itself, a secure centre or home
#: (blind review 29, finding 2): "unit nurse", "psychologist at the unit", "on site", "at the centre's school".
#: Not another kind of centre or home ("family centre", "Home Office", "home tutor" sent by the council).
ON_SITE = regexes.compile(
    r"\b(?:unit|(?<!family )(?<!contact )(?<!children's )(?<!children’s )(?<!health )(?<!medical )(?<!community )"
    r"(?<!leisure )(?<!job )(?<!resource )cent(?:re|er)|(?<!care )home(?! office| tutor)|on[- ]?site)\b",
    re.IGNORECASE)
#: Health, therapy and education roles a secure centre or home has on its own staff ("clinical
#: psychologist", "nurse", "education lead"; "teacher" when the placement has no school of its own).
ON_SITE_HEALTH_ROLES = regexes.compile(
    r"\b(?:psychologist|psychotherapist|therapist|counsell?or|nurse|psychiatrist|clinician|health (?:lead|worker))\b",
    re.IGNORECASE)
ON_SITE_EDUCATION_ROLES = regexes.compile(
    r"\b(?:education (?:lead|manager|officer|co-?ordinator|worker)|head of (?:education|learning)|head ?teacher"
    r"|deputy head|teacher|tutor|teaching assistant|senco|learning (?:mentor|support))\b", re.IGNORECASE)
#: Another employer named in a role: the child's own GP or CAMHS, a hospital, the council's, a school
#: by name ("psychologist at CAMHS", "nurse from the GP surgery", "teacher at Holderness Academy").
_ELSEWHERE = regexes.compile(
    r"\b(?:gp|camhs|nhs|hospital|clinic|surgery|practice|council|local authority|yot|youth (?:offending|justice)"
    r"|community|trust|service|at|from|of|with)\b", re.IGNORECASE)


def on_site_staff(role: str, has_school: bool) -> bool:
    """``role`` is one of a confidential place's own staff (the carers are a place): it says the
    place ("unit nurse", "at the centre's school"), or is a health or therapy role, or an education
    one when the placement has no school of its own, with no other employer named."""
    if _NOT_ON_SITE_STAFF.search(role):
        return False
    if ON_SITE.search(role):
        return not re.search(r"\b(?:gp|camhs|nhs|hospital|council|yot)\b", role, re.IGNORECASE)
    job = ON_SITE_HEALTH_ROLES.search(role) or not has_school and ON_SITE_EDUCATION_ROLES.search(role)
    return bool(job) and not _ELSEWHERE.search(re.sub(r"\bhead of (?:education|learning)\b", "", role, flags=re.IGNORECASE))


_TITLED = r"((?:Mrs|Mr|Ms|Miss|Mx|Dr)\.?\s+[A-Z][\w'’-]+)"
_SCHOOL_JOB = (r"(?:class\s+|form\s+)?(?:teacher|head\s?teacher|deputy\s+head|head\s+of\s+(?:year|house)|senco|sendco"
               r"|teaching\s+assistant|TA|form\s+tutor)")
_SCHOOL_JOB_ALONE = regexes.compile(rf"\b{_SCHOOL_JOB}\b", re.IGNORECASE)
#: A titled name the text ties to the school: after a school job, before one, or "at school".
_SCHOOL_STAFF_IN_TEXT = regexes.compile(
    rf"\b{_SCHOOL_JOB}\s*,?\s+{_TITLED}"
    rf"|{_TITLED}\s*[,(]?\s*(?:(?:your|my|the|her|his|their)\s+)?{_SCHOOL_JOB}\b"
    rf"|{_TITLED}\s+(?:at|from)\s+(?:(?:your|my|the)\s+)?(?:school|nursery|college)\b", re.IGNORECASE)


def _school_staff_in_texts(record) -> list[tuple[str, str]]:
    """``(name, job)`` of the titled names the record's texts give as the school's staff ("Your teacher, Mrs
    Featherstonehaugh": "teacher"; "Mrs Pye at school": "")."""
    found: dict[str, str] = {}
    for _, text, _ in record.free_texts():
        for match in _SCHOOL_STAFF_IN_TEXT.finditer(text or ""):
            name = next(group for group in match.groups() if group)
            if name[:1].isupper() and name.split()[-1][:1].isupper() and name not in found:
                job = _SCHOOL_JOB_ALONE.search(match.group())
                found[name] = re.sub(r"\s+", " ", job.group()) if job else ""
    return list(found.items())


def _place_words(name: str) -> list[str]:
    """The words of a place's name that name it ("Foxglove", "Holderness" of "Holderness Academy")."""
    from .withholding import is_distinctive

    return [w for w in re.findall(r"[^\W_]+", name) if is_distinctive(w)]


def _names_place(text: str, place: str) -> bool:
    words = _place_words(place)
    return bool(words) and any(re.search(rf"\b{re.escape(w)}\b", text, re.IGNORECASE) for w in words)


def place_staff(record) -> list[str]:
    """The names of the people who work at the confidential home or school (as written)."""
    return [name for name, _, _ in _staff(record)]


def home_staff(record) -> list[str]:
    """The names of the people who work at the confidential home, secure centre or lodgings (as written)."""
    return [name for name, at_home, _ in _staff(record) if at_home]


def school_staff(record) -> list[str]:
    """The names of the people who work at the confidential school (as written)."""
    return [name for name, _, at_school in _staff(record) if at_school]


@per_record
def school_staff_rare_first_names(record) -> tuple[tuple[str, str], ...]:
    """``(first name, name as written)`` of each of the confidential school's staff whose first name few people
    have ("Gwenllian" of "Mrs Gwenllian Pryce", head teacher; ``people.rare_first_name``): a school's website
    names its staff, so the first name and the role find the school as the surname does (blind review 32,
    finding 4). A name of one word after no title is a first name ("Gwenllian (head teacher)")."""
    from .people import TITLES, rare_first_name

    found = []
    for name in school_staff(record):
        words = re.sub(r"\([^()]*\)", " ", name).replace(".", " ").split()
        titled = bool(words) and words[0].casefold() in TITLES
        while words and words[0].casefold() in TITLES:
            words.pop(0)
        if (len(words) > 1 or words and not titled) and rare_first_name(words[0]):
            found.append((words[0], name))
    return tuple(dict.fromkeys(found))


@per_record  # asked by the checks and each copy's context, several times a copy
def _staff(record) -> tuple[tuple[str, bool, bool], ...]:
    """``(name, works at the home, works at the school)`` for each of the confidential place's staff."""
    return tuple((name, at_home, at_school) for name, _, at_home, at_school in _staff_and_roles(record))


def school_staff_roles(record) -> list[tuple[str, str]]:
    """``(name, role)`` of each of the confidential school's staff, the role as the record gives it ("class
    teacher"; the job before or after the name where a text gives them: "teacher")."""
    return [(name, role) for name, role, _, at_school in _staff_and_roles(record) if at_school]


@per_record
def _staff_and_roles(record) -> tuple[tuple[str, str, bool, bool], ...]:
    """``(name, role, works at the home, works at the school)`` for each of the confidential place's staff."""
    placement = record.placement
    if not placement.confidential:
        return ()
    home = is_place(placement.carers) and not placement.carers_named_to_parents
    school = placement.school or ""
    # Who came; who was sent a copy, or does an action, with their role after their name ("Mr Hughes
    # (head of year)", "Mrs Begum (your teacher)").
    people = [(p.name, p.role, p.contributed or "") for p in record.review.attendees if not p.is_child]
    named = [r.name for r in record.distribution if r.role.value == "other"] + [a.who for a in record.actions]
    if home:  # whatever role they are sent it as ("Dr Ingleby-Thwaite (unit psychologist)", social worker)
        named += [r.name for r in record.distribution if r.role.value != "other"]
    people += [(match.group(1), match.group(2), "") for name in named
               for match in [re.fullmatch(r"(.*?)\s*\(([^()]*)\)\s*", name)] if match]
    hospital = home and HOSPITAL_PLACEMENT.search(placement.carers)
    found = []
    for name, role, note in people:
        about = f"{role} {note}"
        if hospital and HOSPITAL_STAFF_ROLES.search(role) and not re.search(r"\bschool\b", role, re.IGNORECASE):
            found.append((name, role, True, False))  # "Sister Anne Day (ward nurse)"
            continue
        if home and on_site_staff(role, bool(school)) and not (school and _names_place(about, school)):
            found.append((name, role, True, False))  # "Rhian Gwilliam (unit nurse)" at a secure centre
            continue
        if _NOT_STAFF.search(role) and not (school and _names_place(about, school)):
            continue
        at_home = bool(home and (HOME_STAFF_ROLES.search(role) or _names_place(about, placement.carers)))
        at_school = bool(school and (SCHOOL_STAFF_ROLES.search(role) or _names_place(about, school)))
        if at_home or at_school:
            found.append((name, role, at_home, at_school))
    if school:
        listed = {name.casefold() for name, _, _, _ in found}
        found += [(name, job, False, True) for name, job in _school_staff_in_texts(record)
                  if name.casefold() not in listed]
    return tuple(found)


_TITLE_BEFORE = r"(?:Mrs|Mr|Ms|Miss|Mx|Dr)\.?\s+"


def school_staff_named(text: str, record) -> list[tuple[str, str, str]]:
    """``(as written, name, role)`` for each of the confidential school's staff (``school_staff_roles``) whose
    family name is common ("Thompson": ``withholding.COMMON_SURNAME_ZIPF``, so not kept from parents as a
    rarer one is) that ``text`` names by a title and that family name ("Mrs Thompson") or in full ("Karen
    Thompson"): said of the school's teacher, it helps find the school. The family name alone ("the Thompson
    twins"), or a first name, is not."""
    from ..support import lexicon
    from .withholding import _NOT_NAME_PARTS, COMMON_SURNAME_ZIPF, bare_name

    found, seen = [], set()
    for name, role in school_staff_roles(record):
        bare = bare_name(name)
        if bare.casefold() in seen:
            continue  # who came and an action's who: one person
        seen.add(bare.casefold())
        for surname in surnames(bare):
            if surname.casefold() in _NOT_NAME_PARTS or lexicon.zipf(surname, "en") < COMMON_SURNAME_ZIPF:
                continue  # a rarer family name is a secret: its leak is an error (withholding.staff_family_names)
            forms = [rf"\b{_TITLE_BEFORE}{re.escape(surname)}"]
            if len(bare.split()) > 1 and not re.match(_TITLE_BEFORE, bare):
                forms.append(rf"(?<![\w-]){re.escape(bare)}")
            match = re.search(rf"(?:{'|'.join(forms)})(?![\w'’-])", text)
            if match:
                found.append((match.group(), name, role))
    return found


#: A role of someone else who looks after the child: a respite, short-break or support carer, a childminder.
OTHER_CARER_ROLES = regexes.compile(r"\b(?:carers?|childminder|child-minder|babysitter)\b", re.IGNORECASE)


def other_carers(record) -> list[str]:
    """Who else looks after a confidentially placed child than ``placement.carers`` ("Janet Oddie",
    "respite carer"; a childminder; someone sent a copy as `carer`): the child is at their house, so
    their surname finds the child as the carers' does, and parents are given it no more (unless
    ``carers_named_to_parents``)."""
    from ..record.roles import carer_named
    from .people import is_place

    placement = record.placement
    if not placement.confidential or placement.carers_named_to_parents:
        return []
    carers = placement.carers
    people = [(p.name, p.role) for p in record.review.attendees if not p.is_child]
    named = [r.name for r in record.distribution] + [a.who for a in record.actions]
    people += [(match.group(1), match.group(2)) for name in named
               for match in [re.fullmatch(r"(.*?)\s*\(([^()]*)\)\s*", name)] if match]
    # "carers' son" lives with them (``household``): he does not look after the child.
    home = _carers_words(record) if not is_place(carers) else set()
    found = [name for name, role in people if OTHER_CARER_ROLES.search(role) and not _NOT_STAFF.search(role)
             and not household_role(role, home)]
    found += [r.name for r in record.distribution if r.role.value == "carer" and not is_place(r.name)]
    # A name whose last word is the carers' family or first name ("Mr and Mrs Owen", "Nana Pat") is theirs.
    theirs = {s.casefold() for n in surnames(carers) + first_names(carers) for s in n.split()}
    return list(dict.fromkeys(
        name for name in found if carer_named(carers, re.sub(r"\s*\([^()]*\)\s*$", "", name)) is None
        and not (is_place(carers) and name.strip().casefold() == carers.strip().casefold())
        and not {s.casefold() for s in surnames(re.sub(r"\([^()]*\)", " ", name))} <= theirs))


#: A partner of someone named before it: "mum's partner", "Nicola's boyfriend", "carer's husband".
_PARTNER_OF = regexes.compile(r"\b([\w-]+)(?:['’]s|s['’])\s+(?:new\s+)?(?:partner|boyfriend|girlfriend|husband|wife|fianc[ée]e?)\b",
                         re.IGNORECASE)
_STEP_PARENT = regexes.compile(r"\bstep[- ]?(?:dad|mum|mam|father|mother)\b", re.IGNORECASE)
#: A child or sibling of someone named before it: "Sharon's son", "carers' daughter", "Mick's grown-up son",
#: "the foster carer's sister" (blind review 29, finding 3).
_CHILD_OF = regexes.compile(
    r"\b([\w-]+)(?:['’]s|s['’])\s+(?:(?:own|grown[- ]up|adult|older|younger|eldest|oldest|youngest|little|big|teenage|"
    r"step[- ]?)\s*)*(?:sons?|daughters?|child|children|kids?|brothers?|sisters?|siblings?)\b", re.IGNORECASE)
#: The carers' own child as the child calls them: "foster brother", "your foster sister".
_FOSTER_SIBLING = regexes.compile(r"\bfoster[- ]?(?:brothers?|sisters?|siblings?)\b", re.IGNORECASE)


def household_role(role: str, theirs: set[str]) -> bool:
    """Does ``role`` say its person lives with the carers: the partner, son, daughter, brother or sister of one
    (``theirs``: the words a role gives a carer by), or a foster brother or sister."""
    return any(m.group(1).casefold() in theirs for regex in (_PARTNER_OF, _CHILD_OF) for m in regex.finditer(role)) \
        or bool(_FOSTER_SIBLING.search(role))


def household(record) -> list[str]:
    """Who lives with the carers of a confidential placement, by their role: the partner of a carer
    ("mum's partner" when mum is the carer, "carer's husband", "Jess's partner"), a carer's son, daughter,
    brother or sister ("Sharon's son", "carers' daughter"), a foster brother or sister, or a step-parent
    when a parent is the carer; as who came, an action's who or who was sent a copy gives it. Their surname
    finds the home as the carers' does."""
    placement = record.placement
    carers = placement.carers
    if not placement.confidential or placement.carers_named_to_parents or is_place(carers):
        return []
    theirs = _carers_words(record)
    parent_carer = bool(theirs & {"mum", "mam", "mother", "dad", "father", "birth mum", "birth dad"})
    found = [name for name, role in _people_with_roles(record)
             if household_role(role, theirs) or parent_carer and _STEP_PARENT.search(role)]
    return list(dict.fromkeys(found))


def _carers_words(record) -> set[str]:
    """Words a role may give a carer by: "carer(s)", their first names and short forms, their relation."""
    from ..record.roles import carer_named, relation
    from .people import first_name_forms

    carers = record.placement.carers
    theirs = {"carer", "carers", "foster", "foster carer", "foster carers"} | {
        n.casefold() for n in first_name_forms(carers)}
    for person in record.review.attendees:
        given = carer_named(carers, person.name)
        if not person.is_child and given is not None:
            theirs |= {relation(given or person.role, frozenset())}
    return theirs


def _people_with_roles(record) -> list[tuple[str, str]]:
    """``(name, role)`` of who came, and of an action's who or a recipient with a role in brackets
    ("Kieran Doyle-Rafferty (Sharon's son)"), not the carers."""
    from ..record.roles import carer_named

    carers = record.placement.carers
    people = [(p.name, p.role) for p in record.review.attendees if not p.is_child]
    named = [r.name for r in record.distribution] + [a.who for a in record.actions]
    people += [(match.group(1), match.group(2)) for name in named
               for match in [re.fullmatch(r"(.*?)\s*\(([^()]*)\)\s*", name)] if match]
    return [(name, role) for name, role in people if carer_named(carers, name) is None]


@per_record
def place_staff_surnames(record) -> tuple[str, ...]:
    """The surnames of the confidential place's staff ("Khatun" of "Mrs Khatun"), of whoever else
    looks after the child (``other_carers``) and of who lives with the carers (``household``), each once."""
    found = []
    for name in place_staff(record) + other_carers(record) + household(record):
        people = re.sub(r"\([^()]*\)", " ", name)
        found += surnames(people)
    return tuple(dict.fromkeys(found))
