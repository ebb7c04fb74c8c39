"""Even out the light on a scanned page before its layout is read.

A scanner lid left open throws a dark band along one edge; a phone photo is lit from one side.
Either way one Otsu threshold for the whole page then calls the dark part "ink": the band merges
with the ruling lines, no table is found and the record is lost (issue 12). Dividing the page by
an estimate of its paper brightness makes the paper white everywhere and leaves the ink dark.

The paper estimate is a grey closing (a maximum then a minimum filter) on a page shrunk eight
times: text strokes and ruling lines are far thinner than the filter, so they vanish from it,
while light that changes over centimetres stays. Pages that are already evenly lit are returned
unchanged, so a large dark picture on a clean page is never bleached.
"""

from __future__ import annotations

import cv2
import numpy as np

_SHRINK = 8  # the paper estimate is computed at 1/8 size: fast, and light varies slowly
_FILTER = 9  # closing kernel at 1/8 size: 72 px ≈ 12 mm at 150 dpi, wider than any stroke
_UNEVEN = 40  # grey levels between the brightest and darkest paper that call for a fix


def paper_level(grey: np.ndarray) -> np.ndarray:
    """The brightness of the bare paper under every pixel (float32, same shape)."""
    height, width = grey.shape
    small = cv2.resize(grey, (max(1, width // _SHRINK), max(1, height // _SHRINK)),
                       interpolation=cv2.INTER_AREA)
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (_FILTER, _FILTER))
    paper = cv2.morphologyEx(small, cv2.MORPH_CLOSE, kernel)
    paper = cv2.medianBlur(paper, 5)
    return cv2.resize(paper, (width, height), interpolation=cv2.INTER_LINEAR).astype(np.float32)


def even_light(grey: np.ndarray) -> np.ndarray:
    """The page with its paper made evenly white (unchanged when it already is)."""
    if grey.size == 0:
        return grey
    paper = paper_level(grey)
    low, high = np.percentile(paper, (1, 99))
    if high - low < _UNEVEN:
        return grey
    evened = grey.astype(np.float32) * (float(high) / np.maximum(paper, 1.0))
    return np.clip(evened, 0, 255).astype(np.uint8)
