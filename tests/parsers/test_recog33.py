"""Issue 11, round 33: labels read by their head (decisions 275, 276).

A thing's model is the product whatever unknown kind of thing qualifies it; a time headed by
the staff's arrival is the response; 部位, where on the thing a fault sits, is a part of it, so
故障部位 names the fault. Each is tested on a workbook and a Word table with a must-read and a
must-not-read case; the cells are written here, not drawn from the generator's pool.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from preaudit.model.records import RecordKind
from preaudit.parsers.headers import field_candidates
from tests.parsers.tables import FORMATS, assert_unlisted, read_table

WO = RecordKind.WORK_ORDER
_NAMES = ["宁海波", "仇晓燕", "甘立群", "鲍文静", "阮志刚", "桑雨桐"]
_PHONES = ["13912345670", "13812345671", "13712345672", "13612345673", "13512345674",
           "13412345675"]
_FAULTS = ["投影画面偏色发黄", "开机后风扇噪音很大", "遥控器按键无反应", "画面有竖条纹",
           "使用半小时自动关机", "灯泡不亮"]
_FIXES = ["更换色轮并校准，画面正常", "清理风道更换风扇，噪音消除", "更换遥控接收头，操作正常",
          "更换DMD芯片，条纹消失", "清灰并更换散热硅脂，运行稳定", "更换灯泡，亮度正常"]
_MODELS = ["爱普生CB-X06", "明基MX560P", "索尼VPL-EX570", "爱普生CB-X06", "坚果J10S",
           "明基MX560P"]
_ASSETS = ["ZC-0017", "ZC-0023", "ZC-0031", "ZC-0017", "ZC-0046", "ZC-0023"]


def _days(i: int) -> tuple[str, str, str]:
    return (f"2026-07-{10 + i} 09:0{i}:00", f"2026-07-{10 + i} 11:2{i}:00",
            f"2026-07-{10 + i} 16:4{i}:00")


# ------------------------------------------- decision 275: the head names the column


def _projectors(label: str, values: list[str]) -> list[list[object]]:
    head = ["工单编号", "客户姓名", "联系电话", label, "故障描述", "处理结果", "报修时间",
            "完工时间"]
    return [head] + [[f"WO{700 + i}", _NAMES[i], _PHONES[i], values[i], _FAULTS[i], _FIXES[i],
                      _days(i)[0], _days(i)[2]] for i in range(len(_NAMES))]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_model_of_an_unknown_kind_of_thing_is_the_product(tmp_path: Path, fmt: str) -> None:
    """Decision 275: 投影仪型号 is a projector's model; no list knows 投影仪, but the head
    (型号) names the product and the unknown word before it says which kind."""
    assert_unlisted(["投影仪型号"])
    records = read_table(fmt, tmp_path / "model", _projectors("投影仪型号", _MODELS))
    assert [r["product"] for r in records.records["work_orders"]] == _MODELS


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_number_of_an_unknown_kind_of_thing_is_no_product(tmp_path: Path, fmt: str) -> None:
    """Must not: 投影仪编号 is headed by a number (an asset's), no model: nothing reads it."""
    records = read_table(fmt, tmp_path / "asset", _projectors("投影仪编号", _ASSETS))
    assert all(r.get("product") is None for r in records.records["work_orders"])
    assert [r["record_id"] for r in records.records["work_orders"]] == [
        f"WO{700 + i}" for i in range(len(_NAMES))]


def test_an_unknown_word_beside_a_time_or_a_person_keeps_the_floor() -> None:
    """Must not: the floor goes only where the thing alone is known (投影仪型号); an unknown
    word beside a time or a person is still a label not understood."""
    assert "product" in field_candidates("投影仪型号", WO)
    assert field_candidates("投影仪编号", WO) == {}
    assert field_candidates("投影仪安装师傅备忘", WO).get("product") is None


def _arrivals(label: str) -> list[list[object]]:
    head = ["工单编号", "客户姓名", "联系电话", "故障描述", "处理结果", "报修时间", label,
            "完工时间"]
    return [head] + [[f"WO{800 + i}", _NAMES[i], _PHONES[i], _FAULTS[i], _FIXES[i], *_days(i)]
                     for i in range(len(_NAMES))]


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_staff_arrival_time_is_the_response(tmp_path: Path, fmt: str) -> None:
    """Decision 275: 检修员到场时间 is headed by the time; the staff only say whose arrival it
    was, and the staff's arrival is the order's response."""
    assert_unlisted(["检修员到场时间"])
    records = read_table(fmt, tmp_path / "arrive", _arrivals("检修员到场时间"))
    assert [r["responded_at"].strftime("%Y-%m-%d %H:%M:%S")
            for r in records.records["work_orders"]] == [_days(i)[1] for i in range(len(_NAMES))]


def test_a_complaint_written_about_the_staff_is_no_arrival_time() -> None:
    """Must not: 售后专员上门迟到了两个小时, a complaint written out around a few known words,
    names no step: the staff's arrival is read only in a label of known words."""
    assert field_candidates("检修员到场时间", WO).get("responded_at")
    assert "responded_at" not in field_candidates("售后专员上门迟到了两个小时", WO)
    assert "responded_at" not in field_candidates("维修人员上门迟到两小时", WO)


# ------------------------------------------- decision 276: 部位 is a part of the thing

_PLACES = ["色轮", "散热风扇", "遥控接收头", "光学引擎", "电源板", "灯泡"]


def _reports(fault_label: str) -> list[list[object]]:
    head = ["报告人", "创建日期", "描述", "工单id", fault_label]
    return [head] + [[_NAMES[i], _days(i)[0], _FIXES[i], f"{1000 + 7 * i}", _FAULTS[i]]
                     for i in range(len(_NAMES))]


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_faulty_part_names_the_fault_before_a_bare_description(
        tmp_path: Path, fmt: str) -> None:
    """Decision 276: 故障部位 (where the fault sits) names the fault, as 发生故障的部件 does;
    a bare 描述 no longer takes the fault from it."""
    records = read_table(fmt, tmp_path / "part", _reports("故障部位")).records["work_orders"]
    assert [r["issue"] for r in records] == _FAULTS


def test_a_bare_part_place_names_no_field() -> None:
    """Must not: 部位 alone, or qualified by an unknown word, names no field, and a faulty part
    is never the product."""
    assert field_candidates("部位", WO) == {}
    assert field_candidates("漏水部位", WO) == {}
    assert "product" not in field_candidates("故障部位", WO)
