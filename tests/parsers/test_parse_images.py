"""Signature fingerprints: equal for the same picture re-encoded or rescaled, not otherwise."""

from __future__ import annotations

import io

from PIL import Image

from parsers.images import fingerprint_encoded, fingerprint_raw
from sample_data.gen.writers import signature_png


def reencode(png: bytes, fmt: str, scale: float = 1.0, quality: int = 70) -> bytes:
    image = Image.open(io.BytesIO(png)).convert("RGB")
    if scale != 1.0:
        image = image.resize((int(image.width * scale), int(image.height * scale)))
    buffer = io.BytesIO()
    image.save(buffer, format=fmt, **({"quality": quality} if fmt == "JPEG" else {}))
    return buffer.getvalue()


def bits_apart(a: str | None, b: str | None) -> int:
    assert a and b and a.startswith("dh:") and b.startswith("dh:")
    return (int(a[3:], 16) ^ int(b[3:], 16)).bit_count()


def test_same_signature_survives_light_reencoding() -> None:
    """Within the default tolerance (checks.config signature_max_bits = 3): a re-saved JPEG
    or a slightly rescaled copy. Heavy degradation (scans) needs the OCR-era ink hash."""
    for name in ("王建国", "李秀英", "张伟"):
        original = signature_png(name)
        print_ = fingerprint_encoded(original)
        assert bits_apart(fingerprint_encoded(reencode(original, "JPEG", quality=90)), print_) <= 3
        assert bits_apart(fingerprint_encoded(reencode(original, "PNG", scale=0.9)), print_) <= 3


def test_other_hands_are_far_apart() -> None:
    prints = [fingerprint_encoded(signature_png(f"客户{n}")) for n in range(60)]
    closest = min(bits_apart(a, b) for i, a in enumerate(prints) for b in prints[i + 1 :])
    assert closest > 3


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
