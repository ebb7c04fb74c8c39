"""The data folder: content-addressed uploads, job work folders and published reports.

Layout under ``--data DIR``::

    portal.db        the SQLite database (unless --db names another)
    secret.key       the cookie-signing key, 0600
    blobs/ab/abcd…   every uploaded file once, named by the sha256 of its bytes, 0600
    tmp/             uploads being received (moved into blobs/ when complete)
    work/<job>/      the package a worker audits, rebuilt from blobs on every attempt
    reports/<job>/   a finished report folder, renamed into place in one step
"""

from __future__ import annotations

import hashlib
import os
import secrets
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

_PARTIAL = ".partial-"


@dataclass(frozen=True)
class DataDir:
    root: Path

    def prepare(self) -> DataDir:
        for sub in ("blobs", "tmp", "work", "reports"):
            (self.root / sub).mkdir(parents=True, exist_ok=True)
        os.chmod(self.root, 0o700)  # uploads hold personal data
        return self

    @property
    def tmp(self) -> Path:
        return self.root / "tmp"

    def blob(self, sha256: str) -> Path:
        if len(sha256) != 64 or any(c not in "0123456789abcdef" for c in sha256):
            raise ValueError("not a sha256")
        return self.root / "blobs" / sha256[:2] / sha256

    def work(self, job_id: int) -> Path:
        return self.root / "work" / str(int(job_id))

    def report(self, job_id: int) -> Path:
        return self.root / "reports" / str(int(job_id))

    def staging(self, job_id: int, claim: str) -> Path:
        return self.root / "reports" / f"{_PARTIAL}{int(job_id)}-{claim}"

    def secret(self) -> bytes:
        path = self.root / "secret.key"
        if not path.exists():
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as handle:
                handle.write(secrets.token_bytes(32))
        return path.read_bytes()


class TooLarge(Exception):
    """The upload is over the size cap."""


class BlobWriter:
    """Receives one file in chunks into tmp/, hashing as it goes; ``finish`` files it by hash."""

    def __init__(self, data: DataDir) -> None:
        self._data = data
        fd, name = tempfile.mkstemp(dir=data.tmp, prefix="upload-")
        self._handle = os.fdopen(fd, "wb")
        self._path = Path(name)
        self._hash = hashlib.sha256()
        self.size = 0

    def write(self, chunk: bytes) -> None:
        self._hash.update(chunk)
        self._handle.write(chunk)
        self.size += len(chunk)

    def finish(self) -> str:
        """fsync, then move into blobs/ (an identical blob already there is kept)."""
        self._handle.flush()
        os.fsync(self._handle.fileno())
        self._handle.close()
        digest = self._hash.hexdigest()
        target = self._data.blob(digest)
        target.parent.mkdir(exist_ok=True)
        if target.exists():
            self._path.unlink()
        else:
            os.replace(self._path, target)
        return digest

    def discard(self) -> None:
        self._handle.close()
        self._path.unlink(missing_ok=True)


def safe_relative_name(name: str) -> str | None:
    """An uploaded file's name as a relative path inside the package, or None if unusable.

    Browsers send a base name (or a folder-relative path with a folder upload); anything that
    climbs out, is absolute or hidden is dropped rather than trusted.
    """
    parts = [p for p in PurePosixPath(name.replace("\\", "/")).parts if p not in ("", ".", "/")]
    if not parts or any(p == ".." or p.startswith(".") or ":" in p for p in parts):
        return None
    if any(len(p.encode()) > 200 or "\0" in p for p in parts):
        return None
    return "/".join(parts)


def materialise(data: DataDir, files: list[dict[str, object]], dest: Path) -> Path:
    """Lay the uploaded files out as a package under ``dest``; return the package's path.

    One uploaded .zip is the package itself; several files form a folder. Blobs are linked,
    not copied, where the file system allows.
    """
    shutil.rmtree(dest, ignore_errors=True)
    dest.mkdir(parents=True)
    if len(files) == 1 and str(files[0]["name"]).lower().endswith(".zip"):
        target = dest / PurePosixPath(str(files[0]["name"])).name
        _link(data.blob(str(files[0]["sha256"])), target)
        return target
    package = dest / "package"
    for item in files:
        target = package / str(item["name"])
        target.parent.mkdir(parents=True, exist_ok=True)
        _link(data.blob(str(item["sha256"])), target)
    return package


def _link(source: Path, target: Path) -> None:
    try:
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)
