"""Signature fingerprints: equal for the same picture re-encoded or rescaled, not otherwise."""

from __future__ import annotations

import io

from PIL import Image

from preaudit.checks.config import Config
from preaudit.parsers.images import fingerprint_encoded, fingerprint_image, fingerprint_raw
from sample_data.gen.writers import signature_png

MAX_BITS = Config().signature_max_bits


def reencode(png: bytes, fmt: str, scale: float = 1.0, quality: int = 70) -> bytes:
    image = Image.open(io.BytesIO(png)).convert("RGB")
    if scale != 1.0:
        image = image.resize((int(image.width * scale), int(image.height * scale)))
    buffer = io.BytesIO()
    image.save(buffer, format=fmt, **({"quality": quality} if fmt == "JPEG" else {}))
    return buffer.getvalue()


def bits_apart(a: str | None, b: str | None) -> int:
    assert a and b and a.startswith("ph:") and b.startswith("ph:")
    return (int(a[3:], 16) ^ int(b[3:], 16)).bit_count()


def test_same_signature_survives_reencoding_rescaling_and_a_small_turn() -> None:
    """Well within the default tolerance: a re-saved JPEG, a copy rescaled by 10 %; within
    it, a copy at 60 % or stretched 20 % wide, a copy turned 1° (more than a deskewed scan
    leaves). Scanned copies: bench/signatures.md."""
    for name in ("王建国", "李秀英", "张伟"):
        original = signature_png(name)
        print_ = fingerprint_encoded(original)
        image = Image.open(io.BytesIO(original)).convert("L")
        turned = image.rotate(1.0, resample=Image.Resampling.BICUBIC, fillcolor=255, expand=True)
        wide = image.resize((int(image.width * 1.2), image.height))
        assert bits_apart(fingerprint_encoded(reencode(original, "JPEG", quality=60)),
                          print_) <= MAX_BITS // 2
        assert bits_apart(fingerprint_encoded(reencode(original, "PNG", scale=0.9)),
                          print_) <= MAX_BITS // 2
        assert bits_apart(fingerprint_encoded(reencode(original, "PNG", scale=0.6)),
                          print_) <= MAX_BITS
        assert bits_apart(fingerprint_image(wide), print_) <= MAX_BITS
        assert bits_apart(fingerprint_image(turned), print_) <= MAX_BITS


def test_other_hands_are_far_apart() -> None:
    prints = [fingerprint_encoded(signature_png(f"客户{n}")) for n in range(60)]
    closest = min(bits_apart(a, b) for i, a in enumerate(prints) for b in prints[i + 1 :])
    assert closest > MAX_BITS


def test_a_filled_block_gets_an_exact_tone_hash_not_a_stroke_hash() -> None:
    """A filled box has no strokes: only an identical block may match it, never by distance."""
    block = Image.new("L", (240, 80), 255)
    block.paste(0, (20, 10, 200, 70))
    grey_block = Image.new("L", (240, 80), 255)
    grey_block.paste(90, (20, 10, 200, 70))
    a, b = fingerprint_image(block), fingerprint_image(grey_block)
    assert a and b and a.startswith("px:") and b.startswith("px:") and a != b


def test_different_hands_differ() -> None:
    prints = {fingerprint_encoded(signature_png(f"客户{n}")) for n in range(200)}
    assert len(prints) == 200


def test_blank_box_is_not_a_signature() -> None:
    buffer = io.BytesIO()
    Image.new("RGB", (240, 80), "white").save(buffer, format="PNG")
    assert fingerprint_encoded(buffer.getvalue()) is None


def test_raw_pdf_samples_match_the_png() -> None:
    original = signature_png("李秀英")
    image = Image.open(io.BytesIO(original)).convert("RGB")
    assert fingerprint_raw(image.tobytes(), image.size, "DeviceRGB", 8) == fingerprint_encoded(original)


def test_undecodable_bytes_still_count_as_a_picture() -> None:
    assert fingerprint_encoded(b"not an image").startswith("sha256:")


def test_fingerprint_shortcuts_give_the_reference_values():
    """The histogram percentile and the grey shortcut equal the numpy / PIL round trip they
    replace, bit for bit: a fingerprint is compared bit by bit across files."""
    import numpy as np
    from PIL import Image, ImageOps

    from preaudit.parsers.images import _grey, _percentile_90

    rng = np.random.default_rng(20261204)
    shapes = [(1, 1), (1, 7), (3, 2), *[tuple(rng.integers(1, 90, 2)) for _ in range(400)]]
    for index, shape in enumerate(shapes):
        grey = (rng.integers(0, 256, shape, dtype=np.uint8) if index % 3 else
                np.clip(rng.normal(230, 30, shape), 0, 255).astype(np.uint8))
        assert _percentile_90(grey) == float(np.percentile(grey, 90)), shape
        for mode, pixels in (("L", grey), ("RGB", np.dstack([grey, grey[::-1], grey]))):
            image = Image.fromarray(np.ascontiguousarray(pixels), mode)
            reference = ImageOps.grayscale(image.convert("RGBA").convert("RGB"))
            assert np.array_equal(np.asarray(_grey(image)), np.asarray(reference)), mode
    flat = np.full((4, 4), 200, dtype=np.uint8)
    assert _percentile_90(flat) == 200.0
