"""The email that carries one copy: a short, kind covering note in the recipient's language.

A planned review's invitation or booklet (``recordgen consult``) has its own note: what
is attached, and for a booklet how to send it back, before the meeting.

The note names only the review date and the IRO's contact. It never names the
child's address or school, nor anything from the record itself, so nothing
withheld from the recipient can reach it. Its text comes from the ``mail``
gettext domain (``locales/<lang>/LC_MESSAGES/mail.po``), kept apart from the
records' ``messages`` domain so that the two can be translated and merged
separately.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
import unicodedata
from email.message import EmailMessage
from email.policy import SMTP
from email.headerregistry import Address
from email.utils import format_datetime
from pathlib import Path

from ..i18n import (DateText, catalog, format_date, grammatical_gender, language_tag, localise_digits,
                    one_full_stop)
from ..i18n.address import address_form
from ..i18n.languages import is_english, is_right_to_left as is_rtl
from ..record.model import Record, Recipient, Role
from ..rendering.context import title_and_name
from ..rendering.sentences import couple_kind, couple_surname, joined_names, names_a_place
from ..rules.withholding import as_attending, bare_name

MAIL_DOMAIN = "mail"

#: Unicode bidi controls for a right-to-left text/plain part (HTML uses dir= and <bdi>).
RLM = "\u200f"          # right-to-left mark: sets a paragraph's direction in clients that guess it
FSI, PDI = "\u2068", "\u2069"   # first-strong isolate: a Latin phone number or address keeps its order

_MIME_TYPES = {
    ".pdf": ("application", "pdf"),
    ".docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
}


def mail_text(message: str) -> str:
    """Marks a message for locales/mail.pot; translated where it is used.

    Not ``_``: babel.cfg extracts ``_`` from every module into messages.pot, and the
    mail strings belong to their own domain (``pybabel extract -k mail_text``, see README).
    """
    return message


SUBJECT_CHILD = mail_text("The record of your review on %(date)s")
SUBJECT_ADULT = mail_text("Record of the review on %(date)s")
GREETING_CHILD = mail_text("Hello %(name)s,")
GREETING_ADULT = mail_text("Dear %(name)s,")
GREETING_STAFF = mail_text("Dear staff at %(place)s,")
#: One person the record gives a title: a greeting's own form of it (Romanian "Stimată doamnă Okafor,").
GREETING_MR = mail_text("Dear Mr %(name)s,")
GREETING_MRS = mail_text("Dear Mrs %(name)s,")
GREETING_MS = mail_text("Dear Ms %(name)s,")
GREETING_MISS = mail_text("Dear Miss %(name)s,")
GREETING_TITLED = {"Mr": GREETING_MR, "Mrs": GREETING_MRS, "Ms": GREETING_MS, "Miss": GREETING_MISS}
#: Two people by their titles, as the invitation greets them (rendering.sentences.couple_kind).
GREETING_MR_AND_MRS = mail_text("Dear Mr and Mrs %(name)s,")
GREETING_MR_AND_MR = mail_text("Dear Mr and Mr %(name)s,")
GREETING_MRS_AND_MRS = mail_text("Dear Mrs and Mrs %(name)s,")
GREETING_COUPLE = {"mixed": GREETING_MR_AND_MRS, "men": GREETING_MR_AND_MR, "women": GREETING_MRS_AND_MRS}
INTRO_CHILD = mail_text("Here is the record of your review on %(date)s. It was written for you, "
                "and it is attached to this email.")
INTRO_ADULT = mail_text("Here is your copy of the record of the review on %(date)s. It is attached to this email.")
CONTACT = mail_text("If you have a question about it, you can contact %(iro)s, the Independent Reviewing "
            "Officer: %(contact)s.")
PRIVATE = mail_text("This email and its attachment are for you alone. Please do not forward them.")
PROTECTED = mail_text("The attachment is protected with a password. We will give you the password by phone "
              "or text message, never by email.")
CLOSING = mail_text("With best wishes,")
# Before the review (recordgen consult): an invitation's or a booklet's own note.
SUBJECT_INVITATION_CHILD = mail_text("Your review meeting on %(date)s")
SUBJECT_INVITATION_ADULT = mail_text("Invitation to the review on %(date)s")
SUBJECT_BOOKLET_CHILD = mail_text("Your booklet for your review on %(date)s")
SUBJECT_BOOKLET_ADULT = mail_text("Booklet for your views before the review on %(date)s")
INTRO_INVITATION_CHILD = mail_text("Here is your invitation to your review meeting on %(date)s. "
                                   "It is attached to this email.")
INTRO_INVITATION_ADULT = mail_text("Here is your invitation to the review on %(date)s. It is attached to this email.")
INTRO_BOOKLET_CHILD = mail_text("Here is your booklet for your review on %(date)s. You can fill it in on a "
                                "computer, or print it and write in it. Please send it back to %(iro)s "
                                "before the meeting.")
INTRO_BOOKLET_ADULT = mail_text("Here is a booklet for your views before the review on %(date)s. You can fill "
                                "it in on a computer, or print it and write in it. Please send it back to "
                                "%(iro)s before the meeting.")
CONTACT_BEFORE = mail_text("If you have a question, or cannot come, you can contact %(iro)s, the Independent "
                           "Reviewing Officer: %(contact)s.")
COVER_PRIVATE = mail_text("Private and confidential")
COVER_ADDRESSEE = mail_text("To be opened by the addressee only")


@dataclasses.dataclass(frozen=True)
class CoveringNote:
    """What the message says, paragraph by paragraph, before it becomes text and HTML."""

    language: str
    subject: str
    paragraphs: list[list[tuple[str, bool]]]   # each a list of (text, is_value) pieces
    signature: str

    @property
    def rtl(self) -> bool:
        return is_rtl(self.language)


def _pieces(template: str, values: dict[str, str]) -> list[tuple[str, bool]]:
    """Split a translated sentence into text and the values put into it (marked for isolation)."""
    marker = "\x00"
    marked = {k: f"{marker}{k}{marker}" for k in values}
    filled = template % marked if values else template
    out: list[tuple[str, bool]] = []
    for index, part in enumerate(filled.split(marker)):
        if index % 2:
            out.append((values[part], True))
        elif part:
            out.append((part, False))
    return out


def _translated(gettext_catalog, message: str, values: dict[str, str]) -> str:
    translated = gettext_catalog.gettext(message)
    try:
        translated % {k: "" for k in values}
    except (KeyError, ValueError, TypeError):
        translated = message
    return translated


def iro_contact(record: Record, fallback: str) -> str:
    chair = record.review.chair
    parts = [p for p in (chair.phone, str(chair.email) if chair.email else None) if p]
    return " / ".join(parts) if parts else fallback


#: (subject, introduction) by kind and reader: the record's copy (kind ""), an invitation, a booklet.
_NOTES = {("", True): (SUBJECT_CHILD, INTRO_CHILD), ("", False): (SUBJECT_ADULT, INTRO_ADULT),
          ("invitation", True): (SUBJECT_INVITATION_CHILD, INTRO_INVITATION_CHILD),
          ("invitation", False): (SUBJECT_INVITATION_ADULT, INTRO_INVITATION_ADULT),
          ("booklet", True): (SUBJECT_BOOKLET_CHILD, INTRO_BOOKLET_CHILD),
          ("booklet", False): (SUBJECT_BOOKLET_ADULT, INTRO_BOOKLET_ADULT)}


def covering_note(record: Record, recipient: Recipient, language: str, fallback_contact: str,
                  protected: bool = False, kind: str = "") -> CoveringNote:
    """The note for a record's copy, or (``kind`` "invitation" or "booklet") for a planned review's paper."""
    translations = catalog(language, MAIL_DOMAIN)
    child = recipient.role is Role.child
    # The date in the language's own digits, as the copy writes it (Pashto "۱۷ فبروري ۲۰۲۶").
    written = format_date(record.review.date, language, "long")
    date = DateText(localise_digits(written, language), written.day, written.code)
    # A title in the reader's words ("Mrs Okafor" -> "Pani Okafor"), the attendees list's when only it
    # gives one ("Mrs Amina Khan"), as the invitation gives it.
    # A Polish child is greeted in the vocative where it is certain ("Cześć, Zosiu,"), else as written.
    # An adult is greeted by their name alone: the role written after it ("Halina Nowicka (nan)") is
    # the list's note, in English.
    name = (address_form(language, record.child.first_name, grammatical_gender(record.child.pronouns))
            or record.child.first_name) if child \
        else joined_names(language, bare_name(as_attending(record, recipient.name)))
    titled_as = None if child or is_english(language) else title_and_name(name)
    couple = None if child or is_english(language) else couple_kind(language, as_attending(record, recipient.name))

    def line(message: str, **values: str) -> list[tuple[str, bool]]:
        # A date ending in an abbreviation's stop (Ukrainian "2026 р.") ends the sentence: no second stop.
        template = one_full_stop(_translated(translations, message, values), values)
        values = {key: _display_name(value) for key, value in values.items()}  # names are one line of data
        return _pieces(template, values)

    subject_message, intro = _NOTES[(kind, child)]
    # A name the language would decline is left out, as the invitation leaves it ("Szanowna Pani,").
    # Imported here: a DOCX batch imports this module, and consult's rendering only an adult's note needs.
    from ..rendering.consult import greeting_without_name

    nameless = None if child or titled_as or couple else greeting_without_name(record, recipient, name, language)
    paragraphs = [
        # A children's home is greeted through its staff, as its copy is labelled.
        line(GREETING_STAFF, place=recipient.name) if recipient.role is Role.carer and names_a_place(recipient.name)
        else line(GREETING_TITLED[titled_as[0]], name=titled_as[1]) if titled_as
        else line(GREETING_COUPLE[couple], name=couple_surname(as_attending(record, recipient.name))) if couple
        else [(nameless, False)] if nameless
        else line(GREETING_CHILD if child else GREETING_ADULT, name=name),
        line(intro, date=date, iro=record.review.chair.name) if kind == "booklet" else line(intro, date=date),
        line(CONTACT_BEFORE if kind else CONTACT, iro=record.review.chair.name,
             contact=iro_contact(record, fallback_contact)),
    ]
    if protected:
        paragraphs.append(line(PROTECTED))
    paragraphs.append(line(PRIVATE))
    paragraphs.append(line(CLOSING))
    subject = "".join(text for text, _ in line(subject_message, date=date))
    return CoveringNote(language, subject, paragraphs, _display_name(record.review.chair.name))


def plain_text(note: CoveringNote) -> str:
    def render(pieces: list[tuple[str, bool]]) -> str:
        text = "".join(f"{FSI}{t}{PDI}" if value and note.rtl else t for t, value in pieces)
        return RLM + text if note.rtl else text

    lines = [render(p) for p in note.paragraphs]
    lines.append(render([(note.signature, True)]))
    return "\n\n".join(lines[:-1]) + "\n" + lines[-1] + "\n"


def html_text(note: CoveringNote) -> str:
    direction = "rtl" if note.rtl else "ltr"
    tag = language_tag(note.language)

    def render(pieces: list[tuple[str, bool]]) -> str:
        return "".join(f"<bdi>{html.escape(t)}</bdi>" if value else html.escape(t) for t, value in pieces)

    body = "\n".join(f"<p>{render(p)}</p>" for p in note.paragraphs[:-1])
    closing = f"<p>{render(note.paragraphs[-1])}<br><bdi>{html.escape(note.signature)}</bdi></p>"
    return (f'<!DOCTYPE html>\n<html lang="{tag}" dir="{direction}">\n<head><meta charset="utf-8">'
            f"<title>{html.escape(note.subject)}</title></head>\n"
            f'<body dir="{direction}" style="font-family: sans-serif; font-size: 16px; line-height: 1.5">\n'
            f"{body}\n{closing}\n</body>\n</html>\n")


def message_id(sha256: str, from_address: str) -> str:
    """The same copy always gets the same Message-ID, so a server's log shows a duplicate."""
    domain = from_address.rpartition("@")[2] or "recordgen.invalid"
    return f"<{sha256}@{domain}>"


def _display_name(text: str) -> str:
    """A name fit for a header: one line, no control characters (a name is data, never headers)."""
    return " ".join("".join(" " if unicodedata.category(c).startswith("C") else c for c in text).split())


def build_message(note: CoveringNote, *, from_address: str, from_name: str, to_name: str, to_address: str,
                  attachment: bytes, filename: str, sha256: str,
                  now: dt.datetime | None = None) -> EmailMessage:
    message = EmailMessage(policy=SMTP)
    # Address objects: the policy quotes and encodes any name correctly (formataddr does not, with
    # brackets and non-ASCII letters together).
    message["From"] = Address(display_name=_display_name(from_name), addr_spec=from_address)
    message["To"] = Address(display_name=_display_name(to_name), addr_spec=to_address)
    message["Subject"] = _display_name(note.subject)
    message["Date"] = format_datetime(now or dt.datetime.now(dt.timezone.utc))
    message["Message-ID"] = message_id(sha256, from_address)
    message["Auto-Submitted"] = "auto-generated"
    message.set_content(plain_text(note), charset="utf-8")
    message.add_alternative(html_text(note), subtype="html", charset="utf-8")
    maintype, subtype = _MIME_TYPES.get(Path(filename).suffix.lower(), ("application", "octet-stream"))
    message.add_attachment(attachment, maintype=maintype, subtype=subtype, filename=filename)
    # After the parts: making a message multipart moves Content-* headers into its first part.
    message["Content-Language"] = language_tag(note.language)
    return message
