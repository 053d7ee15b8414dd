"""A pool of long-lived LibreOffice converters turning .docx copies into PDF/A.

Each converter is one ``soffice --headless`` listener with its own profile
(LibreOffice profiles cannot be shared between running instances: parallel
conversions on one profile fail silently) plus a small worker under a Python
that has the ``uno`` module, which drives that listener and talks to us in
JSON lines. Starting LibreOffice costs seconds; converting a short record in a
warm one costs a tenth of that, which is the whole point of the pool.
"""

from __future__ import annotations

import functools
import json
import os
import platform
import queue
import re
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid
import weakref
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor, as_completed
from pathlib import Path
from typing import TYPE_CHECKING

from recordgen.pdf.checks import verify_pdf
from recordgen.pdf.errors import ConversionFailed, LibreOfficeMissing, PdfCheckFailed, PdfError
from recordgen.pdf.fonts import write_fontconfig
from recordgen.support.lifetime import mark_owner, sweep_orphans

if TYPE_CHECKING:
    from recordgen.record.settings import PdfSettings

INSTALL_HINT = (
    "run `sudo scripts/install-system-packages.sh` or `sudo apt-get install "
    "libreoffice-writer-nogui python3-uno fonts-noto-core fonts-symbola fontconfig` "
    "(see README, PDF copies)"
)
PDF_VERSIONS = {"": 0, "1b": 1, "2b": 2, "3b": 3}  # LibreOffice's SelectPdfVersion values
STARTUP_SECONDS = 90.0  # a first launch on a fresh profile builds it, slow on a busy machine
CONVERSIONS_BEFORE_RECYCLE = 500  # LibreOffice grows with every document; a fresh one is cheap
_WORKER_SCRIPT = Path(__file__).with_name("_uno_worker.py")
# Debian/Ubuntu multiarch first (this machine's architecture only), then Fedora and Arch.
_JEMALLOC_PATHS = (
    f"/usr/lib/{platform.machine()}-linux-gnu/libjemalloc.so.2",
    "/usr/lib64/libjemalloc.so.2",
    "/usr/lib/libjemalloc.so.2",
)


def find_soffice() -> str:
    """Path of LibreOffice's ``soffice``: $RECORDGEN_SOFFICE, else the first on PATH."""
    chosen = os.environ.get("RECORDGEN_SOFFICE")
    if chosen:
        if os.access(chosen, os.X_OK):
            return chosen
        raise LibreOfficeMissing(f"RECORDGEN_SOFFICE={chosen} is not an executable file")
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    raise LibreOfficeMissing(f"PDF copies need LibreOffice, which is not installed: {INSTALL_HINT}")


_uno_python_cache: dict[str, str] = {}


def find_uno_python(soffice: str) -> str:
    """A Python interpreter that can ``import uno`` to drive LibreOffice.

    Debian's python3-uno serves only the system Python, which is often not the
    one recordgen runs on, so the worker runs as a separate process.
    """
    if soffice in _uno_python_cache:
        return _uno_python_cache[soffice]
    program_dir = Path(os.path.realpath(soffice)).parent
    candidates = [
        os.environ.get("RECORDGEN_UNO_PYTHON", ""),
        sys.executable,
        str(program_dir / "python"),  # LibreOffice's own builds bundle one
        "/usr/bin/python3",
        shutil.which("python3") or "",
    ]
    for candidate in dict.fromkeys(c for c in candidates if c):
        if not os.access(candidate, os.X_OK):
            continue
        try:
            probe = subprocess.run(
                [candidate, "-c", "import uno"],
                capture_output=True,
                timeout=30,
                env=_uno_environment(program_dir),
            )
        except (OSError, subprocess.TimeoutExpired):
            continue
        if probe.returncode == 0:
            _uno_python_cache[soffice] = candidate
            return candidate
    raise LibreOfficeMissing(
        f"PDF copies need LibreOffice's Python bridge (python3-uno), which is not installed: {INSTALL_HINT}"
    )


def find_jemalloc() -> str | None:
    """jemalloc's library for LibreOffice to run on, or None to keep the system allocator.

    LibreOffice spends about a sixth of each conversion in glibc's malloc and
    free; with jemalloc preloaded a copy takes 8 to 15% less CPU (measured with
    ``benchmarks/bench_pdf.py --allocator both``). RECORDGEN_SOFFICE_ALLOCATOR=system
    turns it off.
    """
    if os.environ.get("RECORDGEN_SOFFICE_ALLOCATOR", "jemalloc") == "system" or sys.platform != "linux":
        return None
    return next((path for path in _JEMALLOC_PATHS if os.path.isfile(path)), None)


def _office_environment(fontconfig_file: Path | None, temp_dir: Path | None = None) -> dict[str, str]:
    env = dict(os.environ)
    if temp_dir is not None:
        env["TMPDIR"] = str(temp_dir)  # LibreOffice's own lu*.tmp folders go with the profile
    if fontconfig_file is not None:
        env["FONTCONFIG_FILE"] = str(fontconfig_file)
    jemalloc = find_jemalloc()
    if jemalloc is not None:
        env["LD_PRELOAD"] = " ".join(p for p in (jemalloc, env.get("LD_PRELOAD", "")) if p)
    return env


def _uno_environment(program_dir: Path) -> dict[str, str]:
    env = dict(os.environ)
    # Lets the bundled builds (not Debian's) find their uno.py and libraries.
    env["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(program_dir), env.get("PYTHONPATH", "")) if p
    )
    return env


def _one_line(text: str) -> str:
    lines = [line.strip() for line in str(text).splitlines() if line.strip()]
    return lines[0] if lines else "no reason given"


@functools.lru_cache(maxsize=None)
def installed_version(soffice: str) -> str | None:
    """LibreOffice's product version ("7.4"), read from its own registry; None if not found."""
    registry = Path(os.path.realpath(soffice)).parent.parent / "share" / "registry" / "main.xcd"
    try:
        text = registry.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    found = re.search(r'oor:name="ooSetupVersion"[^>]*>\s*<value>(\d+\.\d+)</value>', text)
    return found.group(1) if found else None


def _seed_profile(profile_dir: Path, version: str) -> None:
    """Mark a new profile as one this LibreOffice version has run in before.

    On the first run of a version LibreOffice draws some sixty test pictures,
    up to 4096 pixels square, to choose its graphics back end: two thirds of
    a converter's start-up, and nothing a headless PDF export uses.
    """
    user = profile_dir / "user"
    user.mkdir(parents=True, exist_ok=True)
    (user / "registrymodifications.xcu").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<oor:items xmlns:oor="http://openoffice.org/2001/registry" '
        'xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n'
        '<item oor:path="/org.openoffice.Setup/Product"><prop oor:name="ooSetupLastVersion" oor:op="fuse">'
        f"<value>{version}</value></prop></item>\n"
        "</oor:items>\n",
        encoding="utf-8",
    )


def _cpu_pins(workers: int) -> list[list[str]]:
    """A command prefix per converter that keeps it, and all it starts, on a core of its own.

    Left to the scheduler, two converters on two cores often share one while the
    other idles (LibreOffice hands work between threads): pinned, the pool used
    95% of both cores instead of 76-86%, and made 5 to 20% more PDFs a second.
    With more converters than cores, or without taskset, nothing is pinned.
    """
    taskset = shutil.which("taskset")
    try:
        cores = sorted(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not Linux
        cores = []
    if taskset is None or workers > len(cores):
        return [[] for _ in range(workers)]
    return [[taskset, "--cpu-list", str(cores[slot])] for slot in range(workers)]


def _write_sample(path: Path) -> None:
    """A one-line Word document for each converter to convert once at start."""
    from docx import Document

    document = Document()
    document.add_paragraph("recordgen")
    document.save(path)


class _Broken(Exception):
    """The converter is unusable (crashed, hung or mis-started) and must be restarted."""


class _Converter:
    """One soffice listener with its own profile and the UNO worker that drives it."""

    def __init__(self, soffice: str, uno_python: str, slot: int, fontconfig_file: Path | None,
                 warm_up: tuple[Path, int] | None = None, pin: list[str] | None = None):
        self.soffice = soffice
        self.uno_python = uno_python
        self.slot = slot
        self.fontconfig_file = fontconfig_file
        self.warm_up = warm_up  # (a small .docx, PDF version) converted once at every start
        self.pin = pin or []  # command prefix that keeps soffice and its worker on one core
        self.office: subprocess.Popen | None = None
        self.worker: subprocess.Popen | None = None
        self.profile_dir: Path | None = None
        self.conversions = 0
        self._buffer = b""

    @property
    def running(self) -> bool:
        return (
            self.office is not None
            and self.worker is not None
            and self.office.poll() is None
            and self.worker.poll() is None
        )

    def start(self) -> None:
        self.stop()
        self.profile_dir = Path(tempfile.mkdtemp(prefix=f"recordgen-lo{self.slot}-"))
        mark_owner(self.profile_dir)  # so a later run can tell this folder from a killed run's
        version = installed_version(self.soffice)
        if version is not None:
            _seed_profile(self.profile_dir, version)
        office_temp = self.profile_dir / "tmp"
        office_temp.mkdir()
        pipe_name = f"recordgen-{os.getpid()}-{self.slot}-{uuid.uuid4().hex[:8]}"
        self.office = subprocess.Popen(
            [
                *self.pin,
                self.soffice,
                f"-env:UserInstallation={self.profile_dir.as_uri()}",
                "--headless",
                "--invisible",
                "--norestore",
                "--nologo",
                "--nodefault",
                "--nolockcheck",
                f"--accept=pipe,name={pipe_name};urp;",
            ],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=_office_environment(self.fontconfig_file, office_temp),
            start_new_session=True,  # its own process group, so a kill reaches soffice.bin too
        )
        program_dir = Path(os.path.realpath(self.soffice)).parent
        self.worker = subprocess.Popen(
            # It also watches us: if recordgen is killed, it kills soffice and removes the profile.
            [*self.pin, self.uno_python, str(_WORKER_SCRIPT), pipe_name, str(STARTUP_SECONDS),
             str(os.getpid()), str(self.office.pid), str(self.profile_dir)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=_uno_environment(program_dir),
            start_new_session=True,
        )
        self._buffer = b""
        self.conversions = 0
        reply = self._read_reply(STARTUP_SECONDS + 10)
        if not reply.get("ready"):
            raise _Broken(f"LibreOffice did not start: {_one_line(reply.get('error', ''))}")
        if self.warm_up is not None:
            # LibreOffice loads its Word import and PDF export on first use: do that now, and
            # find out at start, not mid-batch, if this installation cannot make a PDF at all.
            sample, pdf_version = self.warm_up
            assert self.profile_dir is not None
            reply = self.convert(sample, self.profile_dir / "warm-up.pdf", pdf_version, STARTUP_SECONDS)
            if not reply.get("ok"):
                raise _Broken(f"LibreOffice started but could not make a PDF: {_one_line(reply.get('error', ''))}")

    def convert(self, source: Path, target: Path, pdf_version: int, timeout: float) -> dict:
        """Ask the worker for one PDF; returns its reply, raises _Broken if it must restart."""
        if not self.running:
            raise _Broken("LibreOffice had stopped")
        request = {"source": str(source), "target": str(target), "pdf_version": pdf_version}
        try:
            assert self.worker is not None and self.worker.stdin is not None
            self.worker.stdin.write((json.dumps(request) + "\n").encode())
            self.worker.stdin.flush()
        except OSError:
            raise _Broken("LibreOffice had stopped") from None
        reply = self._read_reply(timeout)
        self.conversions += 1
        if reply.get("stage") == "bridge":
            raise _Broken(f"LibreOffice stopped during the conversion ({_one_line(reply['error'])})")
        return reply

    def _read_reply(self, timeout: float) -> dict:
        assert self.worker is not None and self.worker.stdout is not None
        fd = self.worker.stdout.fileno()
        deadline = time.monotonic() + timeout
        while b"\n" not in self._buffer:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise _Broken(f"LibreOffice took longer than {timeout:g} s")
            readable, _, _ = select.select([fd], [], [], remaining)
            if not readable:
                continue
            chunk = os.read(fd, 65536)
            if not chunk:
                raise _Broken("LibreOffice stopped unexpectedly")
            self._buffer += chunk
        line, self._buffer = self._buffer.split(b"\n", 1)
        try:
            return json.loads(line)
        except ValueError:
            raise _Broken("the LibreOffice worker sent something unreadable") from None

    def stop(self, graceful: bool = False) -> None:
        """Kill the worker and soffice; ``graceful`` first lets soffice end on SIGTERM.

        A graceful end lets LibreOffice's launcher reap soffice.bin; a hung
        converter gets SIGKILL at once, to the whole process group.
        """
        if graceful and self.office is not None and self.office.poll() is None:
            _signal_group(self.office.pid, signal.SIGTERM)
            try:
                self.office.wait(timeout=5)
            except subprocess.TimeoutExpired:
                pass
        for process in (self.worker, self.office):
            if process is None:
                continue
            # The office group even when the launcher has gone: soffice.bin may outlive it.
            if process is self.office or process.poll() is None:
                _signal_group(process.pid, signal.SIGKILL)
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                pass
            for stream in (process.stdin, process.stdout):
                if stream is not None:
                    stream.close()
        self.office = self.worker = None
        if self.profile_dir is not None:
            shutil.rmtree(self.profile_dir, ignore_errors=True)
            self.profile_dir = None


def _signal_group(pid: int, signal_number: int) -> None:
    try:
        os.killpg(pid, signal_number)
    except (ProcessLookupError, PermissionError):
        pass  # already gone


def _stop_all(converters: list[_Converter]) -> None:
    for converter in converters:
        converter.stop(graceful=True)


class ConverterPool:
    """Long-lived LibreOffice converters, one profile each, shared by many threads.

    Use as a context manager. ``convert`` blocks until a converter is free;
    ``convert_many`` keeps every converter busy. A hung or crashed converter is
    killed and restarted and the document tried once more before
    ``ConversionFailed`` is raised for it.
    """

    def __init__(self, workers: int | None = None, timeout: float = 120, pdfa: str = "2b"):
        if pdfa not in PDF_VERSIONS:
            raise ValueError(f"pdfa must be one of {', '.join(repr(k) for k in PDF_VERSIONS)}, not {pdfa!r}")
        if timeout <= 0:
            raise ValueError("timeout must be more than 0 seconds")
        if workers is not None and workers < 1:
            raise ValueError("workers must be at least 1")
        self.workers = workers or max(1, os.cpu_count() or 1)
        self.timeout = float(timeout)
        self.pdfa = pdfa
        self._pdf_version = PDF_VERSIONS[pdfa]
        self._converters: list[_Converter] = []
        self._idle: queue.Queue[_Converter] = queue.Queue()
        self._fontconfig_dir: Path | None = None
        self._finalizer: weakref.finalize | None = None
        self._closed = True

    def __enter__(self) -> ConverterPool:
        self.start()
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def start(self) -> None:
        """Launch every converter (in parallel: each takes seconds to start)."""
        soffice = find_soffice()
        uno_python = find_uno_python(soffice)
        sweep_orphans()  # LibreOffice and folders of runs that were killed
        self._fontconfig_dir = Path(tempfile.mkdtemp(prefix="recordgen-fonts-"))
        mark_owner(self._fontconfig_dir)
        fontconfig_file = write_fontconfig(self._fontconfig_dir)
        sample = self._fontconfig_dir / "warm-up.docx"
        _write_sample(sample)
        pins = _cpu_pins(self.workers)
        self._converters = [
            _Converter(soffice, uno_python, slot, fontconfig_file, (sample, self._pdf_version), pins[slot])
            for slot in range(self.workers)
        ]
        # Kill the soffice processes even if the caller forgets to close the pool.
        self._finalizer = weakref.finalize(self, _stop_all, self._converters)
        with ThreadPoolExecutor(max_workers=self.workers) as starter:
            failures = [
                exc for exc in starter.map(self._start_quietly, self._converters) if exc is not None
            ]
        if failures:
            self.close()
            raise ConversionFailed(_one_line(str(failures[0])))
        for converter in self._converters:
            self._idle.put(converter)
        self._closed = False

    @staticmethod
    def _start_quietly(converter: _Converter) -> Exception | None:
        try:
            converter.start()
        except _Broken as exc:
            return exc
        return None

    def close(self) -> None:
        self._closed = True
        _stop_all(self._converters)
        if self._fontconfig_dir is not None:
            shutil.rmtree(self._fontconfig_dir, ignore_errors=True)
            self._fontconfig_dir = None

    def convert(self, docx_path: Path | str, pdf_path: Path | str) -> None:
        """Write ``pdf_path`` from ``docx_path``; raises ConversionFailed with a plain reason."""
        if self._closed:
            raise ConversionFailed("the PDF converter pool is not running (use it in a `with` block)")
        source = Path(docx_path).resolve()
        target = Path(pdf_path).resolve()
        if not source.is_file():
            raise ConversionFailed(f"{docx_path}: no such file to convert to PDF")
        if not target.parent.is_dir():
            raise ConversionFailed(f"{pdf_path}: the folder for the PDF does not exist")
        converter = self._idle.get()
        try:
            self._convert_with_retry(converter, source, target)
        finally:
            self._idle.put(converter)

    def _convert_with_retry(self, converter: _Converter, source: Path, target: Path) -> None:
        # Same folder as the target so os.replace is atomic; hidden so no one picks up a half file.
        partial = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.partial")
        reason = ""
        try:
            for attempt in (1, 2):
                try:
                    if not converter.running or converter.conversions >= CONVERSIONS_BEFORE_RECYCLE:
                        converter.start()
                    reply = converter.convert(source, partial, self._pdf_version, self.timeout)
                except _Broken as exc:
                    reason = str(exc)
                    converter.stop()  # restarted before the next attempt or the next document
                    continue
                if not reply.get("ok"):
                    reason = _one_line(reply.get("error", ""))
                    if reply.get("stage") == "load":
                        # The document itself is unreadable; a second try would say the same.
                        raise ConversionFailed(f"{source.name}: LibreOffice could not open it ({reason})")
                    continue
                try:
                    verify_pdf(partial)
                except PdfCheckFailed as exc:
                    reason = str(exc)
                    converter.stop()
                    continue
                os.replace(partial, target)
                return
            raise ConversionFailed(f"{source.name}: PDF conversion failed twice ({_one_line(reason)})")
        finally:
            partial.unlink(missing_ok=True)
            # LibreOffice's lock file for the partial PDF, left when its export fails (a full disk).
            partial.with_name(f".~lock.{partial.name}#").unlink(missing_ok=True)

    def convert_many(
        self, pairs: Iterable[tuple[Path, Path]]
    ) -> Iterator[tuple[Path, Path, Exception | None]]:
        """Convert every (docx, pdf) pair on all converters; yields each as it finishes.

        Results come in completion order, not input order. The error is a
        ``PdfError`` for that copy (the others go on), or None on success.
        """
        with ThreadPoolExecutor(max_workers=self.workers) as executor:
            futures = {
                executor.submit(self.convert, source, target): (Path(source), Path(target))
                for source, target in pairs
            }
            try:
                for future in as_completed(futures):
                    source, target = futures[future]
                    error = future.exception()
                    if error is not None and not isinstance(error, PdfError):
                        error = ConversionFailed(f"{source.name}: {_one_line(str(error))}")
                    yield source, target, error
            finally:
                for future in futures:  # the caller stopped early: skip what has not started
                    future.cancel()


def start_pool(settings: PdfSettings, copies: int | None = None, pdfa: str | None = None) -> ConverterPool:
    """A started pool as the council's settings ask; the one place a pool is set up.

    One converter per core unless the settings say otherwise (LibreOffice is
    CPU-bound), and never more converters than there are ``copies`` to make.
    ``pdfa`` overrides the settings' PDF/A level ("" for plain PDF).
    """
    workers = settings.workers or os.cpu_count() or 1
    if copies:
        workers = min(workers, copies)
    pool = ConverterPool(workers=max(1, workers), timeout=settings.timeout_seconds,
                         pdfa=settings.pdfa if pdfa is None else pdfa)
    pool.start()
    return pool
