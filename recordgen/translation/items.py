"""Which of the IRO's own words need translating, and into what.

A free-text item is translatable into a language when at least one recipient
who reads that language may see it. Items every such recipient is barred from
never leave the building: they are not exported, so a translator never sees
them and no translation of them can end up in anyone's copy.
"""

from __future__ import annotations

import dataclasses
import hashlib
from typing import Callable, Iterable, Iterator

from ..i18n.languages import is_english, locale_name, normalize_language
from ..i18n.names import record_names
from ..record.diagnostics import format_path
from ..record.model import ITEM_SECTIONS, Record, Recipient, Role
from ..rules.kinship import kin_roles_kept_from
from ..rules.people import is_place
from ..rules.withholding import (attendees_kept_from, confidential_from, place_name_kept_from, reader_roles,
                                 venue_kept_from, views_kept_from)
from ..record.roles import known_roles
from .protect import in_language
from ..support import regexes
from ..support.memo import per_record

#: Characters XML 1.0 cannot carry at all, so neither can an XLIFF file.
_NOT_IN_XML = regexes.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def source_hash(text: str) -> str:
    """SHA-256 of the source text (UTF-8), hex: a translation is only good for this text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclasses.dataclass(frozen=True)
class TranslatableItem:
    """One piece of the IRO's writing, as it goes to a translator."""

    loc: tuple[str | int, ...]
    text: str
    withheld_from: frozenset[Role]
    #: The record's own English where ``text`` is a parent's copy's form of it (``_as_read``).
    written: str | None = None

    @property
    def path(self) -> str:
        """Stable id: the dotted path the record's diagnostics use (``worries.3``)."""
        return format_path(self.loc)

    @property
    def sha256(self) -> str:
        return source_hash(self.text)

    def stored_source(self, store, language: str) -> str | None:
        """The English this item's translation in ``store`` is of, while it is good: its form, or
        the record's own English translated before the form existed (a copy takes only the role
        from that, the name from the record, cut as the copy cuts it); None when missing or stale."""
        for english in (self.text, self.written):
            if english is not None and store.status(language, self.path, english) == "translated":
                return english
        return None

    def status(self, store, language: str) -> str:
        return "translated" if self.stored_source(store, language) is not None \
            else store.status(language, self.path, self.text)


def recipients_in(record: Record, language: str) -> list[Recipient]:
    """Everyone on the distribution list whose copy is in ``language``."""
    wanted = normalize_language(language)
    return [r for r in record.distribution
            if normalize_language(record.recipient_language(r)) == wanted]


def visible_to(withheld_from: frozenset[Role], recipient: Recipient) -> bool:
    return not recipient.kept_as & withheld_from


def read_to_the_child(record: Record, age_bands=None) -> bool:
    """Is the child's own copy read to them by their carer: the early or young band (under 8) at the
    review, and still that band today (the renderer's ``read_by_the_carer``; a toddler's review read at
    16 is not)?"""
    from ..rules.ages import age_on, band_for_age
    from ..support.clock import today

    born = record.child.date_of_birth
    then = band_for_age(age_on(born, record.review.date), age_bands)
    return then in ("early", "young") and band_for_age(age_on(born, today()), age_bands) == then


def shown_to(record: Record, recipient: Recipient, age_bands=None) -> Callable[["TranslatableItem"], bool]:
    """Does ``recipient``'s copy show an item? Not one withheld from a role the copy is kept from:
    the recipient's, and in a little child's own copy, which the carer reads aloud, the carer's
    (``reader_roles``); nor the venue a parent's copy leaves out (the confidential home or school,
    ``venue_kept_from``). Only what a copy shows is asked to be translated for it."""
    roles = reader_roles(recipient, recipient.role is Role.child and read_to_the_child(record, age_bands), record)
    venue_out = venue_kept_from(record, recipient)
    return lambda item: not roles & item.withheld_from and not (
        venue_out and tuple(item.loc[:2]) == ("review", "venue"))


def _is_catalog_role(loc, text: str) -> bool:
    """An attendee's role, or an action's who that is a role alone ("your IRO"), the catalogs know, or
    roles of several each known ("dad and mum", "your carers and social worker")."""
    role = (tuple(loc[:2]) == ("review", "attendees") and loc[-1] == "role") \
        or (loc[0] == "actions" and loc[-1] == "who")
    return role and known_roles(text)


def catalog_role_paths(record: Record) -> set[str]:
    """Roles the catalogs translate ("advocate", "mum", an action's "your IRO"): never sent to a translator."""
    return {format_path(loc) for loc, text, _ in record.free_texts() if _is_catalog_role(loc, text)}


def _texts(record: Record) -> Iterator[tuple[tuple[str | int, ...], str, frozenset[Role]]]:
    """The IRO's free text, and the carers when they are a place ("Meadowbank children's home"):
    the copies show its words, so they are translated; a person's name never is."""
    for loc, text, withheld in record.free_texts():
        if not _is_catalog_role(loc, text):  # the catalogs translate it
            yield loc, text, withheld | _attendee_kept_from(record, loc) | kin_roles_kept_from(record, loc)
    if is_place(record.placement.carers):
        yield ("placement", "carers"), record.placement.carers, place_name_kept_from(record)


def _attendee_kept_from(record: Record, loc: tuple[str | int, ...]) -> frozenset[Role]:
    """The roles whose copies leave out the attendee at ``loc`` (kept off their list of who was sent
    a copy, so off who came too): their role and what they did are not shown to those readers."""
    if tuple(loc[:2]) != ("review", "attendees"):
        return frozenset()
    index = int(loc[2])
    person = record.review.attendees[index]
    # How the child sent views that are each kept from a reader, when she did not come: not in that copy.
    views = frozenset(role for role in Role if views_kept_from(record, role)) \
        if person.is_child and not person.attended and loc[-1] == "contributed" else frozenset()
    return views | frozenset(role for role in Role if index in attendees_kept_from(record, role))


def written_in(record: Record, loc: tuple[str | int, ...] | list) -> str:
    """The language the text at ``loc`` is written in: an item's ``language`` (a child's words in
    Welsh), else English, the record's own."""
    loc = tuple(loc)
    if len(loc) == 2 and loc[0] in ITEM_SECTIONS:
        return getattr(record, str(loc[0]))[int(loc[1])].language or "en"
    # An action's who (its role) and what, the plan, the venue: the record may say so too.
    if len(loc) == 3 and loc[0] == "actions" and loc[2] in ("who", "what") and int(loc[1]) < len(record.actions):
        return record.actions[int(loc[1])].language or "en"
    if loc == ("care_plan", "plan") and record.care_plan is not None:
        return record.care_plan.language or "en"
    if loc == ("review", "venue"):
        return record.review.venue_language or "en"
    return "en"


def _path_loc(path: str) -> tuple[str | int, ...]:
    """``actions.2.what`` -> ("actions", 1, "what"): a path as the diagnostics write it, counted from 1."""
    return tuple(int(part) - 1 if part.isdigit() else part for part in path.split("."))


def written_in_paths(record: Record, paths: Iterable[str]) -> tuple[str, ...]:
    """The languages the items at ``paths`` (``child_views.4``) are written in, English first."""
    found = set()
    for path in paths:
        found.add(written_in(record, _path_loc(path)))
    return tuple(sorted(found, key=lambda code: (not is_english(code), code)))


def same_language(one: str, other: str) -> bool:
    """``fa`` and ``fa-AF``, ``cy`` and ``CY`` are one language."""
    return normalize_language(locale_name(one)) == normalize_language(locale_name(other))


def _as_read(record: Record, readers: list[Recipient]):
    """How an item reads to the translator for ``readers`` (the recipients of one language): as a
    confidential placement's parent's copy shows it ("Keith (your foster carer)", the carers'
    surname cut) when one of them is such a parent and may see it, else as the record writes it.
    One form per language: the child's and the carers' copies put the record's names back."""
    parents = [r for r in readers if confidential_from(record, r.role)]
    if not parents:
        return lambda loc, text, withheld: text
    from ..rendering.context import as_a_parent_reads  # rendering builds on this module

    as_read = as_a_parent_reads(record)

    def form(loc, text: str, withheld: frozenset[Role]) -> str:
        return as_read(tuple(loc), text) if any(visible_to(withheld, r) for r in parents) else text
    return form


def _item(loc, text: str, withheld: frozenset[Role], written: str) -> TranslatableItem:
    return TranslatableItem(tuple(loc), text, withheld, None if text == written else written)


@per_record  # asked for the copy's translations, and for each row of a parent's actions table
def _language_items(record: Record, language: str) -> tuple[TranslatableItem, ...]:
    """Every free-text item as the translator for ``language`` gets it, but a who whose name the
    parent's copy cuts to a role the catalogs translate ("your SENCo", "your carer"): every copy
    then takes the name from the record and the role from the catalog, and it is not sent."""
    form = _as_read(record, recipients_in(record, language))
    items = [_item(loc, form(loc, text, withheld), withheld, text) for loc, text, withheld in _texts(record)]
    return tuple(item for item in items if item.written is None or not known_roles(item.text))


@per_record
def cut_to_catalog_roles(record: Record, language: str) -> frozenset[str]:
    """Paths of the whos ``_language_items`` leaves out for ``language``: a file exported before may have them."""
    kept = {item.path for item in _language_items(record, language)}
    return frozenset({format_path(loc) for loc, _, _ in _texts(record)} - kept)


def already_in(record: Record, language: str) -> Callable[[TranslatableItem], bool]:
    """Is an item already in ``language``: written in it (a Welsh child's words, for a Welsh
    reader), or a value whose words are all names or words of that language (``in_language``:
    the venue "Canolfan Deulu Caernarfon", the role "mam", for a Welsh reader)?"""
    code = normalize_language(language)
    names = record_names(record) if not is_english(code) else []
    # Words the record says are in another language than the reader's (a Welsh venue for a Polish
    # reader) are that language's, whatever the words look like: a Welsh place's name is no Polish.
    return lambda item: (same_language(written_in(record, item.loc), language)
                         or (not is_english(code) and is_english(written_in(record, item.loc))
                             and in_language(item.text, code, names)))


def already_in_paths(record: Record, language: str) -> set[str]:
    """Paths of the items ``already_in`` ``language``: a file exported before may have them."""
    known = already_in(record, language)
    return {item.path for item in _language_items(record, language) if known(item)}


def translatable_items(record: Record, language: str) -> list[TranslatableItem]:
    """Free-text items some recipient reading ``language`` may see, in record order, each as the
    translator for that language gets it (``_as_read``); never one ``already_in`` ``language``."""
    readers, known = recipients_in(record, language), already_in(record, language)
    shown = [shown_to(record, r) for r in readers]
    return [item for item in _language_items(record, language)
            if any(sees(item) for sees in shown) and not known(item)]


def left_out_paths(record: Record, language: str) -> set[str]:
    """Paths of items a reader of ``language`` may see but no copy in it shows (``shown_to``): a
    little child's item kept from the carer who reads it aloud, a venue a parent's copy leaves
    out. A file exported before they were left out may have them: there is nothing to store."""
    readers = recipients_in(record, language)
    may_see = {item.path for item in _language_items(record, language)
               if any(visible_to(item.withheld_from, r) for r in readers)}
    return may_see - {item.path for item in translatable_items(record, language)}


def items_for_recipient(record: Record, recipient: Recipient, age_bands=None) -> list[TranslatableItem]:
    """Free-text items this one recipient's copy shows (``shown_to``), each as its language's
    translator gets it, but those already in their language (shown as written, never marked)."""
    return recipient_items(record, recipient, age_bands)[0]


def recipient_items(record: Record, recipient: Recipient,
                    age_bands=None) -> tuple[list[TranslatableItem], set[str]]:
    """``items_for_recipient``, and ``already_in_paths`` of the recipient's language: both from
    one making of the language's items (made twice, it was a tenth of a translated copy)."""
    language = record.recipient_language(recipient)
    known = already_in(record, language)
    sees = shown_to(record, recipient, age_bands)
    shown, already = [], set()
    for item in _language_items(record, language):
        if known(item):
            already.add(item.path)
        elif sees(item):
            shown.append(item)
    return shown, already


def languages_needing_translation(record: Record) -> list[str]:
    """Every non-English language on the distribution list, in first-seen order."""
    seen: list[str] = []
    for recipient in record.distribution:
        lang = normalize_language(record.recipient_language(recipient))
        if not is_english(lang) and lang not in seen:
            seen.append(lang)
    return seen


def xml_unsafe_character(text: str) -> str | None:
    """The first character XML cannot hold, as ``U+0001``, or None."""
    match = _NOT_IN_XML.search(text)
    return f"U+{ord(match.group()):04X}" if match else None
