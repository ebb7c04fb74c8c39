"""What changed between two rounds of one application: findings fixed, new and still open.

Pure data in, pure data out (``diff_reports``), plus a small HTML/JSON writer; the portal's
round page and ``preaudit diff`` use the same function. A finding item is keyed by its code,
its field and the record it points at — the record id when there is one, else the file and the
position in it — so renumbered files or reordered findings do not count as changes.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from preaudit.reports._files import write_private
from preaudit.reports.view import clean, evidence_list, severity_key

TEMPLATES = Path(__file__).parent / "templates"
STATES = ("fixed", "new", "still_open")
_POSITION = ("sheet", "table", "page", "row")

ItemKey = tuple[str, str, str]


def record_of(evidence: dict[str, Any] | None) -> str:
    """The record a piece of evidence points at: its id, else file and position; "" for none."""
    if not evidence:
        return ""
    record_id = evidence.get("record_id")
    if record_id not in (None, ""):
        return f"#{clean(record_id)}"
    where = [
        f"{key} {clean(evidence[key])}" for key in _POSITION if evidence.get(key) not in (None, "")
    ]
    return " · ".join([clean(evidence.get("file") or ""), *where]).strip(" ·")


OTHER = "materials"  # where a finding no readiness entry names is counted


def requirement_order(*reports: dict[str, Any]) -> list[str]:
    """The requirements as the reports' own readiness lists them, in their order."""
    order: list[str] = []
    for report in reports:
        for entry in _readiness(report):
            key = clean(entry.get("requirement") or "")
            if key and key not in order:
                order.append(key)
    return order or [OTHER]


def _readiness(report: dict[str, Any]) -> list[dict[str, Any]]:
    return [e for e in report.get("readiness") or [] if isinstance(e, dict)]


def _owners(report: dict[str, Any]) -> dict[tuple[str, str], str]:
    """(code, DOC_MISSING field or "") -> requirement, from the report's readiness entries.

    The grouping is the audit's own (checks/readiness.py wrote it into the report); the diff
    reads it rather than deciding again which requirement a finding bears on.
    """
    owners: dict[tuple[str, str], str] = {}
    for entry in _readiness(report):
        key = clean(entry.get("requirement") or "")
        for code in entry.get("codes") or []:
            owners.setdefault((clean(code), ""), key)
        for kind in entry.get("missing") or []:
            owners[("DOC_MISSING", clean(kind))] = key
    return owners


def requirement_of(finding: dict[str, Any], owners: dict[tuple[str, str], str]) -> str:
    code = clean(finding.get("code") or "")
    if code == "DOC_MISSING":
        return owners.get((code, clean(finding.get("field") or "")), OTHER)
    return owners.get((code, ""), OTHER)


def finding_items(report: dict[str, Any]) -> dict[ItemKey, dict[str, Any]]:
    """One item per (code, field, record) of a report's findings."""
    owners = _owners(report)
    items: dict[ItemKey, dict[str, Any]] = {}
    for finding in report.get("findings") or []:
        if not isinstance(finding, dict):
            continue
        code = clean(finding.get("code") or "")
        field = clean(finding.get("field") or "")
        for evidence in evidence_list(finding) or [None]:
            key = (code, field, record_of(evidence))
            items.setdefault(key, _item(key, finding, evidence, owners))
    return items


def _item(
    key: ItemKey,
    finding: dict[str, Any],
    evidence: dict[str, Any] | None,
    owners: dict[tuple[str, str], str],
) -> dict[str, Any]:
    return {
        "code": key[0],
        "field": key[1] or None,
        "record": key[2] or None,
        "file": clean((evidence or {}).get("file") or "") or None,
        "severity": severity_key(finding.get("severity")),
        "title": clean(finding.get("title") or key[0]),
        "requirement": requirement_of(finding, owners),
    }


def diff_reports(old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    """The difference between an older and a newer report.json of the same application."""
    before, after = finding_items(old), finding_items(new)
    groups = {
        "fixed": [before[k] for k in sorted(before.keys() - after.keys())],
        "new": [after[k] for k in sorted(after.keys() - before.keys())],
        "still_open": [after[k] for k in sorted(after.keys() & before.keys())],
    }
    by_requirement = {
        req: {state: sum(1 for i in groups[state] if i["requirement"] == req) for state in STATES}
        for req in requirement_order(new, old)
    }
    return {
        "before": _side(old),
        "after": _side(new),
        "counts": {state: len(groups[state]) for state in STATES},
        "by_requirement": by_requirement,
        **groups,
    }


def _side(report: dict[str, Any]) -> dict[str, Any]:
    return {
        "package": clean(report.get("package") or ""),
        "as_of": clean(report.get("as_of") or ""),
        "verdict": clean(report.get("verdict") or ""),
        "counts": report.get("counts") or {},
    }


@lru_cache(maxsize=1)
def _environment() -> Environment:
    return Environment(
        loader=FileSystemLoader(TEMPLATES), autoescape=True, undefined=StrictUndefined
    )


def render_diff_html(diff: dict[str, Any]) -> str:
    return _environment().get_template("diff.html.j2").render(diff=diff, states=STATES)


def write_diff(diff: dict[str, Any], out_dir: Path) -> None:
    """diff.json and diff.html in ``out_dir`` (0600, like the reports they compare)."""
    text = json.dumps(diff, ensure_ascii=False, indent=2)
    write_private(out_dir / "diff.json", text.encode())
    write_private(out_dir / "diff.html", render_diff_html(diff).encode())
