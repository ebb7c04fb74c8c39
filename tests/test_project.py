"""Project-wide guarantees: layers, lint, and the schema copy staying in step with the spec."""

from __future__ import annotations

import ast
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.layers import check_types, lint_layers, mapped_folders

ROOT = Path(__file__).resolve().parents[1]
SHARED_SCHEMA = ROOT.parent / "shared" / "spec" / "report.schema.json"
OWN_SCHEMA = ROOT / "reports" / "schema" / "report.schema.json"


def _tool(name: str) -> str:
    found = Path(sys.executable).with_name(name)
    return str(found) if found.exists() else (shutil.which(name) or name)


def test_layers_hold() -> None:
    """pipeline → parsers | checks | reports → model; checks and reports know no format."""
    result = lint_layers(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Analyzed" in result.stdout and "0 broken" in result.stdout  # it saw the modules


def test_layers_check_sees_a_violation(tmp_path: Path) -> None:
    """The view really holds the stage folders: an upward import in a copy is caught."""
    copy = tmp_path / "repo"
    shutil.copytree(ROOT / "preaudit", copy / "preaudit")
    for folder in mapped_folders(ROOT).values():
        if folder.name != "preaudit":
            shutil.copytree(folder, copy / folder.name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", copy / "pyproject.toml")
    vocabulary = copy / "model" / "vocabulary.py"
    vocabulary.write_text(vocabulary.read_text("utf-8") + "\nfrom preaudit.pipeline import run\n")
    result = lint_layers(copy)
    assert result.returncode != 0 and "preaudit.model.vocabulary -> preaudit.pipeline.run" in (
        result.stdout
    )


# An import of a stage by its bare name ("from parsers import …") would load a second copy of
# the module beside preaudit.parsers (two Finding classes, two registries) when run from a
# checkout, and fail when installed: every import names preaudit.
_STAGE = r"(?:model|parsers|checks|reports|pipeline|portal)(?:\.\w+)*"
_BARE_IMPORT = re.compile(rf"^\s*(?:from\s+{_STAGE}\s+import\b|import\s+{_STAGE}\s*(?:$|#|,|as\b))",
                          re.M)


def test_no_bare_stage_imports() -> None:
    skipped = {".venv", ".git", "node_modules", "__pycache__"}
    offenders = [
        str(path.relative_to(ROOT))
        for path in ROOT.rglob("*.py")
        if not skipped & set(path.relative_to(ROOT).parts)
        and _BARE_IMPORT.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


# A module-level name bound twice silently changes the first one's users: round 17 wrote a
# second _ANSWERED_BY far below decision 203's, and 203's rule read the later, narrower set.
# One definition of each thing, checked for every module the package installs.
def _rebound_names(source: str) -> list[str]:
    counts: dict[str, int] = {}
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            names = [target.id for target in node.targets if isinstance(target, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names = [node.target.id]
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names = [node.name]
        else:
            names = []
        for name in names:
            counts[name] = counts.get(name, 0) + 1
    return [name for name, count in counts.items() if count > 1]


def test_no_module_binds_a_name_twice() -> None:
    rebound = {
        str(path.relative_to(ROOT)): names
        for folder in mapped_folders(ROOT).values()
        for path in folder.rglob("*.py")
        if (names := _rebound_names(path.read_text(encoding="utf-8")))
    }
    assert rebound == {}


def test_rebinding_is_seen() -> None:
    assert _rebound_names("A = 1\ndef f():\n    return A\nA = 2\n") == ["A"]
    assert _rebound_names("A = 1\nB: int = 2\n") == []


@pytest.mark.slow
def test_install_adds_only_the_preaudit_package(tmp_path: Path) -> None:
    """``pip install .`` into a clean venv puts preaudit and its dist-info in site-packages,
    nothing with a generic name (model, parsers …) beside them."""
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    site = next((venv / "lib").glob("python*/site-packages"))
    before = {p.name for p in site.iterdir()}
    pip = [str(venv / "bin" / "python"), "-m", "pip", "install", "--no-deps", "--quiet",
           str(ROOT)]
    build = tmp_path / "build"  # a copy: the build must not leave egg-info in the checkout
    shutil.copytree(ROOT, build, ignore=shutil.ignore_patterns(
        ".venv", ".git", "__pycache__", "out", "*.egg-info", "build", ".cache", "node_modules"))
    pip[-1] = str(build)
    result = subprocess.run(pip, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    added = sorted({p.name for p in site.iterdir()} - before)
    assert [name for name in added if not name.endswith(".dist-info")] == ["preaudit"]
    assert len(added) == 2 and added[1].startswith("preaudit-")
    stages = sorted(p.name for p in (site / "preaudit").iterdir() if p.is_dir() and p.name != "__pycache__")
    assert stages == ["checks", "model", "parsers", "pipeline", "portal", "reports"]


def test_ruff_clean() -> None:
    result = subprocess.run([_tool("ruff"), "check", "."], cwd=ROOT, capture_output=True,
                            text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


# Blank lines between definitions (pycodestyle E30x) are preview rules in ruff, so the main
# selection cannot hold them; a moved block leaving three blank lines is caught here.
def test_blank_lines_between_definitions() -> None:
    result = subprocess.run(
        [_tool("ruff"), "check", "--preview", "--select", "E301,E302,E303,E305", "."],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
def test_types_check() -> None:
    """mypy over model/, checks/ and reports/ at the strictness pyproject.toml sets."""
    result = check_types(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success: no issues found" in result.stdout and " 0 source files" not in result.stdout


@pytest.mark.skipif(not SHARED_SCHEMA.exists(), reason="../shared is not beside this checkout")
def test_schema_copy_equals_spec() -> None:
    assert json.loads(OWN_SCHEMA.read_text("utf-8")) == json.loads(SHARED_SCHEMA.read_text("utf-8"))
