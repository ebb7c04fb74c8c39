"""OCR accuracy on generated scans: fields, signatures, confidence, speed and memory.

    .venv/bin/python bench/ocr_accuracy.py [--forms 30] [--threads 1]

Renders ``--forms`` work-order forms (sample_data/gen/scans.py), spoils each differently
(rotation ±2°, blur, grain, JPEG quality 45-75), writes them to bench/.cache/ocr/ (once) and reads
them back with the scan reader in this process (model loaded once). Signatures: a drawn
picture on most forms, an empty cell or the written words 未签 on the rest, and some pictures
pasted on two customers' forms (for the fingerprint distance). Prints a Markdown report
(bench/ocr.md holds the last one).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import sys
import time
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from preaudit.checks.config import Config  # noqa: E402
from preaudit.parsers import ocr  # noqa: E402
from preaudit.parsers.image import _load_grey  # noqa: E402
from preaudit.parsers.image import read as read_image  # noqa: E402
from preaudit.parsers.limits import ReadLimits  # noqa: E402
from preaudit.parsers.recognise import extract  # noqa: E402
from preaudit.parsers.scan_layout import (  # noqa: E402
    MIN_SIGNATURE_INK,
    _fill,
    deskew,
    find_grids,
    mark_low_confidence,
    signature_ink,
)
from sample_data.gen import common as k  # noqa: E402
from sample_data.gen.model import WorkOrder  # noqa: E402
from sample_data.gen.scans import Degrade, degraded_form_pages, jpeg_bytes  # noqa: E402
from sample_data.gen.writers import signature_png  # noqa: E402

CACHE = ROOT / "bench" / ".cache" / "ocr"
FIELDS = ("record_id", "customer_name", "customer_phone", "customer_address", "product", "issue",
          "resolution", "reported_at", "responded_at", "completed_at", "technician")
THRESHOLDS = (0.5, 0.7, 0.8, 0.9, 0.95)


def make_forms(count: int, seed: int = 7) -> tuple[list[WorkOrder], list[str]]:
    """Orders with their signature state: 'signed', 'blank' or '未签'."""
    rng = random.Random(seed)
    pool = k.Pool(rng, count + 5)
    orders, states = [], []
    for n in range(count):
        day = date(2026, 8, 21 + n % 10) if n % 3 == 0 else date(2026, 10, 1 + n % 28)
        order = k.good_order(rng, pool, f"GD{day:%Y%m%d}{n:03d}", day)
        order.signature = ""
        state = "blank" if n % 6 == 1 else "未签" if n % 6 == 4 else "signed"
        if state == "signed":
            order.signature_png = signature_png(order.customer_name + order.customer_phone)
        elif state == "未签":
            order = replace(order, signature="未签")
        orders.append(order)
        states.append(state)
    for a, b in ((0, 5), (2, 9), (3, 14), (6, 21), (8, 27)):  # pasted: same picture twice
        if b < count and states[a] == states[b] == "signed":
            orders[b].signature_png = orders[a].signature_png
    return orders, states


def degradations(count: int, seed: int = 11) -> list[Degrade]:
    rng = random.Random(seed)
    return [Degrade(angle=round(rng.uniform(-2, 2), 2), blur=round(rng.uniform(0.3, 0.9), 2),
                    noise=round(rng.uniform(2, 10), 1), speckles=rng.randint(100, 800),
                    quality=rng.choice((45, 55, 65, 75))) for _ in range(count)]


def add_engine_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--threads", type=int, default=ocr.THREADS, help="ONNX intra-op threads")
    parser.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                        help="a RapidOCR setting, e.g. Global.use_cls=false (repeatable)")


def apply_engine_options(args: argparse.Namespace) -> None:
    """--threads and --set into parsers.ocr.ENGINE_PARAMS, before the engine is built."""
    ocr.ENGINE_PARAMS["EngineConfig.onnxruntime.intra_op_num_threads"] = args.threads
    for setting in args.set:
        key, _, text = setting.partition("=")
        try:
            value = json.loads(text)  # 960, 0.5, true, [3, 48, 160]
        except json.JSONDecodeError:
            value = text  # max
        ocr.ENGINE_PARAMS[key] = value


def describe_engine() -> str:
    """The settings that differ from RapidOCR's defaults, for the report's first lines."""
    return ", ".join(f"{key}={value}" for key, value in ocr.ENGINE_PARAMS.items()
                     if key != "Global.log_level")


def _cjk_renders() -> bool:
    """Does pdfium find a Chinese font for STSong-Light (not embedded) on this machine?"""
    import io

    import pypdfium2 as pdfium
    from reportlab.pdfgen import canvas

    from sample_data.gen.writers import FONT

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    page.setFont(FONT, 40)
    page.drawString(50, 700, "售后服务工单")
    page.save()
    image = pdfium.PdfDocument(buffer.getvalue())[0].render(scale=1, grayscale=True).to_pil()
    return int((np.asarray(image.convert("L")) < 128).sum()) > 500


def write_scans(count: int) -> tuple[list[WorkOrder], list[str], list[Path]]:
    """The orders, their signature states and their scans (rendered once, then cached)."""
    orders, states = make_forms(count)
    folder = CACHE / f"{count}-forms"  # the forms depend on how many are made
    paths = [folder / f"form_{n:03d}.jpg" for n in range(count)]
    if not all(path.exists() for path in paths):
        # Without a CJK font pdfium draws the forms without their Chinese, silently.
        if not _cjk_renders():
            raise SystemExit("no Chinese font for pdfium: apt-get install fonts-noto-cjk")
        looks = degradations(count)
        folder.mkdir(parents=True, exist_ok=True)
        pages = degraded_form_pages(orders, looks, "上海测试电器有限公司", seed=5)
        for path, page, look in zip(paths, pages, looks, strict=True):
            path.write_bytes(jpeg_bytes(page, look.quality))
    return orders, states, paths


def _same(field: str, got: object, want: object) -> bool:
    if field.endswith("_at"):
        if want is None:
            return got is None
        return isinstance(got, datetime) and got == want.value  # type: ignore[union-attr]
    return (got or "") == (want or "")


def _signature_share(path: Path) -> float:
    """Ink share of the signature value cell, measured as the reader sees it."""
    level = deskew(_load_grey(path))
    words = ocr.read_words(level)
    for grid in find_grids(level):
        filled = _fill(grid, words, set())
        rows, boxes = filled.rows, filled.boxes
        for r, row in enumerate(rows):
            if row and isinstance(row[0], str) and "签" in row[0] and (r, 1) in boxes:
                return signature_ink(level, boxes[(r, 1)], words)[0]
    return -1.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--forms", type=int, default=30)
    add_engine_options(parser)
    args = parser.parse_args(argv)
    apply_engine_options(args)
    orders, states, paths = write_scans(args.forms)

    started = time.perf_counter()
    ocr.engine()
    load_seconds = time.perf_counter() - started
    seconds, cpu_seconds, records = [], [], []
    for path in paths:
        started, cpu = time.perf_counter(), time.process_time()
        document = read_image(path, path.name, ReadLimits())
        extracted = extract(document)
        seconds.append(time.perf_counter() - started)
        cpu_seconds.append(time.process_time() - cpu)
        by_threshold = {}
        for threshold in THRESHOLDS:
            copy = extract(document)
            mark_low_confidence(document, copy, threshold)
            rows = copy.records.get("work_orders", [{}])
            by_threshold[threshold] = set(rows[0].get("_ocr_low_fields") or [])
        rows = extracted.records.get("work_orders", [])
        records.append((rows[0] if rows else {}, by_threshold))
    shares = [_signature_share(path) for path in paths]
    report = _report(orders, states, records, (seconds, cpu_seconds), load_seconds, shares)
    print(report)
    return 0


def _report(orders, states, records, times, load_seconds, shares) -> str:
    seconds, cpu_seconds = times
    right = total = 0
    wrong_fields: dict[str, int] = {}
    misread: list[set[str]] = []
    for order, (record, _) in zip(orders, records, strict=True):
        bad = set()
        for field in FIELDS:
            total += 1
            if _same(field, record.get(field), getattr(order, field)):
                right += 1
            else:
                bad.add(field)
                wrong_fields[field] = wrong_fields.get(field, 0) + 1
        misread.append(bad)
    predicted = [bool(r.get("signature_image")) or (r.get("signature") or "") not in
                 ("", "未签") for r, _ in records]
    truth = [s == "signed" for s in states]
    tp = sum(p and t for p, t in zip(predicted, truth, strict=True))
    fp = sum(p and not t for p, t in zip(predicted, truth, strict=True))
    fn = sum(t and not p for p, t in zip(predicted, truth, strict=True))
    lines = [
        f"# OCR accuracy on {len(orders)} generated scanned forms",
        "",
        f"150 dpi grey, rotation ±2°, blur 0.3-0.9, grain σ 2-10, 100-800 dust specks, JPEG "
        f"q45-75. rapidocr PP-OCRv6 small, onnxruntime; {describe_engine()}.",
        "",
        "| measure | value |",
        "|---|---|",
        f"| field accuracy (11 canonical fields, exact) | {right}/{total} = {right / total:.1%} |",
        f"| forms with every field exact | {sum(not b for b in misread)}/{len(orders)} |",
        f"| signature precision | {tp}/{tp + fp} = {tp / max(1, tp + fp):.1%} |",
        f"| signature recall | {tp}/{tp + fn} = {tp / max(1, tp + fn):.1%} |",
        f"| seconds per page (median / max) | {np.median(seconds):.2f} / {max(seconds):.2f} |",
        f"| CPU seconds per page (median / max) | {np.median(cpu_seconds):.2f} / "
        f"{max(cpu_seconds):.2f} |",
        f"| load average at the end | {os.getloadavg()[0]:.1f} |",
        f"| model load | {load_seconds:.1f} s |",
        f"| peak RSS | {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB |",
        "",
        "Misread fields: " + (", ".join(f"{f} {n}" for f, n in sorted(wrong_fields.items()))
                              or "none"),
        "",
        "## Signature ink share (threshold "
        f"{MIN_SIGNATURE_INK})",
        "",
        "| state | n | min | max |",
        "|---|---|---|---|",
    ]
    for state in ("signed", "blank", "未签"):
        values = [s for s, st in zip(shares, states, strict=True) if st == state]
        if values:
            lines.append(f"| {state} | {len(values)} | {min(values):.4f} | {max(values):.4f} |")
    lines += ["", "## Signature fingerprints (ink hash bits apart)", ""]
    lines += _hash_lines(orders, states, records)
    lines += ["", "## Low-confidence flag vs misread fields", "",
              "| threshold | fields flagged | misreads flagged | misreads missed |",
              "|---|---|---|---|"]
    for threshold in THRESHOLDS:
        flagged = caught = missed = 0
        for bad, (_, by_threshold) in zip(misread, records, strict=True):
            low = by_threshold[threshold] - {"signature"}
            flagged += len(low)
            caught += len(low & bad)
            missed += len(bad - low)
        lines.append(f"| {threshold} | {flagged} | {caught} | {missed} |")
    return "\n".join(lines)


def _hash_lines(orders, states, records) -> list[str]:
    prints = {}
    for n, (record, _) in enumerate(records):
        image = record.get("signature_image")
        if image and image.startswith("ph:") and states[n] == "signed":
            prints[n] = int(image[3:], 16)
    same, other = [], []
    keys = sorted(prints)
    for i, a in enumerate(keys):
        for b in keys[i + 1:]:
            bits = (prints[a] ^ prints[b]).bit_count()
            pasted = orders[a].signature_png == orders[b].signature_png
            (same if pasted else other).append(bits)
    limit = Config().signature_max_bits
    return [
        f"- same picture pasted on two forms: {sorted(same)} bits (of 128)",
        f"- different signatures: min {min(other) if other else '-'} bits, "
        f"{sum(1 for b in other if b <= limit)} of {len(other)} pairs within {limit} bits",
    ]


if __name__ == "__main__":
    raise SystemExit(main())
