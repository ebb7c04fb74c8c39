"""``preaudit explain FILE|PACKAGE``: how each table was read, before anyone writes [columns].

Every file is read in the same jailed child as an audit (pipeline/isolate.py), with the
package's ``[columns]`` applied, and explained by parsers/explain.py; this module only
prints. Nothing here decides anything recognition does not decide during an audit.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any, TextIO

from preaudit.parsers import read_document
from preaudit.parsers.explain import FileExplanation, explain_document
from preaudit.parsers.limits import ReadLimits
from preaudit.pipeline.discover import ArchiveLimits, discover
from preaudit.pipeline.isolate import JobLimits, ParseOutcome, parse_all
from preaudit.pipeline.manifest import read_manifest


def explain_path(
    target: Path, limits: JobLimits, archive_limits: ArchiveLimits
) -> list[ParseOutcome]:
    """One outcome per file of a package (or the one file): ``extracted`` holds the explanation."""
    if target.is_file() and target.suffix.lower() != ".zip":
        files = [(target.name, target)]
        return parse_all(files, limits, task=_explain_task)
    package = discover(target, archive_limits)
    try:
        manifest, _ = read_manifest(package.manifest_path)
        given = tuple(sorted(manifest.columns.items()))
        limits = dataclasses.replace(limits, read=dataclasses.replace(limits.read, columns=given))
        files = [(f.name, f.path) for f in package.files if f.path is not None]
        return parse_all(files, limits, task=_explain_task)
    finally:
        package.close()


def _explain_task(path: Path, name: str, limits: ReadLimits) -> tuple[str, FileExplanation]:
    fmt, document = read_document(path, name, limits)
    return fmt, explain_document(document, dict(limits.columns))


def print_explanations(outcomes: list[ParseOutcome], out: TextIO, as_json: bool) -> None:
    if as_json:
        data = [_as_data(outcome) for outcome in outcomes]
        json.dump(data, out, ensure_ascii=False, indent=2, default=str)
        out.write("\n")
        return
    for outcome in outcomes:
        _print_one(outcome, out)


def _as_data(outcome: ParseOutcome) -> dict[str, Any]:
    if outcome.extracted is None:
        return {"file": outcome.name, "format": outcome.format, "error": outcome.error}
    return {"format": outcome.format, **dataclasses.asdict(outcome.extracted)}


def _print_one(outcome: ParseOutcome, out: TextIO) -> None:
    explanation = outcome.extracted
    if not isinstance(explanation, FileExplanation):
        out.write(f"{outcome.name}: not read — {outcome.error}\n\n")
        return
    records = ", ".join(f"{kind} {count}" for kind, count in explanation.records.items())
    kinds = ", ".join(explanation.kinds) or "nothing recognised"
    out.write(f"{outcome.name} ({outcome.format}): {kinds}; records: {records or 'none'}\n")
    for table in explanation.tables:
        scores = ", ".join(f"{k} {v:.2f}" for k, v in table.kind_scores.items()) or "none"
        looks = ", ".join(f"{k} {v:.0f}" for k, v in table.lookalike_scores.items()) or "none"
        head = f"header row {table.header_row}" if table.header_row else "no header row"
        out.write(f"  {table.where}: read as {table.kind or '—'} ({head})\n")
        out.write(f"    kind scores: {scores}; look-alike headers: {looks}\n")
        for choice in table.columns:
            target = choice.field or "(not read)"
            if choice.fallback:
                target += " (2nd)"
            how = "given in [columns]" if choice.given else (
                f"header {choice.header_score:.2f}, content {choice.content_fit:.2f}"
            )
            out.write(f"    {choice.header:<16} → {target:<18} {how}\n")
    for note in explanation.notes:
        out.write(f"  note: {note}\n")
    out.write("\n")
