"""A job worker process: claim, audit, publish, repeat. ``preaudit serve`` starts N of them.

Run by hand for debugging: ``python -m portal.worker --data DIR [--db URL]``.
"""

from __future__ import annotations

import argparse
import contextlib
import multiprocessing as mp
import os
import signal
import sys
import threading
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

from preaudit.pipeline.limits_config import load_limits
from preaudit.pipeline.run import RunOptions
from preaudit.portal.db import default_url, make_engine, session_factory
from preaudit.portal.jobs import claim_next, release_job, run_job
from preaudit.portal.storage import DataDir

DEFAULT_LEASE = 60.0
DEFAULT_POLL = 1.0


# The job this process is auditing, so a polite stop (SIGTERM) can hand it back at once.
_current: dict[str, Any] = {}


def worker_loop(
    url: str, data: DataDir, options: RunOptions, lease: float, poll: float, once: bool = False
) -> None:
    engine = make_engine(url)
    factory = session_factory(engine)
    _current["factory"] = factory
    parent = os.getppid()
    while os.getppid() == parent:  # the server went away (even by SIGKILL): stop claiming
        job = claim_next(factory, lease)
        if job is None:
            if once:
                return
            time.sleep(poll)
            continue
        _current["job"] = job
        state = run_job(factory, data, job, options, lease)
        _current.pop("job", None)
        print(f"preaudit worker {os.getpid()}: job {job.id} {state}", file=sys.stderr, flush=True)
    engine.dispose()


def _watch_parent(parent: int) -> None:
    """Leave as soon as the server is gone, even mid-audit (it may have been SIGKILLed).

    The job's lease then runs out and the restarted server's workers claim it again; an
    orphan finishing on its own would be correct too, but nobody would be watching it.
    """
    while os.getppid() == parent:
        time.sleep(0.5)
    _leave(release=False)  # a server killed hard: its lease will run out; touch nothing


def _on_term(*_: object) -> None:
    _leave(release=True)


def _leave(release: bool) -> None:
    """Stop this worker's per-file parser children, hand the job back if asked, and exit.

    Leaving mid-audit loses nothing: a released job is queued again at once, an unreleased
    one when its lease runs out.
    """
    for child in mp.active_children():
        child.kill()
    job = _current.get("job")
    if release and job is not None:
        with contextlib.suppress(Exception):  # the database may be gone too: the lease decides
            release_job(_current["factory"], job)
    os._exit(128 + signal.SIGTERM)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m portal.worker")
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--db")
    parser.add_argument("--config", type=Path)
    parser.add_argument("--lang", choices=("zh", "en"), default="zh")
    parser.add_argument("--lease", type=float, default=DEFAULT_LEASE)
    parser.add_argument("--poll", type=float, default=DEFAULT_POLL)
    args = parser.parse_args(argv)
    signal.signal(signal.SIGTERM, _on_term)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the server's to handle
    threading.Thread(target=_watch_parent, args=(os.getppid(),), daemon=True).start()
    data = DataDir(args.data.resolve()).prepare()
    worker_loop(args.db or default_url(data.root), data, run_options(args), args.lease, args.poll)
    return 0


def run_options(args: argparse.Namespace) -> RunOptions:
    """The same options as ``preaudit batch``: one file at a time inside a package."""
    from preaudit.checks.config import load_config
    from preaudit.pipeline.run import known_codes

    options = RunOptions(lang=args.lang, config=load_config(args.config, known_codes()))
    limits = load_limits(args.config)
    return replace(options, limits=replace(limits.job, workers=1), archive_limits=limits.archive)


if __name__ == "__main__":
    sys.exit(main())
