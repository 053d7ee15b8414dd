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

from ..i18n import format_date, gettext_functions, grammatical_gender, join_list, localise_digits
from ..i18n.languages import is_right_to_left
from ..i18n.names import record_names, who_as_written
from ..record.model import Record, Recipient, Role
from ..record.settings import ChildrensRightsSettings
from ..rules.withholding import confidential_from, named_recipients, visible_items

Location = tuple[str | int, ...]

_LRM = "\u200e"


@dataclasses.dataclass(frozen=True)
class Line:
    """One piece of the IRO's text, in the reader's language, with English alongside when asked."""

    text: str
    english: str | None = None
    #: Still the English, its translation awaited (``--allow-untranslated``): the copy marks it.
    untranslated: bool = False

    def __str__(self) -> str:
        return self.text


#: Turns the English text at a record location into what this copy shows.
TextSource = Callable[[Location, str], Line]


def english_only(loc: Location, text: str) -> Line:
    return Line(text)


def _role_label(_: Callable[..., str], role: Role) -> str:
    return {
        Role.child: _("you"),
        Role.parent: _("parent"),
        Role.carer: _("carer"),
        Role.social_worker: _("social worker"),
        Role.other: _("copy for information"),
    }[role]


def _participation(_: Callable[..., str], code: str) -> str:
    return {
        "PN0": _("You are too little to come to the meeting yet, so the grown-ups who look after you told me all about you."),
        "PN1": _("You came to your meeting and told us yourself what you think."),
        "PN2": _("You came to your meeting, and your advocate helped say what you think."),
        "PN3": _("You came to your meeting and showed us how you feel."),
        "PN4": _("You came to your meeting. You did not want to share your views this time, and that is okay."),
        "PN5": _("You did not come to the meeting, but you told your advocate what to say for you."),
        "PN6": _("You did not come to the meeting, but you shared your views with me in another way."),
        "PN7": _("You did not come to the meeting this time, and I did not hear your views. I would really like to hear from you next time."),
    }.get(code, "")


def _advocate(_: Callable[..., str], status: str) -> str:
    return {
        "offered": _("An advocate is someone independent who helps you say what you think. I told you about advocates, and you can ask for one at any time."),
        "has_one": _("You have an advocate: someone independent who is on your side and helps you say what you think."),
        "declined": _("You told me you do not want an advocate just now. An advocate helps you say what you think, and you can change your mind at any time."),
        "not_yet": _("When you are ready, you can have an advocate: someone independent who helps you say what you think. I will make sure you know how."),
    }[status]


def _independent_visitor(_: Callable[..., str], status: str) -> str:
    return {
        "offered": _("An independent visitor is a grown-up volunteer who spends time with you as a friend. I asked if you would like one, and you can say yes at any time."),
        "has_one": _("You have an independent visitor, a volunteer who spends time with you as a friend."),
        "declined": _("You told me you do not want an independent visitor just now. You can change your mind at any time."),
        "not_yet": _("When you are older, you can have an independent visitor: a volunteer who spends time with you as a friend."),
    }[status]


#: Bands whose readers know the IRO as the person who checks their plan, not by a title.
_PLAIN_ROLE_BANDS = frozenset({"early", "young"})


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


def _iro_named(who: str, chair_name: str) -> str | None:
    """The name in an action's ``who`` when it is the IRO ("Helen Price (your IRO)"), else None."""
    name = who.split("(")[0].strip()
    role = who[len(name):]
    if name.casefold() == chair_name.strip().casefold() or re.search(
            r"\bIRO\b|independent reviewing officer", role, re.IGNORECASE):
        return name
    return None


def build_context(record: Record, recipient: Recipient, *, band: str, language: str,
                  next_review: dt.date, texts: TextSource = english_only,
                  untranslated_notice: bool = False,
                  childrens_rights: ChildrensRightsSettings | None = None) -> dict[str, Any]:
    """Everything the template may show for ``recipient``'s copy, and nothing withheld from them.

    A copy of a record with no ``review.written`` says the day it was made (today), never
    that the record was written then.
    """
    _, ngettext = gettext_functions(language, grammatical_gender(record.child.pronouns),
                                    grammatical_gender(record.review.chair.pronouns))
    role = recipient.role
    child, review = record.child, record.review
    source = texts

    def date(day: dt.date) -> str:
        return format_date(day, language, "full")

    def marked(line: Line) -> Line:
        """An English passage in a copy in another language, marked in the reader's words
        ("[po angielsku: ...]"): plain text, so it survives Word, PDF, print and right to left."""
        if not line.untranslated:
            return line
        # In a right-to-left copy the English, its full stop included, is held left to right
        # by marks, so the stop stays at its end and the bracket on the reading side.
        text = f"{_LRM}{line.text}{_LRM}" if is_right_to_left(language) else line.text
        return Line(_("[in English: %(text)s]", text=text), untranslated=True)

    def texts(loc: Location, english: str) -> Line:
        return marked(source(loc, english))

    def lines(section: str) -> list[Line]:
        return [texts(loc, item.text) for loc, item in visible_items(getattr(record, section), section, role)]

    names = record_names(record)

    def who_does_it(loc: Location, who: str) -> Line:
        """Who will do it: the name as the record writes it, the role in the reader's words
        (for young children, the IRO in words they know)."""
        name = _iro_named(who, review.chair.name) if band in _PLAIN_ROLE_BANDS else None
        if name:
            return Line(_("%(name)s, who checks your plan", name=name))
        line = source(loc, who)
        shown = who_as_written(who, line.text, names)
        return marked(Line(shown, None if shown == who else line.english, line.untranslated))

    actions = [
        {"who": who_does_it(loc + ("who",), action.who), "what": texts(loc + ("what",), action.what),
         "by": date(action.by)}
        for loc, action in visible_items(record.actions, "actions", role)
    ]
    came, shared_views = [], []
    for index, person in enumerate(review.attendees):
        if person.is_child:
            label = _("You")
        else:
            label = f"{person.name} ({texts(('review', 'attendees', index, 'role'), person.role)})"
        if person.attended:
            came.append(label)
        if person.contributed:
            contributed = texts(("review", "attendees", index, "contributed"), person.contributed)
            shared_views.append({"who": label, "how": contributed})

    scale = None
    if record.scale:
        score = record.scale.score
        by_child = record.scale.by.strip().lower() == "you"
        scale = {
            "score": score,
            "said": _("You gave it %(score)s out of 10.", score=score) if by_child
            else _("%(who)s gave it %(score)s out of 10.", who=record.scale.by, score=score),
            "meaning": texts(("scale", "meaning"), record.scale.meaning),
            # One fill per cell 0..10 so a template can colour the chosen number.
            "fills": ["F6B26B" if n == score else "FFF2CC" for n in range(11)],
        }

    placement = record.placement
    withhold_place = confidential_from(record, role)
    first_name = child.first_name
    chair = review.chair
    if role is Role.child:
        copy_label = _("This is your own copy, %(name)s.", name=first_name)
    else:
        copy_label = _("This copy is for %(name)s (%(role)s).", name=recipient.name,
                       role=_role_label(_, role))
    # "A (parent), B (carer) and C (social worker)", joined as the reader's language joins a list;
    # 'other' recipients by name alone ("Sarah Moss (advocate)"): everyone listed got a copy.
    sent_to = join_list(
        [other.name if other.role is Role.other else f"{other.name} ({_role_label(_, other.role)})"
         for other in named_recipients(record, recipient)], language)
    if review.written:
        dated = _("Record written on %(date)s", date=format_date(review.written, language, "long"))
    else:
        dated = _("Copy made on %(date)s", date=format_date(dt.date.today(), language, "long"))
    service = childrens_rights or ChildrensRightsSettings()

    return {
        "_": _, "ngettext": ngettext,
        "language": language,
        "band": band,
        "copy_label": copy_label,
        "recipient": {"name": recipient.name, "role": role.value, "is_child": role is Role.child},
        "child": {"name": first_name, "full_name": child.name},
        "iro": {"name": chair.name, "first_name": (chair.name.split() or [chair.name])[0], "phone": chair.phone or "",
                "email": chair.email or ""},
        "review": {"date": date(review.date), "venue": texts(("review", "venue"), review.venue),
                   "number": review.sequence, "is_first": review.sequence == 1},
        "participation": _participation(_, review.participation),
        "views": lines("child_views"),
        "working_well": lines("working_well"),
        "worries": lines("worries"),
        "goals": lines("goals"),
        "scale": scale,
        "actions": actions,
        "plan": texts(("care_plan", "plan"), record.care_plan.plan),
        "plan_verdict": _("I think this plan is still right for you.") if record.care_plan.still_right
        else _("I do not think this plan is right for you any more, so it is going to change."),
        "rights": {
            "advocate": _advocate(_, record.rights.advocate),
            "independent_visitor": _independent_visitor(_, record.rights.independent_visitor),
            "complaints": _("If you are unhappy about the help you get, you can complain. I explained how at your review, and your carers or social worker can help you do it.")
            if record.rights.complaints_explained else
            _("If you are unhappy about the help you get, you can complain. Your carers or social worker can help you do it."),
        },
        # Someone other than the IRO to turn to, in one paragraph: the service, then how to reach it.
        "someone_else": " ".join(part for part in (
            _("If you would like to talk to someone other than me, you can contact %(service)s.",
              service=service.name or _("the Children's Rights Service")),
            _("Their phone number is %(phone)s.", phone=service.phone) if service.phone else "",
            _("Their email address is %(email)s.", email=service.email) if service.email else "",
        ) if part),
        "came": came,
        "shared_views": shared_views,
        "sent_to": sent_to,
        "case_number": _("Case number %(case)s", case=child.id),
        "dated": dated,
        # Translators: %(page)s and %(pages)s become the page numbers; keep both, in any order.
        "page_of": page_of_parts(_("Page %(page)s of %(pages)s")),
        "home": {
            "carers": placement.carers,
            "address": None if withhold_place else placement.address,
            "school": None if withhold_place else placement.school,
        },
        "next_review": date(next_review),
        "untranslated_notice": _untranslated_notice(_, chair) if untranslated_notice else None,
    }


def _untranslated_notice(_: Callable[..., str], chair) -> str:
    """What a reader of a part-English copy needs: which parts, that the translation follows,
    and whom to ask (the IRO, by name, phone and email as the record gives them)."""
    contact = ", ".join(part for part in (chair.phone, chair.email) if part)
    return " ".join((
        _("Some parts of this record are still in English. Each one is marked like this: %(marker)s. "
          "Their translation will follow.", marker=_("[in English: %(text)s]", text="…")),
        _("If you have questions, please contact %(name)s: %(contact)s.", name=chair.name, contact=contact)
        if contact else _("If you have questions, please contact %(name)s.", name=chair.name),
    ))


def document_title(record: Record, language: str) -> str:
    _, _n = gettext_functions(language, grammatical_gender(record.child.pronouns))
    # The title is in the document's properties, which the layout pass does not see: its
    # digits are the copy's own here (the name has none).
    return localise_digits(_("Review record for %(name)s, %(date)s", name=record.child.first_name,
                             date=format_date(record.review.date, language, "long")), language)


__all__ = ["Line", "TextSource", "build_context", "document_title", "english_only"]
