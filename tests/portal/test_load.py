"""A slim run of bench/portal_load.py: concurrent uploads from several users, none lost or
crossed. The figures are the bench's business (bench/README.md), not asserted here."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench" / "portal_load.py"


@pytest.mark.slow
def test_concurrent_uploads_all_finish_once_for_their_own_user() -> None:
    spec = importlib.util.spec_from_file_location("portal_load", BENCH)
    assert spec and spec.loader
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    figures = bench.run_load(uploads=6, users=3, workers=2, timeout=600)
    assert figures["problems"] == []
    assert figures["jobs_per_minute"] > 0 and figures["upload_p95_s"] >= figures["upload_median_s"]
