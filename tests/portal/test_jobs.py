"""Jobs on both databases: one owner per job, leases, and real processes killed with SIGKILL."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from sqlalchemy import update

from preaudit.portal.jobs import MAX_ATTEMPTS, claim_next, run_job
from preaudit.portal.models import Job
from preaudit.portal.worker import run_options
from tests.portal.conftest import (
    PACKAGES,
    PASSWORD,
    PortalUnderTest,
    _Args,
    new_application,
    upload,
    zip_of,
)

SMALL = PACKAGES / "defects" / "资料" / "附件5.docx"
DEADLINE = 120.0


def _queue(portal: PortalUnderTest, name: str = "alice", body: bytes | None = None) -> int:
    """One job of alice's: the small work-order file, or ``body`` uploaded as a zip."""
    client = portal.login(name)
    app_id = new_application(client, "crash test")
    upload_name = "package.zip" if body else "orders.docx"
    response = upload(client, app_id, [(upload_name, body or SMALL.read_bytes())])
    assert response.status_code == 303, response.text
    return int(response.headers["location"].rsplit("/", 1)[1])


def _job(portal: PortalUnderTest, job_id: int) -> Job:
    with portal.factory() as db:
        job = db.get(Job, job_id)
        assert job is not None
        return job


def test_a_job_has_one_owner_until_its_lease_runs_out(portal: PortalUnderTest) -> None:
    job_id = _queue(portal)
    first = claim_next(portal.factory, lease=60)
    assert first is not None and first.id == job_id
    assert claim_next(portal.factory, lease=60) is None  # held: nobody else gets it
    with portal.factory() as db, db.begin():  # the first worker stops renewing: lease runs out
        db.execute(update(Job).values(lease_until=Job.created_at))
    second = claim_next(portal.factory, lease=60)
    assert second is not None and second.id == job_id and second.claim != first.claim
    options = run_options(_Args())
    assert run_job(portal.factory, portal.data, first, options, lease=60) == "lost"
    assert run_job(portal.factory, portal.data, second, options, lease=60) == "done"
    job = _job(portal, job_id)
    assert (job.status, job.attempts, job.claim) == ("done", 2, None)
    reports = sorted(p.name for p in (portal.data.root / "reports").iterdir())
    assert reports == [str(job_id)]  # one report folder, no staging left behind


def test_a_package_that_keeps_killing_workers_is_failed_not_retried_forever(
    portal: PortalUnderTest,
) -> None:
    job_id = _queue(portal)
    for _ in range(MAX_ATTEMPTS):
        assert claim_next(portal.factory, lease=60) is not None
        with portal.factory() as db, db.begin():
            db.execute(update(Job).values(lease_until=Job.created_at))
    assert claim_next(portal.factory, lease=60) is None
    job = _job(portal, job_id)
    assert job.status == "failed" and "not retried" in (job.error or "")


def test_a_package_refused_at_run_time_fails_with_its_reason(
    portal: PortalUnderTest, tmp_path: Path
) -> None:
    from dataclasses import replace

    from preaudit.pipeline.discover import ArchiveLimits

    body = zip_of(PACKAGES / "clean", tmp_path / "clean.zip").read_bytes()
    job_id = _queue(portal, body=body)
    claimed = claim_next(portal.factory, lease=60)
    assert claimed is not None
    stricter = replace(run_options(_Args()), archive_limits=ArchiveLimits(max_members=3))
    assert run_job(portal.factory, portal.data, claimed, stricter, lease=60) == "failed"
    job = _job(portal, job_id)
    assert job.status == "failed" and "over the 3 limit" in (job.error or "")
    assert list((portal.data.root / "reports").iterdir()) == []
    page = portal.login("alice").get(f"/rounds/{job_id}").text
    assert "over the 3 limit" in page and 'data-status="failed"' in page


# Real processes -----------------------------------------------------------------------------


def _worker(portal: PortalUnderTest) -> subprocess.Popen[bytes]:
    argv = ["--data", str(portal.data.root), "--db", portal.url, "--lease", "2", "--poll", "0.2"]
    return subprocess.Popen([sys.executable, "-m", "preaudit.portal.worker", *argv], cwd=_root())


def _root() -> Path:
    return Path(__file__).resolve().parents[2]


def _wait_for(portal: PortalUnderTest, job_id: int, states: tuple[str, ...]) -> Job:
    deadline = time.monotonic() + DEADLINE
    while time.monotonic() < deadline:
        job = _job(portal, job_id)
        if job.status in states:
            return job
        time.sleep(0.1)
    raise AssertionError(f"job {job_id} never reached {states}: {job.status}")


def _wait_until_auditing(portal: PortalUnderTest, job_id: int) -> None:
    """Claimed, and the worker has laid the package out: the audit is under way."""
    work = portal.data.work(job_id)
    deadline = time.monotonic() + DEADLINE
    while time.monotonic() < deadline:
        if work.is_dir() and any(work.iterdir()):
            return
        time.sleep(0.02)
    raise AssertionError(f"job {job_id} was never started")


def _assert_finished_once(portal: PortalUnderTest, job_id: int, attempts: int) -> None:
    job = _job(portal, job_id)
    assert job.status == "done" and job.attempts == attempts, (job.status, job.attempts)
    assert job.verdict == "not_ready" and job.counts
    reports = sorted(p.name for p in (portal.data.root / "reports").iterdir())
    assert reports == [str(job_id)]
    assert (portal.data.root / "reports" / str(job_id) / "report.json").is_file()
    for item in job.files:  # the upload is still there, byte for byte
        assert portal.data.blob(str(item["sha256"])).stat().st_size == item["size"]


@pytest.mark.slow
def test_a_worker_killed_mid_audit_leaves_a_job_another_finishes_once(
    portal: PortalUnderTest, tmp_path: Path
) -> None:
    body = zip_of(PACKAGES / "defects", tmp_path / "defects.zip").read_bytes()
    job_id = _queue(portal, body=body)
    victim = _worker(portal)
    try:
        _wait_until_auditing(portal, job_id)
        victim.send_signal(signal.SIGKILL)
        victim.wait()
        assert _job(portal, job_id).status == "running"  # nobody finished it
    finally:
        victim.kill()
    rescuer = _worker(portal)
    try:
        _wait_for(portal, job_id, ("done", "failed"))
    finally:
        rescuer.terminate()
        rescuer.wait()
    _assert_finished_once(portal, job_id, attempts=2)


@pytest.mark.slow
def test_a_worker_stopped_politely_hands_its_job_back_at_once(
    portal: PortalUnderTest, tmp_path: Path
) -> None:
    body = zip_of(PACKAGES / "defects", tmp_path / "defects.zip").read_bytes()
    job_id = _queue(portal, body=body)
    worker = _worker(portal)
    try:
        _wait_until_auditing(portal, job_id)
        worker.terminate()
        assert worker.wait(timeout=30) == 128 + signal.SIGTERM
    finally:
        worker.kill()
    job = _job(portal, job_id)
    assert (job.status, job.attempts, job.claim) == ("queued", 0, None)  # no lease to wait out


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def serve(data: Path, url: str, port: int) -> subprocess.Popen[bytes]:
    """``preaudit serve`` exactly as the README starts it (plus test options)."""
    preaudit = Path(sys.executable).parent / "preaudit"
    argv = [str(preaudit), "serve", "--data", str(data), "--db", url, "--port", str(port)]
    return subprocess.Popen([*argv, "--workers", "1", "--lease", "2"], cwd=_root())


def wait_up(port: int, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert process.poll() is None, "the server stopped"
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).text == "ok":
                return
        except httpx.HTTPError:
            time.sleep(0.2)
    raise AssertionError("the server did not start")


@pytest.mark.slow
def test_the_server_killed_mid_audit_finishes_the_job_once_after_restart(
    portal: PortalUnderTest, tmp_path: Path
) -> None:
    port = _free_port()
    server = serve(portal.data.root, portal.url, port)
    try:
        wait_up(port, server)
        job_id = _upload_over_http(port, zip_of(PACKAGES / "defects", tmp_path / "d.zip"))
        _wait_until_auditing(portal, job_id)
        server.send_signal(signal.SIGKILL)  # the server only: its worker must notice by itself
        server.wait()
        time.sleep(1.5)
        assert _job(portal, job_id).status == "running"
    finally:
        server.kill()
        server.wait()
    server = serve(portal.data.root, portal.url, port)
    try:
        wait_up(port, server)
        _wait_for(portal, job_id, ("done", "failed"))
    finally:
        server.terminate()
        server.wait(timeout=30)
    _assert_finished_once(portal, job_id, attempts=2)
    assert not _orphans(portal.data.root)


def _upload_over_http(port: int, package: Path) -> int:
    import re

    with httpx.Client(base_url=f"http://127.0.0.1:{port}") as client:
        token = re.search(r'login_token" value="([^"]+)', client.get("/login").text).group(1)
        form = {"name": "alice", "password": PASSWORD, "login_token": token}
        assert client.post("/login", data=form).status_code == 303
        csrf = re.search(r'name="csrf" value="([^"]+)', client.get("/applications").text).group(1)
        created = client.post("/applications", data={"csrf": csrf, "title": "over http"})
        app_path = created.headers["location"]
        files = [("files", (package.name, package.read_bytes(), "application/zip"))]
        sent = client.post(f"{app_path}/rounds", data={"csrf": csrf}, files=files)
        assert sent.status_code == 303, sent.text
        return int(sent.headers["location"].rsplit("/", 1)[1])


def _orphans(data: Path) -> list[int]:
    """Worker processes of this data folder still alive after the server stopped."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                cmdline = (entry / "cmdline").read_bytes().split(b"\0")
            except OSError:
                continue
            if b"preaudit.portal.worker" in b" ".join(cmdline) and str(data).encode() in cmdline:
                found.append(int(entry.name))
    return [pid for pid in found if pid != os.getpid()]
