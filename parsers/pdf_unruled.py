"""Tables drawn without ruling lines in a digital PDF, found from word positions.

pdfplumber's line strategy finds nothing on an unruled ledger, and its text strategy also
cuts prose and titles into "tables". A ledger has a header row of known labels, though: we
take the first line holding at least three of them, let each header word start a column,
and put every later word into the column it starts under. A line whose first column is
empty continues the row above (a wrapped cell). The columns carry over to the next page,
so a ledger that does not repeat its header there is still read.
"""

from __future__ import annotations

from dataclasses import dataclass

import pdfplumber

from preaudit.model.records import CellValue
from preaudit.parsers.pdf_text import page_words
from preaudit.parsers.table_rows import is_header_row

_LINE_TOLERANCE = 3.0  # points: words whose tops differ less sit on one line
_COLUMN_SLACK = 4.0  # points a cell's text may start left of its header word


@dataclass
class WordTable:
    rows: list[list[CellValue]]
    title: str


class UnruledReader:
    """Reads unruled tables page by page, remembering the columns of the last one."""

    def __init__(self) -> None:
        self.columns: list[float] | None = None  # x of each column of the open table

    def forget(self) -> None:
        self.columns = None

    def read(self, page: pdfplumber.page.Page) -> WordTable | None:
        lines = _word_lines(page)
        header = next((i for i, line in enumerate(lines) if _is_header(line)), None)
        if header is not None:
            self.columns = [word["x0"] for word in lines[header]]
            title = " ".join(_text(line) for line in lines[max(0, header - 1):header])
            rows = [[word["text"] for word in lines[header]]]
            rows += _rows(lines[header + 1:], self.columns)
            return WordTable(rows=rows, title=title)
        if self.columns is None:
            return None
        # A continued page: skip running heads until a line fills two columns or more.
        start = next(
            (i for i, line in enumerate(lines) if _filled(line, self.columns) >= 2), None
        )
        rows = _rows(lines[start:], self.columns) if start is not None else []
        if not rows:
            self.forget()
            return None
        return WordTable(rows=rows, title="")


def _word_lines(page: pdfplumber.page.Page) -> list[list[dict]]:
    return word_lines(page_words(page, x_tolerance=1.5))


def word_lines(words: list[dict]) -> list[list[dict]]:
    """pdfplumber words grouped into lines (tops within tolerance), each left to right."""
    lines: list[list[dict]] = []
    for word in sorted(words, key=lambda w: (w["top"], w["x0"])):
        if lines and abs(lines[-1][0]["top"] - word["top"]) <= _LINE_TOLERANCE:
            lines[-1].append(word)
        else:
            lines.append([word])
    return [sorted(line, key=lambda w: w["x0"]) for line in lines]


def _is_header(line: list[dict]) -> bool:
    return is_header_row([word["text"] for word in line])


def _column(x: float, columns: list[float]) -> int:
    found = 0
    for index, start in enumerate(columns):
        if x >= start - _COLUMN_SLACK:
            found = index
    return found


def _filled(line: list[dict], columns: list[float]) -> int:
    return len({_column(word["x0"], columns) for word in line})


def _text(line: list[dict]) -> str:
    return " ".join(word["text"] for word in line)


def _rows(lines: list[list[dict]], columns: list[float]) -> list[list[CellValue]]:
    rows: list[list[CellValue]] = []
    for line in lines:
        cells: list[list[str]] = [[] for _ in columns]
        for word in line:
            cells[_column(word["x0"], columns)].append(word["text"])
        if not cells[0] and rows:
            # A wrapped cell: CJK text continues without a space.
            previous = rows[-1]
            for index, parts in enumerate(cells):
                if parts:
                    previous[index] = f"{previous[index] or ''}{''.join(parts)}"
            continue
        rows.append([" ".join(parts) if parts else None for parts in cells])
    return rows
