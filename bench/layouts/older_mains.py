# ruff: noqa: E501  -- Markdown table rows
"""Is a held-out set hard, or is the reader good? The same set read by older mains (decision 388).

    .venv/bin/python bench/layouts/older_mains.py SET COMMIT... [--write FILE.md] [--keep]

A held-out set's first run mixes two things: how far the reader has come, and how hard the set
is (sets differ: the pool of public layouts thins, the gatherers' luck varies). Reading the same
set with older mains — commits drawn before the set existed, that none of its layouts could
have tuned — separates them: the older mains' figures are the set's difficulty, the rise from
the oldest to today is what the project's work carried to layouts it never saw.

SET is ``unseen`` (the current held-out set) or a retired split (``retired16``), copied into
each older main's worktree as its held-out split. Each commit is checked out detached under
/tmp/older-mains/ and run with this environment's interpreter and libraries; its own package is
imported in place of this one by a ``sitecustomize`` that repoints the editable install (child
processes inherit it through PYTHONPATH). Only each run's headline is printed and written: the
held-out set's rows go to a ``*.DONOTREAD`` file next to the run (decision 136).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bench.layouts import corpus  # noqa: E402

WORK = Path("/tmp/older-mains")
HEADLINE = re.compile(r"^\| \*\*unseen\*\* \|(.*)\|\s*$", re.MULTILINE)
# The editable install's finder module maps ``preaudit.*`` to this checkout's folders.
_SITECUSTOMIZE = '''"""Written by bench/layouts/older_mains.py: import preaudit from an older checkout."""
import sys
for _name, _module in list(sys.modules.items()):
    if _name.startswith("__editable__") and _name.endswith("_finder"):
        _module.MAPPING.update({{key: path.replace({new!r}, {old!r}, 1)
                                for key, path in _module.MAPPING.items()}})
'''


@dataclass(frozen=True)
class Run:
    commit: str
    subject: str
    headline: str  # the held-out headline row's cells after the split name, or why none


def held_out_files(split: str) -> dict[str, str]:
    """The files that make ``split`` an older main's held-out split: target name -> text."""
    layouts = corpus.HERE
    if split == corpus.HELD_OUT:
        toml, wordings = corpus.SPLIT_FILES[split]
        return {name: (layouts / name).read_text(encoding="utf-8")
                for name in (toml, f"{wordings}.py", "SOURCES-unseen.md")}
    if split not in corpus.TUNABLE or split == "seen":
        raise SystemExit(f"older_mains: {split!r} is neither the held-out split nor a retired one")
    toml, wordings = corpus.SPLIT_FILES[split]
    held_toml, held_wordings = corpus.SPLIT_FILES[corpus.HELD_OUT]
    module = (layouts / f"{wordings}.py").read_text(encoding="utf-8")
    module = module.replace(toml, held_toml).replace(f'"{wordings}.py"', f'"{held_wordings}.py"')
    return {held_toml: (layouts / toml).read_text(encoding="utf-8"),
            f"{held_wordings}.py": module,
            "SOURCES-unseen.md": (layouts / f"SOURCES-{split}.md").read_text(encoding="utf-8")}


def sitecustomize(older: Path) -> str:
    """A sitecustomize that repoints this checkout's editable install to ``older``."""
    return _SITECUSTOMIZE.format(new=f"{ROOT}/", old=f"{older}/")


def headline(results: str) -> str:
    """The held-out headline row's cells (files … false findings), or '' if the run wrote none."""
    found = HEADLINE.search(results)
    return found.group(1).strip() if found else ""


def _git(*args: str) -> str:
    return subprocess.run(["git", "-C", str(ROOT), *args], capture_output=True, text=True,
                          check=True).stdout.strip()


def read_with(commit: str, split: str, files: dict[str, str], keep: bool) -> Run:
    """Score ``files`` as the held-out split of an older main at ``commit``."""
    tree, site, out = WORK / commit, WORK / f"{commit}-site", WORK / f"{commit}-{split}"
    WORK.mkdir(parents=True, exist_ok=True)
    if not tree.exists():
        _git("worktree", "add", "--detach", str(tree), commit)
    for name, text in files.items():
        (tree / "bench" / "layouts" / name).write_text(text, encoding="utf-8")
    site.mkdir(parents=True, exist_ok=True)
    (site / "sitecustomize.py").write_text(sitecustomize(tree), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(site)}
    shutil.rmtree(out, ignore_errors=True)
    done = subprocess.run([sys.executable, "bench/layouts/score.py", "--held-out-only", "--out",
                           str(out)], cwd=tree, env=env, capture_output=True, text=True)
    rows = out / "RESULTS-unseen.md"
    if rows.exists():
        rows.rename(out.parent / f"{out.name}-rows.DONOTREAD")
    for generated in ("files", "packages", "_clean"):  # the set's files: nothing to keep
        shutil.rmtree(out / generated, ignore_errors=True)
    summary = out / "RESULTS-held-out.md"
    cells = headline(summary.read_text(encoding="utf-8")) if summary.exists() else ""
    if not keep:
        _git("worktree", "remove", "--force", str(tree))
    subject = _git("log", "-1", "--format=%s", commit)
    return Run(commit, subject, cells or f"no headline (score.py exit {done.returncode})")


def table(split: str, runs: list[Run]) -> str:
    lines = [f"# The {split} split read by older mains (bench/layouts/older_mains.py, decision 388)",
             "",
             "Each older main was drawn before this set existed; its figures are the set's difficulty "
             "for the reader as it then stood.",
             "",
             "| main | files | kind right | records found | fields exact | dates read | packages without false finding | false findings |",
             "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for run in runs:
        label = f"{run.commit} ({run.subject[:70]}…)"
        lines.append(f"| {label} | {run.headline} |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("split")
    parser.add_argument("commits", nargs="+")
    parser.add_argument("--write", type=Path)
    parser.add_argument("--keep", action="store_true", help="keep the older worktrees")
    args = parser.parse_args(argv)
    files = held_out_files(args.split)
    runs = []
    for commit in args.commits:
        run = read_with(_git("rev-parse", "--short", commit), args.split, files, args.keep)
        print(f"{run.commit}: {run.headline}", flush=True)
        runs.append(run)
    if args.write:
        args.write.write_text(table(args.split, runs), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
