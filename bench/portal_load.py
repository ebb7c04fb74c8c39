"""Load test of the intake portal: concurrent uploads from several users against a real server.

Starts ``preaudit serve`` on 127.0.0.1 (a free port, a temporary data folder, SQLite unless
``--db``), creates ``--users`` applicants, then ``--uploads`` uploads of the sample packages at
once (each user its own application, uploads spread over the users), and waits until every job
is done. Bounded: at most ``--uploads`` requests plus polling, and it gives up after
``--timeout`` seconds. Checks that every job finished exactly once, belongs to the user who
uploaded it, and that no user can open another's round. Prints (and with --json writes) median
and p95 upload latency and jobs per minute.

    .venv/bin/python bench/portal_load.py [--uploads 20] [--users 5] [--workers 2] [--db URL]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from preaudit.portal.admin import add_user  # noqa: E402
from preaudit.portal.db import default_url, make_engine, session_factory, transaction, upgrade  # noqa: E402
from preaudit.portal.models import Application, Job, User  # noqa: E402

PACKAGES = ROOT / "sample_data" / "packages"
PASSWORD = "load test password"
_TOKEN = re.compile(r'name="(?:csrf|login_token)" value="([^"]+)"')


def _zips(scratch: Path) -> list[Path]:
    made = []
    for name in ("defects", "clean"):
        target = scratch / f"{name}.zip"
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
            for path in sorted((PACKAGES / name).rglob("*")):
                if path.is_file():
                    zf.write(path, path.relative_to(PACKAGES / name).as_posix())
        made.append(target)
    return [*made, PACKAGES / "rework.zip"]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _start(data: Path, url: str, port: int, workers: int) -> subprocess.Popen[bytes]:
    preaudit = Path(sys.executable).parent / "preaudit"
    argv = [str(preaudit), "serve", "--data", str(data), "--db", url, "--port", str(port)]
    server = subprocess.Popen([*argv, "--workers", str(workers)], cwd=ROOT)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError("the server stopped")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).text == "ok":
                return server
        except httpx.HTTPError:
            time.sleep(0.2)
    server.kill()
    raise RuntimeError("the server did not start")


def _token(page: str) -> str:
    found = _TOKEN.search(page)
    if not found:
        raise RuntimeError("no form token on the page")
    return found.group(1)


@contextmanager
def _session(base: str, name: str) -> Iterator[httpx.Client]:
    client = httpx.Client(base_url=base, timeout=300)
    try:
        _login(client, name)
        yield client
    finally:
        client.close()


def _login(client: httpx.Client, name: str) -> None:
    form = {"name": name, "password": PASSWORD, "login_token": _token(client.get("/login").text)}
    if client.post("/login", data=form).status_code != 303:
        raise RuntimeError(f"{name} could not log in")


def _one_upload(base: str, name: str, package: Path) -> dict[str, Any]:
    with _session(base, name) as client:
        csrf = _token(client.get("/applications").text)
        created = client.post("/applications", data={"csrf": csrf, "title": f"{name} load"})
        target = created.headers["location"]
        files = [("files", (package.name, package.read_bytes(), "application/zip"))]
        clock = time.perf_counter()
        sent = client.post(f"{target}/rounds", data={"csrf": csrf}, files=files)
        seconds = time.perf_counter() - clock
    if sent.status_code != 303:
        raise RuntimeError(f"upload by {name} answered {sent.status_code}")
    job = int(sent.headers["location"].rsplit("/", 1)[1])
    return {"user": name, "job": job, "seconds": seconds, "package": package.name}


def _wait_done(factory: Any, jobs: list[int], timeout: float) -> float:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with factory() as db:
            states = [db.get(Job, j).status for j in jobs]
        if all(s in ("done", "failed") for s in states):
            return time.monotonic()
        time.sleep(0.5)
    raise RuntimeError(f"not every job finished within {timeout:.0f} s")


def _verify(factory: Any, uploads: list[dict[str, Any]], data: Path, base: str) -> list[str]:
    problems = []
    with factory() as db:
        for item in uploads:
            job = db.get(Job, item["job"])
            owner = db.get(User, db.get(Application, job.application_id).owner_id)
            if job.status != "done" or job.attempts != 1:
                problems.append(f"job {job.id}: {job.status} after {job.attempts} attempts")
            if owner.name != item["user"] or db.get(User, job.uploaded_by).name != item["user"]:
                problems.append(f"job {job.id} crossed users")
            if not (data / "reports" / str(job.id) / "report.json").is_file():
                problems.append(f"job {job.id} has no report")
        total = db.query(Job).count()
    if total != len(uploads):
        problems.append(f"{total} jobs for {len(uploads)} uploads")
    stray = [p.name for p in (data / "reports").iterdir() if p.name.startswith(".")]
    problems += [f"left behind: {name}" for name in stray]
    first, second = uploads[0], next(u for u in uploads if u["user"] != uploads[0]["user"])
    with _session(base, second["user"]) as client:  # someone else's round: not found
        if client.get(f"/rounds/{first['job']}/report.json").status_code != 404:
            problems.append("a user could read another user's report")
    return problems


def run_load(
    uploads: int = 20,
    users: int = 5,
    workers: int = 2,
    db: str | None = None,
    timeout: float = 900.0,
) -> dict[str, Any]:
    load_before = os.getloadavg()  # the machine is shared: say how busy it was
    scratch = Path(tempfile.mkdtemp(prefix="preaudit-load-"))
    data = scratch / "data"
    data.mkdir()
    url = db or default_url(data)
    upgrade(url)
    engine = make_engine(url)
    factory = session_factory(engine)
    names = [f"user{n}" for n in range(users)]
    with transaction(factory) as session:
        for name in names:
            add_user(session, name, "applicant", PASSWORD)
    packages = _zips(scratch)
    port = _free_port()
    server = _start(data, url, port, workers)
    base = f"http://127.0.0.1:{port}"
    try:
        started = time.monotonic()
        with ThreadPoolExecutor(max_workers=uploads) as pool:
            sent = list(
                pool.map(
                    lambda n: _one_upload(base, names[n % users], packages[n % len(packages)]),
                    range(uploads),
                )
            )
        finished = _wait_done(factory, [s["job"] for s in sent], timeout)
        problems = _verify(factory, sent, data, base)
    finally:
        server.terminate()
        server.wait(timeout=60)
        engine.dispose()
        shutil.rmtree(scratch, ignore_errors=True)
    latencies = sorted(s["seconds"] for s in sent)
    return {
        "uploads": uploads,
        "users": users,
        "workers": workers,
        "database": url.split(":", 1)[0],
        "cores": os.cpu_count(),
        "load_before": [round(x, 2) for x in load_before],
        "load_after": [round(x, 2) for x in os.getloadavg()],
        "upload_median_s": round(statistics.median(latencies), 3),
        "upload_p95_s": round(latencies[max(0, round(0.95 * len(latencies)) - 1)], 3),
        "all_done_s": round(finished - started, 1),
        "jobs_per_minute": round(uploads / (finished - started) * 60, 2),
        "problems": problems,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--uploads", type=int, default=20)
    parser.add_argument("--users", type=int, default=5)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--db", help="database URL (default: SQLite in a temporary folder)")
    parser.add_argument("--timeout", type=float, default=900.0)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    figures = run_load(args.uploads, args.users, args.workers, args.db, args.timeout)
    print(json.dumps(figures, indent=2))
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2))
    return 1 if figures["problems"] else 0


if __name__ == "__main__":
    sys.exit(main())
