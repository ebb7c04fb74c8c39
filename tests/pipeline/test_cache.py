"""The parse cache: reused only for the same bytes and settings, private, never a stale read."""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

import pytest

from preaudit.parsers.detect import sha256_of
from preaudit.parsers.limits import ReadLimits
from preaudit.pipeline import cache as parse_cache
from preaudit.pipeline.cache import CacheError, ParseCache, open_cache, parser_settings_hash
from preaudit.pipeline.run import RunOptions, audit

PACKAGES = Path(__file__).resolve().parents[2] / "sample_data" / "packages"


def _findings(report: dict) -> list[tuple]:
    return sorted((f["code"], f["field"], len(f["evidence"])) for f in report["findings"])


@pytest.fixture
def package(tmp_path: Path) -> Path:
    target = tmp_path / "clean"
    shutil.copytree(PACKAGES / "clean", target)
    return target


def test_second_run_parses_nothing_and_reports_the_same(package: Path, tmp_path: Path) -> None:
    cache = open_cache(tmp_path / "cache", ReadLimits(), "test")
    first = audit(package, tmp_path / "o1", RunOptions(cache=cache))
    assert first.timings["parse.cached_files"] == 0
    second = audit(package, tmp_path / "o2", RunOptions(cache=cache))
    files = len([d for d in first.report["documents"] if d["status"] == "parsed"])
    assert second.timings["parse.cached_files"] == files > 0
    assert not any(key.startswith("parse.pdf") for key in second.timings)
    assert _findings(second.report) == _findings(first.report)
    assert second.report["summary"] == first.report["summary"]


def test_one_changed_file_is_the_only_one_parsed(package: Path, tmp_path: Path) -> None:
    cache = open_cache(tmp_path / "cache", ReadLimits(), "test")
    first = audit(package, tmp_path / "o1", RunOptions(cache=cache))
    # The applicant swaps one file: the survey workbook becomes the defects package's.
    shutil.copy(PACKAGES / "defects" / "附件3.xlsx", package / "附件2.xlsx")
    second = audit(package, tmp_path / "o2", RunOptions(cache=cache))
    parsed = {k: v for k, v in second.timings.items() if k.endswith(".files")}
    assert parsed == {"parse.xlsx.files": 1}
    assert second.timings["parse.cached_files"] == first.timings["parse.cached_files"] + len(
        [d for d in first.report["documents"] if d["status"] == "parsed"]
    ) - 1
    assert _findings(second.report) != _findings(first.report)  # the change was seen


def test_key_depends_on_bytes_and_settings(tmp_path: Path) -> None:
    one, two = tmp_path / "a.pdf", tmp_path / "b.pdf"
    one.write_bytes(b"%PDF-1.4 same")
    two.write_bytes(b"%PDF-1.4 same")
    cache = ParseCache(tmp_path / "c", parser_settings_hash(ReadLimits(), "1"))
    assert cache.key(sha256_of(one)) == cache.key(sha256_of(two))  # same bytes: shared
    two.write_bytes(b"%PDF-1.4 diff")
    assert cache.key(sha256_of(one)) != cache.key(sha256_of(two))
    stricter = ParseCache(tmp_path / "c", parser_settings_hash(ReadLimits(max_pages=5), "1"))
    newer = ParseCache(tmp_path / "c", parser_settings_hash(ReadLimits(), "2"))
    digest = sha256_of(one)
    assert len({cache.key(digest), stricter.key(digest), newer.key(digest)}) == 3


def test_failures_are_not_cached(tmp_path: Path) -> None:
    root = tmp_path / "pkg"
    root.mkdir()
    (root / "broken.pdf").write_bytes(b"%PDF-1.4\nnot really")
    cache = open_cache(tmp_path / "cache", ReadLimits(), "test")
    audit(root, tmp_path / "o1", RunOptions(cache=cache))
    again = audit(root, tmp_path / "o2", RunOptions(cache=cache))
    assert again.timings["parse.cached_files"] == 0
    assert again.report["documents"][0]["status"] == "unreadable"


def test_cache_folder_is_private(tmp_path: Path) -> None:
    cache = open_cache(tmp_path / "cache", ReadLimits(), "test")
    assert stat.S_IMODE(os.stat(cache.root).st_mode) == 0o700


def test_cache_folder_writable_by_others_is_refused(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    os.chmod(shared, 0o777)
    with pytest.raises(CacheError, match="writable by others"):
        open_cache(shared, ReadLimits(), "test")


def test_damaged_entry_is_a_miss(tmp_path: Path) -> None:
    cache = ParseCache(tmp_path / "c", "s")
    target = tmp_path / "c" / "ab" / ("ab" + "0" * 62 + ".pkl")
    target.parent.mkdir()
    target.write_bytes(b"\x80\x05truncated")
    assert cache.get("ab" + "0" * 62) is None
    assert not target.exists()
    assert parse_cache.lookup(None, []) == ({}, {})


def test_each_file_is_hashed_and_sniffed_once(tmp_path: Path, monkeypatch) -> None:
    """Discovery identifies each file; the cache, the budget, the reader (in its forked child,
    which inherits these patches) and the report use that answer instead of reading again."""
    import preaudit.parsers as parsers_module
    import preaudit.pipeline.discover as discover_module
    import preaudit.pipeline.isolate as isolate_module
    from preaudit.parsers.detect import identify

    calls: list[str] = []

    def counted(path: Path) -> object:
        calls.append(path.name)
        return identify(path)

    def no_second_sniff(*_args, **_kwargs):
        raise AssertionError("a file was sniffed again")

    monkeypatch.setattr(discover_module, "identify", counted)
    monkeypatch.setattr(isolate_module, "read_head", no_second_sniff)
    monkeypatch.setattr(parsers_module, "read_head", no_second_sniff)
    cache = open_cache(tmp_path / "cache", ReadLimits(), "test")
    result = audit(PACKAGES / "clean", tmp_path / "out", RunOptions(cache=cache))
    documents = result.report["documents"]
    assert sorted(calls) == sorted(Path(d["file"]).name for d in documents)
    assert all(d["status"] != "unreadable" for d in documents)
    assert all(len(d["sha256"]) == 64 for d in documents)
