"""``preaudit serve`` and ``preaudit users``: the portal's commands (pipeline/cli.py dispatches)."""

from __future__ import annotations

import argparse
import getpass
import os
import subprocess
import sys
import threading
from pathlib import Path

from preaudit.portal.db import default_url, make_engine, session_factory, transaction, upgrade
from preaudit.portal.storage import DataDir

DEFAULT_DATA = Path("preaudit-data")


def add_portal_parsers(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    serve = commands.add_parser("serve", help="run the intake portal (web application)")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    _storage_options(serve)
    serve.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="job workers")
    serve.add_argument("--lang", choices=("zh", "en"), default="zh", help="report language")
    serve.add_argument("--config", type=Path, help="TOML with [thresholds], [severity], [limits]")
    serve.add_argument("--max-upload-mib", type=int, default=500)
    serve.add_argument("--lease", type=float, default=60.0, help=argparse.SUPPRESS)
    serve.add_argument("--secure-cookies", action="store_true", help="behind an https proxy")
    users = commands.add_parser("users", help="portal accounts: add, assign, list")
    actions = users.add_subparsers(dest="action", required=True)
    add = actions.add_parser("add", help="create a user (asks for the password)")
    add.add_argument("name")
    add.add_argument(
        "--role", required=True, choices=("applicant", "consultant", "auditor", "admin")
    )
    add.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    _storage_options(add)
    assign = actions.add_parser("assign", help="give a consultant an applicant as client")
    assign.add_argument("consultant")
    assign.add_argument("applicant")
    _storage_options(assign)
    _storage_options(actions.add_parser("list", help="list users and roles"))


def _storage_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="uploads and reports")
    parser.add_argument("--db", help="database URL (default: SQLite in the data folder)")


def _database(args: argparse.Namespace) -> tuple[DataDir, str]:
    data = DataDir(args.data.resolve()).prepare()
    url = args.db or default_url(data.root)
    upgrade(url)
    return data, url


def users_command(args: argparse.Namespace) -> int:
    from preaudit.portal.admin import UserError, add_user, assign
    from preaudit.portal.models import User

    _data, url = _database(args)
    factory = session_factory(make_engine(url))
    try:
        with transaction(factory) as db:
            if args.action == "add":
                add_user(db, args.name, args.role, _password(args.password_stdin))
                print(f"added {args.name} ({args.role})")
            elif args.action == "assign":
                assign(db, args.consultant, args.applicant)
                print(f"{args.applicant} is now a client of {args.consultant}")
            else:
                for user in db.query(User).order_by(User.name):
                    print(f"{user.name}\t{user.role}")
    except UserError as exc:
        print(f"preaudit users: {exc}", file=sys.stderr)
        return 2
    return 0


def _password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\n")
    first = getpass.getpass("password: ")
    if first != getpass.getpass("again: "):
        raise SystemExit("preaudit users: the passwords differ")
    return first


class Workers:
    """N job-worker processes, restarted when one dies (each claims its own jobs)."""

    def __init__(self, count: int, argv: list[str]) -> None:
        self.count, self.argv = max(1, count), argv
        self.processes: list[subprocess.Popen[bytes]] = []
        self._stop = threading.Event()

    def start(self) -> None:
        self.processes = [self._spawn() for _ in range(self.count)]
        threading.Thread(target=self._watch, daemon=True).start()

    def _spawn(self) -> subprocess.Popen[bytes]:
        return subprocess.Popen([sys.executable, "-m", "preaudit.portal.worker", *self.argv])

    def _watch(self) -> None:
        while not self._stop.wait(1.0):
            for index, process in enumerate(self.processes):
                if process.poll() is not None and not self._stop.is_set():
                    self.processes[index] = self._spawn()

    def stop(self) -> None:
        self._stop.set()
        for process in self.processes:
            process.terminate()
        for process in self.processes:
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()


def serve_command(args: argparse.Namespace) -> int:
    import uvicorn

    from preaudit.pipeline.limits_config import load_limits
    from preaudit.portal.app import create_app
    from preaudit.portal.web import Settings

    data, url = _database(args)
    settings = Settings(
        data=data,
        db_url=url,
        max_upload_bytes=args.max_upload_mib * 1024 * 1024,
        archive_limits=load_limits(args.config).archive,
        lang=args.lang,
        secure_cookies=args.secure_cookies,
    )
    argv = ["--data", str(data.root), "--db", url, "--lang", args.lang, "--lease", str(args.lease)]
    if args.config:
        argv += ["--config", str(args.config.resolve())]
    workers = Workers(args.workers, argv)
    workers.start()
    print(f"preaudit portal on http://{args.host}:{args.port}/ (data in {data.root})", flush=True)
    try:
        app = create_app(settings, on_shutdown=workers.stop)
        uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    finally:
        workers.stop()
    return 0
