"""Issue 11, round 68: a qualification names a staff list, and an answer is the handling.

Decision 366: 资质 (a qualification held, as 资格 is) speaks for a staff list, so a roster of
guides with their ages and qualification checks is known as staff, no records and no
unrecognised file. Decision 367: in a complaint ledger whose labels gave the reason a column
that answers the people who raised the cases (apologies, referrals, replies) right of the
column they gave the handling, the answer is the handling and the case the reason. Tested on
a workbook and a Word table, must-read and must-not-read each; the cell contents are written
here, not drawn from the generator's pools.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.parsers.tables import FORMATS, read_table, rows_of

_NAMES = ["邝书涵", "鄢立新", "阮秋月", "涂振华", "晏诗雨", "卓子墨"]
_PHONES = ["13922220001", "13822220002", "15022220003", "18622220004", "17722220005",
           "13522220006"]

# ---------------------------------------------------------------- decision 366: 资质
_AGES = ["34", "41", "29", "38", "45", "31"]
_SPOTS = ["东湖景区", "西山公园", "古城墙", "东湖景区", "湿地公园", "西山公园"]
_CHECKS = ["已核验", "已核验", "待核验", "已核验", "已核验", "待核验"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_roster_with_qualifications_is_staff(tmp_path: Path, fmt: str) -> None:
    """Must read: guides with a phone, an age and a qualification check are a staff list
    (before: nothing recognised, one staff header only)."""
    rows = rows_of(["导游名", "电话", "年龄", "所属景点", "资质核验信息"],
                   _NAMES, _PHONES, _AGES, _SPOTS, _CHECKS)
    read = read_table(fmt, tmp_path / "guides", rows)
    assert read.records == {} or read.record_count == 0
    assert "staff_training" in read.kinds


_ORDERS = ["AZ-7101", "AZ-7102", "AZ-7103", "AZ-7104", "AZ-7105", "AZ-7106"]
_FAULTS = ["热水器不点火", "燃气灶打不着", "壁挂炉漏水", "热水器水温忽高忽低", "燃气表跳字",
           "壁挂炉报E1"]
_FIXED = ["更换点火针后正常", "清洗炉头，点火正常", "更换密封圈，试压无渗漏", "更换水流传感器",
          "校表后读数正常", "清理风机，恢复运行"]
_DONE = ["2026-07-02", "2026-07-03", "2026-07-05", "2026-07-06", "2026-07-08", "2026-07-09"]
_LICENCES = ["燃气安装二级", "燃气安装二级", "燃气安装一级", "燃气安装二级", "燃气安装一级",
             "燃气安装二级"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_work_order_naming_its_fitters_licence_stays_work_orders(
    tmp_path: Path, fmt: str
) -> None:
    """Must not: a repair ledger with the fitter's 施工资质 beside each job stays work orders;
    one qualification column is no staff list."""
    rows = rows_of(["维修单号", "客户姓名", "联系电话", "故障描述", "处理结果", "完成日期", "施工资质"],
                   _ORDERS, _NAMES, _PHONES, _FAULTS, _FIXED, _DONE, _LICENCES)
    read = read_table(fmt, tmp_path / "repairs", rows)
    assert len(read.records["work_orders"]) == len(_ORDERS)
    assert "staff_training" not in read.kinds
