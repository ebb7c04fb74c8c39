"""Work-order rules: each must flag its planted record and must not flag clean ones."""

from __future__ import annotations

from datetime import datetime

import pytest

from preaudit.checks.rules import run_checks
from preaudit.model.package import Manifest
from tests.checks.conftest import (
    codes_of,
    enough_surveys,
    flagged,
    make_ctx,
    message,
    work_order,
)

FORMATS = ["xlsx", "docx", "pdf-form"]


def clean_set(fmt: str, n: int = 55) -> list[dict]:
    return [work_order(i, fmt) for i in range(1, n + 1)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_clean_work_orders_raise_nothing(fmt: str) -> None:
    ctx = make_ctx(clean_set(fmt), enough_surveys(), manifest=Manifest(response_hours=24))
    assert codes_of(run_checks(ctx)) == set()


@pytest.mark.parametrize("fmt", FORMATS)
def test_count_below_min_counts_qualifying_only(fmt: str) -> None:
    records = clean_set(fmt, 49) + [work_order(99, fmt, customer_phone="")]
    findings = run_checks(make_ctx(records))
    count = [f for f in findings if f.code == "WO_COUNT_BELOW_MIN"]
    assert len(count) == 1 and count[0].params["qualifying"] == 49
    assert "49" in message(count[0]) and "50" in message(count[0])


def test_padding_counts_once_per_number_and_substance() -> None:
    records = clean_set("xlsx", 48)
    copy = dict(records[0], record_id="GD-PADDED", _row=200)  # same substance, new number
    same_number = dict(records[1], _file="other.xlsx")  # same record seen twice
    findings = run_checks(make_ctx([*records, copy, same_number, work_order(90), work_order(91)]))
    assert [f.params["qualifying"] for f in findings if f.code == "WO_COUNT_BELOW_MIN"] == []
    findings = run_checks(make_ctx([*records, copy, same_number, work_order(90)]))
    assert [f.params["qualifying"] for f in findings if f.code == "WO_COUNT_BELOW_MIN"] == [49]


@pytest.mark.parametrize("fmt", FORMATS)
def test_out_of_window_and_boundaries(fmt: str) -> None:
    records = clean_set(fmt) + [
        work_order(101, fmt, reported_at=datetime(2026, 8, 19, 23, 59)),  # a day early
        work_order(102, fmt, reported_at=datetime(2026, 8, 20, 0, 0)),  # first day: inside
        work_order(
            103,
            fmt,
            reported_at=datetime(2026, 11, 20, 18, 0),  # as_of itself: inside
            responded_at=None,
            completed_at=None,
        ),
        work_order(104, fmt, reported_at=None, completed_at=datetime(2026, 7, 1, 10)),
    ]
    findings = run_checks(make_ctx(records))
    assert flagged(findings, "WO_OUT_OF_WINDOW") == ["GD202600101", "GD202600104"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_date_missing_uses_completed_when_reported_absent(fmt: str) -> None:
    records = clean_set(fmt) + [
        work_order(120, fmt, reported_at=None, completed_at=None, responded_at=None),
        work_order(121, fmt, reported_at=None, _reported_at_raw="待定"),
    ]
    findings = run_checks(make_ctx(records))
    assert flagged(findings, "WO_DATE_MISSING") == ["GD202600120"]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("field", ["customer_name", "customer_phone", "issue", "resolution"])
def test_missing_field_each_field_and_placeholders(fmt: str, field: str) -> None:
    records = clean_set(fmt) + [
        work_order(130, fmt, **{field: ""}),
        work_order(131, fmt, **{field: "待补"}),
        work_order(132, fmt, **{field: None}),
    ]
    findings = run_checks(make_ctx(records))
    assert flagged(findings, "WO_MISSING_FIELD", field) == [
        "GD202600130",
        "GD202600131",
        "GD202600132",
    ]
    others = {f.field for f in findings if f.code == "WO_MISSING_FIELD"} - {field}
    assert others == set()


@pytest.mark.parametrize("fmt", FORMATS)
def test_missing_signature_text_image_and_unsigned(fmt: str) -> None:
    records = clean_set(fmt) + [
        work_order(140, fmt, signature=""),
        work_order(141, fmt, signature="未签"),
        work_order(142, fmt, signature="—"),
        work_order(143, fmt, signature=None, signature_image="ab" * 32),  # an image signs
        work_order(144, fmt, signature="√"),  # a mark signs
    ]
    findings = run_checks(make_ctx(records))
    assert flagged(findings, "WO_MISSING_SIGNATURE") == [
        "GD202600140",
        "GD202600141",
        "GD202600142",
    ]


@pytest.mark.parametrize("fmt", FORMATS)
def test_invalid_phone_but_not_masked_or_landline(fmt: str) -> None:
    good = [
        "138 0013 8000",
        "138-0013-8000",
        "+86 13800138000",
        "021-58881234",
        "(010)88568888",
        "0571-8888888",
        "138****5678",
        "１３８００１３８０００",
        "021-64851234-801",  # 区号-号码-分机
        "010-88568888转6603",
        "+86 10 8856 8888",  # a landline written internationally
        "13800138000/021-64851234",  # two numbers, both callable
    ]
    bad = ["1380013800", "12345678901", "4008889999", "电话"]
    records = clean_set(fmt)
    records += [work_order(150 + i, fmt, customer_phone=p) for i, p in enumerate(good)]
    records += [work_order(170 + i, fmt, customer_phone=p) for i, p in enumerate(bad)]
    findings = run_checks(make_ctx(records))
    assert flagged(findings, "WO_INVALID_PHONE") == [f"GD2026001{70 + i}" for i in range(4)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_date_order(fmt: str) -> None:
    base = datetime(2026, 10, 10, 14, 0)
    records = clean_set(fmt) + [
        work_order(180, fmt, reported_at=base, completed_at=datetime(2026, 10, 9, 10)),
        work_order(181, fmt, reported_at=base, responded_at=datetime(2026, 10, 10, 13)),
        work_order(
            182,
            fmt,
            reported_at=base,
            responded_at=datetime(2026, 11, 21, 9),
            completed_at=datetime(2026, 11, 21, 10),
        ),  # after as_of
        # same day without a time of day: not out of order
        work_order(
            183,
            fmt,
            reported_at=base,
            responded_at=datetime(2026, 10, 10),
            _responded_at_has_time=False,
            completed_at=None,
        ),
    ]
    findings = run_checks(make_ctx(records))
    assert flagged(findings, "WO_DATE_ORDER") == ["GD202600180", "GD202600181", "GD202600182"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_response_late_manifest_wins_and_dates_only(fmt: str) -> None:
    base = datetime(2026, 10, 10, 9, 0)
    records = clean_set(fmt) + [
        work_order(190, fmt, reported_at=base, responded_at=datetime(2026, 10, 11, 15)),  # 30 h
        work_order(191, fmt, reported_at=base, responded_at=datetime(2026, 10, 11, 9)),  # 24 h
        work_order(
            192,
            fmt,
            reported_at=base.replace(hour=0),
            _reported_at_has_time=False,
            responded_at=datetime(2026, 10, 11),
            _responded_at_has_time=False,
        ),
        work_order(
            193,
            fmt,
            reported_at=base.replace(hour=0),
            _reported_at_has_time=False,
            responded_at=datetime(2026, 10, 12),
            _responded_at_has_time=False,
        ),
    ]
    commitment = {"service_commitment": [{"response_hours": 72.0, "_file": "承诺.docx"}]}
    findings = run_checks(make_ctx(records, manifest=Manifest(response_hours=24), facts=commitment))
    assert flagged(findings, "WO_RESPONSE_LATE") == ["GD202600190", "GD202600193"]
    # commitment document alone: 72 h, nothing late
    findings = run_checks(make_ctx(records, facts=commitment))
    assert flagged(findings, "WO_RESPONSE_LATE") == []
    # neither: not evaluated
    assert flagged(run_checks(make_ctx(records)), "WO_RESPONSE_LATE") == []


def test_month_gap_names_the_empty_period() -> None:
    records = [work_order(i, reported_at=datetime(2026, 10, 1 + i % 25, 9)) for i in range(60)]
    findings = run_checks(make_ctx(records))
    gaps = [f for f in findings if f.code == "WO_MONTH_GAP"]
    assert len(gaps) == 1
    assert "2026-08-20 – 2026-09-19" in message(gaps[0])
    # 10-01 … 10-25 fills the second period and the start of the third
    assert "2026-09-20" not in message(gaps[0])
    assert "2026-10-20" not in message(gaps[0])
    assert gaps[0].evidence == [] and gaps[0].severity == "observation"


@pytest.mark.parametrize("fmt", FORMATS)
def test_duplicate_id_only_when_content_differs(fmt: str) -> None:
    records = clean_set(fmt) + [
        work_order(200, fmt, record_id="GD-X"),
        work_order(201, fmt, record_id="GD-X", customer_name="另一位客户"),
        work_order(202, fmt, record_id="GD-Y"),
        dict(work_order(202, fmt, record_id="GD-Y"), _file="copy.xlsx"),  # same record twice
    ]
    findings = run_checks(make_ctx(records))
    assert flagged(findings, "WO_DUPLICATE_ID") == ["GD-X", "GD-X"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_duplicate_record_identical_substance_other_number(fmt: str) -> None:
    original = work_order(210, fmt)
    padded = dict(original, record_id="GD-PAD", _row=300, _page=300 if fmt == "pdf-form" else None)
    spaced = dict(original, record_id="GD-PAD2", customer_name=" 客户210 ", _row=301)
    other_day = dict(original, record_id="GD-OK", reported_at=datetime(2026, 9, 30, 9), _row=302)
    findings = run_checks(make_ctx([*clean_set(fmt), original, padded, spaced, other_day]))
    assert sorted(flagged(findings, "WO_DUPLICATE_RECORD")) == ["GD-PAD", "GD-PAD2", "GD202600210"]
    assert all(f.severity == "major" for f in findings if f.code == "WO_DUPLICATE_RECORD")


@pytest.mark.parametrize("fmt", FORMATS)
def test_one_firm_without_phones_ordering_alike_is_no_padding(fmt: str) -> None:
    """Decision 199: a reconciliation export names the client firm and no phone; two of its
    orders with the same fault on the same day are two orders, not a padded copy. With the
    phone the same two are flagged (the test above)."""
    first = work_order(220, fmt, customer_name="某某物业有限公司", customer_phone=None)
    second = dict(first, record_id="GD-SAMEFIRM", _row=320)
    findings = run_checks(make_ctx([*clean_set(fmt), first, second]))
    assert flagged(findings, "WO_DUPLICATE_RECORD") == []


@pytest.mark.parametrize("fmt", ["docx", "pdf-form"])
def test_signature_reused_across_customers_only(fmt: str) -> None:
    image = "f" * 64
    records = clean_set(fmt) + [
        work_order(220, fmt, signature_image=image),
        work_order(221, fmt, signature_image=image),  # different customer, same ink: forgery
        work_order(
            222, fmt, signature_image="e" * 64, customer_name="回头客", customer_phone="13912345678"
        ),
        work_order(
            223,
            fmt,
            signature_image="e" * 64,
            customer_name="回头客",
            customer_phone="13912345678",
            issue="洗衣机漏水",
        ),  # same customer signs twice: fine
    ]
    findings = run_checks(make_ctx(records))
    assert flagged(findings, "WO_SIGNATURE_REUSED") == ["GD202600220", "GD202600221"]


def test_evidence_locations_follow_the_format() -> None:
    records = [
        work_order(1, "xlsx", signature=""),
        work_order(2, "docx", signature=""),
        work_order(3, "pdf-form", signature=""),
    ]
    finding = next(f for f in run_checks(make_ctx(records)) if f.code == "WO_MISSING_SIGNATURE")
    where = {e.file: (e.page, e.sheet, e.table, e.row) for e in finding.evidence}
    assert where == {
        "附件1.xlsx": (None, "工单", None, 2),
        "资料/附件2.docx": (None, None, 1, 3),
        "scan_0007.pdf": (3, None, None, None),
    }


def test_signature_reused_tolerates_reencoding_but_not_other_hands() -> None:
    base = 0xF0F0F0F0F0F0F0F0F0F0F0F0F0F0F0F0
    other = 0x0F0F0F0F0F0F0F0F0F0F0F0F0F0F0F0F
    records = [
        *clean_set("docx"),
        work_order(230, "docx", signature_image=f"ph:{base:032x}"),
        # 16 bits off: the same picture printed and scanned (bench/signatures.md)
        work_order(231, "docx", signature_image=f"ph:{base ^ 0xFFFF:032x}"),
        work_order(232, "docx", signature_image=f"ph:{other:032x}"),  # another hand
        # 34 bits off 232: beyond the tolerance (the closest different hands measured)
        work_order(233, "docx", signature_image=f"ph:{other ^ ((1 << 34) - 1):032x}"),
    ]
    findings = run_checks(make_ctx(records))
    assert flagged(findings, "WO_SIGNATURE_REUSED") == ["GD202600230", "GD202600231"]
