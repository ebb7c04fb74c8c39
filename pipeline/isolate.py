"""Run each file's parser in a child process with hard limits.

A hostile file can loop pdfminer forever or make openpyxl allocate gigabytes; only limits
enforced from outside the parsing code stop that. Each file gets a forked child with
RLIMIT_AS / RLIMIT_CPU / no file writes, and a wall clock; a child that dies becomes that
file's plain-language reason, never an exception in the parent.
"""

from __future__ import annotations

import faulthandler
import multiprocessing as mp
import os
import resource
import signal
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any

from preaudit.model.records import ExtractedFile
from preaudit.model.texts import Reason
from preaudit.parsers import parse_file
from preaudit.parsers.detect import detect_format, read_head
from preaudit.parsers.errors import ReadError
from preaudit.parsers.limits import ReadLimits
from preaudit.parsers.ocr import needs_ocr, share_engine
from preaudit.reports.catalogue import reader_reason


@dataclass(frozen=True)
class JobLimits:
    wall_seconds: float = 60.0
    cpu_seconds: int = 60
    memory_bytes: int = 1024 * 1024 * 1024  # address space added on top of the interpreter's
    workers: int = max(1, min(4, os.cpu_count() or 1))
    read: ReadLimits = field(default_factory=ReadLimits)
    # Files that need OCR (pictures, scanned PDFs) get their own budget instead of lifting
    # the limits for every file: more time (a page takes about 1 s of CPU, a few seconds of
    # model load per file) but, since issue 15's engine settings, no more memory. Measured
    # (bench/ocr.md): a 4-page scan reads within 256 MiB of address space above the
    # interpreter (child RSS about 0.4 GB); 1 GiB, the ordinary budget, leaves 4x headroom
    # and keeps every process well under 1 GiB RSS. Before, onnxruntime needed 1.1 GiB.
    ocr_wall_seconds: float = 600.0
    ocr_cpu_seconds: int = 600
    ocr_memory_bytes: int = 1024 * 1024 * 1024


def limits_for(path: Path, limits: JobLimits, file_format: str | None = None) -> JobLimits:
    """The file's budget: the OCR one when a cheap sniff says reading it will run OCR.

    ``file_format``: the format discovery already found (each file is sniffed once).
    """
    try:
        file_format = file_format or detect_format(read_head(path), path)  # bounded reads only
    except OSError:
        return limits  # the child will report the file; the ordinary budget is enough
    # Images need OCR by their format alone; a PDF's pages must be decoded to tell, and
    # decoding hostile content in this process has no limit (a 6 KB flate bomb took the
    # parent to 1.4 GB): that sniff runs in a jailed child of its own.
    scanned = file_format != "pdf" and needs_ocr(path, file_format)
    if file_format == "pdf":
        scanned = _sniff_jailed(path, file_format, limits)
    if not scanned:
        return limits
    return replace(
        limits,
        wall_seconds=max(limits.wall_seconds, limits.ocr_wall_seconds),
        cpu_seconds=max(limits.cpu_seconds, limits.ocr_cpu_seconds),
        memory_bytes=max(limits.memory_bytes, limits.ocr_memory_bytes),
    )


@dataclass
class ParseOutcome:
    name: str
    format: str = "unknown"
    extracted: ExtractedFile | None = None
    error: str | None = None  # plain English reason (logs, tests)
    seconds: float = 0.0
    error_zh: str | None = None  # the same reason in Chinese

    @property
    def reasons(self) -> Reason | None:
        """Why the file was not read, in both report languages; None when it was read."""
        if self.error is None:
            return None
        return Reason(self.error, self.error_zh or self.error)


def _vm_size() -> int:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmSize:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


_OCR_EXIT = 10  # exit status of a sniffing child that found a scanned page
_SNIFF_SECONDS = 20.0


def _sniff_jailed(path: Path, file_format: str, limits: JobLimits) -> bool:
    """needs_ocr for a PDF, run under the ordinary limits; any failure means "no OCR"."""
    ctx = mp.get_context("fork")
    proc = ctx.Process(target=_sniff_child, args=(path, file_format, limits), daemon=True)
    proc.start()
    proc.join(timeout=min(limits.wall_seconds, _SNIFF_SECONDS))
    if proc.exitcode is None:
        proc.kill()
        proc.join(timeout=5)
    return proc.exitcode == _OCR_EXIT


def _sniff_child(path: Path, file_format: str, limits: JobLimits) -> None:
    _jail(limits)
    try:
        scanned = needs_ocr(path, file_format)
    except BaseException:  # the reader will say why, under the ordinary budget
        scanned = False
    os._exit(_OCR_EXIT if scanned else 0)


def _jail(limits: JobLimits) -> None:
    """Limits for the current (child) process; the parent is never limited."""
    # A reader killed by a limit is reported by the parent in plain words; a C-level stack
    # dump from an inherited faulthandler (pytest enables one) would only be noise.
    faulthandler.disable()
    cap = _vm_size() + limits.memory_bytes
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    resource.setrlimit(resource.RLIMIT_CPU, (limits.cpu_seconds, limits.cpu_seconds + 5))
    resource.setrlimit(resource.RLIMIT_FSIZE, (0, 0))  # a parser has nothing to write
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))  # a crashing reader leaves no core file


# What a jailed child does with one file: parse it (the audit) or explain it (preaudit
# explain); either way (format, result), and ReadError for a file it cannot read.
# (path, display name, limits, format known from discovery or None, the package's [columns])
# -> (format, result)
FileTask = Callable[[Path, str, ReadLimits, str | None, Mapping[str, str]], tuple[str, Any]]


def _child(
    conn: Connection,
    path: Path,
    name: str,
    limits: JobLimits,
    task: FileTask | None = None,
    file_format: str | None = None,
    columns: Mapping[str, str] | None = None,
) -> None:
    _jail(limits)
    # A Pipe, not a Queue: a queue's feeder thread may not start under RLIMIT_AS.
    try:
        fmt, extracted = (task or parse_file)(path, name, limits.read, file_format, columns or {})
        conn.send(("ok", fmt, extracted, None))
    except ReadError as exc:
        conn.send(("error", "unknown", None, exc.reasons))
    except MemoryError:
        conn.send(("error", "unknown", None, _memory_reason(limits)))
    except RecursionError:
        conn.send(("error", "unknown", None, _NESTED_TOO_DEEP))
    except Exception:
        # The exception's message may quote file content (personal data): the user gets a
        # fixed sentence, never the library's text.
        conn.send(("error", "unknown", None, MALFORMED))
    finally:
        conn.close()


_NESTED_TOO_DEEP = reader_reason("read.nested_too_deep")
MALFORMED = reader_reason("read.malformed")


def _memory_reason(limits: JobLimits) -> Reason:
    return reader_reason("read.memory", mib=limits.memory_bytes // 2**20)


@dataclass
class _Running:
    name: str
    process: mp.process.BaseProcess
    conn: Connection
    started: float
    limits: JobLimits  # this file's budget (limits_for)


def parse_all(
    files: list[tuple[str, Path]],
    limits: JobLimits,
    on_done: Callable[[ParseOutcome, int, int], None] | None = None,
    task: FileTask | None = None,
    formats: Mapping[str, str] | None = None,
    columns: Mapping[str, str] | None = None,
    file_columns: Mapping[str, Mapping[str, str]] | None = None,
) -> list[ParseOutcome]:
    """Parse every file, ``limits.workers`` at a time; results in input order.

    ``formats``: each file's format by name, as discovery found it, so nothing sniffs it again;
    ``columns``: the package's ``[columns]``, handed to every reader; ``file_columns``: a
    file's own ``[columns."file"]``, over them for that file.

    ``task`` replaces the parse (``preaudit explain``); its result lands in ``extracted``.
    Without one, ``parse_file`` is looked up at call time (tests put a crashing one there).
    """
    ctx = mp.get_context("fork")
    pending = _largest_first(files)
    running: dict[Connection, _Running] = {}
    results: dict[str, ParseOutcome] = {}
    while pending or running:
        while pending and len(running) < limits.workers:
            name, path = pending.pop(0)
            known = (formats or {}).get(name) or None
            parent, child = ctx.Pipe(duplex=False)
            budget = limits_for(path, limits, known)
            if budget is not limits:  # an OCR file: its child and later ones inherit the engine
                share_engine()
            proc = ctx.Process(
                target=_child,
                args=(child, path, name, budget, task, known,
                      columns_for(name, columns, file_columns)),
                daemon=True,
            )
            proc.start()
            child.close()
            running[parent] = _Running(name, proc, parent, time.monotonic(), budget)
        for outcome in _collect(running, limits):
            results[outcome.name] = outcome
            if on_done:
                on_done(outcome, len(results), len(files))
    return [results[name] for name, _ in files]


def columns_for(
    name: str,
    columns: Mapping[str, str] | None,
    file_columns: Mapping[str, Mapping[str, str]] | None,
) -> dict[str, str]:
    """The [columns] one file is read with: the package's, and its own over them."""
    return {**(columns or {}), **(file_columns or {}).get(name, {})}


def _largest_first(files: list[tuple[str, Path]]) -> list[tuple[str, Path]]:
    """Files to start, biggest first: the longest reads start while every worker is free, and
    the small files fill the gaps at the end, so the stage ends soonest (a 200-page PDF
    started last would run alone). Size stands in for work; ties keep package order."""

    def size(item: tuple[str, Path]) -> int:
        try:
            return item[1].stat().st_size
        except OSError:  # gone or unreadable: its child reports it, and it costs nothing
            return 0

    return sorted(files, key=size, reverse=True)


def _collect(running: dict[Connection, _Running], limits: JobLimits) -> Iterator[ParseOutcome]:
    ready = wait(list(running), timeout=0.2)
    for conn in ready:
        job = running.pop(conn)  # type: ignore[arg-type]
        yield _finish(job, job.limits)
    now = time.monotonic()
    for conn, job in list(running.items()):
        wall = job.limits.wall_seconds
        if now - job.started > wall:
            running.pop(conn)
            _kill(job)
            reason = reader_reason("read.wall", seconds=f"{wall:.0f}")
            yield _failed(job.name, reason, now - job.started)


def _finish(job: _Running, limits: JobLimits) -> ParseOutcome:
    seconds = time.monotonic() - job.started
    try:
        message = job.conn.recv()
    except Exception:  # EOF, a cut-off or unpicklable message: the child died mid-send
        message = None
    job.process.join(timeout=5)
    if job.process.exitcode is None:  # sent its answer but will not exit: do not wait on it
        job.process.kill()
        job.process.join(timeout=5)
    job.conn.close()
    if message is None:
        return _failed(job.name, _death_reason(job.process.exitcode, limits), seconds)
    status, fmt, extracted, reason = message
    if status == "ok":
        return ParseOutcome(job.name, fmt, extracted, None, seconds)
    return _failed(job.name, Reason(*reason), seconds, fmt)


def _failed(name: str, reason: Reason, seconds: float, fmt: str = "unknown") -> ParseOutcome:
    return ParseOutcome(name, fmt, None, reason.en, seconds, error_zh=reason.zh)


def _death_reason(exitcode: int | None, limits: JobLimits) -> Reason:
    if exitcode == -signal.SIGXCPU:
        return reader_reason("read.cpu", seconds=limits.cpu_seconds)
    if exitcode in (-signal.SIGKILL, -signal.SIGSEGV, -signal.SIGABRT):
        return reader_reason("read.signal", signal=-exitcode)
    return reader_reason("read.exit", status=exitcode)


def _kill(job: _Running) -> None:
    job.process.kill()
    job.process.join(timeout=5)
    job.conn.close()
