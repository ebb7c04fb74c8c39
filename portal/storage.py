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
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

_PARTIAL = ".partial-"
_PACKAGE = "package"
_CHUNK = 1 << 20


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
    """One uploaded file is over the per-file limit (the argument names it)."""


class Upload:
    """One upload being received, laid out under tmp/ exactly as the package a worker will see.

    Files are hashed as they arrive; ``keep`` files them into blobs/ by content once the package
    passed vetting, ``discard`` drops everything (a refused upload leaves nothing behind).
    """

    def __init__(self, data: DataDir) -> None:
        self.data = data
        self.root = Path(tempfile.mkdtemp(prefix="upload-", dir=data.tmp))
        self.files: list[dict[str, object]] = []

    def receive(self, name: str, read: Callable[[int], bytes], limit: int) -> None:
        """Write one file from ``read`` (chunks), refusing it past ``limit`` bytes."""
        target = self.root / _PACKAGE / name
        target.parent.mkdir(parents=True, exist_ok=True)
        digest, size = hashlib.sha256(), 0
        with target.open("xb") as handle:
            while chunk := read(_CHUNK):
                size += len(chunk)
                if size > limit:
                    raise TooLarge(name)
                digest.update(chunk)
                handle.write(chunk)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(target, 0o600)
        self.files.append({"name": name, "sha256": digest.hexdigest(), "size": size})

    @property
    def package(self) -> Path:
        return package_path(self.files, self.root)

    def keep(self) -> list[dict[str, object]]:
        for item in self.files:
            target = self.data.blob(str(item["sha256"]))
            target.parent.mkdir(exist_ok=True)
            source = self.root / _PACKAGE / str(item["name"])
            if target.exists():  # the same bytes were uploaded before: keep one copy
                source.unlink()
            else:
                os.replace(source, target)
        self.discard()
        return self.files

    def discard(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)


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


def package_path(files: list[dict[str, object]], base: Path) -> Path:
    """One uploaded .zip is the package itself; several files form a folder."""
    if len(files) == 1 and str(files[0]["name"]).lower().endswith(".zip"):
        return base / _PACKAGE / str(files[0]["name"])
    return base / _PACKAGE


def materialise(data: DataDir, files: list[dict[str, object]], dest: Path) -> Path:
    """Lay the stored files out as the package under ``dest``, as the upload was vetted.

    Blobs are linked, not copied, where the file system allows.
    """
    shutil.rmtree(dest, ignore_errors=True)
    for item in files:
        target = dest / _PACKAGE / str(item["name"])
        target.parent.mkdir(parents=True, exist_ok=True)
        _link(data.blob(str(item["sha256"])), target)
    return package_path(files, dest)


def _link(source: Path, target: Path) -> None:
    try:
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)
