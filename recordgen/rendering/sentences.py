"""The sentences a copy adds to the IRO's words, each built from the record's facts.

A record is evidence the child may read at 30, so nothing here claims what the
record does not say: "I told you", "I asked", "I explained" appear only when the
participation code says the child took part at the review (PN1 to PN3) and the record
says it was done (a right's status, ``complaints_explained``). A child under 4
(PN0) was told nothing; a child who did not come (PN5 to PN7) was not asked at
the meeting. Where a claim is not supported, the sentence says what is true.

Words follow the reading band (``band``): the early and young bands get the
plain sentences, short enough for the young band's 12-word limit. What the child
is told follows their age (``age_band``) or their reading band, whichever is
older: a 14-year-old who reads at the young level keeps every right a teenager is
told, in plain words.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Callable

from ..i18n import gettext_functions, join_list
from ..i18n.languages import is_right_to_left
from ..record.model import Attendee, Record, Role
from ..record.roles import N_, carer_named, carers_people
from ..rules.people import (advocate_status, childs_own_role, contributed_something, first_name_forms, first_names,
                            is_organisation, is_place, people_in, surnames, without_brackets)
from ..rules.ages import OLDER_BANDS
from ..rules.carers import carers_roles
from ..rules.withholding import attendees_kept_from
from ..support.memo import per_record

Gettext = Callable[..., str]

#: Bands that get the plain sentences (the young band allows 12 words a sentence).
PLAIN_BANDS = frozenset({"early", "young"})
#: Family who came, as the child knows them ("Your dad, Rhys"); marked here, as it is said through more than one
#: gettext (a language's own "your" for the child, ``family``), which extraction would not find.
YOUR_FAMILY = N_("Your %(role)s, %(name)s")
_ORDER = ("early", "young", "middle", "teen", "young_adult")
#: Codes under which the child was at the meeting, so "I told you at your review" can be true.
ATTENDED = frozenset({"PN1", "PN2", "PN3", "PN4"})
#: Codes under which the child told or showed someone their views.
GAVE_VIEWS = frozenset({"PN1", "PN2", "PN3", "PN5", "PN6"})
#: The one code under which the child spoke to the IRO themselves: "You told me" is true.
TOLD_ME = frozenset({"PN1"})
#: Codes under which the child took part in the talk at the meeting, so "I told you", "I asked",
#: "I explained" can be true. Not PN4: the child was there but did not speak or show a view.
TALKED_WITH = frozenset({"PN1", "PN2", "PN3"})

#: Words that make a family member's role ("mum", "your nan"): listed as "your mum, Amina".
FAMILY_ROLES = frozenset({
    "mum", "mam", "mummy", "mother", "dad", "daddy", "father", "stepmum", "stepdad", "step-mum", "step-dad",
    "nan", "nana", "nanna", "gran", "granny", "grandma", "grandmother", "grandad", "grandpa",
    "grandfather", "aunt", "auntie", "aunty", "uncle", "brother", "sister", "half-brother",
    "half-sister", "stepbrother", "stepsister", "cousin", "birth mum", "birth dad", "birth mother",
    "birth father", "nani", "dadi",
})
_NURSERY = re.compile(r"\b(nursery|pre-?school|playgroup|play group|children's centre|day care|daycare|"
                      r"early years)\b", re.IGNORECASE)
#: A school by its name ("Pre-school" is a nursery's word).
_SCHOOL = re.compile(r"(?<!pre-)(?<!pre )\b(?:school|academy|ysgol)\b", re.IGNORECASE)
_COLLEGE = re.compile(r"\b(college|coleg|sixth form|chweched dosbarth|university|prifysgol)\b", re.IGNORECASE)
#: A personal adviser's role ("PA" in capitals only).
_ADVISER = r"\bpersonal advis[eo]r\b|\b(?-i:PA)\b"


def older(band: str, other: str) -> str:
    return band if _ORDER.index(band) >= _ORDER.index(other) else other


# ---------------------------------------------------------------- names and labels


def without_surnames(text: str, family: list[str], instead: str, instead_one: str | None = None) -> str:
    """``text`` with each name phrase ending in one of the ``family`` names cut as one: its titles,
    initials and "and" go with the surname, its first names stay ("Gail Pennifold (your foster
    carer)" -> "Gail (your foster carer)", "Dr Martin Pennifold" -> "Martin"). A phrase with no
    first name becomes ``instead`` ("Mr and Mrs Pennifold"), or ``instead_one`` for one titled or
    initialled person ("Mrs G. Pennifold"); and a text that is then only that and a role in
    brackets is the phrase alone ("your carer (your foster carer)" -> "your carer"), or with
    ``instead`` empty, the role alone ("Mrs Khatun (head of year)" -> "head of year")."""
    one = instead if instead_one is None else instead_one
    for name in family:
        text = _name_phrase(name).sub(lambda match: _first_names_or(match, instead, one), text)
    return _only_the_role(text, {instead, one})


_TITLE_WORD = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Rev)\.?"
_INITIAL = re.compile(r"^[A-Z]\.?$")


def _name_phrase(surname: str) -> re.Pattern:
    """A name ending in ``surname``: titles ("Mr and Mrs", "Dr"), then initials or first names
    (joined by "and"), then the surname with any part joined to it by a hyphen or an apostrophe
    ("O'Neill-Byrne" for "O'Neill" or "Byrne": cut whole, never leaving "Siobhan-Byrne"; a
    possessive "'s" stays)."""
    return re.compile(rf"(?<![\w.])(?:(?P<titles>{_TITLE_WORD}(?:\s*(?:and|&)\s*{_TITLE_WORD})?)\s+)?"
                      rf"(?P<given>(?:(?:[A-Z]\.\s*|[A-Z][\w'-]*\s+)(?:(?:and|&)\s+)?){{0,4}}?)"
                      rf"(?:\w+[-'’])*{re.escape(surname)}(?:-\w+|['’](?!s\b)\w+)*(?!\w)")


def _first_names_or(match: re.Match, several: str, one: str) -> str:
    words = [w for w in match.group("given").split() if not _INITIAL.match(w)]
    # A title after "and" starts the person whose surname this is, with no first name: "Sue and Mrs
    # Featherstonehaugh" -> "Sue and " + ``one``, never "Sue and Mrs".
    titled = next((i for i, w in enumerate(words) if i and re.fullmatch(_TITLE_WORD, w)
                   and words[i - 1] in ("and", "&")), None)
    if titled is not None:
        return " ".join(words[:titled] + [one]).strip()
    while words and words[-1] in ("and", "&"):
        words.pop()
    while words and words[0] in ("and", "&"):
        words.pop(0)
    if words:
        return " ".join(words)
    titles = match.group("titles") or ""
    return several if re.search(r"\band\b|&", titles) or not (titles or match.group("given").strip()) else one


def _only_the_role(text: str, phrases: set[str]) -> str:
    """"your carer (your foster carer)" -> "your carer"; " (head of year)" -> "head of year"."""
    for phrase in phrases:
        role = re.fullmatch(rf"\s*{re.escape(phrase)}\s*\(([^()]*)\)\s*", text)
        if role:
            return phrase or role.group(1).strip()
    # Inside a longer text too: "your carer (your foster carer) and you" -> "your carer and you".
    for phrase in filter(None, phrases):
        text = re.sub(rf"(?<!\w){re.escape(phrase)}\s*\([^()]*\)", lambda _m, p=phrase: p, text)
    return text


def more_than_one(names: str) -> bool:
    return len(people_in(names)) > 1


def with_role(name: str, role: str) -> str:
    """"Jo Smith (social worker)"; a name that already ends in brackets takes the role inside
    them: "Paul Green (Brookside House, carer)". One pair of brackets: a role's own ("kinship carer
    (your nan)") is joined with a comma: "Joan (kinship carer, your nan)". A role that is the name says
    nothing more: a child known as Ty is "Ty" in Polish, whose word for "you" is "ty", not "Ty (ty)"."""
    if role.strip().casefold() == name.strip().casefold():
        return name
    role = re.sub(r"^\(([^()]*)\)$|(?<=[^\s(])\s*\(([^()]*)\)$",
                  lambda m: m.group(1) if m.group(1) is not None else f", {m.group(2)}", role.strip())
    match = re.fullmatch(r"(.*?)\s*\(([^()]*)\)\s*", name)
    if match:
        return f"{match.group(1)} ({match.group(2)}, {role})"
    return f"{name} ({role})"


def family_role(role: str) -> str | None:
    """The family word of an attendee's role ("mum" from "Mum" or "your mum"), else None."""
    plain = re.sub(r"^(?:your|the child's)\s+", "", role.strip(), flags=re.IGNORECASE).strip()
    return plain if plain.casefold() in FAMILY_ROLES else None


def join(language: str, names: list[str]) -> str:
    """"Carol", "Carol and Steve", "Carol, Steve and Jo", joined as the reader's language joins a list."""
    if len(names) <= 1:
        return "".join(names)
    return join_list(names, language)


_JOINED = re.compile(r"&|\band\b")
_HEAD_AND_BRACKETS = re.compile(r"(?P<head>.*?)(?P<tail>\s*\([^()]*\)\s*)?", re.DOTALL)


def names_a_place(name: str) -> bool:
    """A recipient's name is a place ("Meadowbank children's home") by the copies' rule for
    "You live at"; "Paul Green (Brookside House)" is a person, the place in brackets; "Lakeside
    (adolescent unit)" a place, as its brackets say."""
    return is_place(_HEAD_AND_BRACKETS.fullmatch(name).group("head")) or is_place(name)


def phone_number(phone: str | None, language: str) -> str:
    """A phone number as a paper prints it, its spaces no-break so a line never ends inside it
    ("01632" / "960333."): U+00A0, and in a right-to-left paper U+202F, as LibreOffice (7.4) still
    breaks at U+00A0 in the isolated number of a right-to-left line, not at U+202F."""
    space = "\u202f" if is_right_to_left(language) else "\u00a0"
    return re.sub(r"\s+", space, (phone or "").strip())


_COUPLE = re.compile(r"(Mr|Mrs|Ms|Miss)\.?\s+(?:and|&)\s+(Mr|Mrs|Ms|Miss)\.?\s+(\S.*)")
#: One title before a name, in the reader's words (rendering/context.py's ``titled``).
_ONE_TITLE = {"Mr": "Mr %(name)s", "Mrs": "Mrs %(name)s", "Ms": "Ms %(name)s", "Miss": "Miss %(name)s"}


def couple_titles(name: str) -> tuple[str, str, str] | None:
    """("Mrs", "Mrs", "Owen") of "Mrs and Mrs Owen" ("Mr and Mrs", "Mr & Mr", "Ms and Mr"...):
    two people by their titles; None for anything else."""
    match = _COUPLE.fullmatch(name.strip())
    if not match or re.search(r"\b(?:and|Mr|Mrs|Ms|Miss)\b|&", match.group(3)):
        return None
    return match.group(1), match.group(2), match.group(3)


def couple_surname(name: str) -> str | None:
    """"Fenwick-Ashby" of "Mr and Mrs Fenwick-Ashby" (or "Mr & Mrs", "Mrs and Mrs"...): two people by their titles."""
    parts = couple_titles(name)
    return parts[2] if parts else None


def _title_word(language: str, title: str) -> str | None:
    """"Pani" of Polish "Pani %(name)s": a title as the reader's language puts it before a name;
    None where it does not come before the name."""
    before, found, after = gettext_functions(language)[0](_ONE_TITLE[title], name="\x00").partition("\x00")
    return before.strip() if found and before.strip() and not after.strip() else None


def couple_kind(language: str, name: str) -> str | None:
    """"mixed", "men" or "women": the couple's titles as one phrase of the reader's language
    (Polish "Państwo", "Panowie", "Panie"). That phrase says Mrs for each woman, so None where a
    woman's title is not the language's word for Mrs (Urdu's Ms is "محترمہ", its Mrs "مسز"):
    each title is then given as the record gives it."""
    parts = couple_titles(name)
    if not parts:
        return None
    titles = parts[:2]
    if any(_title_word(language, title) != _title_word(language, "Mrs") for title in titles if title != "Mr"):
        return None
    men = titles.count("Mr")
    return "mixed" if men == 1 else "men" if men == 2 else "women"


def couple_titled(language: str, name: str) -> str | None:
    """A couple by their titles in the reader's words ("Mr and Mrs Owen" -> "Państwo Owen", "Mr
    and Mr Owen" -> "Panowie Owen", Urdu "Ms and Mr Owen" -> "محترمہ اور مسٹر Owen"); None for a
    name that is no such couple, or whose titles the language cannot put before it."""
    parts = couple_titles(name)
    if not parts:
        return None
    _ = gettext_functions(language)[0]
    first, second, surname = parts
    kind = couple_kind(language, name)
    if kind == "mixed":
        return _("Mr and Mrs %(name)s", name=surname)
    if kind == "men":
        return _("Mr and Mr %(name)s", name=surname)
    if kind == "women":
        return _("Mrs and Mrs %(name)s", name=surname)
    words = [_title_word(language, first), _title_word(language, second)]
    return f"{join(language, words)} {surname}" if all(words) else None


def joined_names(language: str, text: str) -> str:
    """A name that joins people with the English "and" or "&" ("Bev and Carl Thornbury"), joined
    as the reader's language joins them ("Bev i Carl Thornbury"), anything in brackets after it
    kept; every place a copy, an invitation or an email shows such a name goes through here.
    A place's name ("Sand and Sea children's home") and English copies keep it as written."""
    match = _HEAD_AND_BRACKETS.fullmatch(text)
    head, tail = match.group("head"), match.group("tail") or ""
    if language.split("_")[0] == "en" or not _JOINED.search(head) or is_place(head):
        return text
    if couple := couple_titled(language, head):  # "Mr and Mrs Owen": two people by their titles, in the reader's words
        return couple + tail
    people = people_in(head)
    return join(language, people) + tail if len(people) > 1 else text


# ---------------------------------------------------------------- the IRO and the review


def met_by(_: Gettext, call: str, child_there: bool = True) -> str:
    """How people met when the venue is a call (``rules.validation.call_kind``), not "at by video".
    ``child_there``: "We met" includes the child, so not when they did not come."""
    if not child_there:
        return {"video": _("The meeting was on a video call."), "phone": _("The meeting was on a phone call."),
                "online": _("The meeting was online.")}[call]
    return {"video": _("We met on a video call."), "phone": _("We met on a phone call."),
            "online": _("We met online.")}[call]


def _iro_role(_: Gettext, band: str, care_leaver: bool, covering: bool = False, usual: str | None = None,
              code: str | None = None) -> list[str]:
    """What the IRO does, in the band's words; ``care_leaver`` (18 by the day the copy is made):
    what they did, as they no longer check a plan for someone no longer in care, and "I listened to
    you" only where the child gave views (``code``): the past tense tells of this review. ``covering``: the
    chair stood in for the child's own IRO (``usual``, a first name, when the record names them):
    the child is told who usually checks their plan, not that the chair does (``usual``: a first name for
    the young bands, the name as written from the middle band up)."""
    if covering and not care_leaver:
        stood_in = [_("%(name)s usually checks your plan.", name=usual) if usual
                    else _("Someone else usually checks your plan."),
                    _("This time, I checked it instead.")]
        if band in PLAIN_BANDS:
            return stood_in
        # Older readers: the same, and "I listened" only where the child took part in a way the chair
        # heard, told of this review, not as an ongoing job ("I listen to you") that is the child's IRO's.
        heard = (_("I listened to you."),) if code in TALKED_WITH \
            else (_("I listened to your views."),) if code in ("PN5", "PN6") else ()
        return [*((_("I am independent of your social worker."),) if band != "middle" else ()), *stood_in, *heard]
    if care_leaver:
        heard = code in GAVE_VIEWS
        if band in ("early", "young", "middle"):
            # PN5 and PN6: the views came through an advocate or another way, not from the child to the IRO.
            listened = _("I listened to your views.") if code in ("PN5", "PN6") else _("I listened to you.")
            return [_("I checked that your plan was right for you."), _("I checked that people did what they promised."),
                    *((listened,) if heard else ())]
        return [_("My role was to check that your plan met your needs, that people did what they promised, "
                  "and that what you wanted was heard.") if heard
                else _("My role was to check that your plan met your needs and that people did what they promised.")]
    if band == "early":
        # Too little to be told or asked (PN0): no "I listen to what you want", which the IRO has not heard.
        return [_("I check that your plan is right for you."), _("I check that the grown-ups do what they promised."),
                _("I make sure the grown-ups think about what is best for you.") if code == "PN0"
                else _("I listen to what you want.")]
    if band == "young":
        return [_("I check that your plan is right for you."), _("I check that people do what they promised."),
                _("I listen to you.")]
    if band == "middle":
        return [_("My job is to check that your plan is right for you."),
                _("I check that the adults do what they say they will, and I listen to you.")]
    return [_("I am independent of your social worker."),
            _("My job is to check that your plan meets your needs, that people do what they promised, "
              "and that your views are heard.") if band == "teen"
            else _("My role is to check that your plan meets your needs, that people do what they promised, "
                   "and that what you want is heard."),
            _("If your plan is not working, I can challenge the council.")]


def _apart(_: Gettext, care_leaver: bool) -> str:
    """The teen's 'I am independent of your social worker.' in plain words."""
    return (_("I was not part of your social worker's team.") if care_leaver
            else _("I am not part of your social worker's team."))


def about_me(_: Gettext, band: str, *, iro: str, iro_full: str, date: str, venue: str, call: str | None = None,
             care_leaver: bool = False, covering: bool = False, usual: str | None = None,
             child_there: bool = True, started: str | None = None, code: str | None = None,
             older: bool = False, first: bool = True) -> str:
    """Who the IRO is and what their job is, and when the review was; ``started``: the day an
    adjourned review began (``review.adjourned_from``), said with the day it finished (``date``).
    ``older``: a young person of 12 or over reading at a lower level (``band``): the teen's opening in
    plain words, that the IRO is not part of their social worker's team and no 'It is called a review.'
    unless it is their ``first`` (blind review 33, finding 9)."""
    if not started:
        return _about_me(_, band, iro=iro, iro_full=iro_full, date=date, venue=venue, call=call,
                         care_leaver=care_leaver, covering=covering, usual=usual, child_there=child_there, code=code,
                         older=older, first=first)
    # Each day said once, in two short sentences (within the young band's 12 words), and no
    # sentence giving the review a single day ("Your review was on ...") that they contradict.
    role = _iro_role(_, band, care_leaver, covering, usual, code)
    # Read at 18 or over, the IRO is no longer theirs: the one who chaired that review, as a cover says.
    chaired = covering or care_leaver
    where = (met_by(_, call, child_there),) if call else (_("It was at %(venue)s.", venue=venue),) if venue else ()
    span = (_("Your review started on %(date)s.", date=started), _("It finished on %(date)s.", date=date), *where)
    if band in ("early", "young") and older:
        return " ".join((_("I am %(iro)s.", iro=iro), _apart(_, care_leaver), *role,
                         *((_("We had a meeting about you."), _("It is called a review.")) if first else ()),
                         *span))
    if band in ("early", "young"):
        # The meeting named first, then its name, then its days: "It is called a review." after two "Your
        # review" sentences and a place, as the last "it" was, confused a 7-year-old (blind review 29).
        return " ".join((_("My name is %(iro)s.", iro=iro) if band == "early" else _("I am %(iro)s.", iro=iro),
                         *role, _("We had a meeting about you."), _("It is called a review."),
                         _("It started on %(start)s and finished on %(date)s.", start=started, date=date), *where))
    if band == "middle":
        who = _("I am %(iro)s, the Independent Reviewing Officer who chaired your review.", iro=iro) if chaired \
            else _("I am %(iro)s, your Independent Reviewing Officer.", iro=iro)
        return " ".join((who, *role, *span,
                         _("A review is a meeting where we talk about how things are going and make plans.")))
    if band == "teen":
        who = _("I am %(iro)s, the Independent Reviewing Officer who chaired your review.", iro=iro) if chaired \
            else _("I am %(iro)s, your Independent Reviewing Officer.", iro=iro)
        return " ".join((who, *role, _("This is the record of your review."), *span))
    return " ".join((
        _("This is the record of your review, written by me, %(iro)s, the Independent Reviewing Officer who "
          "chaired it.", iro=iro_full) if chaired
        else _("This is the record of your review, written by me, %(iro)s, your Independent Reviewing Officer.",
               iro=iro_full),
        *span, *role,
    ))


def _about_me(_: Gettext, band: str, *, iro: str, iro_full: str, date: str, venue: str, call: str | None = None,
              care_leaver: bool = False, covering: bool = False, usual: str | None = None,
              child_there: bool = True, code: str | None = None, older: bool = False, first: bool = True) -> str:
    """Who the IRO is and what their job is, in the band's words (never "I keep you safe":
    the IRO checks the plan, checks that people do what they promised, and listens). ``call``:
    the meeting was a call, said as such where the other sentences say "at <venue>".
    ``care_leaver``: the reader is 18 by the day the copy is made: what the IRO did, in the past.
    ``child_there``: the child was at the meeting (or call)."""
    role = _iro_role(_, band, care_leaver, covering, usual, code)
    # No venue (kept from this reader: a confidential home): the sentences a call has, without how they met.
    met = met_by(_, call, child_there) if call else None
    call = call or (None if venue else "")
    placed = (met,) if met else ()
    # Read at 18 or over, the IRO is no longer theirs: the one who chaired that review, as a cover says.
    chaired = covering or care_leaver
    if band == "early":
        return " ".join((
            _("My name is %(iro)s.", iro=iro), *role,
            *((_("On %(date)s we had a meeting about you.", date=date), *placed) if call is not None
              else (_("On %(date)s we had a meeting about you at %(venue)s.", date=date, venue=venue),)),
            _("It is called a review."),
        ))
    if band in ("early", "young") and older and not first:
        # A teenager reading at a lower level is not told what a review is at their seventh: the teen's
        # opening in plain words (blind review 33, finding 9).
        return " ".join((
            _("I am %(iro)s.", iro=iro), _apart(_, care_leaver), *role,
            _("Your review was on %(date)s.", date=date),
            *(placed if call is not None else (_("It was at %(venue)s.", venue=venue),)),
        ))
    if band == "young":
        return " ".join((
            _("I am %(iro)s.", iro=iro), *((_apart(_, care_leaver),) if older else ()), *role,
            _("We had a meeting about you on %(date)s.", date=date),
            *(placed if call is not None else (_("It was at %(venue)s.", venue=venue),)),
            _("It is called a review."),
        ))
    # A chair covering for the child's own IRO is not "your" IRO: the one who chaired this review.
    who = _("I am %(iro)s, the Independent Reviewing Officer who chaired your review.", iro=iro) if chaired \
        else _("I am %(iro)s, your Independent Reviewing Officer.", iro=iro)
    if band == "middle":
        return " ".join((
            who, *role,
            *((_("Your review was on %(date)s.", date=date), *placed) if call is not None
              else (_("Your review was on %(date)s at %(venue)s.", date=date, venue=venue),)),
            _("A review is a meeting where we talk about how things are going and make plans."),
        ))
    if band == "teen":
        return " ".join((
            who, *role,
            *((_("This is the record of your review on %(date)s.", date=date), *placed) if call is not None
              else (_("This is the record of your review on %(date)s at %(venue)s.", date=date, venue=venue),)),
        ))
    if chaired and call is not None:
        return " ".join((
            _("This is the record of your review on %(date)s, written by me, %(iro)s, the Independent Reviewing "
              "Officer who chaired it.", iro=iro_full, date=date), *placed, *role,
        ))
    if chaired:
        return " ".join((
            _("This is the record of your review on %(date)s at %(venue)s, written by me, %(iro)s, the "
              "Independent Reviewing Officer who chaired it.", iro=iro_full, date=date, venue=venue), *role,
        ))
    if call is not None:
        return " ".join((
            _("This is the record of your review on %(date)s, written by me, %(iro)s, your Independent Reviewing "
              "Officer.", iro=iro_full, date=date), *placed, *role,
        ))
    return " ".join((
        _("This is the record of your review on %(date)s at %(venue)s, written by me, %(iro)s, your "
          "Independent Reviewing Officer.", iro=iro_full, date=date, venue=venue), *role,
    ))


def participation(_: Gettext, band: str, code: str, others_took_part: bool, child_came: bool = False,
                  advocate_silent: bool = False, advocate_absent: bool = False, views_kept: bool = False,
                  adult: bool = False, earlier: bool = True, next_time: bool = True, adjourned: bool = False,
                  covering: bool = False, usual: str | None = None) -> str:
    """How the child took part, from the PN code; the plain bands get sentences of 12 words or fewer.
    ``child_came``: the record lists the child among who came (a baby brought along under PN0).
    ``advocate_silent``: the child's advocate is named but neither came nor sent anything, so
    "You told your advocate what to say for you" is not claimed (validate warns).
    ``advocate_absent``: the child's advocate is named but did not come, so under PN2 "Your advocate
    helped say what you think" at the meeting is not claimed (validate warns).
    ``views_kept``: this copy shows none of the child's views (none written, or each withheld from its
    reader), so it says only whether the child came: "you told your advocate what to say for you"
    and then no views would claim what the record does not show (validate warns), and "told us
    yourself what you think" would tell the reader views were kept from them. ``adult``: the copy
    is made when the reader is 18 or over: nothing said of them as still little. ``earlier``: an
    earlier review (``review.sequence`` over 1), so PN4 and PN7 may say "this time"; ``next_time``:
    a next review before 18 (and a reader under 18), so PN7 may hope to hear from them then.
    ``adjourned``: two meetings, so "your review", not "your meeting": the record does not say which
    of them the child came to. ``covering``: the chair stood in for the child's own IRO (``usual``, a
    first name, when the record names them), who chairs next time: they would like to hear from the
    child, not the chair ("I")."""
    plain = band in PLAIN_BANDS
    this_time = earlier and not adult
    if covering:
        hear = _("%(name)s would like to hear from you next time.", name=usual) if usual and plain \
            else _("Your Independent Reviewing Officer would like to hear from you next time.")
    else:
        hear = _("I would like to hear from you next time.") if plain \
            else _("I would really like to hear from you next time.")
    hear_next = [] if adult or not next_time else [hear]
    if adjourned and code != "PN0":
        return " ".join(_adjourned(_, code, advocate_silent, advocate_absent, views_kept, this_time, hear_next,
                                   adult))
    if views_kept and code in ATTENDED and code in GAVE_VIEWS:
        return _("You were at your meeting.")
    if views_kept and code in GAVE_VIEWS:
        return _("You did not come to the meeting.")
    if code == "PN0":
        first = (_("You came to your review.") if adjourned else _("You were at your meeting.")) if child_came \
            else _("You were too little to take part in the meeting.") if adult \
            else _("You are too little to take part in the meeting yet.")
        told = _("The grown-ups at your review told me how you were getting on.") if adult \
            else _("The grown-ups at your review told me how you are getting on.")
        return " ".join((first, told)) if others_took_part else first
    # Read at 18 or over, their views are those they had then: "what you thought", "how you felt".
    if code == "PN1":
        return _("You came to your meeting and told us yourself what you thought.") if adult \
            else _("You came to your meeting and told us yourself what you think.")
    if code == "PN2" and advocate_absent:
        return _("You were at your meeting.")
    if code == "PN2" and adult:
        return _("You came to your meeting. Your advocate helped say what you thought.") if plain \
            else _("You came to your meeting, and your advocate helped say what you thought.")
    if code == "PN2":
        return _("You came to your meeting. Your advocate helped say what you think.") if plain \
            else _("You came to your meeting, and your advocate helped say what you think.")
    if code == "PN3":
        return _("You came to your meeting and showed us how you felt.") if adult \
            else _("You came to your meeting and showed us how you feel.")
    if code == "PN4":
        return " ".join((_("You came to your meeting."), _did_not_share(_, this_time)))
    if code == "PN5" and advocate_silent:
        return _("You did not come to the meeting.")
    if code == "PN5":
        return _("You did not come to the meeting. You told your advocate what to say for you.") if plain \
            else _("You did not come to the meeting, but you told your advocate what to say for you.")
    if code == "PN6":
        # PN6 includes views passed on by a trusted adult: not "with me".
        return _("You did not come to the meeting. You shared your views in another way.") if plain \
            else _("You did not come to the meeting, but you shared your views in another way.")
    if code == "PN7":
        return " ".join((_("You did not come to the meeting this time.") if this_time
                         else _("You did not come to the meeting."), _("I did not hear your views."), *hear_next))
    return ""


def _did_not_share(_: Gettext, this_time: bool) -> str:
    # "This time" only after an earlier review: the record does not say the child took part before it.
    return _("You did not share your views this time. That is okay.") if this_time \
        else _("You did not share your views. That is okay.")


def _adjourned(_: Gettext, code: str, advocate_silent: bool, advocate_absent: bool, views_kept: bool,
               this_time: bool, hear_next: list[str], adult: bool = False) -> list[str]:
    """An adjourned review's participation, in short sentences about "your review"; ``adult``: read at
    18 or over, the views they had then."""
    came, away = _("You came to your review."), _("You did not come to your review.")
    if views_kept and code in GAVE_VIEWS:
        return [came if code in ATTENDED else away]
    return {
        "PN1": [came, _("You told us yourself what you thought.") if adult else _("You told us yourself what you think.")],
        "PN2": [came] if advocate_absent else [came, _("Your advocate helped say what you thought.") if adult
                                               else _("Your advocate helped say what you think.")],
        "PN3": [came, _("You showed us how you felt.") if adult else _("You showed us how you feel.")],
        "PN4": [came, _did_not_share(_, this_time)],
        "PN5": [away] if advocate_silent else [away, _("You told your advocate what to say for you.")],
        "PN6": [away, _("You shared your views in another way.")],
        "PN7": [away, _("I did not hear your views."), *hear_next],
    }.get(code, [])


def views_heading(_: Gettext, code: str, band: str = "middle", past: bool = False) -> str:
    """The heading over the child's own words: "What you told me" only when they told the IRO;
    "What you showed us" over what a PN3 child showed, in every band. Otherwise the early band's
    words for what grown-ups say of a small child, the young adult's "In your words". ``past``: the
    copy is made when the reader is 18 or over: what they liked and thought then."""
    if code == "PN3":
        return _("What you showed us")
    if band == "young_adult":
        return _("In your words")
    if code in TOLD_ME:
        return _("What you told me")
    if band == "early":
        return _("What you liked, and what we knew about you") if past \
            else _("What you like, and what we know about you")
    return neutral_views_heading(_, band, past)


def neutral_views_heading(_: Gettext, band: str, past: bool = False) -> str:
    """Over the child's words in a copy that claims neither that they gave views nor that some were
    kept: "What you think" ("What you thought" once the reader is 18), "In your words"."""
    if band == "young_adult":
        return _("In your words")
    return _("What you thought") if past else _("What you think")


# ---------------------------------------------------------------- rights


def advocate(_: Gettext, band: str, status: str, code: str, told_band: str, care_leaver: bool = False,
             covering: bool = False, later: bool = False) -> str:
    """``care_leaver``: 18 by the day the copy is made: the advocate of a child in care is no
    longer theirs, but a care leaver can still ask for one (to complain, above all). ``covering``:
    the chair stood in for the child's own IRO, so no "ask me" later. ``later``: made years on, or
    after a move a later record gives: none had then is not said to be none now, only the right."""
    plain = band in PLAIN_BANDS
    # Under 8, or reading as a child that age: no "independent", a word a young child does not know; what an
    # advocate is to them instead.
    what = _("An advocate is someone independent who helps you say what you think.")
    if plain and told_band in OLDER_BANDS:  # 12 or over reading at those levels: plain, not as to a little child
        what = _("An advocate is someone on your side. They help you say what you think.")
    elif band == "early":  # a care leaver reading at those levels too
        what = _("An advocate is a grown-up who is on your side and helps you say what you think.")
    elif band == "young":  # in sentences of 12 words or fewer
        what = _("An advocate is a grown-up who is on your side. They help you say what you think.")
    if care_leaver:
        # One she had at the review is said, so "You can still ask for one" never reads as if she had none.
        had = (_("You had an advocate while you were in care."),) if status == "has_one" else ()
        return " ".join((*had, what, _("You can still ask for one, for example to help you complain.")))
    if status == "has_one":
        return _("You have an advocate: someone independent who is on your side and helps you say what "
                 "you think.") if not plain else " ".join((_("You have an advocate."), what))
    if code == "PN0":
        return " ".join((what, _("When you are older, you can ask for one.")))
    if later:
        return " ".join((what, _("You can ask for one at any time.")))
    if status == "offered":
        if code in TALKED_WITH:
            return " ".join((what, _("I told you about advocates at your review."),
                             _("You can ask for one at any time."))) if plain else _("An advocate is someone independent who helps you say what you think. I told you "
                                "about advocates, and you can ask for one at any time.")
        return " ".join((what, _("You can ask for one at any time.")))
    if status == "declined" and code not in GAVE_VIEWS:
        # PN4, PN7: no view of the child's was heard, so the copy states none of their wishes.
        return " ".join((what, _("You can ask for one at any time.")))
    if status == "declined":
        said = _("You told me you do not want an advocate just now.") if code in TOLD_ME \
            else _("You do not want an advocate just now.")
        return " ".join((said, what, _("You can change your mind at any time.")))
    # not_yet: for a young child a matter of being ready; for an older one, not arranged yet
    if told_band not in PLAIN_BANDS:
        return " ".join((_("You do not have an advocate yet."), what, _("You can ask for one at any time.")))
    return " ".join((_("When you are ready, you can have an advocate."), what,
                     _("You can ask for one at any time.") if covering else _("You can ask me about it at any time.")))


def independent_visitor(_: Gettext, band: str, status: str, code: str, told_band: str, later: bool = False) -> str:
    """``later``: made years on, or after a move a later record gives: the right, not whether they have
    one now ("You do not have an independent visitor yet" was so then)."""
    plain = band in PLAIN_BANDS
    # Under 8, or reading as a child that age: no "volunteer"; the name stays, as the child will hear it said.
    what = _("An independent visitor is someone who visits you as a friend.") \
        if plain and told_band in OLDER_BANDS \
        else _("An independent visitor is a kind grown-up who comes to see you and have fun with you.") \
        if band == "early" \
        else _("An independent visitor is a kind grown-up. They come to see you and have fun with you.") \
        if band == "young" else _("An independent visitor is a volunteer who visits you as a friend.")
    if status == "has_one":
        return _("You have an independent visitor, a volunteer who spends time with you as a friend.") \
            if not plain else " ".join((_("You have an independent visitor."), what))
    if code == "PN0" and status == "offered":  # offered to the adults for a child under 4: true now
        return " ".join((what, _("One has been offered for you.")))
    if code == "PN0":
        return " ".join((_("When you are older, you can have an independent visitor."), what))
    if later:
        return " ".join((what, _("You can ask for one at any time.")))
    if status == "not_yet":  # not arranged yet: the record does not say the child is too young
        return " ".join((_("You do not have an independent visitor yet."), what, _("You can ask for one at any time.")))
    if status == "offered" or code not in GAVE_VIEWS:  # declined under PN4, PN7: no wish of theirs was heard
        if status == "offered" and code in TALKED_WITH:
            return " ".join((what, _("I asked if you would like one."), _("You can say yes at any time.")))
        return " ".join((what, _("You can ask for one at any time.")))
    # declined
    if code in TOLD_ME:
        return _("You told me you do not want an independent visitor just now. You can change your mind at "
                 "any time.")
    return " ".join((_("You do not want an independent visitor just now."), _("You can change your mind at any time.")))


@dataclasses.dataclass(frozen=True)
class Around:
    """Who the record says is around the child to help: at home ("carer", "carers", "staff" of a
    children's home or named at the place, a lodgings' "host", or None), a social worker, a personal
    adviser. Nobody the record does not name is promised."""

    home: str | None
    social_worker: bool
    adviser: bool
    #: The one carer is family (at home with mum): the role in the reader's words ("mum").
    family: str | None = None
    #: The others the child lives with besides that family carer, by first name ("Dean", mum's partner).
    others: str | None = None
    #: The child's own advocate, when the record gives one (``rights.advocate`` has_one, or one among
    #: who came or was invited): offered too; when the carers are left out (``carers_left_out``),
    #: the advocate and the IRO are offered with the social worker instead.
    advocate: bool = False
    carers_left_out: bool = False
    #: A care leaver (18 or over, still helped): with no adviser named, one is theirs by right, not the IRO.
    leaver: bool = False
    #: The copy is made years on (``context``'s ``later``): the chair may be nobody's IRO now, so no
    #: "I can help you do it": the council can tell them how.
    later: bool = False


_SOCIAL_WORKER = re.compile(r"\bsocial worker\b", re.IGNORECASE)
_HOST = re.compile(r"\bhost\b", re.IGNORECASE)
_STAFF = re.compile(r"\b(?:key ?worker|support worker|care worker|staff|manager|residential)\b", re.IGNORECASE)
#: Where a child is held by an order (custody, a secure home): staffed, and where a meeting happens
#: is not theirs to choose.
_HELD = r"\b(?-i:HMYOI|YOI|HMP|STC|SCH)\b|\bprison\b|\byoung offender|\bsecure (?:children's home|training centre|unit|centre)\b"
#: A place that has staff by what it is, named or not: a home, custody, a hospital.
_STAFFED_PLACE = re.compile(r"\bchildren's home\b|\bresidential\b|\bhospital\b|\binfirmary\b|\badolescent unit\b|"
                            r"\bunit\b|\bward\b|" + _HELD, re.IGNORECASE)
#: Someone who looks into an allegation against an adult who works with children (a foster carer).
_LADO = re.compile(r"\b(?-i:LADO)\b|\bdesignated officer\b", re.IGNORECASE)


#: A carer by role: "your carer", "foster carers", "foster mum".
_CARER_WORDS = (r"(?:foster\s+|kinship\s+)?carers?", r"foster\s+(?:mum|dad|mother|father|parents?)")
#: Before a carer's role, a carer who is not the one the child lives with now ("your old carer", "a respite
#: carer"): not the carers who would be offered. Not "new": "your new carer" is who the child has just
#: moved to, the carer now.
_OTHER_CARER = re.compile(r"\b(?:old|previous|former|last|ex-?|past|respite|other)\s+$", re.IGNORECASE)


def _carers_roles(record: Record) -> set[str]:
    """The words the record gives the carers by ("Kelly Hurst (your mum)": "mum")."""
    return {plain for _name, role in carers_roles(record)
            if len(plain := re.sub(r"^(?:your|the child's)\s+", "", role.strip(), flags=re.IGNORECASE).strip()) > 2}


@per_record
def carers_left_out(record: Record) -> bool:
    """The record keeps from the carers something about them, so the copies do not send the child
    to them to complain: an item or action withheld from ``carer`` that names a carer ("Pam shouted
    at you"), or by role or relation ("your foster carer is too strict", "Mum shouts" when the child
    lives with mum), or a LADO (who looks into allegations against carers) kept off the carers'
    copies. A carer before whom the item puts "old", "previous", "respite"... is another carer.
    Every copy says the same, and none says why: the carer's copy gives no reason either."""
    carers = record.placement.carers
    if is_place(carers):
        return False
    # A first name's short forms too ("Maggie slapped you", carers "Margaret and Ken Bell"), and a
    # title with the family name's initial ("Mrs B").
    names = [re.escape(n) for n in first_name_forms(carers) + surnames(carers) if len(n) > 1]
    names += [rf"(?:Mr|Mrs|Ms|Miss|Mx)\.?\s+{re.escape(n[0])}\.?" for n in surnames(carers) if n[:1].isupper()]
    roles = [r"\s+".join(map(re.escape, role.split())) for role in _carers_roles(record)]
    named = re.compile(r"(?<![\w-])(?:" + "|".join(names or [r"(?!)"]) + r")(?![\w-])|"
                       r"(?i:(?<![\w-])(?:" + "|".join(roles + list(_CARER_WORDS)) + r")(?![\w-]))")
    for _loc, text, withheld in record.free_texts():
        if Role.carer in withheld and any(
                not _OTHER_CARER.search(text[:m.start()]) for m in named.finditer(text)):
            return True
    return any(Role.carer in r.withhold_from and _LADO.search(r.name) for r in record.distribution)


def _roles_by_name(record: Record) -> list[tuple[str, str]]:
    """(name, role) of everyone the record gives a role: attendees, then actions' "who"."""
    people = [(p.name, p.role) for p in record.review.attendees if not p.is_child]
    return people + [(m.group(1), m.group(2)) for action in record.actions
                     if (m := re.fullmatch(r"\s*([^()]+?)\s*\(([^()]*)\)\s*", action.who))]


@per_record  # twice for each copy, the same for every copy of the record
def around(record: Record, kept: frozenset[Role] = frozenset()) -> Around:
    """Who is around the child, from the carers, who was at (or invited to) the review, the actions'
    "who" and the distribution list, as a reader kept from ``kept`` (a copy's reader roles) may see them."""
    kept_off = attendees_kept_from(record, kept) if kept else frozenset()
    roles = [p.role for i, p in enumerate(record.review.attendees) if not p.is_child and i not in kept_off]
    roles += [match.group(1) for action in record.actions if not kept & set(action.withhold_from)
              and (match := re.fullmatch(r"[^()]*\(([^()]*)\)\s*", action.who))]
    # Someone else's ("mum's advocate", "baby's social worker") is not around the child to help.
    roles = [role for role in roles if childs_own_role(role, r".", record)]
    carers = record.placement.carers
    if not is_place(carers) and (_HOST.search(carers) or any(
            _HOST.search(p.role) and carer_named(carers, p.name) is not None for p in record.review.attendees)):
        home = "host"  # "Margaret Iveson (supported lodgings host)": the record says host, not carer
    elif not is_place(carers):
        home = "carers" if more_than_one(carers) else "carer"
    elif any(_HOST.search(role) for role in roles):
        home = "host"
    elif _STAFFED_PLACE.search(carers) or any(_STAFF.search(role) for role in roles) or any(
            r.role.value == "carer" and not names_a_place(r.name) for r in record.distribution):
        home = "staff"
    else:
        home = None
    # A social worker recipient is the child's unless the record gives them as someone else's.
    others = {name.strip().casefold() for name, role in _roles_by_name(record)
              if not childs_own_role(role, r".", record)}
    social_worker = any(_SOCIAL_WORKER.search(role) for role in roles) or any(
        r.role.value == "social_worker" and r.name.strip().casefold() not in others for r in record.distribution)
    # The child's own advocate, unless the record says the child has none (validate asks the IRO then);
    # mum's advocate is not theirs.
    status = advocate_status(record)
    advocate = status == "has_one" or status not in ("not_yet", "declined") and any(
        childs_own_role(role, r"\badvocate\b", record) for role in roles)
    if carers_left_out(record):
        return Around(None, social_worker, personal_adviser(record, kept) is not None, advocate=advocate,
                      carers_left_out=True)
    return Around(home, social_worker, personal_adviser(record, kept) is not None, advocate=advocate)


def _helpers(_: Gettext, around: Around) -> str:
    """Who can help the child complain: only people the record says are there; else the IRO."""
    with_social_worker = {
        "carer": _("Your carer or social worker can help you do it."),
        "carers": _("Your carers or social worker can help you do it."),
        "staff": _("Staff where you live, or your social worker, can help you."),
        "host": _("Your host or social worker can help you do it."),
    }
    alone = {
        "carer": _("Your carer can help you do it."),
        "carers": _("Your carers can help you do it."),
        "staff": _("Staff where you live can help you do it."),
        "host": _("Your host can help you do it."),
    }
    if around.carers_left_out and around.later and (around.social_worker or around.advocate or not around.adviser):
        # Years on, whoever else the record gives, and not the chair: the council can say how.
        first = _("Your social worker can help you do it.") if around.social_worker \
            else _("The council can tell you how.")
    elif around.carers_left_out and (around.social_worker or around.advocate or not around.adviser):
        # Not the carers, and no word of why: whoever else the record gives, and the IRO.
        first = _("Your social worker, your advocate or I can help you do it.") if around.social_worker \
            and around.advocate else _("Your social worker or I can help you do it.") if around.social_worker \
            else _("Your advocate or I can help you do it.") if around.advocate else _("I can help you do it.")
    elif around.family and around.home in ("carer", "carers"):
        # He lives with his mum (and her partner, by first name, as "You live with" gives him): she is
        # no "carer" to him. Others not known by a first name are left out, not called carers.
        if around.others:
            first = _("Your %(role)s, %(others)s or your social worker can help you do it.", role=around.family,
                      others=around.others) if around.social_worker else \
                _("Your %(role)s or %(others)s can help you do it.", role=around.family, others=around.others)
        else:
            first = _("Your %(role)s or your social worker can help you do it.", role=around.family) \
                if around.social_worker else _("Your %(role)s can help you do it.", role=around.family)
    elif around.home and around.social_worker:
        first = with_social_worker[around.home]
    elif around.home:
        first = alone[around.home]
    elif around.social_worker:
        first = _("Your social worker can help you do it.")
    elif around.adviser:
        first = _("Your personal adviser can help you do it.")
    elif around.leaver:
        first = _("A personal adviser can help you do it.")
    elif around.later:
        first = _("The council can tell you how.")
    else:
        first = _("I can help you do it.")
    # The child's own advocate, named already when the carers are left out (save years on, not then).
    advocate = around.advocate and (not around.carers_left_out or around.later)
    adviser = around.adviser and first != _("Your personal adviser can help you do it.")
    too = _("Your personal adviser and your advocate can help too.") if adviser and advocate else \
        _("Your personal adviser can help too.") if adviser else _("Your advocate can help too.") if advocate else ""
    return " ".join((first, too)) if too else first


def complaints(_: Gettext, band: str, explained: bool, code: str, around: Around) -> str:
    plain = band in PLAIN_BANDS
    can = _("If you are unhappy about the help you get, you can complain.")
    helpers = _helpers(_, around)
    if code == "PN0":
        return " ".join((_("When you are older, someone will explain how to complain."), helpers))
    if explained and code in TALKED_WITH:
        together = around == Around("carers", True, False) and not plain
        return " ".join((can, _("I explained how at your review."), helpers)) if not together else _(
            "If you are unhappy about the help you get, you can complain. I explained how at your review, "
            "and your carers or social worker can help you do it.")
    if explained and code in GAVE_VIEWS | ATTENDED:
        # The record says the child was told how, not that the IRO told them at a review they
        # missed or sat through without taking part (PN4).
        return " ".join((can, _("You have been told how to do it."), helpers))
    if around.later:  # years on, the chair is no one to ask now
        how = _("The council can tell you how.")
        return " ".join((can, helpers) if how in helpers else (can, helpers, how))
    return " ".join((can, helpers, _("You can ask me how at any time.")))


def challenge_rights(_: Gettext, covering: bool = False) -> list[str]:
    """For 12 and over (by age or reading band): how to challenge the plan, and their records.
    ``covering``: the chair stood in for the child's own IRO, who takes a disagreement further."""
    return [
        " ".join((_("If you disagree with your plan or a decision, tell your Independent Reviewing Officer, who "
                    "can take your worries further for you."),
                  _("You can ask for another review at any time."))) if covering else
        " ".join((_("If you disagree with your plan or a decision, tell me."),
                  _("You can ask for another review at any time."),
                  _("I can take your worries further for you."))),
        _("You can ask to see the records we keep about you."),
    ]


# ---------------------------------------------------------------- actions


#: A role that is several people: "your carers", "your foster parents".
_SEVERAL = re.compile(r"\b(?:carers|parents|grandparents|guardians|grown-ups|adults|workers)\b", re.IGNORECASE)


def several_people(who: str) -> bool:
    """An action's ``who`` as the record writes it is more than one person: "Gail and Martin Oddbody",
    "Mr and Mrs Owen", "your mum and dad", "your carers". The record's English, not the copy's words:
    a translation joins them in its own way ("Gail i Martin"), and "Helen, who checks your plan" is one."""
    name = without_brackets(who)
    return len([part for part in re.split(r"\s*(?:,|&|\band\b)\s*", name) if part.strip()]) > 1 \
        or bool(_SEVERAL.search(name))


def actions_intro(_: Gettext, band: str, whos: list[str], past: bool = False) -> str:
    """The line before the actions table, singular for one action and for one person doing them all.
    ``whos``: each action's ``who`` as the record writes it. ``past``: the copy is made when the reader
    is 18 or over, years perhaps after the review."""
    one_thing = len(whos) == 1
    # A body ("Leeds City Council", "CAMHS") is no one grown-up: its people do it.
    one_person = len({" ".join(without_brackets(who).split()).casefold() for who in whos}) == 1 and not several_people(whos[0]) \
        and not is_organisation(whos[0]) if whos else False
    if band == "early" and past:
        return (_("This grown-up promised to do this:") if one_thing else
                _("This grown-up promised to do these things:")) if one_person else \
            _("These grown-ups promised to do this:") if one_thing else \
            _("These grown-ups promised to do these things:")
    if band == "young" and past:
        return (_("This person was going to do this:") if one_thing else
                _("This person was going to do these things:")) if one_person else \
            _("These people were going to do this:") if one_thing else _("These people were going to do these things:")
    if band == "early":
        return (_("This grown-up has promised to do this:") if one_thing else
                _("This grown-up has promised to do these things:")) if one_person else \
            _("These grown-ups have promised to do this:") if one_thing else \
            _("These grown-ups have promised to do these things:")
    if band == "young":
        return (_("This person will do this:") if one_thing else _("This person will do these things:")) \
            if one_person else _("These people will do this:") if one_thing else _("These people will do these things:")
    if band == "middle":
        return _("This was agreed at your review:") if one_thing else _("These things were agreed at your review:")
    return _("This is the decision from your review. It has a person responsible and a date.") if one_thing \
        else _("These are the decisions from your review. Each one has a person responsible and a date.")


def action_when(_: Gettext, band: str, by: str, done: str | None) -> str:
    """An action's "by when": its date, or, once the record says it was done, that it is done and
    when (older readers are told the date it was due by too, so a late one shows as late)."""
    if done is None:
        return by
    if band in PLAIN_BANDS:
        return _("Done on %(date)s", date=done)
    return _("Done on %(date)s (due by %(by)s)", date=done, by=by)


# ---------------------------------------------------------------- the next review and moving on


def held_by_order(record: Record) -> bool:
    return bool(re.search(_HELD, record.placement.carers, re.IGNORECASE))


def next_review(_: Gettext, band: str, told_band: str, date: str, passed: bool = False, held: bool = False,
                covering: bool = False, usual: str | None = None, long_after: bool = False,
                known: str | None = None) -> str:
    """``passed``: the day has gone by when the copy is made (a record written or remade late), so
    it is told as past and nothing is offered "before then": the record does not say when that
    review was or will be held, so the copy does not either. ``long_after``: the reader is grown up
    (and no care leaver still helped): no IRO of theirs to ask about it. ``held``: a child in custody or a
    secure home (``held_by_order``) cannot choose where it happens, only who they would like there.
    Who comes is not the child's choice alone: they say what they would like. ``covering``: the
    chair stood in for the child's own IRO (``usual``, a first name, when the record names them),
    who will be there next time: the child tells them, not "me"."""
    plain = band in PLAIN_BANDS
    # ``known``: the next review's own record was given with this one: "was" held (or its day gone
    # by), "is" planned; its day is told as it is, not as a latest date.
    if known == "was" or (known and passed):
        return _("Your next review was on %(date)s.", date=date)
    if passed and long_after:
        return _("Your next review was due by %(date)s.", date=date)
    if passed:
        ask = (_("You can ask %(name)s about it.", name=usual) if usual and plain
               else _("You can ask your Independent Reviewing Officer about it.")) if covering \
            else _("You can ask me about it.")
        return " ".join((_("Your next review was due by %(date)s.", date=date), ask))
    first = _("Your next review is on %(date)s.", date=date) if known \
        else _("Your next review will be by %(date)s.", date=date)
    if told_band == "middle":
        if covering:
            tell = _("You can tell %(name)s what you want to talk about.", name=usual) if usual and plain \
                else _("You can tell your Independent Reviewing Officer what you would like to talk about.")
        else:
            tell = _("You can tell me what you want us to talk about.") if plain \
                else _("You can tell me before then what you would like us to talk about.")
        return " ".join((first, tell))
    if told_band in ("teen", "young_adult"):
        lead = _("You can lead part of it if you would like to.") if told_band == "teen" \
            else _("You can lead it yourself if you would like to.")
        if covering:
            choose = _("You can tell your Independent Reviewing Officer who you would like to come.") if held \
                else _("You can tell your Independent Reviewing Officer where you would like it to happen and who "
                       "you would like to come.")
        else:
            choose = _("You can tell me who you would like to come.") if held \
                else _("You can tell me where you would like it to happen and who you would like to come.")
        return " ".join((first, choose, lead))
    return first


def turning_eighteen(_: Gettext, eighteen: str, adviser: str | None, turned: bool = False,
                     ended: bool = False, until: int = 25) -> str:
    """For a child who turns 18 before the next review would be: there is no such review (a child
    of 18 is no longer in care), so say when they turn 18 and who helps them then, not a date and
    a choice of place that will not happen. Short sentences, true in every band. ``turned``: the
    birthday has come by the day the copy is made (after the review), so it is told as past.
    ``ended``: 25 by the day the copy is made: the pathway plan's help has ended, told as past.
    ``until``: the birthday that help runs to, 26 in Scotland (``ages.aftercare_until``)."""
    # What happens instead of a review: the pathway plan's own, at least every 6 months (Care
    # Leavers (England) Regulations 2010, reg. 7).
    if ended:
        after = (_("After that, your pathway plan said what help you would get until you were 26.") if until == 26
                 else _("After that, your pathway plan said what help you would get until you were 25."),
                 *((_("%(name)s, your personal adviser, was there to help you with it.", name=adviser),)
                   if adviser else ()),
                 _("Your pathway plan was to be checked instead, at least every 6 months."))
    else:
        # The record names none of theirs: nothing said of one helping; the pathway part, beside this in
        # every copy of a young person's age, says the right to one.
        after = (_("After that, your pathway plan says what help you get."),
                 *((_("%(name)s, your personal adviser, will help you with it.", name=adviser),) if adviser else ()),
                 _("Your pathway plan is checked instead, at least every 6 months."))
    return " ".join((
        _("You turned 18 on %(date)s.", date=eighteen) if turned else _("You turn 18 on %(date)s.", date=eighteen),
        _("Your next review would have been after that.") if turned else _("Your next review would be after that."),
        # True whether they leave their carers or stay on with them (Staying Put): not "move on".
        _("At 18, you were no longer in care.") if turned else _("At 18, you are no longer in care."),
        _("Reviews like this one stopped then.") if turned else _("Reviews like this one stop then."),
        *after,
    ))


def turning_sixteen(_: Gettext, sixteen: str, turned: bool = False) -> list[str]:
    """For a child who turns 16 between this review and the next: the pathway plan is theirs from
    then, so the next review is not the first they hear of it. ``turned``: 16 by the day the copy is
    made: the birthday told as past, the right still theirs (a copy made later never tells less)."""
    return [" ".join((_("You turned 16 on %(date)s, before your next review.", date=sixteen) if turned
                      else _("You turn 16 on %(date)s, before your next review.", date=sixteen),
                      _("From 16, you have a right to a pathway plan."),
                      # True too for one who stays on with their carers after 18 (Staying Put): not "live on your own".
                      _("It says what help you will get as a young adult.")))]


@per_record
def personal_adviser(record: Record, kept: frozenset[Role] = frozenset()) -> str | None:
    """The personal adviser's name, from who came or an action's "who", if the record names one where a
    reader kept from ``kept`` (a copy's reader roles) may see it: never from an action withheld from them
    or someone kept off their list."""
    kept_off = attendees_kept_from(record, kept) if kept else frozenset()
    for index, person in enumerate(record.review.attendees):
        if index not in kept_off and childs_own_role(person.role, _ADVISER, record):
            return person.name
    for action in record.actions:
        if kept & set(action.withhold_from):
            continue
        match = re.fullmatch(r"\s*([^()]+?)\s*\(([^()]*)\)\s*", action.who)
        if match and childs_own_role(match.group(2), _ADVISER, record):
            return match.group(1)
    return None


def care_leaver_rights(_: Gettext, adviser: bool) -> list[str]:
    """For a reader 18 by the day the copy is made (no longer in care, no more reviews): what is
    theirs now, in place of asking for another review. ``adviser``: the record names their personal
    adviser; else none is assumed."""
    return [_("If you disagree with your pathway plan, tell your personal adviser.") if adviser
            else _("If you disagree with your pathway plan, tell the council."),
            _("You can ask to see the records we keep about you.")]


def pathway(_: Gettext, adviser: str | None, band: str = "young_adult", care_leaver: bool = False,
            ended: bool = False, until: int = 25) -> list[str]:
    """The pathway plan and moving on, for 16 and over, each thing said once, and what a pathway
    plan and a personal adviser are where each is first named, in every band: a young person
    reading at the middle band or below gets it in sentences of 12 words or fewer. ``care_leaver``:
    18 by the day the copy is made, so the adviser is theirs now, not "by 18". ``ended``: 25 by the
    day the copy is made, when a care leaver's help from the council ends: all of it as past.
    ``until``: the birthday that help runs to, 26 in Scotland (``ages.aftercare_until``)."""
    if ended:
        return [" ".join((
            _("From 16, you had a right to a pathway plan."),
            _("It said what help you would get as a young adult."),
            _("Your personal adviser was %(name)s.", name=adviser) if adviser
            else _("You had a right to a personal adviser."),
            _("You could get help from the council until you were 26.") if until == 26
            else _("You could get help from the council until you were 25."),
        ))]
    plain = band in PLAIN_BANDS | {"middle"}
    sentences = [
        _("From 16, you have a right to a pathway plan."),
        # What a pathway plan is, said plainly to one reading at a lower level; true whether they leave their
        # carers at 18 or stay on with them (Staying Put): no "live on your own", no "move on from care".
        _("A pathway plan says what help you get as a young adult.") if plain
        else _("It says what help you will get as a young adult."),
        _("You help to write it.") if plain else _("It is written with you."),
        # A care leaver's adviser is said to help only where the record names one: else the right alone.
        # "No longer in care": true too for one who stays on with their carers (Staying Put), not "moved on".
        (_("A personal adviser helps you now you are no longer in care.") if adviser else "") if care_leaver
        else _("A personal adviser helps you before and after you turn 18.") if plain
        else _("A personal adviser helps you get ready for 18 and keeps helping you after."),
    ]
    sentences += [
        _("Your personal adviser is %(name)s.", name=adviser) if adviser
        else (_("You have a right to a personal adviser.") if plain
              else _("You have a right to a personal adviser to help you.")) if care_leaver
        else _("By 18, you will have a personal adviser.") if plain
        else _("By 18, you will have a personal adviser to help you."),
        _("You can get help from the council until you are 26.") if until == 26
        else _("You can get help from the council until you are 25."),
    ]
    return [" ".join(sentence for sentence in sentences if sentence)]


# ---------------------------------------------------------------- home


def family_and_others(carers: str, family_name: str | None) -> tuple[str, list[str]] | None:
    """The family carer's first name and the others' among ``carers`` ("Nicola Lark (your mum) and
    Dean Forbes": "Nicola", ["Dean"]), when ``family_name`` is one of several carers each with a
    first name; else None."""
    people = carers_people(carers)
    if not family_name or len(people) < 2:
        return None
    theirs = [p for p in people if carer_named(p[0] + (" " + p[1] if p[1] else ""), family_name) is not None]
    others = [first_names(p[0]) for p in people if p not in theirs]
    if len(theirs) != 1 or not others or not all(others):
        return None
    return (first_names(theirs[0][0]) or [theirs[0][0]])[0], [names[0] for names in others]


def lives_with(_: Gettext, language: str, carers: str, *, first_names_only: bool, place: str | None = None,
               family: str | None = None, family_name: str | None = None, past: bool = False,
               host: bool = False, unnamed: bool = False) -> str:
    """"You live with Mark and Lisa Owen." / "You live at Riverside supported lodgings." (``place``:
    the place's name as the copy gives it, translated or marked) / in a confidential placement's
    parent copy, "You live with your carers, Mark and Lisa." / at home with family (``family``: the
    role in the reader's words), "You live with your mum, Gemma." ``past``: the copy is made when the
    reader is 18 or over, years perhaps after the review: "You lived with ...", true then. ``unnamed``:
    kinship carers in a confidential placement's parent copy: "You live with your carer." alone."""
    if is_place(carers):
        if first_names_only:
            return _("Where you lived is kept private in this copy.") if past \
                else _("Where you live is kept private in this copy.")
        return _("You lived at %(place)s.", place=place or carers) if past \
            else _("You live at %(place)s.", place=place or carers)
    if family:
        # At home with mum: family is named as family, "You live with your mum, Gemma.", by first
        # name as a confidential placement's parent copy names the carers (and as who came says);
        # the others with her by first name after her ("your mum, Nicola, and Dean").
        with_others = family_and_others(carers, family_name)
        if with_others:
            name, others = with_others
            values = dict(role=family, name=name, others=join(language, others))
            return _("You lived with your %(role)s, %(name)s, and %(others)s.", **values) if past \
                else _("You live with your %(role)s, %(name)s, and %(others)s.", **values)
        given = join(language, first_names(carers) or [without_brackets(carers)])
        return _("You lived with your %(role)s, %(name)s.", role=family, name=given) if past \
            else _("You live with your %(role)s, %(name)s.", role=family, name=given)
    if not first_names_only:
        # "Marek and Ania Kowalczyk" joined as the reader's language joins names ("Marek ac Ania").
        # "Margaret Iveson (supported lodgings)": the bracket describes, "You live with" says it.
        joined = joined_names(language, without_brackets(carers))
        return _("You lived with %(carers)s.", carers=joined) if past else _("You live with %(carers)s.", carers=joined)
    # Kinship carers in a confidential placement's parent copy (``unnamed``): no name, no relation.
    names = [] if unnamed else first_names(carers)
    several = more_than_one(carers)
    if not names and past:
        return _("You lived with your carers.") if several else _("You lived with your carer.")
    if not names:
        return _("You live with your carers.") if several else _("You live with your carer.")
    if host and not several:  # supported lodgings: the record calls her a host, not a carer
        return _("You lived with your host, %(names)s.", names=names[0]) if past \
            else _("You live with your host, %(names)s.", names=names[0])
    if several:
        return _("You lived with your carers, %(names)s.", names=join(language, names)) if past \
            else _("You live with your carers, %(names)s.", names=join(language, names))
    return _("You lived with your carer, %(names)s.", names=names[0]) if past \
        else _("You live with your carer, %(names)s.", names=names[0])


def school_line(_: Gettext, school: str, sixteen_or_over: bool = True) -> str:
    """"Your school / college / nursery:" from the name: a school word ("X Nursery and Primary
    School", "Y Academy") is a school; "College" a college only for 16 and over (a secondary
    school is called "Y College" too); a nursery word with no school word, a nursery."""
    if _SCHOOL.search(school):
        return _("Your school: %(school)s", school=school)
    if _COLLEGE.search(school):
        return _("Your college: %(school)s", school=school) if sixteen_or_over \
            else _("Your school: %(school)s", school=school)
    if _NURSERY.search(school):
        return _("Your nursery: %(school)s", school=school)
    return _("Your school: %(school)s", school=school)


# ---------------------------------------------------------------- who took part


def person_label(_: Gettext, language: str, person: Attendee, role_text: str, family: Gettext | None = None,
                 reader: bool = False) -> str:
    """"You", "Your mum, Amina" (family by first name, as the child knows them), "Jo Smith (social worker)".
    ``family``: the gettext for a family member's line (i18n.person_gettext: Portuguese "A tua mãe" by her
    gender; in the child's copy i18n.own_gettext too: Welsh "Dy dad, Rhys", where other copies say
    "Rhys (tad)"). ``reader``: the person reads this copy, never "your mum" to herself: "Amina (mum)"."""
    if person.is_child:
        return _("You")
    if family_role(person.role) is not None:
        given = first_names(person.name) or [person.name]
        # The reader's word for the role ("mum", or its translation), "your" from the catalog.
        role = re.sub(r"^(?:your|the child's)\s+", "", role_text.strip(), flags=re.IGNORECASE)
        if reader:
            return with_role(join(language, given), role)
        return (family or _)(YOUR_FAMILY, role=role, name=join(language, given))
    return with_role(joined_names(language, person.name), role_text)


def took_part(person: Attendee) -> bool:
    return person.attended or contributed_something(person)


__all__ = [
    "ATTENDED", "Around", "GAVE_VIEWS", "carers_left_out", "PLAIN_BANDS", "TALKED_WITH", "about_me", "actions_intro", "action_when", "advocate", "around", "challenge_rights", "complaints",
    "family_and_others", "family_role", "first_names", "independent_visitor", "is_place", "joined_names", "lives_with", "neutral_views_heading",
    "more_than_one", "names_a_place",
    "next_review", "older", "participation", "pathway", "turning_sixteen", "person_label", "personal_adviser",
    "people_in", "school_line", "surnames", "took_part", "turning_eighteen", "with_role",
]
