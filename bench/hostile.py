"""Time and peak memory of every generated attack (sample_data/gen/hostile.py).

Each single-file attack runs through ``parse_all`` in a fresh interpreter, so the child's
peak RSS (``RUSAGE_CHILDREN.ru_maxrss``) belongs to that file alone. Archive attacks run
through ``discover`` on a zip holding just that member, in the same way (the parent's peak).

    .venv/bin/python bench/hostile.py [--wall 60] [--cpu 60] [--memory-mib 1024]

Prints a Markdown table (attack, outcome, seconds, peak MiB) for docs/hostile-input.md.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from preaudit.parsers.limits import MIB  # noqa: E402
from preaudit.pipeline.discover import discover  # noqa: E402
from preaudit.pipeline.isolate import JobLimits, parse_all  # noqa: E402
from sample_data.gen import hostile as mh  # noqa: E402


def one_file(path: Path, wall: float, cpu: int, memory_mib: int) -> dict[str, object]:
    limits = JobLimits(wall_seconds=wall, cpu_seconds=cpu, memory_bytes=memory_mib * MIB)
    started = time.monotonic()
    [outcome] = parse_all([(path.name, path)], limits)
    seconds = time.monotonic() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    if outcome.error:
        state = outcome.error
    else:
        state = f"read: {outcome.extracted.record_count} records" if outcome.extracted else "?"
    return {"outcome": state, "seconds": seconds, "peak_mib": peak}


def one_archive(member: str) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as tmp:
        archive = Path(tmp) / "p.zip"
        with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
            _write_archive_member(zf, member)
        started = time.monotonic()
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        try:
            package = discover(archive)
            refused = [f.refused.en for f in package.files if f.refused]
            package.close()
            state = "; ".join(refused) or "accepted"
        except Exception as exc:  # the whole package refused (exit 2)
            state = f"package refused: {exc}"
        seconds = time.monotonic() - started
        after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"outcome": state, "seconds": seconds, "peak_mib": max(after, before) / 1024}


def _write_archive_member(zf: zipfile.ZipFile, member: str) -> None:
    builders = {
        "zeros.xlsx": lambda: bytes(6 * 2**20),
        "huge-zeros.pdf": lambda: bytes(150 * 2**20),
        "overlap.zip": mh.overlap_zip,
        "lying.zip": mh.lying_size_zip,
        "nest.zip": mh.nested_chain_zip,
        "many.zip": mh.many_members_zip,
    }
    if member in builders:
        zf.writestr(member, builders[member]())
    elif member == "slip":
        zf.writestr(zipfile.ZipInfo("../../report.html"), b"x")
    elif member == "symlink":
        link = zipfile.ZipInfo("passwd_link")
        link.create_system = 3
        link.external_attr = (0o120777) << 16
        zf.writestr(link, "/etc/passwd")


ARCHIVE_CASES = [
    ("A1 ratio bomb (6 MiB zeros)", "zeros.xlsx"),
    ("A1 size bomb (150 MiB zeros)", "huge-zeros.pdf"),
    ("A2 overlapping entries (nested)", "overlap.zip"),
    ("A3 lying member size (nested)", "lying.zip"),
    ("A4 zip in zip in zip", "nest.zip"),
    ("A5 20,000 members (nested)", "many.zip"),
    ("A6 zip slip ../../report.html", "slip"),
    ("A7 symlink member", "symlink"),
]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--wall", type=float, default=60.0)
    parser.add_argument("--cpu", type=int, default=60)
    parser.add_argument("--memory-mib", type=int, default=1024)
    parser.add_argument("--one", help=argparse.SUPPRESS)
    parser.add_argument("--archive", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one_file(Path(args.one), args.wall, args.cpu, args.memory_mib)))
        return 0
    if args.archive:
        print(json.dumps(one_archive(args.archive)))
        return 0
    print("| # | attack | outcome | limit / check | s | peak MiB |")
    print("|---|---|---|---|---|---|")
    for label, member in ARCHIVE_CASES:
        result = _fresh(["--archive", member])
        _row(label.split()[0], " ".join(label.split()[1:]), result, "discover")
    with tempfile.TemporaryDirectory() as tmp:
        paths = mh.build_files(Path(tmp))
        for attack in mh.ATTACKS:
            if attack.name in paths:
                limits = ["--wall", str(args.wall), "--cpu", str(args.cpu)]
                result = _fresh(
                    [
                        "--one",
                        str(paths[attack.name]),
                        *limits,
                        "--memory-mib",
                        str(args.memory_mib),
                    ]
                )
                _row(attack.ref, Path(attack.name).name, result, attack.stopped_by)
    return 0


def _fresh(extra: list[str]) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, __file__, *extra], capture_output=True, text=True, check=True
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def _row(ref: str, name: str, result: dict[str, object], limit: str) -> None:
    outcome = str(result["outcome"]).replace("|", "/")
    print(
        f"| {ref} | {name} | {outcome} | {limit} | {result['seconds']:.2f} | "
        f"{result['peak_mib']:.0f} |",
        flush=True,
    )


if __name__ == "__main__":
    sys.exit(main())
