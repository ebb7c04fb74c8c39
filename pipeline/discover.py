"""Find the files of a package (a folder or a .zip) without ever leaving it.

Zips are vetted before a byte is inflated (member count, sizes, ratio, path escapes,
symlinks, overlapping entries — CPython 3.11.7 still accepts overlap bombs), then copied
member by member with a byte counter into a private staging folder that the run deletes.
"""

from __future__ import annotations

import contextlib
import itertools
import stat
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from preaudit.model.texts import Reason
from preaudit.parsers.detect import identify
from preaudit.pipeline.exitcodes import PackageError
from preaudit.pipeline.manifest import MANIFEST_NAME
from preaudit.reports.catalogue import reader_reason

SKIPPED_NAMES = {".DS_Store", "Thumbs.db", "desktop.ini"}
SKIPPED_DIRS = {"__MACOSX", ".git"}
_CHUNK = 1 << 16


@dataclass(frozen=True)
class ArchiveLimits:
    max_members: int = 10_000
    max_member_bytes: int = 100 * 1024 * 1024
    max_total_bytes: int = 500 * 1024 * 1024
    max_ratio: float = 200.0  # applied to members over 1 MiB
    max_depth: int = 2  # a zip inside the package's zip is read; deeper is refused
    max_file_bytes: int = 100 * 1024 * 1024  # any single file, zipped or not


@dataclass
class PackageFile:
    """One file to audit: its name inside the package and where its bytes are."""

    name: str  # "/"-separated path inside the package, unique in the package
    path: Path | None  # None when refused before staging (then ``refused`` says why)
    refused: Reason | None = None
    # Read once here (detect.identify) and used by the cache, the budget, the reader and the
    # report: empty when the file is refused or could not be read.
    sha256: str = ""
    format: str = ""
    ours: bool = False  # a report preaudit wrote, filed in the package: never evidence


class ArchiveRefused(PackageError):
    """A whole archive is refused; for a nested one this becomes that file's reason."""

    def __init__(self, reason: Reason, where: str) -> None:
        super().__init__(f"{where}: {reason.en}")  # exit-2 message names the archive
        self.reason = reason  # a nested archive's reason sits beside its name already


@dataclass
class Package:
    name: str
    files: list[PackageFile] = field(default_factory=list)
    manifest_path: Path | None = None
    names: set[str] = field(default_factory=set)  # display names taken, for uniqueness
    staging: tempfile.TemporaryDirectory[str] | None = None

    def close(self) -> None:
        if self.staging is not None:
            self.staging.cleanup()


def discover(source: Path, limits: ArchiveLimits | None = None) -> Package:
    limits = limits or ArchiveLimits()
    if source.is_dir():
        return _identified(_discover_folder(source, limits))
    if source.is_file() and zipfile.is_zipfile(source):
        return _identified(_discover_zip(source, limits))
    if not source.exists():
        raise PackageError(f"package not found: {source}")
    raise PackageError(f"{source.name} is neither a folder nor a .zip archive")


def _identified(package: Package) -> Package:
    """Hash and sniff every file once, here; a file that vanished stays unidentified."""
    for item in package.files:
        if item.path is not None:
            # A file that cannot be read here is reported unreadable by its reader.
            with contextlib.suppress(OSError):
                item.sha256, item.format, item.ours = identify(item.path)
    return package


def _discover_folder(root: Path, limits: ArchiveLimits) -> Package:
    package = Package(name=root.name)
    try:
        _walk_folder(root, package, limits)
    except BaseException:
        package.close()
        raise
    return package


def _walk_folder(root: Path, package: Package, limits: ArchiveLimits) -> None:
    unpacker: _Unpacker | None = None  # made at the first zip: one budget for all of them
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root)
        if any(part in SKIPPED_DIRS or part.startswith(".") for part in rel.parts):
            continue
        if path.is_symlink():
            # A link could point anywhere on the host: never follow it.
            package.files.append(PackageFile(rel.as_posix(), None, _SYMLINK))
            continue
        if not path.is_file() or path.name in SKIPPED_NAMES:
            continue
        if rel.as_posix() == MANIFEST_NAME:
            package.manifest_path = path
            continue
        package.names.add(rel.as_posix())
        if path.stat().st_size > limits.max_file_bytes:
            package.files.append(PackageFile(rel.as_posix(), None, _too_big(limits.max_file_bytes)))
        elif _is_plain_zip(path) and not _is_office_package(path):
            # A zip in a folder is vetted and unpacked exactly like a zip inside a zip package:
            # the folder plays the package archive's part (depth 1), same budget and refusals.
            unpacker = unpacker or _Unpacker(package, limits)
            unpacker.nested(path, rel.as_posix(), depth=1)
        else:
            package.files.append(PackageFile(rel.as_posix(), path))


def _discover_zip(archive: Path, limits: ArchiveLimits) -> Package:
    package = Package(name=archive.name)
    try:
        _Unpacker(package, limits).unpack(archive, "", depth=1)
    except BaseException:
        package.close()
        raise
    _find_manifest(package)
    return package


class _Unpacker:
    """Stages an archive's members into the package, nested archives included.

    One instance per package, so the inflate budget is shared across nesting levels.
    """

    def __init__(self, package: Package, limits: ArchiveLimits) -> None:
        self.package = package
        self.limits = limits
        self.budget = _Budget(limits.max_total_bytes)
        if package.staging is None:
            package.staging = tempfile.TemporaryDirectory(prefix="preaudit-")
        self.staging_root = Path(package.staging.name)
        self.archives = 0  # archives unpacked so far: each gets its own numbered folder

    def _staging_folder(self) -> Path:
        """A fresh folder in the package's staging area, named by number only."""
        self.archives += 1
        folder = self.staging_root / f"a{self.archives:05d}"
        folder.mkdir()
        return folder

    def unpack(self, archive: Path, prefix: str, depth: int) -> None:
        """Stage the members of ``archive`` (at nesting ``depth``) as ``prefix``+name."""
        where = prefix.rstrip("/") or archive.name
        # zipfile builds one object per central-directory entry before anything can be vetted:
        # a 100 MiB archive of a million empty entries would cost this process about a GB.
        # The record counts folder entries too, which the member limit does not: twice the
        # limit is refused here, anything between is counted exactly by _vet_archive.
        declared = _declared_members(archive)
        if declared is not None and declared > 2 * self.limits.max_members:
            raise ArchiveRefused(_too_many_members(declared, self.limits), where)
        try:
            zf = zipfile.ZipFile(archive)
        except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
            raise ArchiveRefused(reader_reason("archive.unreadable"), where) from exc
        with zf:
            members = [m for m in zf.infolist() if not m.is_dir()]
            problem = _vet_archive(members, self.limits)
            if problem:
                raise ArchiveRefused(problem, where)
            dest = self._staging_folder()
            for index, member in enumerate(members):
                self._stage(zf, member, index, prefix, dest, depth)

    def _stage(
        self,
        zf: zipfile.ZipFile,
        member: zipfile.ZipInfo,
        index: int,
        prefix: str,
        dest: Path,
        depth: int,
    ) -> None:
        package = self.package
        name = _member_name(member).replace("\\", "/")
        leaf = PurePosixPath(name).name
        if leaf in SKIPPED_NAMES or any(p in SKIPPED_DIRS for p in PurePosixPath(name).parts):
            return
        refused = _refusal(member, name, self.limits)
        shown = f"{prefix}{name if refused else PurePosixPath(name).as_posix()}"
        if shown in package.names:
            # Unzip tools overwrite or ask; we read the first and say so for the second, so
            # every name in the report points at exactly one file.
            shown = _unique(shown, package.names)
            refused = refused or _DUPLICATE
        package.names.add(shown)
        if refused:
            package.files.append(PackageFile(shown, None, refused))
            return
        # Staged under a numbered name: nothing from the archive decides where we write.
        target = dest / f"{depth}-{index:05d}{PurePosixPath(leaf).suffix[:10]}"
        written = _bounded_copy(zf, member, target, self.budget)
        if written is not None:
            package.files.append(PackageFile(shown, None, written))
        elif _is_plain_zip(target) and not _is_office_package(target):
            self.nested(target, shown, depth)
        else:
            package.files.append(PackageFile(shown, target))

    def nested(self, target: Path, shown: str, depth: int) -> None:
        """Unpack a zip found at ``depth`` (1: in the package itself) under ``shown/``."""
        max_depth = self.limits.max_depth
        if depth >= max_depth:
            refused = reader_reason("archive.too_deep", depth=max_depth)
            self.package.files.append(PackageFile(shown, None, refused))
            return
        try:
            self.unpack(target, f"{shown}/", depth + 1)
        except ArchiveRefused as exc:
            self.package.files.append(PackageFile(shown, None, exc.reason))


class _Budget:
    """Inflated bytes left for the whole package, shared across nesting levels."""

    def __init__(self, total: int) -> None:
        self.left = total

    def take(self, size: int) -> bool:
        self.left -= size
        return self.left >= 0


_EOCD = b"PK\x05\x06"  # end of central directory record
_ZIP64_LOCATOR = b"PK\x06\x07"
_TAIL_BYTES = 22 + 0xFFFF + 20  # the record, the longest comment, the ZIP64 locator


def _declared_members(archive: Path) -> int | None:
    """The entry count the archive's end record declares (ZIP64 too), read from its tail only;
    None when there is no readable record (zipfile will then refuse the archive)."""
    try:
        with archive.open("rb") as handle:
            size = handle.seek(0, 2)
            handle.seek(max(0, size - _TAIL_BYTES))
            tail = handle.read()
            end = tail.rfind(_EOCD)
            if end < 0 or len(tail) < end + 22:
                return None
            count = int.from_bytes(tail[end + 10:end + 12], "little")
            locator = end - 20
            if count != 0xFFFF or locator < 0 or tail[locator:locator + 4] != _ZIP64_LOCATOR:
                return count
            handle.seek(int.from_bytes(tail[locator + 8:locator + 16], "little"))
            record = handle.read(56)
            return int.from_bytes(record[32:40], "little") if len(record) == 56 else None
    except (OSError, ValueError):
        return None


def _too_many_members(count: int, limits: ArchiveLimits) -> Reason:
    return reader_reason("archive.too_many", count=count, limit=limits.max_members)


def _vet_archive(members: list[zipfile.ZipInfo], limits: ArchiveLimits) -> Reason | None:
    if len(members) > limits.max_members:
        return _too_many_members(len(members), limits)
    declared = sum(m.file_size for m in members)
    if declared > limits.max_total_bytes:
        limit = _mib(limits.max_total_bytes)
        return reader_reason("archive.too_large", size=_mib(declared), limit=limit)
    spans = sorted((m.header_offset, m.header_offset + 30 + m.compress_size) for m in members)
    for (_, end), (start, _) in itertools.pairwise(spans):
        if start < end - 2:  # ClamAV tolerates a 2-byte overlap seen in real archives
            return reader_reason("archive.overlap")
    return None


def _member_name(member: zipfile.ZipInfo) -> str:
    """Member name, re-decoded when a Chinese Windows zipper wrote GBK without the UTF-8 flag."""
    name = member.filename
    if member.flag_bits & 0x800:
        return name
    try:
        raw = name.encode("cp437")
    except UnicodeEncodeError:
        return name
    for encoding in ("utf-8", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return name


def _refusal(member: zipfile.ZipInfo, name: str, limits: ArchiveLimits) -> Reason | None:
    parts = PurePosixPath(name.replace("\\", "/")).parts
    if name.startswith(("/", "\\")) or ".." in parts or (parts and ":" in parts[0]):
        return _ZIP_SLIP
    if stat.S_ISLNK(member.external_attr >> 16):
        return reader_reason("member.symlink")
    if member.flag_bits & 0x1:
        return reader_reason("member.encrypted")
    largest = min(limits.max_member_bytes, limits.max_file_bytes)
    if member.file_size > largest:
        return reader_reason("member.too_large", size=_mib(member.file_size), limit=_mib(largest))
    ratio = member.file_size / max(member.compress_size, 1)
    if member.file_size > 1024 * 1024 and ratio > limits.max_ratio:
        limit = f"{limits.max_ratio:.0f}"
        return reader_reason("member.ratio", ratio=f"{ratio:.0f}", limit=limit)
    return None


def _is_plain_zip(path: Path) -> bool:
    """A zip from its first byte: a PDF with a zip appended (a polyglot) is not unpacked
    here but left to the readers, which refuse it by name."""
    with path.open("rb") as handle:
        return handle.read(4) in (b"PK\x03\x04", b"PK\x05\x06") and zipfile.is_zipfile(path)


def _is_office_package(path: Path) -> bool:
    try:
        with zipfile.ZipFile(path) as zf:
            return "[Content_Types].xml" in zf.namelist()
    except (zipfile.BadZipFile, OSError):
        return False


def _bounded_copy(
    zf: zipfile.ZipFile, member: zipfile.ZipInfo, target: Path, budget: _Budget
) -> Reason | None:
    """Copy in chunks, stopping at the declared size: a lying header cannot inflate us."""
    written = 0
    try:
        with zf.open(member) as src, target.open("wb") as out:
            while chunk := src.read(_CHUNK):
                written += len(chunk)
                if written > member.file_size or not budget.take(len(chunk)):
                    return reader_reason("member.inflates")
                out.write(chunk)
    except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError, RuntimeError, ValueError):
        # The library's message may quote member names: a fixed wording instead.
        return reader_reason("member.damaged")
    return None


def _find_manifest(package: Package) -> None:
    """application.toml at the root, or at the root of a single top folder."""
    tops = {f.name.split("/", 1)[0] for f in package.files if "/" in f.name}
    candidates = {MANIFEST_NAME} | {f"{top}/{MANIFEST_NAME}" for top in tops if len(tops) == 1}
    for item in list(package.files):
        if item.name in candidates and item.path is not None:
            package.manifest_path = item.path
            package.files.remove(item)
            return


def _unique(shown: str, taken: set[str]) -> str:
    stem, dot, suffix = shown.rpartition(".")
    base, ext = (stem, f".{suffix}") if dot and "/" not in suffix else (shown, "")
    number = 2
    while f"{base} ({number}){ext}" in taken:
        number += 1
    return f"{base} ({number}){ext}"


def _too_big(limit: int) -> Reason:
    return reader_reason("file.too_large", limit=_mib(limit))


def _mib(size: int) -> str:
    return f"{size / 1024 / 1024:.0f} MiB"


_SYMLINK = reader_reason("file.symlink")
_ZIP_SLIP = reader_reason("member.zip_slip")
_DUPLICATE = reader_reason("member.duplicate")
