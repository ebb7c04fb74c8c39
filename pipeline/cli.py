"""Command line: ``preaudit run|batch|explain|diff``. Only this module maps errors to exit codes
and prints progress; the stages below it return data and raise typed errors."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from preaudit.checks.config import ConfigError
from preaudit.model.findings import SEVERITY_ORDER, Severity
from preaudit.pipeline.batch import (
    CACHE_DIR_NAME,
    Progress,
    default_workers,
    find_packages,
    packages_per_minute,
    run_batch,
)
from preaudit.pipeline.cache import open_cache
from preaudit.pipeline.exitcodes import ExitCode, PackageError
from preaudit.pipeline.explain import draft_columns, explain_path, print_explanations
from preaudit.pipeline.run import TOOL_VERSION, RunOptions, audit, known_codes, write_outputs
from preaudit.pipeline.settings import Settings, load_settings
from preaudit.reports.pdf import PdfError

VERDICT_WORDS = {"ready": "ready", "needs_rework": "needs rework", "not_ready": "not ready"}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="preaudit",
        description="Pre-audit an after-sales service certification package (GB/T 27922).",
    )
    parser.add_argument("--version", action="version", version=f"preaudit {TOOL_VERSION}")
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run", help="audit one package (a folder or a .zip)")
    run.add_argument("package", type=Path, help="the applicant package: a folder or a .zip")
    run.add_argument("--out", type=Path, required=True, help="folder for the three reports")
    run.add_argument(
        "--as-of",
        type=_iso_date,
        help="application date YYYY-MM-DD (default: the manifest's as_of, else today)",
    )
    run.add_argument("--lang", choices=("zh", "en"), default="zh", help="report language")
    run.add_argument(
        "--no-mask",
        action="store_true",
        help="show names and phone numbers unmasked (authorised auditors only)",
    )
    run.add_argument(
        "--config", type=Path, help="TOML file with [thresholds], [severity] and [limits]"
    )
    run.add_argument(
        "--fail-on",
        choices=("major", "minor"),
        help="exit 1 when a finding of this severity or worse is found",
    )
    run.add_argument("--workers", type=int, default=None, help="files parsed at once")
    run.add_argument("--quiet", action="store_true", help="no progress lines")
    run.add_argument("--cache", type=Path, help="reuse parses of unchanged files (private folder)")
    run.add_argument("--pdf", action="store_true", help="also write report.pdf (needs Chromium)")
    add_batch_parser(commands, _iso_date)
    explain = commands.add_parser(
        "explain", help="show how each table of a file or package is read (before [columns])"
    )
    explain.add_argument("target", type=Path, help="a file, a package folder or a .zip")
    explain.add_argument("--json", action="store_true", help="machine-readable output")
    explain.add_argument(
        "--draft-columns",
        action="store_true",
        help="print a commented [columns] table of every header, to edit into application.toml",
    )
    explain.add_argument(
        "--config", type=Path, help="TOML file with [limits] (as for run)"
    )
    add_diff_parser(commands)
    add_render_parser(commands)
    _add_portal_parsers(commands)
    return parser


def add_diff_parser(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    diff = commands.add_parser("diff", help="findings fixed, new and still open between reports")
    diff.add_argument("old", type=Path, help="the earlier round's report.json")
    diff.add_argument("new", type=Path, help="the later round's report.json")
    diff.add_argument("--out", type=Path, help="folder for diff.html/.json (default: NEW's)")


def add_render_parser(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    render = commands.add_parser(
        "render", help="write a report.json's reports again in another language (no re-audit)"
    )
    render.add_argument("report", type=Path, help="a report.json written by preaudit run")
    render.add_argument("--lang", choices=("zh", "en"), required=True, help="report language")
    render.add_argument("--out", type=Path, required=True, help="folder for the reports")
    render.add_argument("--no-mask", action="store_true", help="as for run")
    render.add_argument("--pdf", action="store_true", help="also write report.pdf (as for run)")


# The portal sits above the pipeline (import-linter layers), and its web stack is an optional
# extra: its commands are parsed here but imported only when run.
PORTAL_COMMANDS = ("serve", "users")
PORTAL_EXTRA = 'the portal needs its extra: pip install -e ".[portal]"'


def _add_portal_parsers(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    try:
        from preaudit.portal.cli import add_portal_parsers
    except ImportError:  # listed in --help all the same; main() explains before parsing
        for name in PORTAL_COMMANDS:
            commands.add_parser(name, help=PORTAL_EXTRA)
        return
    add_portal_parsers(commands)


def _portal_missing() -> str | None:
    """The missing module's name when the portal extra is not installed."""
    try:
        import preaudit.portal.cli  # noqa: F401
    except ImportError as exc:
        return exc.name or "portal"
    return None


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date like 2026-11-20: {text!r}") from exc


def main(argv: list[str] | None = None) -> int:
    words = sys.argv[1:] if argv is None else argv
    if words and words[0] in PORTAL_COMMANDS and (missing := _portal_missing()):
        print(f"preaudit: {PORTAL_EXTRA} ({missing} is missing)", file=sys.stderr)
        return ExitCode.USAGE_OR_UNREADABLE_PACKAGE
    args = build_parser().parse_args(argv)
    if args.command in PORTAL_COMMANDS:
        return _portal(args)
    if args.command == "diff":
        return _diff(args)
    try:
        return _run(args)  # batch too: the same options, then batch_command
    except (PackageError, ConfigError) as exc:
        print(f"preaudit: {exc}", file=sys.stderr)
        return ExitCode.USAGE_OR_UNREADABLE_PACKAGE
    except PdfError as exc:  # the other three reports are written by then
        written = "report.json, report.html and findings.xlsx were written"
        print(f"preaudit: {exc}; {written}", file=sys.stderr)
        return ExitCode.USAGE_OR_UNREADABLE_PACKAGE
    except KeyboardInterrupt:
        print("preaudit: interrupted", file=sys.stderr)
        return ExitCode.INTERRUPTED
    except BrokenPipeError:
        _silence_stdout()
        return ExitCode.BROKEN_PIPE
    except Exception:
        traceback.print_exc()
        print(
            "preaudit: internal error — please report it with the traceback above", file=sys.stderr
        )
        return ExitCode.INTERNAL_ERROR


def _silence_stdout() -> None:
    """The reader of stdout has gone (a pager or head quit): what is left to print goes
    nowhere, and the interpreter's last flush must not raise a second time."""
    # ValueError/OSError: stdout replaced by something without a descriptor (tests, wrappers)
    with contextlib.suppress(OSError, ValueError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _explain(args: argparse.Namespace) -> int:
    if not args.target.exists():
        raise PackageError(f"{args.target} does not exist")
    settings = load_settings(args.config, known_codes())
    outcomes = explain_path(args.target, settings.job, settings.archive)
    if args.draft_columns:
        # a package's draft names each file's headers in its own table (decision 218)
        package = args.target.is_dir() or args.target.suffix.lower() == ".zip"
        sys.stdout.write(draft_columns(outcomes, by_file=package))
    else:
        print_explanations(outcomes, sys.stdout, args.json)
    return ExitCode.OK


def _portal(args: argparse.Namespace) -> int:
    from preaudit.portal.cli import serve_command, users_command

    return serve_command(args) if args.command == "serve" else users_command(args)


def _diff(args: argparse.Namespace) -> int:
    import json

    from preaudit.reports.diff import diff_reports, write_diff

    try:
        old, new = (json.loads(p.read_text(encoding="utf-8")) for p in (args.old, args.new))
    except (OSError, ValueError) as exc:
        print(f"preaudit: cannot read a report.json: {exc}", file=sys.stderr)
        return ExitCode.USAGE_OR_UNREADABLE_PACKAGE
    if not (isinstance(old, dict) and isinstance(new, dict)):
        print("preaudit: a report.json must hold an object", file=sys.stderr)
        return ExitCode.USAGE_OR_UNREADABLE_PACKAGE
    diff = diff_reports(old, new)
    out = args.out or args.new.parent
    write_diff(diff, out)
    counts = diff["counts"]
    print(
        f"{counts['fixed']} fixed, {counts['new']} new, {counts['still_open']} still open "
        f"→ {out / 'diff.html'}"
    )
    return ExitCode.OK


def _render(args: argparse.Namespace) -> int:
    import json

    from preaudit.reports.catalogue import NotRenderable, rerender

    try:
        report = rerender(json.loads(args.report.read_text(encoding="utf-8")), args.lang)
        write_outputs(report, args.out, mask=not args.no_mask, pdf=args.pdf)
    except (OSError, ValueError) as exc:  # NotRenderable is a ValueError, as is bad JSON
        reason = exc if isinstance(exc, NotRenderable) else f"cannot read a report.json: {exc}"
        print(f"preaudit: {reason}", file=sys.stderr)
        return ExitCode.USAGE_OR_UNREADABLE_PACKAGE
    print(f"{report['package']}: reports in {args.lang} → {args.out}")
    return ExitCode.OK


def _run(args: argparse.Namespace) -> int:
    if args.command == "explain":
        return _explain(args)
    if args.command == "render":  # here, so a PdfError is reported as for run
        return _render(args)
    settings = load_settings(args.config, known_codes())  # the one read of --config
    if args.command == "batch":
        return batch_command(args, settings)
    if args.workers:
        settings = replace(settings, job=replace(settings.job, workers=max(1, args.workers)))
    options = _options(args, settings, args.cache)
    result = audit(args.package, args.out, options)
    for warning in result.warnings:
        print(f"preaudit: warning: {warning}", file=sys.stderr)
    report = result.report
    counts = report["counts"]
    unverified = sum(1 for r in report["readiness"] if r["state"] == "not_verified")
    print(
        f"{report['package']}: {VERDICT_WORDS[report['verdict']]} — "
        f"{counts['major']} major, {counts['minor']} minor, {counts['observation']} observation"
        f"{f', {unverified} requirement(s) not verified' if unverified else ''} → {args.out}"
    )
    if args.fail_on and _fails(result.findings, Severity(args.fail_on)):
        return ExitCode.FAIL_ON
    return ExitCode.OK


def _options(args: argparse.Namespace, settings: Settings, cache_dir: Path | None) -> RunOptions:
    """The run's options, made once from the command line (run and batch share them)."""
    return RunOptions(
        as_of=args.as_of,
        lang=args.lang,
        mask=not args.no_mask,
        settings=settings,
        progress=None if args.quiet else _print_progress,
        cache=open_cache(cache_dir, settings.job.read, TOOL_VERSION) if cache_dir else None,
        pdf=getattr(args, "pdf", False),  # `run` only; batch has no --pdf
    )


def _print_progress(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


def _fails(findings: list, threshold: Severity) -> bool:  # type: ignore[type-arg]
    return any(SEVERITY_ORDER[f.severity] <= SEVERITY_ORDER[threshold] for f in findings)


# preaudit batch ---------------------------------------------------------------------------


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


def batch_command(args: Any, settings: Settings) -> int:
    """Run ``preaudit batch``; 0 when the summary is written, 130 when interrupted."""
    cache_dir = None if args.no_cache else args.cache or args.out / CACHE_DIR_NAME
    options = _options(args, settings, cache_dir)
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
        return ExitCode.INTERRUPTED
    return ExitCode.OK


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


if __name__ == "__main__":
    sys.exit(main())
