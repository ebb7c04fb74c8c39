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
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any

from preaudit.model.records import ExtractedFile
from preaudit.parsers import parse_file
from preaudit.parsers.detect import detect_format, read_head
from preaudit.parsers.errors import ReadError, Reason
from preaudit.parsers.limits import ReadLimits
from preaudit.parsers.ocr import needs_ocr


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


def limits_for(path: Path, limits: JobLimits) -> JobLimits:
    """The file's budget: the OCR one when a cheap sniff says reading it will run OCR."""
    try:
        file_format = detect_format(read_head(path), path)  # bounded reads only
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
    debug: str | None = None  # traceback of an unexpected library error, for --verbose
    error_zh: str | None = None  # the same reason in Chinese

    def reason(self, lang: str) -> str | None:
        """The reason in the report's language (reports never mix languages)."""
        return self.error_zh if lang == "zh" else self.error


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
FileTask = Callable[[Path, str, ReadLimits], tuple[str, Any]]


def _child(
    conn: Connection, path: Path, name: str, limits: JobLimits, task: FileTask | None = None
) -> None:
    _jail(limits)
    # A Pipe, not a Queue: a queue's feeder thread may not start under RLIMIT_AS.
    try:
        fmt, extracted = (task or parse_file)(path, name, limits.read)
        conn.send(("ok", fmt, extracted, None))
    except ReadError as exc:
        conn.send(("error", getattr(exc, "format", None) or "unknown", None, exc.reasons))
    except MemoryError:
        conn.send(("error", "unknown", None, _memory_reason(limits)))
    except RecursionError:
        conn.send(("error", "unknown", None, _NESTED_TOO_DEEP))
    except Exception as exc:
        # The exception's message may quote file content (personal data); its type name is
        # for --verbose only, the user gets a fixed sentence.
        debug = f"{type(exc).__name__}\n{traceback.format_exc()}"
        conn.send(("error", "unknown", None, MALFORMED, debug))
    finally:
        conn.close()


_NESTED_TOO_DEEP = Reason(
    "its internal structure is nested too deeply", "文件内部结构嵌套过深，无法读取"
)
MALFORMED = Reason(
    "the file is damaged or malformed and could not be read",
    "文件已损坏或格式异常，无法读取",
)


def _memory_reason(limits: JobLimits) -> Reason:
    mib = limits.memory_bytes // 2**20
    return Reason(
        f"reading it needed more than the {mib} MiB memory limit",
        f"读取该文件所需内存超过 {mib} MiB 的上限",
    )


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
) -> list[ParseOutcome]:
    """Parse every file, ``limits.workers`` at a time; results in input order.

    ``task`` replaces the parse (``preaudit explain``); its result lands in ``extracted``.
    Without one, ``parse_file`` is looked up at call time (tests put a crashing one there).
    """
    ctx = mp.get_context("fork")
    pending = list(files)
    running: dict[Connection, _Running] = {}
    results: dict[str, ParseOutcome] = {}
    while pending or running:
        while pending and len(running) < limits.workers:
            name, path = pending.pop(0)
            parent, child = ctx.Pipe(duplex=False)
            budget = limits_for(path, limits)
            proc = ctx.Process(
                target=_child, args=(child, path, name, budget, task), daemon=True
            )
            proc.start()
            child.close()
            running[parent] = _Running(name, proc, parent, time.monotonic(), budget)
        for outcome in _collect(running, limits):
            results[outcome.name] = outcome
            if on_done:
                on_done(outcome, len(results), len(files))
    return [results[name] for name, _ in files]


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
            yield _failed(
                job.name,
                Reason(
                    f"reading it took longer than the {wall:.0f} s time limit",
                    f"读取耗时超过 {wall:.0f} 秒的时间上限",
                ),
                now - job.started,
            )


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
    status, fmt, extracted, reason, *debug = message
    if status == "ok":
        return ParseOutcome(job.name, fmt, extracted, None, seconds)
    outcome = _failed(job.name, Reason(*reason), seconds, fmt)
    outcome.debug = debug[0] if debug else None
    return outcome


def _failed(name: str, reason: Reason, seconds: float, fmt: str = "unknown") -> ParseOutcome:
    return ParseOutcome(name, fmt, None, reason.en, seconds, error_zh=reason.zh)


def _death_reason(exitcode: int | None, limits: JobLimits) -> Reason:
    if exitcode == -signal.SIGXCPU:
        return Reason(
            f"reading it used more than the {limits.cpu_seconds} s CPU limit",
            f"读取占用的 CPU 时间超过 {limits.cpu_seconds} 秒的上限",
        )
    if exitcode in (-signal.SIGKILL, -signal.SIGSEGV, -signal.SIGABRT):
        return Reason(
            f"the reader was stopped by the system (signal {-exitcode}); likely out of memory",
            f"读取程序被系统终止（信号 {-exitcode}），很可能是内存不足",
        )
    return Reason(
        f"the reader stopped unexpectedly (exit status {exitcode})",
        f"读取程序意外退出（退出状态 {exitcode}）",
    )


def _kill(job: _Running) -> None:
    job.process.kill()
    job.process.join(timeout=5)
    job.conn.close()
