"""OCR_LOW_CONFIDENCE: fields OCR read with low confidence are listed for checking by eye."""

from __future__ import annotations

from preaudit.checks.ocr import low_confidence
from tests.checks.conftest import complaint, flagged, make_ctx, work_order


def test_low_confidence_fields_are_one_finding_per_field() -> None:
    ctx = make_ctx(
        work_orders=[
            work_order(1, "pdf-form", _ocr_low_fields=["customer_phone"]),
            work_order(2, "pdf-form", _ocr_low_fields=["customer_phone", "issue"]),
            work_order(3, "pdf-form", _ocr_low_fields=[]),  # read by OCR, all sure
            work_order(4, "xlsx"),  # born digital: no key at all
        ],
        complaints=[complaint(1, _ocr_low_fields=["customer_phone"])],
    )
    findings = list(low_confidence(ctx))
    assert {(f.code, f.field, str(f.severity)) for f in findings} == {
        ("OCR_LOW_CONFIDENCE", "customer_phone", "observation"),
        ("OCR_LOW_CONFIDENCE", "issue", "observation"),
    }
    assert sorted(flagged(findings, "OCR_LOW_CONFIDENCE", "customer_phone")) == [
        "GD202600001", "GD202600002", "TS001",
    ]
    assert flagged(findings, "OCR_LOW_CONFIDENCE", "issue") == ["GD202600002"]
    phone = next(f for f in findings if f.field == "customer_phone")
    assert "OCR" in phone.message


def test_no_ocr_records_no_finding() -> None:
    ctx = make_ctx(work_orders=[work_order(n) for n in range(1, 4)])
    assert list(low_confidence(ctx)) == []
