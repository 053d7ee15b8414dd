"""The review record as the IRO writes it: the input contract.

The three files in ``examples/`` are accepted unchanged. Unknown keys are
errors, so a typo such as ``worrys`` cannot silently drop a section.
"""

from __future__ import annotations

import datetime as dt
import re
from contextvars import ContextVar
from enum import Enum
from typing import Annotated, Any, Iterator, Literal

from pydantic import (BaseModel, BeforeValidator, ConfigDict, Field, GetCoreSchemaHandler, GetJsonSchemaHandler,
                      PrivateAttr, ValidationInfo, field_validator, model_validator)
from pydantic_core import PydanticCustomError, core_schema

from .roles import carer_named, carers_people, own_names, parent_role, person_gender, written_short
from ..support import regexes


#: An address written as most are: lower-case letters and digits, parts joined by one dot, hyphen, plus
#: or underscore, a domain of at least two names, the last all letters. email_validator takes each such
#: address as it is (tests/test_email_addresses.py), so it is imported only for any other: its
#: patterns cost a command 20 ms.
_PLAIN_EMAIL = regexes.compile(r"[a-z0-9]+(?:[._+-][a-z0-9]+)*@(?:[a-z0-9]+(?:-[a-z0-9]+)*\.)+[a-z]{2,63}")
#: email_validator's special-use domains, which it refuses (SPECIAL_USE_DOMAIN_NAMES).
_SPECIAL_USE = frozenset({"arpa", "invalid", "local", "localhost", "onion", "test"})


def _plain_email(value: str) -> bool:
    local, _, domain = value.partition("@")
    return (len(value) <= 254 and len(local) <= 64 and _PLAIN_EMAIL.fullmatch(value) is not None
            and domain.rpartition(".")[2] not in _SPECIAL_USE and all(len(part) <= 63 for part in domain.split(".")))


def _validate_email(value: str) -> str:
    if _plain_email(value):
        return value
    from pydantic.networks import validate_email  # noqa: PLC0415 - imports email_validator

    return validate_email(value)[1]


class EmailStr:
    """pydantic's ``EmailStr`` (the same checks, messages and schema), email_validator imported only
    for an address not plainly written."""

    @classmethod
    def __get_pydantic_core_schema__(cls, _source: type, _handler: GetCoreSchemaHandler) -> core_schema.CoreSchema:
        return core_schema.no_info_after_validator_function(_validate_email, core_schema.str_schema())

    @classmethod
    def __get_pydantic_json_schema__(cls, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler) -> dict:
        field_schema = handler(schema)
        field_schema.update(type="string", format="email")
        return field_schema


class Role(str, Enum):
    """Who a copy of the record goes to; withholding is decided per role."""

    child = "child"
    parent = "parent"
    carer = "carer"
    social_worker = "social_worker"
    other = "other"


ROLES: tuple[str, ...] = tuple(r.value for r in Role)

PARTICIPATION_CODES = ("PN0", "PN1", "PN2", "PN3", "PN4", "PN5", "PN6", "PN7")
#: Codes under which the child told or showed us their views.
PARTICIPATION_WITH_VIEWS = frozenset({"PN1", "PN2", "PN3", "PN5", "PN6"})

AGE_BANDS = ("early", "young", "middle", "teen", "young_adult")

#: The record's lists of items (fields of `Record`), in its order: the child's own words, then
#: the three headings the review is written under. Every module that walks them takes them here.
HEADED_SECTIONS: tuple[str, ...] = ("working_well", "worries", "goals")
ITEM_SECTIONS: tuple[str, ...] = ("child_views", *HEADED_SECTIONS)
#: The parts whose entries can be withheld from a reader: each item, and an action as a whole.
WITHHOLDABLE_SECTIONS: tuple[str, ...] = (*ITEM_SECTIONS, "actions")


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


Text = Annotated[str, Field(min_length=1)]
# Dates a review could hold: a year such as 9999 is a typing slip, and would overflow the
# timescales (the next review six months on) instead of being a message.
RecordDate = Annotated[dt.date, Field(ge=dt.date(1900, 1, 1), le=dt.date(2199, 12, 31))]
# Names and the case id go into file names, which the file system limits to 255 bytes.
CaseId = Annotated[str, Field(min_length=1, max_length=40)]
Name = Annotated[str, Field(min_length=1, max_length=120)]
WithholdFrom = Annotated[
    list[Role],
    Field(description="Roles that must not see this item (child, parent, carer, social_worker, other)."),
]


class Item(_Model):
    """One point in a list: plain text, or text withheld from some recipients."""

    text: Text
    withhold_from: WithholdFrom = []
    language: str | None = Field(
        None, description="The language the text is written in when it is not English (a code, as "
        "child.language): a child's words kept as they said them in Welsh say `language: cy`. A copy in "
        "that language shows them as written, unmarked; nobody is asked to translate them into it.",
    )


def _text_to_item(value: Any) -> Any:
    return {"text": value} if isinstance(value, str) else value


#: A list entry written either as plain text or as ``{text, withhold_from}``.
ListItem = Annotated[
    Item, BeforeValidator(_text_to_item, json_schema_input_type=str | Item)
]


def _written_in_language(data: Any, fields: tuple[str, ...], into: str) -> Any:
    """``{text: ..., language: cy}`` in place of plain text, as a list entry takes it, for ``fields``
    of an action, the plan or the venue: the text goes to the field, the language to ``into``."""
    if not isinstance(data, dict):
        return data
    data = dict(data)
    for field in fields:
        value = data.get(field)
        if isinstance(value, dict) and set(value) <= {"text", "language"} and "text" in value:
            data[field] = value["text"]
            if value.get("language") is not None:
                data.setdefault(into, value["language"])
    return data


#: What ``language`` says of the IRO's free text outside the lists (an action, the plan, the venue).
WRITTEN_IN = ("The language its text is written in when it is not English (a code, as child.language), "
              "as a list entry's `language`: a Welsh-writing IRO's action says `language: cy`, or writes "
              "`what: {text: ..., language: cy}`. A copy in that language shows it as written, unmarked; "
              "nobody is asked to translate it into it.")


class Child(_Model):
    id: CaseId = Field(description="The council's case number for the child.")
    name: Name = Field(description="Full name.")
    known_as: Text | None = Field(None, description="What the child likes to be called.")
    date_of_birth: RecordDate
    pronouns: str | None = Field(None, description="For example she/her, he/him, they/them.")
    language: str = Field("en", description="Language of the child's own copy (a code such as en, ps, ur).")
    entered_care: RecordDate
    reading_level: Literal["early", "young", "middle", "teen", "young_adult"] | None = Field(
        None, description="Age band to write for when understanding differs from age."
    )

    @property
    def first_name(self) -> str:
        return self.known_as or self.name.split()[0]


class Chair(_Model):
    name: Text = Field(description="The Independent Reviewing Officer who chaired the review.")
    phone: str | None = Field(None, description="Write it in quotes if it starts with 0 and has no spaces.")
    email: EmailStr | None = None
    pronouns: str | None = Field(
        None, description="The IRO's, e.g. she/her: some languages (Polish) change 'I told you' with them."
    )


class Attendee(_Model):
    name: Text
    role: Text = Field(description="Their role in words, e.g. 'social worker', 'mum', or 'you' for the child.")
    attended: bool = True
    contributed: str | None = Field(None, description="How they shared their views, e.g. 'sent a report'.")

    @property
    def is_child(self) -> bool:
        return self.role.strip().casefold() == "you"


ReviewStatus = Literal["held", "planned"]
#: The review's status as the record writes it, while a record is checked: a review with another field
#: wrong (a misspelt key in an attendee) is still planned, and needs no care_plan or rights.
_STATUS_WRITTEN: ContextVar[Any] = ContextVar("_STATUS_WRITTEN", default=None)


def _needed_once_held(value: Any, held: bool) -> Any:
    """A field the meeting fills in: needed once the review is held, not while it is planned."""
    if value is None and held:
        raise PydanticCustomError("missing", "Field required")
    return value


class Review(_Model):
    status: ReviewStatus = Field(
        "held", description="'planned' for a review not held yet: its invitations and consultation booklets "
        "(`recordgen consult`) need only the child, the date, time and venue, who is invited and the "
        "distribution list; what the meeting fills in (participation, rights, the plan's verdict) is not needed.",
    )
    date: RecordDate = Field(description="Date of the review meeting.")
    time: str | None = Field(
        None, pattern=r"^([01][0-9]|2[0-3]):[0-5][0-9]$",
        description="The meeting's start time, 24-hour HH:MM (needed for a planned review's invitations).",
    )
    sequence: int = Field(ge=1, description="1 for the first review after entering care, then 2, 3...")
    venue: Text
    venue_language: str | None = Field(None, description="Of the venue: " + WRITTEN_IN)
    chair: Chair
    participation: str | None = Field(
        None, validate_default=True,
        description="National participation code, PN0 to PN7 (not needed while the review is planned).")
    attendees: list[Attendee] = Field(
        [], description="Who came and took part; for a planned review, who is invited.")
    written: RecordDate | None = Field(
        None, description="The day the IRO wrote the record. When left out, each copy says the day it "
        "was made instead ('copy made on'), so a copy made years later is never dated as written then.",
    )
    adjourned_from: RecordDate | None = Field(
        None, description="For a review held over more than one meeting (started, adjourned, finished "
        "later): the day it started. `date` is the day it finished, from which the timescales count; the "
        "copies say both.",
    )

    @model_validator(mode="before")
    @classmethod
    def _venue_in_a_language(cls, data: Any) -> Any:
        return _written_in_language(data, ("venue",), "venue_language")

    @property
    def planned(self) -> bool:
        return self.status == "planned"

    @field_validator("participation")
    @classmethod
    def _participation_once_held(cls, value: str | None, info: ValidationInfo) -> str | None:
        return _needed_once_held(value, info.data.get("status", "held") == "held")


class Scale(_Model):
    score: int = Field(description="0 to 10.")
    by: Text = Field(description="Who gave the score ('you' for the child).")
    meaning: Text = Field(description="What 0 and 10 mean.")


class Action(_Model):
    who: Text = Field(description="A named person, with their role in brackets.")
    what: Text = Field(description="What they will do.")
    by: RecordDate = Field(description="The date it will be done by.")
    withhold_from: WithholdFrom = []
    done: dt.date | None = Field(
        None, description="The day it was done, recorded by the IRO between reviews (`recordgen actions` "
        "lists what is still open). A copy made after it shows the action as done, and when.",
    )
    language: str | None = Field(None, description="Of its who's role and its what: " + WRITTEN_IN)

    @model_validator(mode="before")
    @classmethod
    def _in_a_language(cls, data: Any) -> Any:
        return _written_in_language(data, ("who", "what"), "language")


#: ``care_plan.still_right``'s third answer, beside true and false: the plan changed at this review,
#: and the IRO thinks the new plan is right (blind review 32, finding 5). Neither "still right" (it is
#: new) nor "not right" (the IRO agreed it) is true of it.
PLAN_CHANGED = "changed"
#: What pydantic takes for true or false (its lax bool), as the field took them before it had a third answer.
_YES_NO = frozenset({"0", "off", "f", "false", "n", "no", "1", "on", "t", "true", "y", "yes"})


def plan_answer(value: Any) -> Any:
    """``still_right`` as written: "changed" (any case) as PLAN_CHANGED; true or false as pydantic
    takes them; anything else one message naming all three answers (not one per answer's type)."""
    if isinstance(value, str) and value.strip().casefold() == PLAN_CHANGED:
        return PLAN_CHANGED
    if isinstance(value, bool) or (isinstance(value, int) and value in (0, 1)) or (
            isinstance(value, str) and value.strip().casefold() in _YES_NO):
        return value
    raise PydanticCustomError("plan_answer", "'{value}' should be true, false or changed", {"value": value})


def plan_found_right(value: Any) -> bool | None:
    """Whether the IRO found the plan right, from ``still_right`` as written: a plan changed at the
    review and agreed is right (the next review's "still right" / "any more" follow from it)."""
    if isinstance(value, str) and value.strip().casefold() == PLAN_CHANGED:
        return True
    return value if isinstance(value, bool) else None


class CarePlan(_Model):
    plan: Text = Field(description="The plan, written to the child.")
    still_right: Annotated[bool | Literal["changed"], BeforeValidator(plan_answer)] = Field(
        description="Whether the IRO agrees the plan still meets the child's needs: true or false; "
        "'changed' when the plan changed at this review and the IRO thinks the new plan is right.",
        union_mode="left_to_right")
    language: str | None = Field(None, description="Of the plan: " + WRITTEN_IN)

    @model_validator(mode="before")
    @classmethod
    def _in_a_language(cls, data: Any) -> Any:
        return _written_in_language(data, ("plan",), "language")


RightStatus = Literal["offered", "has_one", "declined", "not_yet"]


class Rights(_Model):
    advocate: RightStatus
    independent_visitor: RightStatus
    complaints_explained: bool


class Placement(_Model):
    carers: Text
    address: Text = Field(description="Withheld from parents when confidential is true.")
    school: str | None = None
    confidential: bool = Field(False, description="Withhold the address and school from parents.")
    carers_named_to_parents: bool = Field(
        False, description="With confidential: true, parents' copies may name the carers in full. "
        "Left false, they give the carers' first names only, as a surname can find a house.",
    )


class NextReview(_Model):
    date: RecordDate | None = Field(None, description="When left out, the last working day on or before the latest lawful date is used.")


_NAME_AND_ROLE = regexes.compile(r"\s*([^()]+?)\s*\(([^()]*)\)\s*")


class Recipient(_Model):
    role: Role
    name: Name
    language: str | None = Field(None, description="Defaults to the child's language for the child, English otherwise.")
    bilingual: bool = Field(False, description="Each item in their language and in English.")
    format: Literal["docx", "pdf"] = "docx"
    email: EmailStr | None = None
    withhold_from: WithholdFrom = Field(
        [], description="Roles whose copies must not name this recipient in the list of who was sent a "
        "copy (their own copy always names them).",
    )
    address: str | None = Field(
        None, description="The recipient's own postal address, for a copy sent by post (never the child's)."
    )
    #: The parent's role the record gives someone written as ``other`` ("mum"), who gets a parent's copy.
    _parent_sent_as_other: str | None = PrivateAttr(None)
    #: The parent's name as the record gives it in full, when this recipient's is it written short
    #: ("Mrs D Brannigan" for "Donna Brannigan").
    _parent_written_short: str | None = PrivateAttr(None)
    #: The role a parent was sent papers as, when not ``other`` (``carer``, ``social_worker``).
    _parent_sent_as: str | None = PrivateAttr(None)
    #: Roles besides their own whose withholding keeps things from them: the carer the placement names,
    #: sent papers as a parent ("Nicola Lark (your mum)", the child placed at home), is a carer too.
    _also_kept_as: frozenset = PrivateAttr(frozenset())

    @property
    def kept_as(self) -> frozenset[Role]:
        """Every role whose ``withhold_from`` keeps a thing from this reader."""
        return frozenset({self.role}) | self._also_kept_as

    def role_given(self, attendees: list[Attendee], actions: list[Action] = ()) -> tuple[str, str]:
        """Their name and the role the record gives them: in brackets after the name, as who came says,
        or as an action's who does ("Lee Marsh (your dad)")."""
        bracketed = _NAME_AND_ROLE.fullmatch(self.name)
        if bracketed:
            return bracketed.group(1), bracketed.group(2).strip()
        roles = {person.name.strip().casefold(): person.role for person in attendees}
        for action in actions:
            named = _NAME_AND_ROLE.fullmatch(action.who)
            if named:
                roles.setdefault(named.group(1).casefold(), named.group(2).strip())
        return self.name, roles.get(self.name.strip().casefold(), "")


class BookletReturned(_Model):
    reference: Text = Field(description="The booklet's reference (names no one), so it is not imported twice.")
    by: Text = Field(description="Whose booklet: their name and role.")
    received: RecordDate


class ConsultationNote(_Model):
    by: Text = Field(description="Who answered: their name and role.")
    question: Text = Field(description="The booklet's question, in English.")
    text: Text = Field(description="Their answer, as they wrote or chose it.")
    language: str | None = Field(None, description="The booklet's language when it is not English (a code).")


class Consultation(_Model):
    """Answers from the consultation booklets (`recordgen consult import`), for the IRO: no copy shows them.
    The child's written answers go into child_views, except those about arranging the meeting (who should
    come, where), which every copy would print; the rest are kept here under the heading they inform."""

    booklets: list[BookletReturned] = []
    working_well: list[ConsultationNote] = []
    worries: list[ConsultationNote] = []
    goals: list[ConsultationNote] = []
    meeting: list[ConsultationNote] = Field([], description="About the meeting itself: who should "
                                            "come and where (the child's wishes), chairing, an advocate, help to "
                                            "take part, how the child feels about it.")
    other: list[ConsultationNote] = []


class Record(_Model):
    """A Children in Care review record, written to the child."""

    child: Child
    review: Review
    child_views: list[ListItem] = Field([], description="The child's own words.")
    working_well: list[ListItem] = Field([], description="What's working well.")
    worries: list[ListItem] = Field([], description="What we are worried about.")
    goals: list[ListItem] = Field([], description="What it will look like when things are better.")
    scale: Scale | None = None
    actions: list[Action] = []
    care_plan: CarePlan | None = Field(None, validate_default=True, description="Not needed while the review is planned.")
    rights: Rights | None = Field(None, validate_default=True, description="Not needed while the review is planned.")
    placement: Placement
    next_review: NextReview | None = None
    distribution: list[Recipient] = Field(min_length=1)
    consultation: Consultation | None = Field(
        None, description="Answers from the consultation booklets, for the IRO; shown in no copy.")

    @model_validator(mode="wrap")
    @classmethod
    def _status_as_written(cls, data: Any, handler: Any) -> Any:
        review = data.get("review") if isinstance(data, dict) else None
        token = _STATUS_WRITTEN.set(review.get("status") if isinstance(review, dict) else None)
        try:
            return handler(data)
        finally:
            _STATUS_WRITTEN.reset(token)

    @model_validator(mode="after")
    def _parents_sent_as_other(self) -> Record:
        """A parent sent papers as ``other`` ("Agnieszka (mum)") gets a parent's copy and invitation: an
        ``other`` one would give her the confidential school, address and carers, and what is withheld
        from parents. Validate says so at her line. The carer the placement names is kept from what is
        withheld from carers whatever they are sent as (``Recipient.kept_as``)."""
        childs = own_names(self.child)
        for recipient in self.distribution:
            if recipient.role is Role.other:
                name, role = recipient.role_given(self.review.attendees, self.actions)
                if parent_role(role, childs):
                    recipient.role = Role.parent
                    recipient._parent_sent_as_other = role
                elif not role and (parent := self._parent_written_short(name, recipient)):
                    recipient.role = Role.parent
                    recipient._parent_written_short, recipient._parent_sent_as_other = parent
            elif recipient.role in (Role.carer, Role.social_worker):
                # A parent sent papers as a carer or social worker by a slip: by who they are, a parent, unless
                # the placement names them (a parent caring for the child is a carer too, below).
                name, role = recipient.role_given(self.review.attendees, self.actions)
                if parent_role(role, childs) and carer_named(self.placement.carers, name) is None:
                    recipient._parent_sent_as, recipient.role = recipient.role.value, Role.parent
                    recipient._parent_sent_as_other = role
        for recipient in self.distribution:
            name, role = recipient.role_given(self.review.attendees, self.actions)
            # Their own relation in placement.carers, wherever it is written ("Nicola Lark (your mum) and Dean").
            carers_role = None if recipient.role is Role.child else carer_named(self.placement.carers, name)
            if carers_role is None and recipient.role is not Role.child:
                carers_role = self._carer_written_short(name, recipient)  # "Alan S.", "Mr Stainforth"
            if carers_role is None:
                continue
            # What the IRO keeps from the carers is kept from the carer, whatever their papers say they are;
            # a parent caring for the child is a parent too.
            recipient._also_kept_as = (frozenset({Role.carer, Role.parent}) if parent_role(carers_role or role, childs)
                                       else frozenset({Role.carer})) - {recipient.role}
        return self

    def _parent_written_short(self, name: str, recipient: Recipient) -> tuple[str, str] | None:
        """The parent (name, role) whom ``name``, given no role, writes short ("Wayne" for "Wayne Brannigan
        (dad)", "Mrs D Brannigan" for "Donna Brannigan (mum)"), when it can be no one else the record names."""
        childs = own_names(self.child)
        people = [(p.name, p.role) for p in self.review.attendees if not p.is_child]
        people += [(m.group(1), m.group(2)) for a in self.actions if (m := _NAME_AND_ROLE.fullmatch(a.who))]
        people += [(n, given or ("parent" if r.role is Role.parent else "")) for r in self.distribution
                   if r is not recipient for n, given in [r.role_given(self.review.attendees, self.actions)]]
        people += [(carer, "carer") for carer in re.split(r"\s*(?:,|&|\band\b)\s*", self.placement.carers)]
        title = person_gender(name)  # "Mrs D Brannigan" is no dad
        found = {" ".join(full.split()).casefold(): " ".join(full.split()) for full, role in people
                 if written_short(name, full) and (not title or person_gender(full, role, childs) in (None, title))}
        if len(found) != 1:
            return None
        (key, full), = found.items()
        roles = [r for n, r in people
                 if " ".join(n.split()).casefold() == key and (r == "parent" or parent_role(r, childs))]
        return (full, roles[0]) if roles else None

    def _carer_written_short(self, name: str, recipient: Recipient) -> str | None:
        """The relation ``placement.carers`` gives the carer whom ``name`` writes short, as a parent's is read
        (``_parent_written_short``): "Alan S." or "Mr Stainforth" for Alan of "Bev and Alan Stainforth"; None
        when it writes no carer short, or someone else the record names too ("Alan S." with an "Alan Shaw")."""
        carers = self.placement.carers
        childs = own_names(self.child)
        theirs = [(f"{person} {family}" if family else person, relation)
                  for person, family, relation in carers_people(carers)]
        people = [(p.name, p.role) for p in self.review.attendees if not p.is_child]
        people += [(m.group(1), m.group(2)) for a in self.actions if (m := _NAME_AND_ROLE.fullmatch(a.who))]
        people += [r.role_given(self.review.attendees, self.actions) for r in self.distribution if r is not recipient]
        title = person_gender(name)  # "Mrs Stainforth" is not Alan

        def fits(full: str, role: str = "") -> bool:
            return written_short(name, full) and (not title or person_gender(full, role, childs) in (None, title))

        if any(fits(full, role) for full, role in people if carer_named(carers, full) is None):
            return None
        return next((relation for full, relation in theirs if fits(full)), None)

    @field_validator("care_plan", "rights")
    @classmethod
    def _once_held(cls, value: Any, info: ValidationInfo) -> Any:
        review = info.data.get("review")
        # A review that failed its own checks is planned if it says so (its status itself is right), else held.
        planned = review.planned if review is not None else str(_STATUS_WRITTEN.get()).strip() == "planned"
        return _needed_once_held(value, not planned)

    def recipient_language(self, recipient: Recipient) -> str:
        if recipient.language:
            return recipient.language
        return self.child.language if recipient.role is Role.child else "en"

    def free_texts(self) -> Iterator[tuple[tuple[str | int, ...], str, frozenset[Role]]]:
        """Every text the IRO or others wrote: (location, text, roles it is withheld from).

        Locations are pydantic-style tuples with 0-based list indices.
        """
        yield ("review", "venue"), self.review.venue, frozenset()
        for i, attendee in enumerate(self.review.attendees):
            if not attendee.is_child:  # 'you' is a keyword: the template says it in the reader's language
                yield ("review", "attendees", i, "role"), attendee.role, frozenset()
            if attendee.contributed:
                yield ("review", "attendees", i, "contributed"), attendee.contributed, frozenset()
        for section in ITEM_SECTIONS:
            for i, item in enumerate(getattr(self, section)):
                yield (section, i), item.text, frozenset(item.withhold_from)
        if self.scale:
            yield ("scale", "meaning"), self.scale.meaning, frozenset()
        for i, action in enumerate(self.actions):
            withheld = frozenset(action.withhold_from)
            yield ("actions", i, "who"), action.who, withheld
            yield ("actions", i, "what"), action.what, withheld
        if self.care_plan is not None:  # a planned review may not carry the plan
            yield ("care_plan", "plan"), self.care_plan.plan, frozenset()


def section_heading(section: str) -> str:
    """A list's heading as the record's schema describes it: 'What's working well'."""
    return Record.model_fields[section].description.rstrip(".")
