"""Making every copy of many records at once, on every core, without holding the batch.

Records go to worker processes a few at a time (``copies``: what one worker
does with one record); the parent writes the manifest as rows arrive, converts
PDF copies through one LibreOffice pool (``pdf_stage``), and keeps the output
folder in order (``output_folder``).

Layout: ``OUTDIR/<child id>/<review date>/<copy file name>``.
"""

from __future__ import annotations

import collections
import concurrent.futures as futures
import dataclasses
import datetime as dt
import multiprocessing
import os
import shutil
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Callable, Iterator

from ..record.settings import example_contacts
from ..support.lifetime import sweep_orphans
from ..rules.chain import ChainIndex
from ..rules.siblings import SiblingIndex
from .copies import BatchOptions, RecordResult, crashed, make_records, start_worker, tool_version, warmed_workers
from .manifest import CopyStatus, ManifestWriter
from .output_folder import CLAIM_PREFIX, SCRATCH_DIR, OutputLock, sweep_leftovers, sync_output, write_state
from .pdf_stage import PdfStage

_RECORDS_PER_TASK = 4
_TASKS_IN_FLIGHT_PER_WORKER = 3
#: Workers are replaced after this many records each: what their heap grows by (freed blocks
#: glibc cannot hand back, about 1 KB a copy) is then bounded, whatever the batch's size.
RECORDS_PER_WORKER = 2000
#: Claims removed together at a batch's end, by this many threads, once there are this many.
_CLAIM_REMOVERS, _CLAIMS_ONE_BY_ONE = 16, 8


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
    # The soonest distribution deadline still to come; those gone by are counted apart, as overdue.
    soonest_due: str = ""
    soonest_due_child: str = ""
    soonest_due_days_left: int | None = None
    overdue_reviews: set[tuple[str, str]] = dataclasses.field(default_factory=set)  # (child_id, review_date)
    oldest_overdue: str = ""
    oldest_overdue_child: str = ""
    oldest_overdue_days_ago: int | None = None
    adult_parent_copies: int = 0  # ready parents' copies of a young person 18 by today: consent first

    @property
    def all_ready(self) -> bool:
        return self.ready == self.copies and not (self.invalid or self.failed)

    def add(self, result: RecordResult) -> None:
        self.records += 1
        self.reused += result.reused
        for row in result.rows:
            if row.status == CopyStatus.invalid_record:
                self.invalid += 1
                continue
            self.copies += 1
            if row.status == CopyStatus.ready:
                self.ready += 1
                self.adult_parent_copies += row.role == "parent" and row.reason.startswith("ready, but")
            elif row.status == CopyStatus.awaiting_translation:
                self.awaiting_translation += 1
            elif row.status == CopyStatus.stale_translation:
                self.stale_translation += 1
            else:
                self.failed += 1
            if not row.due_date:
                continue
            left = row.working_days_left if row.working_days_left != "" else None
            if left is not None and left < 0:
                self.overdue_reviews.add((row.child_id, row.review_date))
                if not self.oldest_overdue or row.due_date < self.oldest_overdue:
                    self.oldest_overdue, self.oldest_overdue_child = row.due_date, row.child_id
                    self.oldest_overdue_days_ago = -left
            elif not self.soonest_due or row.due_date < self.soonest_due:
                self.soonest_due, self.soonest_due_child = row.due_date, row.child_id
                self.soonest_due_days_left = left



class Batch:
    """One run over many record files into one output folder."""

    def __init__(self, options: BatchOptions):
        self.options = dataclasses.replace(options, output=Path(options.output).resolve())
        self.workers = options.workers or os.cpu_count() or 1
        self.summary = Summary()
        self._claimed: set[str] = set()

    def run(self, files: list[Path], on_record: Callable[[RecordResult], None] | None = None,
            siblings_from: list[Path] | None = None) -> Summary:
        """``siblings_from``: the records whose confidential placements each record's parent copies
        are checked against (default ``files``; a shard gives the whole batch's)."""
        output = self.options.output
        index = SiblingIndex.from_files(files if siblings_from is None else siblings_from)
        chain = ChainIndex.from_files(files if siblings_from is None else siblings_from)
        self.options = dataclasses.replace(self.options, siblings=index or None, chain=chain or None)
        output.mkdir(parents=True, exist_ok=True)
        with OutputLock(output):
            sweep_leftovers(output)
            sweep_orphans()  # LibreOffice and temporary folders of batches killed before
            header = {
                "format": "recordgen-manifest/1",
                "recordgen": tool_version(),
                "made": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
                "today": self.options.today.isoformat(),
                "nation": self.options.settings.timescales.nation,
                "distribution_working_days": self.options.settings.timescales.record_distribution_working_days,
                "working_folder": os.getcwd(),  # record paths in `source` are relative to it
                # Made anyway (--allow-example-contacts): `send` refuses to email these copies.
                "example_contacts": example_contacts(self.options.settings) is not None,
            }
            manifest = ManifestWriter(output, header)
            pdfs = PdfStage(self.options)
            try:
                for result in self._results([str(f) for f in files], pdfs):
                    self._finish(result, manifest, on_record)
                    for complete in pdfs.collect(block=False):
                        self._finish(complete, manifest, on_record)
                while pdfs.in_flight:
                    for complete in pdfs.collect(block=True):
                        self._finish(complete, manifest, on_record)
                # Every record is done: its claim has served (the one sync then covers its removal).
                self._remove_claims()
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
        claim = f"{CLAIM_PREFIX}{self.options.run_id}"
        paths = [self.options.output / folder / claim for folder in self._claimed]
        self._claimed = set()
        if len(paths) < _CLAIMS_ONE_BY_ONE:
            for path in paths:
                path.unlink(missing_ok=True)
            return
        # An unlink waits on the disk once the file has been written out (about 3 ms each here,
        # a second at the end of a 300-record batch, all of it after the last copy): many at once
        # wait together (300 in 0.06 s).
        with futures.ThreadPoolExecutor(_CLAIM_REMOVERS) as removers:
            for done in [removers.submit(path.unlink, missing_ok=True) for path in paths]:
                done.result()

    def _new_executor(self) -> futures.ProcessPoolExecutor:
        methods = multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
        return futures.ProcessPoolExecutor(self.workers, mp_context=context,
                                           initializer=start_worker, initargs=(self.options, os.getpid()))

    def _results(self, paths: list[str], pdfs: PdfStage) -> Iterator[RecordResult]:
        """Results in input order; records with PDF copies come out once those are converted."""
        with warmed_workers(self.options):
            yield from self._pooled(paths, pdfs)

    def _pooled(self, paths: list[str], pdfs: PdfStage) -> Iterator[RecordResult]:
        chunks = (paths[i:i + _RECORDS_PER_TASK] for i in range(0, len(paths), _RECORDS_PER_TASK))
        window = self.workers * _TASKS_IN_FLIGHT_PER_WORKER
        in_flight: collections.deque[tuple[futures.Future, list[str]]] = collections.deque()
        executor, submitted = self._new_executor(), 0
        try:
            while True:
                if submitted >= self.workers * RECORDS_PER_WORKER and not in_flight:
                    executor.shutdown(wait=True)
                    executor, submitted = self._new_executor(), 0
                while len(in_flight) < window and submitted < self.workers * RECORDS_PER_WORKER:
                    chunk = next(chunks, None)
                    if chunk is None:
                        break
                    in_flight.append((executor.submit(make_records, chunk), chunk))
                    submitted += len(chunk)
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
                            results = executor.submit(make_records, [path]).result()
                        except BrokenProcessPool:
                            executor.shutdown(wait=False, cancel_futures=True)
                            executor = self._new_executor()
                            results = [crashed(path)]
                        yield from self._route(results, pdfs)
                    continue
                yield from self._route(results, pdfs)
        finally:
            executor.shutdown(wait=True, cancel_futures=True)

    def _route(self, results: list[RecordResult], pdfs: PdfStage) -> Iterator[RecordResult]:
        for result in results:
            if result.folder:
                self._claimed.add(result.folder)
            if result.pending_pdfs:
                yield from pdfs.submit(result)  # otherwise it comes out of pdfs.collect when converted
            else:
                yield result
