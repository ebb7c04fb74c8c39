"""The OCR engine built once per auditing process vs once per file (decision 118).

    .venv/bin/python bench/ocr_engine_shared.py [PACKAGE] [--rounds 2]

Parses every file of PACKAGE (default: sample_data/packages/scanned, 3 photos and 2 scanned
PDFs) with pipeline.isolate.parse_all, one worker, as the audit does, in a fresh process per
mode: "shared" (the engine built in the parent before the first OCR reader forks, as now) and
"per file" (share_engine switched off: every OCR child loads the models itself, as before).
Reports the seconds per file (fork to answer), the total, and the peak RSS of the parent and
of the largest child. Rounds alternate the modes so machine load hits both alike.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
MODES = ("shared", "per file")


def child(package: Path, mode: str) -> dict:
    from preaudit.pipeline import isolate
    from preaudit.pipeline.discover import discover

    if mode == "per file":
        isolate.share_engine = lambda: None
    found = discover(package)
    try:
        files = [(f.name, f.path) for f in found.files if f.path is not None]
        clock = time.perf_counter()
        outcomes = isolate.parse_all(files, isolate.JobLimits(workers=1))
        total = time.perf_counter() - clock
    finally:
        found.close()
    return {
        "files": {o.name: o.seconds for o in outcomes if o.format in ("pdf", "png", "jpeg")},
        "total": total,
        "parent_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "child_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("package", nargs="?", type=Path,
                        default=ROOT / "sample_data" / "packages" / "scanned")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--child", nargs=2, metavar=("PACKAGE", "MODE"))
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(child(Path(args.child[0]), args.child[1])))
        return 0
    load_start = os.getloadavg()[0]
    runs: dict[str, list[dict]] = {mode: [] for mode in MODES}
    for _ in range(args.rounds):
        for mode in MODES:
            done = subprocess.run([sys.executable, __file__, "--child", str(args.package), mode],
                                  capture_output=True, text=True, check=True)
            runs[mode].append(json.loads(done.stdout.strip().splitlines()[-1]))
    print(f"1-min load average at start {load_start:.1f}, at end {os.getloadavg()[0]:.1f}; "
          f"median of {args.rounds} rounds.\n")
    names = list(runs["shared"][0]["files"])
    print("| mode | " + " | ".join(names) + " | all files | peak RSS parent / child MB |")
    print("|---|" + "---:|" * (len(names) + 2))
    for mode, results in runs.items():
        cells = [f"{statistics.median(r['files'][n] for r in results):.2f}" for n in names]
        total = statistics.median(r["total"] for r in results)
        parent = max(r["parent_mb"] for r in results)
        largest = max(r["child_mb"] for r in results)
        print(f"| {mode} | " + " | ".join(cells) + f" | {total:.2f} | {parent:.0f} / "
              f"{largest:.0f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
