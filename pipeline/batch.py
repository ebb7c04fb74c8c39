"""``preaudit batch``: audit every package in a folder, several at a time.

Parallel by package, not by file: each package is one task in a worker process (a local
process pool, or a Dask cluster), and inside it files are parsed one at a time
(JobLimits.workers = 1) so two levels of parallelism never fight for the same cores.
A package's reports are written into a hidden staging folder and renamed into place when
complete, so an interrupted batch leaves finished report folders intact and no half-written
one. One failing package is a row with verdict "error"; it never stops the batch.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import re
import shutil
import signal
import sys
import time
import traceback
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from preaudit.checks.config import ConfigError
from preaudit.pipeline.exitcodes import PackageError
from preaudit.pipeline.run import RunOptions, audit
from preaudit.reports.batch import write_summary_csv, write_summary_html

CACHE_DIR_NAME = ".cache"
_STAGING_PREFIX = ".partial-"
_UNSAFE = re.compile(r"[^\w.\-]+")  # \w keeps Chinese names readable
_NAME_LIMIT = 80


@dataclass(frozen=True)
class BatchTask:
    package: Path
    name: str  # the package's own name, as shown in the summary
    folder: str  # the report folder's name under the output folder (safe, unique)
    out_root: Path

    @property
    def out_dir(self) -> Path:
        return self.out_root / self.folder

    @property
    def staging(self) -> Path:
        return self.out_root / f"{_STAGING_PREFIX}{self.folder}"


@dataclass
class BatchResult:
    rows: list[dict[str, Any]] = field(default_factory=list)
    interrupted: bool = False
    seconds: float = 0.0

    @property
    def per_minute(self) -> float:
        """Packages finished per minute of the whole batch (set-up and summary included)."""
        return packages_per_minute(len(self.rows), self.seconds)


def packages_per_minute(packages: int, seconds: float) -> float:
    return packages * 60 / max(seconds, 1e-6)


Progress = Callable[[dict[str, Any]], None]


def find_packages(source: Path, out_root: Path | None = None) -> list[Path]:
    """Sub-folders and .zip files of ``source``, sorted; hidden entries and links skipped."""
    if not source.is_dir():
        raise PackageError(f"not a folder of packages: {source}")
    skip = out_root.resolve() if out_root is not None and out_root.exists() else None
    found = []
    for entry in sorted(source.iterdir()):
        if entry.name.startswith(".") or entry.is_symlink():
            continue
        if (entry.is_dir() and entry.resolve() != skip) or (
            entry.is_file() and entry.suffix.lower() == ".zip"
        ):
            found.append(entry)
    return found


def report_folder_name(package_name: str, taken: set[str]) -> str:
    """A folder name derived from the package's: one path segment, never hidden, unique."""
    stem = package_name[:-4] if package_name.lower().endswith(".zip") else package_name
    name = _UNSAFE.sub("_", stem).strip("._-")[:_NAME_LIMIT] or "package"
    candidate, number = name, 2
    while candidate.casefold() in taken:  # case-insensitive file systems exist
        candidate, number = f"{name}-{number}", number + 1
    taken.add(candidate.casefold())
    return candidate


def plan(packages: list[Path], out_root: Path) -> list[BatchTask]:
    taken: set[str] = set()
    return [
        BatchTask(path, path.name, report_folder_name(path.name, taken), out_root)
        for path in packages
    ]


def audit_package(task: BatchTask, options: RunOptions) -> dict[str, Any]:
    """Audit one package into its report folder; never raises (a failure is an error row)."""
    clock = time.perf_counter()
    row: dict[str, Any] = {"package": task.name, "verdict": "error", "report": None}
    try:
        _remove(task.staging)
        result = audit(task.package, task.staging, options)
        _publish(task.staging, task.out_dir)
        row.update(_row_of(result.report), report=task.folder)
    except (PackageError, ConfigError) as exc:
        row["error"] = str(exc)
    except Exception as exc:  # a bug in one package must not stop the batch
        row["error"] = f"internal error ({type(exc).__name__}): {exc}"
        row["traceback"] = traceback.format_exc()
    finally:
        _remove(task.staging)
    row["seconds"] = time.perf_counter() - clock
    return row


def _row_of(report: dict[str, Any]) -> dict[str, Any]:
    counts = report.get("counts") or {}
    summary = report.get("summary") or {}
    return {
        "verdict": report.get("verdict"),
        "major": counts.get("major", 0),
        "minor": counts.get("minor", 0),
        "observation": counts.get("observation", 0),
        # why a package without a minor finding may still need rework (requirement keys)
        "not_verified": " ".join(
            str(r.get("requirement"))
            for r in report.get("readiness") or []
            if isinstance(r, dict) and r.get("state") == "not_verified"
        ),
        "qualifying_work_orders": (summary.get("work_orders") or {}).get("qualifying"),
        "survey_responses": (summary.get("survey") or {}).get("responses"),
        "files": len(report.get("documents") or []),
    }


def _publish(staging: Path, final: Path) -> None:
    """Swap the finished staging folder into place (a rename: all or nothing)."""
    if final.exists():
        old = final.with_name(f"{_STAGING_PREFIX}old-{final.name}")
        _remove(old)
        final.rename(old)
        staging.rename(final)
        _remove(old)
    else:
        staging.rename(final)


def _remove(path: Path) -> None:
    shutil.rmtree(path, ignore_errors=True)


def run_batch(
    source: Path,
    out_root: Path,
    options: RunOptions,
    *,
    workers: int,
    dask: str | None = None,
    progress: Progress | None = None,
) -> BatchResult:
    """Audit every package in ``source``; write summary.csv and summary.html in ``out_root``."""
    started = time.perf_counter()
    packages = find_packages(source, out_root)
    if not packages:
        raise PackageError(f"no packages (sub-folders or .zip files) in {source}")
    out_root.mkdir(parents=True, exist_ok=True)
    tasks = plan(packages, out_root)
    # Inside a package, one file at a time: the batch already fills the cores.
    options = replace(options, limits=replace(options.limits, workers=1), progress=None)
    result = BatchResult()

    def on_row(row: dict[str, Any]) -> None:
        result.rows.append(row)
        if progress:
            progress(row)

    try:
        if dask:
            result.interrupted = _run_dask(tasks, options, dask, workers, on_row)
        else:
            result.interrupted = _run_local(tasks, options, workers, on_row)
    finally:
        for task in tasks:  # what an interrupted worker left half-done
            _remove(task.staging)
    result.seconds = time.perf_counter() - started
    write_summary(result.rows, out_root, seconds=result.seconds)
    return result


def write_summary(rows: list[dict[str, Any]], out_root: Path, *, seconds: float) -> None:
    ordered = sorted(rows, key=lambda row: str(row["package"]))
    write_summary_csv(ordered, out_root / "summary.csv")
    write_summary_html(
        ordered,
        out_root / "summary.html",
        title="preaudit batch summary",
        seconds=seconds,
        per_minute=packages_per_minute(len(rows), seconds),
    )


# Local process pool ----------------------------------------------------------------------


def _worker_init() -> None:
    # Ctrl-C reaches the whole process group: only the parent decides what happens then.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # The pool's worker loop catches BaseException, so SystemExit would only end the current
    # task: on SIGTERM stop this worker's per-file children and leave at once.
    signal.signal(signal.SIGTERM, _terminate_worker)


def _terminate_worker(*_: object) -> None:
    for child in mp.active_children():
        child.kill()
    os._exit(128 + signal.SIGTERM)


def _run_local(tasks: list[BatchTask], options: RunOptions, workers: int, on_row: Progress) -> bool:
    """Run the tasks in a process pool; True when interrupted by Ctrl-C."""
    # forkserver: workers start from a clean, single-threaded server (no inherited progress
    # thread or locks), and they are not daemonic, so they may fork per-file children.
    context = mp.get_context("forkserver")
    context.set_forkserver_preload(["preaudit.pipeline.batch"])
    pool = ProcessPoolExecutor(max(1, workers), mp_context=context, initializer=_worker_init)
    futures: dict[Future[dict[str, Any]], BatchTask] = {
        pool.submit(audit_package, task, options): task for task in tasks
    }
    seen: set[Future[dict[str, Any]]] = set()
    try:
        for future in as_completed(futures):
            seen.add(future)
            on_row(_result_or_error(future, futures[future]))
        return False
    except KeyboardInterrupt:
        _stop_pool(pool, futures)
        # A package that finished while we were stopping is kept (its folder is complete).
        for future, task in futures.items():
            if future not in seen and future.done() and not future.cancelled():
                row = _result_or_error(future, task)
                if row.get("report"):
                    on_row(row)
        return True
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _result_or_error(future: Future[dict[str, Any]], task: BatchTask) -> dict[str, Any]:
    try:
        return future.result()
    except Exception as exc:  # the worker died (killed, out of memory): that package failed
        reason = f"the worker process stopped ({type(exc).__name__}: {exc})"
        return {"package": task.name, "verdict": "error", "report": None, "error": reason}


def _stop_pool(pool: ProcessPoolExecutor, futures: dict[Future[Any], BatchTask]) -> None:
    for future in futures:
        future.cancel()
    processes = list((getattr(pool, "_processes", None) or {}).values())
    for process in processes:
        if process.is_alive():
            process.terminate()
    for process in processes:
        process.join(timeout=10)


# Dask -----------------------------------------------------------------------------------


def _run_dask(
    tasks: list[BatchTask], options: RunOptions, address: str, workers: int, on_row: Progress
) -> bool:
    """The same tasks on a Dask cluster ('local': a LocalCluster here); True when interrupted."""
    try:
        import dask
        from distributed import Client, LocalCluster
        from distributed import as_completed as dask_completed
    except ImportError as exc:
        raise PackageError("--dask needs the optional extra: pip install 'preaudit[dask]'") from exc
    with _dask_client(dask, Client, LocalCluster, address, workers) as client:
        futures = [
            client.submit(audit_package, task, options, pure=False, key=f"preaudit-{n}")
            for n, task in enumerate(tasks)
        ]
        by_key = {future.key: task for future, task in zip(futures, tasks, strict=True)}
        try:
            for future in dask_completed(futures):
                on_row(_dask_result(future, by_key[future.key]))
            return False
        except KeyboardInterrupt:
            client.cancel(futures)
            return True


def _dask_result(future: Any, task: BatchTask) -> dict[str, Any]:
    try:
        return future.result()
    except Exception as exc:  # a worker lost mid-task, or the task raised on the worker
        reason = f"the Dask task failed ({type(exc).__name__}: {exc})"
        return {"package": task.name, "verdict": "error", "report": None, "error": reason}


@contextmanager
def _dask_client(
    dask: Any, client_type: Any, cluster_type: Any, address: str, workers: int
) -> Iterator[Any]:
    if address != "local":
        client = client_type(address)
        try:
            yield client
        finally:
            client.close()
        return
    # Non-daemonic workers may fork, so per-file isolation stays on (see run._parse_files).
    with (
        dask.config.set({"distributed.worker.daemon": False}),
        cluster_type(
            n_workers=max(1, workers), threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        client_type(cluster) as client,
    ):
        yield client


def default_workers() -> int:
    return max(1, os.cpu_count() or 1)


# Command line ---------------------------------------------------------------------------


def add_batch_parser(commands: Any, iso_date: Callable[[str], Any]) -> None:
    batch = commands.add_parser("batch", help="audit every package (sub-folder or .zip) in DIR")
    batch.add_argument("source", type=Path, metavar="DIR", help="folder of packages")
    batch.add_argument("--out", type=Path, required=True, help="one report folder per package")
    batch.add_argument(
        "--workers", type=int, default=default_workers(), help="packages audited at once"
    )
    cache = batch.add_mutually_exclusive_group()
    cache.add_argument(
        "--cache", type=Path, help=f"parse cache folder (default OUT/{CACHE_DIR_NAME})"
    )
    cache.add_argument("--no-cache", action="store_true", help="parse every file afresh")
    batch.add_argument(
        "--dask",
        metavar="ADDRESS",
        help="run on a Dask cluster (tcp://host:8786) or 'local' instead of the process pool",
    )
    batch.add_argument("--as-of", type=iso_date, help="application date YYYY-MM-DD for all")
    batch.add_argument("--lang", choices=("zh", "en"), default="zh", help="report language")
    batch.add_argument("--no-mask", action="store_true", help="show personal data unmasked")
    batch.add_argument(
        "--config", type=Path, help="TOML file with [thresholds], [severity], [limits]"
    )
    batch.add_argument("--quiet", action="store_true", help="no progress bar")


def batch_command(args: Any, options: RunOptions) -> int:
    """Run ``preaudit batch``; 0 when the summary is written, 130 when interrupted."""
    from preaudit.pipeline.cache import open_cache
    from preaudit.pipeline.run import TOOL_VERSION

    if not args.no_cache:
        cache_dir = args.cache or args.out / CACHE_DIR_NAME
        options.cache = open_cache(cache_dir, options.limits.read, TOOL_VERSION)
    with _progress_bar(args.source, args.out, quiet=args.quiet) as advance:
        result = run_batch(
            args.source,
            args.out,
            options,
            workers=max(1, args.workers),
            dask=args.dask,
            progress=advance,
        )
    errors = sum(1 for row in result.rows if row.get("verdict") == "error")
    print(
        f"{len(result.rows)} package(s) audited in {result.seconds:.1f} s "
        f"({result.per_minute:.1f} packages/min), {errors} error(s) → {args.out / 'summary.html'}"
    )
    if result.interrupted:
        print("preaudit: interrupted; finished reports kept", file=sys.stderr)
        return 130
    return 0


@contextmanager
def _progress_bar(source: Path, out_root: Path, *, quiet: bool) -> Iterator[Progress]:
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )
    from rich.progress import Progress as RichProgress

    total = len(find_packages(source, out_root)) if source.is_dir() else 0
    bar = RichProgress(
        TextColumn("packages"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]}"),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        disable=quiet,
    )
    started, files, done = time.perf_counter(), 0, 0
    with bar:
        job = bar.add_task("packages", total=total, rate="")

        def advance(row: dict[str, Any]) -> None:
            nonlocal files, done
            files, done = files + int(row.get("files") or 0), done + 1
            seconds = max(time.perf_counter() - started, 1e-6)
            per_minute = packages_per_minute(done, seconds)
            bar.update(
                job, advance=1, rate=f"{per_minute:.1f} packages/min, {files / seconds:.1f} files/s"
            )

        yield advance
