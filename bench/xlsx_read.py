"""The workbook reader's two paths on the reference survey workbook (decision 116).

    .venv/bin/python bench/xlsx_read.py [--repeat 5] [FILE.xlsx ...]

For each workbook (default: the 5,000-row survey of bench/bundle.py): the median seconds of
parsers.xlsx.read by calamine (the normal path), by openpyxl (the fallback, which was the only
reader before), of the part survey alone (vet_zip with and without it), of recognition
(parsers.recognise.extract) on the result, and of python-calamine's bare cells (the floor).
Also checks that both paths gave the same tables. Each path runs in a fresh child process
for its peak RSS. Prints a Markdown table.
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
sys.path[:0] = [str(ROOT), str(Path(__file__).parent)]


def _median(action, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        clock = time.perf_counter()
        action()
        times.append(time.perf_counter() - clock)
    return statistics.median(times)


def child(path: Path, mode: str, repeat: int) -> dict:
    from python_calamine import CalamineWorkbook

    from preaudit.parsers import xlsx
    from preaudit.parsers.limits import ReadLimits
    from preaudit.parsers.ooxml import vet_zip
    from preaudit.parsers.recognise import extract
    from preaudit.parsers.xlsx_survey import WorkbookSurvey

    limits = ReadLimits()
    if mode == "openpyxl":
        xlsx._calamine_sheets = lambda *args: None  # the fallback, as for a refused grid
    if mode == "floor":
        def bare() -> None:
            workbook = CalamineWorkbook.from_path(str(path))
            for name in workbook.sheet_names:
                workbook.get_sheet_by_name(name).to_python()
        return {"seconds": _median(bare, repeat), "rss_mb": _rss_mb()}
    if mode == "survey":
        plain = _median(lambda: vet_zip(path, limits), repeat)
        surveyed = _median(lambda: vet_zip(path, limits, WorkbookSurvey()), repeat)
        return {"seconds": surveyed - plain, "vet_seconds": plain, "rss_mb": _rss_mb()}
    document = xlsx.read(path, path.name, limits)
    seconds = _median(lambda: xlsx.read(path, path.name, limits), repeat)
    shape = [[t.sheet, t.title, len(t.rows), repr(t.rows)[:100_000]] for t in document.tables]
    return {"seconds": seconds, "extract_seconds": _median(lambda: extract(document), 1),
            "rss_mb": _rss_mb(), "shape": shape}


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _run(path: Path, mode: str, repeat: int) -> dict:
    done = subprocess.run([sys.executable, __file__, "--child", str(path), mode, str(repeat)],
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--child", nargs=3, metavar=("FILE", "MODE", "REPEAT"))
    args = parser.parse_args(argv)
    if args.child:
        path, mode, repeat = args.child
        print(json.dumps(child(Path(path), mode, int(repeat))))
        return 0
    if not args.files:
        import bundle

        args.files = [bundle.reference_bundle() / "附件3-满意度调查.xlsx"]
    print(f"1-min load average at start {os.getloadavg()[0]:.1f}; median of {args.repeat}.\n")
    print("| workbook | calamine path s | openpyxl path s | same tables | part survey s "
          "(vet_zip alone) | recognition s | calamine bare cells s | peak RSS calamine / "
          "openpyxl MB |")
    print("|---|---:|---:|:-:|---:|---:|---:|---:|")
    for path in args.files:
        fast, slow = _run(path, "calamine", args.repeat), _run(path, "openpyxl", args.repeat)
        survey, floor = _run(path, "survey", args.repeat), _run(path, "floor", args.repeat)
        same = "yes" if fast["shape"] == slow["shape"] else "**no**"
        print(f"| {path.name} | {fast['seconds']:.3f} | {slow['seconds']:.3f} | {same} | "
              f"{survey['seconds']:.3f} ({survey['vet_seconds']:.3f}) | "
              f"{fast['extract_seconds']:.3f} | {floor['seconds']:.3f} | "
              f"{fast['rss_mb']:.0f} / {slow['rss_mb']:.0f} |")
    print(f"\n1-min load average at end {os.getloadavg()[0]:.1f}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
