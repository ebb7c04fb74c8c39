"""Benchmark: the whole audit against the raw-extraction floor, memory, batch and cache.

    .venv/bin/python bench/run_bench.py            # about 3-4 minutes on 2 cores
    .venv/bin/python bench/run_bench.py --profile  # also a pyinstrument profile of one run

Every measurement runs in a fresh child process, so peak RSS (ru_maxrss) belongs to that run
only: "self" is the audit process, "children" the largest per-file parser it forked.
Prints a Markdown report (copy it into bench/README.md) and writes bench/.cache/results.json.
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(Path(__file__).parent)]

import bundle  # noqa: E402  (bench/ is not a package)

PYTHON = sys.executable
BATCH_PACKAGES = 20


# Child modes: each prints one JSON line ---------------------------------------------------


def child_audit(package: Path, out: Path, wall: float, cache: Path | None) -> dict[str, Any]:
    from dataclasses import replace

    from preaudit.pipeline.cache import open_cache
    from preaudit.pipeline.run import TOOL_VERSION, RunOptions, audit

    options = RunOptions()
    # Generous jail for the 2,000-page file: we measure speed and memory, not the limit.
    options.limits = replace(options.limits, wall_seconds=wall, cpu_seconds=int(wall))
    if cache is not None:
        options.cache = open_cache(cache, options.limits.read, TOOL_VERSION)
    clock = time.perf_counter()
    result = audit(package, out, options)
    return {
        "seconds": time.perf_counter() - clock,
        "timings": result.timings,
        "records": sum(d.get("records") or 0 for d in result.report["documents"]),
        "verdict": result.report["verdict"],
        "rss_self_mb": _maxrss_mb(resource.RUSAGE_SELF),
        "rss_children_mb": _maxrss_mb(resource.RUSAGE_CHILDREN),
    }


def child_floor(package: Path) -> dict[str, Any]:
    """The least any reader must do: every PDF page's text, every cell, every Word w:t."""
    import zipfile

    import pypdfium2 as pdfium
    from lxml import etree
    from python_calamine import CalamineWorkbook

    seconds: dict[str, float] = {"pdf": 0.0, "xlsx": 0.0, "docx": 0.0}
    units = {"pdf": 0, "xlsx": 0, "docx": 0}
    for path in sorted(package.rglob("*")):
        fmt = path.suffix.lstrip(".")
        if fmt not in seconds:
            continue
        clock = time.perf_counter()
        if fmt == "pdf":
            document = pdfium.PdfDocument(str(path))
            for page in document:
                textpage = page.get_textpage()
                textpage.get_text_bounded()
                textpage.close()
                page.close()
                units[fmt] += 1
            document.close()
        elif fmt == "xlsx":
            workbook = CalamineWorkbook.from_path(str(path))
            for name in workbook.sheet_names:
                units[fmt] += len(workbook.get_sheet_by_name(name).to_python())
        else:
            with zipfile.ZipFile(path) as archive:
                root = etree.fromstring(archive.read("word/document.xml"))
            units[fmt] += len(root.findall(".//{*}tr"))
            "".join(root.itertext())
        seconds[fmt] += time.perf_counter() - clock
    return {"seconds": sum(seconds.values()), "by_format": seconds, "units": units,
            "rss_self_mb": _maxrss_mb(resource.RUSAGE_SELF)}


def child_batch(source: Path, out: Path, workers: int) -> dict[str, Any]:
    from preaudit.pipeline.batch import run_batch
    from preaudit.pipeline.run import RunOptions

    result = run_batch(source, out, RunOptions(), workers=workers)
    errors = [row for row in result.rows if row["verdict"] == "error"]
    return {"seconds": result.seconds, "packages": len(result.rows), "errors": len(errors)}


def child_profile(package: Path, out: Path, target: Path) -> dict[str, Any]:
    """Profile one audit with every file parsed in this process (the daemonic fallback path),
    so the profile sees parsing, checks and reports together."""
    import multiprocessing

    from pyinstrument import Profiler

    from preaudit.pipeline.run import RunOptions, audit

    process = multiprocessing.current_process()
    process._config = {**process._config, "daemon": True}  # type: ignore[attr-defined]
    profiler = Profiler(interval=0.002)
    profiler.start()
    audit(package, out, RunOptions())
    profiler.stop()
    target.write_text(profiler.output_text(unicode=True, color=False, show_all=False), "utf-8")
    return {"profile": str(target)}


def _maxrss_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # Linux reports KiB


# The parent: run the children, collect, report -------------------------------------------


def _child(*args: str) -> tuple[dict[str, Any], float]:
    clock = time.perf_counter()
    done = subprocess.run([PYTHON, __file__, *args], capture_output=True, text=True, check=False)
    wall = time.perf_counter() - clock
    if done.returncode != 0:
        raise SystemExit(f"bench child {args[0]} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1]), wall


def _audit(package: Path, work: Path, name: str, wall: float = 60, cache: Path | None = None
           ) -> dict[str, Any]:
    args = ["--child-audit", str(package), str(work / name), str(wall)]
    result, process_wall = _child(*args, *(["--cache", str(cache)] if cache else []))
    result["process_wall"] = process_wall  # interpreter start and imports included
    return result


def _batch_source(work: Path) -> Path:
    source = work / "batch-in"
    packages = ROOT / "sample_data" / "packages"
    for n in range(BATCH_PACKAGES):
        shutil.copytree(packages / ("clean" if n % 2 else "defects"), source / f"pkg{n:02d}")
    return source


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--profile", action="store_true", help="also run pyinstrument")
    parser.add_argument("--skip-2000", action="store_true", help="skip the 2,000-page run")
    parser.add_argument("--child-audit", nargs=3, metavar=("PKG", "OUT", "WALL"))
    parser.add_argument("--cache", type=Path)
    parser.add_argument("--child-floor", type=Path)
    parser.add_argument("--child-batch", nargs=3, metavar=("SRC", "OUT", "WORKERS"))
    parser.add_argument("--child-profile", nargs=3, metavar=("PKG", "OUT", "TARGET"))
    args = parser.parse_args(argv)
    if args.child_audit:
        package, out, wall = args.child_audit
        print(json.dumps(child_audit(Path(package), Path(out), float(wall), args.cache)))
    elif args.child_floor:
        print(json.dumps(child_floor(args.child_floor)))
    elif args.child_batch:
        source, out, workers = args.child_batch
        print(json.dumps(child_batch(Path(source), Path(out), int(workers))))
    elif args.child_profile:
        package, out, target = args.child_profile
        print(json.dumps(child_profile(Path(package), Path(out), Path(target))))
    else:
        results = run_all(profile=args.profile, pages_2000=not args.skip_2000)
        print(markdown(results))
    return 0


def run_all(*, profile: bool, pages_2000: bool) -> dict[str, Any]:
    started = time.perf_counter()
    clock = time.perf_counter()
    reference = bundle.reference_bundle()
    forms = {200: bundle.forms_only_bundle(200)}
    if pages_2000:
        forms[2000] = bundle.forms_only_bundle(2000)
    results: dict[str, Any] = {"machine": machine(), "bundle_seconds": time.perf_counter() - clock}
    with tempfile.TemporaryDirectory(prefix="preaudit-bench-") as tmp:
        work = Path(tmp)
        results["run"] = _audit(reference, work, "ref")
        results["floor"], _ = _child("--child-floor", str(reference))
        results["ratio"] = results["run"]["seconds"] / results["floor"]["seconds"]
        results["forms"] = {
            pages: _audit(path, work, f"forms{pages}", wall=600) for pages, path in forms.items()
        }
        cache = work / "cache"
        results["cache_first"] = _audit(reference, work, "c1", cache=cache)
        results["cache_rerun"] = _audit(reference, work, "c2", cache=cache)
        source = _batch_source(work)
        results["batch"] = {
            workers: _child("--child-batch", str(source), str(work / f"b{workers}"),
                            str(workers))[0]
            for workers in (1, 2)
        }
        results["speedup"] = results["batch"][1]["seconds"] / results["batch"][2]["seconds"]
        if profile:
            target = bundle.CACHE / "profile.txt"
            _child("--child-profile", str(reference), str(work / "prof"), str(target))
            results["profile"] = str(target)
    results["bench_seconds"] = time.perf_counter() - started
    results["load_end"] = __import__("os").getloadavg()[0]
    (bundle.CACHE / "results.json").write_text(json.dumps(results, indent=2), "utf-8")
    return results


def machine() -> dict[str, Any]:
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import os

    # Other processes on the box skew every ratio here: record how busy it was.
    return {"nproc": os.cpu_count(), "cpu": model, "python": platform.python_version(),
            "platform": platform.platform(), "load": os.getloadavg()[0]}


def markdown(r: dict[str, Any]) -> str:
    run, floor = r["run"], r["floor"]
    t = run["timings"]
    m = r["machine"]
    lines = [
        f"Machine: {m['nproc']} cores, {m['cpu']}, Python {m['python']} ({m['platform']}); "
        f"1-min load average at start {m['load']:.1f}, at end {r['load_end']:.1f}.",
        "",
        "| measure | value |",
        "|---|---:|",
        f"| audit of the reference bundle (in-process, after imports) | {run['seconds']:.2f} s |",
        f"| `preaudit run` process wall time (incl. interpreter + imports) "
        f"| {run['process_wall']:.2f} s |",
        f"| raw-extraction floor (pypdfium2 text, calamine cells, lxml document.xml) "
        f"| {floor['seconds']:.3f} s |",
        f"| **ratio run / floor** | **{r['ratio']:.0f}×** |",
        f"| peak RSS, audit process / largest parser child | {run['rss_self_mb']:.0f} / "
        f"{run['rss_children_mb']:.0f} MB |",
        f"| records read | {run['records']:,} |",
    ]
    lines += ["", "Stages of the reference run (parse per format = sum of per-file child "
              "seconds, files parsed one per worker, 2 at a time):", "",
              "| stage | seconds |", "|---|---:|"]
    for key in sorted(t):
        if not key.endswith(".files") and key != "parse.cached_files":
            lines.append(f"| {key} | {t[key]:.2f} |")
    lines += ["", "Floor by format: " + ", ".join(
        f"{fmt} {secs:.3f} s ({floor['units'][fmt]:,} {'pages' if fmt == 'pdf' else 'rows'})"
        for fmt, secs in floor["by_format"].items())]
    lines += ["", "| forms-only PDF | audit s | checks s | peak RSS audit / parser MB |",
              "|---|---:|---:|---:|"]
    for pages, f in r["forms"].items():
        lines.append(f"| {pages} pages ({f['records']:,} records) | {f['seconds']:.1f} | "
                     f"{f['timings']['checks']:.3f} | {f['rss_self_mb']:.0f} / "
                     f"{f['rss_children_mb']:.0f} |")
    c1, c2 = r["cache_first"], r["cache_rerun"]
    b1, b2 = r["batch"][1], r["batch"][2]
    lines += [
        "",
        f"Cache: first run {c1['seconds']:.2f} s, re-run with every file cached "
        f"{c2['seconds']:.2f} s ({c2['timings'].get('parse.cached_files', 0):.0f} files from "
        f"the cache; parse stage {c2['timings']['parse']:.2f} s).",
        f"Batch of {b1['packages']} packages (sample clean/defects alternating): 1 worker "
        f"{b1['seconds']:.1f} s, 2 workers {b2['seconds']:.1f} s → **speed-up "
        f"{r['speedup']:.2f}×**.",
        f"Whole benchmark: {r['bench_seconds']:.0f} s (bundle build {r['bundle_seconds']:.0f} s).",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
