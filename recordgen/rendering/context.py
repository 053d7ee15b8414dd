"""The words a template shows for one copy: the record as one recipient may see it.

Every item withheld from the recipient's role is skipped here, and the address
and school are left out of a confidential parent's copy, so no template can
show them. Fixed sentences go through gettext; dates through Babel.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import Any, Callable

from ..i18n import (format_date, gettext_functions, grammatical_gender, language_display_name, localise_digits,
                    person_gettext,
                    join_list, own_gettext, person_variant, welsh_soft)
from ..docx.bidi import LRM, RLM
from ..i18n.address import address_form, greeting
from ..i18n.languages import is_english, is_right_to_left
from ..i18n.names import name_in, record_names, who_as_written
from ..record.diagnostics import format_path
from ..record.model import HEADED_SECTIONS, ITEM_SECTIONS, PLAN_CHANGED, Record, Recipient, Role
from ..record.roles import (FAMILY_ROLES, PLAIN_ROLES, ROLE_ACRONYMS, N_, in_full, known_role, known_roles, own_names,
                            parent_role, person_gender, relation, role_parts)
from ..record.settings import ChildrensRightsSettings
from ..rules.ages import OLDER_BANDS, age_on, birthday, letter_band
from ..rules.people import (absent_own, advocate_status, attendee_iro_time, carers_family_names, chair_covers,
                            childs_own_role, contributed_something, first_names, iro_came_as_other, iro_time,
                            others_scoring_with_child, scored_by_child, silent_own, usual_iro, who_is_meant)
from ..rules.carers import carers_roles
from ..rules.kinship import family_carer, is_unnamed_carer, kinship_unnamed
from ..rules.staff import place_staff_surnames, school_staff_rare_first_names
from ..rules.validation import after_at, call_kind
from ..rules.plan import plan_tells_change
from ..rules.people import parent_relations
from ..support.clock import today
from ..support.memo import per_record
from ..rules.withholding import (attendees_kept_from, carers_read_aloud, confidential_from, named_recipients,
                                 own_name, reader_roles, same_person, venue_kept_from, views_kept_from, visible_items)
from ..translation.items import cut_to_catalog_roles, written_in
from . import sentences

Location = tuple[str | int, ...]


@dataclasses.dataclass(frozen=True)
class Line:
    """One piece of the IRO's text, in the reader's language, with English alongside when asked."""

    text: str
    english: str | None = None
    #: Still the English, its translation awaited (``--allow-untranslated``): the copy marks it.
    untranslated: bool = False
    #: The child's own words: kept as the child said them, their digits too ("I am 12").
    as_said: bool = False
    #: The language the record writes it in: an item's ``language`` (a child's words in Welsh), else English.
    written_in: str = "en"
    #: The English the translation is of, where it differs from the record's (a confidential
    #: placement's parent's form, "your SENCo" for "Mrs Quarmby (your SENCo)").
    translated_from: str | None = None
    #: The tool's own note about this copy ("Nothing is written here in this copy."), not the IRO's
    #: point: set as a note, never as a bullet among the IRO's items.
    tool_note: bool = False

    def __str__(self) -> str:
        return self.text


#: Turns the English text at a record location into what this copy shows.
TextSource = Callable[[Location, str], Line]


#: The copies' greetings (the young band's "Hello"): their words agree with the child (Polish "Droga
#: Zosiu,") where the name can be put in the form that addresses them.
DEAR = N_("Dear %(name)s,")
HELLO = N_("Hello %(name)s,")


def english_only(loc: Location, text: str) -> Line:
    return Line(text)


def _role_label(_: Callable[..., str], role: Role, several: bool = False, words: "_RoleWords | None" = None,
                name: str = "") -> str:
    translated = words is not None and not is_english(words.language)
    as_written = words.attendee_role(name) if translated else None
    if role is Role.carer and as_written and "carer" in (known_role(as_written) or ""):
        # One term for them in one copy: who came says "foster carer" ("rodzic zastępczy"), so
        # who was sent a copy does too, not the catalog's other word for "carer".
        return words.known(as_written, name) or (_("carers") if several else _("carer"))
    if several and role in (Role.parent, Role.carer):  # "Mark and Lisa Owen (carers)"
        return _("parents") if role is Role.parent else _("carers")
    if translated and role in (Role.parent, Role.carer, Role.social_worker):
        # A parent the record calls "mum" is "mama", not "parent"; a carer known to be a woman
        # "opiekunka": the person's own words where the record gives them.
        if role is Role.parent and as_written and person_gender(name, as_written):
            return words.known(as_written, name) or _("parent")
        message = {Role.parent: "parent", Role.carer: "carer", Role.social_worker: "social worker"}[role]
        variant = words.variant(message, name)
        if variant:
            return variant
    return {
        Role.child: _("you"),
        Role.parent: _("parent"),
        Role.carer: _("carer"),
        Role.social_worker: _("social worker"),
        Role.other: _("copy for information"),
    }[role]


#: Bands whose readers know the IRO as the person who checks their plan, not by a title.
_PLAIN_ROLE_BANDS = frozenset({"early", "young"})
#: Bands whose readers are told a SENCo, a DSL or a CAMHS worker by what they do (``PLAIN_ROLES``).
_EXPLAINED_ROLE_BANDS = frozenset({"early", "young", "middle"})


@dataclasses.dataclass(frozen=True)
class _RoleWords:
    """The roles the tool knows, as one copy words them: the translator's own word for that
    person's role first (the record's translations file), then the catalog's word for the
    person's gender where the record gives it ("Mrs Patel", "mum"), else its word that needs none."""

    _: Callable[..., str]
    language: str
    #: An attendee's name (folded) -> their role as the record writes it.
    roles: dict[str, str]
    #: An attendee's name (folded) -> (the role's catalog message, the translator's word for it).
    own: dict[str, tuple[str, str]]
    #: The copy is a letter to a child under 12: a role such as "SENCo" is said in their words.
    plain: bool = False

    @classmethod
    def for_copy(cls, _: Callable[..., str], language: str, record: Record, texts: TextSource,
                 band: str = "") -> "_RoleWords":
        roles, own = {}, {}
        for index, person in enumerate(record.review.attendees):
            if person.is_child:
                continue
            key = person.name.strip().casefold()
            roles.setdefault(key, person.role)
            known = known_role(person.role)
            line = texts(("review", "attendees", index, "role"), person.role)
            if known and not line.untranslated and line.text != person.role:
                own.setdefault(key, (known, line.text))
        for key, word in parent_relations(record).items():  # a parent sent a copy, not at the meeting
            roles.setdefault(key, word)
        return cls(_, language, roles, own, band in _EXPLAINED_ROLE_BANDS)

    def explained(self, role: str) -> str | None:
        """A school's or health role a child under 12 does not know by its name, in their words ("SENCo":
        "teacher who helps children with extra needs"); None otherwise (blind review 33, finding 8)."""
        message = known_role(role) if self.plain else None
        return self._(PLAIN_ROLES[message]) if message in PLAIN_ROLES else None

    def attendee_role(self, name: str) -> str | None:
        return self.roles.get(name.strip().casefold())

    def variant(self, message: str, name: str, role: str = "") -> str | None:
        """The catalog's word for the person's gender, when the record gives it and the language has one."""
        if is_english(self.language):
            return None
        return person_variant(self.language, message, person_gender(name, role or self.attendee_role(name) or ""))

    def known(self, role: str, name: str = "") -> str | None:
        """A role the tool knows in the reader's words, else None; roles of several people, each known
        ("dad and mum"), each in the reader's words, joined as the reader's language joins a list."""
        message = known_role(role)
        if message is None:
            parts = role_parts(role) if not is_english(self.language) else None
            return join_list([self.known(part) for part in parts], self.language) if parts else None
        explained = self.explained(role)
        if explained is not None:
            return explained
        plain = " ".join(re.sub(r"^(?:your|the child's|the)\s+", "", role.strip(), flags=re.IGNORECASE).split())
        if is_english(self.language) and plain.casefold() != message.casefold():
            # Another way of writing it ("SENCo"): as the record writes it, an acronym a child is
            # not expected to know in full ("your Independent Reviewing Officer").
            return in_full(role.strip()) if plain.casefold() in ROLE_ACRONYMS else plain
        own = self.own.get(name.strip().casefold())
        if own and own[0] == message:
            return own[1]
        return self.variant(message, name, role) or self._(message)

    def words(self, role: str, name: str = "") -> str:
        """Any role: known in the reader's words, else the English marked as such (as written in English
        copies, an acronym in full)."""
        if is_english(self.language):
            return self.explained(role) or in_full(role)
        known = self.known(role, name)
        return known if known is not None else marked_english(self._, self.language,
                                                              Line(in_full(role), untranslated=True)).text


def page_of_parts(template: str) -> list[dict[str, str]]:
    """``"Page %(page)s of %(pages)s"`` as text and field pieces, in the translation's own order.

    Each piece is ``{"field": "", "text": ...}`` or ``{"field": "PAGE"|"NUMPAGES", "text": ""}``; Word and
    LibreOffice fill the fields in when the pages are laid out, in the digits their placeholder
    result is written in (the PDF converter gives LibreOffice's page styles that numbering).
    """
    parts: list[dict[str, str]] = []
    for piece in re.split(r"(%\((?:page|pages)\)s)", template):
        if piece == "%(page)s":
            parts.append({"field": "PAGE", "text": ""})
        elif piece == "%(pages)s":
            parts.append({"field": "NUMPAGES", "text": ""})
        elif piece:
            parts.append({"field": "", "text": piece.replace("%%", "%")})
    return parts


def _iro_named(_: Callable[..., str], who: str, record: Record) -> str | None:
    """An action's ``who`` when it is an IRO, in words a young child knows: the chair "checks
    your plan"; only them, as an IRO before them checked it ("Tom Reid (your previous IRO)"), and
    one taking over will. Someone in the list of who came is who their role there says ("Tom Reid
    (your IRO)" is "who used to check" when he came as "your old IRO"). Else (another IRO, or not
    an IRO) None."""
    name = who.split("(")[0].strip()
    chair = name.casefold() == record.review.chair.name.strip().casefold()
    when = attendee_iro_time(record, name) or iro_time(who[len(name):])
    if when is None and not chair:
        return None
    if when == "earlier":
        return _("%(name)s, who used to check your plan", name=name)
    if when == "later" and not chair:
        return _("%(name)s, who will check your plan", name=name)
    usual = usual_iro(record)
    if not chair and when == "now" and usual and usual.casefold() == " ".join(name.split()).casefold():
        # The chair covered for them; told as past once the reader is 18 (no one checks it now).
        if birthday(record.child.date_of_birth, 18) <= today():
            return _("%(name)s, who usually checked your plan", name=name)
        return _("%(name)s, who usually checks your plan", name=name)
    if not chair:   # another IRO (one covering, say): not the one who checks this plan; as the IRO wrote
        return None
    if birthday(record.child.date_of_birth, 18) <= today():  # a care leaver's plan is no longer checked
        return _("%(name)s, who checked your plan", name=name)
    if chair_covers(record):
        return _("%(name)s, who checked your plan this time", name=name)
    return _("%(name)s, who checks your plan", name=name)


def _plan_verdict(_: Callable[..., str], still_right: bool | str, sequence: int, care_leaver: bool,
                  earlier_right: bool | None = None, told_changed: bool = False) -> str:
    """The IRO's view of the plan; told as past to a care leaver, whose care plan it no longer is.
    "your plan", not "this plan": the plan's text may be 'We do not yet have a plan for ...'.
    ``earlier_right``: the previous review's verdict, when it is given with this one (``rules.chain``):
    "any more" says it was right then, so only when that review says so; "still" when it found it not
    right too; neither when the record is alone (or the first), which says nothing of before. Right
    now after that review found it not right: not "still right", which says it was right then.
    A plan changed at this review and agreed (PLAN_CHANGED) is new: neither "still right" nor "needs
    to change", whatever the review before found (blind review 32, finding 5). ``told_changed``: the
    plan's text itself says it changed at the review (``rules.plan.says_changed``)."""
    if still_right == PLAN_CHANGED and told_changed:
        # The plan's own words already say it changed ('Your plan has changed. The plan is now...'):
        # not said twice in a row (blind review 33, finding 6).
        return (_("I thought it was the right plan for you.") if care_leaver
                else _("I think it is the right plan for you."))
    if still_right == PLAN_CHANGED:
        return (_("At your review, we agreed a new plan for you. I thought it was the right plan for you.")
                if care_leaver
                else _("At your review, we agreed a new plan for you. I think it is the right plan for you."))
    if still_right and earlier_right is False:
        return (_("I thought your plan was right for you by then.") if care_leaver
                else _("I think your plan is right for you now."))
    if not still_right and earlier_right is False:
        return (_("I still did not think your plan was right for you. It needed to change.") if care_leaver
                else _("I still do not think your plan is right for you. It needs to change."))
    was_right = earlier_right is True and sequence > 1
    if care_leaver:
        return (_("I thought your plan was still right for you.") if still_right
                else _("I did not think your plan was right for you any more. It needed to change.") if was_right
                else _("I did not think your plan was right for you. It needed to change."))
    return (_("I think your plan is still right for you.") if still_right
            else _("I do not think your plan is right for you any more. It needs to change.") if was_right
            else _("I do not think your plan is right for you. It needs to change."))


def _known_as(name: str | None) -> str | None:
    """How a young child knows a person: their first name, else the name as written ("Mrs Obi")."""
    return None if name is None else (first_names(name) or [name])[0]


def build_context(record: Record, recipient: Recipient, *, band: str, language: str,
                  next_review: dt.date, texts: TextSource = english_only,
                  untranslated_notice: int = 0, untranslated_in: tuple[str, ...] = ("en",),
                  childrens_rights: ChildrensRightsSettings | None = None,
                  age_band: str | None = None, feedback: dict[str, Any] | None = None,
                  aftercare_until: int = 25, band_now: str | None = None,
                  next_known: str | None = None, earlier_right: bool | None = None,
                  moved: bool = False) -> dict[str, Any]:
    """Everything the template may show for ``recipient``'s copy, and nothing withheld from them.

    ``band`` sets the words (the reading band); ``age_band`` (the band of the child's age,
    ``band`` when not given) what the child is told: a lower reading level never drops a right.
    ``aftercare_until``: the birthday a care leaver's help runs to in the council's nation (``ages.aftercare_until``).
    ``band_now``: the band of the child's age on the day the copy is made; past the review's, what
    was so then is told as past.
    A copy of a record with no ``review.written`` says the day it was made (today), never
    that the record was written then. ``untranslated_notice``: how many of the IRO's parts await
    translation (0: none, and no notice); the notice counts those the copy marks.
    ``next_known``: the next review is a record given with this one (rules/chain.py): "was" (held, or
    its day gone by) or "is" (planned); ``next_review`` is its day. ``earlier_right``: the plan verdict
    of this child's previous review given with this one (None: not given). ``moved``: a later record of
    this child given with this one gives another home: where they lived, who is around them and what
    they had then are told as at that review, as in a copy made years on.
    """
    child_gender = grammatical_gender(record.child.pronouns)
    _, ngettext = gettext_functions(language, child_gender, grammatical_gender(record.review.chair.pronouns))
    role = recipient.role
    child, review, placement, chair = record.child, record.review, record.placement, record.review.chair
    source = texts  # each item as this copy's language has it; texts() below also marks the English
    code = review.participation
    told_band = sentences.older(age_band or band, band)
    # 12 or over reading at the early level: plain words, but not "the grown-ups" as to a child under 5.
    plain_band = "young" if band == "early" and told_band in OLDER_BANDS else band
    # A child in care is reviewed until 18: a next review on or after that day will not happen.
    eighteen = birthday(child.date_of_birth, 18)
    sixteen = birthday(child.date_of_birth, 16)

    def date(day: dt.date) -> str:
        return format_date(day, language, "full")

    def written(loc: Location, english: str) -> Line:
        line = source(loc, english)
        if not is_english(written_in(record, loc)):
            # An English copy translates nothing: words the record says are Welsh are marked so.
            line = dataclasses.replace(line, written_in=written_in(record, loc),
                                       untranslated=line.untranslated or is_english(language))
        return line

    def texts(loc: Location, english: str) -> Line:
        """Words within a sentence: English awaiting translation marked in full."""
        return marked_english(_, language, written(loc, english))

    carers = _Carers.for_copy(_, language, record, role, texts)
    role_words = _RoleWords.for_copy(_, language, record, texts, band)
    # Items kept from the child go to a part of their own in every other copy, never among
    # the lines written to the child (which adults read aloud to young children).
    # The child's own copy says which items a parent's or her carers' copy leaves out: the list of who
    # was sent a copy names them, and the child would believe they read them.
    kept_note = _kept_notes(_, record, role_words, band) if role is Role.child else {}
    # Grown past the little child's band of the review (early, young) by the day the copy is made (a
    # toddler's review read at 16): what was so then is told as past, as to an adult ("You were too little
    # to take part in the meeting."), never as to that little child; the rights stay a child's in care, as
    # to their age now: no "When you are older". A teenager's review read a year on is still to them.
    review_band = age_band or band
    past = eighteen <= today() or (review_band in sentences.PLAIN_BANDS and band_now is not None
                                   and sentences.older(band_now, review_band) != review_band)
    # Framing for under-5s by age: a 17-year-old reading at the early level is not "older" later.
    read_with_you = review_band == "early" and not past
    # The carer reads a little child's own copy aloud (under 8 by age, the early and young bands, as the
    # sending rule has it): what is kept from the carer is left out of it too. By the child's age the day the
    # copy is made: a 2-year-old's review made again at 5 is still read to them (blind review 31, finding 1).
    read_by_the_carer = carers_read_aloud(record, band_now or review_band)
    kept = reader_roles(recipient, read_by_the_carer, record)
    # Read aloud to a little child by the carer: a note after each item mum's copy leaves out ("(This is not in
    # your mum's copy.)" five times over) is noise to a 6-year-old; said once instead, by the list of who was
    # sent a copy, where the child and the grown-up reading see mum named. (What is kept from the carer is not
    # in this copy at all.) Older readers keep the note after each item.
    kept_once = ""
    if role is Role.child and read_by_the_carer:
        kept_once = _kept_from_parents_note(_, record, once=True) if _shows_kept_from(record, kept, Role.parent) \
            else ""
        kept_note = {}
    actions, actions_for_adults = _actions(_, record, kept, band, language, written, date, carers, role_words,
                                           kept_note)
    # Those actions' who as the record writes it: how many people, whatever words the copy gives them.
    whos_written = [action.who for _loc, action in visible_items(record.actions, "actions", kept)
                    if Role.child not in action.withhold_from]
    attendees_for_adults: list[Line] = []
    came, shared_views, invited, heads = _attendance(_, record, recipient, language, texts, carers, role_words,
                                                     attendees_for_adults, band, kept)
    others_took_part = any(sentences.took_part(p) for p in review.attendees if not p.is_child)
    first_name = child.first_name
    # Spoken to by name ("Twój przegląd, Zosiu"): the vocative where the language has one and it is certain.
    addressed = address_form(language, first_name, child_gender) or first_name
    service = childrens_rights or ChildrensRightsSettings()
    # A confidential home as the venue tells a parent where the child lives: their copy leaves it out.
    venue = Line("") if venue_kept_from(record, recipient) else texts(("review", "venue"), after_at(review.venue))
    iro_first = (chair.name.split() or [chair.name])[0]
    # 18 by the day the copy is made: an adult reads it, told as past; a care leaver's rights only
    # where the record shows they were in care at 16 or over (a baby's review read at 20 does not).
    adult = eighteen <= today()
    # 25 by then too (26 in Scotland): a care leaver's help from the council (a personal adviser, the
    # pathway plan) has ended, so they are told only what is true of anyone who was in care, and the
    # pathway plan as past.
    support_ended = adult and _in_care_at_16(record) and birthday(child.date_of_birth, aftercare_until) <= today()
    care_leaver = adult and _in_care_at_16(record) and not support_ended
    long_after = read_long_after(record, aftercare_until)
    # Made years on: at 18 or over, or once the next review has gone by and the reader is in an older age
    # band than at the review. Another review has been held since (or none, after 18), perhaps chaired by
    # someone else, so the chair offers nothing in the present ("You can talk to me, Tom, whenever you
    # want to."): the reader is pointed to whoever can help now, and the chair only for this record.
    later = made_years_on(record, next_review, review_band, band_now) or moved
    family, family_name = _family_carer(record, role_words)
    if carers.kin_unnamed:  # "your aunt, Tina" finds the home to a parent who knows her: "your carer"
        family = family_name = None
    with_others = sentences.family_and_others(placement.carers, family_name) if family else None
    # Rights as to the reader's age now, when that is past the review's: no "When you are ready" at 16.
    rights_band = sentences.older(told_band, band_now) if past and band_now else told_band
    rights_list = _rights(_, record, band, rights_band, iro_first, care_leaver, family, adult=adult, grown=past,
                          others=sentences.join(language, with_others[1]) if with_others else None, kept=kept,
                          later=later, moved=moved)
    # One carer the record shows is a woman or a man ("Mrs Okonjo"): "your carer" in her or his word.
    # Where they live is told as then only once it may no longer be so: at 18, a copy made days after the
    # review still finds him there (Staying Put); once the next review's day has gone by, or the reader grew
    # out of a little child's band, it may not.
    home_past = moved or long_after or (later and not adult) or (past and (not adult or next_review < today()))
    # The child's own Welsh copy: "Rwyt ti'n byw gyda dy dad, Gareth", where a parent reading hers has her name.
    lives = sentences.lives_with(_family_gettext(_, language, carers.gender, role is Role.child), language,
                                 placement.carers,
                                 first_names_only=carers.first_names_only, place=carers.place, family=family,
                                 family_name=family_name, past=home_past,
                                 host=sentences.around(record).home == "host", unnamed=carers.kin_unnamed)
    school = None if carers.place_withheld else placement.school

    views_heading = sentences.views_heading(_, code, band, past=past)
    for_adults: list[Line] = []
    lists: dict[str, list[Line]] = {}
    in_adults_part = set()
    for section in ITEM_SECTIONS:
        before = len(for_adults)
        lists[section] = _visible_lines(record, section, kept, texts, for_adults, kept_note)
        if len(for_adults) > before:
            in_adults_part.add(section)
    # A little child's letter read aloud to them by this reader: under a heading meant for the child, a
    # line saying something is elsewhere, or is not in this copy, tells the child something is hidden
    # from them. The heading goes, as in the child's own copy; what is kept from the child is in the
    # adults' part, on a page of its own at the end.
    # By the letter the copy is made from: a 17-year-old reading at the young level is read no little child's.
    read_aloud = (letter_band(band, review_band) in ("early", "young") and not past) or read_by_the_carer
    if role is not Role.child and not read_aloud:
        # A heading this copy shows nothing under keeps it and a neutral line, whether the record has
        # none or each is kept from this reader: a dad whose every worry is withheld does not read
        # that there are none, and the line tells him nothing he cannot see (it is said either way).
        # Items kept from the child are further down, in the adults' part: the line says so.
        for section in HEADED_SECTIONS:
            if not lists[section]:
                lists[section] = [Line(_("This is written in the part for the adults, at the end of this copy.")
                                       if section in in_adults_part else _("Nothing is written here in this copy."),
                                       tool_note=True)]
        # So do the child's views where the code says she gave them, under a heading that claims
        # neither way ("What you think", not "What you told me"): a parent from whom all are kept
        # reads neither that she said nothing nor that something was kept from him.
        if code in sentences.GAVE_VIEWS and not lists["child_views"]:
            lists["child_views"] = [Line(_("Nothing is written here in this copy."), tool_note=True)]
            views_heading = sentences.neutral_views_heading(_, band, past=past)
    adults = None
    for_adults += attendees_for_adults
    sent_to, sent_to_adults = _sent_to(_, language, record, recipient, texts, carers, role_words, kept)
    if kept_once:
        sent_to = f"{sent_to}\n\n{kept_once}"
    if sent_to_adults:
        actions_for_adults = actions_for_adults + [sent_to_adults]
    if role is not Role.child and (for_adults or actions_for_adults):
        adults = {
            "heading": _("For the adults: not to be read to %(name)s", name=first_name)
            if told_band in ("early", "young", "middle")
            else _("For the adults only: not to be shared with %(name)s", name=first_name),
            "intro": _("These things are kept from %(name)s for now.", name=first_name),
            "lines": for_adults + actions_for_adults,
        }

    context = {
        "_": _, "ngettext": ngettext,
        "language": language,
        "band": band,
        "read_with_you": read_with_you,
        "read_by_the_carer": read_by_the_carer,
        # Made once the reader is 18, or past the review's band, perhaps years on: where they lived and what
        # grown-ups were doing, as past.
        "told_as_past": past,
        "copy_label": _copy_label(_, language, recipient, addressed, carers, role_words, record, texts),
        "greeting": greeting(language, first_name, child_gender, DEAR, _, gettext_functions(language)[0]),
        "hello": greeting(language, first_name, child_gender, HELLO, _, gettext_functions(language)[0]),
        "recipient": {"name": recipient.name, "role": role.value, "is_child": role is Role.child},
        # Their own copy is not the case file: no legal name they do not go by on every page.
        "child": {"name": first_name, "full_name": child.name, "address": addressed,
                  "filed_as": child.known_as if role is Role.child and child.known_as else child.name},
        "iro": {"name": chair.name, "first_name": iro_first,
                # Years on, the chair's phone and email are no way to reach anyone: not given as such.
                "phone": "" if long_after else sentences.phone_number(chair.phone, language),
                "email": "" if long_after else chair.email or "",
                # A chair covering for the child's own IRO is not "your" IRO.
                # Nor, to a reader of 18 or over, theirs any more: the one who chaired that review.
                "signed_as": _("Independent Reviewing Officer who chaired your review")
                if chair_covers(record) or adult or later
                else _("Your Independent Reviewing Officer")},
        "review": {"date": date(review.date), "venue": venue,
                   "number": review.sequence, "is_first": review.sequence == 1},
        "about_me": sentences.about_me(_, plain_band, iro=iro_first, iro_full=chair.name, date=date(review.date),
                                       venue=venue.text, call=call_kind(review.venue), care_leaver=adult or later,
                                       covering=chair_covers(record),
                                       # Grace Obi from the middle band up, as "You can talk to ..." names her.
                                       usual=_known_as(usual_iro(record)) if band in sentences.PLAIN_BANDS
                                       else usual_iro(record),
                                       child_there=not code or code in sentences.ATTENDED
                                       or any(p.is_child and p.attended for p in review.attendees),
                                       started=date(review.adjourned_from) if review.adjourned_from else None,
                                       code=code, older=told_band in OLDER_BANDS and band in sentences.PLAIN_BANDS,
                                       first=review.sequence == 1),
        "participation": sentences.participation(_, band, code, others_took_part,
                                                 any(p.is_child and p.attended for p in review.attendees),
                                                 advocate_silent=bool(silent_own(record, "advocate"))
                                                 or not _has_advocate(record),
                                                 advocate_absent=bool(absent_own(record, "advocate"))
                                                 or not _has_advocate(record),
                                                 views_kept=not any(
                                                     visible_items(record.child_views, "child_views",
                                                                   kept)), adult=past,
                                                 earlier=review.sequence > 1,
                                                 # Years on, that next time has gone by: no hope for it.
                                                 next_time=next_review < eighteen and not later,
                                                 adjourned=review.adjourned_from is not None,
                                                 covering=chair_covers(record), usual=_known_as(usual_iro(record))),
        "views_heading": views_heading,
        "views": lists["child_views"],
        "working_well": lists["working_well"],
        "worries": lists["worries"],
        "goals": lists["goals"],
        "scale": _scale(_, language, record, texts, carers, role_words, recipient),
        "actions": actions,
        "actions_intro": sentences.actions_intro(_, plain_band, whos_written, past=past) if actions else "",
        "for_adults": adults,
        # Made years on: the plan's "You will ..." was said then, and may not have come about.
        "plan_then": _("This was your plan at the time of your review:") if later else "",
        "plan": texts(("care_plan", "plan"), record.care_plan.plan),
        # Made years on, as the plan it follows ("This was your plan at the time of your review:"): then.
        "plan_verdict": _plan_verdict(_, record.care_plan.still_right, review.sequence, past or later, earlier_right,
                                      told_changed=plan_tells_change(record.care_plan)),
        "rights": {
            "advocate": rights_list[0],
            "independent_visitor": rights_list[1],
            "complaints": rights_list[2],
            "all": [right for right in rights_list if right],
        },
        # Someone other than the IRO to turn to, in one paragraph: the service, then how to reach it.
        # Years on, a grown-up is no child in care for that service to help: none.
        "someone_else": " ".join(part for part in (
            # Read as a grown-up, silence would pass for the whole record: what was kept from the child is
            # theirs to ask for now.
            _("Some things were written only for the grown-ups then. They are not in this copy. You can ask the "
              "council to see all of your records.")
            if role is Role.child and adult and any(Role.child in kept for _loc, _text, kept in record.free_texts())
            else "",
            "" if long_after else _("You can also talk to %(service)s.",
                                     service=service.name_in(language) or _("the Children's Rights Service")),
            _("Their phone number is %(phone)s.", phone=sentences.phone_number(service.phone, language))
            if service.phone and not long_after else "",
            _("Their email address is %(email)s.", email=service.email) if service.email and not long_after else "",
        ) if part),
        "came": came,
        "came_intro": ngettext("This person came to the meeting:", "These people came to the meeting:", heads["came"]),
        "shared_views": shared_views,
        # The child alone: "This person shared their views: You: ..." would call the child "this person".
        "shared_intro": _("How you shared your views:") if [p["who"] for p in shared_views] == [_("You")]
        else ngettext("This person shared their views:", "These people shared their views:", heads["shared"]),
        "invited": invited,
        "invited_intro": ngettext("This person was invited but did not take part:",
                                  "These people were invited but did not take part:", heads["invited"]),
        "sent_to": sent_to,
        "case_number": _("Case number %(case)s", case=child.id),
        "dated": _dated(_, review, language),
        # Translators: %(page)s and %(pages)s become the page numbers; keep both, in any order.
        "page_of": page_of_parts(_("Page %(page)s of %(pages)s")),
        "home": {
            "carers": (carers.shown or carers.unnamed) if carers.first_names_only else carers.place or placement.carers,
            "lives": lives,
            "address": None if carers.place_withheld else placement.address,
            "school": school,
            "school_line": sentences.school_line(_, school, age_on(child.date_of_birth, review.date) >= 16)
            if school else None,
            "past": home_past,
        },
        "pathway": sentences.pathway(_, sentences.personal_adviser(record, kept), band, care_leaver,
                                     ended=support_ended, until=aftercare_until)
        if (age_band or band) == "young_adult"
        # 16 before the next review: the pathway plan is theirs from then; a copy made once they are 16
        # (not yet 18, when a care leaver's own sentences take over) still says so, the birthday as past.
        else sentences.turning_sixteen(_, date(sixteen), turned=sixteen <= today())
        if review.date < sixteen <= next_review and today() < eighteen
        else [],
        "next_review": date(next_review),
        "next_review_text": sentences.turning_eighteen(_, date(eighteen), sentences.personal_adviser(record, kept),
                                                       turned=eighteen <= today(), ended=support_ended,
                                                       until=aftercare_until)
        if next_review >= eighteen else sentences.next_review(_, band, told_band, date(next_review),
                                                               passed=next_review < today(),
                                                               long_after=long_after or later,
                                                               held=sentences.held_by_order(record),
                                                               covering=chair_covers(record),
                                                               usual=_known_as(usual_iro(record)),
                                                               known=next_known),
        "turns_18": next_review >= eighteen,
        "turned_18": next_review >= eighteen and eighteen <= today(),
        "long_after": long_after,
        "untranslated_notice": None,
        # The feedback part (rendering/feedback.py, its own catalog domain), or None.
        "feedback": feedback,
    }
    if untranslated_notice:
        # As many parts as the copy marks (an action's who may show its role in the reader's words
        # and its name, nothing marked), else as many as await translation.
        marked = _marked_parts(context, [marked_english(_, language, Line("\0X", untranslated=True, written_in=code))
                                         .text.partition("\0")[0] for code in untranslated_in])
        context["untranslated_notice"] = _untranslated_notice(_, ngettext, language, chair,
                                                              marked or untranslated_notice, untranslated_in,
                                                              adult=role is not Role.child, long_after=long_after)
    return context


def _marked_parts(value: Any, openings: list[str]) -> int:
    """How many passages in ``value`` (a copy's context) open with one of ``openings`` ("[po angielsku: "),
    each counted once: the carers' place is in the context twice (the home's sentence and its name)
    and in the copy once, one part."""
    return len(_marked_passages(value, openings))


def _marked_passages(value: Any, openings: list[str]) -> set[tuple[str, str]]:
    if isinstance(value, str):
        found = set()
        for opening in openings:
            start = value.find(opening)
            while start >= 0:
                end = value.find("]", start + len(opening))
                found.add((opening, value[start + len(opening):end if end >= 0 else len(value)].strip("\u200e\u200f")))
                start = value.find(opening, start + len(opening))
        return found
    if isinstance(value, Line):
        return _marked_passages(value.text, openings)  # its English half is never marked
    if isinstance(value, dict):
        return set().union(*(_marked_passages(item, openings) for key, item in value.items() if key != "feedback"))
    if isinstance(value, (list, tuple)):
        return set().union(*(_marked_passages(item, openings) for item in value))
    return set()


def _in_language(name: str, language: str) -> str:
    """A language's name as the English one's marker says it ("in Welsh", not "Welsh"): Polish
    "po walijsku", as "po angielsku" (an adjective in -ski/-cki takes "po" and -sku/-cku), "w języku
    urdu" otherwise; Ukrainian "польською" as "англійською" ("мовою урду"); Urdu "ویلش میں" as
    "انگریزی میں"; each language as its catalog's "[in English: ...]" says it."""
    base = language.split("_")[0]
    word = name.split(" (")[0]
    if base == "pl":
        return f"po {word[:-1]}u" if word.endswith(("ski", "cki")) else f"w języku {word}"
    if base == "uk":
        return f"{word[:-1]}ою" if word.endswith("ська") or word.endswith("цька") else f"мовою {word}"
    if base == "cy":  # soft mutation after "yn": "yn Bwyleg", "yn Wrdw"
        return "yn " + welsh_soft(word).capitalize()
    if base == "ur":
        return f"{word} میں"
    if base == "ar":
        return f"ب{word}" if word.startswith("ال") else f"بـ{word}"
    if base == "ti":
        return f"ብ{word}"
    if base == "bn":
        return f"{word} ভাষায়"
    prefix = {"ro": "în", "pt": "em", "ps": "په", "fa": "به", "ckb": "بە"}.get(base)
    return f"{prefix} {word}" if prefix else word


def marked_english(_: Callable[..., str], language: str, line: Line) -> Line:
    """An English passage in a copy in another language, marked in the reader's words
    ("[po angielsku: ...]"): plain text, so it survives Word, PDF, print and right to left.
    Shown once, in a bilingual copy too."""
    if not line.untranslated:
        return line
    if is_english(line.written_in) and not _LATIN_LETTER.search(line.text) and line.text != "…":
        return dataclasses.replace(line, english=None)  # no Latin letter: the IRO wrote it in another language
    # Words the record says are in another language are marked whatever their script
    # ("[in Tigrinya: …]" in Ge'ez), as a reader of another script most needs telling.

    def label(text: str) -> str:
        if is_english(line.written_in):
            return _("[in English: %(text)s]", text=text)
        if is_english(language):  # an English copy: "[in Welsh: …]"
            return f"[in {language_display_name(line.written_in, 'en')}: {text}]"
        # Words the record says are in another language (a Welsh child's words in a Polish
        # copy): that language's name in the reader's words, "[walijski: ...]".
        return f"[{_in_language(language_display_name(line.written_in, language), language)}: {text}]"

    # In a right-to-left copy the English, its full stop included, is held left to right
    # by marks, so the stop stays at its end and the bracket on the reading side.
    if not is_right_to_left(language):
        return Line(label(line.text), untranslated=True, written_in=line.written_in)
    # An RLM first, so the opening bracket is read right to left even where the paragraph
    # itself is not (a table cell): it then faces the words it opens.
    return Line(RLM + label(f"{LRM}{line.text}{LRM}"), untranslated=True, written_in=line.written_in)


def _visible_lines(record: Record, section: str, role: Role | frozenset[Role], texts: TextSource, for_adults: list[Line],
                   kept_note: dict | None = None) -> list[Line]:
    """A list's items this reader may see; those kept from the child go to ``for_adults`` instead.
    ``kept_note`` follows each item withheld from parents or carers (the child's own copy only)."""
    shown = []
    for loc, item in visible_items(getattr(record, section), section, role):
        line = texts(loc, item.text)
        if section == "child_views":
            line = dataclasses.replace(line, as_said=True)
        line = dataclasses.replace(line, text=_with_notes(line.text, item.withhold_from, kept_note))
        (for_adults if Role.child in item.withhold_from else shown).append(line)
    return shown


#: The key of the one note for an item kept from both parents and carers (blind review 26, finding 23).
_BOTH = (Role.parent, Role.carer)


def _with_notes(text: str, withhold_from, notes: dict | None) -> str:
    """``text`` followed by the note of each reader it is withheld from who has one: one note for both
    parents and carers where there is one, never two in a row. The note for ``other`` readers names
    those the parents' and carers' notes before it have not (a dad sent a copy as other)."""
    notes = notes or {}
    covered = frozenset(role for role in _BOTH if notes.get(role) and role in withhold_from)
    others = (notes.get(Role.other) or {}).get(covered, "") if Role.other in withhold_from else ""
    if notes.get(_BOTH) and covered == frozenset(_BOTH):
        return " ".join(part for part in (text, notes[_BOTH], others) if part)
    return " ".join([text] + [note for role, note in notes.items()
                              if note and role in _BOTH and role in withhold_from] + ([others] if others else []))


def _family_gettext(_: Callable[..., str], language: str, gender: str | None, childs_own: bool) -> Callable[..., str]:
    """The gettext for a family word and a name said of a person of ``gender``: in the child's own copy
    (``childs_own``) the catalog's form for the child (Welsh "Dy dad, Rhys"; a parent reading hers has her name)."""
    return person_gettext(language, gender, own_gettext(language, _) if childs_own else _)


def _kept_notes(_: Callable[..., str], record: Record, role_words: _RoleWords, band: str = "teen") -> dict:
    """Each reader's note; and under ``_BOTH`` the one note for an item kept from both, where the two
    are the plain "your parents' copies" and "your carers' copy". From the middle band up, the note for
    an item kept from ``other`` readers (an uncle abroad, blind review 32, finding 10), by which of
    parents and carers the item's other notes name already."""
    parents, carers = _kept_from_parents_note(_, record), _kept_from_carers_note(_, record, role_words)
    both = ""
    if (parents, carers) == (_("(This is not in your parents' copies.)"), _("(This is not in your carers' copy.)")):
        both = _("(This is not in your parents' or your carers' copies.)")
    others = {} if band in sentences.PLAIN_BANDS else {
        covered: _kept_from_others_note(_, record, role_words, covered)
        for covered in (frozenset(), frozenset({Role.parent}), frozenset({Role.carer}), frozenset(_BOTH))}
    return {Role.parent: parents, Role.carer: carers, _BOTH: both, Role.other: others}


def _known_to_child(record: Record) -> list[Recipient]:
    """Who is sent a copy, less those the child's list leaves out (``withhold_from: [child]``)."""
    return [r for r in record.distribution if Role.child not in r.withhold_from]


def _kept_from_carers_note(_: Callable[..., str], record: Record, role_words: _RoleWords) -> str:
    """What the child's copy says after an item withheld from carers, naming those she lives with as the
    copy does ("This is not in Norma's copy.", "This is not in the copy for your nana."); empty when no
    carer is sent one the child may know of."""
    if not any(Role.carer in r.kept_as for r in _known_to_child(record)):
        return ""
    carers = record.placement.carers
    if sentences.is_place(carers):
        return _("(This is not in the copy for the staff where you live.)")
    # Family the child lives with by the word the copy calls them ("You live with your nana, Brenda."):
    # never "your carers" to a child at home with mum and Dean, nor "Brenda" to a 3-year-old's Nana.
    family, family_name = _family_carer(record, role_words)
    with_others = sentences.family_and_others(carers, family_name) if family else None
    # Only those sent the carers' copy: "your mum", not "your mum and Dean" when Dean is sent none.
    sent = {word.casefold() for r in _known_to_child(record) if Role.carer in r.kept_as
            for person in sentences.people_in(r.name) for word in person.split()}
    others = [other for other in (with_others[1] if with_others else []) if other.split()[0].casefold() in sent]
    if others:
        return _("(This is not in the copy for your %(role)s and %(others)s.)", role=family,
                 others=sentences.join(role_words.language, others))
    alone = bool(with_others)  # with others none of whom is sent it: she alone is
    if not alone and sentences.more_than_one(carers):
        return _("(This is not in your carers' copy.)")
    # A parent the child lives with is "your mum", as the child calls her, not "Kelly".
    gender = next((person_gender(carers, role, own_names(record.child)) for _name, role in carers_roles(record)
                   if parent_role(role, own_names(record.child))), None)
    if gender == "female":
        return _("(This is not in your mum's copy.)")
    if gender == "male":
        return _("(This is not in your dad's copy.)")
    if family:
        return _("(This is not in the copy for your %(role)s.)", role=family)
    names = sentences.first_names(carers)
    if names:
        return _("(This is not in %(name)s's copy.)", name=names[0])
    return _("(This is not in your carer's copy.)")  # "Mrs Pennifold": no first name


def _shows_kept_from(record: Record, kept: frozenset[Role], role: Role) -> bool:
    """The copy read by ``kept`` shows an item (or action) withheld from ``role``."""
    sections = [(section, getattr(record, section)) for section in ITEM_SECTIONS] + [("actions", record.actions)]
    return any(role in item.withhold_from for section, items in sections for _loc, item in visible_items(items, section, kept))


def _kept_from_parents_note(_: Callable[..., str], record: Record, once: bool = False) -> str:
    """What the child's copy says after an item withheld from parents: whose copy leaves it out, by the
    family word the record gives ("This is not in your mum's copy."); empty when no parent is sent one the
    child may know of (a dad kept off the child's list is neither named nor implied). ``once``: the one
    sentence a copy read aloud to a little child says instead ("Some things in this letter are not in
    your mum's copy.")."""
    parents = [r for r in _known_to_child(record) if Role.parent in r.kept_as]
    if len(parents) > 1:
        return _("Some things in this letter are not in your parents' copies.") if once \
            else _("(This is not in your parents' copies.)")
    if not parents:
        return ""
    return _one_parents_note(_, record, parents[0], once)


def _one_parents_note(_: Callable[..., str], record: Record, parent: Recipient, once: bool = False) -> str:
    """"(This is not in your mum's copy.)" of one parent sent a copy, as the record gives them; ``once``,
    the sentence said once instead ("Some things in this letter are not in your mum's copy.")."""
    name, role = parent.role_given(record.review.attendees, record.actions)
    childs = own_names(record.child)
    # "mum", "Mia's mum", or a title: "Mr Sonny Lund"
    gender = person_gender(name, role if parent_role(role, childs) else "", childs)
    if gender == "female":
        return _("Some things in this letter are not in your mum's copy.") if once \
            else _("(This is not in your mum's copy.)")
    if gender == "male":
        return _("Some things in this letter are not in your dad's copy.") if once \
            else _("(This is not in your dad's copy.)")
    return _("Some things in this letter are not in your parent's copy.") if once \
        else _("(This is not in your parent's copy.)")


def _kept_from_others_note(_: Callable[..., str], record: Record, role_words: _RoleWords,
                           covered: frozenset[Role] = frozenset()) -> str:
    """What the child's copy says after an item withheld from ``other``: whose copy leaves it out, as
    the note for parents does (blind review 32, finding 10: Nabi's uncle in Germany): one reader by the
    family word the record gives them ("This is not in the copy for your uncle."; a parent sent a copy
    as other, "your dad's copy"), else by first name; several by first names. Readers also kept from
    as a parent or carer whose note the item has already (``covered``) are not named again; empty when
    no such reader is sent a copy the child may know of."""
    readers = [r for r in _known_to_child(record) if Role.other in r.kept_as and not (r.kept_as & covered)]
    if not readers:
        return ""

    def first(reader: Recipient) -> str:
        name = reader.role_given(record.review.attendees, record.actions)[0]
        return (sentences.first_names(name) or [name])[0]

    if len(readers) > 1:
        return _("(This is not in the copies for %(names)s.)",
                 names=sentences.join(role_words.language, list(dict.fromkeys(map(first, readers)))))
    (reader,) = readers
    if Role.parent in reader.kept_as:
        return _one_parents_note(_, record, reader)
    name, role = reader.role_given(record.review.attendees, record.actions)
    family = relation(role, own_names(record.child)) if role else ""
    if family in FAMILY_ROLES:
        return _("(This is not in the copy for your %(role)s.)", role=role_words.known(family, name) or family)
    return _("(This is not in %(name)s's copy.)", name=first(reader))


@dataclasses.dataclass(frozen=True)
class _Carers:
    """How a copy names the carers: by first names only in a confidential placement's parent copy,
    as a surname can find a house (unless the record says they may be named)."""

    carers: str
    place_withheld: bool
    first_names_only: bool
    #: The carers as this copy names them when by first names ("the staff where you live" for a home).
    shown: str
    family: list[str]
    your_carers: str
    record: Record
    #: A place's name ("Meadowbank children's home") as this copy gives it: translated, or marked
    #: as English; None for people, or where the place is not named.
    place: str | None = None
    #: The surnames of the confidential home's or school's staff (rules.staff): cut, as a carer's is.
    staff: tuple[str, ...] = ()
    #: One carer named by title and surname only ("Mrs Pennifold"), in the reader's words.
    your_carer: str = ""
    #: One carer's gender where the record shows it ("Mrs Pennifold"), for the words that agree with it.
    gender: str | None = None
    #: A cut staff member's surname (folded) -> their role in the reader's words ("your class teacher"),
    #: for a name cut to nothing among others ("Ellie and Mrs Featherstonehaugh": "Ellie and your class teacher").
    staff_roles: tuple[tuple[str, str], ...] = ()
    #: Kinship carers in a copy kept from the placement: by no name and no relation ("your carer"),
    #: as a parent knows their family and where each lives (rules.kinship).
    kin_unnamed: bool = False

    @classmethod
    def for_copy(cls, _: Callable[..., str], language: str, record: Record, role: Role,
                 texts: TextSource = english_only) -> "_Carers":
        placement = record.placement
        withhold_place = confidential_from(record, role)
        first_names_only = withhold_place and not placement.carers_named_to_parents
        is_place = sentences.is_place(placement.carers)
        kin = kinship_unnamed(record, withhold_place)
        # A children's home's name is its address: to these readers it is "the staff where you live".
        shown = ((_("the staff where you live") if is_place
                  else sentences.join(language, sentences.first_names(placement.carers)))
                 if first_names_only else placement.carers)
        if kin:
            shown = ""  # by no name: ``unnamed``
        family = carers_family_names(record)  # a home's staff too: a manager's surname finds the home
        place = texts(("placement", "carers"), placement.carers).text if is_place and not first_names_only else None
        staff = _staff_surnames(record, withhold_place, family if is_place and first_names_only else [])
        # One carer the record shows is a woman ("Mrs Okonjo"): her word where the language has one
        # (Arabic "مقدّمة الرعاية لك", Welsh "dy ofalwraig"); else the word that serves for anyone.
        gender = None if is_english(language) or is_place else person_gender(placement.carers)
        your_carer = person_variant(language, "your carer", gender) or _("your carer")
        return cls(placement.carers, withhold_place, first_names_only, shown, [] if is_place else family,
                   _("your carers"), record, place, staff, your_carer, gender,
                   _staff_roles(_, language, record, texts, staff), kin)

    def name(self, name: str) -> str:
        """A name as this copy may give it: the carers by first names in a confidential parent copy
        ("Gail Pennifold" -> "Gail"); a place's name in the reader's words."""
        if self.place and name.strip().casefold() == self.carers.strip().casefold():
            return self.place
        if self.kin_unnamed and is_unnamed_carer(self.carers, name):
            # Family by no name: one of two ("Pat Hughes" of her and Ron) is "your carer".
            one = len(sentences.people_in(name)) == 1 and sentences.more_than_one(self.carers)
            return self.your_carer if one else self.unnamed
        if self.first_names_only and name.strip().casefold() == self.carers.strip().casefold():
            # "Nicola Ward (your mum)": "Nicola (your mum)", as the child's copy says whose she is.
            bracket = re.fullmatch(r".*?\s*\(([^()]*)\)\s*", self.carers)
            if self.shown and bracket and sentences.family_role(bracket.group(1)):
                return f"{self.shown} ({bracket.group(1)})"
            return self.shown or self.unnamed
        if self.first_names_only and not own_name(self.record, name):
            name = sentences.without_surnames(name, self.family, self.your_carers, self.your_carer)
        if self.staff and not own_name(self.record, name):
            name = self._staff_cut(name)
        return name

    def _staff_cut(self, name: str) -> str:
        """``name`` with the confidential place's staff's surnames cut: "Mrs Khatun (head of year)" ->
        "head of year" (the role), "Sue Bright and Mrs Khatun" -> "Sue and your head of year": a name
        cut to nothing among other names is their role, never an empty name or a title alone;
        "Mr Oyelaran and Mrs Quarmby" with no one else -> "" (the role, said by the caller)."""
        marks = {f"\x00{i}\x00": surname for i, surname in enumerate(self.staff)}
        cut = name
        for mark, surname in marks.items():
            cut = sentences.without_surnames(cut, [surname], mark)
        if not any(mark in cut for mark in marks):
            return cut
        rest = cut
        for mark in marks:
            rest = rest.replace(mark, "")
        rest = re.sub(r"(?:\s|,|&|\band\b)+", " ", rest).strip()
        role = re.fullmatch(r"\(([^()]*)\)", rest)
        if not rest or role:  # only staff: their role alone, as for one of them
            return role.group(1).strip() if role else ""
        roles = dict(self.staff_roles)
        for mark, surname in marks.items():
            cut = cut.replace(mark, roles.get(surname.casefold()) or self.your_carers)
        return cut

    def name_or_role(self, name: str) -> str:
        """``name`` as this copy may give it, or, cut to nothing, the person's role ("your class teacher")."""
        shown = self.name(name)
        if shown.strip():
            return shown
        for surname in self.staff:
            if re.search(rf"\b{re.escape(surname)}\b", name):
                return dict(self.staff_roles).get(surname.casefold(), shown)
        return shown

    def is_the_home(self, name: str) -> bool:
        """``name`` is the carers' and they are a place (a children's home, lodgings)."""
        return sentences.is_place(self.carers) and name.strip().casefold() == self.carers.strip().casefold()

    def home_staff(self, _: Callable[..., str], name: str) -> str:
        """The carers' place among people (who came, who was invited): its staff, "The staff at
        Meadowbank children's home", or "The staff where you live" where the place is kept."""
        if self.first_names_only:
            return _capitalised(self.name(name))
        return _("The staff at %(place)s", place=self.name(name))

    def in_text(self, text: str) -> str:
        """Who-does-it text as this copy may give it, the carers' full name replaced first."""
        if not self.first_names_only:
            return text
        return self.name(text.replace(self.carers, self.shown or self.unnamed))

    @property
    def unnamed(self) -> str:
        """The carers by no name: "your carer" for one person ("Mr Okonjo"), as "You live with" says."""
        return self.your_carers if sentences.more_than_one(self.carers) else self.your_carer


def _staff_roles(_: Callable[..., str], language: str, record: Record, texts: TextSource,
                 staff: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """Each cut staff member's surname (folded) and their role in the reader's words, "your class
    teacher", from who came or a name's own brackets ("Mrs Quarmby (SENCo)" among the actions)."""
    if not staff:
        return ()
    wanted = {surname.casefold() for surname in staff}
    role_words = _RoleWords.for_copy(_, language, record, texts)
    roles: dict[str, str] = {}

    def add(name: str, role: str) -> None:
        people = sentences.people_in(name)
        if len(people) != 1 or not role.strip():
            return
        # By surname, or by a first name the copy cuts too ("Gwenllian", ``school_staff_rare_first_names``).
        for surname in dict.fromkeys([*(sentences.surnames(name) or people[0].split()[-1:]), *people[0].split()]):
            if surname.casefold() in wanted:
                phrase = _your_role(person_gettext(language, person_gender(name, ""), _), role)
                roles.setdefault(surname.casefold(), phrase[:1].lower() + phrase[1:] if phrase[:1].isupper() else phrase)

    for index, person in enumerate(record.review.attendees):
        if not person.is_child:
            add(person.name, _role_words(role_words, texts, index, person))
    for name in [a.who for a in record.actions] + [r.name for r in record.distribution]:
        bracket = re.fullmatch(r"(.*?)\s*\(([^()]*)\)\s*", name)
        if bracket:
            add(bracket.group(1), role_words.words(bracket.group(2)))
    return tuple(roles.items())


def _staff_surnames(record: Record, place_withheld: bool, home_staff: list[str]) -> tuple[str, ...]:
    """The surnames a copy kept from the confidential place cuts from its staff's names: the
    home's (people.carers_family_names) and those rules.staff finds (a deputy, a teacher)."""
    if not place_withheld:
        return ()
    family = {word.casefold() for name in [record.child.name] + [r.name for r in record.distribution
                                                                 if r.role is Role.parent] for word in name.split()}
    # A school's staff member's first name few people have goes too, after the surnames: the school's website
    # names its head ("Gwenllian (head teacher)" finds the school; blind review 32): their role alone.
    rare = [first for first, _name in school_staff_rare_first_names(record)]
    return tuple(dict.fromkeys(home_staff + [name for name in [*place_staff_surnames(record), *rare]
                                             if name.casefold() not in family]))  # a parent's own surname stays


_OWNER = re.compile(r"^(?:your|the child's)\s+", re.IGNORECASE)
#: A role written with "the" ("the IRO"), not "the child's".
_THE_ROLE = re.compile(r"^the\s+(?!child['’]s\s)", re.IGNORECASE)


def childs_role(_: Callable[..., str], language: str, child: str, role: str, known: str | None = None) -> str | None:
    """A role written to the child ("your social worker") as an adult reads it, the child's:
    "Lacey's social worker" (``known``: the tool's word for it in the reader's language). None for a
    role that is not the child's ("Brookside House staff"): it stays as written."""
    plain = _OWNER.sub("", role.strip())
    if known is not None:
        return _("%(child)s's %(role)s", child=child, role=known)
    if plain == role.strip() and known_role(role) is None:
        return None
    if is_english(language):
        return _("%(child)s's %(role)s", child=child, role=plain)
    # The IRO's English, marked as such, says whose it is in English.
    return marked_english(_, language, Line(f"{child}'s {plain}", untranslated=True)).text


def _who_does_it(_: Callable[..., str], record: Record, band: str, language: str, source: TextSource,
                 carers: _Carers, role_words: _RoleWords, loc: Location, who: str, for_adults: bool = False) -> Line:
    """Who will do an action: the name as the record writes it, the role in the reader's words
    (for young children, the IRO in words they know). ``for_adults``: for the part read only by
    adults, where a role is the child's ("Tom Yardley (Lacey's social worker)"), never "your"."""
    names = record_names(record)
    child = record.child.first_name
    meant = who_is_meant(record, who)
    if meant and source(loc, who).text == who:  # not translated: the person meant, with their role
        who = f"{meant[0]} ({meant[1]})"
    named = _NAME_AND_ROLE.fullmatch(who)
    if not for_adults and band not in _PLAIN_ROLE_BANDS \
            and same_person((named.group("name") if named else who), record.review.chair.name):
        # The IRO's own row in their own letter: "me", not their role in the third person (a young
        # child reads what the IRO does instead: "Helen, who checks your plan").
        return Line(_("%(name)s (me)", name=record.review.chair.name.strip()))
    iro = _iro_named(_, who, record) if band in _PLAIN_ROLE_BANDS and not for_adults else None
    if iro:
        return Line(iro)
    line = source(loc, who)
    name = name_in(who, names)
    named = _NAME_AND_ROLE.fullmatch(who)
    if name is None and named and (line.translated_from is not None or known_role(named.group("role"))
                                   or carers.in_text(named.group("name")) != named.group("name")):
        # A name the record gives nowhere else with a role the catalogs translate, or that this copy
        # cuts ("Mrs Quarmby (your SENCo)"), or translated as a parent's copy shows it: a name, and a
        # role in the reader's words.
        name = named.group("name")
    # The English half of a bilingual copy names people as the reader's half does.
    english = in_full(carers.in_text(line.english)) if line.english else None  # "your PA": as every copy writes it
    if name is None and line.text == who and not is_english(language) and known_roles(who):
        # A role alone ("your IRO"), or roles of several ("dad and mum"): the catalogs' words, never the
        # IRO's English marked.
        known = role_words.known(who)
        if for_adults:
            return Line(childs_role(_, language, child, who, known), english)
        if _THE_ROLE.match(who):  # "the IRO": the role's own words, as the English copy says "The ..."
            return Line(_capitalised(known), english)
        if role_parts(who):
            return Line(_your_roles(_, language, role_words, role_parts(who)), english)
        return Line(_your_role(person_gettext(language, person_gender("", who), _), known), english)
    if name is None:  # not a name the record gives: the translator's words, whole
        shown = carers.in_text(line.text)
        if is_english(language):  # "Sue and Amir Khan (SW)": a role that is an acronym in full, as for one person
            shown = _ACRONYM_ROLE.sub(lambda m: in_full(m.group()), shown)
        if for_adults and is_english(language) and _OWNER.match(shown):
            shown = childs_role(_, language, child, shown) or shown  # "Your social worker": Lacey's
        if shown in (carers.your_carers, carers.your_carer):  # the reader's words, no English left
            return Line(shown[:1].upper() + shown[1:], english)
        if is_english(language) and known_role(who):  # a role alone starts its cell, in full: "Your Independent ..."
            return Line(_capitalised(in_full(shown)), english)
        # A name cut to its role ("your form tutor") still starts the cell, and so does a role as the
        # record writes it ("the school"), in every copy: "The school", as "The school and Sue".
        if not _NAME_PARTICLE.match(shown):  # "van der Berg" stays as written
            shown = shown[:1].upper() + shown[1:]
            english = english[:1].upper() + english[1:] if english else english
        return marked_english(_, language, Line(shown, None if shown == _capitalised(who) else english,
                                                line.untranslated, written_in=line.written_in))
    # The record's name, joined in the reader's words ("Bev i Carl Thornbury"); only the role
    # in brackets can still be English, so only it is marked: a name is no English passage.
    # The name cut first, as one phrase ("Mr and Mrs Thornbury" is "your carers"), before its
    # "and" is the reader's.
    cut = carers.in_text(name)
    # A confidential place's staff member among others, given by role ("Sue and your class teacher"):
    # the role in brackets after them all says no more.
    unnamed = not cut.strip() or cut in (carers.your_carers, carers.your_carer) \
        or any(phrase in cut and phrase not in name for _surname, phrase in carers.staff_roles)
    shown = sentences.joined_names(language, cut)
    role = _WHO_ROLE.fullmatch(who_as_written(who, line.text, names))
    role_text = role.group("role") if role else None
    if (role_text is None and line.translated_from is not None and _WHO_ROLE.fullmatch(who)
            and name_in(line.translated_from, names) is None):
        # Translated as a parent's copy shows it, the name cut ("your SENCo"): the words are the role.
        role_text = line.text
    came_as = iro_came_as_other(record, who)
    if (role_text is None and came_as is None and not is_english(language) and record.placement.confidential
            and format_path(loc) in cut_to_catalog_roles(record, language)):
        # "Mrs D'Souza", cut to "your carer" for a parent reading this language, so never sent to its
        # translator: the copies that name her give that role too, in the reader's words.
        role_text = as_a_parent_reads(record)(loc, who)
    if came_as is not None:  # "Tom Reid (your IRO)" who came as "your old IRO": who came decides
        person = record.review.attendees[came_as]
        words = _role_words(role_words, lambda at, english: marked_english(_, language, source(at, english)),
                            came_as, person)
        if for_adults:
            words = childs_role(_, language, child, person.role,
                                None if is_english(language) else role_words.known(person.role, person.name)) or words
        shown, english = f"{shown} ({words})", english and f"{name} ({person.role})"
    elif role_text is not None:  # a role the tool knows in the reader's words, as in who came
        known = role_words.known(role_text, name) if not is_english(language) else None
        words = (known if known is not None
                 else marked_english(_, language, Line(in_full(role_text), untranslated=line.untranslated,
                                                      written_in=line.written_in)).text)
        if for_adults and (known is not None or is_english(language) or line.untranslated):
            words = childs_role(_, language, child, role_text, known) or words
        if not cut.strip() and not for_adults:  # the role alone, in the child's words: "Your teacher"
            words = _your_role(person_gettext(language, person_gender(name, role_text), _), words)
        shown = words if not cut.strip() else cut if unnamed else f"{shown} ({words})"
    shown = carers.in_text(shown)
    if not shown.strip():  # never an empty cell: the name as written, which the copy's last look judges
        shown = line.text
    shown = shown[:1].upper() + shown[1:]  # a name cut to "your carer" or a role still starts the cell
    return Line(shown, None if shown == who else english, line.untranslated)


@per_record  # for the copy's translations, and again for each row of its actions table
def as_a_parent_reads(record: Record) -> Callable[[Location, str], str]:
    """The English of an item as a confidential placement's parent's copy shows it, for the
    translator of that copy: an action's who with the carers' and the place's staff's surnames cut
    ("Keith (your foster carer)", "your SENCo"); any other item as written, as the copy shows it."""
    _, _n = gettext_functions("en")
    carers = _Carers.for_copy(_, "en", record, Role.parent)
    role_words = _RoleWords.for_copy(_, "en", record, english_only)

    def form(loc: Location, text: str) -> str:
        if loc[0] != "actions" or loc[-1] != "who":
            return text  # the copy shows it as written, or is refused (validate names the surname)
        shown = _who_does_it(_, record, "teen", "en", english_only, carers, role_words, loc, text).text
        if shown == _("%(name)s (me)", name=record.review.chair.name.strip()):
            return text  # the chair's own row: the copy's own words, no translator's
        if shown != text and shown.split()[:1] and shown.split()[0] not in text.split():
            shown = shown[:1].lower() + shown[1:]  # "your carer", no name left: the cell capitalises it
        return shown
    return form


def _actions(_: Callable[..., str], record: Record, role: Role | frozenset[Role], band: str, language: str, source: TextSource,
             date: Callable[[dt.date], str], carers: _Carers,
             role_words: _RoleWords, kept_note: dict | None = None) -> tuple[list[dict], list[Line]]:
    """The actions this reader may see, and those kept from the child as lines for the adults' part."""

    def who_does_it(loc: Location, who: str, adults: bool) -> Line:
        return _who_does_it(_, record, band, language, source, carers, role_words, loc, who, adults)

    actions, for_adults = [], []
    for loc, action in visible_items(record.actions, "actions", role):
        entry = {"who": who_does_it(loc + ("who",), action.who, Role.child in action.withhold_from),
                 "what": marked_english(_, language, source(loc + ("what",), action.what)),
                 "by": sentences.action_when(_, band, date(action.by), date(action.done) if action.done else None)}
        entry["what"] = dataclasses.replace(entry["what"],
                                            text=_with_notes(entry["what"].text, action.withhold_from, kept_note))
        if Role.child in action.withhold_from:
            line = _("%(who)s, done on %(date)s: %(what)s", who=entry["who"].text, date=date(action.done),
                     what=entry["what"].text) if action.done \
                else _("%(who)s, by %(date)s: %(what)s", who=entry["who"].text, date=entry["by"],
                       what=entry["what"].text)
            for_adults.append(Line(line, entry["what"].english))
        else:
            actions.append(entry)
    return actions, for_adults


def _attendance(_: Callable[..., str], record: Record, recipient: Recipient, language: str, texts: TextSource,
                carers: _Carers, role_words: _RoleWords, for_adults: list[Line],
                band: str = "middle", roles: frozenset[Role] | None = None
                ) -> tuple[list[Line], list[dict], list[str], dict[str, int]]:
    """Who came, who shared their views (and how), who was invited but took no part, and how many
    people each list holds (a couple, "Mark and Lisa Owen", is two). Someone kept off the child's
    list goes to ``for_adults`` in every other copy, never among what is read to them. ``roles``: what
    the reader is kept from (a young child's own copy: the carer's too), else the recipient's."""
    came, shared_views, invited = [], [], []
    heads = {"came": 0, "shared": 0, "invited": 0}
    roles = recipient.kept_as if roles is None else roles
    kept_off = attendees_kept_from(record, roles)
    kept_from_child = attendees_kept_from(record, Role.child) if recipient.role is not Role.child else frozenset()
    usual = "" if band in _PLAIN_ROLE_BANDS and chair_covers(record) else None
    # The child's views each kept from this reader: how she sent them goes too ("sent me a voice note").
    views_kept = views_kept_from(record, roles)
    for index, person in enumerate(record.review.attendees):
        if index in kept_off and not same_person(person.name, recipient.name):
            continue  # kept off this reader's list of who was sent a copy: not named here either
        if person.is_child:
            label = _("You")
        elif carers.is_the_home(person.name):
            label = carers.home_staff(_, person.name)
            # "(children's home)" after "The staff at Meadowbank children's home" says nothing more.
            if person.role.strip().casefold() not in person.name.casefold():
                label = sentences.with_role(label, _role_words(role_words, texts, index, person))
        elif usual is None and band not in _PLAIN_ROLE_BANDS and same_person(person.name, record.review.chair.name):
            # The IRO in their own letter (a young child reads what they do, as in the actions).
            label = _("%(name)s (me)", name=person.name.strip())
        elif usual is not None and _iro_named(_, f"{person.name} ({person.role})", record):
            # The chair covered for the child's own IRO: a young child knows each by what they do.
            label = _iro_named(_, f"{person.name} ({person.role})", record)
        else:
            role_text = _role_words(role_words, texts, index, person)
            shown = titled(_, language, carers.name(person.name))
            # A family carer as a parent is ("Your nan, Bernadette", not "(nan and kinship carer)"), where
            # the copy names them (a parent's of a confidential kinship placement: "Your carer", below).
            family = family_carer(person.role, own_names(record.child))
            if family is not None:
                role_text = role_words.known(family, person.name) or family
            # "Your head of year" for Mrs Khatun: "your" in her form where it agrees (Urdu "آپ کی").
            gender = person_gender(person.name, family or person.role)
            label = _unnamed_label(person_gettext(language, gender, _), shown,
                                   role_text, carers) or sentences.person_label(
                _, language, person.model_copy(update={"name": shown, "role": family or person.role}), role_text,
                family=_family_gettext(_, language, gender, recipient.role is Role.child),
                reader=recipient.role is not Role.child and same_person(person.name, recipient.name))
        if index in kept_from_child:
            label = _adults_label(_, language, record, person, _role_words(role_words, texts, index, person),
                                  carers) or label
            if person.attended and person.contributed or contributed_something(person):
                contributed = texts(("review", "attendees", index, "contributed"), person.contributed)
                for_adults.append(Line(f"{label}: {contributed.text}", contributed.english))
            elif person.attended:
                for_adults.append(Line(_("%(who)s came to the meeting.", who=label)))
            elif not person.is_child and not sentences.took_part(person):
                # Invited, as to the child's list he is not: told to the adults, as who came is, never dropped.
                for_adults.append(Line(_("Invited but did not take part: %(who)s.", who=label)))
            continue
        # For someone who came, ``contributed`` says how they took part ("came with an interpreter"),
        # which is not always views: it goes beside their name under who came. Only someone who
        # did not come and sent their views ("sent a report") is listed as sharing them.
        # "did not reply to the invitation" shares nothing: they are listed as invited, and it is left out.
        contributed = texts(("review", "attendees", index, "contributed"), person.contributed) \
            if person.attended and person.contributed or contributed_something(person) else None
        people = 1 if person.is_child or sentences.is_place(person.name) \
            else max(1, len(sentences.people_in(person.name)))
        if person.attended:
            came.append(Line(f"{label}: {contributed.text}", contributed.english) if contributed else Line(label))
            heads["came"] += people
        elif contributed and not (person.is_child and views_kept):
            shared_views.append({"who": label, "how": contributed})
            heads["shared"] += people
        if not person.is_child and not sentences.took_part(person):
            invited.append(label)
            heads["invited"] += people
    # Under "How you shared your views:" the child's way alone ("Sent me a voice note"), not "You: ...".
    alone = [p["who"] for p in shared_views] == [_("You")]
    for entry in shared_views:
        how = entry["how"].text
        entry["said"] = how[:1].upper() + how[1:] if alone else f"{entry['who']}: {how}"
    return came, shared_views, invited, heads


def _adults_label(_: Callable[..., str], language: str, record: Record, person, role_text: str,
                  carers: _Carers) -> str | None:
    """Someone kept off the child's list as the adults' part names them: their role the child's
    ("Lacey's mum, Stacey", "Jo Smith (Lacey's keyworker)"), where who came says "your"; else None."""
    if person.is_child or carers.is_the_home(person.name):
        return None
    child = record.child.first_name
    shown = titled(_, language, carers.name(person.name))
    role = _OWNER.sub("", role_text.strip())
    if sentences.family_role(person.role) is not None and shown.strip():
        given = first_names(shown) or [shown]
        return _capitalised(_("%(child)s's %(role)s, %(name)s", child=child, role=role,
                              name=sentences.join(language, given)))
    if is_english(language) and _OWNER.match(role_text.strip()) and shown.strip():
        return sentences.with_role(sentences.joined_names(language, shown), childs_role(_, language, child, role_text))
    return None


def _family_carer(record: Record, role_words: _RoleWords) -> tuple[str, str | None] | tuple[None, None]:
    """The carer's family role ("mum") in the reader's words and their name, when an attendee or an
    action's who gives a carer as family (a child placed at home with mum, with her partner too:
    "Nicola Lark (your mum) and Dean Forbes"); else None, None."""
    carers = record.placement.carers
    found: dict[str, str] = {}  # each family carer's name -> their role in the reader's words
    for name, role in carers_roles(record):
        family = sentences.family_role(role)
        if family:
            words = family if is_english(role_words.language) else role_words.known(role, name) or family
            found.setdefault(name, re.sub(r"^(?:your|the child's)\s+", "", words, flags=re.IGNORECASE))
    roles = list(dict.fromkeys(found.values()))
    if len(found) > 1 and len(roles) > 1 and len(found) == len(sentences.people_in(carers)):
        # Every carer is family, each in their own role (nan and grandad): "your nan and grandad, Pat
        # and Ron", not "your nan, Pat, and Ron".
        return sentences.join(role_words.language, roles), None
    return next(iter(found.items()))[::-1] if found else (None, None)


def _unnamed_label(_: Callable[..., str], shown: str, role_text: str, carers: _Carers) -> str:
    """Who came, for someone a copy gives by no name: a place's staff member known only by title
    and surname by their role ("Your head of year"), carers by title and surname as "your carers"."""
    label = _your_role(_, role_text) if not shown.strip() \
        else shown if shown in (carers.your_carers, carers.your_carer) else ""
    return label[:1].upper() + label[1:]  # it starts a line, as a name does


#: A possessive in a role: whose it is is said already ("your teacher", "mum's advocate").
_WHOSE_ROLE = re.compile(r"^(?:your|the child's)\s|['’]s?\s", re.IGNORECASE)


def _your_roles(_: Callable[..., str], language: str, role_words: _RoleWords, parts: list[str]) -> str:
    """Roles of several people ("dad and mum", "your carers and social worker") in the child's words:
    each with its own "your" where the reader's language says it in each one's gender and the record
    gives every one's (Arabic, Polish, Urdu: "your dad and your mum"), else one "your" before them all,
    joined as the language joins a list ("Your dad and mum")."""
    genders = [person_gender("", part) for part in parts]
    own = [person_gettext(language, gender, _) for gender in genders]
    if all(genders) and any(form("Your %(role)s", role="") != _("Your %(role)s", role="") for form in own):
        each = [_your_role(form, role_words.known(part)) for form, part in zip(own, parts)]
        return join_list([each[0]] + [_uncapitalised(one) for one in each[1:]], language)
    return _your_role(_, join_list([role_words.known(part) for part in parts], language))


def _uncapitalised(text: str) -> str:
    """'Twoja mama' inside a list: 'twoja mama' (a script without capitals is as it is)."""
    return text[:1].lower() + text[1:]


def _your_role(_: Callable[..., str], role: str) -> str:
    """Someone given by their role alone, in the child's words: "Your teacher", not "Teacher", which
    stands alone in a list like a name (``_`` for the person's gender where the record gives it:
    Urdu "آپ کی امی", not "آپ کے")."""
    if not role.strip() or _WHOSE_ROLE.search(role):
        return role
    return _("Your %(role)s", role=role)


def _scale(_: Callable[..., str], language: str, record: Record, texts: TextSource, carers: _Carers,
           role_words: _RoleWords, recipient: Recipient | None = None) -> dict[str, Any] | None:
    if not record.scale:
        return None
    score = record.scale.score
    by = sentences.joined_names(language, carers.name(record.scale.by.strip()))
    named = _NAME_AND_ROLE.fullmatch(by)
    if not is_english(language) and role_parts(record.scale.by):
        # "dad and mum": roles, not two people's names ("Dad وmum"), in the reader's words, as a role
        # alone is said here with no person who came to name.
        by = role_words.known(record.scale.by)
    elif named:  # "Bev Tanner (advocate)": the role in the reader's words, or marked as English
        by = f"{named.group('name')} ({role_words.words(named.group('role'), named.group('name'))})"
    elif not is_english(language) and known_role(by) and by.casefold() != "you":
        # "your mum": the person who came with that role, as who came names them ("Your mum, Amina"),
        # else the role alone, in the reader's words.
        person = next((p for p in record.review.attendees if known_role(p.role) == known_role(by)), None)
        # As who came names them: "your" in their gender (Polish "Twoja mama, Amina"), and the reader
        # herself by name and role ("Amina (mama)"); not the child's own "Dy fam", which opens no sentence.
        by = (sentences.person_label(_, language, person.model_copy(update={"name": carers.name(person.name)}),
                                     role_words.known(person.role, person.name),
                                     family=person_gettext(language, person_gender(person.name, person.role), _),
                                     reader=recipient is not None and recipient.role is not Role.child
                                     and same_person(person.name, recipient.name))
              if person else role_words.known(by))
    if not by.strip():  # a confidential place's staff member known by title and surname: their role
        by = next((_your_role(person_gettext(language, person_gender(p.name, p.role), _),
                              _role_words(role_words, texts, i, p))
                   for i, p in enumerate(record.review.attendees) if same_person(p.name, record.scale.by)),
                  carers.your_carers)
    # Every copy is a letter to the child: a score they gave is "You gave it", by whatever name.
    by_child = scored_by_child(record)
    if not by_child and by[:1].islower():
        by = by[0].upper() + by[1:]  # "your mum" starts the sentence
    # ... and one they gave with someone is "You and Tess gave it", not "Ro and Tess".
    with_child = others_scoring_with_child(record)
    return {
        "score": score,
        "said": _("You gave it %(score)s out of 10.", score=score) if by_child
        else _("%(who)s gave it %(score)s out of 10.", score=score,
               who=sentences.join(language, [_("You"), *(carers.name_or_role(other) for other in with_child)]))
        if with_child else _("%(who)s gave it %(score)s out of 10.", who=by, score=score),
        "meaning": texts(("scale", "meaning"), record.scale.meaning),
        # One fill per cell 0..10 so a template can colour the chosen number.
        "fills": ["F6B26B" if n == score else "FFF2CC" for n in range(11)],
    }


def _role_words(role_words: _RoleWords, texts: TextSource, index: int, person) -> str:
    """An attendee's role in the reader's words: the tool's when it knows it ("advocate"), else
    the record's translation or the English marked as such."""
    known = role_words.known(person.role, person.name)
    if known is not None:
        return known
    return in_full(texts(("review", "attendees", index, "role"), person.role).text)


_TITLE = re.compile(r"(Mr|Mrs|Ms|Miss)\.?\s+(\S.*)")


def title_and_name(name: str) -> tuple[str, str] | None:
    """("Mrs", "Begum") of one person's "Mrs Begum" (or "Mrs. Begum"); None for a name without a
    title, or a joined one ("Mr and Mrs Begum"), which stays as written."""
    match = _TITLE.fullmatch(name.strip())
    if not match or re.search(r"\b(?:and|Mr|Mrs|Ms|Miss)\b|&", match.group(2)):
        return None
    return match.group(1), match.group(2)


def titled(_: Callable[..., str], language: str, name: str) -> str:
    """A name in a list with its English title in the reader's words ("Mrs Begum" -> "Pani Begum",
    "Mr and Mrs Begum" -> "Domnul și Doamna Begum"); the name itself stays as the record writes it."""
    if is_english(language):
        return name
    if sentences.couple_surname(name):
        return sentences.couple_titled(language, name) or name
    parts = title_and_name(name)
    if not parts:
        return name
    title, rest = parts
    return {"Mr": _("Mr %(name)s", name=rest), "Mrs": _("Mrs %(name)s", name=rest),
            "Ms": _("Ms %(name)s", name=rest), "Miss": _("Miss %(name)s", name=rest)}[title]


#: A role in a carer's brackets that already says they look after the child where they live: "supported
#: lodgings host", "foster carer", "residential key worker". Another "carer" beside it stacks two roles.
_CARER_KIND = re.compile(r"\b(?:carers?|hosts?|key ?workers?|residential (?:care )?workers?)\b", re.IGNORECASE)


def _carer_role_written(_: Callable[..., str], language: str, name: str, role_words: _RoleWords) -> str | None:
    """A carer recipient whose name's brackets give their role ("Margaret Iveson (supported lodgings
    host)") as one role, in the reader's words: not "(supported lodgings host, carer)"; else None."""
    match = _NAME_AND_ROLE.fullmatch(name)
    if not match or not _CARER_KIND.search(match.group("role")):
        return None
    person, role = match.group("name"), match.group("role")
    return f"{titled(_, language, person)} ({role_words.words(role, person)})"


def _other_label(_: Callable[..., str], language: str, name: str, role_words: _RoleWords) -> str:
    """An 'other' recipient as the distribution list names them, "Nia Evans (advocate)": the role
    in the reader's words when the tool knows it, else marked as the IRO's English."""
    match = _NAME_AND_ROLE.fullmatch(name)
    if is_english(language):
        return name
    if not match:
        return titled(_, language, name)
    person, role = match.group("name"), match.group("role")
    return f"{titled(_, language, person)} ({role_words.words(role, person)})"


def _copy_label(_: Callable[..., str], language: str, recipient: Recipient, addressed: str,
                carers: _Carers, role_words: _RoleWords, record: Record, texts: TextSource) -> str:
    role = recipient.role
    if role is Role.child:
        return _("This is your own copy, %(name)s.", name=addressed)
    if role is Role.carer and sentences.names_a_place(recipient.name):
        # A children's home is a place, not a carer: the copy is for the people who work there.
        return _("This copy is for the staff at %(place)s.", place=carers.name(recipient.name))
    name = sentences.joined_names(language, carers.name(recipient.name))
    # "Sarah Moss (advocate)" already says who she is; "(copy for information)" only for a bare name
    # whose role the record gives nowhere ("Maureen Ardley (nan)", as who was sent a copy says).
    role_came = _roles_of(_, record, texts, role_words).get(recipient.name.strip().casefold())
    if role is Role.other and recipient.name.rstrip().endswith(")"):
        label = _other_label(_, language, name, role_words)
    elif role is not Role.parent and role_came and not recipient.name.rstrip().endswith(")"):
        # The role who came gives them, as the list of who was sent a copy says: "Margaret Iveson
        # (supported lodgings host)", "Janet Oddie (respite carer)", not "(carer)".
        label = sentences.with_role(titled(_, language, name), role_came)
    elif role is Role.carer and (written := _carer_role_written(_, language, name, role_words)):
        label = written
    else:
        label = sentences.with_role(titled(_, language, name),
                                    _role_label(_, role, sentences.more_than_one(recipient.name), role_words,
                                                recipient.name))
    return _("This copy is for %(name)s.", name=label)


def _sent_to(_: Callable[..., str], language: str, record: Record, recipient: Recipient, texts: TextSource,
             carers: _Carers, role_words: _RoleWords, roles: frozenset[Role] | None = None) -> tuple[str, Line | None]:
    """Who was sent a copy, one a line: "Amina Khan (parent)", "Mark and Lisa Owen (carers)";
    'other' recipients by name alone ("Sarah Moss (advocate)"): everyone listed got a copy.
    An 'other' recipient with a bare name takes their role from who came ("Maureen Ardley (nan)").
    Those kept off the child's list are, in every other copy, a line for the adults' part instead
    (the list closes the letter read to the child), else None."""
    roles_of = _roles_of(_, record, texts, role_words)
    if recipient.role is Role.child:
        # The child's own list gives a family carer by the family word, as who came does: "Bernadette Ó
        # Súilleabháin (nan)", not the system's "(nan and kinship carer)" (blind review 32, finding 9).
        roles_of |= {key: role_words.known(family, key) or family for key, role in role_words.roles.items()
                     if (family := family_carer(role, own_names(record.child))) is not None}

    def line(other: Recipient) -> str:
        key = other.name.strip().casefold()
        unnamed = _unnamed_recipient(_, language, other.name, roles_of.get(key), carers)
        if unnamed:
            return unnamed
        shown = sentences.joined_names(language, carers.name(other.name))
        if other.role is Role.other or other._parent_sent_as_other:  # "Tariq Khan (dad)", not "(parent)"
            if key in roles_of and not other.name.rstrip().endswith(")"):
                return sentences.with_role(titled(_, language, shown), roles_of[key])
            return _other_label(_, language, shown, role_words)
        if other.role is Role.carer and sentences.names_a_place(other.name):
            return _capitalised(carers.name(other.name))
        # Someone who came is given the role who came gives them: "Hazel Crane (residential key worker)",
        # not "(carer)" beside it. A parent keeps "(parent)", as the parents' rules word it.
        if other.role is not Role.parent and key in roles_of and not other.name.rstrip().endswith(")"):
            return sentences.with_role(titled(_, language, shown), roles_of[key])
        if other.role is Role.carer and (written := _carer_role_written(_, language, shown, role_words)):
            return written
        return sentences.with_role(titled(_, language, shown),
                                   _role_label(_, other.role, sentences.more_than_one(other.name), role_words,
                                               other.name))

    listed = named_recipients(record, recipient, roles)
    kept = [other for other in listed if Role.child in other.withhold_from] if recipient.role is not Role.child else []

    def for_adult(other: Recipient) -> str:
        # "Lee Marsh (your dad)", as an action's who writes it: the child's dad, to the adults.
        named = _NAME_AND_ROLE.fullmatch(shown := line(other))
        role = named and childs_role(_, language, record.child.first_name, named.group("role"))
        return f"{named.group('name')} ({role})" if role and _OWNER.match(named.group("role")) else shown

    for_adults = Line(_("A copy of this record was also sent to %(names)s.",
                        names=sentences.join(language, [for_adult(other) for other in kept]))) if kept else None
    return "\n".join(line(other) for other in listed if other not in kept), for_adults


def _roles_of(_: Callable[..., str], record: Record, texts: TextSource, role_words: _RoleWords) -> dict[str, str]:
    """A person's name (folded) -> their role in the reader's words, as who came gives it; someone
    who did not come, as an action's "who" gives it ("Lee Marsh (your dad)")."""
    roles_of = {p.name.strip().casefold(): _role_words(role_words, texts, i, p)
                for i, p in enumerate(record.review.attendees) if not p.is_child}
    for action in record.actions:
        named = _NAME_AND_ROLE.fullmatch(action.who)
        if named and not _iro_named(_, action.who, record):
            roles_of.setdefault(named.group("name").strip().casefold(),
                                role_words.words(named.group("role"), named.group("name")))
    return roles_of


def _unnamed_recipient(_: Callable[..., str], language: str, name: str, role_came: str | None,
                       carers: _Carers) -> str:
    """A recipient this copy gives by no name, as the list of who was sent a copy shows them: the
    carers by title and surname ("your carers"), a confidential place's staff member known only
    by title and surname by their role ("Mrs Khatun (head of year)": "Your head of year"); else ""."""
    match = re.fullmatch(r"(.*?)\s*\(([^()]*)\)\s*", name)
    person = match.group(1) if match else name
    cut = carers.name(person)
    if cut in (carers.your_carers, carers.your_carer):
        return _capitalised(cut)
    if cut.strip() or cut == person:
        return ""
    gender = person_gender(person, match.group(2) if match else "")
    if match:
        known = known_role(match.group(2))
        # A woman's or a man's word where the title says which ("Mrs Khatun": Polish "opiekunka rocznika").
        role = (person_variant(language, known, gender) or _(known)) if known and not is_english(language) \
            else marked_english(_, language, Line(match.group(2), untranslated=not is_english(language))).text
    else:
        role = role_came or ""
    return _capitalised(_your_role(person_gettext(language, gender, _), role))


def _dated(_: Callable[..., str], review, language: str) -> str:
    if review.written:
        return _("Record written on %(date)s", date=format_date(review.written, language, "long"))
    return _("Copy made on %(date)s", date=format_date(today(), language, "long"))


_PATHWAY_PLAN = re.compile(r"\bpathway plan\b", re.IGNORECASE)


@per_record
def _in_care_at_16(record: Record) -> bool:
    """The record shows a care leaver: 16 or over at the review, or a personal adviser or pathway plan named."""
    return (age_on(record.child.date_of_birth, record.review.date) >= 16
            or sentences.personal_adviser(record) is not None
            or any(_PATHWAY_PLAN.search(text) for _loc, text, _withheld in record.free_texts()))


def _has_advocate(record: Record) -> bool:
    """The record says the child has an advocate, or names theirs: else PN2 and PN5 claim none
    (validate warns); mum's advocate is not theirs."""
    return advocate_status(record) == "has_one" or any(
        childs_own_role(p.role, "advocate", record) for p in record.review.attendees)


def read_long_after(record: Record, aftercare_until: int = 25) -> bool:
    """The copy is made once the reader is 18 and no care leaver still helped (a baby's review read
    at 20, anyone's at 25, 26 in Scotland): years on, the chair is no one to ask; the council's access
    to records team is."""
    adult = birthday(record.child.date_of_birth, 18) <= today()
    still_helped = _in_care_at_16(record) and today() < birthday(record.child.date_of_birth, aftercare_until)
    return adult and not still_helped


def made_years_on(record: Record, next_review: dt.date, review_band: str, band_now: str | None) -> bool:
    """The copy is made years on: the reader 18 by then, or the next review gone by and the reader in an
    older age band than at the review (``review_band``): the chair offers nothing in the present."""
    return birthday(record.child.date_of_birth, 18) <= today() or (
        next_review < today() and band_now is not None and sentences.older(band_now, review_band) != review_band)


def _rights(_: Callable[..., str], record: Record, band: str, told_band: str, iro_first: str,
            care_leaver: bool = False, family: str | None = None, adult: bool = False,
            others: str | None = None, kept: frozenset[Role] = frozenset(), grown: bool = False,
            later: bool = False, moved: bool = False) -> list[str]:
    """The child's rights, one a paragraph: advocate, independent visitor, complaints, then the rest.
    ``care_leaver``: 18 by the day the copy is made and in care at 16 or over, so no longer in care:
    no independent visitor (left empty) or review to ask for; the personal adviser helps, the IRO
    answers about this record. ``adult``: 18 by the day the copy is made; without ``care_leaver``
    (a young child's review read as an adult) only what is true of anyone who was in care: no
    pathway plan or personal adviser. ``family``: a carer is family ("mum"); ``others``: the other
    carers by first name ("Dean"). ``grown``: the reader is past the review's band by the day the copy is
    made, so no "When you are older" (PN0's) is said to them. ``later``: the copy is made years on (see
    ``context``): no offer of the chair's in the present ("ask me", "tell me", "talk to me"), nor whether
    they have an advocate or independent visitor now. ``moved``: a later record gives another home: the
    carers of then are not offered to help."""
    code = record.review.participation
    if adult and not care_leaver:
        return [
            _("You had an advocate while you were in care.") if advocate_status(record) == "has_one" else "",
            "",
            " ".join((_("If you are unhappy about the help you got while you were in care, you can complain."),
                      _("The council can tell you how."))),
            _("You can ask to see the records we keep about you."),
            _("If you have questions about this record now, ask the council's access to records team."),
        ]
    adviser = sentences.personal_adviser(record, kept) is not None
    if (care_leaver or grown) and code == "PN0":
        code = ""  # not "When you are older, someone will explain how to complain": they are grown up
    rights = [
        sentences.advocate(_, band, advocate_status(record), code, told_band, care_leaver,
                           chair_covers(record) or later, later=later),
        "" if care_leaver else sentences.independent_visitor(_, band, record.rights.independent_visitor, code,
                                                              told_band, later=later),
        sentences.complaints(_, band, record.rights.complaints_explained, code,
                             sentences.Around(None, False, adviser, leaver=True) if care_leaver
                             else dataclasses.replace(sentences.around(record, kept), later=later,
                                                      **({"home": None, "carers_left_out": True} if moved
                                                         else {"family": family, "others": others}))),
    ]
    if care_leaver:
        rights += sentences.care_leaver_rights(_, adviser)
        rights.append(_("If you have questions about this record, you can contact me, %(iro)s.", iro=iro_first))
        return rights
    if told_band in ("teen", "young_adult"):
        rights += sentences.challenge_rights(_, chair_covers(record) or later)
    rights += _own_iro(_, record, band, iro_first, later)
    return rights


def _own_iro(_: Callable[..., str], record: Record, band: str, iro_first: str, later: bool = False) -> list[str]:
    """Whom the child can talk to: the chair, or, when the chair covered this review, the
    child's own IRO (named when the record names them), whom they go to afterwards, how to reach
    them (the record gives no contact of theirs), and then the chair, whose phone number and email
    follow as "My phone number is ...": never read as the child's own IRO's. ``later``: made years
    on, when the record cannot say who their IRO is now, nor that they still have one: their IRO now,
    if they are still in care, and the chair for questions about this record."""
    if later:
        return [_("If you are still in care, you can talk to your Independent Reviewing Officer whenever you "
                  "want to."),
                _("If you have questions about this record, you can contact me, %(iro)s.", iro=iro_first)]
    if not chair_covers(record):
        return [_("You can talk to me, %(iro)s, whenever you want to.", iro=iro_first)]
    usual = usual_iro(record)
    if usual is None:
        own = _("You can talk to your Independent Reviewing Officer whenever you want to.")
    else:
        own = " ".join((_("You can talk to %(name)s, your Independent Reviewing Officer, whenever you want.",
                          name=_known_as(usual) if band in sentences.PLAIN_BANDS else usual),
                        _("Your social worker can help you reach %(name)s.", name=_known_as(usual))))
    return [own, _("If you have questions about this record, you can contact me, %(iro)s.", iro=iro_first)]


def _comma(language: str) -> str:
    """The comma between two markers in the notice, the language's own ("،" in Urdu, "፣" in Tigrinya)."""
    return "، " if is_right_to_left(language) else "፣ " if language.split("_")[0] == "ti" else ", "


def _untranslated_notice(_: Callable[..., str], ngettext: Callable[..., str], language: str, chair, count: int,
                         written_in: tuple[str, ...] = ("en",), adult: bool = False, long_after: bool = False) -> str:
    """What a reader of a part-English copy needs: which parts (``count`` of them: "One part ... is",
    in each language's number), that the translation follows, and whom to ask (the IRO, by name,
    phone and email as the record gives them). Parts the record says are in another language (a
    child's words in Welsh) are not called English. ``adult``: the notice is to the copy's adult
    reader, not the child the letter is to (Welsh "chi", not the child's "ti"): its own message.
    ``long_after`` (read_long_after): years on, no translation is on its way and the chair is no one
    to ask, as the rights of such a copy say: the council's access to records team can have the parts
    translated, and the chair's phone and email are not given (as in an English copy made then)."""
    if long_after:
        if all(is_english(code) for code in written_in):
            return ngettext("One part of this record is still in English. It is marked like this: %(marker)s. "
                            "The council's access to records team can have it translated.",
                            "Some parts of this record are still in English. Each one is marked like this: "
                            "%(marker)s. The council's access to records team can have them translated.", count,
                            marker=_("[in English: %(text)s]", text="…"))
        markers = _comma(language).join(marked_english(_, language, Line("…", untranslated=True, written_in=code)).text
                                        for code in written_in)
        return ngettext("One part of this record is not translated yet. It is marked with the language it is "
                        "written in, like this: %(marker)s. The council's access to records team can have it "
                        "translated.",
                        "Some parts of this record are not translated yet. Each one is marked with the language it "
                        "is written in, like this: %(marker)s. The council's access to records team can have them "
                        "translated.", count, marker=markers)
    contact = _comma(language).join(part for part in (chair.phone and sentences.phone_number(chair.phone, language),
                                                      chair.email) if part)
    if all(is_english(code) for code in written_in):
        parts = ngettext("One part of this record is still in English. It is marked like this: %(marker)s. "
                         "Its translation will follow.",
                         "Some parts of this record are still in English. Each one is marked like this: %(marker)s. "
                         "Their translation will follow.", count, marker=_("[in English: %(text)s]", text="…"))
    else:
        markers = _comma(language).join(marked_english(_, language, Line("…", untranslated=True, written_in=code)).text
                                        for code in written_in)
        parts = ngettext("One part of this record is not translated yet. It is marked with the language it is "
                         "written in, like this: %(marker)s. Its translation will follow.",
                         "Some parts of this record are not translated yet. Each one is marked with the language it "
                         "is written in, like this: %(marker)s. Their translation will follow.", count, marker=markers)
    if adult:
        ask = _("If you have any questions about this copy, please contact %(name)s: %(contact)s.",
                name=chair.name, contact=contact) if contact \
            else _("If you have any questions about this copy, please contact %(name)s.", name=chair.name)
    else:
        ask = _("If you have questions, please contact %(name)s: %(contact)s.", name=chair.name, contact=contact) \
            if contact else _("If you have questions, please contact %(name)s.", name=chair.name)
    return " ".join((parts, ask))


def as_said(context: dict[str, Any]) -> list[str]:
    """The texts of a copy kept as someone said them, digits too (the child's own words, and
    those set apart for the adults): what the layout never gives the copy's digits."""
    adults = (context.get("for_adults") or {}).get("lines", [])
    return [line.text for line in [*context["views"], *adults] if isinstance(line, Line) and line.as_said]


def document_title(record: Record, language: str) -> str:
    _, _n = gettext_functions(language, grammatical_gender(record.child.pronouns))
    # The title is in the document's properties, which the layout pass does not see: its
    # digits are the copy's own here (the name has none).
    return localise_digits(_("Review record for %(name)s, %(date)s", name=record.child.first_name,
                             date=format_date(record.review.date, language, "long")), language)


__all__ = ["Line", "TextSource", "as_said", "build_context", "document_title", "english_only",
           "marked_english", "titled"]


_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")
#: "Jo Smith (your social worker)": the role in brackets at the end of an action's "who".
_WHO_ROLE = re.compile(r"[^()]*?\s*\((?P<role>[^()]*)\)\s*")
#: "Bev Tanner (advocate)": a name with one role in brackets after it.
_NAME_AND_ROLE = re.compile(r"(?P<name>[^()]*?)\s*\((?P<role>[^()]*)\)\s*")


#: A role in brackets that is an acronym alone: "(SW)", "(your PA)"; not "(IRO covering while Helen is away)".
_ACRONYM_ROLE = re.compile(r"\((?:your )?(?:SW|PA|IRO|IV|DSL|(?i:SENCO|SENDCO|YOT worker|LAC nurse))s?\)")

#: A family name's particle a name starts with in small letters: "van der Berg", "de Souza", "al-Amin".
_NAME_PARTICLE = re.compile(r"(?:van|von|de|da|di|du|del|della|der|den|le|la|bin|bint|ibn|al|el|ap)[\s'’-]")


def _capitalised(line: str) -> str:
    """"The staff where you live" starting its line in the list of who was sent a copy (a name
    as the record writes it is never changed: "van der Berg")."""
    return line[:1].upper() + line[1:]
