"""Local OCR of scanned pages and photos: RapidOCR (ONNX models shipped inside the wheel).

Personal data in scans must not leave the machine, so the engine runs here, offline: the
rapidocr wheel carries its detection, direction and recognition models and never fetches
anything (performance.md §OCR). Loading takes seconds and most of a gigabyte, so the engine
is built once per process, on first use, and only in processes that meet a scan.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import numpy as np

from preaudit.parsers.errors import ReadError

DPI = 150  # 2.3-2.8x faster than 200 dpi for RapidOCR at no accuracy loss (performance.md)
# A page larger than A3 is rendered smaller than DPI so its long side stays within this many
# pixels (A3 at 150 dpi): a poster-sized or hostile MediaBox cannot make a giant bitmap.
MAX_RENDER_SIDE = 2480
# Two parallel workers share two cores: one ONNX thread each keeps them from oversubscribing.
THREADS = 1
# RapidOCR settings (keys of its config.yaml), measured on bench/ocr_accuracy.py's 30 scans
# (bench/ocr.md, "Where the time goes"). bench/ocr_stages.py and bench/ocr_accuracy.py change
# them with --set KEY=VALUE to measure alternatives.
ENGINE_PARAMS: dict[str, Any] = {
    "Global.log_level": "error",
    # The line-direction classifier turns upside-down text lines; deskewed forms have none,
    # and an upside-down page would defeat the ruled-form layout anyway. 1 % of the time.
    "Global.use_cls": False,
    # Detection on the page scaled to a long side of 1024 px (736 x 1024 for A4 at 150 dpi)
    # instead of RapidOCR's default "short side at least 736", which kept the whole
    # 1248 x 1760 page: a third of the pixels and of the detection time, about 350 MB less
    # memory, the same fields read (960 px lost one field in 330). Recognition still reads
    # each line from the full-resolution page.
    "Det.limit_type": "max",
    "Det.limit_side_len": 1024,
    # Lines one at a time, each only as wide as itself: batches pad every line to the widest
    # of six and to at least 320 px (a 4-character label is about 100), and on one thread
    # batching saves nothing to make up for that padding.
    "Rec.rec_batch_num": 1,
    "Rec.rec_img_shape": [3, 48, 96],
    "EngineConfig.onnxruntime.intra_op_num_threads": THREADS,
    "EngineConfig.onnxruntime.inter_op_num_threads": 1,
    # No onnxruntime CPU arena (RapidOCR's default, pinned here): the arena keeps the largest
    # tensors' memory for the life of the process.
    "EngineConfig.onnxruntime.enable_cpu_mem_arena": False,
}
_CID = re.compile(r"\(cid:\d+\)")
_MIN_TEXT_CHARS = 8  # a page with fewer real characters than this has no usable text layer

_ENGINE: Any = None

OCR_MISSING = (
    "a scanned page, and the OCR engine is not installed (pip install rapidocr onnxruntime "
    "opencv-python-headless)",
    "这是扫描页，但未安装文字识别（OCR）组件（rapidocr、onnxruntime、opencv-python-headless）",
)


@dataclass(frozen=True)
class Word:
    """One line of text found on a page, its axis-aligned box in pixels, and its confidence."""

    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    score: float

    @property
    def centre(self) -> tuple[float, float]:
        return (self.x0 + self.x1) / 2, (self.y0 + self.y1) / 2

    @property
    def height(self) -> float:
        return self.y1 - self.y0


def engine() -> Any:
    """The process's RapidOCR engine, built on first use (a ReadError when not installed)."""
    global _ENGINE
    if _ENGINE is None:
        try:
            from rapidocr import RapidOCR
        except ImportError as exc:  # optional at import time: digital files need no OCR
            raise ReadError(*OCR_MISSING) from exc
        _ENGINE = RapidOCR(params=dict(ENGINE_PARAMS))
    return _ENGINE


def read_words(grey: np.ndarray) -> list[Word]:
    """Every text line RapidOCR finds on a grey page image, in its reading order."""
    result = engine()(grey)
    if result.boxes is None or result.txts is None:
        return []
    words = []
    for box, text, score in zip(result.boxes, result.txts, result.scores, strict=True):
        xs, ys = box[:, 0], box[:, 1]
        words.append(
            Word(str(text), float(xs.min()), float(ys.min()), float(xs.max()), float(ys.max()),
                 float(score))
        )
    return words


def text_layer_missing(text: str) -> bool:
    """True for a page whose text layer is empty, ``(cid:N)`` runs or replacement characters."""
    cleaned = _CID.sub("", text)
    real = [ch for ch in cleaned if not ch.isspace() and ch not in "\ufffd\x00"]
    if len(real) < _MIN_TEXT_CHARS:
        return True
    garbage = len(_CID.findall(text)) + text.count("\ufffd")
    return garbage > len(real)


# ---------------------------------------------------------------- PDF pages (pypdfium2)

_SNIFF_BYTES = 4 * 1024 * 1024  # the parent reads at most this much of a PDF, undecoded
_TEXT_FONTS = (b"/Type0", b"/FontFile")  # CJK text needs one of these
_IMAGE_FORMATS = frozenset({"png", "jpeg"})


def page_needs_ocr(pdfium_doc: Any, index: int) -> bool:
    """A page with no usable text layer that still shows something (a scan, outlined text)."""
    import pypdfium2.raw as pdfium_c

    page = pdfium_doc[index]
    try:
        textpage = page.get_textpage()
        try:
            text = textpage.get_text_bounded()
        finally:
            textpage.close()
        if not text_layer_missing(text):
            return False
        images = page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=2)
        return next(iter(images), None) is not None
    finally:
        page.close()


def render_grey(pdfium_doc: Any, index: int, dpi: int = DPI) -> np.ndarray:
    """One page as a grey image at ``dpi``, smaller for pages over A3 (2-9 ms a page)."""
    page = pdfium_doc[index]
    try:
        width, height = page.get_size()  # points
        scale = min(dpi / 72, MAX_RENDER_SIDE / max(width, height, 1.0))
        bitmap = page.render(scale=scale, grayscale=True)
        return np.array(bitmap.to_pil().convert("L"), dtype=np.uint8)
    finally:
        page.close()


def needs_ocr(path: Any, file_format: str) -> bool:
    """Cheap sniff for the parent process: will reading this file run OCR?

    Pictures always do. For a PDF the parent must not parse anything (a flate bomb in a
    content stream would blow up the parent, hostile-input.md), so it only looks at the
    first bytes, undecoded: image objects and no font that could show Chinese (a composite
    /Type0 font or an embedded font file) is what a scanner writes. A scan this misses
    (objects hidden in compressed object streams) is still read by OCR, under the ordinary
    budget; a digital page this takes for a scan only gets the larger budget.
    """
    if file_format in _IMAGE_FORMATS:
        return True
    if file_format != "pdf":
        return False
    try:
        with open(path, "rb") as handle:
            head = handle.read(_SNIFF_BYTES)
    except OSError:
        return False
    return b"/Image" in head and not any(font in head for font in _TEXT_FONTS)
