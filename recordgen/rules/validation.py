"""The domain rules a record must meet before it goes out.

The model checks shape (fields, types); these rules check sense: dates that
hang together, participation codes that fit the child's age, timescales, and
withheld values that would leak through other text.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

from .ages import age_on
from ..record.diagnostics import Diagnostic, format_path
from ..i18n import is_known_language
from ..record.loading import LoadedRecord
from ..record.model import PARTICIPATION_CODES, PARTICIPATION_WITH_VIEWS
from ..record.settings import Settings
from .timescales import add_months, day_off, last_working_day_on_or_before, review_dates
from .withholding import Secret, found_in, leaks, recipient_name_parts, translation_leaks


def validate(loaded: LoadedRecord, settings: Settings | None = None) -> list[Diagnostic]:
    """Every rule broken, errors and warnings, in the order of the file."""
    settings = settings or Settings()
    found = list(_rules(loaded, settings))
    return sorted(found, key=lambda d: (d.line or 0, d.path))


def _rules(loaded: LoadedRecord, settings: Settings) -> Iterator[Diagnostic]:
    record = loaded.record
    error = loaded.diagnostic

    def warning(loc, message):
        return loaded.diagnostic(loc, message, "warning")

    child, review = record.child, record.review
    age = age_on(child.date_of_birth, review.date)

    # Participation
    code = review.participation.upper()
    if code not in PARTICIPATION_CODES:
        yield error(("review", "participation"), f"'{review.participation}' is not a participation code; use PN0 to PN7")
    elif code == "PN0" and age >= 4:
        yield error(("review", "participation"),
                    f"PN0 is only for a child under 4 on the review date, and {child.first_name} was {age}")
    elif code != "PN0" and age < 4:
        yield error(("review", "participation"),
                    f"{child.first_name} was under 4 on the review date, so the code should be PN0")
    if code in PARTICIPATION_WITH_VIEWS and not record.child_views:
        yield warning(("child_views",), f"{code} says {child.first_name} shared their views, but none are written in child_views")

    # Dates
    if child.date_of_birth > review.date:
        yield error(("child", "date_of_birth"), "the date of birth is after the review date")
    if child.entered_care > review.date:
        yield error(("child", "entered_care"), "the date of entering care is after the review date")
    if child.entered_care < child.date_of_birth:
        yield error(("child", "entered_care"), "the date of entering care is before the date of birth")
    if review.written and review.written < review.date:
        yield error(("review", "written"), f"the record is dated {review.written}, before the review ({review.date}) it records")
    timescales = settings.timescales
    far = add_months(review.date, timescales.action_warning_months)
    for i, action in enumerate(record.actions):
        if action.by < review.date:
            yield error(("actions", i, "by"), f"the date {action.by} is before the review ({review.date}); actions are for after the review")
            continue  # the date is wrong anyway: one message about it
        if action.by > far:
            yield warning(("actions", i, "by"), f"the date {action.by} is more than {timescales.action_warning_months} months after the review; is that right?")
        yield from _day_off_warning(("actions", i, "by"), action.by, "not a working day; is that right?",
                                    timescales.nation, warning)
        if action.done is not None and action.done < review.date:
            yield error(("actions", i, "done"), f"the action is marked done on {action.done}, before the review "
                                                 f"({review.date}) that agreed it; give the day it was done")
    if record.scale and not 0 <= record.scale.score <= 10:
        yield error(("scale", "score"), f"the score {record.scale.score} must be from 0 to 10")

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
                                            timescales.nation, warning)
        if dates.review_due and review.date > dates.review_due:
            yield warning(("review", "date"),
                          f"this first review was held after it was due ({dates.review_due}, "
                          f"{timescales.first_review_working_days} working days after entering care)")

    # Languages and recipients
    if not is_known_language(child.language):
        yield error(("child", "language"), f"'{child.language}' is not a language code recordgen knows (for example en, ur, ps, pl)")
    seen: dict[tuple[str, str], int] = {}
    for i, recipient in enumerate(record.distribution):
        if recipient.language and not is_known_language(recipient.language):
            yield error(("distribution", i, "language"),
                        f"'{recipient.language}' is not a language code recordgen knows (for example en, ur, ps, pl)")
        key = (recipient.role.value, recipient.name.casefold())
        if key in seen:
            yield error(("distribution", i), f"{recipient.name} ({recipient.role.value}) is already listed as recipient {seen[key] + 1}")
        else:
            seen[key] = i

    # Signs of Safety headings
    for section, heading in (("working_well", "what's working well"), ("worries", "what we are worried about"),
                             ("goals", "what it will look like when things are better")):
        if not getattr(record, section):
            yield warning((section,), f"nothing is written under {heading}")

    yield from _leaks(loaded)
    yield from _unnamed_recipients(loaded)


def _day_off_warning(loc, day, why: str, nation: str, warning) -> Iterator[Diagnostic]:
    """A warning when a date falls on a weekend or a bank holiday of the council's nation."""
    try:
        off = day_off(day, nation)
    except ValueError:  # an unknown nation is reported once, with the review dates
        return
    if off:
        before = last_working_day_on_or_before(day, nation)
        yield warning(loc, f"the date {day} is {off}, {why} (the working day before is {before:%A} {before.isoformat()})")


def _at(loaded: LoadedRecord, loc) -> str:
    """'placement.address, line 12'; only the path for a record read from data."""
    line = loaded.line_of(loc)
    return format_path(loc) + (f", line {line}" if line is not None else "")


#: Sections whose items can be withheld; other texts (the venue, a role, the plan) go to everyone.
_WITHHOLDABLE = ("child_views", "working_well", "worries", "goals", "actions")


def _remedy(loc) -> str:
    if loc[0] in _WITHHOLDABLE:
        return "take it out, or withhold this item from parent too"
    if tuple(loc[:2]) == ("review", "venue"):
        return "say where in words that do not name it (for example 'your school' or 'the council office')"
    return "take it out: every parent's copy shows this text"


def placement_message(loaded: LoadedRecord | None, secret: Secret, where: str = "") -> str:
    """A plain message for a text that shows the confidential address or school, or part of it."""
    value = "address" if secret.loc[1] == "address" else "school"
    if secret.text == secret.part_of:
        shown = f"the {value} ('{secret.text}')"
    else:
        article = "a" if secret.what in ("distinctive word", "house name or locality") else "the"
        shown = f"'{secret.text}', {article} {secret.what} of the {value} '{secret.part_of}',"
    at = f" ({_at(loaded, secret.loc)})" if loaded is not None else ""
    if loaded is not None and where:  # said in another file: say which file the record is
        at = f" ({Path(loaded.file).name}, {_at(loaded, secret.loc)})"
    return (f"{where}this names {shown} which is kept from parents because the placement is "
            f"confidential{at}; a part is enough to find a child")


def _leaks(loaded: LoadedRecord) -> Iterator[Diagnostic]:
    """Withheld values repeated in text that the same recipient does see (withholding decides what shows them)."""
    for loc, secret, exposed in leaks(loaded.record):
        if secret.strict:
            yield loaded.diagnostic(loc, f"{placement_message(loaded, secret)}; this text goes to parents, "
                                         f"so {_remedy(loc)}")
        else:
            yield loaded.diagnostic(
                loc, f"this repeats {_at(loaded, secret.loc)}, which is withheld "
                     f"from {', '.join(role.value for role in exposed)}, but this text is not; "
                     "withhold this item too or reword it")
    yield from _translation_leaks(loaded)


def _translation_leaks(loaded: LoadedRecord) -> Iterator[Diagnostic]:
    """The same for the translations stored next to the record: every language's text is checked."""
    from ..translation import SidecarError, read_translations

    try:
        store = read_translations(loaded.file)  # the same parse the copies then use
    except SidecarError as exc:
        yield loaded.diagnostic((), f"the translations were not checked for leaks: {exc}", "warning")
        return
    if not store.languages:
        return
    for language, path, secret, exposed in translation_leaks(loaded.record, _current_translations(loaded, store)):
        line = store.line_of(language, path)
        where = f"the {language} translation of {path}"
        if secret.strict:
            message = (f"{placement_message(loaded, secret, where.capitalize() + ': ')}; it goes to parents "
                       f"reading {language}, so correct the translation and import it again")
        else:
            message = (f"{where.capitalize()} repeats {Path(loaded.file).name}, {_at(loaded, secret.loc)}"
                       f"{' in ' + secret.language if secret.language else ''}, which is withheld from "
                       f"{', '.join(role.value for role in exposed)}, but this item is not; correct the "
                       "translation and import it again")
        yield Diagnostic(str(store.path), line, f"languages.{language}.{path}.translation", message)


def _current_translations(loaded: LoadedRecord, store) -> dict[str, dict[str, str]]:
    """language -> item path -> translation, for translations of the record's text as it is now
    (a stale one never reaches a copy: rendering refuses it)."""
    from ..record.diagnostics import format_path

    texts = {format_path(loc): text for loc, text, _ in loaded.record.free_texts()}
    return {language: {path: entry.translation for path, entry in entries.items()
                       if path in texts and store.status(language, path, texts[path]) == "translated"}
            for language, entries in store.languages.items()}


def _unnamed_recipients(loaded: LoadedRecord) -> Iterator[Diagnostic]:
    """A recipient kept out of some roles' list of who was sent a copy must not be named to
    them anywhere else either (who came, the carers, an action, any text), whole or by
    first name or surname alone (withholding.recipient_name_parts says which parts count)."""
    record = loaded.record
    seen_by_all = [(("review", "attendees", i, "name"), person.name, frozenset())
                   for i, person in enumerate(record.review.attendees)]
    seen_by_all.append((("placement", "carers"), record.placement.carers, frozenset()))
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
                yield loaded.diagnostic(
                    loc, f"this names {named}, who is not to be named to {', '.join(exposed)} "
                         f"({_at(loaded, where)}), "
                         "but this text goes to them; reword it or withhold it from them too")
                break
