"""``preaudit explain FILE|PACKAGE``: how each table was read, before anyone writes [columns].

Every file is read in the same jailed child as an audit (pipeline/isolate.py), with the
package's ``[columns]`` applied, and explained by parsers/explain.py; this module only
prints. Nothing here decides anything recognition does not decide during an audit.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any, TextIO

from preaudit.model.records import (
    CANONICAL_FIELDS,
    ITEM,
    OTHER_DOCUMENT,
    PRESENCE_MATERIALS,
    column_key,
)
from preaudit.parsers import read_document
from preaudit.parsers.explain import FileExplanation, TableExplanation, explain_document
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
        files = [(f.name, f.path) for f in package.files if f.path is not None]
        formats = {f.name: f.format for f in package.files}
        return parse_all(
            files, limits, task=_explain_task, formats=formats, columns=manifest.columns,
            file_columns=manifest.file_columns,
        )
    finally:
        package.close()


def _explain_task(
    path: Path,
    name: str,
    limits: ReadLimits,
    file_format: str | None = None,
    columns: Mapping[str, str] | None = None,
) -> tuple[str, FileExplanation]:
    fmt, document = read_document(path, name, limits, file_format)
    return fmt, explain_document(document, dict(columns or {}))


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
        out.write(f"  {table.where}: {_reading(table)} ({head})\n")
        out.write(f"    kind scores: {scores}; look-alike headers: {looks}\n")
        if table.kind_vote and table.kind_vote[0]:
            group, probability = table.kind_vote
            out.write(f"    kind vote (learned from other systems' headers; heard only where "
                      f"work orders and complaints tie): {group} {probability:.3f}\n")
        for choice in table.columns:
            target = {None: "(not read)", ITEM: "item score"}.get(choice.field, choice.field)
            if choice.fallback:
                target += " (2nd)"
            how = "given in [columns]" if choice.given else (
                f"header {choice.header_score:.2f}, content {choice.content_fit:.2f}"
            )
            if choice.learned:
                how += ", learned (label model, no rule)"
            # the header as [columns] names it: 保修工单号, not a narrow PDF column's 保 修 工 单 号
            out.write(f"    {column_key(choice.header):<16} → {target:<18} {how}\n")
    for note in explanation.notes:
        out.write(f"  note: {note}\n")
    out.write("\n")


def _reading(table: TableExplanation) -> str:
    if table.kind is None:
        return "read as —"
    if table.rows_read:
        return f"read as {table.kind}, {table.rows_read} rows"
    return f"looks most like {table.kind}, not read as it (see the notes)"


def draft_columns(outcomes: list[ParseOutcome], by_file: bool = False) -> str:
    """A ``[columns]`` table to edit and paste into application.toml, every line commented.

    Each header appears once, as recognition reads it now (``= "field"``) or not at all
    (``= ""``), under the file and table it comes from. Pasted unedited it changes nothing;
    a consultant uncomments the lines to pin or mend, so no reading changes by accident.
    ``by_file`` (a package explained): each file's lines go under its own
    ``[columns."path"]``, so a line mended for one file changes no other (decision 218).
    """
    lines = ["[columns]  # preaudit explain --draft-columns: uncomment a line to pin or mend it;",
             '#            = "" reads a column as no field',
             "# fields: " + "; ".join(f"{kind.value}: {', '.join(names)}"
                                      for kind, names in CANONICAL_FIELDS.items())
             + f"; {ITEM} (a survey's item score)"]
    if by_file:
        lines.append('#            a line under [columns."file"] counts for that file only')
    written: dict[str, str] = {}
    for outcome in outcomes:
        explanation = outcome.extracted
        if not isinstance(explanation, FileExplanation):
            continue
        drafted = [line for table in explanation.tables
                   for line in _draft_table(table, written)]
        if by_file and drafted:
            key = json.dumps(outcome.name, ensure_ascii=False)
            lines += ["", f"[columns.{key}]  # this file only", *drafted]
            written = {}  # each file's table names its headers anew
        else:
            lines += drafted
    if by_file:
        lines += _draft_documents(outcomes)
    return "\n".join(lines) + "\n"


def _draft_documents(outcomes: list[ParseOutcome]) -> list[str]:
    """[documents] lines, commented, for the files a consultant may have to name: those placed
    as nothing, and those read as records, in case one is no ledger (decisions 217, 230)."""
    lines = []
    for outcome in outcomes:
        explanation = outcome.extracted
        if not isinstance(explanation, FileExplanation):
            continue
        key = json.dumps(outcome.name, ensure_ascii=False)
        rows = ", ".join(f"{kind} {n}" for kind, n in explanation.records.items() if n)
        if not explanation.kinds:
            lines.append(f'# {key} = ""  # placed as nothing now: a material, '
                         f'or "{OTHER_DOCUMENT}"')
        elif rows:
            lines.append(f'# {key} = "{OTHER_DOCUMENT}"  # read as records now ({rows}): '
                         "only if it holds none")
    if not lines:
        return []
    materials = ", ".join(sorted(PRESENCE_MATERIALS))
    return ["", "[documents]  # a file recognition could not place: uncomment and name it",
            f"#            one of {materials}; or \"{OTHER_DOCUMENT}\": none of them, no records",
            *lines]


def _draft_table(table: TableExplanation, written: dict[str, str]) -> list[str]:
    lines: list[str] = []
    for choice in table.columns:
        field = choice.field if choice.field in _DRAFTED and table.rows_read else ""
        header = column_key(choice.header)
        if not header:
            continue
        if header in written:
            if written[header] != field:  # [columns] maps a header text once, for every table
                lines.append(f"#   {json.dumps(header, ensure_ascii=False)} is read as "
                             f"{field or 'nothing'} here, {written[header] or 'nothing'} above")
            continue
        written[header] = field
        key = json.dumps(header, ensure_ascii=False)
        state = "not read now"
        if field:
            state = f"read so now, where {_first_choice(table, field)} is empty" \
                if choice.fallback else "read so now"
            if choice.learned:
                state += " (learned: no rule reads this label)"
        lines.append(f"# {key} = {json.dumps(field)}  # {state}")
    if lines:
        lines.insert(0, f"# — {table.where}: {_reading(table)}")
    return lines


def _first_choice(table: TableExplanation, field: str) -> str:
    return next((c.header for c in table.columns if c.field == field and not c.fallback), "")


_FIELDS = {name for names in CANONICAL_FIELDS.values() for name in names}
_DRAFTED = _FIELDS | {ITEM}  # what a draft line may say a column is (decision 214)
