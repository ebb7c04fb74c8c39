"""Project-wide guarantees: layers, lint, and the schema copy staying in step with the spec."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED_SCHEMA = ROOT.parent / "shared" / "spec" / "report.schema.json"
OWN_SCHEMA = ROOT / "reports" / "schema" / "report.schema.json"


def _tool(name: str) -> str:
    found = Path(sys.executable).with_name(name)
    return str(found) if found.exists() else (shutil.which(name) or name)


def test_layers_hold() -> None:
    """pipeline → parsers | checks | reports → model; checks and reports know no format."""
    result = subprocess.run([_tool("lint-imports")], cwd=ROOT, capture_output=True, text=True,
                            check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_clean() -> None:
    result = subprocess.run([_tool("ruff"), "check", "."], cwd=ROOT, capture_output=True,
                            text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
def test_types_check() -> None:
    """mypy over model/, checks/ and reports/ at the strictness pyproject.toml sets."""
    result = subprocess.run([_tool("mypy")], cwd=ROOT, capture_output=True, text=True,
                            check=False)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.skipif(not SHARED_SCHEMA.exists(), reason="../shared is not beside this checkout")
def test_schema_copy_equals_spec() -> None:
    assert json.loads(OWN_SCHEMA.read_text("utf-8")) == json.loads(SHARED_SCHEMA.read_text("utf-8"))
