"""Converting a batch's PDF copies in the parent, through one LibreOffice pool started on first use."""

from __future__ import annotations

import concurrent.futures as futures
from pathlib import Path

from .copies import BatchOptions, RecordResult
from .manifest import CopyStatus
from .output_folder import file_sha256

_PDFS_IN_FLIGHT_PER_CONVERTER = 2


class PdfStage:
    """Converts PDF copies in the parent through one LibreOffice pool, started on first use."""

    def __init__(self, options: BatchOptions):
        self.options = options
        self.pool = None
        self.unavailable: str | None = None
        self.executor: futures.ThreadPoolExecutor | None = None
        self.in_flight: dict[futures.Future, tuple[RecordResult, int, Path]] = {}
        self.outstanding: dict[int, int] = {}   # id(result) -> conversions left

    def _start(self) -> None:
        from ..pdf import PdfError, start_pool
        try:
            self.pool = start_pool(self.options.settings.pdf)
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
            future = self.executor.submit(self._convert, Path(scratch), target, row.feedback, row.language)
            self.in_flight[future] = (result, index, Path(scratch))
        return complete

    def _convert(self, scratch: Path, target: Path, reference: str, language: str) -> str:
        """Convert, then (in the same thread, while other conversions run) make the feedback page a form;
        "" or why the page stays print-only."""
        from .booklet_form import booklet_form_path, fill_in_batch  # pypdf: only once a PDF is made
        from .feedback_form import make_fillable

        self.pool.convert(scratch, target)
        if booklet_form_path(scratch).exists():   # a consultation booklet: its answer spaces
            return fill_in_batch(scratch, target)
        return make_fillable(target, reference, language) if reference else ""

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
            if error is None and future.result():
                result.rows[index].reason = future.result()
            if self._finish(result, index, scratch, error and " ".join(str(error).split())):
                complete.append(result)
        return complete

    def _finish(self, result: RecordResult, index: int, scratch: Path, error: str | None) -> bool:
        from .booklet_form import booklet_form_path

        row = result.rows[index]
        scratch.unlink(missing_ok=True)
        booklet_form_path(scratch).unlink(missing_ok=True)  # a conversion that failed leaves it
        target = self.options.output / row.path
        if error:
            row.status, row.reason, row.path, row.made = CopyStatus.failed, error, "", ""
            target.unlink(missing_ok=True)
        else:
            row.sha256 = file_sha256(target) or ""
            row.size = target.stat().st_size
            row.status = CopyStatus.ready
            result.state[target.name] = row.kept()
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


