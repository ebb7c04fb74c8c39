"""Run each file's parser in a child process with hard limits.

A hostile file can loop pdfminer forever or make openpyxl allocate gigabytes; only limits
enforced from outside the parsing code stop that. Each file gets a forked child with
RLIMIT_AS / RLIMIT_CPU / no file writes, and a wall clock; a child that dies becomes that
file's plain-language reason, never an exception in the parent.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import resource
import signal
import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from pathlib import Path

from model.records import ExtractedFile
from parsers import parse_file
from parsers.errors import ReadError
from parsers.limits import ReadLimits


@dataclass(frozen=True)
class JobLimits:
    wall_seconds: float = 60.0
    cpu_seconds: int = 60
    memory_bytes: int = 1024 * 1024 * 1024  # address space added on top of the interpreter's
    workers: int = max(1, min(4, os.cpu_count() or 1))
    read: ReadLimits = field(default_factory=ReadLimits)


@dataclass
class ParseOutcome:
    name: str
    format: str = "unknown"
    extracted: ExtractedFile | None = None
    error: str | None = None
    seconds: float = 0.0
    debug: str | None = None  # traceback of an unexpected library error, for --verbose


def _vm_size() -> int:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmSize:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def _child(conn: Connection, path: Path, name: str, limits: JobLimits) -> None:
    cap = _vm_size() + limits.memory_bytes
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    resource.setrlimit(resource.RLIMIT_CPU, (limits.cpu_seconds, limits.cpu_seconds + 5))
    resource.setrlimit(resource.RLIMIT_FSIZE, (0, 0))  # a parser has nothing to write
    # A Pipe, not a Queue: a queue's feeder thread may not start under RLIMIT_AS.
    try:
        fmt, extracted = parse_file(path, name, limits.read)
        conn.send(("ok", fmt, extracted, None))
    except ReadError as exc:
        conn.send(("error", getattr(exc, "format", None) or "unknown", None, exc.reason))
    except MemoryError:
        conn.send(("error", "unknown", None, _memory_reason(limits)))
    except RecursionError:
        conn.send(("error", "unknown", None, "its internal structure is nested too deeply"))
    except Exception as exc:
        reason = f"the file is damaged or malformed ({type(exc).__name__})"
        conn.send(("error", "unknown", None, reason, traceback.format_exc()))
    finally:
        conn.close()


def _memory_reason(limits: JobLimits) -> str:
    return f"reading it needed more than the {limits.memory_bytes // 2**20} MiB memory limit"


@dataclass
class _Running:
    name: str
    process: mp.process.BaseProcess
    conn: Connection
    started: float


def parse_all(
    files: list[tuple[str, Path]],
    limits: JobLimits,
    on_done: Callable[[ParseOutcome, int, int], None] | None = None,
) -> list[ParseOutcome]:
    """Parse every file, ``limits.workers`` at a time; results in input order."""
    ctx = mp.get_context("fork")
    pending = list(files)
    running: dict[Connection, _Running] = {}
    results: dict[str, ParseOutcome] = {}
    while pending or running:
        while pending and len(running) < limits.workers:
            name, path = pending.pop(0)
            parent, child = ctx.Pipe(duplex=False)
            proc = ctx.Process(target=_child, args=(child, path, name, limits), daemon=True)
            proc.start()
            child.close()
            running[parent] = _Running(name, proc, parent, time.monotonic())
        for outcome in _collect(running, limits):
            results[outcome.name] = outcome
            if on_done:
                on_done(outcome, len(results), len(files))
    return [results[name] for name, _ in files]


def _collect(running: dict[Connection, _Running], limits: JobLimits) -> Iterator[ParseOutcome]:
    ready = wait(list(running), timeout=0.2)
    for conn in ready:
        job = running.pop(conn)  # type: ignore[arg-type]
        yield _finish(job, limits)
    now = time.monotonic()
    for conn, job in list(running.items()):
        if now - job.started > limits.wall_seconds:
            running.pop(conn)
            _kill(job)
            yield ParseOutcome(
                job.name,
                error=f"reading it took longer than the {limits.wall_seconds:.0f} s time limit",
                seconds=now - job.started,
            )


def _finish(job: _Running, limits: JobLimits) -> ParseOutcome:
    seconds = time.monotonic() - job.started
    try:
        message = job.conn.recv()
    except (EOFError, OSError):
        message = None
    job.process.join(timeout=5)
    job.conn.close()
    if message is None:
        return ParseOutcome(
            job.name, error=_death_reason(job.process.exitcode, limits), seconds=seconds
        )
    status, fmt, extracted, reason, *debug = message
    if status == "ok":
        return ParseOutcome(job.name, fmt, extracted, None, seconds)
    return ParseOutcome(job.name, fmt, None, reason, seconds, debug[0] if debug else None)


def _death_reason(exitcode: int | None, limits: JobLimits) -> str:
    if exitcode == -signal.SIGXCPU:
        return f"reading it used more than the {limits.cpu_seconds} s CPU limit"
    if exitcode in (-signal.SIGKILL, -signal.SIGSEGV, -signal.SIGABRT):
        return f"the reader was stopped by the system (signal {-exitcode}); likely out of memory"
    return f"the reader stopped unexpectedly (exit status {exitcode})"


def _kill(job: _Running) -> None:
    job.process.kill()
    job.process.join(timeout=5)
    job.conn.close()
