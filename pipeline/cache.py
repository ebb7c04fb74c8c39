"""Content-hash cache of parsed files: re-running after one fix re-parses only that file.

An entry is one file's (format, ExtractedFile), keyed by sha256 of the file's bytes plus the
tool version and a hash of the parser settings and parser source. So an entry is only ever
reused for the very same bytes read by the very same parser code: one applicant's data never
shows up in another's report unless both uploaded byte-identical files (then the records are
the same anyway). Entries are pickles; pickle runs code on load, so we only read pickles from a
folder we own that nobody else can write to (0700, refused otherwise). Only successful parses
are cached: a time-out may pass on a quieter machine.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path

from preaudit import parsers
from preaudit.model.records import ExtractedFile
from preaudit.parsers.limits import ReadLimits
from preaudit.pipeline.exitcodes import PackageError
from preaudit.pipeline.isolate import ParseOutcome

CACHE_FORMAT = "1"  # bump when the entry layout changes
_CHUNK = 1 << 20


class CacheError(PackageError):
    """The cache folder cannot be used safely (a usage error, exit 2); the message says why."""


@dataclass(frozen=True)
class CacheEntry:
    format: str
    extracted: ExtractedFile


def parser_settings_hash(limits: ReadLimits, tool_version: str) -> str:
    """Everything besides the bytes that decides what a parse returns."""
    digest = hashlib.sha256(f"{CACHE_FORMAT}|{tool_version}|{limits!r}".encode())
    # The parser source too: a parser fix must not be hidden behind an unchanged version.
    for source in sorted(Path(parsers.__file__).parent.glob("*.py")):
        digest.update(source.name.encode())
        digest.update(source.read_bytes())
    return digest.hexdigest()


def file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


class ParseCache:
    """A private folder of pickled parse results, one file per (bytes, settings) key."""

    def __init__(self, root: Path, settings_hash: str) -> None:
        self.root = Path(root)
        self.settings_hash = settings_hash
        self.hits = 0
        self.misses = 0
        _private_dir(self.root)

    def key(self, path: Path, salt: str = "") -> str:
        """``salt``: package settings that change what a parse returns ([columns])."""
        text = f"{file_digest(path)}|{self.settings_hash}|{salt}"
        return hashlib.sha256(text.encode()).hexdigest()

    def _entry_path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.pkl"

    def get(self, key: str) -> CacheEntry | None:
        entry_path = self._entry_path(key)
        try:
            data = entry_path.read_bytes()
            entry = pickle.loads(data)  # our own 0700 folder: see the module docstring
        except FileNotFoundError:
            self.misses += 1
            return None
        except Exception:  # a truncated or stale entry is a miss, and is dropped
            with contextlib.suppress(OSError):
                entry_path.unlink()
            self.misses += 1
            return None
        if not isinstance(entry, CacheEntry):
            self.misses += 1
            return None
        self.hits += 1
        return entry

    def put(self, key: str, entry: CacheEntry) -> None:
        """Write atomically (temp file + rename): concurrent batch workers may share the cache."""
        target = self._entry_path(key)
        target.parent.mkdir(mode=0o700, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as handle:
                pickle.dump(entry, handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, target)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
            raise


def open_cache(root: Path, limits: ReadLimits, tool_version: str) -> ParseCache:
    return ParseCache(root, parser_settings_hash(limits, tool_version))


def _private_dir(root: Path) -> None:
    """Create ``root`` 0700, or accept an existing one only if we own it and nobody else writes."""
    root.mkdir(mode=0o700, parents=True, exist_ok=True)
    info = root.stat()
    if hasattr(os, "getuid") and info.st_uid != os.getuid():
        raise CacheError(f"cache folder {root} belongs to another user; not used")
    if info.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        raise CacheError(f"cache folder {root} is writable by others; not used")
    os.chmod(root, 0o700)


def lookup(
    cache: ParseCache | None, files: list[tuple[str, Path]], salt: str = ""
) -> tuple[dict[str, ParseOutcome], dict[str, str]]:
    """Outcomes found in the cache by file name, and every file's key (to store the misses)."""
    if cache is None:
        return {}, {}
    keys = {name: cache.key(path, salt) for name, path in files}
    hits: dict[str, ParseOutcome] = {}
    for name, key in keys.items():
        entry = cache.get(key)
        if entry is not None:
            hits[name] = ParseOutcome(name, entry.format, entry.extracted)
    return hits, keys


def store(cache: ParseCache | None, parsed: list[ParseOutcome], keys: dict[str, str]) -> None:
    """Keep the successful parses (failures are not cached: a time-out may pass next time)."""
    if cache is None:
        return
    for outcome in parsed:
        if outcome.error is None and outcome.extracted is not None and outcome.name in keys:
            cache.put(keys[outcome.name], CacheEntry(outcome.format, outcome.extracted))
