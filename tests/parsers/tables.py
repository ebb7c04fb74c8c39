"""One small table written as a workbook, a Word table or a PDF ledger, and read back.

The recognition tests (test_recognition_*.py and the others that write their own tables)
check every mechanism on two formats or three; this is the one place that writes them, and
the one place that says which labels the synonym seed lists (a test built on labels nobody
listed must fail loudly when one of them gets listed).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from preaudit.model.records import ExtractedFile
from preaudit.parsers import headers, parse_file
from preaudit.parsers.limits import ReadLimits
from sample_data.gen.builders import word_with_table, write_xlsx
from sample_data.gen.writers import write_pdf_ledger

LIMITS = ReadLimits()
FORMATS = ("xlsx", "docx")
WITH_PDF = ("xlsx", "docx", "pdf")


def write_table(fmt: str, path: Path, rows: list[list[object]], title: str = "",
                sheet: str = "Sheet1") -> Path:
    """``rows[0]`` is the header. The title is a row above it (xlsx), a paragraph above the
    table (docx) or the ledger's heading (pdf)."""
    if fmt == "xlsx":
        return write_xlsx(path.with_suffix(".xlsx"), {sheet: ([[title]] if title else []) + rows})
    cells = [["" if c is None else str(c) for c in row] for row in rows]
    if fmt == "docx":
        written = path.with_suffix(".docx")
        word_with_table(written, title, cells)
        return written
    written = path.with_suffix(".pdf")
    width = 760 / len(cells[0])
    write_pdf_ledger(written, title or "数据导出", cells[0], cells[1:], [len(cells) - 1],
                     [width] * len(cells[0]))
    return written


def read_table(fmt: str, path: Path, rows: list[list[object]], title: str = "",
               sheet: str = "Sheet1", columns: dict[str, str] | None = None) -> ExtractedFile:
    """``columns``: the package's [columns] table, as application.toml would give it."""
    written = write_table(fmt, path, rows, title, sheet)
    return parse_file(written, written.name, LIMITS, columns=columns)[1]


def read_file(path: Path) -> ExtractedFile:
    return parse_file(path, path.name, LIMITS)[1]


def assert_unlisted(labels: Iterable[str]) -> None:
    """The point of these tests is reading labels nobody listed: if one gets listed, pick another."""
    listed = {headers.normalise_header(s) for fields in headers.SYNONYMS.values()
              for synonyms in fields.values() for s in synonyms}
    for label in labels:
        assert headers.normalise_header(label) not in listed, label


# A desk's tickets (工单 the only word of either kind) and a register naming no kind at all:
# the two headers decisions 339 and 359 read by what the answers say (tests/parsers/test_recog58,
# test_recog65).
DESK_TICKET_HEADER = ["工单编号", "来电人", "联系电话", "受理时间", "来电内容", "办理结果", "办结时间"]
PLAIN_REGISTER_HEADER = ["登记号", "提交人", "联系电话", "提交时间", "事项描述", "答复内容", "答复时间"]


def rows_of(head: list[str], *columns: list[str]) -> list[list[object]]:
    """A table from its header and its columns, cell by cell (every column as long)."""
    return [head, *(list(row) for row in zip(*columns, strict=True))]


# Six work orders' cells that the tests written since decision 440 share: the customers, their
# phones, the faults and the remedies (one list each, so a test names only what it varies).
SAMPLE_PEOPLE = ["韩雨桐", "蒋志远", "沈丽娟", "魏国栋", "姚晓红", "陆文涛"]
SAMPLE_PHONES = [f"1361234{5600 + i}" for i in range(6)]
SAMPLE_FAULTS = ["空调开机不制冷", "洗衣机排水口漏水", "冰箱压缩机噪音大", "电视通电不开机",
                 "热水器显示E1故障", "空调遥控器失灵"]
SAMPLE_FIXES = ["补充冷媒", "更换排水管", "更换压缩机垫片", "更换电源板", "清洗传感器", "更换遥控器"]
