"""`recordgen consult import`: a returned booklet's answers read into the review's record.

The booklet's read-only ``booklet`` field holds its reference (a keyed code that names
no one); it must be one of this record's booklets, worked out again from the record,
or the form is refused (another child's, another review's). Then:

- the child's written answers go into ``child_views``, one item each, exactly as
  written (never corrected), each with a comment ``# from the booklet: <question>``;
- everything else (the parents' and carers' answers, the child's choices, and the child's
  answers about arranging the meeting: who should come, where) goes into ``consultation``
  under the heading it informs, which no copy shows: every copy prints ``child_views``, so
  "Mum but not Dad" there would reach Dad; who comes is the IRO's to arrange;
- a booklet in another language than English marks each written answer ``language: <code>``, so a
  copy or a translator does not take the words for English;
- ``consultation.booklets`` lists the references imported, so a booklet is not
  imported twice.

The record is changed as YAML (ruamel round trip, like the page's saving) so the
IRO's comments and layout stay, checked against the model, and written atomically.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import re
from pathlib import Path

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from ..errors import Category, RecordgenError
from ..i18n.languages import is_english
from ..pdf.forms import FormError, read_fields
from ..record.loading import InvalidRecord, LoadedRecord, ReadError, load_record
from ..record.model import Record, Recipient, Role
from ..record.settings import Settings
from ..rendering import consult
from ..rendering.feedback import feedback_key
from .report import means_nothing
from ..rules.earlier import names_the_placement, parent_knows_message, records_in_folder
from ..support.clock import today
from ..support.files import write_atomically
from ..support.yamltext import as_written
from .booklet_form import CHOICES, MADE_FIELD, REFERENCE_FIELD

#: Where each booklet answer goes: the child's written ones into child_views (None), the rest under a heading.
_HEADING = {
    Role.child: {"chair": "meeting", "advocate": "meeting", "feeling": "meeting", "who": "meeting", "where": "meeting"},
    Role.parent: {"going_well": "working_well", "worries": "worries", "wishes": "goals", "family_time": "other",
                  "help": "meeting"},
    Role.carer: {"going_well": "working_well", "hard": "worries", "needs": "goals", "say": "other"},
}
#: A choice's export value as the booklet printed it (in English).
_CHOSEN = {"yes": consult.YES, "no": consult.NO, "not_sure": consult.NOT_SURE, "have_one": consult.HAVE_ONE,
           "happy": consult.HAPPY, "in_between": consult.IN_BETWEEN, "sad": consult.SAD}


class BookletRefused(RecordgenError):
    """A returned form that is not one of this record's booklets, or cannot be read; nothing is written."""

    category = Category.USAGE


class Imported:
    """What one booklet added to the record."""

    def __init__(self, recipient: Recipient, reference: str):
        self.recipient = recipient
        self.reference = reference
        self.child_views: list[str] = []
        self.notes: dict[str, int] = {}
        #: The child's answers imported withheld: (text, from whom, why).
        self.withheld: list[tuple[str, list[Role], str]] = []
        #: What the IRO must act on: a parent's answer naming the confidential placement.
        self.warnings: list[str] = []
        #: The child's answers that say only "nothing", kept under consultation.other.
        self.nothing: list[str] = []

    @property
    def summary(self) -> str:
        parts = [f"{len(self.child_views)} answer(s) into child_views"] if self.recipient.role is Role.child else []
        if self.withheld:
            parts[0] += (f" ({len(self.withheld)} withheld: "
                         + "; ".join(f"'{text}' from {' and '.join(r.value for r in kept)}, as it {why}"
                                     for text, kept, why in self.withheld) + ")")
        parts += [f"{count} note(s) under consultation.{heading}" for heading, count in self.notes.items()]
        if self.nothing:
            parts.append(" and ".join(f"'{text}'" for text in self.nothing)
                         + " says nothing: kept under consultation.other, not in child_views")
        if self.recipient.role is Role.child and len(self.child_views) > len(self.withheld):
            parts[-1] += ("; every copy will print the child_views, parents' too, unless withhold_from is added: "
                          "read them in the record")
        return ", ".join(parts) or "no answers written in it"


def _kept_from(record: Record, answer: str, earlier, language: str = "en") -> tuple[list[Role], str]:
    """Whom a child's booklet answer is imported withheld from, and why, or ([], ""): the safe default
    for words a parent must not read. From parent (when a parent is sent a copy): an answer that asks
    that someone not know where the child lives ("I don't want him to know where I live"), one that
    names a part of the confidential placement or, with it, a parent at the child's school, or, with
    it, one in another language than English (the booklet's ``language``), which those English words
    cannot be looked for in ("Mae Dad yn gwybod ble mae fy ysgol nawr"); and, from whom it was withheld,
    an answer that repeats an item an earlier review of the child beside the record (``earlier``) withheld."""
    from ..rules.earlier import KEEP_HOME_FROM, PARENT_AT_SCHOOL, withheld_items, repeats
    from ..rules.withholding import is_latin, record_secrets, shows

    readers = {r.role for r in record.distribution}
    for _file, other in sorted(earlier, key=lambda pair: pair[1].review.date, reverse=True):
        if other.review.date >= record.review.date:
            continue
        for loc, text, roles in withheld_items(other):
            if roles & readers and repeats(text, answer):
                return (sorted(roles & readers, key=lambda role: role.value),
                        f"repeats what the review of {other.review.date.isoformat()} withheld")
    if Role.parent not in readers:
        return [], ""
    if KEEP_HOME_FROM.search(answer):
        return [Role.parent], "asks that someone not know where they live or find them"
    # The placement's parts and the names that find it (the carers' and its school staff's family names)
    # as validate has them, so an answer it would refuse in a parent's copy is never imported into one.
    if any(Role.parent in secret.hidden_from and shows(answer, secret) for secret in record_secrets(record).others):
        return [Role.parent], "names a part of the confidential placement"
    if record.placement.confidential and PARENT_AT_SCHOOL.search(answer):
        return [Role.parent], ("speaks of a parent at or near the school, or knowing where it or the home is, "
                               "which the placement keeps from parents")
    if record.placement.confidential and not _read_as_english(answer, record, language):
        script = not all(is_latin(word) for word in answer.split())
        return [Role.parent], (f"is written in {'another script' if script else _language_name(language)}, "
                               "which recordgen cannot read for what the "
                               "confidential placement keeps from parents: the IRO reads it and releases it if it "
                               "is safe")
    return [], ""


#: A word this common in English (wordfreq Zipf) is an everyday English word: "dad", "knows", "scared";
#: not Welsh "mae" (3.6), "fy" (3.1), "dw" (3.2), which English text has as other things.
_ENGLISH_ZIPF = 4.0


def _read_as_english(answer: str, record: Record, language: str) -> bool:
    """Can ``consult import``'s English patterns read a child's answer? Not one with a word in another
    script; nor, from a booklet not in English, one fewer than half of whose words (the record's people's
    names left out) are everyday English words."""
    from ..rules.withholding import is_latin, people_in
    from ..support import lexicon

    words = [w for w in re.findall(r"[^\W\d_]+", answer.casefold())]
    if not all(is_latin(w) for w in words):
        return False
    if is_english(language):
        return True
    people = people_in(record)
    others = [w for w in words if w not in people]
    return 2 * sum(lexicon.zipf(w, "en") >= _ENGLISH_ZIPF for w in others) >= len(others)


def _language_name(code: str) -> str:
    """"Welsh" for "cy"; the code when Babel does not know it."""
    from babel import Locale, UnknownLocaleError

    from ..i18n.languages import locale_name

    try:
        return Locale.parse(locale_name(code)).get_display_name("en") or code
    except (ValueError, UnknownLocaleError):
        return code


def _yaml() -> YAML:
    yaml = YAML()  # round trip, set as the page's saving sets it (web/store.py): comments and layout kept
    yaml.preserve_quotes = True
    yaml.width = 4096
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


def whose_booklet(record: Record, reference: str, settings: Settings) -> Recipient | None:
    """The recipient of this record whose booklet carries ``reference``, if any."""
    key = feedback_key(settings.feedback)
    for recipient in record.distribution:
        if recipient.role in consult.BOOKLET_ROLES and reference == consult.booklet_reference(
                key, record.child.id, record.review.date.isoformat(), recipient.role.value, recipient.name):
            return recipient
    return None


def _block(document: CommentedMap, key: str, after: str | None, kind=CommentedSeq):
    """``document[key]`` as a block collection to add to (a missing or empty ``[]`` one made anew)."""
    value = document.get(key)
    if isinstance(value, kind) and len(value) and not value.fa.flow_style():
        return value
    fresh = kind()
    if isinstance(value, kind):
        fresh.extend(value) if kind is CommentedSeq else fresh.update(value)
    if key in document:
        document[key] = fresh
    else:
        keys = list(document)
        position = keys.index(after) + 1 if after in keys else len(keys)
        document.insert(position, key, fresh)
        if after is not None:   # a new section: a blank line apart, as the IRO's sections are
            following = keys[position] if position < len(keys) else key
            document.yaml_set_comment_before_after_key(following, before="\n")
    return fresh


def import_booklet(pdf: str | Path, loaded: LoadedRecord, settings: Settings | None = None,
                   received: dt.date | None = None) -> Imported:
    """Read the booklet at ``pdf`` into the record file ``loaded`` came from (written atomically)."""
    settings = settings or Settings()
    pdf, record, path = Path(pdf), loaded.record, Path(loaded.file)
    if received is not None and received > today():
        raise BookletRefused(f"received {received} is in the future (today is {today()}); give the day the "
                             "booklet came back")
    try:
        fields = read_fields(pdf)
    except FormError as exc:
        raise BookletRefused(str(exc)) from None
    reference = fields.get(REFERENCE_FIELD, "").strip()
    if not reference:
        raise BookletRefused(f"{pdf}: not a consultation booklet made by recordgen (it has no booklet "
                             "reference field); type its answers into the record by hand")
    try:
        made = dt.date.fromisoformat(fields.get(MADE_FIELD, "").strip())
    except ValueError:
        made = None   # a booklet made before its form said when: the review's day is the only floor
    if made is not None and received is not None and received < made:
        raise BookletRefused(f"{pdf}: received {received} is before the booklet was made ({made}); give the day "
                             "the booklet came back; nothing was imported")
    recipient = whose_booklet(record, reference, settings)
    if recipient is None:
        key_env = settings.feedback.key_env
        # The reference is made with the council's key: the right booklet read without it looks like another's.
        key = (f"; or the booklets were made with the council's key ({key_env}), which is not set here: set it "
               "as it was when they were made" if key_env and not os.environ.get(key_env) else
               f"; or the booklets were made with another key than {key_env} holds now" if key_env else "")
        raise BookletRefused(f"{pdf}: this booklet is for another child or another review: its reference "
                             f"{reference} is not one of the booklets of {path.name} (child {record.child.id}, "
                             f"review on {record.review.date.isoformat()}){key}; nothing was imported")
    band = consult._reading_band(record, recipient, settings)
    labels = consult.answer_labels(consult.build_consult_context(record, recipient, "booklet", band, "en",
                                                                 age_band=consult._age_band(record, settings)))
    if not any(fields.get(key, "").strip() for key in labels):
        # An unfilled booklet (the batch's own copy, picked by mistake) would use up its reference:
        # the child's real answers would then be refused as already imported.
        raise BookletRefused(f"{pdf}: nothing is filled in: not imported (if it was filled in on paper, type its "
                             "answers into the record by hand)")
    done = record.consultation.booklets if record.consultation else []
    if any(booklet.reference == reference for booklet in done):
        raise BookletRefused(f"{pdf}: the booklet {reference} is already in {path.name} "
                             "(consultation.booklets); nothing was imported again")
    by = f"{recipient.name} ({recipient.role.value})"
    language = record.recipient_language(recipient)
    written_in = {} if is_english(language) else {"language": language}   # as the booklet was, never guessed
    result = Imported(recipient, reference)
    # The earlier reviews of the child beside the record: what they withheld is withheld again (``_kept_from``).
    earlier = records_in_folder(path, record.child.id) if recipient.role is Role.child else []

    yaml = _yaml()
    if path.suffix.lower() == ".json":
        raise BookletRefused(f"{path.name}: the answers can be added to a YAML record only (this one is JSON)")
    document = yaml.load(loaded.source.decode("utf-8"))   # the very bytes that were checked
    if not isinstance(document, CommentedMap):
        raise BookletRefused(f"{path.name}: the answers can be added to a YAML record only")
    section = _block(document, "consultation", "distribution", CommentedMap)
    headings = _HEADING[recipient.role]
    for key, label in labels.items():
        answer = fields.get(key, "")
        if key in CHOICES:
            answer = _CHOSEN.get(answer, answer)
        if not answer.strip():
            continue
        heading = headings.get(key)
        if heading is None and means_nothing(answer):
            heading = "other"   # "Dim byd": printed as a view without its question it says nothing
            result.nothing.append(answer)
        if heading is None:   # the child's own words: exactly as written
            views = _block(document, "child_views", "review")
            kept, why = _kept_from(record, answer, earlier, language)
            if written_in or kept:
                item = CommentedMap(text=as_written(answer), **written_in)
                if kept:
                    item["withhold_from"] = CommentedSeq(role.value for role in kept)
                    item["withhold_from"].fa.set_flow_style()
                views.append(item)
                note = (f"; withheld from {' and '.join(r.value for r in kept)} on import: {why}; take "
                        "withhold_from off if they may read it") if kept else ""
                item.yaml_add_eol_comment(f"from the booklet: {label}{note}", "text")
            else:
                views.append(as_written(answer))
                views.yaml_add_eol_comment(f"from the booklet: {label}", len(views) - 1)
            result.child_views.append(answer)
            if kept:
                result.withheld.append((answer, kept, why))
            continue
        if recipient.role is Role.parent or Role.parent in recipient.kept_as:
            if (secret := names_the_placement(record, answer)) is not None:
                result.warnings.append(parent_knows_message(by, secret))
        # A choice is kept as the English words of its box ("Not sure"), whatever the booklet's language.
        _block(section, heading, None).append(CommentedMap(by=by, question=label, text=as_written(answer),
                                                                **({} if key in CHOICES else written_in)))
        result.notes[heading] = result.notes.get(heading, 0) + 1
    _block(section, "booklets", None).append(CommentedMap(
        reference=reference, by=by, received=received or today()))
    # The section's own keys in the model's order, so the file reads the same each time.
    for name in [k for k in ("booklets", "working_well", "worries", "goals", "meeting", "other") if k in section]:
        section.move_to_end(name)
    out = io.StringIO()
    yaml.dump(document, out)
    text = out.getvalue()
    try:
        load_record(path, text.encode("utf-8"))
    except (InvalidRecord, ReadError) as exc:   # never a half-made record: nothing is written
        raise BookletRefused(f"the answers could not be added to {path.name}: {exc}") from None
    try:
        write_atomically(path, text.encode("utf-8"))
    except OSError as exc:
        raise BookletRefused(f"cannot write {path}: {exc.strerror or exc}") from None
    return result
