"""One vocabulary: parsers, checks and reports read a phone number and a placeholder alike."""

from __future__ import annotations

from pathlib import Path

import pytest

from preaudit.checks.rules import run_checks
from preaudit.checks.values import is_blank, is_plausible_phone
from preaudit.checks.values import phone_digits as check_phone
from preaudit.model.vocabulary import phone_digits, split_extension
from preaudit.parsers import parse_file
from preaudit.parsers.limits import ReadLimits
from preaudit.parsers.normalise import normalise_phone
from preaudit.reports.mask import mask_phone
from sample_data.gen.builders import write_xlsx
from tests.checks.conftest import make_ctx


@pytest.mark.parametrize(
    ("typed", "digits"),
    [
        ("+86 138-0013-8000", "13800138000"),
        ("0086 13800138000", "13800138000"),
        ("8613800138000", "13800138000"),
        ("(021) 6234-5678", "02162345678"),
        ("138****8000", "138****8000"),
        ("13800138000", "13800138000"),
    ],
)
def test_every_layer_reads_a_phone_the_same_way(typed: str, digits: str) -> None:
    assert phone_digits(typed) == digits
    assert normalise_phone(typed) == digits
    assert check_phone(typed) == digits
    if "*" not in digits:
        assert mask_phone(typed) == digits[:3] + "****" + digits[-4:]


@pytest.mark.parametrize(
    ("typed", "read", "masked"),
    [
        ("021-64851234-801", "02164851234转801", "021****1234"),
        ("010-88568888转6603", "01088568888转6603", "010****8888"),
        ("0755-2688 1234 分机 12", "075526881234转12", "0755****1234"),
        ("(0571)88888888 ext.3", "057188888888转3", "0571****8888"),
        ("+86 10 8856 8888", "01088568888", "010****8888"),
    ],
)
def test_an_extension_or_an_international_landline_is_one_callable_number(
    typed: str, read: str, masked: str
) -> None:
    assert normalise_phone(typed) == read
    assert is_plausible_phone(typed) and is_plausible_phone(read)
    assert mask_phone(typed) == masked and mask_phone(read) == masked


@pytest.mark.parametrize(
    "typed",
    ["138-0013-8000", "138xxxx8000", "021-6485-1234", "+86 138 0013 8000", "1380013800"],
)
def test_what_only_looks_like_an_extension_is_not_cut(typed: str) -> None:
    """A mobile in dashed groups, a masked one, a local number in two groups: no extension;
    a truncated mobile gets no trunk 0 that would make it a landline."""
    assert split_extension(typed) == (typed, "")
    assert "转" not in (normalise_phone(typed) or "")


def test_a_truncated_mobile_gets_no_trunk_zero() -> None:
    """After +86 a non-mobile gets its 0 back; a 10-digit mobile typo without +86 does not."""
    assert phone_digits("1380013800") == "1380013800"
    assert not is_plausible_phone("1380013800")


def test_a_short_number_keeps_its_digits_and_is_not_plausible() -> None:
    # '86' is only a country prefix ahead of a full 11-digit number.
    assert phone_digits("8613800") == "8613800"
    assert not is_plausible_phone("8613800")
    assert mask_phone("8613800") == "****"


@pytest.mark.parametrize("word", ["待补", "—", "无", "N/A", "待填"])
def test_placeholders_count_as_empty(word: str) -> None:
    assert is_blank(word)


@pytest.mark.parametrize("word", ["冰箱不制冷", "0", "无法开机"])
def test_real_values_are_not_placeholders(word: str) -> None:
    assert not is_blank(word)


def test_placeholder_beside_a_real_issue_is_no_missing_field(tmp_path: Path) -> None:
    """Issue 14's 待补 case, read and judged: the reader keeps 冰箱不制冷 over 待补, so the
    checks see an issue; where both columns hold placeholders the issue is missing."""
    header = ["工单号", "客户", "电话", "故障描述", "问题描述", "处理结果", "报修时间"]
    rows = [
        ["G1", "张三", "13800138000", "待补", "冰箱不制冷", "加氟", "2026-10-01"],
        ["G2", "李四", "13900139000", "—", "待补", "加氟", "2026-10-02"],
    ]
    path = write_xlsx(tmp_path / "p.xlsx", {"S": [header, *rows]})
    records = parse_file(path, path.name, ReadLimits())[1].records["work_orders"]
    findings = run_checks(make_ctx(work_orders=records))
    missing = [f for f in findings if f.code == "WO_MISSING_FIELD" and f.field == "issue"]
    assert [e.record_id for f in missing for e in f.evidence] == ["G2"]
