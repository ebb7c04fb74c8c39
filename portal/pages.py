"""Applications, rounds and their reports: the pages applicants, consultants and auditors read."""

from __future__ import annotations

import json
from pathlib import Path, PurePosixPath
from typing import Any

from sqlalchemy import select
from starlette.responses import FileResponse, RedirectResponse, Response

from preaudit.portal.access import READERS, UPLOADERS, application_for, clients_of, job_for, visible
from preaudit.portal.callbacks import outcome_counts
from preaudit.portal.models import Application, Job, User
from preaudit.portal.web import Ctx, page, refuse
from preaudit.reports.diff import diff_reports
from preaudit.reports.readiness import readiness_rows

# report.html is shown inline under its own policy, sandboxed: an opaque origin that can run
# nothing and reach nothing of the portal's, whatever an uploaded file managed to put in it.
REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox"
DOWNLOADS = {"findings.xlsx", "report.json"}
LIVE = ("queued", "running")


@page(*UPLOADERS)
def applications(ctx: Ctx) -> Response:
    with ctx.portal.db() as db:
        rows = db.scalars(
            select(Application).where(visible(ctx.user)).order_by(Application.id.desc())
        ).all()
        listed = [_summary(a) for a in rows]
        clients = [(c.id, c.name) for c in clients_of(db, ctx.user)]
    return ctx.render("applications.html.j2", applications=listed, clients=clients)


def _summary(application: Application) -> dict[str, Any]:
    latest = application.jobs[-1] if application.jobs else None
    return {
        "id": application.id,
        "title": application.title,
        "owner": application.owner.name,
        "rounds": len(application.jobs),
        "latest": _job_view(latest) if latest else None,
    }


def _job_view(job: Job) -> dict[str, Any]:
    return {
        "id": job.id,
        "round": job.round_no,
        "status": job.status,
        "verdict": job.verdict,
        "counts": job.counts or {},
        "created": job.created_at.strftime("%Y-%m-%d %H:%M"),
        "error": job.error,
    }


@page(*UPLOADERS, posts=True)
def create_application(ctx: Ctx) -> Response:
    title = " ".join(ctx.form.get("title", "").split())[:200]
    if not title:
        return refuse(ctx, 400, "Give the application a name.")
    with ctx.portal.db() as db, db.begin():
        allowed = {c.id for c in clients_of(db, ctx.user)}
        owner = int(ctx.form.get("owner") or ctx.user.id)
        if owner not in allowed:
            return refuse(ctx, 403, "You cannot open an application for that applicant.")
        application = Application(owner_id=owner, title=title)
        db.add(application)
        db.flush()
        target = f"/applications/{application.id}"
    return RedirectResponse(target, status_code=303)


@page(*READERS)
def application(ctx: Ctx) -> Response:
    with ctx.portal.db() as db:
        found = application_for(db, ctx.user, ctx.param("application_id"))
        if found is None:
            return refuse(ctx, 404, "No such application.")
        rounds = [_job_view(j) for j in reversed(found.jobs)]
        callbacks = (
            {j.id: outcome_counts(db, j.id) for j in found.jobs}
            if ctx.user.role == "auditor"
            else {}
        )
        context = {"id": found.id, "title": found.title, "owner": found.owner.name}
    return ctx.render(
        "application.html.j2",
        application=context,
        rounds=rounds,
        callbacks=callbacks,
        can_upload=ctx.user.role in UPLOADERS,
        live=any(r["status"] in LIVE for r in rounds),
    )


@page(*READERS)
def round_page(ctx: Ctx) -> Response:
    with ctx.portal.db() as db:
        job = job_for(db, ctx.user, ctx.param("job_id"))
        if job is None:
            return refuse(ctx, 404, "No such round.")
        view = _job_view(job)
        view["files"] = [{"name": f["name"], "size": f["size"]} for f in job.files]
        previous = _previous_done(db, job)
        application = {"id": job.application_id, "title": job.application.title}
        callbacks = outcome_counts(db, job.id) if ctx.user.role == "auditor" else None
    report = _report(ctx, job.id) if view["status"] == "done" else None
    lang = str((report or {}).get("lang") or ctx.portal.settings.lang)
    rows = readiness_rows(report, lang) if report else []
    to_fix = [r for r in rows if r["status"] in ("not_ready", "advice")]
    diff = None
    if report and previous is not None:
        older = _report(ctx, previous.id)
        if older is not None:
            labels = {r["key"]: r["label"] for r in rows}
            diff = diff_reports(older, report) | {
                "previous_round": previous.round_no,
                "labels": labels,
            }
    return ctx.render(
        "round.html.j2",
        job=view,
        application=application,
        report=report,
        to_fix=to_fix,
        diff=diff,
        callbacks=callbacks,
        live=view["status"] in LIVE,
    )


def _previous_done(db: Any, job: Job) -> Job | None:
    return db.scalar(
        select(Job)
        .where(
            Job.application_id == job.application_id,
            Job.round_no < job.round_no,
            Job.status == "done",
        )
        .order_by(Job.round_no.desc())
        .limit(1)
    )


def _report(ctx: Ctx, job_id: int) -> dict[str, Any] | None:
    path = ctx.portal.settings.data.report(job_id) / "report.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _visible_job(ctx: Ctx) -> Job | None:
    with ctx.portal.db() as db:
        return job_for(db, ctx.user, ctx.param("job_id"))


@page(*READERS)
def report_html(ctx: Ctx) -> Response:
    job = _visible_job(ctx)
    path = ctx.portal.settings.data.report(job.id) / "report.html" if job else None
    if path is None or not path.is_file():
        return refuse(ctx, 404, "No report yet.")
    return Response(
        path.read_bytes(),
        media_type="text/html; charset=utf-8",
        headers={"content-security-policy": REPORT_CSP},
    )


@page(*READERS)
def report_file(ctx: Ctx) -> Response:
    name = ctx.request.path_params["name"]
    job = _visible_job(ctx)
    if job is None or name not in DOWNLOADS:
        return refuse(ctx, 404, "No such file.")
    path = ctx.portal.settings.data.report(job.id) / name
    if not path.is_file():
        return refuse(ctx, 404, "No report yet.")
    return attachment(path, f"round-{job.round_no}-{name}")


@page(*READERS)
def uploaded_file(ctx: Ctx) -> Response:
    """One uploaded file back, as a download (never rendered by the browser)."""
    job = _visible_job(ctx)
    index = int(ctx.request.path_params["index"])
    if job is None or not 0 <= index < len(job.files):
        return refuse(ctx, 404, "No such file.")
    item = job.files[index]
    blob = ctx.portal.settings.data.blob(str(item["sha256"]))
    return attachment(blob, PurePosixPath(str(item["name"])).name)


def attachment(path: Path, filename: str) -> FileResponse:
    return FileResponse(
        path,
        media_type="application/octet-stream",
        filename=filename,
        content_disposition_type="attachment",
    )


@page("auditor")
def queue(ctx: Ctx) -> Response:
    """Every round across applicants, newest first, filtered by status, verdict and name."""
    status = ctx.request.query_params.get("status", "")
    verdict = ctx.request.query_params.get("verdict", "")
    who = ctx.request.query_params.get("applicant", "").strip()[:80]
    query = select(Job).join(Application).join(User, Application.owner_id == User.id)
    if status:
        query = query.where(Job.status == status)
    if verdict:
        query = query.where(Job.verdict == verdict)
    if who:
        query = query.where(User.name.contains(who, autoescape=True))
    with ctx.portal.db() as db:
        jobs = db.scalars(query.order_by(Job.id.desc()).limit(500)).all()
        rows = [
            _job_view(j)
            | {
                "application": j.application.title,
                "application_id": j.application_id,
                "applicant": j.application.owner.name,
                "callbacks": outcome_counts(db, j.id),
            }
            for j in jobs
        ]
    filters = {"status": status, "verdict": verdict, "applicant": who}
    return ctx.render(
        "queue.html.j2", rows=rows, filters=filters, live=any(r["status"] in LIVE for r in rows)
    )
