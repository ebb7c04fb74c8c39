from __future__ import annotations

import pytest

from preaudit.reports.mask import mask_address, mask_name, mask_phone


@pytest.mark.parametrize(
    ("raw", "masked"),
    [
        ("13800138000", "138****8000"),
        ("138 0013 8000", "138****8000"),
        ("+86 138-0013-8000", "138****8000"),
        ("021-12341234", "021****1234"),
        ("02112341234", "021****1234"),
        ("0571-8765 4321", "0571****4321"),
        ("010-1234567", "010****4567"),
        ("138****8000", "138****8000"),  # already masked: unchanged
        ("12345", "****"),  # too short to be a number: starred out
        ("王先生", "****"),  # not a phone at all: nothing leaks
        ("13800138000/13900139000", "138****8000/139****9000"),
        ("", ""),
    ],
)
def test_mask_phone(raw: str, masked: str) -> None:
    assert mask_phone(raw) == masked


@pytest.mark.parametrize(
    ("raw", "masked"),
    [("王建国", "王**"), ("李明", "李*"), ("张", "*"), ("王*", "王*"), (" 欧阳娜娜 ", "欧***")],
)
def test_mask_name(raw: str, masked: str) -> None:
    assert mask_name(raw) == masked


@pytest.mark.parametrize(
    ("raw", "masked"),
    [
        ("上海市浦东新区张江路88号3栋", "上海市浦东新区****"),
        ("北京市海淀区中关村大街1号", "北京市海淀区****"),
        ("浙江省杭州市西湖区文三路100号", "浙江省杭州市西湖区****"),
        ("江苏省昆山市玉山镇前进路5号", "江苏省昆山市****"),
        ("河北省正定县常山路2号", "河北省正定县****"),
        ("上海市阳光小区5号楼", "上海市****"),  # 小区 is a compound, not a district
        ("上海市浦东新区", "上海市浦东新区"),
        ("5号楼302室", "****"),
    ],
)
def test_mask_address(raw: str, masked: str) -> None:
    assert mask_address(raw) == masked


def test_masks_are_none_safe() -> None:
    assert mask_phone(None) is None
    assert mask_name(None) is None
    assert mask_address(None) is None
