"""Issue 11, round 51: a work order's completion and technician where the labels do not say
them plainly (decisions 322, 323).

A time named by the service alone (服务时间, 服务日期) dates the service given: in a work order
that names no completion, the job was done then, as 维修时间 dates the repair; where a
completion is named, or the service is only planned (预计服务时间), it is no completion. Each
case is tested on a workbook and a Word table, with must-read and must-not-read cases. The
cell contents are written here, not drawn from the generator's pool.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.parsers.tables import FORMATS, read_table

_FIRMS = ["长春一汽物流有限公司", "吉林化纤股份公司", "长春轨道客车厂", "吉林银行总行",
          "长春燃气集团", "吉林大学第一医院", "长春电影制片厂", "吉林烟草工业公司"]
_NAMES = ["钱志强", "孙雅琴", "周立伟", "吴海燕", "郑国庆", "冯晓梅", "陈子豪", "褚丽萍"]
_PHONES = [f"1386620{5530 + i}" for i in range(8)]
_FAULTS = ["服务器无法开机，电源指示灯不亮", "打印机卡纸，进纸辊打滑", "交换机端口频繁掉线",
           "财务软件登录报错数据库连接失败", "监控录像机硬盘报警", "笔记本屏幕闪烁有横纹",
           "路由器无法分配地址", "扫描仪扫描件有黑线"]
_FIXES = ["更换电源模块，开机测试正常", "更换进纸辊并清洁通道，试打正常", "更换端口模块，重新配置VLAN",
          "修复数据库连接配置，重启服务", "更换故障硬盘并重建阵列", "更换屏线，显示恢复正常",
          "重置DHCP服务并更新固件", "清洁扫描玻璃与镜头，校准后正常"]
_STAFF = ["刘工", "黄工"] * 4
_LOGGED = [f"2026-08-{11 + i} 09:{10 + i}:00" for i in range(8)]
_SERVED = [f"2026-08-{12 + i} 15:{20 + i}:00" for i in range(8)]
_DONE = [f"2026-08-{12 + i} 17:{30 + i}:00" for i in range(8)]


def _service_log(date_label: str) -> list[list[object]]:
    """A CRM's log of on-site services to client firms: one date, the service's own."""
    head = ["客户名称", date_label, "维修员", "故障情况", "解决措施"]
    return [head] + [[_FIRMS[i], _SERVED[i], _STAFF[i], _FAULTS[i], _FIXES[i]]
                     for i in range(8)]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("label", ["服务日期", "服务时间"])
def test_the_service_given_is_the_job_done(tmp_path: Path, fmt: str, label: str) -> None:
    """Decision 322: a service log's one date, named by the service alone, is when the job
    was done (before: 服务日期 the report as a bare date, 服务时间 the response)."""
    read = read_table(fmt, tmp_path / "log", _service_log(label))
    orders = read.records["work_orders"]
    assert [o["customer_name"] for o in orders] == _FIRMS
    assert [str(o["completed_at"])[:16] for o in orders] == [d[:16] for d in _SERVED]
    assert all(o.get("reported_at") is None and o.get("responded_at") is None for o in orders)


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_service_after_the_record_was_created_completes_it(tmp_path: Path,
                                                                fmt: str) -> None:
    """Decision 322: beside the record's creation (创建时间, the report), 服务时间 is the
    completion (before: the response, and no completion)."""
    head = ["编号", "联系人", "联系人电话", "故障描述", "维修措施", "经办人员", "服务时间",
            "创建时间"]
    rows = [head] + [[f"SH{300 + i}", _NAMES[i], _PHONES[i], _FAULTS[i], _FIXES[i],
                      _STAFF[i], _SERVED[i], _LOGGED[i]] for i in range(8)]
    orders = read_table(fmt, tmp_path / "crm", rows).records["work_orders"]
    assert [str(o["reported_at"])[:16] for o in orders] == [d[:16] for d in _LOGGED]
    assert [str(o["completed_at"])[:16] for o in orders] == [d[:16] for d in _SERVED]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_named_completion_leaves_the_service_time_the_response(tmp_path: Path,
                                                                  fmt: str) -> None:
    """Must not: where a completion is named (完工时间), 服务时间 stays the response."""
    head = ["工单号", "客户姓名", "联系电话", "报修时间", "服务时间", "完工时间", "故障描述",
            "处理结果"]
    rows = [head] + [[f"GD{500 + i}", _NAMES[i], _PHONES[i], _LOGGED[i], _SERVED[i], _DONE[i],
                      _FAULTS[i], _FIXES[i]] for i in range(8)]
    orders = read_table(fmt, tmp_path / "named", rows).records["work_orders"]
    assert [str(o["responded_at"])[:16] for o in orders] == [d[:16] for d in _SERVED]
    assert [str(o["completed_at"])[:16] for o in orders] == [d[:16] for d in _DONE]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_planned_service_is_no_completion(tmp_path: Path, fmt: str) -> None:
    """Must not: a service planned or promised (预计服务时间, 承诺服务时间) is never the
    completion, whatever else is missing."""
    for label in ("预计服务时间", "承诺服务时间"):
        head = ["工单号", "客户姓名", "联系电话", "报修时间", label, "故障描述", "处理结果"]
        rows = [head] + [[f"GD{500 + i}", _NAMES[i], _PHONES[i], _LOGGED[i], _SERVED[i],
                          _FAULTS[i], _FIXES[i]] for i in range(8)]
        orders = read_table(fmt, tmp_path / label, rows).records["work_orders"]
        assert [str(o["reported_at"])[:16] for o in orders] == [d[:16] for d in _LOGGED]
        assert all(o.get("completed_at") is None for o in orders)


def _served_by(staff_label: str, with_creator: bool) -> list[list[object]]:
    """After-sales records with who served (``staff_label``) and, optionally, who created the
    record (创建人, a clerk at the desk)."""
    head = ["编号", "联系人", "联系人电话", "故障描述", "维修措施", staff_label, "创建时间"]
    clerks = ["张文员", "李文员"] * 4
    rows = [[f"SH{300 + i}", _NAMES[i], _PHONES[i], _FAULTS[i], _FIXES[i], _STAFF[i],
             _LOGGED[i]] for i in range(8)]
    if with_creator:
        head.append("创建人")
        rows = [row + [clerks[i]] for i, row in enumerate(rows)]
    return [head] + rows


@pytest.mark.parametrize("fmt", FORMATS)
def test_who_handled_it_served_it_not_who_created_the_record(tmp_path: Path, fmt: str) -> None:
    """Decision 323: 经办人员 (who handled the service) is the technician, 创建人 (who created
    the record, the desk's act) only behind it (before: 创建人, wholly read, outweighed
    经办人员, whose 员 was an unknown part)."""
    orders = read_table(fmt, tmp_path / "crm", _served_by("经办人员", True)
                        ).records["work_orders"]
    assert [o["technician"] for o in orders] == _STAFF


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_creator_is_the_technician_where_nobody_else_is_named(tmp_path: Path,
                                                                  fmt: str) -> None:
    """Must not lose: an engineer's own reports, created by the engineer, name nobody else:
    创建人 is still the technician; and who checked the record (审核人员) never outweighs
    who repaired it (维修人)."""
    head = ["创建人", "创建日期", "描述", "工单id", "故障部位", "维修措施"]
    rows = [head] + [[_STAFF[i], _LOGGED[i], _FAULTS[i], f"{7000 + i}", _FAULTS[i], _FIXES[i]]
                     for i in range(8)]
    orders = read_table(fmt, tmp_path / "own", rows).records["work_orders"]
    assert [o["technician"] for o in orders] == _STAFF
    checked = _served_by("维修人", False)
    checked[0].append("审核人员")
    for i, row in enumerate(checked[1:]):
        row.append(["王主管", "赵主管"][i % 2])
    orders = read_table(fmt, tmp_path / "checked", checked).records["work_orders"]
    assert [o["technician"] for o in orders] == _STAFF


_DAYS_IN = [f"2026-08-{11 + i}" for i in range(8)]
_DAYS_DONE = [f"2026-08-{11 + i + i % 2}" for i in range(8)]  # the same day or the next


def _repair_reports(fix_label: str, dated: list[str]) -> list[list[object]]:
    """A lab's repair reports: the row's creation, the device, the damage, what was done
    (``fix_label``) and a bare 日期 (``dated``)."""
    head = ["创建时间", "实验室名称", "设备名称", "损坏原因", fix_label, "日期"]
    devices = ["离心机", "示波器", "分光光度计", "恒温箱", "显微镜", "电子天平", "超净台", "烘箱"]
    return [head] + [[_DAYS_IN[i], f"化学楼{201 + i}", devices[i], _FAULTS[i], _FIXES[i],
                      dated[i]] for i in range(8)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_bare_date_after_the_report_of_work_done_is_its_end(tmp_path: Path,
                                                             fmt: str) -> None:
    """Decision 322: a repair report's bare 日期, never before the row's creation and after
    it on some rows, is the last step the report dates: the completion (before: a fallback
    of the report, read on no row)."""
    read = read_table(fmt, tmp_path / "lab", _repair_reports("维修情况", _DAYS_DONE))
    orders = read.records["work_orders"]
    assert [str(o["reported_at"])[:10] for o in orders] == _DAYS_IN
    assert [str(o["completed_at"])[:10] for o in orders] == _DAYS_DONE


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_bare_date_is_no_end_where_nothing_done_is_written(tmp_path: Path,
                                                             fmt: str) -> None:
    """Must not: with no remedy written (备注 of canned words) the bare date after the
    report could be the response as well: no completion; nor is a bare date that comes
    before the report, nor a planned one (预计完成日期)."""
    rows = _repair_reports("备注", _DAYS_DONE)
    rows[0] += ["报修人", "联系电话"]
    for i, row in enumerate(rows[1:]):
        row[4] = ["无", "详见附件"][i % 2]
        row += [_NAMES[i], _PHONES[i]]
    orders = read_table(fmt, tmp_path / "none", rows).records["work_orders"]
    assert [o["customer_name"] for o in orders] == _NAMES
    assert all(o.get("completed_at") is None for o in orders)
    before = [f"2026-08-{10 + i - i % 2}" for i in range(8)]
    orders = read_table(fmt, tmp_path / "before", _repair_reports("维修情况", before)
                        ).records["work_orders"]
    assert all(o.get("completed_at") is None for o in orders)
    planned = _repair_reports("维修情况", _DAYS_DONE)
    planned[0][-1] = "预计完成日期"
    orders = read_table(fmt, tmp_path / "planned", planned).records["work_orders"]
    assert all(o.get("completed_at") is None for o in orders)


_GRIEVANCES = ["楼道灯坏了一周没人修", "物业费收费标准不透明", "地下车库积水严重", "电梯频繁停运",
               "垃圾清运不及时有异味", "绿化带被占用停车", "保安夜间巡逻缺位", "外墙渗水无人处理"]
_REPLIES = ["已安排电工当日更换灯具并加装巡检", "已公示收费明细并上门逐户解释", "已疏通排水沟并加装抽水泵",
            "已联系维保单位全面检修电梯", "已调整清运时间为每日两次", "已清理占用车辆并设置隔离桩",
            "已增加夜班巡逻岗并抽查记录", "已修补外墙防水层并回访确认"]
_CANNED = ["按计划完成", "详见附件", "已电话沟通", "客户无异议"]


def _owner_complaints(last_label: str, last: list[str], note_label: str = "备注"
                      ) -> list[list[object]]:
    """A community's owner complaints: the phone, the complaint, a remark of canned words,
    when it was raised and handled, and ``last_label`` over ``last``."""
    head = ["详细地址", "联系电话", "投诉内容", note_label, "上报时间", "处理时间", last_label]
    return [head] + [[f"幸福里{1 + i}栋{101 + i}室", _PHONES[i], _GRIEVANCES[i],
                      _CANNED[i % 2], _DAYS_IN[i], _DAYS_DONE[i], last[i]] for i in range(8)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_written_reply_under_feedback_is_the_handling_over_canned_words(
        tmp_path: Path, fmt: str) -> None:
    """Decision 323: the office's written replies under 反馈, right of the complaint, are the
    handling where the labels gave the handling a column of canned words (备注: 详见附件)
    (before: 备注 the handling, 反馈 the feedback)."""
    read = read_table(fmt, tmp_path / "owners", _owner_complaints("反馈", _REPLIES))
    complaints = read.records["complaints"]
    assert [c["reason"] for c in complaints] == _GRIEVANCES
    assert [c["handling"] for c in complaints] == _REPLIES


@pytest.mark.parametrize("fmt", FORMATS)
def test_verdicts_under_feedback_stay_the_feedback(tmp_path: Path, fmt: str) -> None:
    """Must not: verdicts under 反馈 (满意, 非常满意) are the customer's word back, never the
    handling; and a handling written under its own label (处理结果) keeps it."""
    verdicts = ["满意", "非常满意", "满意", "基本满意", "满意", "非常满意", "满意", "满意"]
    complaints = read_table(fmt, tmp_path / "verdicts", _owner_complaints("反馈", verdicts)
                            ).records["complaints"]
    assert all(c.get("handling") != v for c, v in zip(complaints, verdicts, strict=True))
    rows = _owner_complaints("反馈", _GRIEVANCES[::-1], note_label="处理结果")
    for i, row in enumerate(rows[1:]):
        row[3] = _REPLIES[i]
    written = read_table(fmt, tmp_path / "written", rows).records["complaints"]
    assert [c["handling"] for c in written] == _REPLIES


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_complaints_bare_date_after_its_receipt_is_its_closing(tmp_path: Path,
                                                                fmt: str) -> None:
    """Decision 322 for complaints, as decision 165's order does for any date no label
    explains: a bare 日期 after 投诉时间 on the rows is the closing (before: a fallback of the
    receipt, read on no row); one before it is none."""
    head = ["投诉人", "联系电话", "投诉时间", "投诉内容", "处理结果", "日期"]
    rows = [head] + [[_NAMES[i], _PHONES[i], _DAYS_IN[i], _GRIEVANCES[i], _REPLIES[i],
                      _DAYS_DONE[i]] for i in range(8)]
    complaints = read_table(fmt, tmp_path / "after", rows).records["complaints"]
    assert [str(c["closed_at"])[:10] for c in complaints] == _DAYS_DONE
    for i, row in enumerate(rows[1:]):
        row[-1] = f"2026-08-{10 + i - i % 2}"
    complaints = read_table(fmt, tmp_path / "before", rows).records["complaints"]
    assert all(c.get("closed_at") is None for c in complaints)
