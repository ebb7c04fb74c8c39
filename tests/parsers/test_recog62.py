"""Who did the job, by the label's parts (decision 350), and a column of phone numbers is no
product whatever its label says (decision 351).

Retired work orders read their technician from the desk (报修单创建人) over the repairer named
by his act's suffix (修理工姓名), from the approver (审批人, 审核人) over the repairer or the
staff who logged the repair, and from nobody where the label names the work on site
(维保作业人员); a field card read the driver's mobile number (机手手机) as the product.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from preaudit.model.records import RecordKind
from preaudit.parsers.headers import field_candidates
from preaudit.parsers.meaning import read_label
from tests.parsers.tables import FORMATS, read_table

WO = RecordKind.WORK_ORDER


def _orders(fmt: str, path: Path, rows: list[list[str]]) -> list[dict[str, object]]:
    return read_table(fmt, path, rows).records.get("work_orders", [])


CAMPUS = [
    ["报修人姓名", "报修人电话", "报修内容", "报修单创建人", "报修提交时间", "修理工id",
     "修理工姓名", "维修完成时间"],
    ["闫书婷", "13817365529", "宿舍灯不亮", "孙立伟", "2026-09-17 08:40", "W017", "郑浩",
     "2026-09-17 15:10"],
    ["佘立军", "15921487730", "水龙头漏水", "孙立伟", "2026-09-18 14:05", "W021", "钱志明",
     "2026-09-18 17:30"],
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_repairer_named_by_his_suffix_is_the_technician_over_the_desk(
    tmp_path: Path, fmt: str
) -> None:
    orders = _orders(fmt, tmp_path / "campus", CAMPUS)
    assert [o["technician"] for o in orders] == ["郑浩", "钱志明"]
    assert [o["customer_name"] for o in orders] == ["闫书婷", "佘立军"]
    assert not any(o["record_id"] in ("W017", "W021") for o in orders)


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_desk_is_the_technician_where_nobody_else_is_named(
    tmp_path: Path, fmt: str
) -> None:
    """Must keep: with no repairer named, who created the record is still read (decision
    323: an engineer's own reports are created by the engineer)."""
    rows = [[cell for cell in row[:5]] + [row[7]] for row in CAMPUS]
    orders = _orders(fmt, tmp_path / "desk", rows)
    assert [o["technician"] for o in orders] == ["孙立伟", "孙立伟"]


VOCATIONAL = [
    ["工单号", "故障描述", "报修人", "报修时间", "审批人", "维修工", "报修状态"],
    ["GD0917001", "投影仪无信号", "闫书婷", "2026-09-17 08:40", "孙立伟", "郑浩", "已完成"],
    ["GD0918002", "机房空调不制冷", "佘立军", "2026-09-18 14:05", "孙立伟", "钱志明",
     "已完成"],
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_repairer_is_the_technician_over_the_approver(tmp_path: Path, fmt: str) -> None:
    orders = _orders(fmt, tmp_path / "vocational", VOCATIONAL)
    assert [o["technician"] for o in orders] == ["郑浩", "钱志明"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_maintenance_crew_at_work_is_the_technician(tmp_path: Path, fmt: str) -> None:
    rows = [["维保工单编号", "电梯所在位置", "故障情形", "排除方法", "接警求援时间",
             "维保作业人员"],
            ["WB0917001", "上海市徐汇区斜土路469弄20号", "轿厢困人", "重启控制柜，放人",
             "2026-09-17 08:40", "郑浩"],
            ["WB0918002", "上海市闵行区七莘路155弄8号", "门机异响", "更换门刀",
             "2026-09-18 14:05", "钱志明"]]
    orders = _orders(fmt, tmp_path / "lift", rows)
    assert [o["technician"] for o in orders] == ["郑浩", "钱志明"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_roster_of_repairers_numbered_and_named_holds_no_records(
    tmp_path: Path, fmt: str
) -> None:
    """Must not: a list of repairers by 修理工id and 修理工姓名 with their phones and trades
    is staff, no work order (the worker's number is his, not a record's)."""
    rows = [["修理工id", "修理工姓名", "联系电话", "工种", "所属班组"],
            ["W017", "郑浩", "13817365529", "水电", "一班"],
            ["W021", "钱志明", "15921487730", "木工", "二班"],
            ["W025", "孙立伟", "13661234567", "空调", "一班"]]
    assert not _orders(fmt, tmp_path / "roster", rows)


def test_a_worker_named_or_numbered_is_that_worker_and_no_word_s_work() -> None:
    assert "technician" in field_candidates("修理工姓名", WO)
    assert "customer_name" not in field_candidates("修理工姓名", WO)
    assert "record_id" not in field_candidates("修理工id", WO)
    # 工 that a word takes in is no worker: a work order's number, a completion's doer
    assert "record_id" in field_candidates("投诉工单号", RecordKind.COMPLAINT)
    assert "record_id" in field_candidates("维修工单号", WO)
    # approving and reviewing are the desk's acts, no doer's of the service
    assert {"desk", "staff"} <= read_label("审批人").classes
    assert {"desk", "staff"} <= read_label("审核人员").classes
    assert field_candidates("审核人员", WO)["technician"][0] < (
        field_candidates("维修人员", WO)["technician"][0])


# Decision 351: a column of phone numbers is no product, whatever its label says.
FIELD_CARDS = [
    ["服务卡编码", "机手", "机手手机", "报障表述", "排故办法", "报障日", "服务站技师"],
    ["FK0917001", "闫书婷", "13817365529", "收割机不启动", "更换启动继电器", "2026-09-17",
     "郑浩"],
    ["FK0918002", "佘立军", "15921487730", "拖拉机漏油", "更换油封", "2026-09-18", "钱志明"],
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_mobile_number_is_no_product(tmp_path: Path, fmt: str) -> None:
    orders = _orders(fmt, tmp_path / "cards", FIELD_CARDS)
    assert [o["product"] for o in orders] == [None, None]
    assert [o["customer_phone"] for o in orders] == ["13817365529", "15921487730"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_phone_model_is_still_the_product(tmp_path: Path, fmt: str) -> None:
    """Must keep: 手机型号 over phones' model names is the product (a phone repaired)."""
    rows = [["工单编号", "手机型号", "客户姓名", "联系电话", "故障描述", "报修时间"],
            ["SJ0917001", "华为Mate60", "闫书婷", "13817365529", "屏幕碎裂",
             "2026-09-17 08:40"],
            ["SJ0918002", "小米14", "佘立军", "15921487730", "无法充电", "2026-09-18 14:05"]]
    orders = _orders(fmt, tmp_path / "phones", rows)
    assert [o["product"] for o in orders] == ["华为Mate60", "小米14"]
