"""How a table is named to the user: where it sits (sheet, table, page) in English and in
Chinese, the title it carries, and a header as the user wrote it. Recognition's notes and
``preaudit explain`` both name tables here, so a note and an explanation never disagree."""

from __future__ import annotations

from preaudit.model.records import CellValue, RawDocument, RawTable


def where(table: RawTable) -> str:
    if table.sheet is not None:
        return f"sheet '{table.sheet}'"
    place = f"table {table.table_index}"
    return f"{place} (page {table.page})" if table.page else place


def where_zh(table: RawTable) -> str:
    """``where`` in Chinese, for the notes' Chinese wording."""
    if table.sheet is not None:
        return f"工作表“{table.sheet}”"
    place = f"第 {table.table_index} 个表格"
    return f"{place}（第 {table.page} 页）" if table.page else place


def place_of(doc: RawDocument, table: RawTable) -> tuple[str, str]:
    """The file and the table in it, in English and in Chinese: where a note points."""
    return f"{doc.file} {where(table)}", f"{doc.file} {where_zh(table)}"


def title_text(table: RawTable) -> str:
    """The table's own title, its sheet name and any text rows above its header."""
    parts = [table.title, table.sheet or ""]
    for row in table.rows[:3]:
        filled = [value for value in row if isinstance(value, str)]
        if len(set(filled)) == 1:
            parts.append(filled[0])
    return " ".join(parts)


def label_of(text: CellValue) -> str:
    """A header as the user wrote it, on one line (cells may hold line breaks)."""
    return " ".join(str(text).split())
