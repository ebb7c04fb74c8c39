"""Safety limits applied by every reader (see shared/reference/hostile-input.md §6)."""

from __future__ import annotations

from dataclasses import dataclass

MIB = 1024 * 1024


@dataclass(frozen=True)
class ReadLimits:
    max_pages: int = 2000  # PDF pages; counted with pypdfium2 before pdfplumber walks them
    max_rows: int = 200_000  # worksheet rows read per sheet
    max_cols: int = 200  # worksheet columns read; wider styled rows are cut here
    max_empty_run: int = 1000  # consecutive empty worksheet rows that end a sheet
    max_part_bytes: int = 100 * MIB  # one zip member (xlsx/docx part), uncompressed
    max_zip_ratio: int = 200  # compression ratio allowed for members above 1 MiB
    max_total_bytes: int = 500 * MIB  # all members of one Office file, uncompressed
    max_members: int = 10_000  # members in one Office file
    max_file_bytes: int = 100 * MIB  # the file itself
    max_table_edges: int = 20_000  # PDF: horizontal x vertical ruling lines per page
    max_cell_chars: int = 2000  # text kept per cell: one shared 1 MB string in 12,000
    # cells must not become 12 GB of copies (hostile-input.md, poc-shared-strings.xlsx)
    # Which library reads PDF pages: "pdfium" (default: pypdfium2, falling back to pdfplumber
    # page by page where pdfium cannot give what is needed, see parsers/pdf_pdfium.py) or
    # "pdfplumber" (the reference reader, everything through pdfminer's layout pass).
    pdf_reader: str = "pdfium"
