"""The domain rules a record must meet before it goes out.

The model checks shape (fields, types); these rules check sense: dates that
hang together, participation codes that fit the child's age, timescales, and
withheld values that would leak through other text.
"""

from __future__ import annotations

import contextvars
import datetime as dt
import re
import unicodedata
from pathlib import Path
from typing import Any, Iterator

from .ages import age_on, band_for_age, birthday
from ..record.diagnostics import Diagnostic, format_path
from ..i18n import is_known_language, language_display_name
from ..i18n.languages import only_latin_letters_for
from ..record.loading import InvalidRecord, LoadedRecord, line_of
from ..record.model import (
    HEADED_SECTIONS, ITEM_SECTIONS, PARTICIPATION_CODES, PARTICIPATION_WITH_VIEWS, WITHHOLDABLE_SECTIONS, Record,
    Role, section_heading,
)
from ..record.roles import (FAMILY_ROLES, carer_named, carers_people, own_names, parent_role,
                             parents_family, person_gender, relation)
from ..record.settings import Settings
from ..support.clock import today
from .people import (absent_own, chair_covers, childs_own_iro, childs_own_role, contributed_something, covering_role,
                     first_name_alone, first_name_forms, first_names, iro_came_as_other, iro_time, is_place,
                     people_by_given_names, says_no_part, scored_with_child, silent_own, surnames)
from .plan import plan_said_changed
from .kinship import (first_names_in_script, household_kin, kin_first_names, kin_words, kinship_relation,
                      kinship_unnamed)
from .timescales import (add_months, day_off, is_working_day, last_working_day_on_or_before, placement_nation,
                         review_dates)
from .withholding import (HOUSEHOLD_FAMILY_NAME, OTHER_CARER_FAMILY_NAME, REORDERING, SCHOOL_STAFF_FAMILY_NAME,
                          STAFF_FAMILY_NAME, RecordSecrets, Secret, as_displayed, attendees_kept_from, bare_name,
                          confidential_venue, found_in, leaks, parents_at_meeting, phone_number, phone_numbers_in,
                          phone_numbers_shown, record_secrets, recipient_name_parts, reordering_problem, same_person,
                          placement_secrets, read_aloud_roles, shows, translation_leaks, venue_kept_from, kept_venue,
                          address_town, large_place, generic_street_named, town_parts, PART_OF_TOWN_KINDS,
                          PART_OF_TOWN_WORD)
from ..support import regexes


#: The translations an import would store, checked before they are (``translation_findings``); else None.
_PENDING: contextvars.ContextVar = contextvars.ContextVar("pending_translations", default=None)


def _translations(loaded: LoadedRecord):
    """The record's translations as the checks read them: an import's, not stored yet, while it checks
    them; else the file next to the record. Raises SidecarError."""
    from ..translation import read_translations

    pending = _PENDING.get()
    return pending if pending is not None else read_translations(loaded.file)


def translation_findings(loaded: LoadedRecord, store, language: str) -> list[Diagnostic]:
    """What ``validate`` finds in ``store``'s ``language`` translations (an import's, before it stores them:
    ``translate import`` refuses a file validate would refuse; blind review 33, finding 3), errors and warnings."""
    token = _PENDING.set(store)
    try:
        found = validate(loaded)
    finally:
        _PENDING.reset(token)
    return [d for d in found if d.path.startswith(f"languages.{language}.")]


def validate(loaded: LoadedRecord, settings: Settings | None = None,
             known: RecordSecrets | None = None) -> list[Diagnostic]:
    """Every rule broken, errors and warnings, in the order of the file. ``known``: the record's
    ``record_secrets``, when the caller has them (a batch works them out once a record)."""
    settings = settings or Settings()
    found = list(_rules(loaded, settings, known))
    return sorted(found, key=lambda d: (d.line or 0, d.path))


def _rules(loaded: LoadedRecord, settings: Settings, known: RecordSecrets | None = None) -> Iterator[Diagnostic]:
    if loaded.record.review.planned:
        return _planned_rules(loaded, settings, known)
    return _held_rules(loaded, settings, known)


def _held_rules(loaded: LoadedRecord, settings: Settings, known: RecordSecrets | None = None
                ) -> Iterator[Diagnostic]:
    """A review that has been held: who took part and how, its dates and recipients, the
    headings written under, and nothing withheld shown to whom it is kept from."""
    yield from _participation_rules(loaded)
    yield from _review_day_rules(loaded, settings)
    yield from _dates_and_recipients(loaded, settings)
    yield from _heading_rules(loaded)
    yield from _carers_read_as_people(loaded)
    yield from _leaks(loaded, known)
    yield from _large_town_named(loaded)
    yield from translated_town_warnings(loaded)
    yield from _town_part_named(loaded)
    yield from _generic_street_named(loaded)
    yield from _home_kept_by_the_child(loaded)
    yield from _parent_knows_the_placement(loaded)
    yield from _paraphrases(loaded)
    yield from _names_shown(loaded)
    yield from _phone_numbers(loaded, settings)
    yield from _unnamed_recipients(loaded)
    yield from _parents_postal_address(loaded)
    yield from _parents_at_a_confidential_place(loaded)
    yield from _family_sent_a_copy_as_other(loaded)
    yield from _carers_family_name_known(loaded)
    yield from _kinship_kept_from_parents(loaded)
    yield from _rare_carers_first_names(loaded)
    yield from _rare_school_staff_first_names(loaded)
    yield from _kin_named_to_parents(loaded)
    yield from _withheld_from_the_carer_as_parent(loaded)
    yield from _kept_from_the_carer_who_reads_it_aloud(loaded, settings)
    yield from _listed_twice(loaded)
    yield from _iro_roles_agree(loaded)
    yield from _another_own_iro(loaded)
    yield from _reordering_characters(loaded)
    yield from _you_for_the_adults(loaded)
    yield from _kept_apart_but_met(loaded)
    yield from _no_part_as_contribution(loaded)
    yield from _places_that_may_find_the_home(loaded)
    yield from _weekly_activities_named(loaded)
    yield from _school_staff_by_title(loaded)
    yield from _local_places_named(loaded)
    yield from plan_said_changed(loaded)


def _no_part_as_contribution(loaded: LoadedRecord) -> Iterator[Diagnostic]:
    """``contributed`` for someone who did not come is how they shared their views; "did not reply to
    the invitation" shares none. The copies list them as invited but did not take part and leave the
    words out: the IRO is told, in case they did send something."""
    for i, person in enumerate(loaded.record.review.attendees):
        if not person.attended and not person.is_child and says_no_part(person.contributed):
            yield loaded.diagnostic(("review", "attendees", i, "contributed"), (
                f"this says {person.name.strip()} took no part ('{person.contributed.strip()}'), but contributed "
                "is how someone who did not come shared their views; the copies list them as invited but did not "
                "take part and leave these words out: leave contributed out, or, if they did share their views, "
                "say how"), "warning")


_YOU = regexes.compile(r"\b(?:you|your|yours|yourself|you're|you’re|you've|you’ve|you'll|you’ll|you'd)\b", re.IGNORECASE)


def _you_for_the_adults(loaded: LoadedRecord) -> Iterator[Diagnostic]:
    """An item kept from the child is read only by adults, in their part: "Your dad is in prison"
    there is read by the child's mum as her own dad. Quoted words are someone's own, left alone."""
    record = loaded.record
    first = record.child.first_name
    texts = [((section, i), item.text) for section in ITEM_SECTIONS if section != "child_views"
             for i, item in enumerate(getattr(record, section)) if Role.child in item.withhold_from]
    texts += [(("actions", i, "what"), action.what) for i, action in enumerate(record.actions)
              if Role.child in action.withhold_from]
    for loc, text in texts:
        found = _YOU.search(re.sub(r'"[^"]*"|“[^”]*”', "", text))
        if found:
            yield loaded.diagnostic(loc, (
                f"'{found.group()}' in an item kept from {first}: only adults read it, under 'For the adults', "
                f"so each will read '{found.group()}' as themselves; write it about {first} "
                f"(for example '{first}'s dad' for 'your dad')"), "warning")


#: Someone kept off a list who came to "a separate part of the meeting": they did not meet.
_SEPARATE_PART = regexes.compile(r"\b(?:separate(?:ly)?|apart|on (?:their|his|her) own)\b", re.IGNORECASE)


def _kept_apart_but_met(loaded: LoadedRecord) -> Iterator[Diagnostic]:
    """A held review's counterpart of the planned one's warning (someone kept off a reader's list invited
    to the same meeting): someone kept off a reader's list who came is left out of that reader's list of
    who came, though they were in the same meeting; untrue by omission. A warning: the IRO confirms."""
    from .withholding import same_person  # noqa: PLC0415 (imported here: another branch edits the import above)

    record = loaded.record
    for i, person in enumerate(record.review.attendees):
        if person.is_child or not person.attended or _SEPARATE_PART.search(person.contributed or ""):
            continue
        readers = [r for r in record.distribution if i in attendees_kept_from(record, r.role)
                   and not same_person(r.name, person.name)]
        if not readers:
            continue
        name = person.name.strip()
        names = " and ".join(f"{r.name.strip()} ({r.role.value})" for r in readers)
        kept = next(j for j, r in enumerate(record.distribution) if same_person(r.name, person.name))
        lists = "their copies list" if len(readers) > 1 else f"{readers[0].name.strip()}'s copy lists"
        yield loaded.diagnostic(("review", "attendees", i, "name"), (
            f"{name} is kept from {names} ({_at(loaded, ('distribution', kept, 'withhold_from'))}) and came to "
            f"the same meeting: {lists} who came and leaves {name} out, which is untrue to someone who was "
            f"there; confirm they met, and if {name} joined a separate part of the meeting, say so in their "
            "contributed ('joined a separate part of the meeting')"), "warning")


def _iro_roles_agree(loaded: LoadedRecord) -> Iterator[Diagnostic]:
    """An action's who calling an IRO "your IRO" while who came says "your old IRO": the copies
    follow who came ("Tom Reid (your old IRO)"), so the IRO is told the two disagree."""
    record = loaded.record
    for number, action in enumerate(record.actions, 1):
        index = iro_came_as_other(record, action.who)
        if index is not None:
            person = record.review.attendees[index]
            yield loaded.diagnostic(("actions", number - 1, "who"), (
                f"'{action.who}' gives {person.name} another role than the list of who came "
                f"('{person.role}', review.attendees.{index + 1}); the copies follow the list of who came "
                f"and the chair is {record.review.chair.name}: write the same role in both"), "warning")


def _another_own_iro(loaded: LoadedRecord) -> Iterator[Diagnostic]:
    """An action's who calling someone "your IRO" who is neither the chair nor the child's own IRO
    the record names ("Farida Osei (your IRO)" beside "Helen Price (your IRO)" in who came): the
    child's copy would give them two IROs."""
    record = loaded.record
    chair = " ".join(record.review.chair.name.split())
    own = childs_own_iro(record) if chair_covers(record) else chair
    iros = {" ".join(p.name.split()).casefold() for p in record.review.attendees if iro_time(p.role)}
    for number, action in enumerate(record.actions, 1):
        match = re.fullmatch(r"\s*([^()]*?)\s*\(([^()]*)\)\s*", action.who)
        if not match or iro_time(match.group(2)) != "now" or covering_role(match.group(2)) \
                or not childs_own_role(match.group(2), r"\bIRO\b|independent reviewing officer", record):
            continue
        name = " ".join(match.group(1).split())
        if name.casefold() in iros | {chair.casefold(), (own or "").casefold()}:
            continue
        whose = f"{own} is {record.child.first_name}'s own IRO and {chair} chaired" if own and own != chair \
            else f"{chair} chaired as {record.child.first_name}'s IRO"
        yield loaded.diagnostic(("actions", number - 1, "who"), (
            f"'{action.who}' calls {name} {record.child.first_name}'s IRO, but {whose}: the copies would "
            f"give {record.child.first_name} two IROs; write the IRO who keeps the case, or {name}'s own role"),
            "warning")


def _same_person(name: str) -> str:
    """A name as written twice for one person: case, spacing and punctuation aside."""
    return " ".join(re.sub(r"[\W_]+", " ", unicodedata.normalize("NFKC", name).casefold()).split())


def _listed_twice(loaded: LoadedRecord) -> Iterator[Diagnostic]:
    """The same person twice among who came (or is invited), or among who is sent a copy: the
    copies would name them twice, and one entry is often a slip for someone else (an exact
    repeat in the distribution, same role, is an error of its own)."""
    record = loaded.record
    lists = (("review", "attendees", record.review.attendees, "among who came" if not record.review.planned
              else "among who is invited"),
             ("distribution", None, record.distribution, "among who is sent a copy"))
    for first, second, people, where in lists:
        seen: dict[str, int] = {}
        for i, person in enumerate(people):
            key = _same_person(person.name)
            if not key:
                continue
            if key not in seen:
                seen[key] = i
                continue
            earlier = people[seen[key]]
            role = getattr(earlier.role, "value", earlier.role)
            again = getattr(person.role, "value", person.role)
            if first == "distribution" and role == again and earlier.name.casefold() == person.name.casefold():
                continue  # _languages_and_recipients: an error
            loc = (first, second, i) if second else (first, i)
            earlier_loc = (first, second, seen[key]) if second else (first, seen[key])
            yield loaded.diagnostic(loc, (
                f"{person.name} ({again}) is listed twice {where}: also as {earlier.name} ({role}), "
                f"{_at(loaded, earlier_loc)}; keep one, or if this is someone else, give their own name"),
                "warning")


_FORMER_CARERS = regexes.compile(r"\b(?:former|previous|old|ex-?)\s*(?:foster\s+)?carers?\b", re.IGNORECASE)


def _strings(value, loc: tuple = ()) -> Iterator[tuple[tuple, str]]:
    if isinstance(value, str):
        yield (loc[:-1] if loc[-1:] == ("text",) else loc), value  # an item's text is written at the item
    elif isinstance(value, dict):
        for key, inner in value.items():
            yield from _strings(inner, loc + (key,))
    elif isinstance(value, (list, tuple)):
        for i, inner in enumerate(value):
            yield from _strings(inner, loc + (i,))


def _reordering_characters(loaded: LoadedRecord) -> Iterator[Diagnostic]:
    """A bidi override, embedding or isolate in any text or name: invisible, it changes the order a
    reader sees the letters in ("\u202eyrubnrohT\u202c" shows "Thornbury"), so the words a copy
    shows are not the words written. Plain text needs none, in a right-to-left language too."""
    if not REORDERING.search(loaded.record.model_dump_json()):
        return  # almost every record: one scan of its JSON (0.3 ms) before any walk
    for loc, text in _strings(loaded.record.model_dump(mode="json")):
        found = sorted(set(REORDERING.findall(text)))
        if not found:
            continue
        names = ", ".join(f"U+{ord(c):04X} {unicodedata.name(c)}" for c in found)
        shown = " ".join(as_displayed(text).split())
        shown = shown if len(shown) <= 80 else shown[:77] + "..."
        yield loaded.diagnostic(loc, (
            f"this text holds an invisible character that changes the order its letters are shown in ({names}): "
            f"a reader would see '{REORDERING.sub('', shown)}', not the letters as written; delete it "
            "(retype the text): plain text needs none, in a right-to-left language too"))


def _family_sent_a_copy_as_other(loaded: LoadedRecord) -> Iterator[Diagnostic]:
    """A parent written as ``other`` gets a parent's copy (the model makes it one): said at their line.
    A confidential placement is kept from parents' copies only: another relative or former carers
    sent a copy as ``other`` read the school, the address and the carers' names."""
    record = loaded.record
    for i, recipient in enumerate(record.distribution):
        name, role = recipient.role_given(record.review.attendees, record.actions)
        if recipient._parent_written_short:
            yield loaded.diagnostic(("distribution", i, "role"), (
                f"{name.strip()} is sent papers as 'other', and is {recipient._parent_written_short} "
                f"({recipient._parent_sent_as_other}), {record.child.first_name}'s parent, written short: they get "
                "a parent's copy and invitation, which leave out what is kept from parents (a confidential "
                "placement's school, address and carers' family name, the items withheld from parent); write "
                f"role: parent, or, if {name.strip()} is someone else, give their role in brackets after the name"),
                "warning")
            yield from _kept_from_other_only(loaded, name.strip())
            continue
        if recipient._parent_sent_as_other:
            yield loaded.diagnostic(("distribution", i, "role"), (
                f"{name.strip()} ({role}) is sent papers as '{recipient._parent_sent_as or 'other'}', and the record "
                "shows them to be "
                f"{record.child.first_name}'s parent: they get a parent's copy and invitation, which leave out what "
                "is kept from parents (a confidential placement's school, address and carers' family name, the "
                "items withheld from parent); write role: parent"), "warning")
            yield from _kept_from_other_only(loaded, name.strip())
            continue
        if recipient.role is not Role.other:
            continue
        own_name = None
        if not role.strip():  # "Ryan's mum", "Mum's sister Kelly": the name says what they are to a parent
            own_name, role = _relation_as_name(record, name.strip())
        yield from _family_reads_what_parents_do_not(loaded, i, name.strip(), role)
        yield from _other_reads_what_the_home_does_not(loaded, i, name.strip(), role, own_name)
        if relation(role, own_names(record.child)) in _SIBLINGS:
            # The record gives no age of an 'other' reader: their copy and invitation are an adult's.
            yield loaded.diagnostic(("distribution", i, "role"), (
                f"{_with_role(name, role)} is {record.child.first_name}'s {relation(role, own_names(record.child))} "
                "and is sent papers as 'other', which are written for an adult (the copy, the invitation and the "
                f"booklet); if {name.strip()} is a child, tell them what is for them another way (with their carer "
                f"or {record.child.first_name}), not with these papers"), "warning")
        if not record.placement.confidential:
            continue
        whose = _whose_family(record, role)
        if whose and not _lives_with_the_child(record, name, whose):
            to_whom = whose if whose[:1].isupper() else f"{record.child.first_name}'s {whose}"
            yield loaded.diagnostic(("distribution", i, "role"), (
                f"{_with_role(name, role)} is sent a copy as 'other' and is the parents' family ({whose}'s): "
                f"an 'other' copy gives what is withheld only from parents, the school, the address and the carers' "
                f"names, which the confidential placement ({_at(loaded, ('placement', 'confidential'))}) keeps from "
                f"parents, and they may carry it to {to_whom}; ask the social worker whether {name.strip()} may know "
                f"where {record.child.first_name} lives; if not, send them a parent's copy (role: parent), which "
                "leaves those out"), "warning")
            continue
        if relation(role, own_names(record.child)) not in FAMILY_ROLES and not _FORMER_CARERS.search(role):
            continue
        yield loaded.diagnostic(("distribution", i, "role"), (
            f"{name.strip()} ({role.strip()}) is sent a copy as 'other', and an 'other' copy gives the school, "
            f"the address and the carers' names, which the confidential placement "
            f"({_at(loaded, ('placement', 'confidential'))}) keeps from parents only; if they must not know "
            f"where {record.child.first_name} lives, send them a parent's copy (role: parent), which leaves those out"),
            "warning")


def _with_role(name: str, role: str) -> str:
    """"Beryl Lund (nan)"; the name alone when it says the role ("Ryan's mum")."""
    name, role = name.strip(), role.strip()
    return f"{name} ({role})" if role and role.casefold() not in name.casefold() else name


#: A brother or sister of the child: often a child themself, whom an 'other' reader's adult papers do not fit.
_SIBLINGS = frozenset({"sister", "brother", "half-sister", "half-brother", "stepsister", "stepbrother", "sibling",
                       "twin", "twin sister", "twin brother"})


def _relation_as_name(record: Record, name: str) -> tuple[str | None, str]:
    """A recipient sent a copy by what they are to a parent, with no role of their own ("Ryan's mum",
    Ryan the dad; "Mum's sister Kelly"): (their own name, "" for none, and the relation as their role);
    else (None, "")."""
    words = name.split()
    candidates = [(name, "")]
    if len(words) > 2 and words[-1][:1].isupper():
        candidates.append((" ".join(words[:-1]), words[-1]))  # "Mum's sister" and Kelly
    for role, own in candidates:
        if _whose_family(record, role):
            return own, role
    return None, ""


def _whose_family(record: Record, role: str) -> str | None:
    """The parent whose family or partner ``role`` says its person is, in the role's words ("paternal
    grandmother": "dad", "mum's boyfriend": "mum", "Donna's partner": "Donna"), else None."""
    parents = [r.name for r in record.distribution if r.role is Role.parent]
    parents += [p.name for p in record.review.attendees if parent_role(p.role, own_names(record.child))]
    firsts = frozenset(bare_name(p).split()[0].casefold() for p in parents if bare_name(p).split())
    whose = parents_family(role, firsts, own_names(record.child))
    if whose in firsts:
        return next(bare_name(p).split()[0] for p in parents if bare_name(p).split()[0].casefold() == whose)
    return whose


def _lives_with_the_child(record: Record, name: str, whose: str) -> bool:
    """The recipient ``name`` is one of the carers the placement names, or the parent ``whose`` family they
    are ("mum", "Donna") is: the confidential placement is their own home, no secret to carry."""
    carers = record.placement.carers
    if carer_named(carers, name) is not None:
        return True
    childs = own_names(record.child)
    parents = [(p.name, p.role) for p in record.review.attendees if parent_role(p.role, childs)]
    parents += [r.role_given(record.review.attendees, record.actions) for r in record.distribution
                if r.role is Role.parent]
    gender = {"mum": "female", "mother": "female", "dad": "male", "father": "male"}.get(whose.casefold())
    meant = [n for n, role in parents if (person_gender(n, role, childs) == gender if gender else
                                          bare_name(n).split()[:1] == [whose])]
    return bool(meant) and all(carer_named(carers, bare_name(n)) is not None for n in meant)


def _carers_family_name_known(loaded: LoadedRecord) -> Iterator[Diagnostic]:
    """A confidential kinship placement whose carers' family name is a parent's or the child's ("Joan Baxter",
    mum Kerry Baxter, Riley Baxter-Quinn): a parent's copy gives the carers by first name only, and yet names
    mum and the child in full, so the other parent, who may know the family, knows whose home it is."""
    record = loaded.record
    placement = record.placement
    if not placement.confidential or placement.carers_named_to_parents or is_place(placement.carers):
        return
    parents = [r for r in record.distribution if r.role is Role.parent]

    def has(name: str, family: str) -> bool:
        return family.casefold() in (w.casefold() for w in re.split(r"[\s\-\u2010\u2011]+", bare_name(name)))

    for family in surnames(bare_name(placement.carers)):
        holders = [f"{r.name.strip()}'s (parent)" for r in parents if has(r.name, family)]
        if has(record.child.name, family):
            holders.append(f"part of {record.child.first_name}'s own name ({record.child.name})")
        readers = [r.name.strip() for r in parents if not has(r.name, family)]
        if not holders or not readers:
            continue
        first = " ".join(w for w in bare_name(placement.carers).split() if w != family)
        yield loaded.diagnostic(("placement", "carers"), (
            f"the carers' family name, {family}, is also {' and '.join(holders)}, which the parents' copies "
            f"show (who was sent a copy, every page's footer): giving the carers as '{first}' does not hide "
            f"whose home it is from {' and '.join(readers)}, who may know the family; ask the social worker "
            "whether the placement can stay confidential from them, and if it must, keep words that say how the "
            "carers are related ('your nan', 'Nana's house') out of what parents read, or withhold from parent "
            "what would find the home"), "warning")


def _kinship_kept_from_parents(loaded: LoadedRecord) -> Iterator[Diagnostic]:
    """A confidential kinship placement (rules.kinship): a parent knows the family and where each lives, so
    the parents' copies give the carers by no name and no relation; said at the carers' line, with how to
    let the parents read who they are."""
    record = loaded.record
    placement = record.placement
    relation_word = kinship_relation(record)
    if not placement.confidential or placement.carers_named_to_parents or relation_word is None \
            or not any(r.role is Role.parent for r in record.distribution):
        return
    several = len(carers_people(placement.carers)) > 1
    carers = bare_name(placement.carers) or placement.carers.strip()
    yield loaded.diagnostic(("placement", "carers"), (
        f"{carers} {'are' if several else 'is'} the child's family ({relation_word}) and the placement is "
        "confidential: a parent who knows the family knows where they live, so the parents' copies give "
        f"{'them' if several else 'the carer'} by no name and no relation ('You live with your "
        f"{'carers' if several else 'carer'}.', and '{'Your carers' if several else 'Your carer'}' where who came, "
        "an action's who, who was sent a copy and an invitation name them); "
        f"keep {'their names' if several else 'their name'} and how they are related ('your {relation_word}') "
        "out of your own text that parents read too, or withhold it from parent; if the parents may know who "
        "the child lives with, set placement.carers_named_to_parents: true"), "warning")


#: "kinship carer", "the kinship carers' group", "kinship care": the carers are family.
_KINSHIP_WORD = regexes.compile(r"(?<![\w-])kinship(?![\w-])", re.IGNORECASE)
#: A special guardianship order is made most often for family or friends who care for a child.
_SPECIAL_GUARDIANSHIP = regexes.compile(r"(?<![\w-])special\s+guardian(?:ship|s)?(?![\w-])|\bSGOs?\b",
                                        re.IGNORECASE)


def _kin_patterns(record) -> tuple:
    """The carers' family words ("nan", "your gran", "Grandma's") and their first names and short forms
    ("Maureen", "Mo"), as patterns (each None when the record gives none); those names and the carers'
    family names, folded."""
    words = "|".join(re.escape(w) for w in sorted(kin_words(record), key=len, reverse=True))
    names = "|".join(re.escape(n) for n in sorted(kin_first_names(record), key=len, reverse=True))
    relation = re.compile(rf"(?<![\w-])(?:(?i:your|my|their|his|her)\s+)?(?i:{words})(?:['’]s)?(?![\w-])"
                          rf"(?:\s+(?P<name>[A-Z][\w'’-]*))?") if words else None
    # With a capital, as a name: "Mo" the name, not "mo" of "wait a mo"; "MO" too.
    name = re.compile(rf"(?<![\w-])(?:{names}|{names.upper()})(?:['’]s)?(?![\w-])(?:\s+(?P<next>[A-Z][\w'’-]*))?"
                      ) if names else None
    theirs = frozenset(n.casefold() for n in kin_first_names(record))
    family = frozenset(w.casefold() for w in surnames(bare_name(record.placement.carers)))
    return relation, name, theirs, family


def _kin_found(text: str, kin: tuple) -> list[str]:
    """What in ``text`` says who the kinship carers are: their family word ("your nan"), with a first
    name ("Grandma Mo"), or their first name alone; not the same word for someone else ("Nanna Pat",
    "Maureen Ellis" the teacher)."""
    from .withholding import _given_names, is_ordinary_word

    relation, name, theirs, family = kin
    found: list[str] = []
    covered: list[tuple[int, int]] = []
    for match in relation.finditer(text) if relation else ():
        after = (match.group("name") or "").casefold()
        if after in theirs or after in family:
            end = match.end()  # "Grandma Mo", "Nan Kettlewell"
        elif after in _given_names():
            continue  # "Nanna Pat": another relation of the same kind
        else:
            end = match.start("name") if match.group("name") else match.end()
        found.append(text[match.start():end].strip())
        covered.append((match.start(), end))
    for match in name.finditer(text) if name else ():
        if any(start <= match.start() < end for start, end in covered):
            continue
        after = match.group("next") or ""
        if after and after.casefold() not in family | theirs and not is_ordinary_word(after.casefold()):
            continue  # "Maureen Ellis": someone else of that first name
        found.append(text[match.start():match.start("next")].strip() if after else match.group())
    return list(dict.fromkeys(found))


def _rare_carers_first_names(loaded: LoadedRecord) -> Iterator[Diagnostic]:
    """A confidential placement's foster carers' first names are what parents' copies give of them ("You live
    with your carers, Angharad and Bilal."): one few people have may find them on social media with the town,
    a warning at the carers' line (blind review 29, finding 19), saying how to give them as "your carers"."""
    from .carers import carers_roles
    from .people import rare_first_name

    record = loaded.record
    placement = record.placement
    if not placement.confidential or placement.carers_named_to_parents or is_place(placement.carers) \
            or kinship_relation(record) is not None or not any(r.role is Role.parent for r in record.distribution):
        return
    childs = own_names(record.child)
    if any(parent_role(part, childs) for _name, role in carers_roles(record) for part in re.split(r"[,;/]| and ", role)):
        return  # the child at home with a parent: the other parent knows that parent
    rare = [name for name in first_names(bare_name(placement.carers) or placement.carers) if rare_first_name(name)]
    if not rare:
        return
    yield loaded.diagnostic(("placement", "carers"), (
        f"the parents' copies give the carers by their first names, and {' and '.join(repr(n) for n in rare)} "
        f"{'are first names' if len(rare) > 1 else 'is a first name'} few people have: with the town or a photo it may "
        "find the carers on social media; if it could, write placement.carers by title and family name ('Mr and Mrs "
        "Hussain-Jones': the parents' copies then say 'your carers') and keep the first names out of the text "
        "parents read, or withhold it from parent"), "warning")


def _rare_school_staff_first_names(loaded: LoadedRecord) -> Iterator[Diagnostic]:
    """A confidential school's staff member's first name few people have ("Gwenllian", the head teacher) in a
    text parents read (blind review 32, finding 4): the school's website names its head, so the first name
    finds the school as the surname does. The copies give them by their role alone where their name stands (who
    came, an action's who: ``rendering.context._staff_surnames``); an item is the IRO's words: a warning at it,
    as for the carers' (``_rare_carers_first_names``)."""
    from .staff import school_staff_rare_first_names

    record = loaded.record
    if not record.placement.confidential or not any(Role.parent in r.kept_as for r in record.distribution):
        return
    staff = school_staff_rare_first_names(record)
    if not staff:
        return
    roles = {p.name.strip().casefold(): p.role for p in record.review.attendees}
    names = {name.strip().casefold() for _first, name in staff}
    for loc, text, withheld in record.free_texts():
        if Role.parent in withheld or loc[0] == "actions" and loc[-1] == "who" and text.strip().casefold() in names:
            continue
        for first, name in staff:
            if re.search(rf"(?<![\w-]){re.escape(first)}(?![\w-])", text):
                bracket = re.fullmatch(r"(.*?)\s*\(([^()]*)\)\s*", name)
                role = roles.get(name.strip().casefold()) or (bracket.group(2) if bracket else "")
                whose = f"{name.strip()}{f' ({role})' if role and not bracket else ''}"
                yield loaded.diagnostic(loc, (
                    f"this names '{first}', the first name of {whose}, whose role ties them to the child's school, "
                    f"and '{first}' is a first name few people have: a school's website names its staff, so with "
                    "their role it may find the school, which the confidential placement keeps from parents "
                    f"({_at(loaded, ('placement', 'confidential'))}); the parents' copies give them by their role alone "
                    f"where their name stands, but this text goes to parents: say their role instead ('your {role or 'teacher'}'), "
                    "or withhold it from parent"), "warning")
                break


def _kin_named_to_parents(loaded: LoadedRecord) -> Iterator[Diagnostic]:
    """A confidential kinship placement's carer named in a text a parent reads by how they are related or by
    first name ("Nan", "your gran", "Grandma Mo", "Maureen", "Mo") or "kinship" (blind review 29, finding 1):
    the very words the parents' copies leave out of their own sentences (``_kinship_kept_from_parents``), as a
    parent who knows the family knows where they live; an error at the line. Where the carer's own name and
    role stand (who came, an action's who) the copies say "Your carer". "Special guardianship", an order made
    most often for family, is a warning."""
    record = loaded.record
    placement = record.placement
    if not kinship_unnamed(record, placement.confidential) or not any(Role.parent in r.kept_as
                                                                      for r in record.distribution):
        return
    kin = _kin_patterns(record)
    at = _at(loaded, ("placement", "carers"))
    # Who gave the score too: "Nan gave it 6 out of 10."
    scorer = [(("scale", "by"), record.scale.by)] if record.scale and record.scale.by else []
    for loc, text in list(_texts_parents_read(record)) + scorer:
        if _carers_own_slot(record, loc, text):
            continue
        remedy = ("reword it ('your carer') or withhold this item from parent" if loc[0] in WITHHOLDABLE_SECTIONS
                  else _withhold_or_reword(loc, "this item") + ": 'your carer'")
        found = _kin_found(text, kin)
        # "Nani Ammi lives with us": a relative of the child's household, the carers' mother here.
        household = [w for w in household_kin(text) if not any(w.casefold() in f.casefold() for f in found)]
        if found or household:
            said = " and ".join(f"'{words}'" for words in found)
            also = " and ".join(f"'{words}'" for words in household)
            named = (f"names the carer as {said}, how they are related or their first name" if found else "")
            named += (" and " if found and household else "") + (
                f"says the child lives with {also}, family of theirs" if household else "")
            yield loaded.diagnostic(loc, (
                f"this {named}, which finds the confidential home to a parent who knows the family; the parents' "
                f"copies give the carer as 'your carer' ({at}): {remedy}"))
        kinship = _KINSHIP_WORD.search(text)
        if kinship:
            yield loaded.diagnostic(loc, (
                f"this says '{kinship.group()}', that the child lives with family, which finds the confidential "
                "home to a parent who knows the family; the parents' copies give the carer as 'your carer' "
                f"({at}): " + remedy.replace("'your carer'", "'carer'")))
        guardianship = _SPECIAL_GUARDIANSHIP.search(text)
        if guardianship:
            yield loaded.diagnostic(loc, (
                f"this says '{guardianship.group()}', an order made most often for family or friends who look "
                "after the child: with what a parent knows, it may tell them the child lives with family, which "
                f"the parents' copies keep from them ({at}): if so, "
                + ("withhold this item from parent or reword it" if loc[0] in WITHHOLDABLE_SECTIONS
                   else _withhold_or_reword(loc, "this item"))), "warning")
    yield from _kin_in_translations(loaded, kin)


def _kin_in_translations(loaded: LoadedRecord, kin: tuple) -> Iterator[Diagnostic]:
    """The same in the translations parents read (their copies' languages): the carers' first names and
    family words in English, and the family words as the catalogs translate them ("babcia", "الجدة")."""
    from ..i18n import gettext_functions
    from ..record.diagnostics import format_path
    from ..record.roles import KNOWN_ROLES
    from ..translation import SidecarError

    record = loaded.record
    languages = {r.language for r in record.distribution if Role.parent in r.kept_as and r.language}
    try:
        store = _translations(loaded)
    except SidecarError:
        return  # _translation_leaks says so
    current = {lang: texts for lang, texts in _current_translations(loaded, store).items() if lang in languages}
    if not current:
        return
    paths = {format_path(loc) for loc, text in _texts_parents_read(record) if not _carers_own_slot(record, loc, text)}
    for language, texts in current.items():
        _ = gettext_functions(language)[0]
        words = {part for word in kin_words(record) if word in KNOWN_ROLES and _(word) != word
                 for part in _(word).casefold().split() if len(part) > 2}
        words = {w.removeprefix("ال") if len(w) > 4 else w for w in words} - {"أو", "або", "lub", "sau", "neu", "ou"}
        # A word with its endings ("babci", "babcią"); letters joined before it in Arabic script ("لجدتك").
        joined = any("\u0600" <= c <= "\u06ff" for w in words for c in w)
        translated = re.compile((r"" if joined else r"(?<!\w)") + "(?:" + "|".join(
            re.escape(w[:-1] if len(w) > 4 and not joined else w) for w in sorted(words)) + r")\w*",
            re.IGNORECASE) if words else None
        for path, text in texts.items():
            if path not in paths:
                continue
            found = _kin_found(text, kin)
            found += [m.group() for m in translated.finditer(text) if not any(
                m.group().casefold() in f.casefold() for f in found)] if translated else []
            in_script = first_names_in_script(text, kin_first_names(record))  # "روبینہ" for Rubina
            if not found and not in_script:
                continue
            said = " and ".join([f"'{words}'" for words in dict.fromkeys(found)]
                                + [f"'{word}' (read as '{name}')" for word, name in in_script])
            yield Diagnostic(str(store.path), store.line_of(language, path), f"languages.{language}.{path}.translation",
                             f"The {language} translation of {path} names the carer as {said}, how they are related "
                             "or their first name, which finds the confidential home to a parent who knows the "
                             "family; the parents' copies give the carer as 'your carer' "
                             f"({Path(loaded.file).name}, {_at(loaded, ('placement', 'carers'))}): correct the "
                             "translation and import it again")


def _carers_own_slot(record, loc, text: str) -> bool:
    """An attendee's role or an action's who that is the carer's own: the parents' copies give it as
    "Your carer" (rendering.context), whatever it says."""
    carers = record.placement.carers
    if loc[0] == "review" and loc[-1] == "role":
        return carer_named(carers, record.review.attendees[loc[2]].name) is not None
    if loc[0] == "actions" and loc[-1] == "who" or tuple(loc) == ("scale", "by"):
        return carer_named(carers, text) is not None
    return False


def _left_out_read_aloud(record, settings: Settings | None = None) -> frozenset[Role]:
    """The roles whose withheld items a little child's own copy leaves out, as the carers read it to them
    (under 8 on the review date, not 18 yet: ``withholding.read_aloud_roles``; blind review 32); none when the
    child is sent no copy or reads their own."""
    child = record.child
    bands = (settings or Settings()).age_bands
    if not any(r.role is Role.child for r in record.distribution) or \
            band_for_age(age_on(child.date_of_birth, record.review.date), bands) not in ("early", "young") \
            or birthday(child.date_of_birth, 18) <= today():
        return frozenset()
    return read_aloud_roles(record)


def _kept_from_the_carer_who_reads_it_aloud(loaded: LoadedRecord, settings: Settings) -> Iterator[Diagnostic]:
    """A little child's own copy (under 8 by age: the early and young bands) is read to them by the carer:
    an item withheld from carer, not from the child, is left out of it too (``reader_roles``). Said at
    the item, as the IRO may have meant the child to hear it."""
    record = loaded.record
    child = record.child
    readers = _left_out_read_aloud(record, settings)  # the carers, and every role they are readers as
    if not readers:
        return
    for loc, hit in {loc[:2]: withheld & readers for loc, _text, withheld in record.free_texts()
                     if withheld & readers and Role.child not in withheld}.items():
        roles = " and ".join(sorted(role.value for role in hit))
        # Kept from a role the carers are readers as too: say who they are and why.
        why = "" if hit == {Role.carer} else (
            f" by {record.placement.carers.strip()} ({_at(loaded, ('placement', 'carers'))}), who "
            f"{'counts' if len(carers_people(record.placement.carers)) < 2 else 'count'} as "
            + " and ".join(_READ_AS[role] for role in sorted(hit - {Role.carer}, key=lambda r: r.value)))
        yield loaded.diagnostic(loc, (
            f"this is withheld from {roles}, and {child.first_name}'s own copy is for the carer to read to "
            f"{child.first_name} (under {settings.age_bands.middle} on the review date){why}, so it leaves this "
            f"out too, and is in no other place in it: what is kept from the carer must not be in a copy the carer "
            f"reads aloud; if {child.first_name} should be told it, someone else tells them"), "warning")


#: Why the carers who read a little child's copy aloud are readers as a role besides carer.
_READ_AS = {Role.parent: "parent (a parent as carer is a parent for what is withheld from parent)",
            Role.other: "other (sent papers as other)", Role.social_worker: "social_worker (sent papers as it)"}


def _withheld_from_the_carer_as_parent(loaded: LoadedRecord) -> Iterator[Diagnostic]:
    """The carer the placement names sent papers in another role (a child placed at home with mum, sent
    a parent's copy) is kept from what is withheld from carers too: said at their line. An item withheld
    only from roles nobody is sent papers as keeps it from no one: said at the item, as the IRO meant
    to keep it from someone."""
    record = loaded.record
    items = [(loc[:2], withheld) for loc, _text, withheld in record.free_texts() if withheld]
    for i, recipient in enumerate(record.distribution):
        extra = recipient.kept_as - {recipient.role}
        count = len(dict.fromkeys(loc for loc, withheld in items
                                  if withheld & extra and recipient.role not in withheld))
        if count:
            roles = " and ".join(sorted(role.value for role in extra))
            yield loaded.diagnostic(("distribution", i, "role"), (
                f"{recipient.name.strip()} is {'a' if len(carers_people(record.placement.carers)) > 1 else 'the'} "
                "carer the placement names "
                f"({_at(loaded, ('placement', 'carers'))}) and is sent a copy as '{recipient.role.value}': what is "
                f"withheld from {roles} is kept from their copy too ({count} item{'s' if count > 1 else ''}); "
                "check that is what you mean"), "warning")
    readers = frozenset().union(*(r.kept_as for r in record.distribution))
    for loc in dict.fromkeys(loc for loc, withheld in items if not withheld & readers):
        withheld = next(w for at, w in items if at == loc)
        roles = " and ".join(sorted(role.value for role in withheld))
        yield loaded.diagnostic(loc, (
            f"this is withheld from {roles}, and nobody is sent papers as {roles}, so it is kept from no one: "
            "if it must not reach someone, withhold it from the role they are sent papers as"), "warning")


def _family_reads_what_parents_do_not(loaded: LoadedRecord, index: int, name: str, role: str
                                      ) -> Iterator[Diagnostic]:
    """An ``other`` recipient who may be a parent's family (their family name, or a family role: "Beryl Lund
    (nan)", mum Sonia Lund) reads every item withheld from parent only ("I do not want Mum to know about my
    counselling."): the IRO decides whether they should, at their line."""
    record = loaded.record
    items = dict.fromkeys(loc[:2] for loc, _text, withheld in record.free_texts()
                          if Role.parent in withheld and Role.other not in withheld)
    if not items:
        return
    parents = [r.name for r in record.distribution if r.role is Role.parent]
    parents += [p.name for p in record.review.attendees if parent_role(p.role, own_names(record.child))]
    family = {w.casefold() for w in surnames(bare_name(name))}
    shared = next((p.strip() for p in parents if family & {w.casefold() for w in surnames(bare_name(p))}), None)
    if shared:
        why = f"shares a family name with {shared} (parent)"
    elif not _PARTNER.search(role) and _whose_family(record, role):  # a partner: at each item
        why = f"is the parents' family ({role})"
    elif relation(role, own_names(record.child)) in FAMILY_ROLES:
        why = f"is {record.child.first_name}'s family ({role})"
    else:
        return
    count = len(items)
    yield loaded.diagnostic(("distribution", index, "role"), (
        f"{_with_role(name, role)} is sent a copy as 'other' and {why}: they may be a parent's "
        f"family, and their copy gives the {count} item{'s' if count > 1 else ''} withheld from parent "
        f"({_at(loaded, next(iter(items)))}{' and more' if count > 1 else ''}); if a parent must not learn "
        f"{'them' if count > 1 else 'it'}, add other to {'their' if count > 1 else 'its'} withhold_from; if "
        f"{name} may read {'them' if count > 1 else 'it'}, nothing needs changing"), "warning")
    yield from _child_told_kept_from_parent(loaded, index, name, role)


#: A role that says someone's partner: they live with, or are close to, that carer or parent.
_PARTNER = regexes.compile(r"\b(?:partner|boyfriend|girlfriend|husband|wife|fianc[ée]e?)\b", re.IGNORECASE)
#: A role that says someone works with the child: named in an item kept from the home, they are told by their work.
_WORKS_WITH = regexes.compile(r"\b(?:social worker|advis[eo]r|advocate|worker|officer|teacher|nurse|doctor|GP|therapist"
                         r"|counsell?or|IRO|manager|police|solicitor|guardian|lawyer|practitioner|visitor|mentor"
                         r"|interpreter|psychologist|CAMHS|LADO)\b", re.IGNORECASE)


def _other_reads_what_the_home_does_not(loaded: LoadedRecord, index: int, name: str, role: str,
                                        own_name: str | None = None) -> Iterator[Diagnostic]:
    """An ``other`` recipient, not someone who works with the child, reads an item withheld from carer
    or parent (not from other) that names them ("Dean shouted at you", Dean the mum's partner), or,
    their role saying a partner ("mum's partner"), any such item: the household the IRO kept it from reads it, and the child's copy says
    it is not in the carer's or parent's copy. Said at each item, where the IRO decides."""
    record = loaded.record
    recipient = record.distribution[index]
    partner = bool(_PARTNER.search(role))
    if _WORKS_WITH.search(role) and not partner:
        return
    person = bare_name(name) if own_name is None else own_name  # "Ryan's mum" names no one by "mum"
    names = [re.escape(n) for n in first_name_forms(person) + surnames(person) if len(n) > 1] if person else []
    named = re.compile(r"(?<![\w-])(?:" + "|".join(names) + r")(?![\w-])") if names else None
    # Items withheld from parent only: said already of a parent's family (_family_reads_what_parents_do_not).
    family = _parents_family(record, name, role)
    for loc in dict.fromkeys(loc[:2] for loc, text, withheld in record.free_texts()
                             if withheld & {Role.carer, Role.parent} and not withheld & recipient.kept_as
                             and (partner or named is not None and named.search(text))
                             and not (family and Role.carer not in withheld)):
        withheld = next(w for at, _text, w in record.free_texts() if at[:2] == loc)
        roles = " and ".join(sorted(r.value for r in withheld & {Role.carer, Role.parent}))
        why = "is named in it" if named is not None and any(
            named.search(text) for at, text, _w in record.free_texts() if at[:2] == loc) else f"is '{role}'"
        # The child's copy follows it with "(This is not in Nicola's copy.)" when the child knows of that reader.
        told = " The child's own copy says after it that it is not in that copy." if not withheld & (
            {Role.child} | _left_out_read_aloud(record)) and any(
            r.role is Role.child for r in record.distribution) and any(
            r.kept_as & withheld for r in record.distribution if Role.child not in r.withhold_from) else ""
        yield loaded.diagnostic(loc, (
            f"this is withheld from {roles}, but {_with_role(name, role)}, sent a copy as 'other' "
            f"({_at(loaded, ('distribution', index, 'role'))}), {why} and reads it; they may live with or be close "
            f"to those it is kept from.{told} If they must not read it, add other to its withhold_from"), "warning")


def _parents_family(record, name: str, role: str) -> bool:
    """``_family_reads_what_parents_do_not``'s test: the recipient shares a parent's family name, or
    their role says the child's family."""
    parents = [r.name for r in record.distribution if r.role is Role.parent]
    parents += [p.name for p in record.review.attendees if parent_role(p.role, own_names(record.child))]
    family = {w.casefold() for w in surnames(bare_name(name))}
    return any(family & {w.casefold() for w in surnames(bare_name(p))} for p in parents) or \
        relation(role, own_names(record.child)) in FAMILY_ROLES or (
            not _PARTNER.search(role) and _whose_family(record, role) is not None)


def _child_told_kept_from_parent(loaded: LoadedRecord, index: int, name: str, role: str) -> Iterator[Diagnostic]:
    """The child's own copy follows each item withheld from parent with "(This is not in your mum's copy.)",
    while the ``other`` recipient who may be the parent's family (``_family_reads_what_parents_do_not``)
    reads it: said at each such item, where the IRO decides who may know it."""
    record = loaded.record
    if not any(r.role is Role.child for r in record.distribution) or not any(
            Role.parent in r.kept_as for r in record.distribution):
        return  # the child's copy says nothing of a parent's
    # Not one the copy leaves out, read aloud by parents caring for the child (``_left_out_read_aloud``).
    read_aloud = _left_out_read_aloud(record)
    items = dict.fromkeys(loc[:2] for loc, _text, withheld in record.free_texts()
                          if Role.parent in withheld and not withheld & ({Role.other, Role.child} | read_aloud))
    for loc in items:
        yield loaded.diagnostic(loc, (
            f"{record.child.first_name}'s own copy says after this that it is not in the parent's copy, but "
            f"{_with_role(name, role)}, sent a copy as 'other', reads it and may be a parent's family "
            f"({_at(loaded, ('distribution', index, 'role'))}); if the parent must not learn this, add other to "
            "its withhold_from"), "warning")


def _kept_from_other_only(loaded: LoadedRecord, parent: str) -> Iterator[Diagnostic]:
    """What is withheld from ``other`` but not from parents, which a parent written as ``other`` (who
    gets a parent's copy) would now read: the IRO must say which."""
    record = loaded.record
    kept = [(loc[:2], withheld) for loc, _text, withheld in record.free_texts() if loc[0] != "review"]
    kept += [(("distribution", i), frozenset(r.withhold_from)) for i, r in enumerate(record.distribution)]
    for loc in dict.fromkeys(loc for loc, withheld in kept if Role.other in withheld and Role.parent not in withheld):
        yield loaded.diagnostic(loc, (
            f"this is withheld from other but not from parent, and {parent}, written as 'other', gets a "
            "parent's copy, which would show it: add parent to withhold_from, or take other out"))


def _phone_numbers(loaded: LoadedRecord, settings: Settings) -> Iterator[Diagnostic]:
    """A phone number other than the IRO's or the council's in what a confidential placement's parents read."""
    record = loaded.record
    allowed = [record.review.chair.phone or "", settings.childrens_rights.phone]
    why = (f"goes to parents while the placement is confidential ({_at(loaded, ('placement', 'confidential'))}); "
           "a carer's or school's number lets a parent reach the child's household")
    for loc, number in phone_numbers_shown(record, allowed):
        yield loaded.diagnostic(loc, (
            f"this gives the phone number '{number}', and this text {why}: take it out, or withhold this item "
            "from parent (only the IRO's and the council's numbers may stay)"))
    yield from _phone_numbers_translated(loaded, allowed, why)


def _phone_numbers_translated(loaded: LoadedRecord, allowed: list[str], why: str) -> Iterator[Diagnostic]:
    """The same in the translations a confidential placement's parents read (their language's copy)."""
    record = loaded.record
    if not record.placement.confidential:
        return
    store, translated = _translations_parents_read(loaded)
    allowed_numbers = {phone_number(number) for number in allowed if number} - {""}
    withheld = _withheld_by_path(record)
    for language, path, text in translated:
        if Role.parent in withheld.get(path, ()):
            continue
        for written, number in phone_numbers_in(text):
            if number not in allowed_numbers:
                yield Diagnostic(str(store.path), store.line_of(language, path),
                                 f"languages.{language}.{path}.translation",
                                 f"The {language} translation of {path} gives the phone number '{written}', "
                                 f"and it {why}: correct the translation and import it again")


def _withheld_by_path(record) -> dict[str, frozenset]:

    return {format_path(loc): frozenset(roles) for loc, _, roles in record.free_texts()}


def _parents_at_a_confidential_place(loaded: LoadedRecord) -> Iterator[Diagnostic]:
    """A parent asked to come to (planned: an error, the invitation would give them the place), or
    recorded as at (held: a warning, as it may be true), a meeting at the confidential school or home."""
    record = loaded.record
    place = confidential_venue(record)
    parents = parents_at_meeting(record) if place else []
    # The parent the child lives with (placed with mum) is at home there: not kept from them.
    carers = record.placement.carers
    parents = [name for name in parents if is_place(carers) or not same_person(name, carers)]
    venue = (record.review.venue or "").strip()
    if not parents:
        readers = [r.name for r in record.distribution if venue_kept_from(record, r)]
        if readers and not record.review.planned and not any(shows(venue, s) for s in placement_secrets(record.placement)):
            yield loaded.diagnostic(("review", "venue"), (
                f"'{venue}' is {place}, which is kept from parents because the placement is confidential "
                f"({_at(loaded, ('placement', 'confidential'))}): the copy for {', '.join(readers)} says when the "
                "review was and not where; if the meeting, or the parents' part of it, was somewhere else, write that "
                "venue"), "warning")
        return
    who = ", ".join(parents)
    if record.review.planned:
        yield loaded.diagnostic(("review", "venue"), (
            f"the meeting is to be at '{venue}', {place}, which is kept from parents because the "
            f"placement is confidential ({_at(loaded, ('placement', 'confidential'))}), "
            f"but {who} would be invited to it, and the invitation gives the place; hold the meeting, or the "
            "parents' part of it, somewhere else (for example 'the family centre') and write that venue"))
    else:
        yield loaded.diagnostic(("review", "venue"), (
            f"the record says {who} came to the meeting at '{venue}', {place}, which is kept from parents "
            f"because the placement is confidential ({_at(loaded, ('placement', 'confidential'))}); if so, "
            "the parent knows the place: tell the child's social worker, and check whether the placement is "
            "still confidential; else correct the venue or who came"), "warning")


def _participation_rules(loaded: LoadedRecord) -> Iterator[Diagnostic]:
    """The participation code fits the child's age, and what it says matches the record."""
    record = loaded.record
    error = loaded.diagnostic

    def warning(loc, message):
        return loaded.diagnostic(loc, message, "warning")

    child, review = record.child, record.review
    age = age_on(child.date_of_birth, review.date)
    code = review.participation.upper()
    if code not in PARTICIPATION_CODES:
        yield error(("review", "participation"), _not_a_participation_code(review.participation))
    elif code == "PN0" and age >= 4:
        yield error(("review", "participation"),
                    f"PN0 is only for a child under 4 on the review date, and {child.first_name} was {age}")
    elif code != "PN0" and age < 4:
        yield error(("review", "participation"),
                    f"{child.first_name} was under 4 on the review date, so the code should be PN0")
    for right, what in (("advocate", "an advocate"), ("independent_visitor", "an independent visitor")):
        if age < 4 and record.rights is not None and getattr(record.rights, right) == "declined":
            # "declined" is the child's own choice; a child under 4 makes none (the copy says none).
            yield warning(("rights", right), f"'declined' says {child.first_name} turned down {what}, but "
                                             f"{child.first_name} was under 4 on the review date and cannot "
                                             "choose; if the adults said no for now, write not_yet")
    if code in PARTICIPATION_WITH_VIEWS and not record.child_views:
        yield warning(("child_views",), f"{code} says {child.first_name} shared their views, but none are written "
                                        f"in child_views, so the copies say only whether {child.first_name} came")
    yield from _participation_facts(loaded, code, warning)


def _not_a_participation_code(value: str) -> str:
    return f"'{value}' is not a participation code; use PN0 to PN7"


def _unknown_language(code: str) -> str:
    """Of a reader's or the child's language."""
    return f"'{code}' is not a language code recordgen knows (for example en, ur, ps, pl)"


def _unknown_written_in(code: str) -> str:
    """Of the language a text is written in."""
    return (f"'{code}' is not a language code recordgen knows (for example cy, ur, ps, pl): "
            "say the language the words are written in")


def format_problems(invalid: InvalidRecord) -> list[Diagnostic]:
    """A record the rules cannot run on (its review date is no date, and every rule needs it): the checks of a
    field's own form that need nothing else, run on the file's data as written (a participation code, a language
    code). So the first run lists every mistake of form ('PN 1' beside a date written '02/11/2026'), not one more
    after each fix (blind review 32). A field the model has reported already is not reported twice."""
    read = invalid.file_data()
    if read is None:
        return []
    file, data, lines = read
    said = {d.path for d in invalid.diagnostics}
    found: list[Diagnostic] = []

    def check(loc: tuple, value: Any, problem) -> None:
        if isinstance(value, str) and format_path(loc) not in said and (message := problem(value)):
            found.append(Diagnostic(file, line_of(lines, loc), format_path(loc), message))

    def entries(value: Any) -> list[tuple[int, dict]]:
        return [(i, e) for i, e in enumerate(value) if isinstance(e, dict)] if isinstance(value, list) else []

    def unknown(message):
        return lambda code: None if is_known_language(code) else message(code)

    review = data.get("review") if isinstance(data.get("review"), dict) else {}
    if review.get("status", "held") != "planned":
        check(("review", "participation"), review.get("participation"),
              lambda v: None if v.upper() in PARTICIPATION_CODES else _not_a_participation_code(v))
    check(("review", "venue_language"), review.get("venue_language"), unknown(_unknown_written_in))
    child = data.get("child") if isinstance(data.get("child"), dict) else {}
    check(("child", "language"), child.get("language"), unknown(_unknown_language))
    for section in (*ITEM_SECTIONS, "actions"):
        for i, entry in entries(data.get(section)):
            check((section, i, "language"), entry.get("language"), unknown(_unknown_written_in))
    if isinstance(data.get("care_plan"), dict):
        check(("care_plan", "language"), data["care_plan"].get("language"), unknown(_unknown_written_in))
    for i, entry in entries(data.get("distribution")):
        check(("distribution", i, "language"), entry.get("language"), unknown(_unknown_language))
    return sorted(found, key=lambda d: d.line or 0)


def _heading_rules(loaded: LoadedRecord) -> Iterator[Diagnostic]:
    """Something is written under each of the three headings (Signs of Safety)."""
    for section in HEADED_SECTIONS:
        # Not for a misspelt 'worrys:', whose error at its own line says "did you mean 'worries'?" already.
        if not getattr(loaded.record, section) and loaded.misspelt_as((section,)) is None:
            heading = section_heading(section)
            yield loaded.diagnostic((section,), f"nothing is written under {heading[0].lower()}{heading[1:]}",
                                    "warning")


def _planned_rules(loaded: LoadedRecord, settings: Settings, known: RecordSecrets | None = None
                   ) -> Iterator[Diagnostic]:
    """A review not held yet: what its invitations and consultation booklets need, and no leaks.
    The meeting's rules (participation, actions after the review, the headings) wait for the meeting."""
    record = loaded.record
    review = record.review
    if not review.time:
        yield loaded.diagnostic(("review", "status"), "a planned review needs the meeting's start time for its "
                                "invitations: add review.time, for example time: '10:30'")
    if review.participation:
        yield loaded.diagnostic(("review", "participation"), (
            f"the review is planned, so it has not happened yet and {record.child.first_name} has not taken "
            f"part in it; take out participation ('{review.participation}'), and give the code once the review "
            "has been held (with status: held)"))
    if review.written:
        yield loaded.diagnostic(("review", "written"), "a planned review has no record written yet; "
                                "take out review.written, or set status: held once the review has been held")
    yield from _review_day_rules(loaded, settings)
    venue = review.venue.strip().casefold()
    adults = sorted({r.role.value for r in record.distribution if r.role is not Role.child})
    for_adults = venue_for_adults(record)
    if for_adults and _YOUR_HOME.search(review.venue):
        # "Maisie's home" is where her carers live (mum, when she is the carer, sent papers as parent
        # too): they know the place by it.
        adults = sorted({r.role.value for r in record.distribution
                         if r.role is not Role.child and Role.carer not in r.kept_as})
    # (A parent asked to a confidential place is an error of its own: _parents_at_a_confidential_place.)
    if adults and for_adults and not call_kind(review.venue):
        yield loaded.diagnostic(
            ("review", "venue"),
            f"the venue is in {record.child.first_name}'s words; the invitations to {', '.join(adults)} "
            f"say 'It will be at {for_adults}' (in English in a translated one); name the place as they "
            "would know it (for example 'Westcliffe Primary School' or 'the family centre')", "warning")
    elif adults and venue.startswith("you "):
        yield loaded.diagnostic(
            ("review", "venue"),
            f"the invitations to {', '.join(adults)} say where the meeting is in these words "
            f"('It will be at {review.venue.strip()}'), which read as their own place; "
            "name the place as they would know it (for example 'Westcliffe Primary School' or "
            "'the family centre')", "warning")
    yield from _dates_and_recipients(loaded, settings, planned=True)
    yield from _carers_read_as_people(loaded)
    yield from _leaks(loaded, known)
    yield from _large_town_venue(loaded)
    yield from _generic_street_named(loaded)
    yield from _parent_knows_the_placement(loaded)
    yield from _phone_numbers(loaded, settings)
    yield from _unnamed_recipients(loaded)
    yield from _parents_postal_address(loaded)
    yield from _parents_at_a_confidential_place(loaded)
    yield from _family_sent_a_copy_as_other(loaded)
    yield from _carers_family_name_known(loaded)
    yield from _kinship_kept_from_parents(loaded)
    yield from _rare_carers_first_names(loaded)
    yield from _rare_school_staff_first_names(loaded)
    yield from _kin_named_to_parents(loaded)
    yield from _withheld_from_the_carer_as_parent(loaded)
    yield from _kept_apart_at_one_meeting(loaded)
    yield from _paraphrases(loaded, planned=True)
    yield from _listed_twice(loaded)
    yield from _reordering_characters(loaded)


def _kept_apart_at_one_meeting(loaded: LoadedRecord) -> Iterator[Diagnostic]:
    """Someone kept off a role's list (often one parent from the other, for safety) invited to the
    meeting that a reader of that role is invited to: the reader's invitation lists who is asked
    and leaves them out, so the reader meets them there unwarned. A warning: the IRO decides."""
    record = loaded.record
    child_comes = any(person.is_child for person in record.review.attendees)
    for i, person in enumerate(record.review.attendees):
        if person.is_child:
            continue
        kept = [r for r in record.distribution if r.withhold_from and same_person(person.name, r.name)]
        withheld = frozenset().union(*(r.withhold_from for r in kept)) if kept else frozenset()
        readers = [r for r in record.distribution
                   if r.kept_as & withheld and not same_person(r.name, person.name)
                   and (r.role is not Role.child or child_comes)]
        if not readers:
            continue
        name = person.name.strip()
        names = " and ".join(f"{r.name.strip()} ({r.role.value})" for r in readers)
        at = _at(loaded, ("distribution", record.distribution.index(kept[0]), "withhold_from"))
        lists = "their invitations list" if len(readers) > 1 else f"{readers[0].name.strip()}'s invitation lists"
        yield loaded.diagnostic(("review", "attendees", i, "name"), (
            f"{name} is kept from {names} ({at}) and is invited to the same meeting: {lists} who is asked and "
            f"leaves {name} out, so they would meet there unwarned; if they must not meet, arrange separate "
            "meetings or times"), "warning")


def _carers_read_as_people(loaded: LoadedRecord) -> Iterator[Diagnostic]:
    """"Tom House" is read as a person (a given name, then a family name that is also a place
    word): say so, as a home named after someone would be named to whom it is kept from."""
    carers = loaded.record.placement.carers.strip()
    # "House" only: homes are often named "<name> House"; a home called "Sue Hall" is not usual.
    if people_by_given_names(carers) and re.search(r"\bhouse\b", carers, re.IGNORECASE):
        yield loaded.diagnostic(("placement", "carers"), (
            f"'{carers}' is read as a person's name, so the copies say 'You live with {carers}'; if it is "
            f"a place, say what kind, for example '{carers} children's home' or '{carers} supported lodgings'"),
            "warning")
    elif first_name_alone(carers) and not _named_elsewhere(loaded.record, without_brackets(carers)):
        # "Zainab": a first name the project's lists do not know, and no English word a home is named by.
        name = without_brackets(carers)
        yield loaded.diagnostic(("placement", "carers"), (
            f"'{name}' is read as a person's first name, so the copies say 'You live with {name}.'; if it is "
            f"a place, say what kind, for example '{name} children's home' or '{name} supported lodgings'"),
            "warning")


def _named_elsewhere(record, first_name: str) -> bool:
    """Someone who came, does an action or is sent a copy has ``first_name`` as their first name."""
    names = [a.name for a in record.review.attendees] + [without_brackets(a.who) for a in record.actions]
    names += [without_brackets(r.name) for r in record.distribution]
    return any(first_name.casefold() in (n.casefold() for n in first_names(name)) for name in names)


def _review_day_rules(loaded: LoadedRecord, settings: Settings) -> Iterator[Diagnostic]:
    """A held review has happened, so its date is not after today (a copy would say "Your review
    was on 24 December" beside "Copy made on 6 December"); a planned one has not, so a date
    already past is a warning (its invitations would ask people to a day gone by). Either way
    reviews are held on working days."""
    review, now = loaded.record.review, today()
    if not review.planned and review.date > now:
        yield loaded.diagnostic(("review", "date"), f"the review is marked as held, but its date {review.date} is after "
                                f"today ({now}); give the day it was held, or set status: planned for a review "
                                "still to come")
    if review.planned and review.date < now:
        yield loaded.diagnostic(("review", "date"), f"the review is planned for {review.date}, which has passed "
                                f"(today is {now}); set status: held once it has been held, or give its new date",
                                "warning")
    if review.planned and review.date >= now:
        invitations_by = review_dates(loaded.record, settings.timescales).invitations_by
        if invitations_by < now:
            yield loaded.diagnostic(("review", "date"), (
                f"the invitations and booklets were to be sent by {invitations_by} "
                f"({settings.timescales.invitations_working_days} working days before the review on {review.date}), "
                f"and that day has passed (today is {now}); send them today, and check that everyone invited "
                "still has time to take part, or move the review"), "warning")
    yield from _day_off_warning(("review", "date"), review.date, "and reviews are held on working days",
                                settings.timescales.nation, lambda loc, message: loaded.diagnostic(loc, message, "warning"),
                                loaded.record)
    yield from _venue_not_a_place(loaded)


#: A venue that is how people met, not where: "by video", "a video call on Teams", "on Zoom", "online".
#: Outside brackets: "the council offices (by video call)" is a place.
_CALL_VENUE = regexes.compile(r"^(?:by|via|over|on)\b|\b(?:video|phone|telephone) ?(?:call|link|conference)"
                         r"|\b(?:teams|zoom|online|skype)\b", re.IGNORECASE)


_YOUR = regexes.compile(r"\byour\b", re.IGNORECASE)
#: A venue that is the child's home in their words ("your home", "your kitchen"), not a school's room.
_YOUR_HOME = regexes.compile(r"\byour\s+(?:own\s+)?(?:home|house|flat|bedroom|room|kitchen|living\s+room|lounge|garden)\b"
                        r"|\bwhere you live\b", re.IGNORECASE)


def venue_for_adults(record: Record) -> str | None:
    """The venue as an adult's invitation gives it when the record says it in the child's words:
    "your school" is "Kacper's school" (the adult's own school or home is not meant); else None."""
    venue = record.review.venue.strip()
    return _YOUR.sub(f"{record.child.first_name}'s", venue) if _YOUR.search(venue) else None


def call_kind(venue: str) -> str | None:
    """How people met when the venue is a call, not a place: "video", "phone" or "online"; else None.
    The copies then say "We met on a video call." rather than "at by video"."""
    outside = re.sub(r"\([^()]*\)", "", venue).strip()
    if not _CALL_VENUE.search(outside):
        return None
    if re.search(r"\b(?:tele)?phone\b", outside, re.IGNORECASE):
        return "phone"
    return "video" if re.search(r"\b(?:video|teams|zoom|skype|facetime)\b", outside, re.IGNORECASE) else "online"


#: Said in brackets after a place, "the council offices (by video call)": the meeting is a call.
_CALL_IN_BRACKETS = regexes.compile(r"\b(?:video|(?:tele)?phone|teams|zoom|skype|facetime|online)\b", re.IGNORECASE)


def call_and_place(venue: str) -> tuple[str | None, str | None]:
    """How people join and where the IRO is: ("video", None) for "by video", ("video", "the council
    offices") for "the council offices (by video call)", (None, venue) for a place met at."""
    kind = call_kind(venue)
    if kind:
        return kind, None
    inside = " ".join(re.findall(r"\(([^()]*)\)", venue))
    found = _CALL_IN_BRACKETS.search(inside)
    if not found:
        return None, venue
    word = found.group(0).lower()
    kind = "phone" if word.endswith("phone") else "online" if word == "online" else "video"
    return kind, without_brackets(venue)


def after_at(venue: str) -> str:
    """The venue as the sentences say it after their own "at" ("It was at %(venue)s."): "at home with
    Jean and Alan" without its own "at", so no copy or invitation says "at at"."""
    return re.sub(r"^\s*at\s+(?=\S)", "", venue, flags=re.IGNORECASE)


def without_brackets(text: str) -> str:
    """The place a venue names, without what it says in brackets about how people join."""
    return re.sub(r"\s*\([^()]*\)", "", text).strip()


def _venue_not_a_place(loaded: LoadedRecord) -> Iterator[Diagnostic]:
    """Copies say "at <venue>", so a meeting by call says where the IRO was (a call alone is said
    as "We met on a video call.", which loses where the IRO was)."""
    venue = loaded.record.review.venue.strip()
    kind = call_kind(venue)
    if kind:
        said = {"video": "on a video call", "phone": "on a phone call", "online": "online"}[kind]
        yield loaded.diagnostic(("review", "venue"), (
            f"'{venue}' is a call, not a place: the copies say only that the meeting was {said}, not where "
            f"the IRO was; write the place, for example 'the council offices (by {kind if kind != 'online' else 'video'} "
            "call)', so the copies and invitations can say it"), "warning")


def written_late_after(record, settings: Settings) -> dt.date:
    """The record's distribution deadline, after which a record written is late."""
    return review_dates(record, settings.timescales).record_distribution_due


def _dates_and_recipients(loaded: LoadedRecord, settings: Settings, planned: bool = False) -> Iterator[Diagnostic]:
    """The dates, languages and recipients: the rules a held and a planned review share (a planned
    review's actions are the last review's, so their dates are not checked against it)."""
    record = loaded.record
    error = loaded.diagnostic

    def warning(loc, message):
        return loaded.diagnostic(loc, message, "warning")

    child, review = record.child, record.review
    if child.date_of_birth > review.date:
        yield error(("child", "date_of_birth"), "the date of birth is after the review date")
    if child.entered_care > review.date:
        yield error(("child", "entered_care"), "the date of entering care is after the review date")
    if child.entered_care < child.date_of_birth:
        yield error(("child", "entered_care"), "the date of entering care is before the date of birth")
    eighteen = birthday(child.date_of_birth, 18)
    if eighteen <= review.date:
        yield error(("child", "date_of_birth"),
                    f"{child.first_name} turned 18 on {eighteen}, on or before this review ({review.date}); "
                    "a child in care is reviewed until 18, so there is no such review then: check the date "
                    "of birth and the review date")
    if review.adjourned_from and review.adjourned_from >= review.date:
        yield error(("review", "adjourned_from"), f"the review started on {review.adjourned_from}, not before the day it "
                                                  f"finished ({review.date}, review.date); give the day of its first "
                                                  "meeting, or leave adjourned_from out")
    elif review.adjourned_from and review.adjourned_from < child.entered_care:
        yield error(("review", "adjourned_from"), f"the review started on {review.adjourned_from}, before "
                                                  f"{child.first_name} came into care ({child.entered_care}, "
                                                  "child.entered_care); check the year")
    elif review.adjourned_from and review.adjourned_from < add_months(review.date, -3):
        yield warning(("review", "adjourned_from"), f"the review started on {review.adjourned_from}, more than 3 "
                                                    f"months before it finished ({review.date}); reviews are at "
                                                    "most 6 months apart, so is the year right?")
    if review.written and review.written < review.date:
        yield error(("review", "written"), f"the record is dated {review.written}, before the review ({review.date}) it records")
    # Every footer says "Record written on <written>": a day not yet come cannot be it.
    if review.written and review.written > today():
        yield error(("review", "written"), f"the record is dated {review.written}, which is after today ({today()}); "
                                           "give the day it was written")
    elif review.written and not planned and review.written > written_late_after(record, settings):
        # Councils report how many records went out on time: business support records why this one did not.
        yield warning(("review", "written"), f"the record was written on {review.written}, after it was due to be "
                                             f"distributed ({written_late_after(record, settings)}): the "
                                             "distribution is late; record the reason")
    timescales = settings.timescales
    far = add_months(review.date, timescales.action_warning_months)
    # An adjourned review agrees actions at its first meeting, some due before the last.
    agreed = min(review.adjourned_from or review.date, review.date)
    held = f"the review's first meeting ({agreed})" if agreed < review.date else f"the review ({review.date})"
    for i, action in enumerate(() if planned else record.actions):
        if action.by < agreed:
            yield error(("actions", i, "by"), f"the date {action.by} is before {held}; actions are for after the review")
            continue  # the date is wrong anyway: one message about it
        if action.by > far:
            yield warning(("actions", i, "by"), f"the date {action.by} is more than {timescales.action_warning_months} months after the review; is that right?")
        yield from _day_off_warning(("actions", i, "by"), action.by, "not a working day; is that right?",
                                    timescales.nation, warning, record)
        if action.done is not None and action.done < agreed:
            yield error(("actions", i, "done"), f"the action is marked done on {action.done}, before {held} "
                                                 "that agreed it; give the day it was done")
    # A day that has not come yet cannot be the day something was done. Measured against today,
    # not review.written: `done` is recorded between reviews, after the record was written.
    now = today()
    for i, action in enumerate(record.actions):
        if action.done is not None and action.done > now:
            yield error(("actions", i, "done"), f"the action is marked done on {action.done}, which is after "
                                                 f"today ({now}); give the day it was done, once it is done")
    if record.scale and not 0 <= record.scale.score <= 10:
        yield error(("scale", "score"), f"the score {record.scale.score} must be from 0 to 10")

    if planned and record.review.sequence == 1:
        # Planned after the first review is due: the only time it can still be moved.
        try:
            due = review_dates(record, settings.timescales).review_due
        except ValueError:
            due = None
        if due and record.review.date > due:
            yield loaded.diagnostic(("review", "date"),
                                    f"this first review is planned after it is due ({due}, "
                                    f"{settings.timescales.first_review_working_days} working days after entering "
                                    "care): hold it by then", "warning")
    if not planned:  # the next review follows from this one once it is held
        yield from _next_review_rules(loaded, settings)
        said = adult_now(record, now)  # batch says it in the manifest too
        if said:
            for i, recipient in enumerate(record.distribution):
                if recipient.role is Role.parent:
                    yield warning(("distribution", i), f"{recipient.name} is sent a parent's copy, and {said}")
            # The adults' part reads "not to be shared with <child>", who may now ask to see the record.
            kept = [loc for loc, _text, withheld in record.free_texts() if Role.child in withheld]
            if kept:
                first = record.child.first_name
                yield warning(tuple(kept[0][:2]), (
                    f"{first} turned 18 on {eighteen}: this and {len(kept) - 1} more item(s) kept from {first} "
                    f"would sit in the adults' part of copies made now, 'not to be shared with {first}', while "
                    f"{first} is an adult who may ask to see their records; check whether each should still be "
                    "kept from them") if len(kept) > 1 else (
                    f"{first} turned 18 on {eighteen}: this item kept from {first} would sit in the adults' part "
                    f"of copies made now, 'not to be shared with {first}', while {first} is an adult who may ask "
                    "to see their records; check whether it should still be kept from them"))
    elif eighteen > review.date:   # once held, its copies say reviews end at 18: the IRO should know now
        try:
            upcoming = review_dates(record, settings.timescales).next_review
        except ValueError:
            upcoming = None
        if upcoming is not None and upcoming >= eighteen:
            yield warning(("review", "date"), f"{child.first_name} turns 18 on {eighteen}, before the review after "
                          f"this one ({upcoming}): reviews of a child in care end at 18, so this review's copies "
                          "will say that instead of giving a next review's date; is this the last review?")
    age = age_on(child.date_of_birth, review.date)
    if band_for_age(age, settings.age_bands) in ("early", "young"):
        # The letter says it is read with the grown-ups; the e-mail says "for you alone", the envelope
        # "to be opened by the addressee only".
        for i, recipient in enumerate(record.distribution):
            how = " and ".join(w for w, given in (("email", recipient.email), ("post", recipient.address)) if given)
            if recipient.role is Role.child and how:
                yield warning(("distribution", i), (
                    f"{child.first_name} was {age} at the review, and this sends {child.first_name}'s own copy by "
                    f"{how} to {child.first_name}: a young child's letter is read with the grown-ups who look after "
                    f"{child.first_name}; send it to them (the carer's email or address), or check this is right"))
    yield from _languages_and_recipients(loaded)


def adult_now(record, on: dt.date) -> str | None:
    """Why a parent's copy made on ``on`` needs a second look: the young person is 18 by then, and
    the record is an adult's (who may share it with their parents is theirs to say). None before."""
    eighteen = birthday(record.child.date_of_birth, 18)
    if record.review.planned or eighteen > on:
        return None
    first = record.child.first_name
    return (f"{first} turned 18 on {eighteen}, so this record is now an adult's: sharing it with "
            f"{first}'s parents may need {first}'s consent; check before sending it")


def _next_review_rules(loaded: LoadedRecord, settings: Settings) -> Iterator[Diagnostic]:
    record, review, timescales, error = loaded.record, loaded.record.review, settings.timescales, loaded.diagnostic

    def warning(loc, message):
        return loaded.diagnostic(loc, message, "warning")

    try:
        dates = review_dates(record, timescales)
    except ValueError as exc:  # e.g. an unknown nation in the settings
        yield error(("review", "date"), f"the review dates cannot be worked out: {exc}")
    else:
        if record.next_review and record.next_review.date:
            given = record.next_review.date
            if given <= review.date:
                yield error(("next_review", "date"), "the next review must be after this review")
            elif given > dates.next_review_latest:
                yield error(("next_review", "date"),
                            f"{given} is later than the law allows; the next review is due by {dates.next_review_latest}")
            else:
                yield from _day_off_warning(("next_review", "date"), given, "and reviews are held on working days",
                                            timescales.nation, warning, record)
                # The copies say "Your next review will be by <date>": a day gone by reads as a mistake.
                if not review.planned and given < today():
                    yield warning(("next_review", "date"),
                                  f"the next review was due on {given}, which has passed (today is {today()}); "
                                  "give its new date, or record that review once it has been held")
        if dates.review_due and review.date > dates.review_due:
            # A day not yet come (a held review dated ahead, an error above) is not said as gone by.
            said = ("was held after it was due" if dates.review_due < today()
                    else "is dated after the day it is due")
            yield warning(("review", "date"),
                          f"this first review {said} ({dates.review_due}, "
                          f"{timescales.first_review_working_days} working days after entering care)")
        eighteen = birthday(record.child.date_of_birth, 18)
        # Worked out (no next_review.date) and gone by: the copies cannot say when it is.
        if not review.planned and not (record.next_review and record.next_review.date) \
                and dates.next_review < min(today(), eighteen):
            yield warning(("review", "date"),
                          f"the next review was due by {dates.next_review} (worked out: the record gives no "
                          f"next_review.date), which has passed (today is {today()}); the copies say it was "
                          "due then: give next_review.date, the day the next review was or will be held")
        if not review.planned and dates.next_review >= eighteen:
            yield warning(("next_review", "date") if record.next_review and record.next_review.date
                          else ("review", "date"),
                          f"{record.child.first_name} turns 18 on {eighteen}, before the next review "
                          f"({dates.next_review}): reviews of a child in care end at 18, so the copies say "
                          "that instead of giving the next review's date; is this the last review?")



def _writes_copies_in(code: str) -> bool:
    """English, or a language the tool has a catalog of (its headings, rights and sentences translated)."""
    from ..i18n import catalog_path
    from ..i18n.languages import is_english

    return is_english(code) or catalog_path(code) is not None


def _no_catalog(code: str, name: str) -> str:
    from ..i18n.languages import normalize_language
    from ..support.resources import locales_dir

    drafted = sorted(p.name for p in locales_dir().iterdir() if (p / "LC_MESSAGES" / "messages.po").is_file())
    return (f"recordgen cannot write a copy in {language_display_name(code)} ('{normalize_language(code)}'): it has "
            f"no translation of its own headings, rights and sentences into it, so {name}'s copy would be in "
            f"English under a notice that only marked parts are; the languages it writes copies in are en, "
            f"{', '.join(drafted)}: give one of them (en, and an interpreter or translator, if none fits)")


def _languages_and_recipients(loaded: LoadedRecord) -> Iterator[Diagnostic]:
    record, child, error = loaded.record, loaded.record.child, loaded.diagnostic
    if not is_known_language(child.language):
        yield error(("child", "language"), _unknown_language(child.language))
    for section in ITEM_SECTIONS:
        for i, item in enumerate(getattr(record, section)):
            if item.language is not None and not is_known_language(item.language):
                yield error((section, i, "language"), _unknown_written_in(item.language))
            elif item.language is not None and only_latin_letters_for(item.text, item.language):
                name = language_display_name(item.language)
                yield loaded.diagnostic((section, i, "language"), (
                    f"this is marked as written in {name}, but its letters are all Latin; if it was written in "
                    f"English, take out language: {item.language} (the copies would say it is {name}); if it is "
                    f"{name} written in Latin letters, leave it"), "warning")
    # An action's, the plan's and the venue's language, as a list entry's.
    said = [(("actions", i, "language"), action.language, action.what) for i, action in enumerate(record.actions)]
    if record.care_plan is not None:
        said.append((("care_plan", "language"), record.care_plan.language, record.care_plan.plan))
    said.append((("review", "venue_language"), record.review.venue_language, record.review.venue))
    for where, code, text in said:
        if code is not None and not is_known_language(code):
            yield error(where, _unknown_written_in(code))
    seen: dict[tuple[str, str], int] = {}
    for i, recipient in enumerate(record.distribution):
        if recipient.language and not is_known_language(recipient.language):
            yield error(("distribution", i, "language"), _unknown_language(recipient.language))
        copy_language = record.recipient_language(recipient)
        if copy_language and is_known_language(copy_language) and not _writes_copies_in(copy_language):
            at = ("distribution", i, "language") if recipient.language else ("child", "language")
            yield error(at, _no_catalog(copy_language, recipient.name))
        key = (recipient.role.value, recipient.name.casefold())
        if key in seen:
            yield error(("distribution", i), f"{recipient.name} ({recipient.role.value}) is already listed as recipient {seen[key] + 1}")
        else:
            seen[key] = i


def _day_off_warning(loc, day, why: str, nation: str, warning, record: Record) -> Iterator[Diagnostic]:
    """A warning when a date falls on a weekend or a bank holiday of the council's nation (saying
    so where the placement's address is in another nation)."""
    placed_in = placement_nation(record)
    try:
        off = day_off(day, nation, placed_in)
    except ValueError:  # an unknown nation is reported once, with the review dates
        return
    if off:
        # A bank holiday only where the child is placed: the working day before it there.
        counted = placed_in if placed_in and is_working_day(day, nation) else nation
        before = last_working_day_on_or_before(day, counted)
        yield warning(loc, f"the date {day} is {off}, {why} (the working day before is {before:%A} {before.isoformat()})")


def _at(loaded: LoadedRecord, loc) -> str:
    """'placement.address, line 12'; only the path for a record read from data."""
    line = loaded.line_of(loc)
    return format_path(loaded.file_loc(loc)) + (f", line {line}" if line is not None else "")


def _goes_to(record: Record, loc) -> str:
    """Who is shown a text that names the confidential address or school. A held review's venue that
    is the child's home is left out of parents' copies (``venue_kept_from``), not out of the others'."""
    if tuple(loc[:2]) != ("review", "venue"):
        return "this text goes to parents"
    if record.review.planned:
        return "the invitations give this venue to parents"
    place = kept_venue(record)
    if not place:
        return "this text goes to parents"
    others = [r.name for r in record.distribution if not venue_kept_from(record, r)]
    return (f"the parents' copies leave this venue out, as it is {place}, but "
            + (f"the copies for {', '.join(others)}, and for any reader added who is not a parent, show it" if others
               else "the copy for any reader added who is not a parent shows it"))


def _remedy(loc) -> str:
    # Only these can be withheld; other texts (the venue, a role, the plan) go to everyone.
    if loc[0] in WITHHOLDABLE_SECTIONS:
        return "take it out, or withhold this item from parent too"
    if tuple(loc[:2]) == ("review", "venue"):
        # Not "your school": that is the child's own place, which a confidential placement keeps too.
        return "say where in words that do not name it (for example 'the family centre' or 'the council offices')"
    return "take it out: every parent's copy shows this text"


#: Texts the format gives no withhold_from: every copy shows them, so they can only be reworded.
_NOT_WITHHOLDABLE = {"venue": "the venue", "role": "an attendee's role",
                     "contributed": "an attendee's contribution", "meaning": "the scale's meaning",
                     "plan": "the care plan"}


def _without_matter(text: str, word: str | None) -> str | None:
    """"sent a letter from prison" -> "sent a letter": ``text`` without the phrase that ends in the
    matter's ``word``, when what is left still says something; else None."""
    if not word:
        return None
    cut = re.sub(rf"\s+(?:from|in|at|to|about|after|with|by|on|while|during)\s+(?:[\w'’-]+\s+){{0,3}}?"
                 rf"{re.escape(word)}\w*\b[^.;,]*", "", text, count=1, flags=re.IGNORECASE).strip(" ,;")
    return cut if cut != text.strip() and len(cut.split()) >= 2 else None


def _withhold_or_reword(loc, this: str) -> str:
    """What the IRO can do with a text that may tell what an item withholds: withhold it too, where
    the format allows, else reword it."""
    if loc[0] in WITHHOLDABLE_SECTIONS:
        return f"withhold {this} too or reword it"
    what = _NOT_WITHHOLDABLE.get(str(loc[-1]), "this text")
    return f"reword it ({what} cannot be withheld: every copy shows it)"


def placement_message(loaded: LoadedRecord | None, secret: Secret, where: str = "") -> str:
    """A plain message for a text that shows the confidential address or school, or part of it."""
    value = {"address": "address", "school": "school", "carers": "carers"}[secret.loc[1]]
    if secret.text == secret.part_of:
        shown = f"the {value} ('{secret.text}')"
    else:
        article = "a" if secret.what in ("distinctive word", "house name or locality", "part of the family name") \
            else "the"
        shown = f"'{secret.text}', {article} {secret.what} of the {value} '{secret.part_of}',"
    if secret.what == STAFF_FAMILY_NAME:
        shown = f"'{secret.text}', the family name of {secret.part_of}, who works where the child lives,"
    if secret.what == SCHOOL_STAFF_FAMILY_NAME:
        # A role that says "school" ("childminder after school") ties them to it without working there.
        shown = f"'{secret.text}', the family name of {secret.part_of}, whose role ties them to the child's school,"
    if secret.what == OTHER_CARER_FAMILY_NAME:
        shown = f"'{secret.text}', the family name of {secret.part_of}, who also looks after the child,"
    if secret.what == HOUSEHOLD_FAMILY_NAME:
        shown = f"'{secret.text}', the family name of {secret.part_of}, who lives with the carers,"
    if secret.written:  # "Oakfeild", "Оукфілд": say what it was read as
        shown = f"'{secret.written}' (read as {shown.removesuffix(',')})"
    source = ("placement", "confidential") if secret.what in (STAFF_FAMILY_NAME, SCHOOL_STAFF_FAMILY_NAME,
                                                              OTHER_CARER_FAMILY_NAME, HOUSEHOLD_FAMILY_NAME) \
        else secret.loc
    at = f" ({_at(loaded, source)})" if loaded is not None else ""
    if loaded is not None and where:  # said in another file: say which file the record is
        at = f" ({Path(loaded.file).name}, {_at(loaded, source)})"
    return (f"{where}this names {shown} which is kept from parents because the placement is "
            f"confidential{at}; a part is enough to find a child")


def part_of_town_message(loaded: LoadedRecord, secret: Secret, loc, where: str = "") -> str:
    """A plain message for a text that names the part of town a confidential placement's home is in (a
    district of a large town, ``withholding.PART_OF_TOWN``): a warning, as it finds a street to look in, not
    the home, which the street, the postcode and the house do (their message is ``placement_message``)."""
    district = f"'{secret.text}'" if secret.what != PART_OF_TOWN_WORD else f"'{secret.text}' of the part of town"
    shown = f"'{secret.written}' (read as {district})" if secret.written else district
    town = address_town(loaded.record.placement.address)
    at = _at(loaded, ("placement", "address"))
    if where:
        at = f"{Path(loaded.file).name}, {at}"
    remedy = (f"say the town ('{town}')" if town else "say the town") + " or leave it out"
    if loc is not None and loc[0] in WITHHOLDABLE_SECTIONS:
        remedy += ", or withhold this item from parent too"
    return (f"{where}this names {shown}, the part of town the child lives in ({at}), which the placement keeps "
            f"from parents: a parent could look there; {remedy}")


def _leaks(loaded: LoadedRecord, known: RecordSecrets | None = None) -> Iterator[Diagnostic]:
    """Withheld values repeated in text that the same recipient does see (withholding decides what shows them)."""
    known = known or record_secrets(loaded.record)  # the same for the record's texts and its translations
    for loc, secret, exposed in leaks(loaded.record, known):
        if secret.strict and tuple(loc) == ("child", "known_as"):
            yield loaded.diagnostic(loc, (
                f"{placement_message(loaded, secret)}; the parents' copies would show it in the child's own name, "
                f"so give a known_as without it ('{loaded.record.child.name.split()[0]}'), or, if the parents may "
                "know the carers' names, set placement.carers_named_to_parents: true"))
        elif secret.what in PART_OF_TOWN_KINDS:  # a district of a large town: not the home, a place to look
            yield loaded.diagnostic(loc, part_of_town_message(loaded, secret, loc), "warning")
        elif secret.strict:
            yield loaded.diagnostic(loc, f"{placement_message(loaded, secret)}; {_goes_to(loaded.record, loc)}, "
                                         f"so {_remedy(loc)}{_small_town_institution(loaded, loc, secret)}")
        else:
            yield loaded.diagnostic(
                loc, f"this repeats {_at(loaded, secret.loc)}, which is withheld "
                     f"from {', '.join(role.value for role in exposed)}, but this text is not; "
                     f"{_withhold_or_reword(loc, 'this item')}")
    yield from _translation_leaks(loaded, known)


def _large_town_named(loaded: LoadedRecord) -> Iterator[Diagnostic]:
    """A confidential placement's town of 20,000 people or more (``large_place``: no part of the
    address, it does not find the home alone) named in a text that goes to parents: a warning, as
    with a place in it ("the Scunthorpe fire station where he works", "the Co-op in Scunthorpe") it
    may find the child or a carer, and only the IRO can tell. A small town is an error (``_leaks``)."""
    record = loaded.record
    placement = record.placement
    town = address_town(placement.address) if placement.confidential else ""
    if not town or not large_place(town):
        return
    named = re.compile(rf"(?<![^\W_])(?:{re.escape(town)}|{re.escape(town.upper())})(?![^\W_])")
    for loc, text in _texts_parents_read(record):
        if not _named_as_the_town(named, text, placement.carers):
            continue
        yield loaded.diagnostic(loc, (
            f"this names '{town}', the town of the child's home ({_at(loaded, ('placement', 'address'))}), which "
            f"the placement keeps from parents ({_at(loaded, ('placement', 'confidential'))}); a town this large "
            "(20,000 people or more) does not find the child alone, but with a place in it, a carer's workplace, a "
            "club, a shop or a surgery ('the fire station where he works'), it may: if so, "
            + ("withhold this item from parent or reword it" if loc[0] in WITHHOLDABLE_SECTIONS
               else _withhold_or_reword(loc, "this item"))), "warning")


def translated_town_warnings(loaded: LoadedRecord) -> Iterator[Diagnostic]:
    """``_large_town_named``'s warning for a stored translation of a text parents read, in a language a
    parent reads (blind review 29, finding 4): the town as written ("Dronfield"), or a one-word town in
    another script, read as ``name_forms`` reads a name ("درونفيلد")."""
    record = loaded.record
    placement = record.placement
    town = address_town(placement.address) if placement.confidential else ""
    if not town or not large_place(town):
        return
    store, translated = _translations_parents_read(loaded)
    paths = {format_path(loc) for loc, _ in _texts_parents_read(record)}
    named = re.compile(rf"(?<![^\W_])(?:{re.escape(town)}|{re.escape(town.upper())})(?![^\W_])")
    for language, path, text in translated:
        if path not in paths:
            continue
        written = town if _named_as_the_town(named, text, placement.carers) else _town_in_script(text, town)
        if not written:
            continue
        shown = f"'{town}'" if written == town else f"'{written}' (read as '{town}')"
        yield Diagnostic(str(store.path), store.line_of(language, path), f"languages.{language}.{path}.translation", (
            f"The {language} translation of {path} names {shown}, the town of the child's home "
            f"({Path(loaded.file).name}, {_at(loaded, ('placement', 'address'))}), which the placement keeps "
            "from parents; a town this large (20,000 people or more) does not find the child alone, but with a "
            "place in it, a carer's workplace, a club, a shop or a surgery, it may: if so, correct the translation "
            "and import it again, or withhold the item from parent"), "warning")


def _translations_parents_read(loaded: LoadedRecord) -> tuple[Any, list[tuple[str, str, str]]]:
    """The stored translations in the languages a parent reads (a carer who is a parent too): the store, and
    (language, path, text) of each; (None, []) when there are none or the file is unreadable
    (``_translation_leaks`` says so)."""
    from ..i18n.languages import normalize_language
    from ..translation import SidecarError

    record = loaded.record
    languages = {normalize_language(record.recipient_language(r)) for r in record.distribution
                 if Role.parent in r.kept_as}
    try:
        store = _translations(loaded)
    except SidecarError:
        return None, []
    if not languages or not store.languages:
        return store, []
    return store, [(language, path, text) for language, texts in _current_translations(loaded, store).items()
                   if normalize_language(language) in languages for path, text in texts.items()]


def _town_in_script(text: str, town: str) -> str:
    """The word of ``text`` that writes a one-word ``town`` in another script ("درونفيلد" for
    "Dronfield"), as a confidential placement's name is read there, or the words that write a town of
    several words in turn (``name_forms.said_in_sequence``); "" if none."""
    from .name_forms import is_latin, known_word, other_script_form, said_in_sequence
    from .withholding import fold

    name = fold(town)
    if not re.fullmatch(r"[a-z]+", name):
        # A town of two words or more: each written as it is said in turn ("ملٹن کینز", Milton Keynes).
        words = re.findall(r"[^\W\d_]+", text)
        at = said_in_sequence([fold(word) for word in words], name.split()) if not is_latin(text) else -1
        return " ".join(words[at:at + len(name.split())]) if at >= 0 else ""
    for word in re.findall(r"[^\W\d_]+", text):
        folded = fold(word)
        if not is_latin(folded) and other_script_form(folded, name, lambda: known_word(word), lists=True):
            return word
    return ""


def _texts_parents_read(record) -> Iterator[tuple[tuple, str]]:
    """``(loc, text)`` of each free text a parent's copy or invitation shows: not the placement's own
    values nor the list of who gets a copy, not one withheld from parents, and not a held review's venue
    that every parent's copy leaves out (a confidential home or school)."""
    venue_out = not record.review.planned and all(
        venue_kept_from(record, r) for r in record.distribution if Role.parent in r.kept_as)
    for loc, text, withheld in record.free_texts():
        if loc[0] in ("placement", "distribution") or Role.parent in withheld or not text:
            continue
        if venue_out and tuple(loc[:2]) == ("review", "venue"):
            continue
        yield loc, text


#: An institution named after its town: "HMP Doncaster", "Doncaster Royal Infirmary", "Leeds Crown Court".
_INSTITUTION_BEFORE = regexes.compile(r"(?:\b(?:HMP|HMYOI|HM\s+Prison|HM\s+YOI|YOI|HMP\s*(?:&|and)\s*YOI)\s+)$")
_INSTITUTION_AFTER = regexes.compile(
    r"^\s+(?:(?:General|Royal|District|City|County|Community|Memorial|University|Children['’]?s|Women['’]?s)\s+)*"
    r"(?:Hospital|Infirmary|Crown\s+Court|Magistrates['’]?(?:\s+Court)?|County\s+Court|Family\s+Court|Combined\s+Court"
    r"|Prison|Youth\s+Court)\b")


def _small_town_institution(loaded: LoadedRecord, loc, secret) -> str:
    """What to write for a court, hospital or prison named after the confidential home's small town
    ("Penrith Magistrates' Court"). It stays an error, unlike one of a large town ("HMP Doncaster"):
    under 20,000 people, the town is the child's area, and a parent told of a hearing, a stay in
    hospital or a visit there learns it; naming the institution is naming the town."""
    if secret.what != "town" or secret.loc != ("placement", "address"):
        return ""
    text = next((text for at, text, _ in loaded.record.free_texts() if tuple(at) == tuple(loc)), "") or ""
    named = re.compile(rf"(?<![^\W_])(?:{re.escape(secret.text)}|{re.escape(secret.text.upper())})(?![^\W_])")
    institution = next(iter(_institutions_named(named, text)), "")
    if not institution:
        return ""
    return (f"; '{institution}' is named after the town of the child's home, a small town (under 20,000 people), "
            "so naming it tells a parent the area the child lives in: write what it is without the town "
            "('the magistrates' court', 'the hospital', 'prison')")


def _institutions_named(named: re.Pattern[str], text: str) -> Iterator[str]:
    """Each institution named after the town (``named``) in ``text``: "HMP Doncaster", "Penrith Magistrates"."""
    for match in named.finditer(text):
        before = _INSTITUTION_BEFORE.search(text[:match.start()])
        after = _INSTITUTION_AFTER.match(text[match.end():])
        if before or after:
            yield " ".join(text[before.start() if before else match.start():
                                match.end() + (after.end() if after else 0)].split())


def _named_as_the_town(named: re.Pattern[str], text: str, carers: str) -> bool:
    """Does ``text`` name the town (``named``) as the town, not as part of an institution named after it:
    "wrote from HMP Doncaster", "at Doncaster Royal Infirmary", "Leeds Crown Court" are the prison, the
    hospital, the court (blind review 27, finding 12), unless that institution is the placement itself."""
    for match in named.finditer(text):
        before = _INSTITUTION_BEFORE.search(text[:match.start()])
        after = _INSTITUTION_AFTER.match(text[match.end():])
        if not before and not after:
            return True
        institution = text[before.start() if before else match.start():
                           match.end() + (after.end() if after else 0)]
        if " ".join(institution.split()).casefold() in " ".join(carers.split()).casefold():
            return True
    return False


def _town_part_named(loaded: LoadedRecord) -> Iterator[Diagnostic]:
    """A distinctive part of the confidential home's hyphenated town ("Ashfield" of "Kirkby-in-Ashfield",
    ``town_parts``) in a text parents read, where it is no error: a part of a large town (the whole is a
    warning, ``_large_town_named``), or a part that is itself a large place ("Bolton" of "Bolton-le-Sands");
    a part of a small town that is no large place is an error, as the town is (``address_parts``)."""
    record = loaded.record
    placement = record.placement
    town = address_town(placement.address) if placement.confidential else ""
    parts = [part for part in town_parts(town) if large_place(town) or large_place(part)] if town else []
    if not parts:
        return
    whole = re.compile(rf"(?<![^\W_]){re.escape(town)}(?![^\W_])", re.IGNORECASE)
    for loc, text in _texts_parents_read(record):
        if whole.search(text):
            continue  # the whole town is the town's own warning or error
        part = next((part for part in parts if _named_as_the_town(
            re.compile(rf"(?<![^\W_])(?:{re.escape(part)}|{re.escape(part.upper())})(?![^\W_])"), text,
            placement.carers)), None)
        if part is None:
            continue
        yield loaded.diagnostic(loc, (
            f"this names '{part}', part of '{town}', the town of the child's home "
            f"({_at(loaded, ('placement', 'address'))}), which the placement keeps from parents "
            f"({_at(loaded, ('placement', 'confidential'))}); people call the town by it, and with a place in it, a "
            "carer's workplace, a club, a shop or a surgery ('a salon in Ashfield, near the Asda'), it may find the "
            "child: if so, " + ("withhold this item from parent or reword it" if loc[0] in WITHHOLDABLE_SECTIONS
                                else _withhold_or_reword(loc, "this item"))), "warning")


def _large_town_venue(loaded: LoadedRecord) -> Iterator[Diagnostic]:
    """A planned review's venue in the confidential home's town of 20,000 people or more, a parent
    invited: the warning ``_large_town_named`` gives a held review's texts, as the invitation sends the
    parent to a place in the child's town ("Bridlington Library"); a small town is an error already."""
    record = loaded.record
    placement = record.placement
    town = address_town(placement.address) if placement.confidential else ""
    parents = parents_at_meeting(record) if town and large_place(town) else []
    parents = [name for name in parents if is_place(placement.carers) or not same_person(name, placement.carers)]
    venue = (record.review.venue or "").strip()
    named = re.compile(rf"(?<![^\W_])(?:{re.escape(town)}|{re.escape(town.upper())})(?![^\W_])") if town else None
    if not parents or not named or not named.search(venue) or confidential_venue(record) not in ("", "in the town of the child's home"):
        return
    yield loaded.diagnostic(("review", "venue"), (
        f"the meeting is to be at '{venue}', in '{town}', the town of the child's home "
        f"({_at(loaded, ('placement', 'address'))}), which the placement keeps from parents "
        f"({_at(loaded, ('placement', 'confidential'))}); {' and '.join(parents)} would be invited to it; a town "
        "this large (20,000 people or more) does not find the child alone, but with a place in it it may: if the "
        "place is near the child's home or school, hold the meeting, or the parents' part of it, somewhere not "
        "near them and write that venue"), "warning")


def _generic_street_named(loaded: LoadedRecord) -> Iterator[Diagnostic]:
    """A confidential placement's street whose name is only generic words ("Mill Lane", "Station Road",
    "High St": no part of the address, as every town has one) named in a text that goes to parents. The
    IRO writing the child's own street into a parent's copy is seldom chance: a warning at the line; an
    error when the text also names the town or the house number (together they find the home), and for
    the venue of a planned review to which a parent is invited (the invitation sends them to the street)."""
    record = loaded.record
    placement = record.placement
    if not placement.confidential or not placement.address:
        return
    town = address_town(placement.address)
    numbered = re.match(r"\s*(\d+[a-z]?)\s", placement.address, re.IGNORECASE)
    parents_invited = record.review.planned and (
        bool(parents_at_meeting(record)) or any(Role.parent in r.kept_as for r in record.distribution))
    for loc, text, withheld in record.free_texts():
        if loc[0] in ("placement", "distribution") or Role.parent in withheld:
            continue
        street = generic_street_named(text, placement.address)
        if not street:
            continue
        venue = tuple(loc[:2]) == ("review", "venue")
        if venue and not record.review.planned and all(
                venue_kept_from(record, r) for r in record.distribution if Role.parent in r.kept_as):
            continue
        with_town = bool(town) and re.search(rf"(?<![^\W_]){re.escape(town)}(?![^\W_])", text, re.IGNORECASE)
        with_number = bool(numbered) and re.search(rf"(?<![^\W_]){re.escape(numbered.group(1))}(?![^\W_])", text)
        if venue and parents_invited:
            yield loaded.diagnostic(loc, (
                f"the venue names '{street}', the street of the child's home ({_at(loaded, ('placement', 'address'))}), "
                f"which the placement keeps from parents ({_at(loaded, ('placement', 'confidential'))}), and the "
                "invitations give this venue to parents; hold the meeting, or the parents' part of it, somewhere "
                "else (for example 'the family centre') and write that venue"))
            continue
        how = ("take it out, or withhold this item from parent too" if loc[0] in WITHHOLDABLE_SECTIONS
               else _withhold_or_reword(loc, "this item"))
        if with_town or with_number:
            yield loaded.diagnostic(loc, (
                f"this names '{street}', the street of the child's home, with its "
                f"{'town' if with_town else 'house number'} ({_at(loaded, ('placement', 'address'))}), which the "
                f"placement keeps from parents ({_at(loaded, ('placement', 'confidential'))}); together they find "
                f"the child, and this text goes to parents, so {how}"))
        else:
            yield loaded.diagnostic(loc, (
                f"this names '{street}', the street of the child's home ({_at(loaded, ('placement', 'address'))}), "
                f"which the placement keeps from parents ({_at(loaded, ('placement', 'confidential'))}); its name "
                "is common, so it may mean another street of that name, but if it is the child's, the parent learns "
                f"where the child lives: {how}"), "warning")


def _home_kept_by_the_child(loaded: LoadedRecord) -> Iterator[Diagnostic]:
    """The child's own words asking that someone not know where they live ("I don't want him to know where
    I live", often a booklet's answer imported into child_views) in a text a parent reads: a warning,
    as the one they speak of is most often a parent."""
    from .earlier import KEEP_HOME_FROM, PARENT_AT_SCHOOL

    record = loaded.record
    if not any(Role.parent in r.kept_as for r in record.distribution):
        return
    for i, item in enumerate(record.child_views):
        if Role.parent in item.withhold_from:
            continue
        if found := KEEP_HOME_FROM.search(item.text):
            yield loaded.diagnostic(("child_views", i), (
                f"{record.child.first_name} says '{found.group()}', and a parent is sent a copy that shows "
                "this: if it is a parent they mean, it tells them what the child asks to keep from them; "
                "withhold it from parent (withhold_from: [parent]), or reword it with the child"), "warning")
        elif record.placement.confidential and (found := PARENT_AT_SCHOOL.search(item.text)):
            # As `consult import` withholds it: it tells the parent that they found the right school.
            yield loaded.diagnostic(("child_views", i), (
                f"{record.child.first_name} says '{found.group()}', and a parent is sent a copy that shows "
                "this: a parent at the school, or knowing where it or the home is, learns from it that they "
                "found the confidential placement; withhold it from parent (withhold_from: [parent]), or reword "
                "it with the child"), "warning")


def _parent_knows_the_placement(loaded: LoadedRecord) -> Iterator[Diagnostic]:
    """A parent's consultation answer (``consultation``, from their booklet) that names a part of the
    confidential placement ("I know he is at Hillbrae and I will go there"): a warning, as the parent may
    know where the child is; no copy shows it, but the social worker must be told."""
    from .earlier import by_a_parent, names_the_placement, parent_knows_message

    record = loaded.record
    if not record.consultation or not record.placement.confidential:
        return
    for heading in ("working_well", "worries", "goals", "meeting", "other"):
        for i, note in enumerate(getattr(record.consultation, heading)):
            if by_a_parent(record, note.by) and (secret := names_the_placement(record, note.text)):
                yield loaded.diagnostic(("consultation", heading, i, "text"),
                                        parent_knows_message(note.by, secret), "warning")


def _paraphrases(loaded: LoadedRecord, planned: bool = False) -> Iterator[Diagnostic]:
    """A shared text with most of a withheld item's distinctive words, or naming its sensitive matter, may
    retell it: a warning, as only the IRO can tell (``paraphrase``; a word-for-word repeat is an error above).
    ``planned``: who the invitations list, and where, against the items left from the last review."""
    from .paraphrase import invitation_paraphrases, paraphrases

    child_reads = any(Role.child in r.kept_as for r in loaded.record.distribution)
    for found in (invitation_paraphrases if planned else paraphrases)(loaded.record):
        kept = ", ".join(role.value for role in found.exposed)
        # What an attendee's contribution or role says of a matter kept from the child reaches them in their
        # own copy, with no way to withhold it, and it can say what they did or are without it: an error, as a
        # confidential address there is (blind review 29, finding 7). The plan, the venue and the scale's
        # meaning stay warnings: a plan is the child's own ("you will be adopted" beside a sister's adoption
        # kept from them) and must say what it is.
        severity = "error" if (found.matter and not planned and not found.pointer and child_reads
                               and Role.child in found.exposed and found.shown[:2] == ("review", "attendees")
                               and found.shown[-1] in ("contributed", "role")) else "warning"
        if found.matter and planned:  # an invitation lists who is asked: nothing there can be withheld
            why = (f"this says '{found.word}', and {_at(loaded, found.withheld)}, left from the last review and "
                   f"withheld from {kept}, is about {found.matter} too: the invitation to {kept} lists who is asked "
                   "and where, so it may tell them what that item keeps from them; read the two, and if it does, "
                   "reword this")
        elif found.pointer:
            why = (f"this says '{found.pointer}', which points to something it does not say, and "
                   f"{_at(loaded, found.withheld)}, which is withheld from {kept}, is about {found.matter}: in their "
                   "copies it can point only to that item, which they cannot see; say in this text what it means, "
                   "or withhold this too")
        elif found.matter and found.shown[:2] == ("review", "attendees") and found.shown[-1] in ("contributed",
                                                                                                   "role"):
            # No withhold_from here and every copy shows it, the child's own too (read aloud to a little
            # one): the fix that works is to say it without the matter, and keep that in a withheld item.
            what = _NOT_WITHHOLDABLE[str(found.shown[-1])]
            text = getattr(loaded.record.review.attendees[found.shown[2]], str(found.shown[-1]))
            left = _without_matter(text, found.word)
            said = "say what they did" if found.shown[-1] == "contributed" else "give their role"
            why = (f"this says '{found.word}', and {_at(loaded, found.withheld)}, which is withheld from {kept}, "
                   f"is about {found.matter} too, but {what} cannot be withheld: every copy shows it, so it tells "
                   f"{kept} what that item keeps from them; {said} without it"
                   + (f" ('{left}')" if left else "")
                   + f", and if the adults need to know, write that in an item withheld from {kept}")
        elif found.matter:
            why = (f"this says '{found.word}', and {_at(loaded, found.withheld)}, which is withheld from {kept}, "
                   f"is about {found.matter} too, but this text is not withheld: it may tell {kept} what that "
                   f"item keeps from them; read the two, and if it does, {_withhold_or_reword(found.shown, 'this')}")
        elif found.phrase:
            why = (f"this says '{found.phrase}', as {_at(loaded, found.withheld)} does, which is withheld from "
                   f"{kept}, but this text is not: read the two, and if this tells the same in other words, "
                   f"{_withhold_or_reword(found.shown, 'this item')}")
        else:
            whole = "one sentence of " if found.sentence else ""
            why = (f"this has most of the words of {whole}{_at(loaded, found.withheld)}, which is withheld from "
                   f"{kept}, but this text is not: read the two, and if this tells the same in other words, "
                   f"{_withhold_or_reword(found.shown, 'this item')}")
        yield loaded.diagnostic(found.shown, why, severity)


def _names_shown(loaded: LoadedRecord) -> Iterator[Diagnostic]:
    """A name the items withheld from a reader mostly keep, named where that reader sees it: a warning,
    as the IRO may mean them to know it (``names_shown``)."""
    from .names_shown import names_shown

    for loc, name, withheld, count, readers in names_shown(loaded.record):
        who = " and ".join(role.value for role in readers)
        more = f" and {count - 1} more item{'s' if count > 2 else ''}" if count > 1 else ""
        yield loaded.diagnostic(loc, (
            f"this names '{name}', as {_at(loaded, withheld)}{more} withheld from {who} do"
            f"{'es' if count == 1 else ''}; the {who}'s copy shows this text, so it tells them of '{name}': "
            f"if they must not know, reword this or withhold it from {who} too"), "warning")


def _translation_leaks(loaded: LoadedRecord, known: RecordSecrets) -> Iterator[Diagnostic]:
    """The same for the translations stored next to the record: every language's text is checked."""
    from ..translation import SidecarError

    try:
        store = _translations(loaded)  # the same parse the copies then use
    except SidecarError as exc:
        yield loaded.diagnostic((), f"the translations were not checked for leaks: {exc}", "warning")
        return
    if not store.languages:
        return
    current = _current_translations(loaded, store)
    for language, path, secret, exposed in translation_leaks(loaded.record, current, known):
        line = store.line_of(language, path)
        where = f"the {language} translation of {path}"
        severity = "error"
        if secret.what in PART_OF_TOWN_KINDS:
            message = (f"{part_of_town_message(loaded, secret, None, where.capitalize() + ': ')}; it goes to "
                       f"parents reading {language}: if it should not, correct the translation and import it again")
            severity = "warning"
        elif secret.strict:
            message = (f"{placement_message(loaded, secret, where.capitalize() + ': ')}; it goes to parents "
                       f"reading {language}, so correct the translation and import it again")
        else:
            message = (f"{where.capitalize()} repeats {Path(loaded.file).name}, {_at(loaded, secret.loc)}"
                       f"{' in ' + secret.language if secret.language else ''}, which is withheld from "
                       f"{', '.join(role.value for role in exposed)}, but this item is not; correct the "
                       "translation and import it again")
        yield Diagnostic(str(store.path), line, f"languages.{language}.{path}.translation", message, severity)
    for language, texts in current.items():
        for path, text in texts.items():
            problem = reordering_problem(text)
            if problem:
                yield Diagnostic(str(store.path), store.line_of(language, path),
                                 f"languages.{language}.{path}.translation",
                                 f"The {language} translation of {path} {problem}")



#: Codes under which the child came to the meeting (PN1 to PN4), and those under which their
#: views were not heard (PN4 came but did not share them; PN7 neither came nor shared them).
_CAME = frozenset({"PN1", "PN2", "PN3", "PN4"})
_NO_VIEWS = frozenset({"PN4", "PN7"})
#: Words that say views were shared, in what a child who came ``contributed`` ("told me", "wrote a
#: letter", "through her advocate"), not how they came ("came to the second meeting only").
_SHARES_VIEWS = regexes.compile(
    r"\b(?:views?|said|says|say|told|tell|wrote|write|written|sent|send|shar(?:e|ed|ing)|drew|draw|drawing|picture|"
    r"note|letter|message|text(?:ed)?|e-?mail(?:ed)?|spoke|speak|talk(?:ed)?|explained|asked|showed|answered|"
    r"through|via|advocate|form|booklet|questionnaire|survey|wish(?:es)?|feelings?|thought|think)\b", re.IGNORECASE)
#: The role of the child's independent visitor ("your independent visitor", "IV").
_VISITOR = r"\bindependent visitor\b|\b(?-i:IV)\b"
_ADVOCATE_CODES = {"PN2": "helped them say what they think at the meeting", "PN5": "spoke for them"}


def _participation_facts(loaded: LoadedRecord, code: str, warning) -> Iterator[Diagnostic]:
    """The code and the rest of the record say the same: a copy says "You came to your meeting" or
    "I did not hear your views" from the code, and lists who came and the child's words from the rest."""
    record, first = loaded.record, loaded.record.child.first_name
    child_rows = [(i, p) for i, p in enumerate(record.review.attendees) if p.is_child]
    if code in PARTICIPATION_CODES and code != "PN0" and code not in _CAME:
        for i, person in child_rows:
            if person.attended:
                yield loaded.diagnostic(("review", "attendees", i, "attended"),
                                        f"{code} says {first} did not come to the meeting, but this lists them among "
                                        "who came; write attended: false, or use the code for how they took part")
    if code in _CAME:
        if child_rows and not any(p.attended for _, p in child_rows):
            i = child_rows[0][0]
            yield loaded.diagnostic(("review", "attendees", i, "attended"),
                                    f"{code} says {first} came to the meeting, but this says they did not; "
                                    "use the code for how they took part, or take out attended: false")
        elif not child_rows:
            yield warning(("review", "attendees"), f"{code} says {first} came to the meeting, but they are not listed "
                                                   "among who came; add them with role: you")
    if code in _NO_VIEWS and record.child_views:
        yield loaded.diagnostic(("child_views",), f"{code} says {first}'s views were not heard at this review, but "
                                                  "child_views has them; use the code for how they shared them "
                                                  "(PN1 to PN3, PN5 or PN6), or leave their views out")
    if code in _NO_VIEWS and record.scale and scored_with_child(record):
        yield loaded.diagnostic(("scale", "by"), f"{code} says {first}'s views were not heard at this review, but "
                                                 f"this says {first} gave the score; use the code for how they "
                                                 "shared their views, or say who gave the score")
    for i, person in child_rows:
        # The copy would say "I did not hear your views" and, under who shared views, how the child did.
        # A PN4 child came: "came to the second meeting only" says how, not views, and is said beside "You".
        if code in _NO_VIEWS and person.contributed and (code == "PN7" or _SHARES_VIEWS.search(person.contributed)):
            other = "PN6 (shared another way) or PN5 (through an advocate)" if code == "PN7" else \
                "PN1 to PN3 (how they shared them at the meeting)"
            yield loaded.diagnostic(("review", "attendees", i, "contributed"),
                                    f"{code} says {first}'s views were not heard at this review, but this says "
                                    f"how {first} shared them ('{person.contributed}'); use {other}, or leave "
                                    "contributed out")
    has_advocate = record.rights.advocate == "has_one" or any(
        childs_own_role(p.role, "advocate", record) for p in record.review.attendees)
    if code in _ADVOCATE_CODES and record.rights.advocate in ("declined", "not_yet"):
        # The copy would say both "Your advocate helped say what you think" and that the child has none.
        yield loaded.diagnostic(("rights", "advocate"),
                                f"{code} says an advocate {_ADVOCATE_CODES[code]}, but '{record.rights.advocate}' "
                                f"says {first} has no advocate; write advocate: has_one, or use the code for how "
                                f"{first} took part")
    elif code in _ADVOCATE_CODES and not has_advocate:
        yield warning(("review", "participation"),
                      f"{code} says an advocate {_ADVOCATE_CODES[code]}, but the record names no advocate "
                      "(rights.advocate is not has_one and nobody who came is an advocate); is the code right?")
    elif code == "PN5" and silent_own(record, "advocate"):
        # The copy cannot say "You told your advocate what to say for you" (it says only that the
        # child did not come): the record says the advocate gave nothing.
        names = ", ".join(record.review.attendees[i].name for i in silent_own(record, "advocate"))
        yield warning(("review", "participation"),
                      f"PN5 says an advocate spoke for {first}, but the advocate named ({names}) did not come "
                      "or send anything (attended: false, no contributed); say how they took part, or use the "
                      f"code for how {first} took part")
    elif code == "PN2" and absent_own(record, "advocate"):
        # The copy cannot say "Your advocate helped say what you think" (it says only that the
        # child was at the meeting): the named advocate did not come to it.
        yield warning(("review", "participation"),
                      f"PN2 says an advocate helped {first} at the meeting, but the advocate named did not come "
                      "(attended: false); is the code right?")
    # A status saying the child has none while theirs came or sent something: the copy would say
    # both "You do not want an independent visitor" and list "your independent visitor".
    for right, pattern, what in (("advocate", "advocate", "an advocate"),
                                 ("independent_visitor", _VISITOR, "an independent visitor")):
        status = getattr(record.rights, right)
        if right == "advocate" and code in _ADVOCATE_CODES:
            continue  # said above, as an error
        if status in ("declined", "not_yet") and any(
                childs_own_role(p.role, pattern, record) and (p.attended or contributed_something(p))
                for p in record.review.attendees):
            yield warning(("rights", right), f"'{status}' says {first} has no {what.split(' ', 1)[1]}, but "
                                             f"{what} took part in the review; should it be has_one?")


def _current_translations(loaded: LoadedRecord, store) -> dict[str, dict[str, str]]:
    """language -> item path -> translation, for translations of the record's text as it is now
    (a stale one never reaches a copy: rendering refuses it)."""

    texts = {format_path(loc): text for loc, text, _ in loaded.record.free_texts()}
    return {language: {path: entry.translation for path, entry in entries.items()
                       if path in texts and store.status(language, path, texts[path]) == "translated"}
            for language, entries in store.languages.items()}


def _unnamed_recipients(loaded: LoadedRecord) -> Iterator[Diagnostic]:
    """A recipient kept out of some roles' list of who was sent a copy must not be named to
    them anywhere else either (who came, the carers, an action, any text), whole or by
    first name or surname alone (withholding.recipient_name_parts says which parts count)."""
    record = loaded.record
    # Who came is not listed to a role that a recipient of the same name is kept from; a planned
    # review's invitations leave out whom each reader may not know of (consult.invited_names).
    seen_by_all = [] if record.review.planned else [
        (("review", "attendees", i, "name"), person.name,
         frozenset(role for role in Role if i in attendees_kept_from(record, role)))
        for i, person in enumerate(record.review.attendees)]
    seen_by_all.append((("placement", "carers"), record.placement.carers, frozenset()))
    if record.scale:
        seen_by_all.append((("scale", "by"), record.scale.by, frozenset()))
    texts = seen_by_all + list(record.free_texts())
    for i, recipient in enumerate(record.distribution):
        parts = recipient_name_parts(record, i)
        if not parts:
            continue
        where = ("distribution", i, "withhold_from")
        for loc, text, roles in texts:
            for secret in found_in(text, parts):
                exposed = sorted(role.value for role in secret.hidden_from - roles)
                if not exposed:
                    continue
                named = recipient.name if secret.text == recipient.name else f"'{secret.text}' ({recipient.name})"
                if tuple(loc) == ("scale", "by"):
                    # Every copy says who gave the score ("Lee Marsh (dad) gave it 4 out of 10."),
                    # and the scale cannot be withheld.
                    yield loaded.diagnostic(
                        loc, f"the score was given by {named}, who is not to be named to {', '.join(exposed)} "
                             f"({_at(loaded, where)}), but every copy says who gave the score, so the copies "
                             f"for {', '.join(exposed)} would name them; give a score someone else gave, or take "
                             "the scale out")
                    break
                yield loaded.diagnostic(
                    loc, f"this names {named}, who is not to be named to {', '.join(exposed)} "
                         f"({_at(loaded, where)}), "
                         "but this text goes to them; reword it or withhold it from them too")
                break


def _local_places_named(loaded: LoadedRecord) -> Iterator[Diagnostic]:
    """A local place named in a text a parent reads, in a confidential placement: the child's surgery,
    dentist, place of worship, club, team, leisure centre, park, library or shop ("Dr Patel at Meadowside
    Surgery", "St Anne's Church", "Hartwell Rangers under-11s"; ``locators.named_local_places``). Such
    places are mostly near home, and a parent who knows one can wait there: a warning at its line, as only
    the IRO knows where it is. One that names a part of the placement is an error already (``_leaks``), one
    with the home's large town a warning already (``_large_town_named``)."""
    from .locators import named_local_places
    from .withholding import people_in

    record = loaded.record
    placement = record.placement
    if not placement.confidential:
        return
    own = placement_secrets(placement)
    town = address_town(placement.address)
    town = town.casefold() if town and large_place(town) else ""
    people = people_in(record)
    for loc, text in _texts_parents_read(record):
        found = [(what, words) for what, words in named_local_places(text, people)
                 if not (town and re.search(rf"(?<![^\W_]){re.escape(town)}(?![^\W_])", words.casefold()))
                 and not any(shows(words, secret) for secret in own)]
        if not found:
            continue
        said = "; ".join(f"'{words}' ({what})" for what, words in dict.fromkeys(found))
        child = record.child.first_name
        yield loaded.diagnostic(loc, (
            f"this names {said}, a local place: where {child} sees the doctor, prays, plays or swims is most "
            f"often near home, and a parent who knows the place can wait there for {child}, but the placement "
            f"keeps where {child} lives from parents ({_at(loaded, ('placement', 'confidential'))}); the tool "
            "cannot tell where it is: if it is near the home or school, "
            + ("withhold this item from parent or reword it without the name ('the doctor', 'football')"
               if loc[0] in WITHHOLDABLE_SECTIONS else _withhold_or_reword(loc, "this item"))), "warning")


def _places_that_may_find_the_home(loaded: LoadedRecord) -> Iterator[Diagnostic]:
    """A text a parent reads that may locate a confidential home without naming a part of it ("the corner
    shop near my house", "the Co-op on Old Shoreham Road" where a carer works, a named street): a warning
    at its line (``locators``), as only the IRO knows how near it is. A part of the home's address or
    name is an error (``_leaks``)."""
    from .locators import locating_phrases
    from .staff import place_staff

    record = loaded.record
    placement = record.placement
    if not placement.confidential:
        return
    people = [] if is_place(placement.carers) else first_name_forms(placement.carers)
    people += [name for person in place_staff(record) for name in first_name_forms(bare_name(person))]
    own = [secret for secret in placement_secrets(placement) if secret.loc == ("placement", "address")]
    kin = kinship_relation(record) is not None
    for loc, text in _texts_parents_read(record):
        found = [(what, words) for what, words in locating_phrases(text, people, kin)
                 if not any(shows(words, secret) for secret in own)]  # the home's own street is an error already
        if not found:
            continue
        said = "; ".join(f"{what} ('{words}')" for what, words in dict.fromkeys(found))
        yield loaded.diagnostic(loc, (
            f"this gives {said}, which may find {record.child.first_name}'s home or a carer's workplace, "
            f"kept from parents by the confidential placement ({_at(loaded, ('placement', 'confidential'))}); "
            "the tool cannot tell how near it is: if it is near, "
            + ("withhold this item from parent or reword it" if loc[0] in WITHHOLDABLE_SECTIONS
               else _withhold_or_reword(loc, "this item"))), "warning")


def _weekly_activities_named(loaded: LoadedRecord) -> Iterator[Diagnostic]:
    """A text a parent reads that gives a club or group the child goes to and its day every week ("Beavers
    ... on Tuesdays"), the placement confidential: a warning at its line (``locators.weekly_activities``),
    as it tells a parent where to wait for the child, and when (blind review 29, finding 20)."""
    from .locators import weekly_activities

    record = loaded.record
    if not record.placement.confidential:
        return
    for loc, text in _texts_parents_read(record):
        found = weekly_activities(text)
        if found:
            said = "', '".join(found)
            yield loaded.diagnostic(loc, (
                f"this gives something {record.child.first_name} goes to and its day every week ('{said}'), "
                f"and the placement is kept from parents ({_at(loaded, ('placement', 'confidential'))}): a parent "
                "could wait there then for the child; if so, "
                + ("withhold this item from parent or reword it without the day or the place"
                   if loc[0] in WITHHOLDABLE_SECTIONS else _withhold_or_reword(loc, "this item"))), "warning")


def _school_staff_by_title(loaded: LoadedRecord) -> Iterator[Diagnostic]:
    """A text a parent reads that names one of the confidential school's staff by title and a common family
    name ("Mrs Thompson said ..."), where the copy's lists give them by role alone: a warning at its line
    (blind review 40, finding 1). "Thompson" alone is in every town and is not kept from parents, but the
    school's teacher "Mrs Thompson" is one question away from the school. A rarer family name is an error
    already (``_leaks``)."""
    from .staff import school_staff_named

    record = loaded.record
    if not record.placement.confidential or not record.placement.school:
        return
    for loc, text in _texts_parents_read(record):
        if loc[0] == "actions" and loc[-1] == "who":
            continue  # the copy gives who does it by role, as in its lists ("Your teacher")
        for written, name, role in school_staff_named(text, record):
            job = re.sub(r"^(?:your|the|my)\s+", "", role.strip(), flags=re.IGNORECASE)
            said = f"your {job}" if job else "your teacher"
            yield loaded.diagnostic(loc, (
                f"this names '{written}', who works at {record.child.first_name}'s school ({name}"
                + (f", {role.strip()}" if role.strip() else "") + "), and the school is kept from parents "
                f"({_at(loaded, ('placement', 'confidential'))}): the parents' copies give {name} by role alone, "
                f"and a title with the family name helps a parent find the school; write the role instead "
                f"('{said}')" + (" or withhold this item from parent" if loc[0] in WITHHOLDABLE_SECTIONS else "")),
                "warning")


#: The parts of a confidential placement that make a postal address the child's home or name who keeps it: the
#: address, its house and street, its postcode whole, a house's or home's name, the carers' family name (not
#: the town or a postcode's half, which a parent living nearby may share).
_POSTAL_PARTS = frozenset({"address", "house number and street", "street", "postcode", "house name", "name",
                           "family name", "part of the family name"})


def _parents_postal_address(loaded: LoadedRecord) -> Iterator[Diagnostic]:
    """A parent's postal address (``distribution[].address``, printed on the cover of the papers posted to
    them) that is, or names, the confidential placement ("c/o Donna Pickersgill, 3 Saltmarsh Way"): an error
    at it, rather than only `send --post-pack` refusing it at the post room days later (blind review 28, F12).
    A parent the child lives with (the carer) is at home there."""
    from .withholding import confidential_from, fold, name_parts

    record = loaded.record
    placement = record.placement
    if not placement.confidential:
        return
    parts = [s for s in placement_secrets(placement) if s.what in _POSTAL_PARTS]
    for index, recipient in enumerate(record.distribution):
        if not (recipient.address or "").strip() or Role.carer in recipient.kept_as \
                or not any(confidential_from(record, role) for role in recipient.kept_as):
            continue
        name = bare_name(recipient.name)
        if not is_place(placement.carers) and same_person(name, placement.carers):
            continue
        own = {fold(part) for part in name_parts(name)}  # a grandparent carer may share the parent's family name
        shown = [s for s in found_in(recipient.address, parts) if not (s.loc[1] == "carers" and fold(s.text) in own)]
        if shown:
            yield loaded.diagnostic(("distribution", index, "address"), (
                f"{placement_message(loaded, shown[0])}; this is the postal address of {name}, a parent, printed "
                f"on the cover of the papers posted to them, and a parent's papers must not go to the child's home "
                f"nor name it; write {name}'s own postal address, or leave it out and send the papers another way"))
