"""Check the layers with import-linter on a view of the source as it installs.

The stage folders (model/, parsers/ …) install as ``preaudit.model`` … through setuptools'
package-dir mapping (pyproject.toml). grimp, under import-linter, finds a package's modules by
walking its folder, and preaudit/ holds only ``__init__.py``; so the contracts are checked on a
temporary view — preaudit/__init__.py plus one link per mapped folder — put first on the path.

Run by hand: ``.venv/bin/python -m tests.layers`` (exit status and report of lint-imports).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def mapped_folders(root: Path = ROOT) -> dict[str, Path]:
    """``{"preaudit.model": root/model, …}`` from pyproject's package-dir (one definition)."""
    config = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    mapping = config["tool"]["setuptools"]["package-dir"]
    return {name: root / folder for name, folder in mapping.items()}


def lint_layers(root: Path = ROOT) -> subprocess.CompletedProcess[str]:
    with tempfile.TemporaryDirectory(prefix="preaudit-layers-") as view:
        for name, folder in mapped_folders(root).items():
            target = Path(view, *name.split("."))
            if name.count(".") == 0:  # the top package: its own files, copied
                shutil.copytree(folder, target, ignore=shutil.ignore_patterns("__pycache__"))
            else:
                target.symlink_to(folder, target_is_directory=True)
        env = {**os.environ, "PYTHONPATH": view}
        command = [_tool("lint-imports"), str(root / "pyproject.toml"), "--no-cache", "--no-logo"]
        return subprocess.run(command, cwd=view, env=env, capture_output=True, text=True,
                              check=False)


def _tool(name: str) -> str:
    found = Path(sys.executable).with_name(name)
    return str(found) if found.exists() else (shutil.which(name) or name)


if __name__ == "__main__":
    result = lint_layers()
    print(result.stdout, result.stderr, sep="", end="")
    sys.exit(result.returncode)
