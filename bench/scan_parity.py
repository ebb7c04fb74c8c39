"""Scan parity: every sample package audited as delivered and again as paper that was scanned.

    .venv/bin/python bench/scan_parity.py [--packages clean defects rework.zip] [--seed 12]

Each package (sample_data/packages) is turned into its paper twin: every page of every PDF,
and every Word and Excel file first rendered to PDF with the sample generator's writers
(reportlab; sheets as ruled ledgers, the longest on landscape pages with its header on page 1
only; Word tables with their pictures, i.e. pasted signatures), is printed and scanned by the
scanner model (sample_data/gen/scanner.py: 200 dpi, ±1.5°, blur, grain, JPEG q55-80, a lid
shadow on some pages) into image-only PDFs; one page — a work-order form where the package has
forms, else the licence — becomes a phone photo (JPEG, perspective, uneven light, no EXIF).
Both twins are audited with the real pipeline and their findings compared per code. Prints a
Markdown report (bench/scan_parity.md holds the last one).
"""

from __future__ import annotations

import argparse
import io
import json
import random
import shutil
import sys
import tempfile
import time
import zipfile
import zlib
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from xml.sax.saxutils import escape

import numpy as np
import pypdfium2 as pdfium

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from docx import Document  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from openpyxl import load_workbook  # noqa: E402
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.platypus import Image as RLImage  # noqa: E402
from reportlab.platypus import Paragraph, Table, TableStyle  # noqa: E402

from preaudit.pipeline.isolate import JobLimits  # noqa: E402
from preaudit.pipeline.run import RunOptions, audit  # noqa: E402
from sample_data.gen import scanner  # noqa: E402
from sample_data.gen.writers import (  # noqa: E402
    CELL,
    GRID,
    LEDGER,
    write_pdf_ledger,
    write_pdf_text,
)

PACKAGES = ROOT / "sample_data" / "packages"
KEEP = ROOT / "bench" / ".cache" / "scan_parity"  # both reports of each package, to inspect
_ROWS_PER_PAGE = 20  # ledger rows per landscape page: a sheet of 50 orders spans three
_MARGIN = 1.6 * cm  # the writers' page margin


@dataclass
class PaperTwin:
    """What the scanned copy holds: page counts and which pages are special."""

    pages: int = 0
    photos: list[str] = field(default_factory=list)
    headerless_ledgers: list[str] = field(default_factory=list)
    shadowed: int = 0
    notes: list[str] = field(default_factory=list)
    source: dict[str, str] = field(default_factory=dict)  # paper file → the file it came from


# ---------------------------------------------------------------- Word and Excel → PDF


def _text(value: object) -> str:
    if isinstance(value, datetime):
        return f"{value:%Y-%m-%d %H:%M}" if value.time() != datetime.min.time() else \
            f"{value:%Y-%m-%d}"
    if isinstance(value, date):
        return f"{value:%Y-%m-%d}"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "" if value is None else str(value)


def _header_index(rows: list[list[str]]) -> int:
    """The first row filled at least 60 % as wide as the widest: the header, not a title."""
    widest = max(sum(bool(v) for v in row) for row in rows)
    return next(i for i, row in enumerate(rows) if sum(bool(v) for v in row) >= 0.6 * widest)


def xlsx_to_pdfs(path: Path, out_dir: Path, twin: PaperTwin) -> list[Path]:
    """One ledger PDF per non-empty sheet; the longest sheet gets its header on page 1 only."""
    book = load_workbook(path, data_only=True)
    sheets = []
    for sheet in book.worksheets:
        rows = [[_text(v) for v in row] for row in sheet.iter_rows(values_only=True)]
        rows = [row for row in rows if any(row)]
        if rows:
            sheets.append((sheet.title, rows))
    longest = max((len(rows) for _, rows in sheets), default=0)
    if twin.headerless_ledgers:  # one such ledger per package is the test; more blur the rest
        longest = -1
    made = []
    for n, (title, rows) in enumerate(sheets):
        head = _header_index(rows)
        heading = " ".join(v for row in rows[:head] for v in row if v) or title
        headers, body = rows[head], rows[head + 1:]
        width = len(headers)
        body = [row + [""] * (width - len(row)) for row in body]
        chunks = [_ROWS_PER_PAGE] * (len(body) // _ROWS_PER_PAGE)
        if len(body) % _ROWS_PER_PAGE or not chunks:
            chunks.append(len(body) % _ROWS_PER_PAGE)
        repeat = len(rows) != longest or len(chunks) < 2
        target = out_dir / f"{path.stem}.sheet{n + 1}.pdf"
        usable = landscape(A4)[0] - 2 * _MARGIN
        write_pdf_ledger(target, heading, headers, body, chunks, [usable / width] * width,
                         repeat=repeat)
        if not repeat:
            twin.headerless_ledgers.append(f"{path.name} → {len(chunks)} landscape pages")
        made.append(target)
    return made


def docx_to_pdf(path: Path, target: Path) -> Path:
    """Paragraphs and tables in body order; pictures in table cells drawn where they were."""
    document = Document(str(path))
    section = document.sections[0]
    wide = section.page_width > section.page_height
    usable = (landscape(A4)[0] if wide else A4[0]) - 2 * _MARGIN
    blocks: list[object] = []
    title = ""
    for child in document.element.body.iterchildren():
        if child.tag == qn("w:p"):
            text = "".join(t.text or "" for t in child.iter(qn("w:t"))).strip()
            if text and not title:
                title = text
            elif text:
                blocks.append(escape(text))
        elif child.tag == qn("w:tbl"):
            blocks.append(_docx_table(document, child, usable))
    write_pdf_text(target, escape(title), blocks, wide=wide)
    return target


def _docx_table(document: object, table_element: object, usable: float) -> Table:
    from docx.table import Table as DocxTable

    table = DocxTable(table_element, document)
    rows, spans = [], []
    for r, row in enumerate(table.rows):
        cells, seen = [], []
        for c, cell in enumerate(row.cells):
            if seen and seen[-1][0] is cell._tc:  # a horizontally merged cell, continued
                cells.append("")
                spans.append(("SPAN", (seen[-1][1], r), (c, r)))
                continue
            seen.append((cell._tc, c))
            cells.append(_docx_cell(document, cell))
        rows.append(cells)
    width = max(len(row) for row in rows)
    style = LEDGER if width > 6 else CELL
    data = [[Paragraph(escape(v), style) if isinstance(v, str) else v for v in row]
            + [""] * (width - len(row)) for row in rows]
    grid = Table(data, colWidths=[usable / width] * width, repeatRows=1)
    grid.setStyle(TableStyle(GRID + spans))
    return grid


def _docx_cell(document: object, cell: object) -> object:
    blips = cell._tc.findall(".//" + qn("a:blip"))
    if blips:
        part = document.part.related_parts[blips[0].get(qn("r:embed"))]
        return RLImage(io.BytesIO(part.blob), width=2.7 * cm, height=0.9 * cm)
    return cell.text.strip()


# ---------------------------------------------------------------- PDF → paper


def _first_page(pdf: Path) -> tuple[str, bool] | None:
    """(text, portrait) of a PDF's first page; None when pdfium cannot open the file."""
    try:
        document = pdfium.PdfDocument(str(pdf))
    except pdfium.PdfiumError:
        return None
    try:
        width, height = document[0].get_size()
        return document[0].get_textpage().get_text_range(), height > width
    finally:
        document.close()


def _has_forms(pdf: Path) -> bool:
    """Portrait pages with a signature label: work-order forms (ledgers are landscape)."""
    page = _first_page(pdf)
    return page is not None and page[1] and "客户签字" in page[0]


def _is_licence(pdf: Path) -> bool:
    page = _first_page(pdf)
    return page is not None and "营业执照" in page[0][:40]


def scan_to(pdf: Path, target: Path, seed: int, twin: PaperTwin, photo: Path | None) -> None:
    """The PDF printed and scanned into an image-only PDF; its first page photographed
    instead when ``photo`` is given."""
    if _first_page(pdf) is None:  # not a PDF pdfium can draw (a disguised file): kept as is
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(pdf, target)
        twin.notes.append(f"{pdf.name} copied unscanned (not a readable PDF)")
        return
    pages = scanner.render_pages(pdf, scanner.OFFICE_DPI, printer=True)
    rng = random.Random(seed)
    noise = np.random.default_rng(seed)
    if photo is not None:
        look = scanner.phone_look(rng)
        picture = scanner.phone_photo(pages[0], look, noise)
        photo.parent.mkdir(parents=True, exist_ok=True)
        picture.save(photo, format="JPEG", quality=look.quality)  # no EXIF: a messenger copy
        twin.photos.append(f"{target.name} page 1 → {photo.name}")
        twin.pages += 1
        pages = pages[1:]
    if not pages:
        return
    scans, wide = [], []
    for page in pages:
        look = scanner.office_look(rng)
        twin.shadowed += look.shadow > 0
        scans.append(scanner.jpeg_bytes(scanner.spoil(page, look, noise), look.quality))
        wide.append(page.width > page.height)
    scanner.write_image_pdf(target, scans, wide)
    twin.pages += len(scans)


def paper_twin(package: Path, out: Path, seed: int) -> PaperTwin:
    """Write the scanned copy of ``package`` (a folder) into ``out``."""
    twin = PaperTwin()
    with tempfile.TemporaryDirectory() as tmp:
        digital: list[tuple[Path, Path]] = []  # (PDF to scan, where its scan goes)
        origins: dict[Path, str] = {}  # PDF to scan → the package file it shows
        for path in sorted(p for p in package.rglob("*") if p.is_file()):
            relative = path.relative_to(package)
            suffix = path.suffix.lower()
            if suffix == ".pdf":
                digital.append((path, out / relative))
                origins[path] = str(relative)
            elif suffix == ".docx":
                made = docx_to_pdf(path, Path(tmp) / f"{len(digital)}.pdf")
                digital.append((made, out / relative.with_suffix(".docx.pdf")))
                origins[made] = str(relative)
            elif suffix == ".xlsx":
                for made in xlsx_to_pdfs(path, Path(tmp) / str(len(digital)), twin):
                    digital.append((made, out / relative.parent / f"{made.stem}.pdf"))
                    origins[made] = str(relative)
            else:  # application.toml and anything else travels as it is
                (out / relative).parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(path, out / relative)
        photo_of = _photo_choice([pdf for pdf, _ in digital])
        for pdf, target in digital:
            photo = target.parent / "照片" / "IMG_0001.jpg" if pdf == photo_of else None
            origin = origins[pdf]
            twin.source[str(target.relative_to(out))] = origin
            if photo is not None:
                twin.source[str(photo.relative_to(out))] = origin
            scan_to(pdf, target, zlib.crc32(str(target.relative_to(out)).encode()) ^ seed,
                    twin, photo)
    return twin


def _photo_choice(pdfs: list[Path]) -> Path | None:
    forms = [pdf for pdf in pdfs if _has_forms(pdf)]
    licences = [pdf for pdf in pdfs if _is_licence(pdf)]
    return (forms or licences or [None])[0]


# ---------------------------------------------------------------- audit and compare


def _findings(report: dict) -> Counter:
    """Code → number of evidence items (records or documents) behind it."""
    counts: Counter = Counter()
    for finding in report["findings"]:
        counts[finding["code"]] += max(1, len(finding.get("evidence") or []))
    return counts


def _options() -> RunOptions:
    """The pipeline's defaults, but an OCR budget no shared machine's load can exhaust: this
    bench measures what paper loses, not whether a 30-page scan fits 600 s under load 10."""
    return RunOptions(limits=JobLimits(ocr_wall_seconds=7200, ocr_cpu_seconds=7200))


def _documents(report: dict, source: dict[str, str] | None) -> dict[str, tuple[int, str]]:
    """Package file → (records read from it, status or error), paper files folded back."""
    by_file: dict[str, tuple[int, str]] = {}
    for document in report["documents"]:
        origin = (source or {}).get(document["file"], document["file"])
        records, status = by_file.get(origin, (0, ""))
        state = document["status"] if not document.get("error") else document["error"][:60]
        kinds = ",".join(document.get("kinds") or [])
        label = f"{state} {kinds}".strip()
        by_file[origin] = (records + (document.get("records") or 0),
                           label if not status or status == label else f"{status}; {label}")
    return by_file


def _document_lines(digital: dict, paper: dict) -> list[str]:
    lines = ["", "| file | records digital | records paper | paper read as |", "|---|---|---|---|"]
    for file in sorted(set(digital) | set(paper)):
        d, p = digital.get(file, (0, "")), paper.get(file, (0, "missing"))
        lines.append(f"| {file} | {d[0]} | {p[0]} | {p[1]} |")
    return lines


def compare(name: str, package: Path, work: Path, seed: int) -> tuple[list[str], dict]:
    started = time.perf_counter()
    digital_report = audit(package, work / "digital-report", _options()).report
    digital_seconds = time.perf_counter() - started
    folder = package
    if package.suffix == ".zip":
        folder = work / "unzipped"
        with zipfile.ZipFile(package) as archive:
            archive.extractall(folder)
        inside = list(folder.iterdir())
        if len(inside) == 1 and inside[0].is_dir():  # one top folder: the package, as the
            folder = inside[0]  # pipeline takes it from a zip (application.toml inside)
    twin = paper_twin(folder, work / "paper", seed)
    started = time.perf_counter()
    paper_report = audit(work / "paper", work / "paper-report", _options()).report
    KEEP.mkdir(parents=True, exist_ok=True)
    for which, report in (("digital", digital_report), ("paper", paper_report)):
        (KEEP / f"{name}.{which}.json").write_text(json.dumps(report, ensure_ascii=False,
                                                              indent=1, default=str))
    paper_seconds = time.perf_counter() - started
    digital, paper = _findings(digital_report), _findings(paper_report)
    lines = [f"### {name}", "",
             f"{twin.pages} scanned pages ({twin.shadowed} with a lid shadow); photo: "
             f"{'; '.join(twin.photos) or 'none'}; header on page 1 only: "
             f"{'; '.join(twin.headerless_ledgers) or 'none'}. {' '.join(twin.notes)}", "",
             f"Audit: digital {digital_seconds:.0f} s, paper {paper_seconds:.0f} s = "
             f"{paper_seconds / max(1, twin.pages):.1f} s per OCR page (2 workers). "
             f"Verdict: digital **{digital_report['verdict']}**, paper "
             f"**{paper_report['verdict']}**.", "",
             "| code | digital | paper | |", "|---|---|---|---|"]
    for code in sorted(set(digital) | set(paper)):
        d, p = digital.get(code, 0), paper.get(code, 0)
        where = "both" if d and p else "only digital" if d else "only paper"
        mark = "" if d == p else " ≠"
        lines.append(f"| {code} | {d} | {p} | {where}{mark} |")
    top = f"{folder.name}/" if folder != package and package.suffix == ".zip" else ""
    in_zip = {d["file"]: d["file"].removeprefix(top) for d in digital_report["documents"]}
    lines += _document_lines(_documents(digital_report, in_zip),
                             _documents(paper_report, twin.source))
    summary = {"codes_digital": len(digital), "codes_both": len(set(digital) & set(paper)),
               "codes_only_paper": len(set(paper) - set(digital)), "pages": twin.pages,
               "seconds": paper_seconds,
               "evidence_digital": sum(digital.values()),
               "evidence_matched": sum(min(digital[c], paper.get(c, 0)) for c in digital)}
    return lines, summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--packages", nargs="+", default=["clean", "defects", "rework.zip"])
    parser.add_argument("--seed", type=int, default=12)
    args = parser.parse_args(argv)
    sections, totals = [], []
    for name in args.packages:
        with tempfile.TemporaryDirectory() as tmp:
            lines, summary = compare(name, PACKAGES / name, Path(tmp), args.seed)
        sections += [*lines, ""]
        totals.append(summary)
    codes = sum(t["codes_digital"] for t in totals)
    both = sum(t["codes_both"] for t in totals)
    matched = sum(t["evidence_matched"] for t in totals)
    evidence = sum(t["evidence_digital"] for t in totals)
    pages = sum(t["pages"] for t in totals)
    seconds = sum(t["seconds"] for t in totals)
    head = ["# Scan parity: sample packages as delivered vs scanned (seed "
            f"{args.seed})", "",
            f"- finding codes of the digital audit also found on paper: {both}/{codes}",
            f"- evidence items (records, documents) matched per code: {matched}/{evidence} = "
            f"{matched / max(1, evidence):.0%}",
            f"- OCR: {pages} pages in {seconds:.0f} s = {seconds / max(1, pages):.1f} s per page "
            "(whole paper audit, 2 workers; see the machine load below)", ""]
    print("\n".join(head + sections))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
