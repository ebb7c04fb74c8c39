"""One audit, as named stages: discover → parse → build frames → check → report."""

from __future__ import annotations

import hashlib
import importlib.metadata
import multiprocessing
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from preaudit.checks.codes import CODES
from preaudit.checks.context import CheckContext, make_frame
from preaudit.checks.readiness import assess, found_in
from preaudit.checks.rules import run_checks
from preaudit.checks.summary import build_summary, callback_sample
from preaudit.model.findings import Finding, Severity, verdict_of
from preaudit.model.package import DocStatus, DocumentEntry, Manifest
from preaudit.model.records import OTHER_DOCUMENT, RECORD_DOC_KINDS, UNPROVEN_RECORDS, RecordKind
from preaudit.model.report import (
    ColumnStatement,
    DocumentStatement,
    Report,
    Statements,
    finding_dict,
)
from preaudit.model.texts import Note
from preaudit.parsers import parse_file
from preaudit.parsers.errors import ReadError
from preaudit.pipeline import cache as parse_cache
from preaudit.pipeline.discover import Package, PackageFile, discover
from preaudit.pipeline.exitcodes import PackageError
from preaudit.pipeline.isolate import MALFORMED, JobLimits, ParseOutcome, columns_for, parse_all
from preaudit.pipeline.manifest import MANIFEST_NAME, read_manifest
from preaudit.pipeline.settings import Settings
from preaudit.reports.catalogue import localise, reader_reason
from preaudit.reports.html import write_html
from preaudit.reports.json_report import write_json
from preaudit.reports.pdf import write_pdf
from preaudit.reports.xlsx import write_findings_xlsx

TOOL_VERSION = importlib.metadata.version("preaudit")  # one place: pyproject.toml
SCHEMA_VERSION = "1"


@dataclass(frozen=True)
class RunOptions:
    """How to run one audit: made once by the caller (cli, batch, portal), never changed."""

    as_of: date | None = None
    lang: str = "zh"
    mask: bool = True
    settings: Settings = field(default_factory=Settings)  # the --config file, validated
    progress: Callable[[str], None] | None = None
    cache: parse_cache.ParseCache | None = None  # opt-in content-hash cache of parsed files
    pdf: bool = False  # also print report.pdf (needs Chromium)


@dataclass
class RunResult:
    report: Report
    findings: list[Finding]
    out_dir: Path
    timings: dict[str, float]
    warnings: list[str]


def audit(package_path: Path, out_dir: Path, options: RunOptions) -> RunResult:
    """Audit one package and write report.json, report.html and findings.xlsx."""
    timings: dict[str, float] = {}
    clock = time.perf_counter()
    package = discover(package_path, options.settings.archive)
    try:
        manifest, warnings = read_manifest(package.manifest_path)
        warnings += _leave_out_own_output(package, out_dir)
        timings["discover"] = time.perf_counter() - clock
        clock = time.perf_counter()
        documents, outcomes = _parse(package, manifest, options, timings)
        warnings += name_materials(documents, manifest.documents)
        warnings += _columns_of_no_file(documents, manifest.file_columns)
        timings["parse"] = time.perf_counter() - clock
    finally:
        package.close()
    clock = time.perf_counter()
    as_of = options.as_of or manifest.as_of or date.today()
    ctx = _context(documents, outcomes, manifest, as_of, options)
    timings["checks.frames"] = time.perf_counter() - clock
    findings = run_checks(ctx)
    timings["checks.rules"] = time.perf_counter() - clock - timings["checks.frames"]
    report = assemble_report(package.name, ctx, findings, package_key(documents), options.lang)
    timings["checks"] = time.perf_counter() - clock
    clock = time.perf_counter()
    write_outputs(report, out_dir, mask=options.mask, pdf=options.pdf, timings=timings)
    timings["report"] = time.perf_counter() - clock
    return RunResult(report, findings, out_dir, timings, warnings)


def package_key(documents: list[DocumentEntry]) -> str:
    """The package's content hash (seeds the callback sample): its files' digests, sorted."""
    return hashlib.sha256("".join(sorted(d.sha256 for d in documents)).encode()).hexdigest()


def _leave_out_own_output(package: Package, out_dir: Path) -> list[str]:
    """Files under ``--out`` inside the package, and reports of ours copied anywhere into it
    (known by their generator mark), are never evidence.

    A consultant who writes the report into the package folder, or files last round's
    findings.xlsx with the evidence, and runs again would otherwise have it audited as a
    document (and a ready package turn needs_rework).
    """
    out = out_dir.resolve()
    under_out, marked, kept = [], [], []
    for item in package.files:
        if item.path is not None and item.path.resolve().is_relative_to(out):
            under_out.append(item)
        elif item.ours:
            marked.append(item)
        else:
            kept.append(item)
    package.files = kept
    warnings = []
    if under_out:
        warnings.append(
            f"{len(under_out)} file(s) under the output folder {out_dir} were not audited "
            "(our reports)"
        )
    if marked:
        names = ", ".join(f.name for f in marked)
        warnings.append(f"{len(marked)} report(s) written by preaudit were not audited: {names}")
    return warnings


def _parse(
    package: Package, manifest: Manifest, options: RunOptions, timings: dict[str, float]
) -> tuple[list[DocumentEntry], dict[str, ParseOutcome]]:
    """Parse every file, with the headers the applicant mapped ([columns], per file or not)."""
    identified = [f for f in package.files if f.path is not None]
    readable = [(f.name, f.path) for f in identified]
    digests = {f.name: f.sha256 for f in identified}
    formats = {f.name: f.format for f in identified}
    # [columns] change what a parse returns
    salt = repr((sorted(manifest.columns.items()),
                 sorted((k, sorted(v.items())) for k, v in manifest.file_columns.items())))
    cached, keys = parse_cache.lookup(options.cache, digests, salt)
    to_parse = [(name, path) for name, path in readable if name not in cached]

    def report_progress(outcome: ParseOutcome, done: int, total: int) -> None:
        if options.progress:
            state = (
                outcome.error
                or f"{outcome.extracted.record_count if outcome.extracted else 0} records"
            )
            options.progress(f"[{done}/{total}] {outcome.name}: {state} ({outcome.seconds:.1f} s)")

    parsed = _parse_files(to_parse, formats, manifest, options, report_progress)  # type: ignore[arg-type]
    parse_cache.store(options.cache, parsed, keys)
    _time_formats(parsed, len(cached), timings)
    outcomes = {**cached, **{o.name: o for o in parsed}}
    documents = [_document_entry(f, outcomes.get(f.name)) for f in package.files]
    return documents, outcomes


def _parse_files(
    files: list[tuple[str, Path]],
    formats: dict[str, str],
    manifest: Manifest,
    options: RunOptions,
    on_done: Callable[..., None],
) -> list[ParseOutcome]:
    limits = options.settings.job
    if not multiprocessing.current_process().daemon:
        return parse_all(files, limits, on_done, formats=formats, columns=manifest.columns,
                         file_columns=manifest.file_columns)
    # A daemonic process (a Dask worker under its nanny) may not fork children: parse here,
    # without the per-file limits, and say so.
    if options.progress:
        options.progress(f"preaudit: warning: {_NO_ISOLATION}")
    return [
        _parse_in_process(name, path, limits, formats.get(name),
                          columns_for(name, manifest.columns, manifest.file_columns))
        for name, path in files
    ]


_NO_ISOLATION = (
    "per-file isolation is off: this process is daemonic (e.g. a Dask worker started without "
    "DASK_DISTRIBUTED__WORKER__DAEMON=False) and may not fork, so files are parsed in-process "
    "without the memory, CPU and time limits"
)


def _parse_in_process(
    name: str,
    path: Path,
    limits: JobLimits,
    file_format: str | None = None,
    columns: dict[str, str] | None = None,
) -> ParseOutcome:
    clock = time.perf_counter()
    try:
        fmt, extracted = parse_file(path, name, limits.read, file_format or None, columns)
        outcome = ParseOutcome(name, fmt, extracted)
    except ReadError as exc:
        outcome = ParseOutcome(name, "unknown", None, exc.reason)
        outcome.error_zh = exc.reason_zh
    except (Exception, MemoryError, RecursionError):  # library errors are diverse: one file,
        # not the batch, pays for them (the isolated path maps them in pipeline/isolate.py)
        outcome = ParseOutcome(name, "unknown", None, MALFORMED.en)
        outcome.error_zh = MALFORMED.zh
    outcome.seconds = time.perf_counter() - clock
    return outcome


def _time_formats(parsed: list[ParseOutcome], cached: int, timings: dict[str, float]) -> None:
    """Per-format parse seconds (each file's child, summed) and file counts; cache hits."""
    timings["parse.cached_files"] = cached
    for outcome in parsed:
        fmt = outcome.format or "unknown"
        timings[f"parse.{fmt}"] = timings.get(f"parse.{fmt}", 0.0) + outcome.seconds
        timings[f"parse.{fmt}.files"] = timings.get(f"parse.{fmt}.files", 0) + 1


_NOT_READ = reader_reason("not_read")


def name_materials(documents: list[DocumentEntry], named: dict[str, str]) -> list[str]:
    """Apply [documents]: each file named there is that material, said in its notes; warnings
    for names that are no readable file of the package (decision 217)."""
    by_file = {doc.file: doc for doc in documents}
    warnings = []
    for path, kind in named.items():
        doc = by_file.get(path)
        if doc is None or doc.status == DocStatus.UNREADABLE:
            state = "is not in the package" if doc is None else "could not be read"
            warnings.append(f"{MANIFEST_NAME}: [documents] '{path}' {state}; not counted")
            continue
        dropped, doc.records = doc.records, 0  # a named material is no ledger (decision 217)
        doc.unproven = []  # named, its kind is settled (decision 220)
        doc.status = DocStatus.PARSED
        doc.kinds = _named_kinds(doc.kinds, kind)
        doc.notes.append(_named_note(kind))
        if dropped:
            doc.notes.append(Note(f"its {dropped} row(s) read as records are not counted",
                                  f"其中按记录读取的 {dropped} 行不计入"))
    return warnings


def _named_kinds(recognised: list[str], named: str) -> list[str]:
    """A named material keeps what else recognition found but records; a file named "other"
    counts as nothing at all, as the consultant says (decision 230)."""
    if named == OTHER_DOCUMENT:
        return [OTHER_DOCUMENT]
    return [k for k in recognised
            if k not in RECORD_DOC_KINDS and k not in (named, UNPROVEN_RECORDS)] + [named]


def _named_note(named: str) -> Note:
    if named == OTHER_DOCUMENT:
        return Note(f'named "{OTHER_DOCUMENT}" ([documents] in application.toml): '
                    "no material and no records, counted for nothing",
                    f"按“{OTHER_DOCUMENT}”申报（application.toml 的 [documents]）：非所列资料、"
                    "非记录，不计入")
    return Note(f"read as {named} ([documents] in application.toml)",
                f"按{named}计入（application.toml 的 [documents]）")


def _columns_of_no_file(
    documents: list[DocumentEntry], file_columns: dict[str, dict[str, str]]
) -> list[str]:
    """A [columns."path"] whose path is no file of the package maps nothing: say so."""
    files = {doc.file for doc in documents}
    return [f'{MANIFEST_NAME}: [columns."{path}"] is no file of the package; not applied'
            for path in file_columns if path not in files]


def _document_entry(item: PackageFile, outcome: ParseOutcome | None) -> DocumentEntry:
    if item.path is None or outcome is None:
        reason = item.refused or _NOT_READ
        return DocumentEntry(item.name, "unknown", "", status=DocStatus.UNREADABLE, reason=reason)
    digest = item.sha256
    fmt = outcome.format if outcome.format != "unknown" else item.format or "unknown"
    if outcome.error or outcome.extracted is None:
        reason = outcome.reasons or _NOT_READ
        return DocumentEntry(item.name, fmt, digest, status=DocStatus.UNREADABLE, reason=reason)
    extracted = outcome.extracted
    status = DocStatus.PARSED if extracted.kinds else DocStatus.UNRECOGNISED
    return DocumentEntry(
        item.name,
        fmt,
        digest,
        kinds=list(extracted.kinds),
        status=status,
        records=extracted.record_count,
        unmapped_columns=list(extracted.unmapped_columns),
        notes=list(extracted.notes),
        unproven=list(extracted.unproven),
    )


def _context(
    documents: list[DocumentEntry],
    outcomes: dict[str, ParseOutcome],
    manifest: Manifest,
    as_of: date,
    options: RunOptions,
) -> CheckContext:
    rows: dict[str, list[dict[str, object]]] = {kind.value: [] for kind in RecordKind}
    facts: dict[str, list[dict[str, object]]] = {}
    for doc in documents:  # package order: sorted paths, so reading order is stable
        outcome = outcomes.get(doc.file)
        if doc.status != DocStatus.PARSED or outcome is None or outcome.extracted is None:
            continue
        if doc.file in manifest.documents:
            continue  # the material [documents] names it: no records, no facts (decision 217)
        for kind, records in outcome.extracted.records.items():
            rows.setdefault(kind, []).extend(records)
        for kind, fact in outcome.extracted.facts.items():
            facts.setdefault(kind, []).append(fact)
    frames = {kind: make_frame(kind, rows.get(kind.value, [])) for kind in RecordKind}
    return CheckContext(frames, documents, facts, manifest, as_of, options.settings.checks)


def assemble_report(
    package_name: str, ctx: CheckContext, findings: list[Finding], package_key: str, lang: str
) -> Report:
    """report.json as a dict: the one source every renderer reads, worded in ``lang``."""
    counts = {str(s): sum(1 for f in findings if f.severity == s) for s in Severity}
    licence = ctx.first_fact("business_license") or {}
    summary = build_summary(ctx)
    readiness = assess(findings, summary, found_in(ctx))
    report: Report = {
        "schema_version": SCHEMA_VERSION,
        "tool_version": TOOL_VERSION,
        "package": package_name,
        "applicant": ctx.manifest.applicant or _opt(licence.get("name")),
        "credit_code": ctx.manifest.credit_code or _opt(licence.get("credit_code")),
        "scope": ctx.manifest.scope,
        "target_level": ctx.manifest.target_level,
        "lang": lang,
        "as_of": ctx.as_of.isoformat(),
        "window": {"start": ctx.window.start.isoformat(), "end": ctx.window.end.isoformat()},
        "verdict": str(verdict_of(findings, [entry["state"] for entry in readiness])),
        "counts": counts,
        "documents": [d.to_dict() for d in ctx.documents],
        "summary": summary,
        "readiness": readiness,
        "findings": [finding_dict(f) for f in findings],
        "callback_sample": callback_sample(ctx, package_key),
        "statements": statements_of(ctx.manifest),
    }
    return localise(report, lang)


def statements_of(manifest: Manifest) -> Statements:
    """application.toml's [columns], [columns."file"] and [documents], as the report lists them."""
    columns: list[ColumnStatement] = [
        {"header": header, "field": name, "file": None} for header, name in manifest.columns.items()
    ]
    columns += [{"header": header, "field": name, "file": path}
                for path, table in manifest.file_columns.items() for header, name in table.items()]
    documents: list[DocumentStatement] = [
        {"file": path, "kind": kind} for path, kind in manifest.documents.items()
    ]
    return {"columns": columns, "documents": documents}


def _opt(value: object) -> str | None:
    return str(value) if value else None


def write_outputs(
    report: Report,
    out_dir: Path,
    *,
    mask: bool,
    pdf: bool = False,
    timings: dict[str, float] | None = None,
) -> None:
    """Write the report files; ``timings`` (if given) gets each one's seconds ("report.json",
    "report.html", "report.xlsx", "report.pdf")."""
    out_dir.mkdir(parents=True, exist_ok=True)
    writers: list[tuple[str, Callable[..., None]]] = [
        ("report.json", lambda path: write_json(report, path)),
        ("report.html", lambda path: write_html(report, path, mask=mask)),
        ("findings.xlsx", lambda path: write_findings_xlsx(report, path, mask=mask)),
    ]
    if pdf:  # last: a missing renderer (PdfError) must not cost the other three files
        writers.append(("report.pdf", lambda path: write_pdf(report, path, mask=mask)))
    for name, write in writers:
        clock = time.perf_counter()
        write(out_dir / name)
        if timings is not None:
            timings["report." + name.rsplit(".", 1)[1]] = time.perf_counter() - clock


def known_codes() -> set[str]:
    return set(CODES)


__all__ = ["PackageError", "RunOptions", "RunResult", "audit"]
