"""The migrations build exactly the models' schema on both databases; the portal's commands."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, select

from preaudit.portal.db import make_engine, session_factory, upgrade
from preaudit.portal.models import Base, User

PREAUDIT = Path(sys.executable).parent / "preaudit"


def test_migrations_build_the_models_schema(db_url: str) -> None:
    upgrade(db_url)
    upgrade(db_url)  # a second start changes nothing
    engine = make_engine(db_url)
    with engine.connect() as conn:
        differences = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        tables = set(inspect(conn).get_table_names())
    engine.dispose()
    assert differences == []
    assert {"users", "sessions", "applications", "jobs", "callback_outcomes"} <= tables
    assert "alembic_version" in tables


@pytest.mark.slow
def test_users_add_assign_and_list(tmp_path: Path) -> None:
    data = tmp_path / "data"

    def users(*args: str, password: str = "") -> subprocess.CompletedProcess[str]:
        argv = [str(PREAUDIT), "users", *args, "--data", str(data)]
        return subprocess.run(argv, input=password, capture_output=True, text=True)

    assert (
        users(
            "add",
            "carl",
            "--role",
            "consultant",
            "--password-stdin",
            password="long enough password\n",
        ).returncode
        == 0
    )
    assert (
        users(
            "add", "alice", "--role", "applicant", "--password-stdin", password="another long one\n"
        ).returncode
        == 0
    )
    short = users("add", "bob", "--role", "applicant", "--password-stdin", password="short\n")
    assert short.returncode == 2 and "at least 10" in short.stderr
    again = users(
        "add", "alice", "--role", "auditor", "--password-stdin", password="another long one\n"
    )
    assert again.returncode == 2 and "exists" in again.stderr
    assert users("assign", "carl", "alice").returncode == 0
    assert users("assign", "alice", "carl").returncode == 2
    assert users("list").stdout.split() == ["alice", "applicant", "carl", "consultant"]
    engine = make_engine(f"sqlite:///{data / 'portal.db'}")
    with session_factory(engine)() as db:
        stored = db.scalar(select(User).where(User.name == "alice"))
        assert stored is not None and stored.password_hash.startswith("$argon2id$")
    engine.dispose()


def test_serve_without_the_extra_says_how_to_install_it() -> None:
    # A finder that pretends the web stack is not installed.
    script = (
        "import sys, importlib.abc\n"
        "class Hide(importlib.abc.MetaPathFinder):\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('starlette', 'uvicorn', 'sqlalchemy'):\n"
        "            raise ImportError(name=name)\n"
        "sys.meta_path.insert(0, Hide())\n"
        "from pipeline.cli import main\n"
        "sys.exit(main(['serve', '--port', '8001']))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode == 2
    assert 'pip install -e ".[portal]"' in result.stderr
