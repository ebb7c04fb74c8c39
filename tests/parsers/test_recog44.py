"""Issue 11, round 44: who raised an alarm, who attended it, which department asked, whose
personnel a label names (decisions 304-306).

Decision 304: 报警 (raising an alarm) is a customer's reporting act and 处警/出警 (attending
it) an emergency service's response; the name of whoever does an act (报警人名称, 处警人名称)
reads as that actor, so the alarm's raiser is the customer and its attender the technician,
never the one planned to attend. Decision 305: a department qualified by the act of reporting
(报修科室) is the customer where no person is named. Decision 306: personnel (人员) opening
a label, nobody named before them, are the keeper's own staff. Each is tested on a workbook
and a Word table, with must-read and must-not-read cases. The cell contents are written here,
not drawn from the generator's pool.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from tests.parsers.tables import FORMATS, read_table

_NAMES = ["林晓峰", "许佳怡", "邵志刚", "程美玲", "蔡文杰", "杜海燕", "钱立新", "孔维娜"]
_PHONES = [f"1385712{i:04d}" for i in range(8)]
_FIRMS = ["上海申达物业管理有限公司", "华东电梯维保有限公司", "杨浦服务站", "申城燃气维保有限公司"] * 2
_ALARMS = ["厨房燃气报警器鸣响", "楼道闻到燃气味", "燃气表后阀门漏气", "热水器旁报警器报警",
           "地下室燃气浓度超标", "灶具关闭后仍有气味", "报警器频繁误报", "管道接口处有嘶嘶声"]
_STAFF = ["周海涛", "吴振华", "周海涛", "郑浩", "吴振华", "郑浩", "周海涛", "吴振华"]
_PLANNED = ["陈建国", "陈建国", "王磊", "王磊", "陈建国", "王磊", "陈建国", "王磊"]
_RAISED = [datetime(2026, 8, 1 + 2 * i, 9 + i, 10) for i in range(8)]
_ATTENDED = [datetime(2026, 8, 1 + 2 * i, 10 + i, 5) for i in range(8)]


def _stamp(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M:%S")


def _alarms(*extra: tuple[str, list[str]]) -> list[list[object]]:
    """An alarm register: the firm's name, who raised the alarm, their phone, what, when, who
    attended and when, then ``extra``."""
    head = ["受理编号", "公司名称", "报警人名称", "报警人电话", "报警内容", "报警时间",
            "处警人名称", "处警时间", *(label for label, _ in extra)]
    rows = [[f"BJ{2026080 + i}", _FIRMS[i], _NAMES[i], _PHONES[i], _ALARMS[i],
             _stamp(_RAISED[i]), _STAFF[i], _stamp(_ATTENDED[i]),
             *(cells[i] for _, cells in extra)] for i in range(8)]
    return [head] + rows


@pytest.mark.parametrize("fmt", FORMATS)
def test_who_raised_the_alarm_is_the_customer_and_who_attended_it_the_technician(
        tmp_path: Path, fmt: str) -> None:
    """Decision 304: 报警人名称 is the customer over the firm's 公司名称, 处警人名称 the
    technician, 处警时间 the response and 报警时间 the report (before: the firms were the
    customer, no response read)."""
    read = read_table(fmt, tmp_path / "alarms", _alarms())
    orders = read.records["work_orders"]
    assert [r["customer_name"] for r in orders] == _NAMES
    assert [r["technician"] for r in orders] == _STAFF
    assert [r["responded_at"] for r in orders] == _ATTENDED
    assert [r["reported_at"] for r in orders] == _RAISED


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_one_planned_to_attend_is_no_technician(tmp_path: Path, fmt: str) -> None:
    """Must not: 计划处警人名称 (who was planned to attend) and 计划处警时间 beside the actual
    ones take neither the technician nor the response."""
    planned_at = [_stamp(moment.replace(hour=20)) for moment in _RAISED]
    read = read_table(fmt, tmp_path / "planned", _alarms(("计划处警人名称", _PLANNED),
                                                         ("计划处警时间", planned_at)))
    orders = read.records["work_orders"]
    assert [r["technician"] for r in orders] == _STAFF
    assert [r["responded_at"] for r in orders] == _ATTENDED


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_name_of_an_unknown_act_s_doer_is_nobody(tmp_path: Path, fmt: str) -> None:
    """Must not: 终止人名称 (who ended it: an act no word knows) is no actor read, neither the
    customer nor the technician, where the alarm's raiser and attender are named."""
    read = read_table(fmt, tmp_path / "ended", _alarms(("终止人名称", _PLANNED)))
    orders = read.records["work_orders"]
    assert [r["customer_name"] for r in orders] == _NAMES
    assert [r["technician"] for r in orders] == _STAFF


_DEPTS = ["检验科", "放射科", "心内科", "急诊科", "检验科", "手术室", "儿科", "病理科"]
_FAULTS = ["离心机转速不稳", "CT床板卡顿", "心电图机打印空白", "监护仪报警无声",
           "生化仪加样针堵塞", "无影灯一组不亮", "输液泵流速偏差", "切片机刀架松动"]
_REPAIRS = ["更换电机碳刷并校准转速", "清理导轨并加注润滑脂", "更换热敏打印头",
            "更换扬声器并测试报警", "疏通加样针并冲洗管路", "更换灯板驱动模块",
            "校准流速传感器", "紧固刀架并调整间隙"]


def _devices(*extra: tuple[str, list[str]]) -> list[list[object]]:
    """A hospital's device repairs: number, department, its phone, fault, repair, when."""
    head = ["检修单号", "报修科室", "科室联系人电话", "故障现象", "检修记录", "报修时间",
            *(label for label, _ in extra)]
    rows = [[f"JX{2026080 + i}", _DEPTS[i], _PHONES[i], _FAULTS[i], _REPAIRS[i],
             _stamp(_RAISED[i]), *(cells[i] for _, cells in extra)] for i in range(8)]
    return [head] + rows


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_department_that_reported_is_the_customer(tmp_path: Path, fmt: str) -> None:
    """Decision 305: 报修科室 (the department that reported the fault) is the customer where
    no person is named (before: no customer read)."""
    read = read_table(fmt, tmp_path / "devices", _devices())
    orders = read.records["work_orders"]
    assert [r["customer_name"] for r in orders] == _DEPTS


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_named_reporter_stays_the_customer_over_the_department(
        tmp_path: Path, fmt: str) -> None:
    """Must not: beside 报修人 (a person who reported), the department is not the customer."""
    read = read_table(fmt, tmp_path / "person", _devices(("报修人", _NAMES)))
    orders = read.records["work_orders"]
    assert [r["customer_name"] for r in orders] == _NAMES


_HOSPITALS = ["市第一人民医院", "中心医院", "妇幼保健院", "第六人民医院"] * 2
_VISITORS = ["黄丽娟", "高建华", "罗文静", "梁国栋", "宋雅琴", "唐志远", "韩雪梅", "冯子豪"]


def _daily_log(*columns: tuple[str, list[object]]) -> list[list[object]]:
    """An engineers' daily log: ``columns``, then the hospital, the fault, the remedy, the day."""
    head = [*(label for label, _ in columns), "医院客户名称", "故障内容", "处理措施", "工作日期"]
    rows = [[*(cells[i] for _, cells in columns), _HOSPITALS[i], _FAULTS[i], _REPAIRS[i],
             _RAISED[i].strftime("%Y-%m-%d")] for i in range(8)]
    return [head] + rows


@pytest.mark.parametrize("fmt", FORMATS)
def test_personnel_named_with_no_qualifier_are_the_technicians(tmp_path: Path, fmt: str) -> None:
    """Decision 306: 人员姓名 (personnel, nobody named before them) in a log of the keeper's
    own jobs is the technician, the hospital the customer (before: the engineers read as a
    second customer, no technician)."""
    read = read_table(fmt, tmp_path / "log", _daily_log(("人员姓名", _STAFF)))
    orders = read.records["work_orders"]
    assert [r["technician"] for r in orders] == _STAFF
    assert [r["customer_name"] for r in orders] == _HOSPITALS


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_personnel_number_numbers_no_record(tmp_path: Path, fmt: str) -> None:
    """Must not (decision 306): 人员编号 numbers a person, no work order: with no other number
    the record id stays unread (before: the engineers' numbers were the orders')."""
    numbers = [f"RY{100 + i % 3}" for i in range(8)]
    read = read_table(fmt, tmp_path / "numbered", _daily_log(("人员编号", numbers),
                                                             ("人员姓名", _STAFF)))
    orders = read.records["work_orders"]
    assert all(r["record_id"] is None for r in orders)
    assert [r["technician"] for r in orders] == _STAFF


@pytest.mark.parametrize("fmt", FORMATS)
def test_personnel_after_a_qualifier_are_whoever_it_names(tmp_path: Path, fmt: str) -> None:
    """Must not: 来访人员 (the visiting personnel, qualified by the visit) stays the customer
    (decision 295), no staff, beside the keeper's 人员姓名, who stay the technician."""
    read = read_table(fmt, tmp_path / "visit", _daily_log(("来访人员", _VISITORS),
                                                          ("人员姓名", _STAFF)))
    orders = read.records["work_orders"]
    assert [r["technician"] for r in orders] == _STAFF
    assert [r["customer_name"] for r in orders] == _VISITORS
