"""The older-mains control (bench/layouts/older_mains.py, decision 388): a retired split becomes
an older main's held-out split under the held-out names, the older checkout's package is the one
imported, and only the headline is taken from a run."""

from __future__ import annotations

import sys
import types

import pytest

from bench.layouts import corpus
from bench.layouts import older_mains as om


def test_a_retired_split_is_handed_over_under_the_held_out_names() -> None:
    files = om.held_out_files("retired16")
    toml, wordings = corpus.SPLIT_FILES[corpus.HELD_OUT]
    assert set(files) == {toml, f"{wordings}.py", "SOURCES-unseen.md"}
    assert files[toml] == (corpus.HERE / "retired16.toml").read_text(encoding="utf-8")
    module = files[f"{wordings}.py"]
    assert "retired16.toml" not in module and toml in module


@pytest.mark.parametrize("split", ["seen", "no_such_split"])
def test_only_the_held_out_or_a_retired_split_can_be_read_by_older_mains(split: str) -> None:
    with pytest.raises(SystemExit):
        om.held_out_files(split)


def test_the_sitecustomize_repoints_the_editable_install_to_the_older_checkout() -> None:
    finder = types.ModuleType("__editable___preaudit_9_finder")
    mapping = {"preaudit.parsers": f"{om.ROOT}/parsers", "other": "/elsewhere/x"}
    finder.MAPPING = mapping  # type: ignore[attr-defined]
    sys.modules[finder.__name__] = finder
    try:
        exec(om.sitecustomize(om.WORK / "abc1234"), {})
    finally:
        del sys.modules[finder.__name__]
    assert mapping == {"preaudit.parsers": f"{om.WORK}/abc1234/parsers", "other": "/elsewhere/x"}


def test_only_the_headline_row_is_taken_from_a_run() -> None:
    results = ("| | files | kind right |\n|---|---:|---:|\n"
               "| **unseen** | 111 | 108/111 | 94.3 % |\n| wo_x | xlsx | yes |\n")
    assert om.headline(results) == "111 | 108/111 | 94.3 %"
    assert om.headline("| **seen** | 3 | 3/3 |\n") == ""
