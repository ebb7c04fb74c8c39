"""Everything after parsing, timed stage by stage on the embedded-font bundle (issue 15).

    .venv/bin/python bench/post_parse.py                  # median of 5, a Markdown table
    .venv/bin/python bench/post_parse.py --save DIR       # also keep the four outputs in DIR
    .venv/bin/python bench/post_parse.py --profile FILE   # pyinstrument of one post-parse pass

The bundle is parsed once, through the pipeline's own content-hash parse cache (kept in
bench/.cache/parse-cache, so later runs skip parsing; a parser change invalidates it). Then the
same stages pipeline/run.py's ``audit`` runs are timed separately, each ``--repeat`` times:
the checks stage (frames, rules, report dict: what ``timings["checks"]`` holds), then each
report writer. The machine is shared: the load average is printed with the numbers.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(Path(__file__).parent)]

import bundle  # noqa: E402  (bench/ is not a package)
import bundle_embedded  # noqa: E402

from preaudit.checks.context import CheckContext  # noqa: E402
from preaudit.checks.rules import run_checks  # noqa: E402
from preaudit.model.report import Report  # noqa: E402
from preaudit.pipeline import run  # noqa: E402
from preaudit.pipeline.cache import open_cache  # noqa: E402
from preaudit.pipeline.discover import discover  # noqa: E402
from preaudit.pipeline.manifest import read_manifest  # noqa: E402
from preaudit.pipeline.settings import Settings  # noqa: E402
from preaudit.reports.html import write_html  # noqa: E402
from preaudit.reports.json_report import write_json  # noqa: E402
from preaudit.reports.xlsx import write_findings_xlsx  # noqa: E402

CACHE = bundle.CACHE / "parse-cache"


class Parsed:
    """The bundle after parsing: what the checks stage starts from."""

    def __init__(self, package_path: Path) -> None:
        options = run.RunOptions(cache=open_cache(CACHE, Settings().job.read, run.TOOL_VERSION))
        package = discover(package_path)
        try:
            self.manifest, _ = read_manifest(package.manifest_path)
            self.documents, self.outcomes = run._parse(
                package, self.manifest.columns, options, {}
            )
        finally:
            package.close()
        self.name = package.name
        self.key = run.package_key(self.documents)
        self.options = options
        self.as_of: date = self.manifest.as_of or date.today()

    def context(self) -> CheckContext:
        return run._context(self.documents, self.outcomes, self.manifest, self.as_of, self.options)

    def checks_stage(self) -> Report:
        """What pipeline.run.audit times as "checks": frames, rules, the report dict."""
        ctx = self.context()
        findings = run_checks(ctx)
        return run.assemble_report(self.name, ctx, findings, self.key, self.options.lang)


def median_seconds(step: Callable[[], object], repeat: int) -> tuple[float, float]:
    """Median wall and CPU seconds of ``step``. The CPU time (this process's) is what other
    load on the shared machine disturbs least."""
    walls, cpus = [], []
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        step()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls), statistics.median(cpus)


def first_calls(parsed: Parsed, out: Path) -> dict[str, float]:
    """Wall seconds of each stage's first call in this process, as a one-off ``preaudit run``
    pays them: lazy imports, regex and template compilation included."""
    seconds = {}
    clock = time.perf_counter()
    report = parsed.checks_stage()
    seconds["checks stage"] = time.perf_counter() - clock
    for name, write in (("report.json", write_json), ("report.html", write_html),
                        ("findings.xlsx", write_findings_xlsx)):  # fmt: skip
        clock = time.perf_counter()
        write(report, out / name)
        seconds[name] = time.perf_counter() - clock
    seconds["reports stage"] = sum(seconds[n] for n in ("report.json", "report.html",
                                                        "findings.xlsx"))  # fmt: skip
    return seconds


def measure(parsed: Parsed, out: Path, repeat: int) -> dict[str, tuple[float, float]]:
    report = parsed.checks_stage()
    ctx = parsed.context()
    findings = run_checks(ctx)
    rows: dict[str, tuple[float, float]] = {
        "checks: frames": median_seconds(parsed.context, repeat),
        "checks: rules": median_seconds(lambda: run_checks(parsed.context()), repeat),
        "checks: report dict": median_seconds(
            lambda: run.assemble_report(parsed.name, ctx, findings, parsed.key, "zh"), repeat
        ),
        "checks stage": median_seconds(parsed.checks_stage, repeat),
        "report.json": median_seconds(lambda: write_json(report, out / "report.json"), repeat),
        "report.html": median_seconds(lambda: write_html(report, out / "report.html"), repeat),
        "findings.xlsx": median_seconds(
            lambda: write_findings_xlsx(report, out / "findings.xlsx"), repeat
        ),
        "reports stage": median_seconds(
            lambda: run.write_outputs(report, out, mask=True), repeat
        ),
    }
    frames, rules = rows["checks: frames"], rows["checks: rules"]  # rules ran on fresh frames
    rows["checks: rules"] = (rules[0] - frames[0], rules[1] - frames[1])
    return rows


def profile(parsed: Parsed, out: Path, target: Path) -> None:
    from pyinstrument import Profiler  # a bench tool only: pip install pyinstrument

    profiler = Profiler(interval=0.001)
    profiler.start()
    report = parsed.checks_stage()
    run.write_outputs(report, out, mask=True)
    profiler.stop()
    target.write_text(profiler.output_text(unicode=True, color=False), "utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--save", type=Path, help="write the four outputs here too")
    parser.add_argument("--profile", type=Path, help="write a pyinstrument profile here")
    parser.add_argument("--package", type=Path, help="another package instead of the bundle")
    args = parser.parse_args(argv)
    package = args.package or bundle_embedded.embedded_bundle()
    parsed = Parsed(package)
    records = sum(d.records or 0 for d in parsed.documents)
    with tempfile.TemporaryDirectory(prefix="preaudit-postparse-") as tmp:
        out = Path(tmp)
        if args.profile:
            profile(parsed, out, args.profile)
            print(f"profile written to {args.profile}")
            return 0
        before = os.getloadavg()
        first = first_calls(parsed, out)
        rows = measure(parsed, out, args.repeat)
        after = os.getloadavg()
    if args.save:
        run.write_outputs(parsed.checks_stage(), args.save, mask=True)
    print(_table(rows, first, package, records, args.repeat, before, after))
    return 0


def _table(rows: dict[str, tuple[float, float]], first: dict[str, float], package: Path,
           records: int, repeat: int, before: tuple[float, ...], after: tuple[float, ...]
           ) -> str:
    lines = [
        f"{package.name}: {records:,} records; median of {repeat}; "
        f"{os.cpu_count()} CPUs, Python {platform.python_version()}; "
        f"load average {before[0]:.2f} before, {after[0]:.2f} after",
        "",
        "| stage | first call, wall s | median wall s | median CPU s |",
        "|---|---:|---:|---:|",
    ]
    lines += [
        f"| {name} | {_seconds(first.get(name))} | {wall:.3f} | {cpu:.3f} |"
        for name, (wall, cpu) in rows.items()
    ]
    return "\n".join(lines)


def _seconds(value: float | None) -> str:
    return "" if value is None else f"{value:.3f}"


if __name__ == "__main__":
    raise SystemExit(main())
