"""Making every copy of one record file: the work each batch worker process does.

The parent compiles each template once before the workers fork (``warmed_workers``);
each worker writes its copies atomically (PDF copies as scratch .docx files for the
parent's LibreOffice pool) and sends back only small rows. The copy file name is ``record.naming.copy_filename`` (case
id, date, role, recipient's name); the child's full name, address and school
are never in a path: paths travel in emails and appear in the manifest.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import functools
import gc
import hashlib
import json
import uuid
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Iterator

from ..i18n import catalog_fingerprint
from ..record.diagnostics import Diagnostic
from ..record.loading import InvalidRecord, LoadedRecord, ReadError, load_record, parse_file
from ..record.naming import copy_filenames, record_folder
from ..record.settings import Settings
from ..rendering.renderer import CopyWouldLeak, Renderer
from ..rendering.feedback import feedback_key, gets_feedback, reference_for
from ..rendering.template import TemplateError
from ..record.model import AGE_BANDS, Role
from ..rules.chain import ChainIndex, told_late_next
from ..rules.siblings import SiblingIndex
from ..rules.timescales import review_dates, working_days_between
from ..rules.validation import adult_now, format_problems, validate
from ..rules.withholding import (RecordSecrets, file_name_shows, raw_redaction_terms, record_secrets, redact,
                                 redaction_terms)
from ..support.clock import today
from ..support.files import write_atomically
from ..support.memo import record_unchanged
from ..support.lifetime import die_with_parent
from ..translation import SidecarError, TranslationsNotReady, normalize_language, read_translations, sidecar_path
from .manifest import CopyRow, CopyStatus
from .output_folder import SCRATCH_DIR, claim_folder, file_sha256, read_state, record_folder_in


def tool_version() -> str:
    try:
        return version("recordgen")
    except PackageNotFoundError:
        return "unknown"


@dataclasses.dataclass(frozen=True)
class BatchOptions:
    output: Path
    settings: Settings = dataclasses.field(default_factory=Settings)
    templates: Path | None = None
    format: str | None = None          # overrides every recipient's format
    force: bool = False
    today: dt.date = dataclasses.field(default_factory=today)
    workers: int = 0                   # 0: one per core
    allow_untranslated: bool = False   # English plus a notice where a translation is missing
    run_id: str = dataclasses.field(default_factory=lambda: uuid.uuid4().hex[:12])
    # The batch's confidential placements by parent, built once by Batch.run: a record whose parent
    # copy names a sibling's (`validate A B` says the same) has its parent copies refused.
    siblings: SiblingIndex | None = dataclasses.field(default=None, compare=False)
    # The batch's reviews of each child (rules/chain.py): a copy tells the next review given with it.
    chain: ChainIndex | None = dataclasses.field(default=None, compare=False)


@dataclasses.dataclass
class RecordResult:
    """What one record file produced; rows in distribution order."""

    source: str
    rows: list[CopyRow]
    folder: str = ""                                     # relative to the output folder
    state: dict[str, dict] = dataclasses.field(default_factory=dict)
    pending_pdfs: list[tuple[int, str]] = dataclasses.field(default_factory=list)  # (row, scratch .docx)
    reused: int = 0                                      # copies kept from an earlier run


def _raw_facts(path: str | Path) -> tuple[list[str], str, str]:
    """Best effort for a record that does not fit the format: (what it withholds, child id, review date)."""
    try:
        data, _lines = parse_file(path)
    except Exception:  # noqa: BLE001 - unreadable: there is nothing to look for
        return [], "", ""
    secrets = raw_redaction_terms(data)
    child = data.get("child") if isinstance(data, dict) else None
    review = data.get("review") if isinstance(data, dict) else None
    child_id = child.get("id") if isinstance(child, dict) else None
    review_date = review.get("date") if isinstance(review, dict) else None
    return (secrets, redact(child_id, secrets) if isinstance(child_id, str) else "",
            review_date if isinstance(review_date, str) and len(review_date) == 10 else "")


class RecordMaker:
    """Makes every copy of one record file; one per worker process."""

    def __init__(self, options: BatchOptions):
        self.options = options
        self.output = Path(options.output)
        self.renderer = Renderer(options.settings, options.templates,
                                     allow_untranslated=options.allow_untranslated)
        # The batch's own reviews, even none: not each record's folder's (a batch of one file is that file).
        self.renderer.chain = options.chain if options.chain is not None else ChainIndex()
        # What a copy is made with beyond its record: settings and the untranslated policy.
        self.settings_json = (options.settings.model_dump_json(exclude={"mail"})  # mail does not change a copy
                              + f"|allow_untranslated={options.allow_untranslated}").encode("utf-8")
        # The feedback key is printed into each reference: a new key makes every copy again.
        self.settings_json += b"|feedback_key=" + hashlib.sha256(feedback_key(options.settings.feedback)).digest()
        self.version = tool_version().encode("utf-8")
        self._template_digests: dict[str, bytes] = {}
        self._catalog_digests: dict[str, bytes] = {}

    @functools.cached_property
    def consult_renderer(self):
        # Only a planned review's papers need it (and what it imports): a batch of held reviews never does.
        from ..rendering.consult import ConsultRenderer

        options = self.options
        consult_settings = options.settings if not options.templates else options.settings.model_copy(
            update={"templates": options.settings.templates.model_copy(update={"folder": str(options.templates)})})
        return ConsultRenderer(consult_settings)

    def _template_digest(self, band: str, language: str) -> bytes:
        if band.startswith("consult/"):  # a planned review's papers: every consultation template
            from ..rendering.consult import consult_template_path

            folder = Path(consult_template_path("invitation", "middle", self.renderer.council)).parent
            # "|form": a PDF booklet made before booklets had form fields is made again.
            return ("".join(file_sha256(path) or "-" for path in sorted(folder.glob("*.docx"))) + "|form").encode()
        path = self.renderer.template_path(band, language)
        digest = self._template_digests.get(str(path))
        if digest is None:
            digest = (file_sha256(path) or "missing").encode()
            self._template_digests[str(path)] = digest
        return digest

    @staticmethod
    def _translations_shown(source: str, language: str) -> bytes:
        """What of the record's translations file a copy in ``language`` can show: that language's
        translations and the file's note. A Welsh translation coming in does not make the English
        copies again (their PDFs' bytes would differ, and the report would ask for them to be resent)."""
        try:
            if not sidecar_path(source).exists():
                return b"-"
            store = read_translations(source)
        except (OSError, SidecarError):
            try:  # unreadable: the whole file, so that mending it makes every copy again
                return sidecar_path(source).read_bytes()
            except OSError:
                return b"-"
        entries = store.languages.get(normalize_language(language), {})
        shown = {path: (entry.source_sha256, entry.translation, entry.approved) for path, entry in sorted(entries.items())}
        return json.dumps([store.note, shown], ensure_ascii=False).encode("utf-8")

    def _catalog_digest(self, language: str) -> bytes:
        digest = self._catalog_digests.get(language)
        if digest is None:
            digest = catalog_fingerprint(language).encode()
            self._catalog_digests[language] = digest
        return digest

    def input_key(self, loaded: LoadedRecord, band: str, filename: str, sidecar: bytes, language: str) -> str:
        digest = hashlib.sha256()
        for part in (self.version, self.settings_json, self._template_digest(band, language), self._catalog_digest(language),
                     filename.encode(), loaded.source, sidecar,
                     self.options.chain.key(loaded.record.child.id, loaded.record.review.date)
                     if self.options.chain else b"-"):
            digest.update(len(part).to_bytes(8, "big"))
            digest.update(part)
        return digest.hexdigest()

    def invalid(self, source: str, diagnostics: list[Diagnostic], secrets: list[str],
                child_id: str = "", review_date: str = "", due: dt.date | None = None) -> RecordResult:
        reason = "; ".join(f"line {d.line}: {d.path}: {d.message}" if d.line else f"{d.path}: {d.message}"
                           for d in diagnostics if d.severity == "error")
        row = CopyRow(source=source, child_id=child_id, review_date=review_date, status=CopyStatus.invalid_record,
                      reason=redact(reason, secrets))
        self._set_due(row, due)
        return RecordResult(source, [row])

    def _set_due(self, row: CopyRow, due: dt.date | None) -> None:
        if due is not None:
            row.due_date = due.isoformat()
            row.working_days_left = working_days_between(
                self.options.today, due, self.options.settings.timescales.nation)

    def process(self, path: str) -> RecordResult:
        secrets: list[str] = []
        try:
            with record_unchanged():  # its validation and each of its copies share the record's work
                return self._process(path, secrets)
        except Exception as exc:  # noqa: BLE001 - one record's fault must not stop the batch
            message = " ".join(str(exc).split()) or type(exc).__name__
            row = CopyRow(source=path, status=CopyStatus.failed,
                          reason=redact(f"something went wrong inside recordgen: {message}", secrets))
            return RecordResult(path, [row])

    def _process(self, source: str, secrets: list[str]) -> RecordResult:
        try:
            loaded = load_record(source)
        except ReadError as exc:
            return self.invalid(source, [exc.diagnostic], [])
        except InvalidRecord as exc:
            raw_secrets, child_id, review_date = _raw_facts(source)
            # The rules still run on the parts that fit, so the manifest names every problem at once.
            partial, _ = exc.partial()
            found = list(exc.diagnostics) + ([d for d in validate(partial, self.options.settings)
                                              if d.severity == "error"] if partial is not None
                                             else format_problems(exc))
            return self.invalid(source, found, raw_secrets, child_id, review_date)
        record = loaded.record
        known = record_secrets(record)  # the record does not change while its copies are made
        secrets.extend(redaction_terms(record, known))
        settings = self.options.settings
        child_id, review_date = record.child.id, record.review.date.isoformat()
        errors = [d for d in validate(loaded, settings, known) if d.severity == "error"]
        if self.options.chain:  # the next review given with it, after the lawful limit: told as settled
            late = told_late_next(loaded, self.options.chain.after(child_id, record.review.date), settings.timescales)
            errors += [late] if late is not None else []
        try:
            due = review_dates(record, settings.timescales).record_distribution_due
        except ValueError:
            due = None  # validation has said why
        if errors:
            return self.invalid(source, errors, secrets, child_id, review_date, due)
        siblings = list(self.options.siblings.leaks(loaded)) if self.options.siblings else []
        if siblings:  # which paper shows what (rendering.consult): only when a sibling's placement is named
            from ..rendering.consult import paper_shows

        def sibling_reason(found: list[Diagnostic]) -> str:
            return redact("a sibling's confidential placement: " + "; ".join(
                f"line {d.line}: {d.path}: {d.message}" for d in found), secrets + self.options.siblings.terms(loaded))

        gone_by = ""
        if record.review.planned:  # before the review: its invitations and booklets, due by invitations_by
            due = review_dates(record, settings.timescales).invitations_by
            if record.review.date < self.options.today:   # they would ask people to a day gone by
                due, gone_by = None, (
                    f"not made: the review planned on {review_date} has passed (today is "
                    f"{self.options.today.isoformat()}), so this paper would invite them to a day gone by; "
                    "once the review is held, set review.status: held; if it was moved, give its new date")
        folder_rel = record_folder(record)
        folder = record_folder_in(self.output, folder_rel)
        if folder is None:
            row = CopyRow(source=source, child_id=child_id, review_date=review_date, status=CopyStatus.failed,
                          reason=redact(f"{folder_rel} in the output folder is a link to somewhere else; copies "
                                        "are never written through links: remove it and run again", secrets))
            self._set_due(row, due)
            return RecordResult(source, [row])
        other = claim_folder(folder, self.options.run_id, source)
        if other is not None:
            problem = Diagnostic(source, None, "child.id",
                                 f"another record file, {other}, has the same child id and review date; "
                                 "its copies are the ones in the folder: correct or remove one of the two")
            return self.invalid(source, [problem], secrets, child_id, review_date, due)

        previous = {} if self.options.force else (read_state(folder).get("copies") or {})
        band = self.renderer.band(record)
        letter = self.renderer.letter_band(record)  # the template the copies are made from (its digest)
        feedback = settings.feedback
        feedback_secret = feedback_key(feedback)
        result = RecordResult(source, [], folder_rel)
        adult = adult_now(record, self.options.today)
        for recipient, filename, kind in self._documents(record):
            fmt = self.options.format or recipient.format
            target = folder / filename
            row = CopyRow(source=source, child_id=child_id, review_date=review_date, recipient=recipient.name,
                          role=recipient.role.value, language=record.recipient_language(recipient), format=fmt,
                          path=f"{folder_rel}/{filename}", kind=kind, band=band)
            # Each paper its own reference: a held review's copy, its feedback part's; a booklet, the one its
            # form carries for `consult import`; an invitation asks nothing back, so none.
            if kind == "booklet":
                from ..rendering.consult import booklet_reference

                row.feedback = booklet_reference(feedback_secret, child_id, review_date, row.role, recipient.name)
            elif not kind and gets_feedback(recipient, feedback):
                row.feedback = reference_for(feedback_secret, child_id, review_date, row.role, recipient.name)
            self._set_due(row, due)
            result.rows.append(row)
            if gone_by:
                row.status, row.reason, row.path, row.feedback = CopyStatus.failed, gone_by, "", ""
                continue
            if adult and recipient.role is Role.parent:  # made and ready, with why to look again first
                row.reason = redact(f"ready, but {adult}", secrets)
            # A parent, or the carer who is one; only for what this paper shows (a booklet: not the venue).
            shown_siblings = [d for d in siblings if paper_shows(kind, d.path)]
            if shown_siblings and Role.parent in recipient.kept_as:
                row.status, row.reason, row.path = CopyStatus.failed, sibling_reason(shown_siblings), ""
                continue
            if file_name_shows(row.path, record, recipient.kept_as, known):
                row.status, row.reason = CopyStatus.failed, ("the file name would show something withheld from this "
                                                    "recipient; change the recipient's name in the distribution list")
                row.path = ""
                continue
            row.input_key = key = self.input_key(loaded, letter if not kind else f"consult/{kind}", filename,
                                                 self._translations_shown(source, row.language), row.language)
            before = previous.get(filename) or {}
            if before.get("input_key") == key and before.get("sha256") and file_sha256(target) == before["sha256"]:
                row.status, row.sha256, row.size = CopyStatus.ready, before["sha256"], target.stat().st_size
                row.made = before.get("made") or ""   # the copy is the one made then
                row.translation_owed = before.get("translation_owed") or ""
                result.state[filename] = before
                result.reused += 1
                continue
            self._make_copy(loaded, recipient, row, target, result, secrets, known)
        # A copy that is no longer wanted, or not ready now, must not sit there looking sendable.
        for filename in previous:
            converting = {Path(result.rows[index].path).name for index, _ in result.pending_pdfs}
            if filename not in result.state and filename not in converting:
                (folder / filename).unlink(missing_ok=True)
        for row in result.rows:
            if row.status and row.status != CopyStatus.ready and row.path:
                (self.output / row.path).unlink(missing_ok=True)
                row.path = ""
        return result

    def _documents(self, record) -> list[tuple[object, str, str]]:
        """(recipient, file name, kind) of each document the record makes: its copies, or for a
        planned review each recipient's invitation and booklet (kind 'invitation' or 'booklet')."""
        suffix = lambda r: "." + (self.options.format or r.format)  # noqa: E731
        if not record.review.planned:
            names = copy_filenames(record, record.distribution, suffix)
            return [(recipient, name, "") for recipient, name in zip(record.distribution, names)]
        from ..rendering.consult import consult_filename, documents_for

        taken: set[str] = set()
        found = []
        for recipient in record.distribution:
            for kind in documents_for(recipient):
                name = consult_filename(record, recipient, kind, suffix(recipient))
                stem, dot, extension = name.rpartition(".")
                number = 2
                while name.casefold() in taken:  # two recipients whose names make one slug
                    name, number = f"{stem}-{number}{dot}{extension}", number + 1
                taken.add(name.casefold())
                found.append((recipient, name, kind))
        return found

    def _render(self, loaded: LoadedRecord, recipient, kind: str, known: RecordSecrets):
        if kind:
            return self.consult_renderer.render(loaded, recipient, kind)
        return self.renderer.render_copy(loaded, recipient, known)

    def _make_copy(self, loaded: LoadedRecord, recipient, row: CopyRow, target: Path,
                   result: RecordResult, secrets: list[str], known: RecordSecrets) -> None:
        try:
            copy = self._render(loaded, recipient, row.kind, known)
        except TemplateError as exc:
            row.status, row.reason = CopyStatus.failed, redact(str(exc), secrets)
            return
        except SidecarError as exc:  # the record's translations file is damaged: that record only
            row.status, row.reason = CopyStatus.failed, redact(" ".join(str(exc).split()), secrets)
            return
        except TranslationsNotReady as exc:
            row.status, row.reason = refused_status(exc), redact(" ".join(str(exc).split()), secrets)
            return
        except CopyWouldLeak as exc:  # the last guard found what validation missed: never written
            row.status, row.reason = CopyStatus.failed, redact(" ".join(str(exc).split()), secrets)
            return
        row.made = today().isoformat()   # as the copy's "Copy made on" says (--today counts days left only)
        row.translation_owed = "yes" if getattr(copy, "english_parts", False) else ""
        if row.format == "pdf":
            scratch = self.output / SCRATCH_DIR / f"{uuid.uuid4().hex}-{Path(row.path).stem}.docx"
            write_atomically(scratch, copy.data, durable=False)
            if row.kind == "booklet":  # what its form fields are made from, once LibreOffice has laid it out
                from .booklet_form import answer_keys, booklet_form_path  # pypdf: only for a PDF booklet

                write_atomically(booklet_form_path(scratch), json.dumps(
                    {"keys": answer_keys(copy.data), "labels": copy.answers, "reference": copy.reference,
                     "language": copy.language, "made": row.made}).encode("utf-8"), durable=False)
            result.pending_pdfs.append((len(result.rows) - 1, str(scratch)))
            return
        write_atomically(target, copy.data, durable=False)
        row.status = CopyStatus.ready
        row.sha256 = hashlib.sha256(copy.data).hexdigest()
        row.size = len(copy.data)
        result.state[target.name] = row.kept()


def refused_status(exc: TranslationsNotReady) -> CopyStatus:
    """The manifest status of a copy that translations refused."""
    return CopyStatus.stale_translation if exc.stale else CopyStatus.awaiting_translation


_maker: RecordMaker | None = None


@contextlib.contextmanager
def warmed_workers(options: BatchOptions) -> Iterator[None]:
    """In the batch's parent, while its workers are forked: what each worker would do on its
    first records (each band's template compiled, Babel imported) is done once, and the forked
    workers share it (about 0.3 s of CPU a worker)."""
    global _maker
    import babel.dates, babel.lists, babel.messages.mofile, babel.messages.pofile, babel.support  # noqa: E401,F401
    # What the checks of a held review import when first needed (``validate`` of one file keeps them
    # lazy): imported once here, not once in each worker (about 20 ms of CPU a worker).
    import jellyfish  # noqa: F401
    from ..rules import earlier, locators, names_shown, paraphrase  # noqa: F401

    _maker = RecordMaker(options)
    for band in AGE_BANDS:
        try:
            _maker.renderer.template(band)
        except TemplateError:
            pass  # a council's folder without this band: the copies that need it say so
    # What the workers inherit is left out of their collections, so its pages are not copied
    # into each of them.
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()
        _maker = None


def start_worker(options: BatchOptions, parent_pid: int | None = None) -> None:
    global _maker
    if parent_pid is not None:
        die_with_parent(parent_pid)  # a worker must not outlive a batch killed with kill -9
    if _maker is None or _maker.options is not options:  # not forked from a warmed parent
        _maker = RecordMaker(options)


def make_records(paths: list[str]) -> list[RecordResult]:
    assert _maker is not None, "worker not started"
    return [_maker.process(path) for path in paths]


def crashed(path: str) -> RecordResult:
    return RecordResult(path, [CopyRow(source=path, status=CopyStatus.failed, reason=(
        "the process making this record's copies stopped unexpectedly (twice); "
        "try this record on its own with `recordgen render --all`"))])


