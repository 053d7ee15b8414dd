"""Making every copy of many records at once, on every core, without holding the batch.

Records go to worker processes a few at a time (each worker compiles each
template once); each worker writes its copies atomically and sends back only
small rows. The parent writes the manifest as rows arrive, converts PDF
copies through one LibreOffice pool, and keeps a small state file per record
folder so that a rerun skips copies whose inputs have not changed.

Layout: ``OUTDIR/<child id>/<review date>/<copy file name>``; the copy file
name is ``api.copy_filename`` (case id, date, role, recipient's name). The
child's full name, address and school are never in a path: paths travel in
emails and appear in the manifest.
"""

from __future__ import annotations

import collections
import concurrent.futures as futures
import ctypes
import dataclasses
import datetime as dt
import fcntl
import hashlib
import json
import multiprocessing
import os
import re
import shutil
import uuid
from concurrent.futures.process import BrokenProcessPool
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from .. import api
from ..diagnostics import Diagnostic
from ..files import write_atomically
from ..i18n import catalog_fingerprint
from ..loading import InvalidRecord, LoadedRecord, ReadError, parse_file
from ..model import Record
from ..settings import Settings
from ..timescales import review_dates, working_days_between
from ..translation import SidecarError, TranslationsNotReady, sidecar_path
from ..withholding import withheld_texts
from .manifest import CopyRow, ManifestWriter

STATE_FILE = ".recordgen-state.json"
LOCK_FILE = ".recordgen-batch.lock"
SCRATCH_DIR = ".recordgen-scratch"
_CLAIM_PREFIX = ".claim-"
WITHHELD_MARK = "[withheld]"
_RECORDS_PER_TASK = 4
_TASKS_IN_FLIGHT_PER_WORKER = 3
_PDFS_IN_FLIGHT_PER_CONVERTER = 2


class BatchBusy(Exception):
    """Another batch is writing to the same output folder."""


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
    today: dt.date = dataclasses.field(default_factory=dt.date.today)
    workers: int = 0                   # 0: one per core
    allow_untranslated: bool = False   # English plus a notice where a translation is missing
    run_id: str = dataclasses.field(default_factory=lambda: uuid.uuid4().hex[:12])


@dataclasses.dataclass
class RecordResult:
    """What one record file produced; rows in distribution order."""

    source: str
    rows: list[CopyRow]
    folder: str = ""                                     # relative to the output folder
    state: dict[str, dict] = dataclasses.field(default_factory=dict)
    pending_pdfs: list[tuple[int, str]] = dataclasses.field(default_factory=list)  # (row, scratch .docx)
    reused: int = 0                                      # copies kept from an earlier run


# ---------------------------------------------------------------- redaction


def _address_pieces(text: str | None) -> list[str]:
    if not text:
        return []
    return [text] + [piece.strip() for piece in text.split(",") if len(piece.strip()) >= 4]


def record_secrets(record: Record) -> list[str]:
    """Everything withheld from anyone in this record: never printed or put in the manifest."""
    secrets = [text for _, text, roles in record.free_texts() if roles]
    if record.placement.confidential:
        secrets += _address_pieces(record.placement.address) + _address_pieces(record.placement.school)
    return secrets


def _raw_facts(path: str | Path) -> tuple[list[str], str, str]:
    """Best effort for a record that does not fit the format: (what it withholds, child id, review date)."""
    try:
        data, _lines = parse_file(path)
    except Exception:  # noqa: BLE001 - unreadable: there is nothing to look for
        return [], "", ""
    secrets: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if node.get("withhold_from"):
                secrets.extend(v for k, v in node.items() if k in ("text", "what") and isinstance(v, str))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(data)
    placement = data.get("placement") if isinstance(data, dict) else None
    if isinstance(placement, dict):
        for key in ("address", "school"):
            if isinstance(placement.get(key), str):
                secrets += _address_pieces(placement[key])
    child = data.get("child") if isinstance(data, dict) else None
    review = data.get("review") if isinstance(data, dict) else None
    child_id = child.get("id") if isinstance(child, dict) else None
    review_date = review.get("date") if isinstance(review, dict) else None
    return (secrets, redact(child_id, secrets) if isinstance(child_id, str) else "",
            review_date if isinstance(review_date, str) and len(review_date) == 10 else "")


def redact(text: str, secrets: Iterable[str]) -> str:
    for secret in sorted({s for s in secrets if s and s.strip()}, key=len, reverse=True):
        text = re.sub(re.escape(secret), WITHHELD_MARK, text, flags=re.IGNORECASE)
    return text


def path_shows_withheld(path: str, record: Record, recipient_role) -> bool:
    """True when a withheld value (or its slug) would appear in the copy's path."""
    slugged = api.filename_slug(path)
    for secret in withheld_texts(record, recipient_role):
        for piece in _address_pieces(secret):
            piece_slug = api.filename_slug(piece)
            if piece.casefold() in path.casefold() or (len(piece_slug) >= 4 and piece_slug in slugged):
                return True
    return False


# ---------------------------------------------------------------- files


def file_sha256(path: Path) -> str | None:
    try:
        with open(path, "rb") as handle:
            return hashlib.file_digest(handle, "sha256").hexdigest()
    except OSError:
        return None


def sync_output(output: Path) -> None:
    """Make everything written so far durable: one syncfs for the whole batch, not one fsync a file."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        fd = os.open(output, os.O_RDONLY)
        try:
            if libc.syncfs(fd) == 0:
                return
        finally:
            os.close(fd)
    except (OSError, AttributeError):
        pass
    os.sync()


def _read_state(folder: Path) -> dict:
    try:
        state = json.loads((folder / STATE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return state if isinstance(state, dict) else {}


def write_state(folder: Path, source: str, copies: dict[str, dict]) -> None:
    data = json.dumps({"source": source, "copies": copies}, indent=1, sort_keys=True).encode("utf-8")
    write_atomically(folder / STATE_FILE, data, durable=False)


def _safe_part(text: str, fallback: str) -> str:
    return re.sub(r"[^A-Za-z0-9-]+", "-", text).strip("-") or fallback


def sweep_leftovers(output: Path) -> int:
    """Remove what a killed batch left: temporary files, claims, scratch copies. Lock held."""
    removed = 0
    scratch = output / SCRATCH_DIR
    if scratch.exists():
        shutil.rmtree(scratch, ignore_errors=True)
        removed += 1
    for folder, dirs, files in os.walk(output):
        dirs[:] = [d for d in dirs if d != SCRATCH_DIR]
        for name in files:
            if name.startswith((".tmp-", _CLAIM_PREFIX)) or (name.startswith(".") and name.endswith(".partial")):
                Path(folder, name).unlink(missing_ok=True)
                removed += 1
    return removed


class OutputLock:
    """One batch at a time per output folder; the kernel releases it if the batch is killed."""

    def __init__(self, output: Path):
        self.path = output / LOCK_FILE
        self._handle = None

    def __enter__(self) -> OutputLock:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._handle = open(self.path, "a")
        try:
            fcntl.flock(self._handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            self._handle.close()
            raise BatchBusy(f"another batch is writing to {self.path.parent}; wait for it to finish") from None
        return self

    def __exit__(self, *exc_info) -> None:
        fcntl.flock(self._handle, fcntl.LOCK_UN)
        self._handle.close()


# ---------------------------------------------------------------- one record (in a worker)


class RecordMaker:
    """Makes every copy of one record file; one per worker process."""

    def __init__(self, options: BatchOptions):
        self.options = options
        self.output = Path(options.output)
        self.renderer = api.Renderer(options.settings, options.templates,
                                     allow_untranslated=options.allow_untranslated)
        # What a copy is made with beyond its record: settings and the untranslated policy.
        self.settings_json = (options.settings.model_dump_json(exclude={"mail"})  # mail does not change a copy
                              + f"|allow_untranslated={options.allow_untranslated}").encode("utf-8")
        self.version = tool_version().encode("utf-8")
        self._template_digests: dict[str, bytes] = {}
        self._catalog_digests: dict[str, bytes] = {}

    def _template_digest(self, band: str) -> bytes:
        digest = self._template_digests.get(band)
        if digest is None:
            path = self.renderer.templates / f"{band}.docx"
            digest = (file_sha256(path) or "missing").encode()
            self._template_digests[band] = digest
        return digest

    def _sidecar_bytes(self, source: str) -> bytes:
        try:
            return sidecar_path(source).read_bytes()
        except OSError:
            return b"-"

    def _catalog_digest(self, language: str) -> bytes:
        digest = self._catalog_digests.get(language)
        if digest is None:
            digest = catalog_fingerprint(language).encode()
            self._catalog_digests[language] = digest
        return digest

    def input_key(self, loaded: LoadedRecord, band: str, filename: str, sidecar: bytes, language: str) -> str:
        digest = hashlib.sha256()
        for part in (self.version, self.settings_json, self._template_digest(band), self._catalog_digest(language),
                     filename.encode(), loaded.source, sidecar):
            digest.update(len(part).to_bytes(8, "big"))
            digest.update(part)
        return digest.hexdigest()

    def invalid(self, source: str, diagnostics: list[Diagnostic], secrets: list[str],
                child_id: str = "", review_date: str = "", due: dt.date | None = None) -> RecordResult:
        reason = "; ".join(f"line {d.line}: {d.path}: {d.message}" if d.line else f"{d.path}: {d.message}"
                           for d in diagnostics if d.severity == "error")
        row = CopyRow(source=source, child_id=child_id, review_date=review_date, status="invalid_record",
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
            return self._process(path, secrets)
        except Exception as exc:  # noqa: BLE001 - one record's fault must not stop the batch
            message = " ".join(str(exc).split()) or type(exc).__name__
            row = CopyRow(source=path, status="failed",
                          reason=redact(f"something went wrong inside recordgen: {message}", secrets))
            return RecordResult(path, [row])

    def _process(self, source: str, secrets: list[str]) -> RecordResult:
        try:
            loaded = api.load_record(source)
        except ReadError as exc:
            return self.invalid(source, [exc.diagnostic], [])
        except InvalidRecord as exc:
            raw_secrets, child_id, review_date = _raw_facts(source)
            return self.invalid(source, exc.diagnostics, raw_secrets, child_id, review_date)
        record = loaded.record
        secrets.extend(record_secrets(record))
        settings = self.options.settings
        child_id, review_date = record.child.id, record.review.date.isoformat()
        errors = [d for d in api.validate(loaded, settings) if d.severity == "error"]
        try:
            due = review_dates(record, settings.timescales).record_distribution_due
        except ValueError:
            due = None  # validation has said why
        if errors:
            return self.invalid(source, errors, secrets, child_id, review_date, due)

        folder_rel = f"{_safe_part(child_id, 'child')}/{review_date}"
        folder = self.output / folder_rel
        folder.mkdir(parents=True, exist_ok=True)
        other = self._claim(folder, source)
        if other is not None:
            problem = Diagnostic(source, None, "child.id",
                                 f"another record file, {other}, has the same child id and review date; "
                                 "its copies are the ones in the folder: correct or remove one of the two")
            return self.invalid(source, [problem], secrets, child_id, review_date, due)

        previous = {} if self.options.force else (_read_state(folder).get("copies") or {})
        sidecar = self._sidecar_bytes(source)
        band = self.renderer.band(record)
        result = RecordResult(source, [], folder_rel)
        planned: set[str] = set()
        for recipient in record.distribution:
            fmt = self.options.format or recipient.format
            filename = api.copy_filename(record, recipient, "." + fmt)
            planned.add(filename)
            target = folder / filename
            row = CopyRow(source=source, child_id=child_id, review_date=review_date, recipient=recipient.name,
                          role=recipient.role.value, language=record.recipient_language(recipient), format=fmt,
                          path=f"{folder_rel}/{filename}")
            self._set_due(row, due)
            result.rows.append(row)
            if path_shows_withheld(row.path, record, recipient.role):
                row.status, row.reason = "failed", ("the file name would show something withheld from this "
                                                    "recipient; change the recipient's name in the distribution list")
                row.path = ""
                continue
            row.input_key = key = self.input_key(loaded, band, filename, sidecar, row.language)
            before = previous.get(filename) or {}
            if before.get("input_key") == key and before.get("sha256") and file_sha256(target) == before["sha256"]:
                row.status, row.sha256, row.size = "ready", before["sha256"], target.stat().st_size
                result.state[filename] = before
                result.reused += 1
                continue
            self._make_copy(loaded, recipient, row, target, result, secrets)
        # A copy that is no longer wanted, or not ready now, must not sit there looking sendable.
        for filename in previous:
            converting = {Path(result.rows[index].path).name for index, _ in result.pending_pdfs}
            if filename not in result.state and filename not in converting:
                (folder / filename).unlink(missing_ok=True)
        for row in result.rows:
            if row.status and row.status != "ready" and row.path:
                (self.output / row.path).unlink(missing_ok=True)
                row.path = ""
        return result

    def _claim(self, folder: Path, source: str) -> str | None:
        """Claim the folder for this run; the other record's file if it was already claimed."""
        claim = folder / f"{_CLAIM_PREFIX}{self.options.run_id}"
        try:
            fd = os.open(claim, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            owner = claim.read_text(encoding="utf-8")
            return None if owner == source else owner
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(source)
        return None

    def _make_copy(self, loaded: LoadedRecord, recipient, row: CopyRow, target: Path,
                   result: RecordResult, secrets: list[str]) -> None:
        try:
            copy = self.renderer.render_copy(loaded, recipient)
        except api.TemplateError as exc:
            row.status, row.reason = "failed", redact(str(exc), secrets)
            return
        except SidecarError as exc:  # the record's translations file is damaged: that record only
            row.status, row.reason = "failed", redact(" ".join(str(exc).split()), secrets)
            return
        except Exception as exc:  # noqa: BLE001 - translations refuse a copy with their own exception
            status = translation_status(exc)
            if status is None:
                raise
            row.status, row.reason = status, redact(" ".join(str(exc).split()), secrets)
            return
        if row.format == "pdf":
            scratch = self.output / SCRATCH_DIR / f"{uuid.uuid4().hex}-{Path(row.path).stem}.docx"
            write_atomically(scratch, copy.data, durable=False)
            result.pending_pdfs.append((len(result.rows) - 1, str(scratch)))
            return
        write_atomically(target, copy.data, durable=False)
        row.status = "ready"
        row.sha256 = hashlib.sha256(copy.data).hexdigest()
        row.size = len(copy.data)
        result.state[target.name] = {"input_key": row.input_key, "sha256": row.sha256}


def translation_status(exc: Exception) -> str | None:
    """The manifest status for a copy that translations refused, or None if exc is something else."""
    if isinstance(exc, TranslationsNotReady):
        return "stale_translation" if exc.stale else "awaiting_translation"
    text = str(exc).lower()
    if "stale translation" in text:
        return "stale_translation"
    if "awaiting translation" in text:
        return "awaiting_translation"
    return None


_maker: RecordMaker | None = None


def _start_worker(options: BatchOptions) -> None:
    global _maker
    _maker = RecordMaker(options)


def _make_records(paths: list[str]) -> list[RecordResult]:
    assert _maker is not None, "worker not started"
    return [_maker.process(path) for path in paths]


# ---------------------------------------------------------------- the batch (in the parent)


@dataclasses.dataclass
class Summary:
    records: int = 0
    copies: int = 0
    ready: int = 0
    reused: int = 0
    invalid: int = 0
    awaiting_translation: int = 0
    stale_translation: int = 0
    failed: int = 0
    soonest_due: str = ""
    soonest_due_child: str = ""
    soonest_due_days_left: int | None = None

    @property
    def all_ready(self) -> bool:
        return self.ready == self.copies and not (self.invalid or self.failed)

    def add(self, result: RecordResult) -> None:
        self.records += 1
        self.reused += result.reused
        for row in result.rows:
            if row.status == "invalid_record":
                self.invalid += 1
                continue
            self.copies += 1
            if row.status == "ready":
                self.ready += 1
            elif row.status == "awaiting_translation":
                self.awaiting_translation += 1
            elif row.status == "stale_translation":
                self.stale_translation += 1
            else:
                self.failed += 1
            if row.due_date and (not self.soonest_due or row.due_date < self.soonest_due):
                self.soonest_due, self.soonest_due_child = row.due_date, row.child_id
                self.soonest_due_days_left = row.working_days_left if row.working_days_left != "" else None


def _crashed(path: str) -> RecordResult:
    return RecordResult(path, [CopyRow(source=path, status="failed", reason=(
        "the process making this record's copies stopped unexpectedly (twice); "
        "try this record on its own with `recordgen render --all`"))])


class _PdfStage:
    """Converts PDF copies in the parent through one LibreOffice pool, started on first use."""

    def __init__(self, options: BatchOptions):
        self.options = options
        self.pool = None
        self.unavailable: str | None = None
        self.executor: futures.ThreadPoolExecutor | None = None
        self.in_flight: dict[futures.Future, tuple[RecordResult, int, Path]] = {}
        self.outstanding: dict[int, int] = {}   # id(result) -> conversions left

    def _start(self) -> None:
        from ..pdf import ConverterPool, PdfError
        pdf = self.options.settings.pdf
        try:
            self.pool = ConverterPool(workers=pdf.workers or None, timeout=pdf.timeout_seconds, pdfa=pdf.pdfa)
            self.pool.start()
        except PdfError as exc:
            self.pool, self.unavailable = None, f"no PDF could be made: {' '.join(str(exc).split())}"
            return
        self.executor = futures.ThreadPoolExecutor(max_workers=self.pool.workers)

    def submit(self, result: RecordResult) -> list[RecordResult]:
        """Queue a record's conversions; returns records completed meanwhile (this one, if no PDF could start)."""
        if self.pool is None and self.unavailable is None:
            self._start()
        self.outstanding[id(result)] = len(result.pending_pdfs)
        complete = []
        for index, scratch in result.pending_pdfs:
            row = result.rows[index]
            target = self.options.output / row.path
            if self.pool is None:
                if self._finish(result, index, Path(scratch), self.unavailable):
                    complete.append(result)
                continue
            while len(self.in_flight) >= self.pool.workers * _PDFS_IN_FLIGHT_PER_CONVERTER:
                complete += self.collect(block=True)
            future = self.executor.submit(self.pool.convert, scratch, target)
            self.in_flight[future] = (result, index, Path(scratch))
        return complete

    def collect(self, block: bool) -> list[RecordResult]:
        """Finish conversions that are done (waiting for one if block); records now complete."""
        if not self.in_flight:
            return []
        done, _ = futures.wait(list(self.in_flight), timeout=None if block else 0,
                               return_when=futures.FIRST_COMPLETED)
        complete = []
        for future in done:
            result, index, scratch = self.in_flight.pop(future)
            error = future.exception()
            if self._finish(result, index, scratch, error and " ".join(str(error).split())):
                complete.append(result)
        return complete

    def _finish(self, result: RecordResult, index: int, scratch: Path, error: str | None) -> bool:
        row = result.rows[index]
        scratch.unlink(missing_ok=True)
        target = self.options.output / row.path
        if error:
            row.status, row.reason, row.path = "failed", error, ""
            target.unlink(missing_ok=True)
        else:
            row.sha256 = file_sha256(target) or ""
            row.size = target.stat().st_size
            row.status = "ready"
            result.state[target.name] = {"input_key": row.input_key, "sha256": row.sha256}
        self.outstanding[id(result)] -= 1
        if self.outstanding[id(result)] == 0:
            del self.outstanding[id(result)]
            return True
        return False

    def close(self) -> None:
        if self.executor is not None:
            self.executor.shutdown(wait=True, cancel_futures=True)
        if self.pool is not None:
            self.pool.close()


class Batch:
    """One run over many record files into one output folder."""

    def __init__(self, options: BatchOptions):
        self.options = dataclasses.replace(options, output=Path(options.output).resolve())
        self.workers = options.workers or os.cpu_count() or 1
        self.summary = Summary()
        self._claimed: set[str] = set()

    def run(self, files: list[Path], on_record: Callable[[RecordResult], None] | None = None) -> Summary:
        output = self.options.output
        output.mkdir(parents=True, exist_ok=True)
        with OutputLock(output):
            sweep_leftovers(output)
            header = {
                "format": "recordgen-manifest/1",
                "recordgen": tool_version(),
                "made": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
                "today": self.options.today.isoformat(),
                "nation": self.options.settings.timescales.nation,
                "distribution_working_days": self.options.settings.timescales.record_distribution_working_days,
                "working_folder": os.getcwd(),  # record paths in `source` are relative to it
            }
            manifest = ManifestWriter(output, header)
            pdfs = _PdfStage(self.options)
            try:
                for result in self._results([str(f) for f in files], pdfs):
                    self._finish(result, manifest, on_record)
                    for complete in pdfs.collect(block=False):
                        self._finish(complete, manifest, on_record)
                while pdfs.in_flight:
                    for complete in pdfs.collect(block=True):
                        self._finish(complete, manifest, on_record)
                sync_output(output)
                manifest.commit()
            except BaseException:
                manifest.abandon()
                raise
            finally:
                pdfs.close()
                shutil.rmtree(output / SCRATCH_DIR, ignore_errors=True)
                self._remove_claims()
        return self.summary

    def _finish(self, result: RecordResult, manifest: ManifestWriter,
                on_record: Callable[[RecordResult], None] | None) -> None:
        if result.folder:
            write_state(self.options.output / result.folder, result.source, result.state)
            self._claimed.add(result.folder)
        manifest.add(result.rows)
        self.summary.add(result)
        if on_record is not None:
            on_record(result)

    def _remove_claims(self) -> None:
        claim = f"{_CLAIM_PREFIX}{self.options.run_id}"
        for folder in self._claimed:
            (self.options.output / folder / claim).unlink(missing_ok=True)
        self._claimed = set()

    def _new_executor(self) -> futures.ProcessPoolExecutor:
        methods = multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
        return futures.ProcessPoolExecutor(self.workers, mp_context=context,
                                           initializer=_start_worker, initargs=(self.options,))

    def _results(self, paths: list[str], pdfs: _PdfStage) -> Iterator[RecordResult]:
        """Results in input order; records with PDF copies come out once those are converted."""
        chunks = (paths[i:i + _RECORDS_PER_TASK] for i in range(0, len(paths), _RECORDS_PER_TASK))
        window = self.workers * _TASKS_IN_FLIGHT_PER_WORKER
        in_flight: collections.deque[tuple[futures.Future, list[str]]] = collections.deque()
        executor = self._new_executor()
        try:
            while True:
                while len(in_flight) < window:
                    chunk = next(chunks, None)
                    if chunk is None:
                        break
                    in_flight.append((executor.submit(_make_records, chunk), chunk))
                if not in_flight:
                    return
                future, chunk = in_flight.popleft()
                try:
                    results = future.result()
                except BrokenProcessPool:
                    # A worker died (killed, out of memory). Redo what was in flight one record at
                    # a time in a fresh pool, so only a record that kills it again is marked failed.
                    retry = chunk + [path for _, pending in in_flight for path in pending]
                    in_flight.clear()
                    executor.shutdown(wait=False, cancel_futures=True)
                    executor = self._new_executor()
                    for path in retry:
                        try:
                            results = executor.submit(_make_records, [path]).result()
                        except BrokenProcessPool:
                            executor.shutdown(wait=False, cancel_futures=True)
                            executor = self._new_executor()
                            results = [_crashed(path)]
                        yield from self._route(results, pdfs)
                    continue
                yield from self._route(results, pdfs)
        finally:
            executor.shutdown(wait=True, cancel_futures=True)

    def _route(self, results: list[RecordResult], pdfs: _PdfStage) -> Iterator[RecordResult]:
        for result in results:
            if result.folder:
                self._claimed.add(result.folder)
            if result.pending_pdfs:
                yield from pdfs.submit(result)  # otherwise it comes out of pdfs.collect when converted
            else:
                yield result
