"""Portal fixtures: a real database (SQLite, and PostgreSQL when PREAUDIT_TEST_PG_URL is set),
a real data folder, users of every role, and the app in-process through Starlette's client."""

from __future__ import annotations

import functools
import os
import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from starlette.testclient import TestClient

from preaudit.portal.admin import assign
from preaudit.portal.app import create_app
from preaudit.portal.auth import hash_password
from preaudit.portal.db import default_url, make_engine, session_factory, transaction, upgrade
from preaudit.portal.jobs import claim_next, run_job
from preaudit.portal.models import User
from preaudit.portal.storage import DataDir
from preaudit.portal.web import Settings
from preaudit.portal.worker import run_options

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ROOT / "sample_data" / "packages"
PG_ENV = "PREAUDIT_TEST_PG_URL"
PASSWORD = "correct horse battery"
USERS = {  # name -> role; consultant "carl" has "alice" as client, not "bob"
    "alice": "applicant",
    "bob": "applicant",
    "carl": "consultant",
    "ada": "auditor",
    "root": "admin",
    "dora": "consultant",  # no clients yet
    "eve": "applicant",
}
_CSRF = re.compile(r'name="csrf" value="([^"]+)"')
_LOGIN = re.compile(r'name="login_token" value="([^"]+)"')


def pg_url() -> str | None:
    url = os.environ.get(PG_ENV)
    if os.environ.get("CI") == "true":
        assert url, f"CI must run the database tests on PostgreSQL too: set {PG_ENV}"
    return url


def fresh_database(kind: str, data: Path) -> str:
    """An empty database of ``kind`` for one test: a SQLite file, or a new PostgreSQL one."""
    if kind == "sqlite":
        return default_url(data)
    base = pg_url()
    if not base:
        pytest.skip(f"{PG_ENV} not set (CI sets it)")
    name = f"preaudit_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(_driver(base), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return _with_database(base, name)


def _driver(url: str) -> str:
    return url.replace("postgresql://", "postgresql+psycopg://", 1)


def _with_database(url: str, name: str) -> str:
    # postgresql://user@/postgres?host=/socket → same server, database ``name``
    head, _, tail = url.partition("?")
    base = head.rsplit("/", 1)[0]
    return f"{base}/{name}" + (f"?{tail}" if tail else "")


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    data = tmp_path / "data"
    data.mkdir()
    return fresh_database(request.param, data)


@dataclass
class PortalUnderTest:
    data: DataDir
    url: str
    factory: object
    app: object

    def client(self) -> TestClient:
        return TestClient(self.app, base_url="http://127.0.0.1")  # type: ignore[arg-type]

    def login(self, name: str) -> TestClient:
        client = self.client()
        login_as(client, name)
        return client

    def run_jobs(self, limit: int = 10) -> list[str]:
        """Run queued jobs in this process, the way a worker does."""
        factory = session_factory(make_engine(self.url))
        states = []
        options = run_options(_Args())
        for _ in range(limit):
            job = claim_next(factory, lease=60)
            if job is None:
                break
            states.append(run_job(factory, self.data, job, options, lease=60))
        return states


class _Args:
    config = None
    lang = "zh"


def login_as(client: TestClient, name: str, password: str = PASSWORD) -> object:
    form = client.get("/login")
    token = _LOGIN.search(form.text).group(1)  # type: ignore[union-attr]
    return client.post(
        "/login",
        data={"name": name, "password": password, "login_token": token},
        follow_redirects=False,
    )


def csrf_of(client: TestClient, page: str = "/") -> str:
    found = _CSRF.search(client.get(page).text)
    assert found, f"no CSRF token on {page}"
    return found.group(1)


@functools.cache
def _password_hash() -> str:
    return hash_password(PASSWORD)  # once: argon2 is slow on purpose (add_user is tested apart)


def make_portal(tmp_path: Path, url: str) -> PortalUnderTest:
    data = DataDir(tmp_path / "data").prepare()
    upgrade(url)
    factory = session_factory(make_engine(url))
    with transaction(factory) as db:
        for name, role in USERS.items():
            db.add(User(name=name, role=role, password_hash=_password_hash()))
        db.flush()
        assign(db, "carl", "alice")
    app = create_app(Settings(data=data, db_url=url, max_upload_bytes=20 * 1024 * 1024))
    return PortalUnderTest(data, url, factory, app)


@pytest.fixture
def portal(tmp_path: Path, db_url: str) -> Iterator[PortalUnderTest]:
    yield make_portal(tmp_path, db_url)


@pytest.fixture
def sqlite_portal(tmp_path: Path) -> Iterator[PortalUnderTest]:
    (tmp_path / "data").mkdir()
    yield make_portal(tmp_path, default_url(tmp_path / "data"))


def zip_of(folder: Path, target: Path) -> Path:
    import zipfile

    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                zf.write(path, path.relative_to(folder).as_posix())
    return target


def upload(client: TestClient, application_id: int, files: list[tuple[str, bytes]]) -> object:
    token = csrf_of(client, f"/applications/{application_id}")
    return client.post(
        f"/applications/{application_id}/rounds",
        data={"csrf": token},
        files=[("files", (name, body, "application/octet-stream")) for name, body in files],
        follow_redirects=False,
    )


def new_application(client: TestClient, title: str, owner: int | None = None) -> int:
    data = {"csrf": csrf_of(client, "/applications"), "title": title}
    if owner is not None:
        data["owner"] = str(owner)
    response = client.post("/applications", data=data, follow_redirects=False)
    assert response.status_code == 303, response.text
    return int(response.headers["location"].rsplit("/", 1)[1])
