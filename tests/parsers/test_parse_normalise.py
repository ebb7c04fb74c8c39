from __future__ import annotations

from datetime import date, datetime

import pytest

from preaudit.parsers.normalise import normalise_phone, normalise_text, parse_timestamp

D = datetime(2026, 9, 3)
DT = datetime(2026, 9, 3, 14, 20)


@pytest.mark.parametrize(
    ("value", "expected", "has_time"),
    [
        (datetime(2026, 9, 3, 14, 20), DT, True),
        (datetime(2026, 9, 3), D, False),
        (date(2026, 9, 3), D, False),
        ("2026-09-03", D, False),
        ("2026/9/3", D, False),
        ("2026.09.03", D, False),
        ("2026年9月3日", D, False),
        ("  2026年9月3日 14:20 ", DT, True),
        ("2026-09-03 14:20:05", datetime(2026, 9, 3, 14, 20, 5), True),
        ("2026/9/3 下午2:20", DT, True),
        ("2026/9/3 上午10:05", datetime(2026, 9, 3, 10, 5), True),
        ("２０２６／９／３ １４：２０", DT, True),
        ("二〇二六年九月三日", D, False),
        ("二〇二六年十二月三十一日", datetime(2026, 12, 31), False),
        ("2026年9月3日14时20分", DT, True),
        ("2026-09-03T14:20", DT, True),
        # Unix seconds and milliseconds (CRM exports), as numbers or text, in China time
        (1788416400, DT, True),
        ("1788416400", DT, True),
        (1788416400000, DT, True),
        ("1788416400000", DT, True),
        # a month by its English name (decision 413): US and UK locales, Oracle's DD-MON-RR
        # and its TIMESTAMP, in English and in a Chinese session
        ("Sep 3, 2026", D, False),
        ("September 3, 2026, 2:20 PM", DT, True),
        ("Thursday, September 3, 2026", D, False),
        ("Thu, 03 Sep 2026", D, False),
        ("3 September 2026", D, False),
        ("3rd Sep 2026 14:20", DT, True),
        ("03-Sep-2026", D, False),
        ("03-SEP-26 02.20.00.000000 PM", DT, True),
        ("03-9月 -26", D, False),
        ("03-9月-26 02.20.00.000000 下午", DT, True),
    ],
)
def test_parse_timestamp_forms(value, expected, has_time):
    assert parse_timestamp(value) == (expected, has_time)


@pytest.mark.parametrize(
    "value",
    [None, "", "待补", "abc", "2026-13-01", "2026-02-30", "9月3日", 44185, 44185.5, True, "12345",
     # a month's name that is none, a day the month lacks, words after the date, no day
     "Sept 3 2026x", "Decimal 3, 2026", "30-Feb-2026", "3 Sep 2026 pending", "Sep 2026",
     # a weekday that is not the date's
     "Friday, September 3, 2026"],
)
def test_parse_timestamp_failures(value):
    # Excel serials are not guessed here: the workbook reader converts date-formatted cells.
    assert parse_timestamp(value) == (None, False)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("138 0013 8000", "13800138000"),
        ("138-0013-8000", "13800138000"),
        ("+86 138 0013 8000", "13800138000"),
        ("0086-13800138000", "13800138000"),
        ("8613800138000", "13800138000"),
        ("１３８００１３８０００", "13800138000"),
        (13800138000.0, "13800138000"),
        (13800138000, "13800138000"),
        ("138****5678", "138****5678"),
        ("(010) 8856-8888", "01088568888"),
        ("  客户拒绝提供 ", "客户拒绝提供"),
        ("", None),
        (None, None),
    ],
)
def test_normalise_phone(value, expected):
    assert normalise_phone(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [(1001.0, "1001"), (1001, "1001"), (2.5, "2.5"), ("  空调 \t 不制冷  ", "空调 不制冷"),
     ("  空调\n 不制冷  ", "空调不制冷"), ("Model\nX1", "Model X1"),
     ("   ", None), (None, None)],
)
def test_normalise_text(value, expected):
    assert normalise_text(value) == expected


def test_a_code_shredded_by_a_narrow_pdf_column_is_joined_again() -> None:
    from preaudit.parsers.normalise import normalise_text

    assert normalise_text("TS\n20\n26\n09\n04\n00\n1") == "TS20260904001"
    assert normalise_text("No\nway") == "No way"  # words keep their space
    assert normalise_text("上门\n维修") == "上门维修"
