"""Issue 11, decision 404: a reading the kind vote refuses claims no column either.

- A telecom site's device ledger (设备名称, 型号, 生产厂家, 品牌, 供应商, 使用状态 …) heads a
  work-order reading by its 设备名称, 描述 and 维护负责人; the kind vote, learned from other
  systems' headers, calls it a look-alike, and it was left unclear (DOC_UNRECOGNISED). Read
  whole, its headers are the equipment list, as where content refuses a reading (decision
  400). A repair ledger on the same devices tells its faults and stays work orders.
- An employment's course and standing (离职时间, 是否转正, 考勤卡号, 职级) name staff.
Must-read and must-not cases on a workbook and a Word table; the cells are written here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.parsers.tables import FORMATS, read_table, rows_of

_N = 8
_DEVICES = ["OLT光线路终端", "BBU基带单元", "RRU射频单元", "开关电源", "蓄电池组", "精密空调", "传输设备", "动环监控主机"]
_MAKERS = ["华为技术有限公司", "中兴通讯股份有限公司"] * (_N // 2)
_PEOPLE = ["韩雨桐", "蒋志远", "沈丽娟", "魏国栋", "姚晓红", "陆文涛", "曹美华", "傅建平"]
_DAYS = [f"2021-0{i + 1}-15" for i in range(_N)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_device_ledger_the_vote_refuses_is_the_equipment_list(tmp_path: Path, fmt: str) -> None:
    head = ["序号", "所属区域", "所属站点", "所属机房", "设备名称", "设备类型", "设备子类", "系统名称",
            "系统编号", "型号", "生产厂家", "品牌", "供应商", "维护厂家", "开始使用时间", "预计报废时间",
            "使用状态", "维护负责人", "描述", "状态"]
    rows = rows_of(head, [str(i + 1) for i in range(_N)], ["浦东", "闵行"] * (_N // 2),
                   [f"张江{i}号基站" for i in range(_N)], ["一号机房", "二号机房"] * (_N // 2), _DEVICES,
                   ["无线", "传输", "电源", "动环"] * 2, ["主设备", "配套"] * (_N // 2),
                   ["5G无线网", "传输网"] * (_N // 2), [f"SYS-{300 + i}" for i in range(_N)],
                   [f"MA5800-X{i}" for i in range(_N)], _MAKERS, ["华为", "中兴"] * (_N // 2), _MAKERS,
                   ["上海电信工程公司"] * _N, _DAYS, [f"2031-0{i + 1}-15" for i in range(_N)],
                   ["在用"] * _N, _PEOPLE, ["运行正常"] * _N, ["正常"] * _N)
    read = read_table(fmt, tmp_path / "devices", rows, title="设备统计信息")
    assert read.kinds == ["equipment_list"]
    assert not any(read.records.values())


@pytest.mark.parametrize("fmt", FORMATS)
def test_repairs_of_the_same_devices_stay_work_orders(tmp_path: Path, fmt: str) -> None:
    """Must not: who reported which device's fault, when, who repaired it and how."""
    head = ["工单编号", "设备名称", "型号", "故障描述", "报修人", "报修时间", "维修人员", "处理结果"]
    faults = ["光口告警频繁闪断", "基带板温度过高", "驻波比告警", "整流模块故障", "电池组容量不足", "压缩机不启动",
              "光功率偏低", "监控数据中断"]
    fixes = ["更换光模块并清洁端面", "清理风扇滤网并更换风扇", "更换跳线并紧固接头", "更换整流模块",
             "更换两节落后电池", "更换启动电容", "更换衰减器", "重启采集单元并更换网线"]
    rows = rows_of(head, [f"GD2025{i:04d}" for i in range(_N)], _DEVICES,
                   [f"MA5800-X{i}" for i in range(_N)], faults, _PEOPLE,
                   [f"2025-03-0{i + 1} 09:30" for i in range(_N)], ["赵师傅", "钱师傅"] * (_N // 2), fixes)
    read = read_table(fmt, tmp_path / "repairs", rows)
    assert read.kinds == ["work_orders"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_account_list_of_employment_is_a_staff_list(tmp_path: Path, fmt: str) -> None:
    """A school's admin accounts: who joined and left, whether made regular, their attendance
    card: staff (before: nothing recognised)."""
    head = ["id", "用户名", "真实姓名", "手机号", "角色", "是否转正", "考勤卡id", "入职时间", "离职时间"]
    rows = rows_of(head, [str(900 + i) for i in range(_N)], [f"teacher{i}" for i in range(_N)], _PEOPLE,
                   [f"1391234{5600 + i}" for i in range(_N)], ["咨询师", "班主任"] * (_N // 2),
                   ["是", "否"] * (_N // 2), [f"KQ{7700 + i}" for i in range(_N)], _DAYS,
                   [""] * (_N - 1) + ["2024-06-30"])
    read = read_table(fmt, tmp_path / "accounts", rows)
    assert read.kinds == ["staff_training"]
