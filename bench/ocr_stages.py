"""Where OCR's seconds and megabytes go: detection, direction classifier, recognition.

    .venv/bin/python bench/ocr_stages.py [--forms 30] [--threads 1] [--set KEY=VALUE ...]

Reads the generated scans of bench/ocr_accuracy.py (rendered once into bench/.cache/ocr/) the
way the scan reader does (grey, deskewed) but calls the engine directly, so the figures are
OCR's alone: CPU seconds of each stage (det / cls / rec; CPU, not wall, because the machine
is shared), wall seconds of the whole call, the detector's input size,
text boxes per page, whole-call seconds, and this process's peak RSS (ru_maxrss) after the
model load and at the end. Run it once per setting (each run is a fresh process, so peak RSS
belongs to that setting) and under ``taskset -c N`` for one core.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(Path(__file__).parent)]

from ocr_accuracy import (  # noqa: E402
    add_engine_options,
    apply_engine_options,
    describe_engine,
    write_scans,
)

from preaudit.parsers import ocr  # noqa: E402
from preaudit.parsers.image import _load_grey  # noqa: E402
from preaudit.parsers.scan_layout import deskew  # noqa: E402


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _det_input(shape: tuple[int, ...]) -> tuple[int, int]:
    """The detector's input size for a page of ``shape`` (RapidOCR's DetPreProcess rule)."""
    height, width = shape[:2]
    side = int(ocr.ENGINE_PARAMS.get("Det.limit_side_len", 736))
    if ocr.ENGINE_PARAMS.get("Det.limit_type", "min") == "max":
        ratio = min(1.0, side / max(height, width))
    else:
        ratio = max(1.0, side / min(height, width))
    return round(height * ratio / 32) * 32, round(width * ratio / 32) * 32


class _CpuTimed:
    """Wraps one RapidOCR stage and adds up the CPU seconds its calls take."""

    def __init__(self, stage: object) -> None:
        self.stage = stage
        self.seconds = 0.0

    def __call__(self, *args: object, **kwargs: object) -> object:
        started = time.process_time()
        try:
            return self.stage(*args, **kwargs)  # type: ignore[operator]
        finally:
            self.seconds += time.process_time() - started

    def __getattr__(self, name: str) -> object:
        return getattr(self.stage, name)

    def take(self) -> float:
        seconds, self.seconds = self.seconds, 0.0
        return seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--forms", type=int, default=30)
    add_engine_options(parser)
    args = parser.parse_args(argv)
    apply_engine_options(args)
    _, _, paths = write_scans(args.forms)
    pages = [deskew(_load_grey(path)) for path in paths]
    rss_before = _rss_mb()
    started = time.perf_counter()
    engine = ocr.engine()
    engine(pages[0])  # the first call builds the det/cls/rec sessions (lazy in RapidOCR 3)
    load = time.perf_counter() - started
    rss_loaded = _rss_mb()
    # CPU seconds, not wall: on a shared machine the wall clock measures the neighbours too.
    timed = [_CpuTimed(getattr(engine, name)) if getattr(engine, name) is not None else None
             for name in ("text_det", "text_cls", "text_rec")]
    for name, wrapper in zip(("text_det", "text_cls", "text_rec"), timed, strict=True):
        if wrapper is not None:
            setattr(engine, name, wrapper)
    totals, walls, stages, boxes = [], [], [], []
    for page in pages:
        started, cpu = time.perf_counter(), time.process_time()
        result = engine(page)
        walls.append(time.perf_counter() - started)
        totals.append(time.process_time() - cpu)
        stages.append([w.take() if w is not None else 0.0 for w in timed])
        boxes.append(0 if result.boxes is None else len(result.boxes))
    det, cls, rec = (np.array(column) for column in zip(*stages, strict=True))
    height, width = pages[0].shape[:2]
    det_h, det_w = _det_input(pages[0].shape)
    print(f"settings: {describe_engine()}; cores allowed {len(os.sched_getaffinity(0))}; "
          f"load average {os.getloadavg()[0]:.1f}")
    print(f"pages {len(pages)}, {width}x{height} px, detector input {det_w}x{det_h}, "
          f"text boxes per page median {int(np.median(boxes))}")
    print("| stage (CPU seconds a page) | median s | max s | share |")
    print("|---|---:|---:|---:|")
    whole = float(np.sum(totals))
    for name, values in (("detection", det), ("direction classifier", cls),
                         ("recognition", rec)):
        print(f"| {name} | {np.median(values):.2f} | {values.max():.2f} | "
              f"{values.sum() / whole:.0%} |")
    print(f"| whole call | {np.median(totals):.2f} | {max(totals):.2f} | 100% |")
    print(f"wall seconds a page: median {np.median(walls):.2f}, max {max(walls):.2f}")
    print(f"model load + first page {load:.1f} s; peak RSS: images only {rss_before:.0f} MB, "
          f"after the first page {rss_loaded:.0f} MB, end {_rss_mb():.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
