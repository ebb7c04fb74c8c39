"""Command line: ``preaudit run PACKAGE --out DIR``. Only this module maps errors to exit codes."""

from __future__ import annotations

import argparse
import sys
import traceback
from datetime import date
from pathlib import Path

from preaudit.checks.config import ConfigError, load_config
from preaudit.model.findings import SEVERITY_ORDER, Severity
from preaudit.pipeline.batch import add_batch_parser, batch_command
from preaudit.pipeline.cache import open_cache
from preaudit.pipeline.exitcodes import ExitCode, PackageError
from preaudit.pipeline.explain import explain_path, print_explanations
from preaudit.pipeline.limits_config import load_limits
from preaudit.pipeline.run import TOOL_VERSION, RunOptions, audit, known_codes
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
    run.add_argument("--verbose", action="store_true", help="tracebacks of reader errors")
    run.add_argument("--cache", type=Path, help="reuse parses of unchanged files (private folder)")
    run.add_argument("--pdf", action="store_true", help="also write report.pdf (needs Chromium)")
    add_batch_parser(commands, _iso_date)
    explain = commands.add_parser(
        "explain", help="show how each table of a file or package is read (before [columns])"
    )
    explain.add_argument("target", type=Path, help="a file, a package folder or a .zip")
    explain.add_argument("--json", action="store_true", help="machine-readable output")
    explain.add_argument(
        "--config", type=Path, help="TOML file with [limits] (as for run)"
    )
    add_diff_parser(commands)
    _add_portal_parsers(commands)
    return parser


def add_diff_parser(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    diff = commands.add_parser("diff", help="findings fixed, new and still open between reports")
    diff.add_argument("old", type=Path, help="the earlier round's report.json")
    diff.add_argument("new", type=Path, help="the later round's report.json")
    diff.add_argument("--out", type=Path, help="folder for diff.html/.json (default: NEW's)")


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
        return 130
    except Exception:
        traceback.print_exc()
        print(
            "preaudit: internal error — please report it with the traceback above", file=sys.stderr
        )
        return ExitCode.INTERNAL_ERROR


def _explain(args: argparse.Namespace) -> int:
    if not args.target.exists():
        raise PackageError(f"{args.target} does not exist")
    limits = load_limits(args.config)
    outcomes = explain_path(args.target, limits.job, limits.archive)
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


def _run(args: argparse.Namespace) -> int:
    if args.command == "explain":
        return _explain(args)
    options = RunOptions(
        as_of=args.as_of,
        lang=args.lang,
        mask=not args.no_mask,
        config=load_config(args.config, known_codes()),
        pdf=getattr(args, "pdf", False),  # `run` only; batch has no --pdf
    )
    limits = load_limits(args.config)  # the same file's [limits] table
    options.limits, options.archive_limits = limits.job, limits.archive
    if args.command == "batch":
        return batch_command(args, options)
    if args.cache:
        options.cache = open_cache(args.cache, options.limits.read, TOOL_VERSION)
    if args.workers:
        from dataclasses import replace

        options.limits = replace(options.limits, workers=max(1, args.workers))
    if not args.quiet:
        options.progress = lambda line: print(line, file=sys.stderr, flush=True)
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


def _fails(findings: list, threshold: Severity) -> bool:  # type: ignore[type-arg]
    return any(SEVERITY_ORDER[f.severity] <= SEVERITY_ORDER[threshold] for f in findings)


if __name__ == "__main__":
    sys.exit(main())
