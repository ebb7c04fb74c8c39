"""Check layers (import-linter) and types (mypy) on a view of the source as it installs.

The stage folders (model/, parsers/ …) install as ``preaudit.model`` … through setuptools'
package-dir mapping (pyproject.toml). grimp (under import-linter) and mypy find a package's
modules by walking its folder, and preaudit/ holds only ``__init__.py``; so both run on a
temporary view — preaudit/__init__.py plus one link per mapped folder — put first on the path.

Run by hand: ``.venv/bin/python -m tests.layers`` (both reports; exit 1 if either fails).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import tomllib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def mapped_folders(root: Path = ROOT) -> dict[str, Path]:
    """``{"preaudit.model": root/model, …}`` from pyproject's package-dir (one definition)."""
    config = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    mapping = config["tool"]["setuptools"]["package-dir"]
    return {name: root / folder for name, folder in mapping.items()}


@contextmanager
def installed_view(root: Path = ROOT) -> Iterator[Path]:
    """A temporary folder holding ``preaudit/`` as it installs: its own files, copied, and a
    link per mapped stage folder."""
    with tempfile.TemporaryDirectory(prefix="preaudit-view-") as view:
        for name, folder in mapped_folders(root).items():
            target = Path(view, *name.split("."))
            if name.count(".") == 0:  # the top package: its own files, copied
                shutil.copytree(folder, target, ignore=shutil.ignore_patterns("__pycache__"))
            else:
                target.symlink_to(folder, target_is_directory=True)
        yield Path(view)


def lint_layers(root: Path = ROOT) -> subprocess.CompletedProcess[str]:
    command = [_tool("lint-imports"), str(root / "pyproject.toml"), "--no-cache", "--no-logo"]
    return _in_view(root, command, "PYTHONPATH")


def check_types(root: Path = ROOT) -> subprocess.CompletedProcess[str]:
    """mypy over the packages pyproject's [tool.mypy] names, at its strictness."""
    command = [_tool("mypy"), "--config-file", str(root / "pyproject.toml"), "--no-incremental"]
    return _in_view(root, command, "MYPYPATH")


def _in_view(root: Path, command: list[str], path_variable: str) -> subprocess.CompletedProcess[str]:
    with installed_view(root) as view:
        env = {**os.environ, path_variable: str(view)}
        return subprocess.run(command, cwd=view, env=env, capture_output=True, text=True,
                              check=False)


def _tool(name: str) -> str:
    found = Path(sys.executable).with_name(name)
    return str(found) if found.exists() else (shutil.which(name) or name)


if __name__ == "__main__":
    results = [lint_layers(), check_types()]
    for result in results:
        print(result.stdout, result.stderr, sep="", end="")
    sys.exit(1 if any(result.returncode for result in results) else 0)
