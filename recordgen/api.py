"""recordgen's Python API: everything the CLI does, for a case-management integration to call directly.

    from recordgen import api
    loaded = api.load_record("review.yaml")              # ReadError / InvalidRecord
    loaded = api.load_data(form_data, "review.yaml")      # the same from plain data; no lines
    problems = api.validate(loaded)                      # list of Diagnostic
    findings = api.check_record(loaded)                  # language that cares: list of Finding
    dates = api.review_dates(loaded.record)              # deadlines (ReviewDates)
    result = api.fix_file("review.yaml")                 # apply the safe fixes; result.diff
    renderer = api.Renderer()
    copy = renderer.render_copy(loaded, api.recipient_for(loaded.record, "parent"))
    copy.data                                            # the .docx bytes
    api.write_copies(renderer, loaded, [(recipient, Path("out/x.pdf"))])   # .docx or PDF/A files
    api.check_template("council/middle.docx")            # names a template uses that no copy provides
    api.translation_status("review.yaml")                # per recipient: translated, missing, stale
    api.export_translation("review.yaml", "ur", "review.ur.xlf"); api.import_translation("review.ur.xlf")
    summary = api.Batch(api.BatchOptions(output=Path("out"))).run(api.find_record_files(["records/"]))
    report = api.distribution_report("out/manifest.csv", as_of=date.today())
    api.mark_sent("out/manifest.csv", child_id="NL-20451")
    api.store_answers("out", [api.Answer("7KQ2-M9XD", sense="yes")], replace=False, settings=settings.feedback)
    actions = api.action_list(["records/"], as_of=date.today())  # each child's latest review's actions

Every error recordgen raises on purpose is an ``api.RecordgenError``; its
``category`` (``api.Category``) says what kind of failure it is.
"""

from __future__ import annotations

import datetime as dt
import functools
import importlib
import tempfile
from pathlib import Path
from typing import Any, Callable, Iterable

from typing import TYPE_CHECKING

from .errors import Category, RecordgenError

# Each name is imported when first used, so a command pays only for what it runs
# (`recordgen --help` would otherwise import numpy, wordfreq, pypdf and docx).
_LAZY = {
    ".distribution": ("Batch", "BatchOptions", "RecordResult", "Summary", "find_record_files"),
    ".distribution.manifest": ("MANIFEST_CSV", "MANIFEST_JSON", "CopyRow", "CopyStatus", "ManifestError", "MarkedSent",
                               "MarkSentRefused", "SendState", "mark_sent", "merge_manifests", "read_manifest",
                               "read_sent", "status_label"),
    ".distribution.output_folder": ("BatchBusy",),
    ".distribution.send": ("ExampleContacts", "Outcome", "SendAction", "SendOptions", "SendProblem", "SendSummary",
                           "example_contacts_in"),
    ".distribution.inputs": ("InputError", "in_shard"),
    ".distribution.follow_up": ("ActionLine", "ActionList", "ReviewFollowUp", "action_list", "action_state",
                                "format_actions", "write_actions_csv", "write_actions_html"),
    ".distribution.feedback": ("ANSWERS_FILE", "AlreadyAnswered", "Answer", "FeedbackError", "Stored", "read_answers",
                               "store_answers"),
    ".distribution.feedback_form": ("add_feedback_form",),
    ".distribution.consult_import": ("BookletRefused", "Imported", "import_booklet"),
    ".pdf.forms": ("Form", "FormError", "Rect", "read_fields"),
    ".distribution.report": ("Delivery", "Figures", "Report", "ReturnFigure", "find_manifests", "format_figures", "format_returns",
                             "return_figures", "write_report_csv"),
    ".pdf.errors": ("PdfError",),
    ".i18n": ("language_tag",),
    ".i18n.languages": ("is_right_to_left", "normalize_language"),
    ".record.diagnostics": ("Diagnostic",),
    ".record.loading": ("InvalidRecord", "LoadedRecord", "ReadError", "TranslationsFileGiven", "load_data",
                        "load_record", "parse_file", "skipped_line"),
    ".record.model": ("AGE_BANDS", "ITEM_SECTIONS", "PARTICIPATION_CODES", "ROLES", "Record", "Recipient", "Role"),
    ".record.naming": ("copy_filename", "copy_filenames", "filename_slug"),
    ".support.errorlog": ("log_fault",),
    ".record.settings": ("Settings", "SettingsError", "example_contacts", "load_settings"),
    ".rendering.renderer": ("CopyWouldLeak", "RenderedCopy", "Renderer", "TemplatesFolderMissing"),
    ".rendering.council": ("FolderFile", "TemplateExists", "check_folder", "new_template", "stock_template"),
    ".rendering.template": ("TemplateError",),
    ".rendering.consult": ("ConsultDocument", "ConsultRenderer", "NotPlanned"),
    ".rendering.template_check": ("UnknownName", "check_template", "documented_fields"),
    ".rules.timescales": ("DATE_LABELS", "ReviewDates", "date_labels"),
    ".rules.validation": ("format_problems", "validate"),
    ".support.clock": ("today",),
    ".translation": ("ImportResult", "SidecarError", "TranslationsNotReady", "XliffError"),
    ".translation.progress": ("RecipientProgress",),
    ".wording": ("Finding", "FindingKind", "Fix", "check_record", "other_language_texts", "summary_line"),
    ".wording.apply_fixes": ("FixError", "FixResult", "fix_file"),
}
_RENAMED = {"format_report": (".distribution.report", "format_table")}
_HOME = {name: (module, name) for module, names in _LAZY.items() for name in names} | _RENAMED


def __getattr__(name: str) -> Any:
    try:
        module, attribute = _HOME[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(importlib.import_module(module, __package__), attribute)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_HOME))


if TYPE_CHECKING:  # what the lazy names are, for type checkers and editors
    from .distribution import Batch, BatchOptions, RecordResult, Summary, find_record_files
    from .distribution.manifest import (
        MANIFEST_CSV, MANIFEST_JSON, CopyRow, CopyStatus, ManifestError, MarkedSent, MarkSentRefused, SendState,
        mark_sent, merge_manifests, read_manifest, read_sent, status_label,
    )
    from .distribution.output_folder import BatchBusy
    from .distribution.send import (ExampleContacts, Outcome, SendAction, SendOptions, SendProblem, SendSummary,
                                    example_contacts_in)
    from .distribution.inputs import InputError, in_shard
    from .distribution.follow_up import (
        ActionLine, ActionList, ReviewFollowUp, action_list, action_state, format_actions, write_actions_csv,
        write_actions_html,
    )
    from .distribution.feedback import (
        ANSWERS_FILE, AlreadyAnswered, Answer, FeedbackError, Stored, read_answers, store_answers,
    )
    from .distribution.feedback_form import add_feedback_form
    from .pdf.forms import Form, FormError, Rect, read_fields
    from .distribution.report import (
        Delivery, Figures, Report, ReturnFigure, find_manifests, format_figures, format_returns, format_table as format_report,
        return_figures, write_report_csv,
    )
    from .pdf.errors import PdfError
    from .i18n import language_tag
    from .i18n.languages import is_right_to_left, normalize_language
    from .record.diagnostics import Diagnostic
    from .record.loading import (
        InvalidRecord, LoadedRecord, ReadError, TranslationsFileGiven, load_data, load_record, parse_file, skipped_line,
    )
    from .record.model import AGE_BANDS, ITEM_SECTIONS, PARTICIPATION_CODES, ROLES, Record, Recipient, Role
    from .record.naming import copy_filename, copy_filenames, filename_slug
    from .record.settings import Settings, SettingsError, example_contacts, load_settings
    from .rendering.council import FolderFile, TemplateExists, check_folder, new_template, stock_template
    from .rendering.renderer import CopyWouldLeak, RenderedCopy, Renderer, TemplatesFolderMissing
    from .rendering.template import TemplateError
    from .rendering.consult import ConsultDocument, ConsultRenderer, NotPlanned
    from .distribution.consult_import import BookletRefused, Imported, import_booklet
    from .rendering.template_check import UnknownName, check_template, documented_fields
    from .rules.timescales import DATE_LABELS, ReviewDates, date_labels
    from .rules.validation import format_problems, validate
    from .support.clock import today
    from .support.errorlog import log_fault
    from .translation import ImportResult, SidecarError, TranslationsNotReady, XliffError
    from .translation.progress import RecipientProgress
    from .wording import Finding, FindingKind, Fix, check_record, other_language_texts, summary_line
    from .wording.apply_fixes import FixError, FixResult, fix_file

__all__ = [
    # records
    "DATE_LABELS", "Diagnostic", "Finding", "FindingKind", "Fix", "FixError", "FixResult", "fix_file", "InvalidRecord", "LoadedRecord", "ReadError", "Record", "Recipient", "ReviewDates", "Role",
    "TranslationsFileGiven", "check_record", "date_labels", "date_notes", "format_problems", "dates_not_used", "load_data", "load_record", "other_language_texts", "record_schema", "review_dates", "skipped_line", "summary_line",
    "today", "validate", "parse_file",
    # the record's fixed choices, for a form
    "AGE_BANDS", "ITEM_SECTIONS", "PARTICIPATION_CODES", "ROLES",
    # settings
    "Settings", "SettingsError", "example_contacts", "load_settings",
    # copies
    "CopyWouldLeak", "PdfError", "PdfUnavailable", "RecipientNotFound", "RenderedCopy", "Renderer", "TemplateError",
    "copy_filename", "copy_filenames", "filename_slug", "recipient_for", "recipients_for", "refused_copies",
    "chain_beside", "chain_problems", "next_review_beside", "sequence_problems", "sibling_leaks", "sibling_problems_beside", "sibling_street_warnings", "earlier_review_repeats", "write_copies",
    # templates
    "UnknownName", "check_template", "documented_fields",
    "FolderFile", "TemplateExists", "TemplatesFolderMissing", "check_folder", "new_template", "stock_template",
    "with_templates",
    # faults
    "log_fault",
    # translations
    "ImportResult", "RecipientProgress", "SidecarError", "TranslationsNotReady", "XliffError",
    "export_translation", "import_translation", "translation_status", "xliff_path_for",
    "catalog_languages", "language_name", "participation_sentences", "withheld_from",
    # languages
    "is_right_to_left", "language_tag", "normalize_language",
    # batches, the manifest, the report
    "Batch", "BatchBusy", "BatchOptions", "CopyRow", "CopyStatus", "Delivery", "SendState", "status_label", "InputError", "MANIFEST_CSV", "MANIFEST_JSON", "ManifestError",
    "MarkSentRefused", "MarkedSent", "RecordResult", "Report", "Summary", "distribution_report", "find_record_files", "in_shard",
    "Figures", "distribution_figures", "find_manifests", "format_figures", "write_report_html", "format_report", "mark_sent", "merge_manifests", "read_manifest", "read_sent", "write_report_csv",
    # before the review: invitations and consultation booklets
    "ConsultDocument", "ConsultRenderer", "NotPlanned", "consult_documents", "write_consult",
    "BookletRefused", "Imported", "import_booklet",
    # between reviews: the actions
    "ActionLine", "ActionList", "ReviewFollowUp", "action_list", "action_state", "format_actions", "write_actions_csv",
    "write_actions_html",
    # feedback on the record: answers kept per batch folder
    "ANSWERS_FILE", "AlreadyAnswered", "Answer", "FeedbackError", "Stored", "read_answers", "store_answers",
    "import_feedback_pdfs", "add_feedback_form", "ReturnFigure", "format_returns", "return_figures", "Form", "FormError", "Rect", "read_fields",
    # errors
    "Category", "RecordgenError",
    # sending
    "ExampleContacts", "Outcome", "SendAction", "SendOptions", "SendProblem", "SendSummary", "example_contacts_in",
    "send_copies",
]


def with_templates(settings: Settings, folder: str | Path | None) -> Settings:
    """``settings`` with the council's templates folder set to ``folder`` (``--templates DIR``)."""
    if not folder:
        return settings
    return settings.model_copy(update={"templates": settings.templates.model_copy(
        update={"folder": str(Path(folder).resolve())})})


class RecipientNotFound(RecordgenError):
    """No one in the distribution list matches what was asked for."""

    category = Category.USAGE


class PdfUnavailable(RecordgenError):
    """A PDF was asked for but this machine cannot make one; the message says what to install."""

    category = Category.ENVIRONMENT


# ---------------------------------------------------------------- records


def record_schema() -> dict[str, Any]:
    """The JSON Schema of a record, for editors that complete and check YAML."""
    from .record.model import Record

    document = Record.model_json_schema()
    document["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    document["title"] = "recordgen review record"
    return document


def review_dates(record: Record, settings: Settings | None = None, later=None) -> ReviewDates:
    """The review's deadlines (distribution, decisions, next review, invitations) under the council's settings.
    ``later``: the child's next review in its own record (``next_review_beside``), whose day the copies tell."""
    from .record.settings import Settings
    from .rules.timescales import review_dates as _review_dates

    return _review_dates(record, (settings or Settings()).timescales, later.date if later is not None else None)


def dates_not_used(record: Record, dates: ReviewDates, later=None) -> dict[str, str]:
    """Figures that are no deadline (no next review after 18, or a date validate refuses), with why."""
    from .rules.timescales import dates_not_used as _dates_not_used

    return _dates_not_used(record, dates, later)


def date_notes(record: Record, dates: ReviewDates, settings: Settings | None = None, later=None) -> dict[str, str]:
    """Plain words beside some of the review's dates: where the next review's date comes from, and why."""
    from .record.settings import Settings
    from .rules.timescales import date_notes as _date_notes

    return _date_notes(record, dates, (settings or Settings()).timescales, later)


# ---------------------------------------------------------------- copies


def recipient_for(record: Record, who: str = "child") -> Recipient:
    """The distribution entry for a role or a name (the first, when a role has several); the child
    even when not listed. ``recipients_for`` gives every one."""
    return recipients_for(record, who)[0]


def recipients_for(record: Record, who: str = "child") -> list[Recipient]:
    """Every distribution entry of a role (two parents: both), or the one of a name; the child even
    when not listed. Raises RecipientNotFound naming the list."""
    from .record.model import Recipient, Role

    wanted = who.strip().casefold()
    by_role = [r for r in record.distribution if r.role.value == wanted]
    if by_role:
        return by_role
    by_name = [r for r in record.distribution if r.name.casefold() == wanted]
    if by_name:
        return by_name[:1]
    if wanted == Role.child.value:
        return [Recipient(role=Role.child, name=record.child.first_name)]
    names = ", ".join(f"{r.name} ({r.role.value})" for r in record.distribution)
    raise RecipientNotFound(f"no recipient '{who}' in the distribution list; it has: {names}")


def write_copies(renderer: Renderer, loaded: LoadedRecord | Record,
                 plans: list[tuple[Recipient, Path]], refused: list | None = None) -> list[tuple[RenderedCopy, Path]]:
    """Render every planned copy, then write each (a ``.pdf`` target through LibreOffice).

    All copies are rendered before any is written, so a template error leaves
    no partial set behind; each file is written atomically. A copy refused as a batch refuses
    it (it would show its reader something kept from them: CopyWouldLeak; its translation is
    not ready: TranslationsNotReady) is never written: with ``refused`` (a list) it is added
    there and the others are written, as a batch does; else it is raised.
    """
    from .record.loading import LoadedRecord
    from .rendering.renderer import CopyWouldLeak
    from .rules.withholding import copy_shows
    from .support.files import write_atomically
    from .support.memo import record_unchanged
    from .translation.recipient import TranslationsNotReady

    record = loaded.record if isinstance(loaded, LoadedRecord) else loaded
    rendered = []
    with record_unchanged():  # the child's records beside it (rules/chain.py) read once for every copy
        for recipient, target in plans:
            try:
                copy = renderer.render_copy(loaded, recipient)
                shown = copy_shows([], Path(target).name, record, copy.recipient)  # a name chosen with -o goes to the reader too
                if shown:
                    raise CopyWouldLeak(copy.recipient, shown)
            except (CopyWouldLeak, TranslationsNotReady) as exc:
                if refused is None:
                    raise
                refused.append(exc)
                continue
            rendered.append((copy, Path(target)))
    pdfs = [(copy, target) for copy, target in rendered if target.suffix.lower() == ".pdf"]
    for copy, target in rendered:
        if target.suffix.lower() != ".pdf":
            write_atomically(target, copy.data)
    if pdfs:
        _write_pdfs(renderer.settings, pdfs)
        _fillable_feedback(renderer.settings, record, pdfs)
    return rendered


def refused_copies(loaded: LoadedRecord, settings: Settings | None = None) -> list[Diagnostic]:
    """An error for each copy `render` would refuse because its last look finds a secret (see
    ``write_copies``) that the record's own checks (``validate``) did not: so `validate`, which
    the refusal points to, says what and where. Each copy is rendered (as .docx, missing
    translations allowed: they are another refusal, with its own message); for a planned review,
    each invitation and booklet `consult` would make."""
    from .rendering.consult import ConsultRenderer, documents_for
    from .rendering.renderer import CopyWouldLeak, Renderer, describe_shown

    record = loaded.record
    if record.review.planned:  # its papers are what `consult` makes: each invitation and booklet
        papers = ConsultRenderer(settings)

        def make(recipient):
            return [papers.render(loaded, recipient, kind) for kind in documents_for(recipient)]
    else:
        from .rules.chain import ChainIndex

        renderer = Renderer(settings, allow_untranslated=True)
        renderer.chain = ChainIndex()  # what a copy shows is not the next review's day: no folder read per record
        make = functools.partial(renderer.render_copy, loaded)
    command, what, them, give = (("consult", "papers", "them", "give") if record.review.planned
                                 else ("render", "copy", "it", "gives"))
    found = []
    for index, recipient in enumerate(record.distribution):
        if not record.review.planned:
            found += _awaiting_translation(loaded, settings, index, recipient)
        try:
            make(recipient)
        except CopyWouldLeak as exc:
            for where, secret in exc.shown:
                found.append(loaded.diagnostic(secret.loc, (
                    f"the {what} for {recipient.name} ({recipient.role.value}) would show {describe_shown(secret)} "
                    f"in {where}, which is kept from them, so `recordgen {command}` will not make {them}; the record's "
                    f"own checks found no text that shows it, so it comes from how the {what} {give} the record (a "
                    "name, a translation): reword or withhold what names it, and tell the tool's developers")))
        except RecordgenError:
            continue  # not a leak: `render` says what it is
    return found


def _awaiting_translation(loaded: LoadedRecord, settings: Settings | None, index: int,
                          recipient: Recipient) -> list[Diagnostic]:
    """A warning, at the recipient, for a copy `render` refuses until its translation is ready:
    not wrong in the record, but `validate --copies` must not say clean and `render` then refuse."""
    from .rendering.renderer import Renderer
    from .translation import TranslationsNotReady

    try:
        Renderer(settings).translated_texts(loaded, recipient)
    except TranslationsNotReady as exc:
        todo = ("" if exc.stale or not exc.missing else
                " (`recordgen translate export` writes the items for a translator, `recordgen translate import` "
                "puts the translation in the record's translations file)")
        return [loaded.diagnostic(("distribution", index), f"`recordgen render` will not make the {exc}{todo}",
                                  "warning")]
    except RecordgenError:
        pass  # the translations file itself: validate reports it
    return []


def consult_documents(loaded: LoadedRecord | Record, who: str | None = None,
                      settings: Settings | None = None, refused: list | None = None) -> list[ConsultDocument]:
    """A planned review's invitations and booklets: the child's (``who`` None), one recipient's (a role
    or a name), or everyone's (``who="all"``). Raises NotPlanned for a review already held. A paper
    whose last look finds a secret (CopyWouldLeak) raises, or with ``refused`` given is added there
    and the others are still made, as `render --all` does."""
    from .record.loading import LoadedRecord
    from .rendering.consult import ConsultRenderer, documents_for
    from .rendering.renderer import CopyWouldLeak

    record = loaded.record if isinstance(loaded, LoadedRecord) else loaded
    recipients = list(record.distribution) if who == "all" else recipients_for(record, who or "child")
    renderer = ConsultRenderer(settings)
    documents = []
    for recipient in recipients:
        for kind in documents_for(recipient):
            try:
                documents.append(renderer.render(loaded, recipient, kind))
            except CopyWouldLeak as exc:
                if refused is None:
                    raise
                refused.append(exc)
    return documents


def write_consult(documents: list[ConsultDocument], folder: str | Path, fmt: str = "docx",
                  settings: Settings | None = None, problems: list[str] | None = None,
                  ) -> list[tuple[ConsultDocument, Path]]:
    """Write each document into ``folder`` (atomically), as .docx or, through LibreOffice, PDF: a PDF
    booklet with its form fields (why one stays print-only is added to ``problems``)."""
    from .record.settings import Settings
    from .support.files import write_atomically

    folder = Path(folder)
    written = []
    for document in documents:
        target = folder / (Path(document.filename).stem + "." + fmt)
        written.append((document, target))
    if fmt == "pdf":
        _write_pdfs(settings or Settings(), written)
        found = _fillable_booklets(written)
        if problems is not None:
            problems += found
    else:
        for document, target in written:
            write_atomically(target, document.data)
    return written


def _fillable_booklets(written: list[tuple[ConsultDocument, Path]]) -> list[str]:
    """Each PDF booklet gets its form fields; why any stays print-only (it is still a good booklet)."""
    from .distribution.booklet_form import answer_keys, make_booklet_fillable
    from .support.clock import today

    problems = []
    for document, target in written:
        if document.kind == "booklet" and target.suffix == ".pdf":
            problem = make_booklet_fillable(target, answer_keys(document.data), document.answers,
                                            document.reference, document.language, today().isoformat())
            if problem:
                problems.append(f"{target.name}: {problem}")
    return problems


def _fillable_feedback(settings: Settings, record: Record, pdfs: list[tuple[RenderedCopy, Path]]) -> None:
    """Each PDF copy's feedback part gets its form fields (a copy without one is left as it is)."""
    from .distribution.feedback_form import make_fillable
    from .rendering.feedback import feedback_key, gets_feedback, reference_for

    key = feedback_key(settings.feedback)
    for copy, target in pdfs:
        if gets_feedback(copy.recipient, settings.feedback):
            reference = reference_for(key, record.child.id, record.review.date.isoformat(),
                                      copy.recipient.role.value, copy.recipient.name)
            make_fillable(target, reference, copy.language)


def _write_pdfs(settings: Settings, pdfs: list[tuple[RenderedCopy, Path]]) -> None:
    from .pdf import start_pool
    from .pdf.errors import LibreOfficeMissing

    try:
        pool = start_pool(settings.pdf, copies=len(pdfs))
    except LibreOfficeMissing as exc:
        raise PdfUnavailable(str(exc)) from None
    # Any other PdfError (LibreOffice would not start) reaches the caller as it is.
    try:
        with tempfile.TemporaryDirectory(prefix="recordgen-") as scratch:
            pairs = []
            for copy, target in pdfs:
                source = Path(scratch) / copy.filename
                source.write_bytes(copy.data)
                target.parent.mkdir(parents=True, exist_ok=True)
                pairs.append((source, target))
            for _source, target, error in pool.convert_many(pairs):
                if error is not None:
                    raise error
    finally:
        pool.close()


# ---------------------------------------------------------------- translations


def xliff_path_for(record_path: str | Path, language: str) -> Path:
    """Where an export goes by default: ``RECORD.LANG.xlf`` next to the record."""
    from .i18n.languages import normalize_language

    record_path = Path(record_path)
    return record_path.with_name(f"{record_path.stem}.{normalize_language(language)}.xlf")


def sibling_leaks(records: list[LoadedRecord]) -> list[Diagnostic]:
    """Errors where one record's text that its parents read names a sibling's confidential
    school, address or carers (records that send a copy to the same parent)."""
    from .rules.siblings import sibling_leaks as leaks

    return list(leaks(records))


def sequence_problems(records: list[LoadedRecord], settings: Settings | None = None) -> list[Diagnostic]:
    """Warnings and errors where several reviews of one child checked together have a ``review.sequence``
    that does not rise by one with each review date, or a review is after the lawful limit the one before
    it sets."""
    from .record.settings import Settings
    from .rules.chain import sequence_problems as problems

    return problems(records, (settings or Settings()).timescales)


def chain_beside(loaded: LoadedRecord, together: Iterable[str] = ()):
    """The reviews of the record's child among the records in its file's folder, as a batch of that
    folder finds them (rules/chain.py ``beside``), or None: what a copy rendered alone tells of the
    next review, the plan's last verdict and a move (``Renderer.render_copy(..., chain=)``).
    ``together``: files checked with it (``sequence_problems``), left out here."""
    import os

    from .rules.chain import beside

    return beside(loaded.record, loaded.file, frozenset(os.path.abspath(f) for f in together))


def next_review_beside(loaded: LoadedRecord, together: Iterable[str] = ()):
    """The child's next review in a record of its own beside this one (``chain_beside``), as a copy
    rendered from the file tells it (rules/chain.py ``next_told``), or None; for ``review_dates``."""
    from .rules.chain import next_told

    return next_told(loaded.record, chain_beside(loaded, together))


def chain_problems(loaded: LoadedRecord, settings: Settings | None = None,
                   together: Iterable[str] = ()) -> list[Diagnostic]:
    """What a batch of the record's folder refuses of it that the record alone does not show: the
    child's next review among the records beside it (rules/chain.py ``beside``) planned after the
    lawful limit, which its copies would tell as settled (``told_late_next``). `render`, `validate`
    and `dates` check it. ``together``: files checked with it by ``sequence_problems``, left out."""
    from .record.settings import Settings
    from .rules.chain import told_late_next

    record = loaded.record
    chain = chain_beside(loaded, together)
    late = chain and told_late_next(loaded, chain.after(record.child.id, record.review.date),
                                    (settings or Settings()).timescales)
    return [late] if late else []


def sibling_problems_beside(records: list[LoadedRecord], given: list[str | Path] = ()) -> list[Diagnostic]:
    """What the siblings' check (``sibling_leaks``, ``sibling_street_warnings``) says of each record against
    the other records in its file's folder, as a batch of that folder does: `render`, `validate` and serve
    check it (``rules.siblings.problems_beside``; ``given``: files given with them, compared already)."""
    from .rules.siblings import problems_beside

    return problems_beside(records, given)


def sibling_street_warnings(records: list[LoadedRecord]) -> list[Diagnostic]:
    """Warnings where one record's text its parents read names a sibling's confidential home's street of
    generic words ("Mill Lane"; ``rules.siblings.SiblingIndex.streets``)."""
    from .rules.siblings import sibling_streets

    return list(sibling_streets(records))


def earlier_review_repeats(records: list[LoadedRecord]) -> list[Diagnostic]:
    """Warnings where a record repeats, unwithheld, what an earlier review of the same child among
    ``records`` withheld from a reader it still has (``rules.earlier``)."""
    from .rules.earlier import earlier_repeats

    by_file = {loaded.file: loaded for loaded in records}
    pairs = [(loaded.file, loaded.record) for loaded in records]
    found = []
    for loaded in records:
        for repeat in earlier_repeats(loaded.record, pairs):
            earlier = by_file.get(repeat.earlier_file)
            line = earlier.line_of(repeat.earlier_loc) if earlier is not None else None
            found.append(loaded.diagnostic(repeat.loc, earlier_message(repeat, line), "warning"))
    return found


def earlier_message(repeat, line: int | None = None) -> str:
    """The words of a warning for a text that repeats what an earlier review withheld (``rules.earlier``)."""
    from .record.diagnostics import format_path

    kept = " and ".join(role.value for role in repeat.roles)
    at = f"{Path(repeat.earlier_file).name}, line {line}" if line else Path(repeat.earlier_file).name
    return (f"this repeats {format_path(repeat.earlier_loc)} of the review of {repeat.earlier.review.date.isoformat()} "
            f"({at}), which was withheld from {kept}, but here it is not, so the {kept}'s copy shows it: "
            f"withhold it from {kept} again, or leave it if {kept} may know it now")


def export_translation(record_path: str | Path, language: str, out_path: str | Path | None = None,
                       source_in_target: bool = False) -> tuple[Path, int]:
    """Write an XLIFF 1.2 file of every item a reader of ``language`` may see; (its path, how many units).
    ``source_in_target``: untranslated targets hold a copy of the English, for OmegaT and tools like it."""
    from .translation import export_xliff_file

    out = Path(out_path) if out_path else xliff_path_for(record_path, language)
    return out, export_xliff_file(record_path, language, out, source_in_target)


def import_translation(xliff_path: str | Path, record_path: str | Path | None = None) -> ImportResult:
    """Check a translated XLIFF file and store its translations next to the record (all or nothing)."""
    from .translation import import_xliff

    return import_xliff(xliff_path, record_path)


def imported_translation_warnings(result: ImportResult) -> list[Diagnostic]:
    """The warnings validate gives the translations just stored, in their language: the confidential
    home's town ("Dronfield", "درونفيلد") in a text a parent reads, as it gives the English."""
    from .record.loading import load_record
    from .rules.validation import translated_town_warnings

    return [d for d in translated_town_warnings(load_record(result.record))
            if d.path.startswith(f"languages.{result.language}.")]


def translation_status(record: str | Path | LoadedRecord) -> list[RecipientProgress]:
    """Per recipient who reads another language than English: items translated, awaiting translation, stale."""
    from .record.loading import LoadedRecord, load_record
    from .translation.progress import translation_progress

    loaded = record if isinstance(record, LoadedRecord) else load_record(record)
    return translation_progress(loaded)


def catalog_languages() -> list[str]:
    """The languages whose fixed text recordgen has in a catalog (any other: an English copy translated by hand)."""
    from .support.resources import locales_dir  # noqa: PLC0415

    return sorted(p.name for p in locales_dir().iterdir() if (p / "LC_MESSAGES" / "messages.po").is_file())


def participation_sentences() -> dict[str, str]:
    """Each participation code (PN0 to PN7) as the sentence the child's English copy says for it."""
    from .record.model import PARTICIPATION_CODES  # noqa: PLC0415
    from .rendering.sentences import participation  # noqa: PLC0415

    # The fuller wording (not the plain bands'), as when others took part.
    return {code: participation(lambda text, **_: text, "teen", code, True) for code in PARTICIPATION_CODES}


def language_name(code: str) -> str:
    """A language's name in English ("Polish" for pl), or the code itself when Babel does not know it."""
    from .i18n import language_display_name  # noqa: PLC0415

    try:
        return language_display_name(code)
    except Exception:  # noqa: BLE001 - an unknown code is shown as written
        return code


def left_out_of_copy(record: "Record", recipient: "Recipient", settings: Settings | None = None
                     ) -> list[tuple[str, list[str]]]:
    """``(field path, readers aloud)`` for each thing ``recipient``'s copy leaves out, as the renderer leaves
    it out: a little child's own copy, read aloud by the carers (the band of the child's age today, as a copy
    made today), leaves out what is kept from any role those carers are readers as too, and says who of them
    each such thing is kept from ("Kerry-Ann Walsh (mum)"); ``[]`` for what is kept from the reader themself."""
    from .record.diagnostics import format_path  # noqa: PLC0415
    from .record.settings import Settings  # noqa: PLC0415
    from .rules.ages import age_on, band_for_age  # noqa: PLC0415
    from .rules.withholding import carers_read_aloud, left_out_of_copy as left_out  # noqa: PLC0415
    from .support.clock import today  # noqa: PLC0415

    band_now = band_for_age(age_on(record.child.date_of_birth, today()), (settings or Settings()).age_bands)
    found: dict[str, list[str]] = {}
    for secret, by in left_out(record, recipient, carers_read_aloud(record, band_now)):
        if secret.loc != ("placement", "carers"):  # kept from parents by family name; the carers are shown
            path = format_path(secret.loc if secret.loc[0] == "placement" else secret.item)
            found.setdefault(path, [])
            found[path] += [who for who in by if who not in found[path]]
    return list(found.items())


def withheld_from(record: "Record", role: "Role | str | frozenset[Role]") -> list[str]:
    """The fields a reader with ``role`` (or a recipient's ``kept_as``) does not see (paths as `validate`
    names them: 'worries.3')."""
    from .record.diagnostics import format_path  # noqa: PLC0415
    from .record.model import Role  # noqa: PLC0415
    from .rules.withholding import secrets_for  # noqa: PLC0415

    # The carers' family name is kept from parents, but the carers are shown (by first names).
    return list(dict.fromkeys(format_path(s.loc if s.loc[0] == "placement" else s.item)
                              for s in secrets_for(record, role if isinstance(role, frozenset) else Role(role))
                              if s.loc != ("placement", "carers")))


# ---------------------------------------------------------------- the manifest and the report


def distribution_report(manifests: str | Path | list[str | Path], as_of: dt.date | None = None,
                        settings: Settings | None = None) -> Report:
    """Where each review's distribution stands, from batches' manifests (files, or folders of
    batches such as a year's) and the sent logs beside them. Raises ManifestError."""
    from .distribution.report import find_manifests, load_report
    from .record.settings import Settings
    from .support.clock import today

    settings = settings or Settings()
    given = [manifests] if isinstance(manifests, (str, Path)) else list(manifests)
    return load_report(find_manifests(given), as_of or today(), settings.timescales.nation,
                       settings.feedback)


def distribution_figures(report: Report, settings: Settings | None = None) -> Figures:
    """The figures councils report: reviews held, on time by month, overdue, median working days."""
    from .distribution.report import figures
    from .record.settings import Settings

    return figures(report, (settings or Settings()).timescales.nation)


def write_report_html(report: Report, path: str | Path, settings: Settings | None = None) -> None:
    """A self-contained page of the figures with a chart of on-time % by month (no network)."""
    from .distribution.report import report_html
    from .record.settings import Settings
    from .support.files import write_atomically

    settings = settings or Settings()
    page = report_html(report, distribution_figures(report, settings),
                       settings.timescales.record_distribution_working_days)
    write_atomically(path, page.encode("utf-8"))


def import_feedback_pdfs(pdfs, folder: str | Path, replace: bool = False,
                         settings: Any = None, passwords=()) -> tuple[list[Stored], list[str]]:
    """Store the answers on returned PDF copies in ``folder``'s feedback.yaml; (stored, refused lines).
    ``passwords`` open copies that `send --encrypt` locked."""
    from .distribution.feedback import import_pdfs
    from .record.settings import FeedbackSettings

    return import_pdfs(pdfs, folder, replace, settings or FeedbackSettings(), passwords)


def send_copies(manifest: str | Path, settings: Settings | None = None, *,
                on_copy: Callable[[Outcome], None] | None = None, on_plan: Callable[[int], None] | None = None,
                **options) -> SendSummary:
    """Email every ready copy of a batch to its recipient (``recordgen send``); a ``SendSummary``.

    ``options`` are those of ``SendOptions``: ``dry_run``, ``only``, ``resend``, ``encrypt``,
    ``passwords``, ``post_pack``, ``allow_example_contacts``. ``on_plan`` hears how many copies
    will be tried, ``on_copy`` each copy's outcome. Raises ManifestError, SendProblem, BatchBusy;
    ExampleContacts (a SendProblem) when the copies give the fictional example Children's Rights
    contacts (the settings' defaults, or a batch made with them), unless ``allow_example_contacts``.
    """
    from .distribution.send import Sender, SendOptions
    from .record.settings import Settings

    return Sender(SendOptions(manifest=Path(manifest), settings=settings or Settings(), **options)).run(on_copy, on_plan)
