"""Issue 11, decisions 426 and 428: labels that say how or in what state, not what.

- 投诉方式 and 报修方式 say the way a case came in (by phone, online), no party (426): an empty
  complainant column is not filled from them.
- A label headed by a state, a class, a channel or a flag (车辆状态, 投诉状态, 问题分类, 受理渠道,
  投诉来源) is no field's (428): 已完成 is no product and 已处理 no complaint; 处理方式 and
  处理结果 stay the handling.
Must-read cases on a workbook and a Word table; the cells are written here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from preaudit.model.records import RecordKind
from preaudit.parsers.headers import field_candidates
from tests.parsers.tables import FORMATS, read_table, rows_of

_N = 6
_NAMES = ["韩雨桐", "蒋志远", "沈丽娟", "魏国栋", "姚晓红", "陆文涛"]
_PHONES = [f"1391234560{i}" for i in range(_N)]
_COMPLAINTS = ["师傅迟到两小时", "收费高于报价", "同一故障反复出现", "热线无人接听", "安装时磕坏地砖",
               "配件等了十天"]
_ANSWERS = ["已向客户致歉并减免上门费", "已退还多收费用", "已安排二次上门免费维修", "已增加热线坐席",
            "已赔偿地砖损失", "已加急调配件"]


def _at(day: int, hour: int) -> list[str]:
    return [f"2026-10-{day + i:02d} {hour:02d}:{10 + i}" for i in range(_N)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_way_a_complaint_came_in_is_no_complainant(tmp_path: Path, fmt: str) -> None:
    head = ["投诉编号", "投诉人", "投诉人电话", "投诉方式", "投诉内容", "处理结果", "投诉时间"]
    rows = rows_of(head, [f"TS2026100{i}" for i in range(_N)], [""] * _N, _PHONES,
                   ["电话", "网络", "电话", "来访", "网络", "电话"], _COMPLAINTS, _ANSWERS,
                   _at(1, 9))
    read = read_table(fmt, tmp_path / "complaints", rows)
    assert {r["customer_name"] for r in read.records["complaints"]} == {None}


def test_a_label_headed_by_a_state_or_a_class_is_no_fields() -> None:
    for label, kind in (("车辆状态", RecordKind.WORK_ORDER), ("设备分类", RecordKind.WORK_ORDER),
                        ("投诉状态", RecordKind.COMPLAINT), ("投诉来源", RecordKind.COMPLAINT),
                        ("受理渠道", RecordKind.COMPLAINT), ("投诉级别", RecordKind.COMPLAINT),
                        ("回访状态", RecordKind.SURVEY_RESPONSE),
                        ("工单回访标志", RecordKind.SURVEY_RESPONSE)):
        assert field_candidates(label, kind) == {}, label


def test_the_way_and_the_result_of_handling_stay_the_handling() -> None:
    for label in ("处理方式", "处理结果"):
        assert "handling" in field_candidates(label, RecordKind.COMPLAINT), label


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_vehicles_state_is_no_product(tmp_path: Path, fmt: str) -> None:
    head = ["单据编号", "手机号码", "车主姓名", "车辆状态", "故障描述", "维修结果", "接车时间",
            "完工时间"]
    rows = rows_of(head, [f"BX2026100{i}" for i in range(_N)], _PHONES, _NAMES,
                   ["已完成", "已完成", "维修中", "已完成", "已交车", "已完成"],
                   ["刹车异响", "空调不制冷", "发动机故障灯亮", "雨刮不工作", "轮胎漏气", "车窗升降卡顿"],
                   ["更换刹车片", "补充冷媒", "更换点火线圈", "更换雨刮电机", "补胎", "润滑导轨"],
                   _at(2, 9), _at(2, 16))
    read = read_table(fmt, tmp_path / "cars", rows)
    records = read.records["work_orders"]
    assert [r["customer_name"] for r in records] == _NAMES
    assert {r["product"] for r in records} == {None}


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_complaints_state_is_no_complaint(tmp_path: Path, fmt: str) -> None:
    head = ["投诉编号", "投诉人", "联系电话", "投诉状态", "处理结果", "投诉时间"]
    rows = rows_of(head, [f"TS2026100{i}" for i in range(_N)], _NAMES, _PHONES,
                   ["已处理", "已处理", "处理中", "已处理", "已关闭", "已处理"], _ANSWERS, _at(3, 9))
    read = read_table(fmt, tmp_path / "complaints", rows)
    assert {r["reason"] for r in read.records["complaints"]} == {None}
