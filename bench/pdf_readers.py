# ruff: noqa: E501  -- Markdown table rows
"""pdfium page model vs pdfplumber vs the raw pypdfium2 text floor, per PDF: seconds, peak RSS.

    .venv/bin/python bench/pdf_readers.py [--skip-2000] [--out bench/pdf_readers.md]

Each measurement runs in a fresh child process (one file, one reader), so its peak RSS
(``VmHWM``, libraries imported) is that reader's alone; seconds exclude the imports:
- ``pdfium``: ``parsers.parse_file`` with the default reader (parsers/pdf_pdfium.py);
- ``pdfplumber``: the same with ``ReadLimits(pdf_reader="pdfplumber")``, the reference;
- ``floor``: pypdfium2 opening the file and reading every page's text, nothing else.

Inputs: the PDFs of the reference bundle (bench/bundle.py: non-embedded CID font, drawn by
reportlab), the forms-only package at 200 and 2,000 pages, and an embedded-font bundle printed
here by headless Chromium (``embedded_forms_pdf`` / ``embedded_ledger_pdf``): Noto CJK subsets
embedded as Word or a ticketing system would, one work-order form per page with its signature
picture, and a 30-page ruled ledger.
"""

from __future__ import annotations

import argparse
import base64
import html
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench import bundle  # noqa: E402
from sample_data.gen import common as k  # noqa: E402
from sample_data.gen import content as c  # noqa: E402
from sample_data.gen.writers import FormRow  # noqa: E402

READERS = ("pdfium", "pdfplumber", "floor")
EMBEDDED = bundle.CACHE / "embedded-pdf"
_CSS = """
@page { size: A4; margin: 18mm; }
body { font-family: 'Noto Sans CJK SC', sans-serif; font-size: 10pt; }
h1 { font-size: 15pt; text-align: center; margin: 0 0 4pt; }
.page { page-break-after: always; }
table { border-collapse: collapse; width: 100%; }
td, th { border: 0.75pt solid #000; padding: 3pt 4pt; height: 26pt; }
th, td.label { background: #f0f0f0; width: 16%; font-weight: normal; }
.ledger td, .ledger th { height: auto; width: auto; font-size: 8pt; padding: 2pt 3pt; }
img { height: 22pt; }
"""


def chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


def print_html(markup: str, target: Path) -> Path:
    """Headless Chromium's print-to-PDF of ``markup``: fonts embedded as subsets."""
    browser = chromium()
    if browser is None:
        raise RuntimeError("headless Chromium is needed to print the embedded-font PDFs")
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="preaudit-print-") as tmp:
        page = Path(tmp) / "page.html"
        page.write_text(markup, "utf-8")
        subprocess.run(
            [browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
             f"--user-data-dir={tmp}/profile", f"--print-to-pdf={target}", page.as_uri()],
            check=True, capture_output=True, timeout=600,
        )
    return target


def _cell(value: str | bytes | None) -> str:
    if isinstance(value, bytes):
        return f'<img src="data:image/png;base64,{base64.b64encode(value).decode()}">'
    return html.escape(value or "")


def _form_html(rows: list[FormRow]) -> str:
    cells = []
    for row in rows:
        parts = [f'<td class="label">{html.escape(label)}</td><td{"" if len(row.pairs) > 1 else " colspan=3"}>'
                 f"{_cell(value)}</td>" for label, value in row.pairs]
        cells.append(f"<tr>{''.join(parts)}</tr>")
    return f"<table>{''.join(cells)}</table>"


def embedded_forms_pdf(target: Path, forms: list[list[FormRow]], title: str = "售后服务工单") -> Path:
    """One label/value work-order form per page (bench/bundle.py's forms), printed by Chromium."""
    pages = "".join(f'<div class="page"><h1>{html.escape(title)}</h1>{_form_html(form)}</div>'
                    for form in forms)
    return print_html(f"<html><head><meta charset='utf-8'><style>{_CSS}</style></head>"
                      f"<body>{pages}</body></html>", target)


def embedded_ledger_pdf(target: Path, title: str, headers: list[str], rows: list[list[str]]) -> Path:
    """One ruled table over as many pages as it takes, its header repeated on each page."""
    head = "".join(f"<th>{html.escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(str(v))}</td>" for v in row) + "</tr>"
                   for row in rows)
    landscape = "@page { size: A4 landscape; margin: 12mm; }"
    return print_html(f"<html><head><meta charset='utf-8'><style>{_CSS}{landscape}</style></head><body>"
                      f"<h1>{html.escape(title)}</h1><table class='ledger'><thead><tr>{head}</tr>"
                      f"</thead><tbody>{body}</tbody></table></body></html>", target)


def embedded_bundle(form_pages: int = 200) -> list[Path]:
    """The embedded-font PDFs, built once into bench/.cache (Chromium takes a few seconds)."""
    forms = EMBEDDED / f"工单-{form_pages}p.pdf"
    ledger = EMBEDDED / "投诉台账.pdf"
    if not forms.exists():
        rng = random.Random(15)
        orders = bundle._orders(rng, form_pages, signed_images=True)
        embedded_forms_pdf(forms, [k.work_order_form(order) for order in orders])
    if not ledger.exists():
        rows = _ledger_rows(random.Random(16))
        embedded_ledger_pdf(ledger, "客户投诉处理台账", bundle.LEDGER_HEADERS, rows)
    return [forms, ledger]


def _ledger_rows(rng: random.Random, pages: int = 30) -> list[list[str]]:
    """Complaint rows like the reference bundle's ledger (bench/bundle.py, not importable as
    rows: it writes them straight into its reportlab PDF)."""
    rows = []
    for index in range(pages * 25):
        name, phone = bundle._person(rng, 20_000 + index)
        day = date(2026, 6, 1) + timedelta(days=index // 5)
        content, reason, handling = c.COMPLAINTS[index % len(c.COMPLAINTS)]
        closed = day + timedelta(days=rng.randint(1, 6))
        rows.append([f"TS{day:%Y%m}{index:04d}", day.isoformat(), name, phone, content, reason,
                     handling, rng.choice(c.FEEDBACK), closed.isoformat()])
    return rows


# ---------------------------------------------------------------------------- measuring


def child(path: Path, reader: str) -> dict:
    """One file, one reader, in this (fresh) process; libraries imported before the clock."""
    import pypdfium2 as pdfium

    from preaudit.parsers import parse_file
    from preaudit.parsers.limits import ReadLimits

    started = time.perf_counter()
    if reader == "floor":
        document = pdfium.PdfDocument(str(path))
        units = 0
        for index in range(len(document)):
            page = document[index]
            textpage = page.get_textpage()
            units += len(textpage.get_text_bounded())
            textpage.close()
            page.close()
        document.close()
    else:
        _, extracted = parse_file(path, path.name, ReadLimits(pdf_reader=reader))
        units = extracted.record_count
    return {"seconds": time.perf_counter() - started, "units": units, "peak_mb": _peak_mb()}


def _peak_mb() -> float:
    """This process's peak RSS (VmHWM): ru_maxrss would carry the parent's over fork and exec."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(path: Path, reader: str) -> dict:
    done = subprocess.run([sys.executable, __file__, "--child", str(path), reader],
                          capture_output=True, text=True, check=True, cwd=ROOT)
    return json.loads(done.stdout.strip().splitlines()[-1])


def pages(path: Path) -> int:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(path))
    try:
        return len(document)
    finally:
        document.close()


def run(skip_2000: bool) -> dict:
    inputs: list[tuple[str, Path]] = []
    inputs += [("reference (CID, not embedded)", p) for p in sorted(bundle.reference_bundle().rglob("*.pdf"))]
    inputs += [("embedded (Chromium, Noto CJK)", p) for p in embedded_bundle()]
    sizes = [200] if skip_2000 else [200, 2000]
    inputs += [("forms-only package", next(bundle.forms_only_bundle(n).rglob("*.pdf"))) for n in sizes]
    rows = []
    for group, path in inputs:
        row = {"group": group, "file": path.name, "pages": pages(path),
               "load_before": os.getloadavg()[0]}
        for reader in READERS:
            row[reader] = measure(path, reader)
        rows.append(row)
        print(json.dumps(row, ensure_ascii=False), flush=True)
    return {"rows": rows, "load_end": os.getloadavg()[0], "cpus": os.cpu_count()}


def markdown(results: dict) -> str:
    lines = ["| input | file | pages | records | pdfium s | pdfplumber s | floor s | pdfium / floor | pdfplumber / pdfium | pdfium MB | pdfplumber MB | floor MB | load |",
             "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for row in results["rows"]:
        a, b, f = row["pdfium"], row["pdfplumber"], row["floor"]
        lines.append(
            f"| {row['group']} | {row['file']} | {row['pages']:,} | {a['units']:,} | {a['seconds']:.2f} | "
            f"{b['seconds']:.2f} | {f['seconds']:.2f} | {a['seconds'] / f['seconds']:.1f}× | "
            f"{b['seconds'] / a['seconds']:.1f}× | {a['peak_mb']:.0f} | {b['peak_mb']:.0f} | {f['peak_mb']:.0f} | {row['load_before']:.1f} |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--child", nargs=2, metavar=("PDF", "READER"))
    parser.add_argument("--skip-2000", action="store_true")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(child(Path(args.child[0]), args.child[1])))
        return 0
    results = run(args.skip_2000)
    table = markdown(results)
    print(table)
    print(f"load average at the end {results['load_end']:.1f} on {results['cpus']} cores")
    if args.out:
        args.out.write_text(table, "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
