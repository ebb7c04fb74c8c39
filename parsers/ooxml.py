"""Zip checks shared by the Word and Excel readers, run before the library opens the file.

python-docx and openpyxl call ``ZipFile.read`` on parts, which inflates a part whose header
lies about its size all the way before the CRC check (hostile-input.md A3/A3b). So every
member is vetted on its declared sizes first, then read once in bounded chunks: a lying
header then fails fast with a CRC or size error instead of filling memory.
"""

from __future__ import annotations

import itertools
import zipfile
from pathlib import Path

from preaudit.parsers.errors import ENCRYPTED, CorruptFile, EncryptedFile, TooLarge
from preaudit.parsers.limits import MIB, ReadLimits

_CHUNK = 64 * 1024
BROKEN_ZIP = (
    "not a valid Office file (broken zip structure, the file may be truncated)",
    "不是有效的 Office 文件（压缩结构损坏，文件可能不完整）",
)
_LOCAL_HEADER = 30  # fixed part of a zip local file header


def vet_zip(path: Path, limits: ReadLimits) -> None:
    """Refuse Office files whose zip structure is hostile or broken."""
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            _check_declared(infos, limits)
            _check_overlap(infos)
            for info in infos:
                _bounded_read(archive, info, limits)
    except (EncryptedFile, TooLarge, CorruptFile):
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError) as exc:
        raise CorruptFile(*BROKEN_ZIP) from exc


def _check_declared(infos: list[zipfile.ZipInfo], limits: ReadLimits) -> None:
    if len(infos) > limits.max_members:
        raise TooLarge(
            f"the file holds more than {limits.max_members:,} parts",
            f"文件内部部件超过 {limits.max_members:,} 个",
        )
    total = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise EncryptedFile(*ENCRYPTED.reasons)
        if info.file_size > limits.max_part_bytes:
            raise _part_too_large(limits)
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > MIB and ratio > limits.max_zip_ratio:
            raise TooLarge(
                "it is compressed suspiciously well (a possible zip bomb)",
                "压缩比异常之高（疑似压缩炸弹）",
            )
        total += info.file_size
    if total > limits.max_total_bytes:
        raise TooLarge(
            f"it is larger than {limits.max_total_bytes // MIB} MB unpacked",
            f"解压后超过 {limits.max_total_bytes // MIB} MB",
        )


def _check_overlap(infos: list[zipfile.ZipInfo]) -> None:
    """Entries sharing compressed data are a zip bomb trick (CVE-2024-0450, Python < 3.11.8)."""
    ordered = sorted(infos, key=lambda info: info.header_offset)
    for current, following in itertools.pairwise(ordered):
        end = current.header_offset + _LOCAL_HEADER + current.compress_size
        if end > following.header_offset:
            raise TooLarge(
                "its parts overlap each other (a possible zip bomb)",
                "内部部件相互重叠（疑似压缩炸弹）",
            )


def _bounded_read(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limits: ReadLimits) -> None:
    """Inflate one member in chunks, never past the part limit; zipfile checks the CRC."""
    seen = 0
    with archive.open(info) as member:
        while chunk := member.read(_CHUNK):
            seen += len(chunk)
            if seen > limits.max_part_bytes:
                raise _part_too_large(limits)


def _part_too_large(limits: ReadLimits) -> TooLarge:
    size = limits.max_part_bytes // MIB
    return TooLarge(
        f"one part is larger than {size} MB unpacked", f"文件内部某一部件解压后超过 {size} MB"
    )
