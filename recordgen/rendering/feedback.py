"""The feedback part at the end of a child's copy (and a parent's, as a setting): issue 21, part 2.

Its fixed text has its own gettext domain, ``feedback`` (locales/feedback.pot),
so it is translated and merged apart from ``messages``. Strings are marked
``feedback_text()`` here and extracted with::

    pybabel extract -k feedback_text --no-default-keywords --project recordgen \\
        -o locales/feedback.pot recordgen/rendering/feedback.py

The reference printed on it names no one: a short code from a keyed hash
(HMAC-SHA256) of the case number, the review date and the recipient, never the
case number or a name. ``recordgen feedback add`` finds the copy it belongs to
by working the references of a batch's copies out again with the same key.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
from typing import Any

from ..i18n import domain_gettext, grammatical_gender
from ..record.model import Record, Recipient, Role
from ..record.settings import FeedbackSettings
from ..rules.ages import birthday
from ..rules.people import chair_covers, childs_own_iro
from ..support.clock import today
from .context import read_long_after

FEEDBACK_DOMAIN = "feedback"

#: The key used when the council sets none: references still name no one, but anyone with
#: recordgen and a case number could work one out. README: set your own.
_BUILT_IN_KEY = b"recordgen feedback reference: set your own key (RECORDGEN_FEEDBACK_KEY)"
#: Crockford's base 32: no I, L, O or U, so a code typed from paper is read back right.
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_READ_AS = str.maketrans({"O": "0", "I": "1", "L": "1"})
REFERENCE = re.compile(r"^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$")


def feedback_text(message: str) -> str:
    """Marks a message for locales/feedback.pot; translated where it is used."""
    return message


HEADING = feedback_text("Tell me what you think of this letter")
#: Years on (context.read_long_after), the page goes to the council's records team, not the chair.
RECORDS_HEADING = feedback_text("Tell the council what you think of this letter")
SENSE = feedback_text("Did this letter make sense to you?")
YES = feedback_text("Yes")
A_BIT = feedback_text("A bit")
NO = feedback_text("No")
CIRCLE = feedback_text("Draw a circle round one face.")
#: Each face's picture says what it shows (its alt text), beside the word under it.
FACES = (feedback_text("A happy face"), feedback_text("A face in between"), feedback_text("A sad face"))
TICK = feedback_text("Tick one box.")
WRONG = feedback_text("Is anything in it wrong?")
CHANGE = feedback_text("What would you change?")
DRAW = feedback_text("You can write or draw your answers.")
SEND = feedback_text("Give this page back to me. An adult you trust can send it to me too.")
SEND_EMAIL = feedback_text("You can also email your answers to %(email)s.")
#: A child under 5 (the early band) has it read with the grown-up who looks after them, who sends it
#: (blind review 28, F10: a 4-year-old was told to email).
SEND_EARLY = feedback_text("The grown-up who looks after you can give this page back to me.")
SEND_EMAIL_EARLY = feedback_text("The grown-up can also email the answers to %(email)s.")
CODE = feedback_text("The code of this letter is %(reference)s. Please put it on your answers.")
#: No postal address is known unless the settings give one ([feedback] post_to): never "post it to me".
ADULT_SEND = feedback_text("Please give this page back to me.")
ADULT_SEND_POST = feedback_text("Please give this page back to me, or post it to me at %(address)s.")
#: Years on (context.read_long_after), the chair is no one to send it to.
RECORDS_SEND = feedback_text("You can send this page to the council's access to records team.")
#: Made years on (context.made_years_on) and under 18: the chair is not theirs to give it back to now.
LATER_SEND = feedback_text("If you are still in care, you can give this page to your social worker or your "
                           "Independent Reviewing Officer. An adult you trust can also send it to me.")
#: A chair covering for the child's own IRO (rules.people.childs_own_iro), who keeps the case.
USUAL_CHILD = feedback_text("You can also give it to %(iro)s, your own Independent Reviewing Officer.")
USUAL_ADULT = feedback_text("You can also give it to %(iro)s, the usual Independent Reviewing Officer for %(child)s.")
FOR_GROWN_UP = feedback_text("This page is for the grown-up who reads this letter with %(name)s.")
#: A child who shows their views without words (PN3: signs, symbols, an eye-gaze board) answers so too.
SHOW_FACE = feedback_text("Point to or look at one face. A grown-up can mark it for you.")
SHOW_BOX = feedback_text("Point to or look at one answer. A grown-up can mark it for you.")
SHOW_MORE = feedback_text("A grown-up can write what you show.")

#: Bands that get faces to circle instead of boxes to tick.
FACES_BANDS = frozenset({"early", "young"})


def feedback_key(settings: FeedbackSettings) -> bytes:
    """The council's key: the environment variable named in the settings, else the built-in one."""
    value = os.environ.get(settings.key_env, "") if settings.key_env else ""
    return value.encode("utf-8") if value else _BUILT_IN_KEY


def reference_for(key: bytes, child_id: str, review_date: str, role: str, name: str) -> str:
    """``7KQ2-M9XD``: 40 bits of an HMAC of who the copy is for; the same copy, the same code."""
    message = "\x1f".join((child_id, review_date, role, name.casefold())).encode("utf-8")
    number = int.from_bytes(hmac.new(key, message, hashlib.sha256).digest()[:5], "big")
    code = "".join(_ALPHABET[(number >> shift) & 31] for shift in range(35, -1, -5))
    return f"{code[:4]}-{code[4:]}"


def normalise_reference(typed: str) -> str:
    """A reference as typed from paper ('7kq2 m9xd', 'O' for zero) as printed, or '' if it cannot be one."""
    letters = re.sub(r"[\s\-–.]", "", typed.upper()).translate(_READ_AS)
    code = f"{letters[:4]}-{letters[4:]}" if len(letters) == 8 else ""
    return code if REFERENCE.match(code) else ""


def gets_feedback(recipient: Recipient, settings: FeedbackSettings) -> bool:
    return settings.enabled and (recipient.role is Role.child or (recipient.role is Role.parent and settings.parents))


def feedback_part(record: Record, recipient: Recipient, band: str, language: str,
                  settings: FeedbackSettings, band_now: str | None = None,
                  aftercare_until: int = 25, later: bool = False) -> dict[str, Any] | None:
    """What the template's feedback part shows for this copy, or None when it has none. ``band_now``:
    the band of the child's age on the day the copy is made; ``aftercare_until``: the birthday a care
    leaver's help runs to in the council's nation; ``later``: the copy is made years on
    (context.made_years_on), so the chair is no longer the one to give it back to."""
    if not gets_feedback(recipient, settings):
        return None
    # A child under 4 (PN0) has the letter read to them: their copy's page is for the grown-up who
    # reads it with them (the same questions and answers, so it is read back as any other), unless
    # the copy is made when they are past the early band (or 18) and read it themselves.
    adult = birthday(record.child.date_of_birth, 18) <= today()
    read_to = recipient.role is Role.child and (record.review.participation or "").upper() == "PN0" and not adult \
        and band_now in (None, "early")
    # The child's own part agrees with the child's pronouns (gendered_feedback.po); an adult's needs none.
    _ = domain_gettext(language, FEEDBACK_DOMAIN,
                       grammatical_gender(record.child.pronouns) if recipient.role is Role.child and not read_to
                       else None,
                       grammatical_gender(record.review.chair.pronouns),
                       # In the child's own register too: the page of a copy made once they are grown up
                       # says "you" as the rest of their copy does, not as to an adult stranger.
                       own=recipient.role is Role.child and not read_to)

    reference = reference_for(feedback_key(settings), record.child.id, record.review.date.isoformat(),
                              recipient.role.value, recipient.name)
    # Faces to circle are for a child; the grown-up reading her baby review ticks a box.
    faces = band in FACES_BANDS and recipient.role is Role.child and not adult
    # Read at 18 or over, they answer themselves: no grown-up marks it for them.
    shows = recipient.role is Role.child and (record.review.participation or "").upper() == "PN3" and not adult
    email = record.review.chair.email
    # A child of 18 by the day the copy is made is an adult: no "adult you trust" to send it for them.
    grown_up = read_to or recipient.role is not Role.child or adult
    post_to = " ".join(settings.post_to.split())
    # Under 5 when the copy is made, and so in the review too: the grown-up who looks after them sends it.
    early = recipient.role is Role.child and band == "early" and band_now in (None, "early") and not grown_up \
        and not later
    send = [(_(ADULT_SEND_POST, address=post_to) if post_to else _(ADULT_SEND)) if grown_up
            else _(LATER_SEND) if later else _(SEND_EARLY) if early else _(SEND)]
    long_after = read_long_after(record, aftercare_until)
    if long_after:
        send = [_(RECORDS_SEND)]
    # At 18 no IRO checks their plan: the covered review's own IRO is no one to give the page to.
    # Years on, the record cannot say who their IRO is now (context._own_iro): no one named.
    usual = childs_own_iro(record) if chair_covers(record) and not adult and not later else None
    if usual:
        send.append(_(USUAL_CHILD, iro=usual) if recipient.role is Role.child and not read_to
                    else _(USUAL_ADULT, iro=usual, child=record.child.first_name))
    if email and not long_after:
        send.append(_(SEND_EMAIL_EARLY if early else SEND_EMAIL, email=email))
    return {
        "heading": _(RECORDS_HEADING if long_after else HEADING),
        "sense": " ".join(([_(FOR_GROWN_UP, name=record.child.first_name)] if read_to else []) + [_(SENSE)]),
        "faces": faces,
        "faces_alt": [_(face) for face in FACES],
        "how": _(SHOW_FACE if faces else SHOW_BOX) if shows else _(CIRCLE) if faces else _(TICK),
        "choices": [_(YES), _(A_BIT), _(NO)],
        "wrong": _(WRONG),
        "change": _(CHANGE),
        "draw": _(SHOW_MORE) if shows else _(DRAW) if faces and not read_to else "",
        "send": " ".join(send),
        "reference": reference,
        "code": _(CODE, reference=reference),
    }


#: The English sentences a reader of each band may be shown, for the language check.
def english_sentences(band: str, child: bool = True) -> list[str]:
    faces = band in FACES_BANDS and child
    texts = [HEADING, SENSE, WRONG, CHANGE, SEND if child else ADULT_SEND,
             SEND_EMAIL % {"email": "helen.price@example.gov.uk"}, CODE % {"reference": "7KQ2-M9XD"}]
    texts += [CIRCLE, *FACES, DRAW] if faces else [TICK]
    if child:  # a child who shows their views without words (PN3)
        texts += [SHOW_FACE if faces else SHOW_BOX, SHOW_MORE]
    if band == "early" and child:  # a child under 4's page is for the grown-up reading with them (FOR_GROWN_UP)
        texts.append(ADULT_SEND)
        texts += [SEND_EARLY, SEND_EMAIL_EARLY % {"email": "helen.price@example.gov.uk"}]  # under 5, by age
    return texts
