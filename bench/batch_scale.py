"""Does `preaudit batch` keep memory flat over many packages, and how many does it do a minute?

    .venv/bin/python bench/batch_scale.py [--sizes 100 1000] [--workers 2] [--cache]

Builds N small packages (application.toml and two workbooks of the sample package ``clean``,
each copy made byte-distinct so the parse cache cannot short-cut it) in bench/.cache/batch/,
runs ``preaudit batch`` on them as a separate process and samples its whole process tree every
0.25 s from /proc: the batch parent, the forkserver, the pool workers (one package at a time
each) and their per-file parser children. Peak RSS is each process's VmHWM (its own high-water
mark, so a short-lived parser child counts if it was seen once); worker growth is the workers'
RSS after the first tenth of the packages against their RSS at the end. Prints Markdown
(bench/README.md holds the last one).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "sample_data" / "packages" / "clean"
CACHE = ROOT / "bench" / ".cache" / "batch"
PACKAGE_FILES = ("application.toml", "附件1.xlsx", "附件2.xlsx")
ROLES = ("parent", "forkserver", "worker", "parser")


def build_packages(count: int) -> Path:
    """``count`` package folders; each workbook gets a distinct trailing zip comment."""
    source = CACHE / f"in-{count}"
    if source.exists() and len(list(source.iterdir())) == count:
        return source
    shutil.rmtree(source, ignore_errors=True)
    source.mkdir(parents=True)
    for n in range(count):
        package = source / f"pkg{n:05d}"
        package.mkdir()
        for name in PACKAGE_FILES:
            data = (SAMPLE / name).read_bytes()
            if name.endswith(".xlsx"):
                data = _with_comment(data, f"copy {n}".encode())
            (package / name).write_bytes(data)
    return source


def _with_comment(xlsx: bytes, comment: bytes) -> bytes:
    """The same workbook with a different zip comment: other bytes, same content."""
    import io
    import zipfile

    buffer = io.BytesIO(xlsx)
    with zipfile.ZipFile(buffer, "a") as archive:
        archive.comment = comment
    return buffer.getvalue()


def _status(pid: int) -> dict[str, int]:
    values = {}
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            key, _, rest = line.partition(":")
            if key in ("VmRSS", "VmHWM", "PPid"):
                values[key] = int(rest.split()[0])
    except (OSError, ValueError, IndexError):
        return {}
    return values


def _tree(root: int) -> dict[int, tuple[int, dict[str, int]]]:
    """Every live descendant of ``root``: pid → (depth below root, status)."""
    statuses = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            status = _status(int(entry))
            if status:
                statuses[int(entry)] = status
    depths = {root: 0}
    changed = True
    while changed:
        changed = False
        for pid, status in statuses.items():
            parent = status.get("PPid")
            if pid not in depths and parent in depths:
                depths[pid] = depths[parent] + 1
                changed = True
    return {pid: (depth, statuses[pid]) for pid, depth in depths.items() if pid in statuses}


@dataclass
class Sampled:
    peak_kb: dict[str, int] = field(default_factory=lambda: dict.fromkeys(ROLES, 0))
    seen: dict[str, set[int]] = field(default_factory=lambda: {role: set() for role in ROLES})
    workers_early_kb: int = 0  # summed worker RSS once a tenth of the packages were done
    workers_late_kb: int = 0  # summed worker RSS at the last sample before the end


def _role(depth: int, is_pool_parent: bool) -> str:
    # parent → forkserver (and multiprocessing's resource tracker) → workers → parsers
    if depth == 0:
        return "parent"
    if depth == 1:
        return "forkserver" if is_pool_parent else "parent"
    return "worker" if depth == 2 else "parser"


def _reports_done(out: Path) -> int:
    if not out.exists():
        return 0
    return sum(1 for p in out.iterdir() if p.is_dir() and not p.name.startswith("."))


def run_batch(source: Path, out: Path, workers: int, cache: bool) -> dict[str, object]:
    shutil.rmtree(out, ignore_errors=True)
    command = [str(ROOT / ".venv" / "bin" / "preaudit"), "batch", str(source), "--out", str(out),
               "--workers", str(workers), "--quiet"]
    if not cache:
        command.append("--no-cache")
    total = len(list(source.iterdir()))
    sampled = Sampled()
    load = os.getloadavg()[0]
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    last_count = 0.0
    while process.poll() is None:
        tree = _tree(process.pid)
        workers_kb = 0
        for pid, (depth, status) in tree.items():
            has_children = any(s.get("PPid") == pid for _, s in tree.values())
            role = _role(depth, has_children)
            sampled.seen[role].add(pid)
            sampled.peak_kb[role] = max(sampled.peak_kb[role], status.get("VmHWM", 0))
            if role == "worker":
                workers_kb += status.get("VmRSS", 0)
        if time.perf_counter() - last_count > 1.0:
            last_count = time.perf_counter()
            done = _reports_done(out)
            if not sampled.workers_early_kb and done >= total / 10 and workers_kb:
                sampled.workers_early_kb = workers_kb
        if workers_kb:
            sampled.workers_late_kb = workers_kb
        time.sleep(0.25)
    seconds = time.perf_counter() - started
    _, stderr = process.communicate()
    if process.returncode != 0:  # the samples still say something: keep them
        print(f"batch failed ({process.returncode}): {stderr.decode()[-2000:]}", file=sys.stderr)
    reports = _reports_done(out)
    return {"packages": total, "reports": reports, "seconds": seconds,
            "per_minute": total / seconds * 60, "sampled": sampled, "load": load,
            "load_end": os.getloadavg()[0]}


def markdown(results: list[dict[str, object]], workers: int, cache: bool) -> str:
    lines = [
        f"`preaudit batch --workers {workers}{'' if cache else ' --no-cache'}` over small "
        f"packages (application.toml + 附件1.xlsx + 附件2.xlsx of sample `clean`, bytes made "
        "distinct per copy). Peak RSS in MB (VmHWM, largest process of each kind); worker RSS "
        "summed over the workers after the first tenth of the packages and at the end.",
        "",
        "| packages | seconds | packages/min | parent | forkserver | worker | parser child "
        "| workers at 10 % → end | load start/end |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        s: Sampled = r["sampled"]  # type: ignore[assignment]
        mb = {role: s.peak_kb[role] / 1024 for role in ROLES}
        lines.append(
            f"| {r['packages']:,} | {r['seconds']:.0f} | {r['per_minute']:.0f} | "
            f"{mb['parent']:.0f} | {mb['forkserver']:.0f} | {mb['worker']:.0f} | "
            f"{mb['parser']:.0f} | {s.workers_early_kb / 1024:.0f} → "
            f"{s.workers_late_kb / 1024:.0f} | {r['load']:.1f} / {r['load_end']:.1f} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--cache", action="store_true", help="keep the parse cache on")
    args = parser.parse_args(argv)
    results = []
    for size in args.sizes:
        source = build_packages(size)
        result = run_batch(source, CACHE / f"out-{size}", args.workers, args.cache)
        if result["reports"] != size:
            print(f"only {result['reports']} report folders for {size} packages", file=sys.stderr)
        results.append(result)
        print(f"{size} packages: {result['seconds']:.0f} s", file=sys.stderr)
    print(markdown(results, args.workers, args.cache))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
