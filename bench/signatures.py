"""Signature fingerprints through a scanner: same picture pasted and scanned vs different hands.

    .venv/bin/python bench/signatures.py [--signatures 40] [--copies 3] [--seed 1]

Each of ``--signatures`` generated hand-drawn signatures (sample_data/gen/writers.py) is pasted
on ``--copies`` work-order forms (a different customer's form each time), every form is rendered
at 200 dpi and spoiled by the scanner model (sample_data/gen/scanner.py: ±1.5°, blur, grain,
dust, JPEG q55-80, a lid shadow on one page in five), stored as JPEG, decoded and brought to the
reader's 150 dpi. The signature cell is then cut out exactly as the scan reader does (deskew,
ruling-line grid, ink of the cell; OCR is not needed to find a cell whose row is known) and
fingerprinted. Prints the bit distances between copies of one picture and between different
hands, for the old fingerprint (dHash of the grey ink box) and the current one, and how many
pairs each threshold would group. bench/signatures.md holds the last report.
"""

from __future__ import annotations

import argparse
import io
import random
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import numpy as np
from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from preaudit.checks.config import Config  # noqa: E402
from preaudit.checks.signatures import picture_groups  # noqa: E402
from preaudit.parsers.images import fingerprint_image  # noqa: E402
from preaudit.parsers.ocr import DPI  # noqa: E402
from preaudit.parsers.scan_clean import even_light  # noqa: E402
from preaudit.parsers.scan_layout import _fill, _strokes, deskew, find_grids, ink_crop  # noqa: E402
from sample_data.gen import common as k  # noqa: E402
from sample_data.gen.scanner import OFFICE_DPI, jpeg_bytes, office_look, render_pages, spoil  # noqa: E402
from sample_data.gen.writers import signature_png, write_pdf_forms  # noqa: E402

SIGNATURE_ROW = 7  # work_order_form: 客户签字 is the eighth row, its value the second cell


def scanned_crops(signatures: int, copies: int, seed: int) -> tuple[list[int], list[np.ndarray]]:
    """(which signature, the reader's ink crop of its cell) for every pasted copy."""
    rng = random.Random(seed)
    pool = k.Pool(rng, signatures * copies + 5)
    pictures = [signature_png(f"hand-{seed}-{n}") for n in range(signatures)]
    owners, forms = [], []
    for n in range(signatures * copies):
        order = k.good_order(rng, pool, f"GD{n:08d}", k.AS_OF)
        order.signature, order.signature_png = "", pictures[n % signatures]
        owners.append(n % signatures)
        forms.append(k.work_order_form(order))
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "forms.pdf"
        write_pdf_forms(pdf, "售后服务工单", "服务单位：测试电器有限公司", forms)
        pages = render_pages(pdf, OFFICE_DPI)
    noise = np.random.default_rng(seed)
    crops = []
    for page in pages:
        look = office_look(rng)
        crops.append(_signature_crop(_as_read(spoil(page, look, noise), look.quality)))
    return owners, crops


def _as_read(scan: Image.Image, quality: int) -> np.ndarray:
    """The scan stored as JPEG and brought to the reader's resolution, as parsers/image.py does."""
    decoded = Image.open(io.BytesIO(jpeg_bytes(scan, quality))).convert("L")
    scale = DPI / OFFICE_DPI
    size = (round(decoded.width * scale), round(decoded.height * scale))
    return np.asarray(decoded.resize(size, Image.Resampling.LANCZOS), dtype=np.uint8)


def _signature_crop(grey: np.ndarray) -> np.ndarray | None:
    level = deskew(even_light(grey))
    for grid in find_grids(level):
        if len(grid.ys) - 1 > SIGNATURE_ROW:
            boxes = _fill(grid, [], set()).boxes
            if (SIGNATURE_ROW, 1) in boxes:
                return ink_crop(level, boxes[(SIGNATURE_ROW, 1)], [])
    return None


def grey_box_dhash(image: Image.Image) -> str | None:
    """The fingerprint before issue 12: a 64-bit dHash of the grey ink bounding box of the
    cell's strokes (ink under grey 150 in pieces of 12+ pixels, as the reader cut them then)."""
    crop = np.asarray(image.convert("L"), dtype=np.uint8)
    grey = Image.fromarray(np.where(_strokes(crop) > 0, crop, 255).astype(np.uint8))
    box = grey.point(lambda level: 255 if level < 160 else 0).getbbox()
    if box is None:
        return None
    pixels = list(grey.crop(box).resize((9, 8), Image.Resampling.LANCZOS).tobytes())
    bits = 0
    for row in range(8):
        for col in range(8):
            bits = (bits << 1) | (pixels[row * 9 + col] > pixels[row * 9 + col + 1])
    return f"dh:{bits:016x}"


def _bits(a: str, b: str) -> int:
    return (int(a[3:], 16) ^ int(b[3:], 16)).bit_count()


def distances(owners: list[int], prints: list[str | None]) -> tuple[list[int], list[int]]:
    same, other = [], []
    for i, a in enumerate(prints):
        for j in range(i + 1, len(prints)):
            b = prints[j]
            if a and b and a[:3] == b[:3] and a[:3] in ("dh:", "ph:"):
                (same if owners[i] == owners[j] else other).append(_bits(a, b))
    return same, other


def _histogram(values: list[int]) -> str:
    counts = Counter(values)
    return ", ".join(f"{bits}: {counts[bits]}" for bits in sorted(counts))


def _section(name: str, owners: list[int], prints: list[str | None], thresholds: range
             ) -> list[str]:
    same, other = distances(owners, prints)
    lines = [f"### {name}", "",
             f"- same picture, pasted and scanned: {len(same)} pairs, bits apart "
             f"min {min(same)} / median {int(np.median(same))} / max {max(same)}",
             f"- different hands: {len(other)} pairs, min {min(other)} / median "
             f"{int(np.median(other))} / max {max(other)}",
             f"- margin (closest different hands − farthest copies): {min(other) - max(same)} bits",
             "", f"Same-picture histogram (bits: pairs): {_histogram(same)}", "",
             f"Different-hands histogram, lowest: {_histogram(sorted(other)[:40])} …", "",
             "| threshold (bits) | copies grouped | different hands grouped |", "|---|---|---|"]
    for threshold in thresholds:
        lines.append(f"| {threshold} | {sum(b <= threshold for b in same)}/{len(same)} | "
                     f"{sum(b <= threshold for b in other)}/{len(other)} |")
    return lines


def _grouping(owners: list[int], prints: list[str | None], max_bits: int) -> str:
    """What checks/signatures.py makes of these prints: whole signatures found, false joins."""
    keyed = [p for p in prints if p]
    groups = picture_groups(keyed, max_bits)
    by_owner: dict[int, set[str]] = {}
    for owner, fp in zip(owners, prints, strict=True):
        if fp:
            by_owner.setdefault(owner, set()).add(groups[fp])
    whole = sum(len(keys) == 1 for keys in by_owner.values())
    owners_of_group: dict[str, set[int]] = {}
    for owner, fp in zip(owners, prints, strict=True):
        if fp:
            owners_of_group.setdefault(groups[fp], set()).add(owner)
    mixed = sum(len(o) > 1 for o in owners_of_group.values())
    return (f"picture_groups(max_bits={max_bits}): {whole}/{len(by_owner)} signatures have all "
            f"their copies in one group; {mixed} groups mix different hands")


def grouping_cost(sizes: tuple[int, ...] = (1_000, 5_000, 20_000)) -> list[str]:
    """Seconds picture_groups takes for n fingerprints (a third of them copies of another,
    up to 24 bits off, the rest unrelated): growth in n shows whether it stays linear."""
    lines = ["| fingerprints | seconds | joined to another |", "|---|---|---|"]
    for size in sizes:
        rng = random.Random(size)
        prints = []
        while len(prints) < size:
            base = rng.getrandbits(128)
            prints.append(f"ph:{base:032x}")
            if len(prints) % 3 == 0:
                copy = base
                for bit in rng.sample(range(128), rng.randint(0, 12)):
                    copy ^= 1 << bit
                prints.append(f"ph:{copy:032x}")
        started = time.perf_counter()
        groups = picture_groups(prints, Config().signature_max_bits)
        seconds = time.perf_counter() - started
        joined = len(prints) - len(set(groups.values()))
        lines.append(f"| {len(prints):,} | {seconds:.2f} | {joined} |")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--signatures", type=int, default=40)
    parser.add_argument("--copies", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    owners, crops = scanned_crops(args.signatures, args.copies, args.seed)
    scan_seconds = time.perf_counter() - started
    missing = sum(crop is None for crop in crops)
    images = [Image.fromarray(crop) if crop is not None else None for crop in crops]
    started = time.perf_counter()
    current = [fingerprint_image(image) if image else None for image in images]
    hash_ms = (time.perf_counter() - started) * 1000 / max(1, len(images))
    old = [grey_box_dhash(image) if image else None for image in images]
    threshold = Config().signature_max_bits
    lines = [f"# Signature fingerprints through the scanner model (seed {args.seed})", "",
             f"{args.signatures} generated signatures × {args.copies} forms each = {len(crops)} "
             f"scanned pages (200 dpi, ±1.5°, blur 0.4-1.0, grain σ 3-9, JPEG q55-80, lid shadow "
             f"on ~1 page in 5), read at {DPI} dpi; {missing} signature cells not found. "
             f"Scanning and cutting out: {scan_seconds:.0f} s; fingerprint: {hash_ms:.1f} ms each.",
             ""]
    lines += _section("Before: dHash of the grey ink box (64 bits)", owners, old, range(3, 4))
    lines += ["", _grouping(owners, old, 3), ""]
    lines += _section("Now: perceptual hash of the normalised ink density (128 bits)", owners,
                      current, range(max(0, threshold - 8), threshold + 9, 2))
    lines += [""] + [_grouping(owners, current, bits)
                     for bits in (threshold - 4, threshold, threshold + 4)]
    lines += ["", "### Grouping cost (checks/signatures.py, LSH by bit sampling)", ""]
    lines += grouping_cost()
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
