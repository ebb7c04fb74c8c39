"""Peak RSS of every preaudit process while auditing a package: parent and largest child.

    .venv/bin/python bench/process_peaks.py [PACKAGE ...] [--config FILE.toml]

Without arguments: the hostile package of tests/hostile (built into bench/.cache/hostile/),
the public corpus /work/shared/corpus (or ../shared/corpus) when present, and the sample
packages ``scanned`` and ``defects``. Each package is audited by ``preaudit run`` inside a
fresh interpreter, which then reports its own ``VmHWM`` (the parent; not ``ru_maxrss``, which
Linux carries across exec from the bench process that started it) and
``RUSAGE_CHILDREN``'s (the largest per-file parser or sniffing child it waited for: OCR
children included). The goal (issue 15): every process under 1 GiB.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
CACHE = ROOT / "bench" / ".cache" / "hostile"
GIB_MB = 1024


def default_packages() -> list[Path]:
    from sample_data.gen.hostile import build_package

    CACHE.mkdir(parents=True, exist_ok=True)
    hostile = CACHE / "hostile-package.zip"
    packages = [hostile if hostile.exists() else build_package(CACHE)]
    for corpus in (Path("/work/shared/corpus"), ROOT.parent / "shared" / "corpus"):
        if corpus.is_dir():
            packages.append(corpus)
            break
    packages += [ROOT / "sample_data" / "packages" / name for name in ("scanned", "defects")]
    return packages


def child(package: Path, config: Path | None) -> dict[str, object]:
    from preaudit.pipeline import cli

    with tempfile.TemporaryDirectory() as out:
        command = ["run", str(package), "--out", out, "--quiet", "--lang", "en"]
        if config is not None:
            command += ["--config", str(config)]
        started = time.perf_counter()
        code = cli.main(command)
        seconds = time.perf_counter() - started
        report = json.loads((Path(out) / "report.json").read_text("utf-8"))
    return {
        "exit": code,
        "seconds": seconds,
        "files": len(report["documents"]),
        "unreadable": sum(d["status"] == "unreadable" for d in report["documents"]),
        "parent_mb": _own_peak_kib() / 1024,
        "child_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
    }


def _own_peak_kib() -> int:
    """This process's peak RSS since its exec (VmHWM)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("packages", nargs="*", type=Path)
    parser.add_argument("--config", type=Path)
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.child, args.config)))
        return 0
    print(f"load average {os.getloadavg()[0]:.1f}")
    print("| package | files (unreadable) | seconds | parent MB | largest child MB | < 1 GiB |")
    print("|---|---:|---:|---:|---:|---|")
    worst = 0.0
    for package in args.packages or default_packages():
        extra = ["--config", str(args.config)] if args.config else []
        done = subprocess.run([sys.executable, __file__, "--child", str(package), *extra],
                              capture_output=True, text=True, check=True)
        r = json.loads(done.stdout.strip().splitlines()[-1])
        peak = max(r["parent_mb"], r["child_mb"])
        worst = max(worst, peak)
        print(f"| {package.name} | {r['files']} ({r['unreadable']}) | {r['seconds']:.1f} | "
              f"{r['parent_mb']:.0f} | {r['child_mb']:.0f} | "
              f"{'yes' if peak < GIB_MB else '**no**'} |", flush=True)
    print(f"\nlargest process: {worst:.0f} MB; load average at the end {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
