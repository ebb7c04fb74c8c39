"""Issue 11, round 36: a pick-list given a step, and model names taken for the fault
(decisions 281, 282).

A step of the course the labels gave a pick-list may go to a written column whose label names
no field, in page order, but never to one headed by a name word; a column of makers' model
codes is no step. Each is tested on a workbook and a Word table (the first on a PDF ledger
too), with a must-read and a must-not-read case. The cell contents are written here, not
drawn from the generator's pool.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.parsers.tables import FORMATS, WITH_PDF, assert_unlisted, read_table

_CLIENTS = ["林晓峰", "许佳怡", "邵志刚", "程美玲", "蔡文杰", "杜海燕", "钱立新", "孔维娜"]
_CREW = ["王建", "李明", "王建", "张勇", "李明", "张勇", "王建", "李明"]
_PICKED = ["无", "一般", "正常", "无", "一般", "正常", "无", "正常"]
_OPENED = ["2026-08-01 09:10", "2026-08-03 10:20", "2026-08-05 08:30", "2026-08-07 14:00",
           "2026-08-09 11:15", "2026-08-11 16:40", "2026-08-13 13:05", "2026-08-15 09:50"]
_CLOSED = ["2026-08-02 09:10", "2026-08-04 10:20", "2026-08-06 08:30", "2026-08-08 14:00",
           "2026-08-10 11:15", "2026-08-12 16:40", "2026-08-14 13:05", "2026-08-16 09:50"]
_TASKS = ["机房空调漏水", "门禁读卡失灵", "服务器风扇异响", "监控画面卡顿", "打印机频繁卡纸",
          "无线网络掉线", "投影仪无法开机", "电话分机无声"]
_DONE = ["疏通冷凝水管，试机无滴漏", "更换读卡头，刷卡正常", "更换风扇模组，噪音消除",
         "升级录像机固件，画面流畅", "清理搓纸轮并更换分页器", "调整信道并更换天线",
         "更换灯泡及电源板，开机正常", "更换分机话筒线，通话正常"]
_STATIONS = ["杨浦服务站", "宝山合作网点", "闵行第三服务中心", "嘉定智慧社区服务中心",
             "浦东金桥服务站", "徐汇漕河泾网点", "静安北站服务点", "松江大学城服务站"]


# ------------- decision 281: a pick-list given the fault yields it to the written task


def _worksheet(task_label: str, task_cells: list[str]) -> list[list[object]]:
    labels = ["归属客户", "单号", "执行人", "协助原因", "创建时间", "完成时间", task_label,
              "执行情况"]
    return [labels] + [[_CLIENTS[i], f"GD2026{i + 1:04d}", _CREW[i], _PICKED[i], _OPENED[i],
                        _CLOSED[i], task_cells[i], _DONE[i]] for i in range(8)]


@pytest.mark.parametrize("fmt", WITH_PDF)
def test_a_written_task_takes_the_fault_from_a_pick_list(tmp_path: Path, fmt: str) -> None:
    """Decision 281: 协助原因 (无, 一般, 正常) is read as the fault by its label; the written
    columns after it, 任务要求 (its label names no field) and 执行情况, are the fault and the
    remedy in page order (before: the fault was 无/一般, the remedy unread)."""
    assert_unlisted(["任务要求", "执行情况", "协助原因"])
    orders = read_table(fmt, tmp_path / "sheet", _worksheet("任务要求", _TASKS)
                        ).records["work_orders"]
    assert [r["issue"] for r in orders] == _TASKS
    assert [r["resolution"] for r in orders] == _DONE


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_named_thing_takes_no_step(tmp_path: Path, fmt: str) -> None:
    """A column headed by a name word (服务站名称: where the job was booked) is given, not
    told: it takes no step, and with one written column left for two steps neither is
    placed by the order of the page, so no station is the fault or the remedy (decision
    249's truck-station case). 执行情况 may still be read as the remedy by the label model
    (decision 283), which reads labels, not the page's order: then it holds the remedies."""
    orders = read_table(fmt, tmp_path / "named", _worksheet("服务站名称", _STATIONS)
                        ).records["work_orders"]
    assert not any(r.get("issue") in _STATIONS or r.get("resolution") in _STATIONS
                   for r in orders)
    assert [r.get("resolution") for r in orders] in ([None] * len(_DONE), _DONE)


# ------------- decision 282: a column of model codes is no step of the course


_MODELS = ["美的洗衣机MG100V11D", "海信电视65E3F", "老板燃气灶JZT-37B0", "西门子洗碗机SJ235I01JC",
           "美的热水器F6030-JE3", "小天鹅滚筒洗衣机TG100V20WDG", "格力空调KFR-35GW", "海尔冰箱BCD-470WDPG"]
_SHORT_FAULTS = ["不开机", "不加热", "不制冷", "漏水", "不出水", "异响", "跳闸", "不转"]
_FIXES = ["更换电源板保险管，通电试机正常", "更换加热管及温控器，出水温度正常",
          "补充冷媒并检漏，制冷恢复", "疏通排水管，试机无滴漏", "清洗进水阀滤网，出水正常",
          "紧固底脚螺丝，更换减震垫", "更换漏电保护器，运行正常", "更换电机电容，转动正常"]


def _report(model_label: str) -> list[list[object]]:
    labels = ["工单号", "客户名称", model_label, "反馈问题", "售后人员", "开始时间", "完成时间",
              "处理结果"]
    return [labels] + [[f"GD2026{i + 1:04d}", _CLIENTS[i], _MODELS[i], _SHORT_FAULTS[i], _CREW[i],
                        _OPENED[i], _CLOSED[i], _FIXES[i]] for i in range(8)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_model_names_are_no_fault(tmp_path: Path, fmt: str) -> None:
    """Decision 282: 炉型 (no known word) holds brand, kind and model code; the short faults
    under 反馈问题 stay the fault (before: the models replaced them where the faults were
    too short to count as written text)."""
    assert_unlisted(["炉型"])
    orders = read_table(fmt, tmp_path / "report", _report("炉型")).records["work_orders"]
    assert [r["issue"] for r in orders] == _SHORT_FAULTS
    assert [r["resolution"] for r in orders] == _FIXES
    assert [r["product"] for r in orders] == _MODELS  # the lone model column, no label's


@pytest.mark.parametrize("fmt", FORMATS)
def test_two_model_columns_leave_the_product_unread(tmp_path: Path, fmt: str) -> None:
    """Two columns of model codes under labels that name nothing (甲栏, 乙栏): nobody can say
    which is the thing served, so neither is the product, and neither is the fault. Where a
    label does say (炉型, which the label model of decision 283 reads as the product), the
    label decides, and the other column (旧机) is never the product."""
    assert_unlisted(["甲栏", "乙栏"])
    for first, second, product in (("甲栏", "乙栏", None), ("炉型", "旧机", _MODELS)):
        rows = _report(first)
        rows = [rows[0] + [second]] + [row + [_MODELS[-1 - i]]
                                       for i, row in enumerate(rows[1:])]
        orders = read_table(fmt, tmp_path / first, rows).records["work_orders"]
        assert [r.get("product") for r in orders] == (product or [None] * len(_MODELS))
        assert [r["issue"] for r in orders] == _SHORT_FAULTS


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_list_of_machines_stays_no_records(tmp_path: Path, fmt: str) -> None:
    """Content completes a reading, never makes one (decision 210): machines with their
    models, owners and install dates are no work orders however coded the models."""
    rows = [["炉型", "安装人", "安装地点", "投用日期"]] + [
        [_MODELS[i], _CREW[i], _STATIONS[i], _OPENED[i][:10]] for i in range(8)]
    assert "work_orders" not in read_table(fmt, tmp_path / "machines", rows).records


@pytest.mark.parametrize("fmt", FORMATS)
def test_written_faults_under_a_silent_label_still_read(tmp_path: Path, fmt: str) -> None:
    """What must still be read: a silent column of faults written out (no model code at
    their end) takes the fault the labels left unplaced, as decision 207 reads it."""
    rows = [["工单号", "报修人", "报修时间", "信息1", "维修人员", "完成时间", "维修结果"]] + [
        [f"GD2026{i + 1:04d}", _CLIENTS[i], _OPENED[i], _TASKS[i], _CREW[i], _CLOSED[i],
         _FIXES[i]] for i in range(8)]
    orders = read_table(fmt, tmp_path / "silent", rows).records["work_orders"]
    assert [r["issue"] for r in orders] == _TASKS
