"""Benchmark: the whole audit against the raw-extraction floor, memory, batch and cache.

    .venv/bin/python bench/run_bench.py                 # about 4-5 minutes on 2 cores
    .venv/bin/python bench/run_bench.py --bundles-only  # the two bundles only, about 1 minute
    .venv/bin/python bench/run_bench.py --profile       # also a pyinstrument profile of one run

Two reference bundles with the same contents, measured side by side in one run: bundle.py's
(PDFs in a non-embedded CID font) and bundle_embedded.py's (PDFs with embedded TrueType
subsets, as Word or a ticketing system exports them). For each: the audit, the floor, their
ratio, the stages, and every file parsed alone with one worker beside its own floor.

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
import bundle_embedded  # noqa: E402

PYTHON = sys.executable
BATCH_PACKAGES = 20


# Child modes: each prints one JSON line ---------------------------------------------------


def child_audit(package: Path, out: Path, wall: float, cache: Path | None) -> dict[str, Any]:
    from dataclasses import replace

    from preaudit.pipeline.cache import open_cache
    from preaudit.pipeline.run import TOOL_VERSION, RunOptions, audit
    from preaudit.pipeline.settings import Settings

    settings = Settings()
    # Generous jail for the 2,000-page file: we measure speed and memory, not the limit.
    generous = replace(settings.job, wall_seconds=wall, cpu_seconds=int(wall))
    settings = replace(settings, job=generous)
    parse_cache = open_cache(cache, settings.job.read, TOOL_VERSION) if cache is not None else None
    options = RunOptions(settings=settings, cache=parse_cache)
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
    per_file: dict[str, float] = {}
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
        per_file[path.relative_to(package).as_posix()] = time.perf_counter() - clock
        seconds[fmt] += per_file[path.relative_to(package).as_posix()]
    return {"seconds": sum(seconds.values()), "by_format": seconds, "units": units,
            "per_file": per_file, "rss_self_mb": _maxrss_mb(resource.RUSAGE_SELF)}


def child_files(package: Path) -> dict[str, Any]:
    """Every file parsed alone, one worker, in its jailed child as the audit does it."""
    from preaudit.pipeline.discover import discover
    from preaudit.pipeline.isolate import JobLimits, parse_all

    found = discover(package)
    try:
        files = [(f.name, f.path) for f in found.files if f.path is not None]
        outcomes = parse_all(files, JobLimits(workers=1, wall_seconds=600, cpu_seconds=600))
    finally:
        found.close()
    return {
        "files": {
            o.name: {"seconds": o.seconds, "format": o.format, "error": o.error,
                     "records": o.extracted.record_count if o.extracted else 0}
            for o in outcomes
        },
        "rss_children_mb": _maxrss_mb(resource.RUSAGE_CHILDREN),
    }


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
    parser.add_argument("--bundles-only", action="store_true",
                        help="only the two bundles: no forms, cache or batch runs")
    parser.add_argument("--child-files", type=Path)
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
    elif args.child_files:
        print(json.dumps(child_files(args.child_files)))
    elif args.child_batch:
        source, out, workers = args.child_batch
        print(json.dumps(child_batch(Path(source), Path(out), int(workers))))
    elif args.child_profile:
        package, out, target = args.child_profile
        print(json.dumps(child_profile(Path(package), Path(out), Path(target))))
    else:
        results = run_all(profile=args.profile, pages_2000=not args.skip_2000,
                          bundles_only=args.bundles_only)
        print(markdown(results))
    return 0


BUNDLES = {  # name in the report -> builder
    "CID font, not embedded": bundle.reference_bundle,
    "embedded font subsets": bundle_embedded.embedded_bundle,
}


def run_all(*, profile: bool, pages_2000: bool, bundles_only: bool = False) -> dict[str, Any]:
    started = time.perf_counter()
    clock = time.perf_counter()
    packages = {name: build() for name, build in BUNDLES.items()}
    reference = packages["CID font, not embedded"]
    forms = {} if bundles_only else {200: bundle.forms_only_bundle(200)}
    if pages_2000 and not bundles_only:
        forms[2000] = bundle.forms_only_bundle(2000)
    results: dict[str, Any] = {"machine": machine(), "bundle_seconds": time.perf_counter() - clock}
    with tempfile.TemporaryDirectory(prefix="preaudit-bench-") as tmp:
        work = Path(tmp)
        results["bundles"] = {
            name: _measure_bundle(package, work, f"b{index}")
            for index, (name, package) in enumerate(packages.items())
        }
        results["forms"] = {
            pages: _audit(path, work, f"forms{pages}", wall=600) for pages, path in forms.items()
        }
        if not bundles_only:
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


def _measure_bundle(package: Path, work: Path, name: str) -> dict[str, Any]:
    """Audit, floor and ratio of one bundle, then each file alone against its own floor."""
    run = _audit(package, work, name)
    floor, _ = _child("--child-floor", str(package))
    files, _ = _child("--child-files", str(package))
    return {"run": run, "floor": floor, "ratio": run["seconds"] / floor["seconds"],
            "files": files, "fonts": _pdf_fonts(package)}


def _pdf_fonts(package: Path) -> dict[str, str]:
    """pdffonts' verdict per PDF: how many fonts, how many embedded (poppler-utils)."""
    verdicts = {}
    for path in sorted(package.rglob("*.pdf")):
        done = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True,
                              check=False)
        rows = [line.split() for line in done.stdout.splitlines()[2:]]
        embedded = sum(1 for row in rows if len(row) >= 5 and row[-5] == "yes")
        verdicts[path.relative_to(package).as_posix()] = f"{embedded}/{len(rows)} embedded"
    return verdicts


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
    m = r["machine"]
    lines = [
        f"Machine: {m['nproc']} cores, {m['cpu']}, Python {m['python']} ({m['platform']}); "
        f"1-min load average at start {m['load']:.1f}, at end {r['load_end']:.1f}.",
        "",
        *_bundles_table(r["bundles"]),
        "",
        *_stages_table(r["bundles"]),
        "",
        *_files_table(r["bundles"]),
    ]
    if r["forms"]:
        lines += ["", "| forms-only PDF | audit s | checks s | peak RSS audit / parser MB |",
                  "|---|---:|---:|---:|"]
        for pages, f in r["forms"].items():
            lines.append(f"| {pages} pages ({f['records']:,} records) | {f['seconds']:.1f} | "
                         f"{f['timings']['checks']:.3f} | {f['rss_self_mb']:.0f} / "
                         f"{f['rss_children_mb']:.0f} |")
    if "batch" in r:
        c1, c2 = r["cache_first"], r["cache_rerun"]
        b1, b2 = r["batch"][1], r["batch"][2]
        lines += [
            "",
            f"Cache (CID bundle): first run {c1['seconds']:.2f} s, re-run with every file "
            f"cached {c2['seconds']:.2f} s ({c2['timings'].get('parse.cached_files', 0):.0f} "
            f"files from the cache; parse stage {c2['timings']['parse']:.2f} s).",
            f"Batch of {b1['packages']} packages (sample clean/defects alternating): 1 worker "
            f"{b1['seconds']:.1f} s, 2 workers {b2['seconds']:.1f} s → **speed-up "
            f"{r['speedup']:.2f}×**.",
        ]
    lines.append(f"Whole benchmark: {r['bench_seconds']:.0f} s "
                 f"(bundle build {r['bundle_seconds']:.0f} s).")
    return "\n".join(lines)


def _bundles_table(bundles: dict[str, Any]) -> list[str]:
    names = list(bundles)
    rows = [
        ("audit of the bundle (in-process, after imports)",
         lambda b: f"{b['run']['seconds']:.2f} s"),
        ("`preaudit run` process wall time (incl. interpreter + imports)",
         lambda b: f"{b['run']['process_wall']:.2f} s"),
        ("raw-extraction floor (pypdfium2 text, calamine cells, lxml document.xml)",
         lambda b: f"{b['floor']['seconds']:.3f} s"),
        ("floor by format: pdf / xlsx / docx", lambda b: " / ".join(
            f"{b['floor']['by_format'][fmt]:.3f}" for fmt in ("pdf", "xlsx", "docx")) + " s"),
        ("**ratio audit / floor**", lambda b: f"**{b['ratio']:.1f}×**"),
        ("peak RSS, audit process / largest parser child",
         lambda b: f"{b['run']['rss_self_mb']:.0f} / {b['run']['rss_children_mb']:.0f} MB"),
        ("records read", lambda b: f"{b['run']['records']:,}"),
        ("verdict", lambda b: b["run"]["verdict"]),
        ("PDF fonts embedded (pdffonts)", lambda b: ", ".join(
            sorted(set(b["fonts"].values())))),
    ]
    lines = ["| measure | " + " | ".join(names) + " |", "|---|" + "---:|" * len(names)]
    lines += [f"| {label} | " + " | ".join(cell(bundles[n]) for n in names) + " |"
              for label, cell in rows]
    return lines


def _stages_table(bundles: dict[str, Any]) -> list[str]:
    names = list(bundles)
    keys = sorted({k for b in bundles.values() for k in b["run"]["timings"]
                   if not k.endswith(".files") and k != "parse.cached_files"})
    lines = ["Stages of each audit (parse per format = sum of per-file child seconds, files "
             "parsed 2 at a time):", "", "| stage | " + " | ".join(names) + " |",
             "|---|" + "---:|" * len(names)]
    lines += [f"| {key} | " + " | ".join(
        f"{bundles[n]['run']['timings'].get(key, 0.0):.2f}" for n in names) + " |"
        for key in keys]
    return lines


def _files_table(bundles: dict[str, Any]) -> list[str]:
    """Each file alone, one worker (fork + parse + recognition in the jailed child)."""
    names = list(bundles)
    header = " | ".join(f"{n}: parse s / floor s" for n in names)
    lines = ["Each file parsed alone, one worker (the jailed child: fork, read, recognise), "
             "beside its floor:", "", f"| file | records | {header} |",
             "|---|---:|" + "---:|" * len(names)]
    first = bundles[names[0]]["files"]["files"]
    for file_name, outcome in first.items():
        cells = []
        for n in names:
            parsed = bundles[n]["files"]["files"].get(file_name, {})
            floor = bundles[n]["floor"]["per_file"].get(file_name)
            floor_text = f"{floor:.3f}" if floor is not None else "–"
            cells.append(f"{parsed.get('seconds', 0.0):.2f} / {floor_text}")
        lines.append(f"| {file_name} | {outcome['records']:,} | " + " | ".join(cells) + " |")
    lines.append("| largest parser child, peak RSS | | " + " | ".join(
        f"{bundles[n]['files']['rss_children_mb']:.0f} MB" for n in names) + " |")
    return lines


if __name__ == "__main__":
    sys.exit(main())
