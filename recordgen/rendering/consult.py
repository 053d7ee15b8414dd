"""Before the review (issue 21, part 1): each invited person's invitation and consultation booklet.

A planned review (``review.status: planned``) goes in; for each recipient in the
distribution list comes out an invitation (when, where, who is invited as that
reader may know it, the IRO's contact, how to take part without coming, that an
advocate can help) and, for the child, parents and carers, a booklet of questions:
the Three Houses to draw in for the early and young bands, short questions for the
middle band, fuller ones for teenagers and young adults, and their own for parents
and carers.

The fixed text has its own gettext domain, ``consult`` (locales/consult.pot), so it
is translated apart from ``messages``; strings are marked ``consult_text()`` here and
extracted with::

    pybabel extract -k consult_text --no-default-keywords --project recordgen \\
        -o locales/consult.pot recordgen/rendering/consult.py

Each answer space in a booklet carries a Word bookmark named ``answer_<key>`` (the
keys are in ``ANSWER_KEYS``), placed on its first ruled line: their order in the .docx
is what distribution/booklet_form.py matches the PDF's answer spaces to, to make it a form.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path
from typing import Any, Callable, Literal


from ..docx.bidi import copy_transform
from ..docx.linespacing import fit_line_spacing, fit_one_line_styles, line_spacing_factor, one_line_factor
from ..docx.properties import copy_timestamp
from ..errors import Category, RecordgenError
from ..i18n import (catalog, domain_gettext, format_date, gendered_domain, gettext_functions,
                    grammatical_gender, join_list, language_tag, localise_digits, person_variant, time_of_day)
from ..record.loading import LoadedRecord
from ..i18n.address import address_form, greeting, greets_adult_by_name, polish_genitive
from ..i18n.languages import is_english
from ..record.model import Record, Recipient, Role
from ..record.roles import carer_named, in_full, known_role, own_names, person_gender, role_parts
from ..record.naming import case_id_part, filename_slug
from ..record.settings import Settings
from ..rules.ages import age_on, band_for, band_for_age
from ..rules.people import carers_family_names, chair_covers, childs_own_role, iro_time, usual_iro
from ..rules.kinship import kinship_unnamed
from ..rules.staff import place_staff_surnames
from ..rules.validation import after_at, call_and_place, venue_for_adults, without_brackets
from ..support.clock import today
from ..rules.people import first_name_forms, people_in
from ..rules.withholding import (as_attending, confidential_from, copy_shows, found_in, own_name, reader_roles,
                                 recipient_name_parts, same_person, same_reader)
from ..support.resources import templates_dir
from ..translation import texts_for
from ..translation.items import written_in
from . import sentences
from .context import (Line, TextSource, _iro_named, _marked_parts, english_only, marked_english,
                      page_of_parts, title_and_name, titled)
from .feedback import feedback_key, reference_for
from .renderer import CopyWouldLeak, stored_translations, text_source, translations_store
from .template import CompiledTemplate

CONSULT_DOMAIN = "consult"
Kind = Literal["invitation", "booklet"]
KINDS: tuple[Kind, ...] = ("invitation", "booklet")
#: Who gets a booklet as well as an invitation.
BOOKLET_ROLES = frozenset({Role.child, Role.parent, Role.carer})


def consult_text(message: str) -> str:
    """Marks a message for locales/consult.pot; translated where it is used."""
    return message


# --- the invitation ---------------------------------------------------------------------------

INVITE_TITLE_CHILD = consult_text("Your review meeting")
INVITE_TITLE_ADULT = consult_text("Invitation to a review for %(child)s")
DEAR = consult_text("Dear %(name)s,")
DEAR_STAFF = consult_text("Dear staff at %(place)s,")
#: A parent or carer the record gives a title: a greeting has its own form of it (Romanian
#: "Stimată doamnă Okafor,", not "Dragă Doamna Okafor,"; Polish "Szanowna Pani Okafor,").
#: An adult with no title, whose language would decline the name ("Dzień dobry, Małgorzata Nowak,"
#: is a nominative Polish does not greet in): greeted with no name, by gender where known.
DEAR_MADAM, DEAR_SIR, HELLO = consult_text("Dear Madam,"), consult_text("Dear Sir,"), consult_text("Hello,")
DEAR_TITLED = {"Mr": consult_text("Dear Mr %(name)s,"), "Mrs": consult_text("Dear Mrs %(name)s,"),
               "Ms": consult_text("Dear Ms %(name)s,"), "Miss": consult_text("Dear Miss %(name)s,")}
#: Two people by their titles ("Mr and Mrs Fenwick-Ashby"): the plural greeting, titles translated.
DEAR_COUPLE = {"mixed": consult_text("Dear Mr and Mrs %(name)s,"), "men": consult_text("Dear Mr and Mr %(name)s,"),
               "women": consult_text("Dear Mrs and Mrs %(name)s,")}
WHEN_CHILD = consult_text("Your review is on %(date)s at %(time)s.")
#: A young child's papers give the part of the day, in words they know, not "09:30" (blind review 28 #23);
#: the carers' and parents' invitations give the time.
WHEN_CHILD_PART_OF_DAY = {
    "morning": consult_text("Your review is on %(date)s, in the morning."),
    "afternoon": consult_text("Your review is on %(date)s, in the afternoon."),
    "evening": consult_text("Your review is on %(date)s, in the evening."),
}
WHEN_ADULT = consult_text("The review for %(child)s is on %(date)s at %(time)s.")
WHERE = consult_text("It will be at %(venue)s.")
#: To the carers whose home the venue names by their first names ("Sandra and Jim's house"): their own.
WHERE_YOURS = {"house": consult_text("It will be at your house."), "home": consult_text("It will be at your home.")}
#: A venue that is a call (rules.validation.call_kind): "at by video" reads wrongly.
WHERE_CALL = {"video": consult_text("It will be on a video call."),
              "phone": consult_text("It will be on a phone call."),
              "online": consult_text("It will be online.")}
#: A call with a place, "the council offices (by video call)": the IRO joins from there; nobody travels.
JOIN_FROM = consult_text("I will join it from %(place)s.")
#: The record holds no link or number for joining, so the reader asks for it.
HOW_TO_JOIN = consult_text("Please ask me how to join.")
#: The same to the child, in the words their papers speak to them in (the informal "you").
HOW_TO_JOIN_CHILD = consult_text("Ask me how to join.")
WHO_INTRO = consult_text("I have asked these people to come:")
YOU = consult_text("you")
# Translators: the adult reading this letter, in its list of who is invited; the polite or plural
# "you" the letter's body uses for them (ro "dumneavoastră", bn "আপনি"), not the child's "you".
YOU_ADULT = consult_text("you (the adult reading this letter)")
#: A children's home (the carers' place) among those invited: its staff come, not the building.
STAFF_AT = consult_text("The staff at %(place)s")
#: An interpreter in a young child's list, in words they know (as the IRO is "who checks your plan").
INTERPRETER_PLAIN = consult_text("%(name)s, who helps with words in another language")
#: The same, to an adult kept from the place (a confidential placement's parent).
STAFF_WHERE_CHILD_LIVES = consult_text("The staff where %(child)s lives")
#: Kinship carers kept from a parent (a confidential placement): by no name and no relation, as the
#: copies give them ("your aunt, Tina" finds the home to a parent who knows her).
CARER_OF = consult_text("%(child)s's carer")
CARERS_OF = consult_text("%(child)s's carers")
#: Someone a parent's paper gives by role alone (a confidential school's "Mrs Quarrington"): whose
#: role it is, never a bare "class teacher" that reads like a name.
ROLE_OF = consult_text("%(child)s's %(role)s")
ME_PLAIN = consult_text("I am %(iro)s. I check that your plan is right for you.")
ME_CHILD = consult_text("I am %(iro)s, your Independent Reviewing Officer. I will run the meeting.")
ME_ADULT = consult_text("I am %(iro)s, the Independent Reviewing Officer for %(child)s. I will chair the meeting.")
#: A chair covering for the child's own IRO: not "your" IRO, nor the one who checks the plan.
ME_PLAIN_COVERING = consult_text("I am %(iro)s. This time, I will run your meeting.")
ME_CHILD_COVERING = consult_text("I am %(iro)s, an Independent Reviewing Officer. This time, I will run the meeting "
                                 "instead of your own Independent Reviewing Officer.")
ME_ADULT_COVERING = consult_text("I am %(iro)s, an Independent Reviewing Officer. This time, I will chair the meeting "
                                 "instead of the usual Independent Reviewing Officer for %(child)s.")
#: The same to the child's own IRO, whom the chair covers for: not told of "the usual" one.
ME_USUAL_COVERED = consult_text("I am %(iro)s, an Independent Reviewing Officer. This time, I will chair the meeting "
                                "for %(child)s in your place.")
PHONE = consult_text("My phone number is %(phone)s.")
EMAIL = consult_text("My email address is %(email)s.")
CANNOT_COME_PLAIN = consult_text("If you cannot come, you can still tell me what you think.")
CANNOT_COME_WAYS_PLAIN = consult_text("You can draw in your booklet or phone me. A grown-up can tell me for you.")
CANNOT_COME_WAYS_TRUSTED = consult_text("You can fill in your booklet or phone me. "
                                        "Someone you trust can tell me for you.")
CANNOT_COME_CHILD = consult_text("If you cannot come, you can still take part. You can fill in your booklet "
                                 "or phone or email me. Someone you trust can tell me what you think.")
CANNOT_COME_ADULT = consult_text("If you cannot come, please let me know. You can send me your views in the "
                                 "booklet, by phone or by email, and I will share them at the meeting.")
CANNOT_COME_STAFF = consult_text("If you cannot come, please let me know and send me a report before the meeting.")
CANNOT_COME_FAMILY = consult_text("If you cannot come, please let me know. You can tell me your views by phone or "
                                  "by email, and I will share them at the meeting.")
ADVOCATE_PLAIN = consult_text("An advocate can help you tell me what you think. Ask me if you want one.")
ADVOCATE_CHILD = consult_text("An advocate is not part of the council. They can help you say what you think. "
                              "Ask me if you would like one.")
ADVOCATE_ADULT = consult_text("%(child)s can have an advocate: someone independent who helps children and young "
                              "people say what they think. Please tell me if one would help.")
# A child under 4 (PN0 at the meeting): as their copy says, an advocate is for when they are older, and
# in its words (the early band's: no "independent", a word a young child does not know).
ADVOCATE_UNDER_FOUR = consult_text("An advocate is a grown-up who is on your side and helps you say what you "
                                   "think. When you are older, you can ask for one.")
ADVOCATE_ADULT_UNDER_FOUR = consult_text("When %(child)s is older, %(child)s can have an advocate: someone "
                                         "independent who helps children and young people say what they think.")
#: A child under 4 reads and writes nothing yet: their papers are for the grown-up who looks after them.
FOR_CARER_UNDER_FOUR = consult_text("This letter is for the grown-up who looks after %(child)s, to read and share "
                                    "with %(child)s.")
#: The early band's booklet (under 5 by age) is filled in by the grown-up with the child: it says so once, to
#: the child it speaks to, and that the grown-up gives it back (blind review 26, finding 22).
BOOKLET_ABOUT_EARLY = consult_text("This booklet is for you, %(name)s, to fill in with a grown-up who looks after "
                                   "you. Your review is on %(date)s.")
SEND_BACK_EARLY = consult_text("The grown-up who looks after you can give this booklet back to me before your "
                               "meeting.")
SEND_EMAIL_EARLY = consult_text("The grown-up can also email the answers to %(email)s.")
CANNOT_COME_UNDER_FOUR = consult_text("If you cannot come, a grown-up who knows you can tell me how you are.")
#: The early band's (under 5 by age): the grown-up phones and gives the booklet back, as its booklet says
#: (blind review 28, F10: a 4-year-old was told to phone).
CANNOT_COME_WAYS_EARLY = consult_text("You can draw in your booklet. A grown-up who looks after you can phone me "
                                      "or tell me for you.")
BOOKLET_WITH = consult_text("There is a booklet with this letter. Please give it back to me before the meeting.")
BOOKLET_WITH_EARLY = consult_text("There is a booklet with this letter. The grown-up who looks after you can give "
                                  "it back to me before the meeting.")
SIGN_OFF = consult_text("Best wishes,")
# The notice of parts still in English ("One part of this letter is ...", "Some parts ...") is in the
# messages domain, with the copies' own: it has a singular and plural forms (ngettext), which the
# consult domain's extraction (``-k consult_text``, one message an argument) cannot carry.

# --- the booklet ------------------------------------------------------------------------------

BOOKLET_TITLE_CHILD = consult_text("My review booklet")
BOOKLET_TITLE_ADULT = consult_text("Your views for the review of %(child)s")
BOOKLET_ABOUT_PLAIN = consult_text("This book is for you, %(name)s. Your review is on %(date)s.")
BOOKLET_HELP_PLAIN = consult_text("A grown-up you know can help you.")
BOOKLET_HELP_TRUSTED = consult_text("Someone you trust can help you.")
BOOKLET_ABOUT_CHILD = consult_text("Your review is on %(date)s. This booklet helps me know what you think.")
BOOKLET_ABOUT_ADULT = consult_text("The review for %(child)s is on %(date)s. Your answers help me get ready for it.")
BOOKLET_YOUR_WORDS = consult_text("Write as much or as little as you like. I will not change your words.")
HOUSE_GOOD = consult_text("House of Good Things")
HOUSE_WORRIES = consult_text("House of Worries")
HOUSE_DREAMS = consult_text("House of Dreams")
DRAW_GOOD = consult_text("Draw the good things in your life.")
DRAW_WORRIES = consult_text("Draw the things that worry you.")
DRAW_DREAMS = consult_text("Draw what you wish for.")
HOUSE_ALT_GOOD = consult_text("The House of Good Things: a green house with a heart.")
HOUSE_ALT_WORRIES = consult_text("The House of Worries: a blue house with a rain cloud.")
HOUSE_ALT_DREAMS = consult_text("The House of Dreams: a purple house with a star.")
CIRCLE_HOW = consult_text("Draw a circle round how you feel about your meeting.")
HAPPY, IN_BETWEEN, SAD = consult_text("Happy"), consult_text("In between"), consult_text("Sad")
Q_WHO_PLAIN = consult_text("Who would you like to come to your meeting?")
Q_GOING_WELL_MIDDLE = consult_text("What is good for you right now?")
Q_WORRIES_MIDDLE = consult_text("What is hard or worrying for you?")
Q_WISHES_MIDDLE = consult_text("What would you like to happen?")
Q_WHO_MIDDLE = consult_text("Who would you like to come to your meeting?")
Q_TELL_MIDDLE = consult_text("Is there anything else you want me to know?")
Q_GOING_WELL = consult_text("What is going well for you at the moment?")
Q_WORRIES = consult_text("What worries you?")
Q_WISHES = consult_text("What do you want to happen next?")
Q_WHO = consult_text("Who do you want at your meeting?")
Q_WHERE = consult_text("Where would you like your meeting to be?")
Q_CHAIR = consult_text("Would you like to chair part of your meeting?")
Q_CHAIR_PLAIN = consult_text("Would you like to lead part of your meeting?")
Q_ADVOCATE = consult_text("Would you like an advocate to help you at your meeting?")
YES, NO, NOT_SURE = consult_text("Yes"), consult_text("No"), consult_text("Not sure")
HAVE_ONE = consult_text("I have one")
Q_PARENT_GOING_WELL = consult_text("What is going well for %(child)s?")
Q_PARENT_WORRIES = consult_text("What are you worried about?")
Q_PARENT_WISHES = consult_text("What would you like to happen next?")
Q_PARENT_FAMILY_TIME = consult_text("How is family time going for you and %(child)s?")
Q_PARENT_HELP = consult_text("Do you need an interpreter, or any help to take part?")
Q_CARER_GOING_WELL = consult_text("What is going well for %(child)s at home?")
Q_CARER_HARD = consult_text("What is hard at the moment?")
Q_CARER_NEEDS = consult_text("What would help %(child)s?")
Q_CARER_SAY = consult_text("Is there anything the meeting should know?")
SEND_BACK_CHILD = consult_text("Please give this booklet back to me before your meeting. "
                               "An adult you trust can send it to me too.")
SEND_BACK_ADULT = consult_text("Please send this booklet back to me before the meeting.")
SEND_EMAIL = consult_text("You can also email your answers to %(email)s.")
FOOTER = consult_text("Review for %(name)s, %(date)s")
MADE_ON = consult_text("Made on %(date)s")

#: Bands that draw in the Three Houses and circle a face.
PICTURE_BANDS = frozenset({"early", "young"})
#: Every answer space's key (its bookmark is ``answer_<key>``), for the fillable form step.
ANSWER_KEYS = ("house_good", "house_worries", "house_dreams", "feeling", "who", "going_well", "worries",
               "wishes", "where", "chair", "advocate", "tell", "family_time", "help", "hard", "needs", "say")
#: An answer box's height: a written line (0.9 cm) in twips, and the room to draw in a house.
_LINE_TWIPS = 510
_DRAWING_TWIPS = 6000
_MARKER = re.compile(r"\u27e6answer:([a-z_]+)\u27e7")


class NotPlanned(RecordgenError):
    """Consultation documents are for a planned review."""

    category = Category.USAGE


def _carers_own_home(record: Record, recipient: Recipient) -> str | None:
    """"house" or "home" when the venue is, in full, the home of the carers this reader is, by their first
    names ("Sandra and Jim's house", "Sandra's", "Gail's flat"): told them as theirs, not by their own
    names; else None."""
    carers = record.placement.carers
    if recipient.role is not Role.carer or sentences.is_place(carers) or not same_person(recipient.name, carers):
        return None
    names = "|".join(re.escape(name) for name in first_name_forms(carers) if len(name) > 1)
    if not names:
        return None
    found = re.fullmatch(rf"(?:(?:{names})\s*(?:,|and|&)\s*)*(?:{names})(?:'s|s'|'|’s|’)"
                         rf"(?:\s+(house|home|flat|place))?", record.review.venue.strip(), re.IGNORECASE)
    if not found:
        return None
    return "house" if (found.group(1) or "").casefold() == "house" else "home"


@dataclasses.dataclass
class ConsultDocument:
    kind: Kind
    recipient: Recipient
    band: str
    language: str
    filename: str
    data: bytes
    #: A booklet's answer keys with their questions (what a form field's screen reader says),
    #: and its reference (names no one): what the fillable PDF's fields are made from.
    answers: dict[str, str] = dataclasses.field(default_factory=dict)
    reference: str = ""

    def summary(self, path: str | Path | None = None) -> dict:
        return {"path": str(path) if path is not None else None, "kind": self.kind,
                "recipient": self.recipient.name, "role": self.recipient.role.value,
                "band": self.band, "language": self.language}


def booklet_reference(key: bytes, child_id: str, review_date: str, role: str, name: str) -> str:
    """The feedback reference's keyed code for this reader's booklet (its own, not their copy's):
    names no one; ``consult import`` works it out again from the record to check a returned form."""
    return reference_for(key, child_id, review_date, f"booklet:{role}", name)


def answer_labels(context: dict[str, Any]) -> dict[str, str]:
    """Each answer key of a booklet's context with the question it answers."""
    labels = {house["key"]: f"{house['name']}: {house['prompt']}" for house in context.get("houses") or []}
    if context.get("faces"):
        labels["feeling"] = context["faces"]["how"]
    labels.update((q["key"], q["text"]) for q in context.get("questions") or [])
    return labels


def consult_filename(record: Record, recipient: Recipient, kind: Kind, suffix: str = ".docx") -> str:
    """``<child id>_<review date>_<kind>_<role>-<recipient>.docx``: the reader's own name, nothing else."""
    who = filename_slug(recipient.name) or "recipient"
    return (f"{case_id_part(record.child.id)}_{record.review.date.isoformat()}_{kind}_"
            f"{recipient.role.value}-{who}{suffix}")


def paper_shows(kind: str, path: str) -> bool:
    """Does a paper of ``kind`` ("" for a copy) show the record's text at ``path`` (as a diagnostic
    names it)? A booklet gives of the record only the review's date and names (the child's, the
    reader's, the chair's: the carers' place as a reader's name, ``_named``), never the venue or an
    item; an invitation and a copy are taken to show every text."""
    if kind != "booklet":
        return True
    return path.startswith(("child.", "distribution.", "review.chair.")) or path == "placement.carers"


def documents_for(recipient: Recipient) -> tuple[Kind, ...]:
    return ("invitation", "booklet") if recipient.role in BOOKLET_ROLES else ("invitation",)


def _gettext(language: str, child_gender: str | None = None, iro_gender: str | None = None) -> Callable[..., str]:
    return domain_gettext(language, CONSULT_DOMAIN, child_gender, iro_gender)


def _is_family(record: Record, recipient: Recipient) -> bool:
    """A relative sent papers as 'other' ("Halina Nowak (grandmother)", or who came as "nan"):
    asked for their views, not for a report as a professional is."""
    if recipient.role is not Role.other:
        return False
    named = re.search(r"\(([^()]*)\)\s*$", recipient.name)
    roles = [named.group(1)] if named else []
    bare = re.sub(r"\s*\([^()]*\)\s*$", "", recipient.name).strip().casefold()
    roles += [p.role for p in record.review.attendees if p.name.strip().casefold() == bare]
    return any(sentences.family_role(role) for role in roles)


def _part_of_day(record: Record) -> str:
    hour = int(record.review.time.split(":")[0])
    return "morning" if hour < 12 else "afternoon" if hour < 17 else "evening"


def _time(record: Record, language: str) -> str:
    if not record.review.time:
        return ""
    hour, minute = (int(part) for part in record.review.time.split(":"))
    # The tool's own wording, not a value dialled or typed: in the language's digits, as the date beside it.
    return localise_digits(time_of_day(dt.time(hour, minute), language), language)


def _reading_band(record: Record, recipient: Recipient, settings: Settings) -> str:
    """The child's band for the child's papers; adults read the adult register (young_adult)."""
    if recipient.role is Role.child:
        return band_for(record.child, record.review.date, settings.age_bands)
    return "young_adult"


def carer_reads(recipient: Recipient, age_band: str) -> bool:
    """Does the carer read this child's papers to them: under 8 by age (the early and young bands), as
    the child's own copy of the record (context ``read_by_the_carer``)? Then what is kept from the carer
    is kept from the paper too (blind review 28: a 3-year-old's invitation, "for the grown-up who looks
    after Poppy", listed the dad kept off the carers' list)."""
    return recipient.role is Role.child and age_band in ("early", "young")


def _age_band(record: Record, settings: Settings | None = None) -> str:
    """The band of the child's age on the review day, whatever their reading level."""
    return band_for_age(age_on(record.child.date_of_birth, record.review.date),
                        (settings or Settings()).age_bands)


def _named(record: Record, name: str, shown: Callable[[tuple[str | int, ...], str], str]) -> str:
    """A name as the papers give it: the carers' place ("Meadowbank children's home") in the
    reader's words, as the record's copies give it; a person's name as written."""
    carers = record.placement.carers
    if sentences.is_place(carers) and name.strip().casefold() == carers.strip().casefold():
        return shown(("placement", "carers"), carers)
    return name


#: A role's opening "your" or "the child's", which only the child's papers keep.
_OWN = re.compile(r"^\s*(?:your|the child's)\s+", re.IGNORECASE)
_YOUR = re.compile(r"\byour\b", re.IGNORECASE)
def invited_names(record: Record, recipient: Recipient,
                  shown: Callable[[tuple[str | int, ...], str], str] | None = None,
                  unnamed_place: str = "The staff where you live",
                  staff_at: Callable[[str], str] = "The staff at {}".format,
                  title: Callable[[str], str] = lambda name: name,
                  reader: str | None = None,
                  plain: Callable[[str, Any], str | None] | None = None,
                  roles: frozenset[Role] | None = None,
                  unnamed_carer: Callable[[bool], str] | None = None,
                  role_of: Callable[[str], str] = lambda role: role) -> list[tuple[str, bool]]:
    """Who is invited, as this reader may know it: ``(name, is_the_child)``; nobody kept off this
    reader's role's list (``distribution[].withhold_from``), whole or by a part that finds them;
    in a confidential placement's parent copy, the carers by first names only (a home as
    ``unnamed_place``). A home among them is its staff (``staff_at``: "The staff at Meadowbank
    children's home"), with no role that only says again what its name says ("(children's home)").
    ``shown`` gives a record value (a role, a place's name) as the reader's paper shows it:
    translated, or marked as English; ``title`` a name with its English title in the reader's
    words ("Mrs Ogunleye" -> "Doamna Ogunleye"), as the copies give it; ``reader``: how the
    reader's own entry is given to them (a parent is "you" in her own paper, not "Gemma (mum)");
    ``plain``: a young child's words for a person and their role ("Tom Reid, who used to check your
    plan"), None where the role needs none; ``roles``: the paper's reader roles (``reader_roles``: a
    young child's papers, which the carer reads, leave out who is kept from the carer), ``kept_as`` when
    not given; ``unnamed_carer`` kinship carers kept from this reader (rules.kinship), one (False) or
    more (True), by no name and no relation: "Maya's carer"; ``role_of`` someone cut to their role
    alone ("Maya's class teacher")."""
    shown = shown or (lambda loc, english: english)
    roles = recipient.kept_as if roles is None else roles
    carers = record.placement.carers

    def the_home(name: str) -> bool:
        return sentences.is_place(name) and name.strip().casefold() == carers.strip().casefold()

    def with_role(label: str, name: str, role: str, english_role: str) -> str:
        if the_home(name) and english_role.strip().casefold() in name.casefold():
            return label
        return sentences.with_role(label, role)
    hidden = [part for i in range(len(record.distribution))
              for part in recipient_name_parts(record, i) if roles & part.hidden_from]
    placement = record.placement
    first_names_only = confidential_from(record, recipient.role) and not placement.carers_named_to_parents
    family = carers_family_names(record)
    staff = place_staff_surnames(record) if confidential_from(record, recipient.role) else []
    kin = kinship_unnamed(record, confidential_from(record, recipient.role))
    names = []
    for index, person in enumerate(record.review.attendees):
        if person.is_child:
            names.append((person.name, True))
            continue
        role = shown(("review", "attendees", index, "role"), person.role)
        if same_reader(person.name, recipient.name):
            # Their own name is never kept from them (nor listed as someone else's, spelt with a title).
            # A home's staff too: greeted "Dear staff at Meadowbank", they are "you" in their own list.
            if reader is not None:
                names.append((reader, False))
                continue
            label = staff_at(_named(record, person.name, shown)) if the_home(person.name) \
                else title(_named(record, person.name, shown))
            names.append((with_role(label, person.name, role, person.role), False))
            continue
        if any(found_in(person.name, hidden)):
            continue
        name = person.name
        if kin and carer_named(placement.carers, name) is not None:
            several = len(sentences.people_in(name)) > 1 or (
                name.strip().casefold() == placement.carers.strip().casefold() and sentences.more_than_one(name))
            label = unnamed_carer(several) if unnamed_carer else ("your carers" if several else "your carer")
            names.append((label, False))
            continue
        is_the_carers = name.strip().casefold() == placement.carers.strip().casefold()
        if is_the_carers and sentences.is_place(name):
            # A home's name is its address: kept from whom the placement is kept from.
            label = unnamed_place if first_names_only else staff_at(_named(record, name, shown))
            names.append((with_role(label, name, role, person.role), False))
            continue
        if not first_names_only:
            name = _named(record, name, shown)
        elif is_the_carers:  # "Mr and Mrs Fenwick-Ashby" has no first names: by role alone, below
            name = sentences.join(record.recipient_language(recipient), sentences.first_names(name))
        elif not own_name(record, name):
            name = sentences.without_surnames(name, family, "")
        if staff and not own_name(record, name):
            # "Mr Oyelaran and Mrs Quarmby" cut to nothing is their role alone, never " and ".
            name = re.sub(r"^(?:\s|,|&|\band\b)+|(?:\s|,|&|\band\b)+$", "",
                          sentences.without_surnames(name, staff, ""))
        if plain and name.strip() and plain(title(name), person):
            names.append((plain(title(name), person), False))
            continue
        # Known only by title and surname ("Mrs Quarrington", "Mr and Mrs Thornbury"): by role alone.
        names.append((with_role(title(name), person.name, role, person.role) if name.strip() else role_of(role),
                      False))
    if recipient.role is not Role.child and not any(
            same_reader(person.name, recipient.name) for person in record.review.attendees):
        # Whoever is sent an invitation is invited.
        names.append((staff_at(_named(record, recipient.name, shown)) if the_home(recipient.name)
                      else title(_named(record, recipient.name, shown)), False))
    return names


def _to_reader(_: Callable[..., str], language: str, gender: str | None) -> Callable[..., str]:
    """``_`` with an adult reader's own variant (``_reader_form``) where the language has one
    (``person:female``, ``person:male``, ``person:plural`` in gendered_consult.po): one mother is Polish
    "Pani" in her booklet as in her invitation, not the plural "Państwo" a couple of carers is."""
    if gender is None:
        return _
    from ..i18n import _interpolate

    gendered = catalog(language, gendered_domain(CONSULT_DOMAIN))

    def gettext(message: str, **values: Any) -> str:
        variant = gendered.pgettext(f"person:{gender}", message)
        return _interpolate(variant, message, values, language) if variant != message else _(message, **values)

    return gettext


def _reader_gender(record: Record, recipient: Recipient) -> str | None:
    """The reader's gender where the record says it (a title, "mum", "Robin's dad", "Tomasz Nowak
    (dad)"), as the invited list, the distribution list or an action's who gives it."""
    childs = own_names(record.child)
    name, role = recipient.role_given(record.review.attendees, record.actions)
    for person in record.review.attendees:
        if not person.is_child and same_reader(person.name, recipient.name):
            bracketed = re.fullmatch(r"\s*(.*?)\s*\(([^()]*)\)\s*", person.name)
            found = person_gender(person.name, person.role, childs) or (
                person_gender(bracketed.group(1), bracketed.group(2), childs) if bracketed else None)
            if found:
                return found
    return person_gender(name, role, childs) or person_gender(recipient.name)


def _reader_form(record: Record, recipient: Recipient) -> str | None:
    """Which of the language's polite forms the reader takes: ``female`` or ``male`` for one person
    whose gender the record gives, ``plural`` for more than one (a couple, a home's staff: Polish
    "Państwo"), None for one person of unknown gender, whom a construction that needs none addresses."""
    if recipient.role is not Role.child and (sentences.names_a_place(recipient.name)
                                             or sentences.couple_surname(recipient.name)
                                             or len(people_in(without_brackets(recipient.name))) > 1):
        return "plural"
    return _reader_gender(record, recipient)


def greeting_without_name(record: Record, recipient: Recipient, name: str, language: str) -> str | None:
    """The invitation's greeting for an adult whose name the language would decline (Polish
    "Szanowna Pani," to Ewa Nowicka, not "Dzień dobry Ewa Nowicka,"), for the email that carries
    it; None where the name can be written as it is."""
    reader_gender = _reader_gender(record, recipient)
    if is_english(language) or greets_adult_by_name(language, name, reader_gender):
        return None
    return domain_gettext(language, CONSULT_DOMAIN)({"female": DEAR_MADAM, "male": DEAR_SIR}.get(reader_gender or "",
                                                                                                  HELLO))


def _with_genitive(_: Callable[..., str], name: str) -> Callable[..., str]:
    """Polish drafts say "dziecka o imieniu Zosia", which needs no case; where the genitive is
    certain, the natural "dziecka Zosi"."""
    plain, declined = f"dziecka o imieniu {name}", f"dziecka {polish_genitive(name)}"

    def gettext(message: str, **values: Any) -> str:
        return _(message, **values).replace(plain, declined)
    return gettext


def _greeting(_: Callable[..., str], language: str, recipient: Recipient, child_name: str,
              recipient_name: str, child_gender: str | None, reader_gender: str | None = None) -> str:
    """"Dear Sam,"; a children's home sent papers as the carer is a place, not a person: its staff
    are greeted ("Dear staff at Meadowbank children's home,"), by the rule the copies use.
    ``recipient_name`` is the name as the papers give it (a place's in the reader's words)."""
    if recipient.role is Role.child:
        return greeting(language, child_name, child_gender, DEAR, _, _gettext(language))
    if recipient.role is Role.carer and sentences.names_a_place(recipient.name):
        return _(DEAR_STAFF, place=recipient_name)
    if sentences.couple_surname(recipient_name) and not is_english(language):
        # Titles the language has no one phrase for (Urdu "Ms and Mr"): greeted with no name.
        kind = sentences.couple_kind(language, recipient_name)
        return _(DEAR_COUPLE[kind], name=sentences.couple_surname(recipient_name)) if kind else _(HELLO)
    parts = title_and_name(recipient_name)
    if parts and not is_english(language):
        return _(DEAR_TITLED[parts[0]], name=parts[1])
    if not is_english(language) and not greets_adult_by_name(language, recipient_name, reader_gender):
        caseless = {"female": DEAR_MADAM, "male": DEAR_SIR}.get(reader_gender or "", HELLO)
        return _(caseless)
    return _(DEAR, name=sentences.joined_names(language, recipient_name))


def build_consult_context(record: Record, recipient: Recipient, kind: Kind, band: str,
                          language: str, texts: TextSource = english_only,
                          age_band: str | None = None) -> dict[str, Any]:
    """What the invitation or booklet shows this reader, and nothing kept from them. Record values
    (the venue, roles) come through ``texts``: translated, or English marked as the copies mark it.
    ``band`` sets the child's words (their reading band); ``age_band`` (``band`` when not given)
    what they are asked: a 17-year-old reading at the early level is asked everything a
    17-year-old is, in plain words, and draws no houses."""
    # The child's papers agree with the child's pronouns (gendered_consult.po); every paper with the IRO's.
    _ = _gettext(language, grammatical_gender(record.child.pronouns) if recipient.role is Role.child else None,
                 grammatical_gender(record.review.chair.pronouns))
    if recipient.role is not Role.child and not is_english(language):
        _ = _to_reader(_, language, _reader_form(record, recipient))
    if language.split("_")[0] == "pl" and polish_genitive(record.child.first_name):
        _ = _with_genitive(_, record.child.first_name)
    marker = gettext_functions(language)[0]  # "[in English: …]" is the copies' own sentence
    english_shown: list[tuple[str | int, ...]] = []

    def shown(loc: tuple[str | int, ...], english: str, place_only: bool = False) -> str:
        line = texts(loc, english)
        if not is_english(written_in(record, loc)):
            # As the copies do: words the record says are Welsh are marked so in an English paper.
            line = dataclasses.replace(line, written_in=written_in(record, loc),
                                       untranslated=line.untranslated or is_english(language))
        if loc == ("review", "venue") and recipient.role is not Role.child and venue_for_adults(record):
            # "your school" speaks to the child: an adult reads whose it is ("Kacper's school"), in
            # English, marked, where a translation (said to the child) would say "your".
            line = Line(after_at(venue_for_adults(record)), untranslated=not is_english(language))
        if place_only:  # the place of "PLACE (by video call)", before any "[in English: …]" marker
            line = dataclasses.replace(line, text=without_brackets(line.text))
        is_role = loc[:2] == ("review", "attendees") and loc[-1] == "role"
        own = _OWN.sub("", english, count=1)
        if is_role and recipient.role is not Role.child and _YOUR.search(own):
            # "manager of your home" speaks to the child: an adult reads whose ("manager of Kyle's
            # home"), in English, marked, where a translation (said to the child) would say "your".
            line = Line(_YOUR.sub(f"{record.child.first_name}'s", own), untranslated=not is_english(language))
        elif is_role and recipient.role is not Role.child and line.text == english:
            # The record's roles speak to the child ("your teacher"); an adult's paper says whose
            # role it is no more than a copy's list does ("Mr Hughes (teacher)").
            line = dataclasses.replace(line, text=own)
        known = known_role(english) if is_role else None
        if known and not is_english(language):
            if not line.untranslated and line.text not in (english, own):
                return line.text  # the translator's own word for this person's role
            # A role the tool knows, in the reader's words, as the copies give it (a woman's word for a woman).
            name = record.review.attendees[int(loc[2])].name
            return person_variant(language, known, person_gender(name, english)) or marker(known)
        parts = role_parts(own) if is_role and known is None and not is_english(language) else None
        if parts:  # roles of several ("mum and dad"): each in the reader's words, as the copies give them
            return join_list([person_variant(language, known_role(part), person_gender("", part))
                              or marker(known_role(part)) for part in parts], language)
        if is_role:  # an acronym a child or a parent is not expected to know ("IRO"), in full
            line = dataclasses.replace(line, text=in_full(line.text))
        line = marked_english(marker, language, line)
        if line.untranslated:
            english_shown.append(loc)
        return line.text
    child, review, chair = record.child, record.review, record.review.chair
    name = child.first_name
    is_child = recipient.role is Role.child
    plain = is_child and band in PICTURE_BANDS
    asked_band = sentences.older(age_band or band, band)
    # A teenager reading at a lower level: their age's questions in plain words, nothing to draw.
    plain_teen = is_child and band in PICTURE_BANDS | {"middle"} and asked_band in ("teen", "young_adult")
    # Under 5 by age, reading at that level: the grown-up who looks after them reads, phones and sends back.
    early = plain and not plain_teen and asked_band == "early"
    date = format_date(review.date, language, "full")
    iro_first = (chair.name.split() or [chair.name])[0]
    contact = [_(PHONE, phone=sentences.phone_number(chair.phone, language))] if chair.phone else []
    if chair.email:
        contact.append(_(EMAIL, email=chair.email))
    common = {
        "copy_label": sentences.joined_names(language,
                                             titled(marker, language, _named(record, recipient.name, shown))),
        # The child's own papers by the name they use, as their copy's footer (a legal name may be a deadname).
        "footer": _(FOOTER, name=child.known_as if is_child and child.known_as else child.name,
                    date=format_date(review.date, language, "long")),
        "dated": _(MADE_ON, date=format_date(today(), language, "long")),
        "page_of": page_of_parts("%(page)s / %(pages)s"),
        "sign_off": _(SIGN_OFF),
        "iro": {"name": chair.name},
    }
    if kind == "invitation":
        # An advocate already invited, or the child's own: not offered one again.
        has_advocate = (record.rights is not None and record.rights.advocate == "has_one") or any(
            childs_own_role(person.role, "advocate", record) for person in review.attendees)
        under_four = age_on(child.date_of_birth, review.date) < 4
        # The child by the name they are known by, as every copy and the title call them; the
        # full name is on an adult's footer, for filing. A home kept from this reader is its staff
        # where the child lives ("where you live" only to the child).
        kept_home = _capitalised(marker("the staff where you live")) if is_child \
            else _(STAFF_WHERE_CHILD_LIVES, child=name)
        def young_words(label: str, person) -> str | None:
            # The roles a young child's copy puts in their words: an IRO by what they do, an interpreter.
            if iro_time(person.role):
                return _iro_named(marker, f"{label} ({person.role})", record)
            if re.search(r"\binterpreter\b", person.role, re.IGNORECASE):
                return _(INTERPRETER_PLAIN, name=label)
            return None

        # The reader of an adult's paper is "you" in the letter's polite form; English has one "you".
        adult_you = _(YOU) if is_english(language) or _(YOU_ADULT) == YOU_ADULT else _(YOU_ADULT)
        invited = [_(YOU) if is_child_entry and is_child
                   else (name if is_child_entry else sentences.joined_names(language, entry))
                   for entry, is_child_entry in invited_names(
                       record, recipient, shown, kept_home, lambda place: _(STAFF_AT, place=place),
                       lambda person: titled(marker, language, person), reader=None if is_child else adult_you,
                       plain=young_words if is_child and band in PICTURE_BANDS else None,
                       roles=reader_roles(recipient, carer_reads(recipient, age_band or band), record),
                       unnamed_carer=lambda several: _(CARERS_OF if several else CARER_OF, child=name),
                       role_of=lambda role: _(ROLE_OF, child=name, role=role))]
        call, place = call_and_place(review.venue)
        yours = _carers_own_home(record, recipient) if not call else None
        if yours:
            where = _(WHERE_YOURS[yours])
        elif not call:
            where = _(WHERE, venue=shown(("review", "venue"), after_at(review.venue)))
        else:
            where = " ".join([_(WHERE_CALL[call])]
                             + ([_(JOIN_FROM, place=shown(("review", "venue"), after_at(review.venue), place_only=True))]
                                if place else [])
                             + [_(HOW_TO_JOIN_CHILD if is_child else HOW_TO_JOIN)])
        covering = chair_covers(record)
        if is_child:
            young = plain and not plain_teen and review.time
            lines = [_(WHEN_CHILD_PART_OF_DAY[_part_of_day(record)], date=date) if young
                     else _(WHEN_CHILD, date=date, time=_time(record, language)),
                     where]
            if under_four:  # no reading, phoning or writing yet: the grown-up shares it
                lines.insert(0, _(FOR_CARER_UNDER_FOUR, child=name))
            me = (_(ME_PLAIN_COVERING, iro=iro_first) if plain else _(ME_CHILD_COVERING, iro=chair.name)) \
                if covering else _(ME_PLAIN, iro=iro_first) if plain else _(ME_CHILD, iro=chair.name)
            cannot = [_(CANNOT_COME_UNDER_FOUR)] if under_four \
                else [_(CANNOT_COME_PLAIN), _(CANNOT_COME_WAYS_TRUSTED if plain_teen else CANNOT_COME_WAYS_EARLY
                                              if early else CANNOT_COME_WAYS_PLAIN)] \
                if plain else [_(CANNOT_COME_CHILD)]
            advocate = "" if has_advocate else _(ADVOCATE_UNDER_FOUR) if under_four \
                else _(ADVOCATE_PLAIN) if plain else _(ADVOCATE_CHILD)
        else:
            lines = [_(WHEN_ADULT, child=name, date=date, time=_time(record, language)),
                     where]
            usual = usual_iro(record)
            me = _(ME_USUAL_COVERED if usual and same_reader(usual, recipient.name)
                   else ME_ADULT_COVERING if covering else ME_ADULT, iro=chair.name, child=name)
            cannot = [_(CANNOT_COME_ADULT) if recipient.role in BOOKLET_ROLES
                      else _(CANNOT_COME_FAMILY) if _is_family(record, recipient) else _(CANNOT_COME_STAFF)]
            advocate = "" if has_advocate else _(ADVOCATE_ADULT_UNDER_FOUR, child=name) if under_four \
                else _(ADVOCATE_ADULT, child=name)
        invitation = {**common,
                "title": _(INVITE_TITLE_CHILD) if is_child else _(INVITE_TITLE_ADULT, child=name),
                "greeting": _greeting(_, language, recipient, name,
                                      _named(record, as_attending(record, recipient.name), shown),
                                      grammatical_gender(record.child.pronouns), _reader_gender(record, recipient)),
                "lines": lines, "who_intro": _(WHO_INTRO) if invited else "", "invited": invited,
                "about_me": " ".join([me] + contact), "cannot_come": " ".join(cannot), "advocate": advocate,
                "booklet_with": _(BOOKLET_WITH_EARLY if is_child and early else BOOKLET_WITH)
                if recipient.role in BOOKLET_ROLES else ""}
        # Last, once every value is shown: whether any is still English.
        invitation["untranslated_notice"] = _untranslated_notice(marker, language, invitation, english_shown, kind)
        return invitation

    def question(key: str, text: str, lines: int = 4 if is_child else 3,
                 choices: tuple[str, ...] = ()) -> dict[str, Any]:
        return {"key": key, "text": text, "marker": f"\u27e6answer:{key}\u27e7",
                "choices": "      ".join(f"\u2610 {_(choice)}" for choice in choices),
                "height": lines * _LINE_TWIPS}

    houses = None
    # "This book is for you, Zosiu": the child spoken to by name, in the vocative where the language
    # has one and it is certain (as the invitation's "Droga Zosiu,"); the name as written otherwise.
    spoken_to = (address_form(language, name, grammatical_gender(child.pronouns)) or name) if is_child else name
    if plain_teen:
        questions = [question("going_well", _(Q_GOING_WELL_MIDDLE)), question("worries", _(Q_WORRIES_MIDDLE)),
                     question("wishes", _(Q_WISHES_MIDDLE)), question("who", _(Q_WHO_MIDDLE), 3),
                     question("where", _(Q_WHERE), 2),
                     question("chair", _(Q_CHAIR_PLAIN), choices=(YES, NO, NOT_SURE)),
                     question("advocate", _(Q_ADVOCATE), choices=(YES, NO, HAVE_ONE))]
        about = [_(BOOKLET_ABOUT_PLAIN, name=spoken_to, date=date) if plain else _(BOOKLET_ABOUT_CHILD, date=date),
                 _(BOOKLET_HELP_TRUSTED) if plain else _(BOOKLET_YOUR_WORDS)]
    elif plain:
        houses = [{"name": _(HOUSE_GOOD), "prompt": _(DRAW_GOOD), "alt": _(HOUSE_ALT_GOOD), "key": "house_good"},
                  {"name": _(HOUSE_WORRIES), "prompt": _(DRAW_WORRIES), "alt": _(HOUSE_ALT_WORRIES),
                   "key": "house_worries"},
                  {"name": _(HOUSE_DREAMS), "prompt": _(DRAW_DREAMS), "alt": _(HOUSE_ALT_DREAMS),
                   "key": "house_dreams"}]
        for house in houses:
            house.update(marker=f"\u27e6answer:{house['key']}\u27e7", height=_DRAWING_TWIPS)
        questions = [question("who", _(Q_WHO_PLAIN), 3)]
        if asked_band == "middle":  # the houses ask the rest of what an 8-to-11-year-old is asked
            questions.append(question("tell", _(Q_TELL_MIDDLE), 3))
        about = [_(BOOKLET_ABOUT_EARLY, name=spoken_to, date=date)] if asked_band == "early" \
            else [_(BOOKLET_ABOUT_PLAIN, name=spoken_to, date=date), _(BOOKLET_HELP_PLAIN)]
    elif is_child and band == "middle":
        questions = [question("going_well", _(Q_GOING_WELL_MIDDLE)), question("worries", _(Q_WORRIES_MIDDLE)),
                     question("wishes", _(Q_WISHES_MIDDLE)), question("who", _(Q_WHO_MIDDLE), 3),
                     question("tell", _(Q_TELL_MIDDLE), 3)]
        about = [_(BOOKLET_ABOUT_CHILD, date=date), _(BOOKLET_YOUR_WORDS)]
    elif is_child:
        questions = [question("going_well", _(Q_GOING_WELL)), question("worries", _(Q_WORRIES)),
                     question("wishes", _(Q_WISHES)), question("who", _(Q_WHO), 3),
                     question("where", _(Q_WHERE), 2),
                     question("chair", _(Q_CHAIR), choices=(YES, NO, NOT_SURE)),
                     question("advocate", _(Q_ADVOCATE), choices=(YES, NO, HAVE_ONE))]
        about = [_(BOOKLET_ABOUT_CHILD, date=date), _(BOOKLET_YOUR_WORDS)]
    elif recipient.role is Role.parent:
        questions = [question("going_well", _(Q_PARENT_GOING_WELL, child=name)),
                     question("worries", _(Q_PARENT_WORRIES)), question("wishes", _(Q_PARENT_WISHES)),
                     question("family_time", _(Q_PARENT_FAMILY_TIME, child=name)),
                     question("help", _(Q_PARENT_HELP), 1)]
        about = [_(BOOKLET_ABOUT_ADULT, child=name, date=date)]
    else:
        questions = [question("going_well", _(Q_CARER_GOING_WELL, child=name)), question("hard", _(Q_CARER_HARD)),
                     question("needs", _(Q_CARER_NEEDS, child=name)), question("say", _(Q_CARER_SAY), 3)]
        about = [_(BOOKLET_ABOUT_ADULT, child=name, date=date)]
    send = [_(SEND_BACK_EARLY) if early else _(SEND_BACK_CHILD) if is_child else _(SEND_BACK_ADULT)]
    if chair.email:
        send.append(_(SEND_EMAIL_EARLY if early else SEND_EMAIL, email=chair.email))
    faces = None
    if plain and not plain_teen:
        faces = {"how": _(CIRCLE_HOW), "names": [_(HAPPY), _(IN_BETWEEN), _(SAD)],
                 "marker": "\u27e6answer:feeling\u27e7"}
    booklet = {**common,
               "title": _(BOOKLET_TITLE_CHILD) if is_child else _(BOOKLET_TITLE_ADULT, child=name),
               "about": about, "houses": houses, "faces": faces, "questions": questions, "send": " ".join(send)}
    booklet["untranslated_notice"] = _untranslated_notice(marker, language, booklet, english_shown, kind)
    return booklet


def _untranslated_notice(marker: Callable[..., str], language: str, context: dict[str, Any],
                         english_shown: list[tuple[str | int, ...]], kind: Kind) -> str:
    """That ``context`` (an invitation or booklet) has parts still in English: as many as it marks
    ("One part of this letter is ...", in the reader's number forms, as a copy's notice says), how
    they are marked, and that their translation will follow; empty when there are none."""
    if not english_shown:
        return ""
    ngettext = gettext_functions(language)[1]
    opening = marked_english(marker, language, Line("\0X", untranslated=True)).text.partition("\0")[0]
    count = _marked_parts(context, [opening]) or len(set(english_shown))
    example = marker("[in English: %(text)s]", text="…")
    if kind == "invitation":
        return ngettext("One part of this letter is still in English. It is marked like this: %(marker)s. "
                        "Its translation will follow.",
                        "Some parts of this letter are still in English. Each one is marked like this: %(marker)s. "
                        "Their translation will follow.", count, marker=example)
    return ngettext("One part of this booklet is still in English. It is marked like this: %(marker)s. "
                    "Its translation will follow.",
                    "Some parts of this booklet are still in English. Each one is marked like this: %(marker)s. "
                    "Their translation will follow.", count, marker=example)


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def _bookmarks(xml: bytes) -> bytes:
    """Each answer marker becomes a bookmark ``answer_<key>`` on its paragraph, the marker's text gone."""
    text = xml.decode("utf-8")
    if "\u27e6answer:" not in text:
        return xml
    counter = iter(range(9000, 10000))  # ids of their own, apart from any the template holds

    def replace(match: re.Match) -> str:
        number = next(counter)
        return (f'</w:t></w:r><w:bookmarkStart w:id="{number}" w:name="answer_{match.group(1)}"/>'
                f'<w:bookmarkEnd w:id="{number}"/><w:r><w:t xml:space="preserve">')
    return _MARKER.sub(replace, text).encode("utf-8")


def _transform(language: str):
    direction = copy_transform(language)
    factor = line_spacing_factor(language)
    one_line = one_line_factor(language)

    def transform(name: str, xml: bytes) -> bytes:
        if name == "word/document.xml":
            xml = _bookmarks(xml)
        if direction is not None:
            xml = direction(name, xml)
        if factor is not None and name == "word/styles.xml":
            xml = fit_line_spacing(xml, factor)
        if one_line is not None and name == "word/styles.xml":
            xml = fit_one_line_styles(xml, one_line, ("LeadIn",))  # a booklet's questions
        return xml
    return transform


def consult_template_path(kind: Kind, band: str, folder: Path | None = None) -> Path:
    """``consult/invitation.docx`` or ``consult/booklet.<band>.docx``, the council's first."""
    name = "invitation.docx" if kind == "invitation" else f"booklet.{band}.docx"
    if folder is not None and (folder / "consult" / name).is_file():
        return folder / "consult" / name
    return templates_dir() / "consult" / name


class ConsultRenderer:
    """Makes the invitations and booklets of planned reviews; compiles each template once."""

    def __init__(self, settings: Settings | None = None):
        self.settings = settings or Settings()
        folder = self.settings.templates.folder
        self.council = Path(folder) if folder else None
        self._compiled: dict[Path, CompiledTemplate] = {}

    def _template(self, path: Path) -> CompiledTemplate:
        if path not in self._compiled:
            self._compiled[path] = CompiledTemplate(path)
        return self._compiled[path]

    def render(self, loaded: LoadedRecord | Record, recipient: Recipient, kind: Kind) -> ConsultDocument:
        """One reader's paper; the IRO's words (the venue, roles) from the translations beside the
        record where there are some, else in English marked in the reader's words."""
        record = loaded.record if isinstance(loaded, LoadedRecord) else loaded
        if not record.review.planned:
            raise NotPlanned(f"the review of {record.review.date} is not planned (review.status: planned): "
                             "invitations and booklets are made before a review is held")
        if kind == "booklet" and recipient.role not in BOOKLET_ROLES:
            raise NotPlanned(f"{recipient.name} ({recipient.role.value}) gets an invitation, not a booklet")
        language = record.recipient_language(recipient)
        band = _reading_band(record, recipient, self.settings)
        store = translations_store(loaded, recipient)
        # Never refused for want of a translation: the papers must go out on time.
        texts = text_source(texts_for(record, recipient, store, allow_untranslated=True, stale_in_english=True))
        context = build_consult_context(record, recipient, kind, band, language, texts,
                                        age_band=_age_band(record, self.settings))
        template_band = band if recipient.role is Role.child else "young_adult"
        data, readable = self._template(consult_template_path(kind, template_band, self.council)).render_read(
            context, language_tag=language_tag(language), title=context["title"], author=record.review.chair.name,
            transform=_transform(language), when=copy_timestamp(today()))
        filename = consult_filename(record, recipient, kind)
        shown = copy_shows(readable, filename, record, recipient, stored_translations(store, language),
                           read_to_the_child=carer_reads(recipient, _age_band(record, self.settings)))
        if shown:  # the last guard, as for a record's copies: never written
            raise CopyWouldLeak(recipient, shown)
        if kind == "invitation":
            return ConsultDocument(kind, recipient, band, language, filename, data)
        reference = booklet_reference(feedback_key(self.settings.feedback), record.child.id,
                                      record.review.date.isoformat(), recipient.role.value, recipient.name)
        return ConsultDocument(kind, recipient, band, language, filename, data, answer_labels(context), reference)


def english_sentences(band: str, role: Role = Role.child, date_of_birth: str = "2016-01-01") -> list[str]:
    """Every English sentence a reader of ``band`` may be shown, filled with example values, for the
    language check (tests): the child's by band (and by age: ``date_of_birth``, the review being on
    3 March 2026), the adults' in the adult register."""
    values = {"child": "Sam", "name": "Sam", "iro": "Helen Price", "date": "Tuesday 3 March 2026",
              "time": "10:30", "venue": "your school", "phone": "01632 960100",
              "email": "helen.price@example.gov.uk"}
    record = Record.model_validate({
        "child": {"id": "X-1", "name": "Sam Lee", "date_of_birth": date_of_birth, "entered_care": "2024-01-01",
                  "reading_level": band},
        "review": {"status": "planned", "date": "2026-03-03", "time": "10:30", "sequence": 3,
                   "venue": values["venue"], "chair": {"name": "Helen Price", "phone": values["phone"],
                                                       "email": values["email"]}},
        "placement": {"carers": "Mark and Lisa Owen", "address": "1 Elm Road"},
        "distribution": [{"role": role.value, "name": "Sam" if role is Role.child else "Amina Khan"}]})
    recipient = record.distribution[0]
    texts = []
    for kind in documents_for(recipient):
        context = build_consult_context(record, recipient, kind, band, "en", age_band=_age_band(record))
        for key in ("title", "greeting", "about_me", "cannot_come", "advocate", "booklet_with", "send",
                    "who_intro"):
            if context.get(key):
                texts.append(context[key])
        texts += context.get("lines", []) + context.get("about", [])
        texts += [q["text"] for q in context.get("questions", [])]
        texts += [q["choices"].replace("\u2610", "") for q in context.get("questions", []) if q["choices"]]
        for house in context.get("houses") or []:
            texts += [house["name"], house["prompt"], house["alt"]]
        if context.get("faces"):
            texts += [context["faces"]["how"]] + context["faces"]["names"]
    return [t for t in texts if t]


__all__ = ["ANSWER_KEYS", "BOOKLET_ROLES", "CONSULT_DOMAIN", "ConsultDocument", "ConsultRenderer", "KINDS",
           "NotPlanned", "answer_labels", "booklet_reference", "build_consult_context", "consult_filename", "documents_for", "english_sentences",
           "invited_names"]
