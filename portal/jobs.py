"""Jobs: claim one, keep its lease alive, run the pipeline, publish once.

Crash safety rests on three things:
- an upload's blobs are fsynced and its job row committed before the browser hears "done";
- a claim is one conditional UPDATE (queued, or running with an expired lease → running with
  a fresh claim token), so two workers can never both own a job;
- the report is written to a staging folder named after the claim and renamed to
  ``reports/<job id>`` before the row says done, and only the current claim may mark it done.
A worker killed mid-audit stops renewing its lease; when the lease runs out another worker
(after a restart, or a sibling) claims the job again and writes the one report folder.
"""

from __future__ import annotations

import secrets
import shutil
import threading
import traceback
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session, sessionmaker

from preaudit.pipeline.batch import _publish as publish
from preaudit.pipeline.batch import report_folder_name
from preaudit.pipeline.exitcodes import PackageError
from preaudit.pipeline.run import RunOptions, audit
from preaudit.portal.db import transaction
from preaudit.portal.models import Job, utcnow
from preaudit.portal.storage import DataDir, materialise

MAX_ATTEMPTS = 3  # a package that kills its worker three times is failed, not retried forever


@dataclass(frozen=True)
class Claimed:
    id: int
    claim: str
    files: list[dict[str, object]]
    package_name: str


def claimable(now: datetime) -> Any:
    return or_(Job.status == "queued", (Job.status == "running") & (Job.lease_until < now))


def claim_next(factory: sessionmaker[Session], lease: float) -> Claimed | None:
    """Take the oldest job nobody holds; None when there is none."""
    now = utcnow()
    token = secrets.token_hex(16)
    with transaction(factory) as db:
        # SKIP LOCKED on PostgreSQL; SQLite's BEGIN IMMEDIATE already serialises claimers.
        candidate = db.scalar(
            select(Job.id)
            .where(claimable(now))
            .order_by(Job.id)
            .limit(1)
            .with_for_update(skip_locked=True)
        )
        if candidate is None:
            return None
        taken = db.execute(
            update(Job)
            .where(Job.id == candidate, claimable(now))
            .values(
                status="running",
                claim=token,
                lease_until=now + timedelta(seconds=lease),
                attempts=Job.attempts + 1,
                started_at=now,
            )
        ).rowcount
        if taken != 1:
            return None
        job = db.get(Job, candidate)
        assert job is not None
        if job.attempts > MAX_ATTEMPTS:
            job.status, job.claim, job.finished_at = "failed", None, now
            job.error = f"the audit stopped its worker {MAX_ATTEMPTS} times; not retried"
            return None
        return Claimed(job.id, token, list(job.files), job.application.title)


def renew(factory: sessionmaker[Session], job: Claimed, lease: float) -> bool:
    """Extend the lease; False when the claim was lost (then the worker must not publish)."""
    with transaction(factory) as db:
        return (
            db.execute(
                update(Job)
                .where(Job.id == job.id, Job.claim == job.claim, Job.status == "running")
                .values(lease_until=utcnow() + timedelta(seconds=lease))
            ).rowcount
            == 1
        )


def _finish(factory: sessionmaker[Session], job: Claimed, **values: Any) -> bool:
    with transaction(factory) as db:
        return (
            db.execute(
                update(Job)
                .where(Job.id == job.id, Job.claim == job.claim, Job.status == "running")
                .values(claim=None, lease_until=None, finished_at=utcnow(), **values)
            ).rowcount
            == 1
        )


def release_job(factory: sessionmaker[Session], job: Claimed) -> bool:
    """Hand a job back unfinished (the worker is stopping): queued again, this try not counted."""
    with transaction(factory) as db:
        return (
            db.execute(
                update(Job)
                .where(Job.id == job.id, Job.claim == job.claim, Job.status == "running")
                .values(status="queued", claim=None, lease_until=None, attempts=Job.attempts - 1)
            ).rowcount
            == 1
        )


class Heartbeat(threading.Thread):
    """Renews the lease every third of it while the audit runs."""

    def __init__(self, factory: sessionmaker[Session], job: Claimed, lease: float) -> None:
        super().__init__(daemon=True)
        self.factory, self.job, self.lease = factory, job, lease
        self.stop = threading.Event()
        self.lost = threading.Event()

    def run(self) -> None:
        while not self.stop.wait(self.lease / 3):
            if not renew(self.factory, self.job, self.lease):
                self.lost.set()
                return


def run_job(
    factory: sessionmaker[Session], data: DataDir, job: Claimed, options: RunOptions, lease: float
) -> str:
    """Audit the job's package and publish its report; returns the state it ended in."""
    beat = Heartbeat(factory, job, lease)
    beat.start()
    staging = data.staging(job.id, job.claim)
    work = data.work(job.id)
    _clear_earlier_attempts(data, job.id)
    try:
        package = materialise(data, job.files, work / job.claim)
        package = _named(package, job.package_name)
        result = audit(package, staging, replace(options, progress=None))
    except PackageError as exc:  # refused as a whole (the upload was vetted, but limits change)
        return _failed(factory, job, staging, str(exc))
    except Exception as exc:  # a bug: the same package would fail again, so do not retry
        traceback.print_exc()  # the worker's log; the page gets one line
        return _failed(factory, job, staging, f"internal error ({type(exc).__name__})")
    finally:
        beat.stop.set()
        shutil.rmtree(work / job.claim, ignore_errors=True)
    if beat.lost.is_set():  # someone else owns the job now: leave the report to them
        shutil.rmtree(staging, ignore_errors=True)
        return "lost"
    publish(staging, data.report(job.id))
    report = result.report
    done = _finish(factory, job, status="done", verdict=report["verdict"], counts=report["counts"])
    return "done" if done else "lost"


def _failed(factory: sessionmaker[Session], job: Claimed, staging: Path, error: str) -> str:
    shutil.rmtree(staging, ignore_errors=True)
    return "failed" if _finish(factory, job, status="failed", error=error) else "lost"


def _clear_earlier_attempts(data: DataDir, job_id: int) -> None:
    """What a killed worker left of this job: its package copy and half-written report."""
    shutil.rmtree(data.work(job_id), ignore_errors=True)
    for partial in data.staging(job_id, "*").parent.glob(data.staging(job_id, "*").name):
        shutil.rmtree(partial, ignore_errors=True)


def _named(package: Path, title: str) -> Path:
    """Rename the package folder after the application, so the report names it."""
    if package.is_dir():
        target = package.with_name(report_folder_name(title, set()))
        package.rename(target)
        return target
    return package
