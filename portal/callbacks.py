"""The callback sample as an auditor's worklist: phone each sampled customer, record how it went.

The sample itself is report.json's ``callback_sample`` (seeded, so the same package always gives
the same customers). Outcomes are rows, never edits: the latest row per record is its state,
and every row keeps who recorded it and when.
"""

from __future__ import annotations

import json
from io import BytesIO
from typing import Any

from openpyxl import Workbook
from sqlalchemy import select
from sqlalchemy.orm import Session
from starlette.responses import RedirectResponse, Response

from preaudit.portal.access import job_for
from preaudit.portal.models import CALLBACK_OUTCOMES, CallbackOutcome
from preaudit.portal.web import Ctx, page, refuse

NOTE_LIMIT = 2000
EXPORT_HEADER = (
    "record_id",
    "file",
    "customer_name",
    "customer_phone",
    "reported_at",
    "outcome",
    "note",
    "recorded_by",
    "recorded_at",
)


def latest_outcomes(db: Session, job_id: int) -> dict[str, CallbackOutcome]:
    rows = db.scalars(
        select(CallbackOutcome)
        .where(CallbackOutcome.job_id == job_id)
        .order_by(CallbackOutcome.recorded_at, CallbackOutcome.id)
    ).all()
    return {row.record_id: row for row in rows}  # later rows win


def outcome_counts(db: Session, job_id: int) -> dict[str, int]:
    counts = dict.fromkeys(CALLBACK_OUTCOMES, 0)
    for row in latest_outcomes(db, job_id).values():
        counts[row.outcome] = counts.get(row.outcome, 0) + 1
    counts["recorded"] = sum(counts[o] for o in CALLBACK_OUTCOMES)
    return counts


def _sample(ctx: Ctx, job_id: int) -> list[dict[str, Any]] | None:
    path = ctx.portal.settings.data.report(job_id) / "report.json"
    try:
        sample = json.loads(path.read_text(encoding="utf-8")).get("callback_sample")
    except (OSError, ValueError):
        return None
    return [s for s in sample or [] if isinstance(s, dict) and s.get("record_id")]


def _worklist(ctx: Ctx) -> tuple[Any, list[dict[str, Any]]] | None:
    with ctx.portal.db() as db:
        job = job_for(db, ctx.user, ctx.param("job_id"))
        if job is None:
            return None
        sample = _sample(ctx, job.id)
        if sample is None:
            return None
        recorded = latest_outcomes(db, job.id)
        about = {
            "id": job.id,
            "round": job.round_no,
            "title": job.application.title,
            "application_id": job.application_id,
        }
        rows = []
        for item in sample:
            row = recorded.get(str(item["record_id"]))
            rows.append(
                {
                    **{
                        k: item.get(k)
                        for k in (
                            "record_id",
                            "file",
                            "customer_name",
                            "customer_phone",
                            "reported_at",
                        )
                    },
                    "outcome": row.outcome if row else "",
                    "note": row.note if row else "",
                    "recorded_by": row.auditor.name if row else "",
                    "recorded_at": row.recorded_at.strftime("%Y-%m-%d %H:%M") if row else "",
                }
            )
        return about, rows


@page("auditor")
def worklist(ctx: Ctx) -> Response:
    found = _worklist(ctx)
    if found is None:
        return refuse(ctx, 404, "No callback sample for this round (yet).")
    job, rows = found
    return ctx.render("callbacks.html.j2", job=job, rows=rows, outcomes=CALLBACK_OUTCOMES)


@page("auditor", posts=True)
def record(ctx: Ctx) -> Response:
    record_id = ctx.form.get("record_id", "")
    outcome = ctx.form.get("outcome", "")
    if outcome not in CALLBACK_OUTCOMES:
        return refuse(ctx, 400, "Choose an outcome.")
    found = _worklist(ctx)
    if found is None:
        return refuse(ctx, 404, "No callback sample for this round (yet).")
    job, rows = found
    if record_id not in {str(r["record_id"]) for r in rows}:
        return refuse(ctx, 400, "That record is not in the sample.")
    with ctx.portal.db() as db, db.begin():
        db.add(
            CallbackOutcome(
                job_id=job["id"],
                record_id=record_id,
                outcome=outcome,
                note=ctx.form.get("note", "")[:NOTE_LIMIT],
                recorded_by=ctx.user.id,
            )
        )
    return RedirectResponse(f"/rounds/{job['id']}/callbacks", status_code=303)


@page("auditor")
def export(ctx: Ctx) -> Response:
    found = _worklist(ctx)
    if found is None:
        return refuse(ctx, 404, "No callback sample for this round (yet).")
    job, rows = found
    book = Workbook()
    sheet = book.active
    sheet.title = "callbacks"
    sheet.append(EXPORT_HEADER)
    for index, row in enumerate(rows, start=2):
        for col, key in enumerate(EXPORT_HEADER, start=1):
            cell = sheet.cell(row=index, column=col)
            value = row.get(key)
            if value not in (None, ""):
                cell.value = str(value)
                cell.data_type = "s"  # text stays text: "=…" from a note is never a formula
    buffer = BytesIO()
    book.save(buffer)
    name = f"callbacks-application-{job['application_id']}-round-{job['round']}.xlsx"
    return Response(
        buffer.getvalue(),
        media_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        headers={"content-disposition": f'attachment; filename="{name}"'},
    )
