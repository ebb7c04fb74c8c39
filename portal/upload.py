"""Receiving an upload: capped while it streams, vetted like the CLI vets, then queued.

The request body is counted as it arrives and refused past the cap, before it is all on
disk. Files are filed by content hash; the package they form is run through
pipeline.discover with the same archive limits as ``preaudit run`` before a job exists, so a
zip bomb or a path escape is refused at the door. The job row is committed before the browser
is told, so an upload the browser saw accepted is never lost.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from preaudit.pipeline.discover import discover
from preaudit.pipeline.exitcodes import PackageError
from preaudit.portal.access import UPLOADERS, application_for
from preaudit.portal.auth import same_token
from preaudit.portal.models import Job
from preaudit.portal.storage import TooLarge, Upload, safe_relative_name
from preaudit.portal.web import Ctx, Portal, refuse

MAX_FILES = 2000


class UploadRefused(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


def _capped(request: Request, cap: int) -> Request:
    """The same request whose body raises UploadRefused once more than ``cap`` bytes arrive."""
    received = 0
    receive = request.receive

    async def counted() -> Any:
        nonlocal received
        message = await receive()
        received += len(message.get("body", b""))
        if received > cap:
            raise UploadRefused(413, f"The upload is larger than {cap // (1024 * 1024)} MiB.")
        return message

    return Request(request.scope, counted)


async def upload(request: Request) -> Response:
    portal: Portal = request.app.state.portal
    user, csrf = await run_in_threadpool(portal.current, request)
    if user is None or csrf is None:
        return RedirectResponse("/login", status_code=303)
    ctx = Ctx(request, portal, user, csrf)
    if user.role not in UPLOADERS:
        return refuse(ctx, 403, "Not for your role.")
    cap = portal.settings.max_upload_bytes
    if int(request.headers.get("content-length") or 0) > cap:
        return refuse(ctx, 413, f"The upload is larger than {cap // (1024 * 1024)} MiB.")
    capped = _capped(request, cap)
    try:
        form = await capped.form(max_files=MAX_FILES, max_fields=10)
        if not same_token(csrf, str(form.get("csrf") or "")):
            return refuse(ctx, 403, "Form expired: reload.")
        uploads = [f for f in form.getlist("files") if isinstance(f, UploadFile) and f.filename]
        job_id = await run_in_threadpool(_accept, ctx, uploads)
    except UploadRefused as exc:
        return refuse(ctx, exc.status, str(exc))
    finally:
        await capped.close()  # the parser's spooled temporary files, now
    return RedirectResponse(f"/rounds/{job_id}", status_code=303)


def _accept(ctx: Ctx, uploads: list[UploadFile]) -> int:
    application_id = ctx.param("application_id")
    with ctx.portal.db() as db:  # visibility first: nothing is stored for a stranger's id
        if application_for(db, ctx.user, application_id) is None:
            raise UploadRefused(404, "No such application.")
    if not uploads:
        raise UploadRefused(400, "Choose a .zip or the files of the package.")
    received = Upload(ctx.portal.settings.data)
    try:
        _receive(ctx, received, uploads)
        _vet(ctx, received.package)
        files = received.keep()
    finally:
        received.discard()
    return _enqueue(ctx, application_id, files)


def _receive(ctx: Ctx, received: Upload, uploads: list[UploadFile]) -> None:
    limit = ctx.portal.settings.archive_limits.max_file_bytes
    taken: set[str] = set()
    for item in uploads:
        name = safe_relative_name(item.filename or "")
        if name is None or name.casefold() in taken:
            raise UploadRefused(400, f"Unusable or repeated file name: {item.filename!r}.")
        taken.add(name.casefold())
        try:
            received.receive(name, item.file.read, limit)
        except TooLarge as exc:
            raise UploadRefused(413, f"{exc} is larger than {limit // 2**20} MiB.") from exc


def _vet(ctx: Ctx, package_path: Path) -> None:
    """The CLI's discovery and archive limits, on the package exactly as a worker will see it."""
    try:
        package = discover(package_path, ctx.portal.settings.archive_limits)
    except PackageError as exc:
        raise UploadRefused(400, f"Package refused: {exc}") from exc
    try:
        if not package.files:
            raise UploadRefused(400, "The package holds no files to audit.")
    finally:
        package.close()


def _enqueue(ctx: Ctx, application_id: int, files: list[dict[str, object]]) -> int:
    """Commit the job row; two uploads to one application at once take turns at numbering."""
    for attempt in range(5):
        try:
            return _insert_job(ctx, application_id, files)
        except IntegrityError:  # the other upload took this round number first (PostgreSQL)
            if attempt == 4:
                raise
    raise AssertionError("unreachable")


def _insert_job(ctx: Ctx, application_id: int, files: list[dict[str, object]]) -> int:
    with ctx.portal.db() as db, db.begin():
        last = db.scalar(select(func.max(Job.round_no)).where(Job.application_id == application_id))
        job = Job(
            application_id=application_id,
            round_no=(last or 0) + 1,
            uploaded_by=ctx.user.id,
            files=files,
            status="queued",
            attempts=0,
        )
        db.add(job)
        db.flush()
        return job.id
