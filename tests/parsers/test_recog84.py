"""Issue 11, decision 411: what the nineteenth set's tables said, once it was retired.

- Who did the survey's act (评价学生, 填表读者: the student who evaluated, the reader who filled
  the form in) is the respondent when the names do not repeat; a rated teacher, the same few
  names row after row, is not.
- Names beside a job title are staff even where no list knows whose names (厨师姓名 | 职务), and
  a system's users by role (姓名 | 电话 | 角色) are too; a repair list with a post beside the
  reporter's name stays work orders.
- A compensation's amount (赔偿金额) is the complaint's redress, no sale's; a sales ledger's
  amounts stay a sales ledger's.
- A verdict on a rating scale on every row, by a named person on a date, is a response, not an
  outlet list's or a roster's column; an outlet list rated with no one and no date is not.
- A grievance disposed of is settled: Disposed On closes it, Dispose Details tells how; 销案
  closes a complaint as 销单 closes an order.
Must-read and must-not cases on a workbook and a Word table; the cells are written here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.parsers.tables import FORMATS, read_table, rows_of

_N = 8
_PEOPLE = ["韩雨桐", "蒋志远", "沈丽娟", "魏国栋", "姚晓红", "陆文涛", "曹美华", "傅建平"]
_TEACHERS = ["王老师", "李老师"] * (_N // 2)
_PHONES = [f"1371234{5600 + i}" for i in range(_N)]
_STARS = ["5", "4", "5", "3", "4", "5", "4", "5"]
_FAULTS = ["空调开机不制冷", "洗衣机排水口漏水", "冰箱压缩机噪音大", "电视通电不开机",
           "热水器显示E1故障", "空调遥控器失灵", "冰箱冷藏室有异味", "烤箱一开就跳闸"]
_FIXES = ["补充冷媒", "更换排水管", "更换压缩机垫片", "更换电源板",
          "清洗传感器", "更换遥控器", "清洗冷藏室", "更换温控器"]
_COMPLAINTS = ["上门迟到两小时", "收费与报价不一致", "维修后一周再坏", "客服电话无人接听",
               "安装时损坏墙砖", "配件等了十天", "技师态度生硬", "预约多次改期"]
_ANSWERS = ["致电道歉并退还上门费", "核实后退还差价", "免费二次维修", "整改热线排班",
            "赔偿墙砖并致歉", "加急调配件", "批评教育技师", "固定专人预约"]


def _at(day: int, hour: int) -> list[str]:
    return [f"2025-06-{day + i:02d} {hour:02d}:{10 + i}" for i in range(_N)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_student_who_evaluated_is_the_respondent(tmp_path: Path, fmt: str) -> None:
    """A dormitory repair's evaluations (before: 评价学生 unread, the survey nobody's)."""
    head = ["工单ID", "评价学生", "维修人员", "评分", "评价内容", "评价时间"]
    rows = rows_of(head, [f"WX{300 + i}" for i in range(_N)], _PEOPLE,
                   ["赵师傅", "钱师傅"] * (_N // 2), _STARS, ["很及时"] * _N, _at(2, 9))
    read = read_table(fmt, tmp_path / "evaluations", rows)
    assert read.kinds == ["satisfaction_survey"]
    assert [r["respondent"] for r in read.records["survey_responses"]] == _PEOPLE


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_rated_teacher_is_no_respondent(tmp_path: Path, fmt: str) -> None:
    """Must not: 评价老师 holds the same two teachers row after row: whom the rows rate."""
    head = ["问卷编号", "评价老师", "评分", "评价时间"]
    rows = rows_of(head, [f"Q{300 + i}" for i in range(_N)], _TEACHERS, _STARS, _at(3, 9))
    read = read_table(fmt, tmp_path / "teachers", rows)
    assert read.kinds == ["satisfaction_survey"]
    assert all(r["respondent"] is None for r in read.records["survey_responses"])


@pytest.mark.parametrize("fmt", FORMATS)
def test_chefs_by_post_are_a_staff_list(tmp_path: Path, fmt: str) -> None:
    """A canteen's roster of chefs (before: unrecognised, its chefs read as customers)."""
    head = ["厨师姓名", "性别", "联系电话", "职务", "创建人", "创建日期"]
    rows = rows_of(head, _PEOPLE, ["男", "女"] * (_N // 2), _PHONES, ["主厨", "帮厨"] * (_N // 2),
                   ["管理员"] * _N, _at(4, 9))
    read = read_table(fmt, tmp_path / "chefs", rows)
    assert read.kinds == ["staff_training"]
    assert not read.records


@pytest.mark.parametrize("fmt", FORMATS)
def test_users_by_role_are_a_staff_list(tmp_path: Path, fmt: str) -> None:
    """A service firm's user table: employee number, name, phone, role."""
    head = ["序号", "员工编号", "姓名", "电话", "角色", "创建时间", "备注"]
    rows = rows_of(head, [str(i + 1) for i in range(_N)], [f"E{900 + i}" for i in range(_N)],
                   _PEOPLE, _PHONES, ["工程师", "调度员"] * (_N // 2), _at(5, 9), [""] * _N)
    read = read_table(fmt, tmp_path / "users", rows)
    assert read.kinds == ["staff_training"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_repair_list_with_the_reporters_post_stays_work_orders(tmp_path: Path, fmt: str) -> None:
    """Must not: a campus repair list names each reporter's post; it tells faults and fixes."""
    head = ["报修单号", "姓名", "职务", "联系电话", "报修内容", "维修结果", "报修时间", "完成时间"]
    rows = rows_of(head, [f"BX{500 + i}" for i in range(_N)], _PEOPLE, ["教师", "职员"] * (_N // 2),
                   _PHONES, _FAULTS, _FIXES, _at(6, 9), _at(6, 15))
    read = read_table(fmt, tmp_path / "repairs", rows)
    assert read.kinds == ["work_orders"]
    assert [r["customer_name"] for r in read.records["work_orders"]] == _PEOPLE


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_compensation_is_the_complaints_redress(tmp_path: Path, fmt: str) -> None:
    """A warehouse's complaint register: order numbers and a compensation beside each
    complaint (before: 'kind unclear … or sales_ledger', not read)."""
    head = ["运单号", "订单号", "客诉类型", "责任方", "处理方式", "赔偿金额", "退货单号", "登记时间",
            "订单平台", "客户"]
    rows = rows_of(head, [f"YD{700 + i}" for i in range(_N)], [f"DD{800 + i}" for i in range(_N)],
                   ["破损", "延误"] * (_N // 2), ["仓库", "快递"] * (_N // 2), _ANSWERS,
                   ["20.00", "0"] * (_N // 2), [f"TH{900 + i}" for i in range(_N)], _at(7, 9),
                   ["淘宝", "京东"] * (_N // 2), _PEOPLE)
    read = read_table(fmt, tmp_path / "complaints", rows)
    assert read.kinds == ["complaint_ledger"]
    assert [r["handling"] for r in read.records["complaints"]] == _ANSWERS


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_sales_ledger_stays_no_complaint(tmp_path: Path, fmt: str) -> None:
    """Must not: orders, amounts and buyers, nothing raised."""
    head = ["订单号", "客户", "联系电话", "销售金额", "付款方式", "销售日期"]
    rows = rows_of(head, [f"DD{800 + i}" for i in range(_N)], _PEOPLE, _PHONES,
                   ["1299.00", "899.00"] * (_N // 2), ["微信", "现金"] * (_N // 2), _at(8, 9))
    read = read_table(fmt, tmp_path / "sales", rows)
    assert not read.records


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_named_clients_dated_rating_is_a_response(tmp_path: Path, fmt: str) -> None:
    """A front desk's client log with a rating per visit (before: 'kind unclear … or
    service_outlets', not read)."""
    head = ["Date", "Client Name", "Company Name", "Address", "Contact Number", "Rating",
            "Comments"]
    rows = rows_of(head, [d[:10] for d in _at(9, 9)], _PEOPLE, ["Acme Ltd"] * _N,
                   ["12 Main St"] * _N, _PHONES, _STARS, ["ok"] * _N)
    read = read_table(fmt, tmp_path / "clients", rows)
    assert read.kinds == ["satisfaction_survey"]
    assert [r["respondent"] for r in read.records["survey_responses"]] == _PEOPLE


@pytest.mark.parametrize("fmt", FORMATS)
def test_rated_outlets_are_no_responses(tmp_path: Path, fmt: str) -> None:
    """Must not: service outlets with a star rating each, no one who answered, no date."""
    head = ["网点名称", "网点地址", "服务热线", "营业时间", "评分"]
    rows = rows_of(head, [f"第{i + 1}服务站" for i in range(_N)], [f"长江路{i + 1}号" for i in range(_N)],
                   _PHONES, ["9:00-18:00"] * _N, _STARS)
    read = read_table(fmt, tmp_path / "outlets", rows)
    assert not read.records


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_grievance_disposed_of_is_closed(tmp_path: Path, fmt: str) -> None:
    """An employee grievance register (before: no header found)."""
    head = ["Sr.No.", "Grievance No", "Employee Name", "Type", "Subject", "Disposed On",
            "Disposed By", "Dispose Details", "Status"]
    closed = _at(10, 16)
    rows = rows_of(head, [str(i + 1) for i in range(_N)], [f"GR{600 + i}" for i in range(_N)],
                   _PEOPLE, ["Pay", "Leave"] * (_N // 2), _COMPLAINTS, closed,
                   ["Officer A"] * _N, _ANSWERS, ["Disposed"] * _N)
    read = read_table(fmt, tmp_path / "grievances", rows)
    assert read.kinds == ["complaint_ledger"]
    records = read.records["complaints"]
    assert [r["handling"] for r in records] == _ANSWERS
    assert [r["closed_at"] is not None for r in records] == [True] * _N


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_complaint_written_off_is_closed(tmp_path: Path, fmt: str) -> None:
    """销案 closes a complaint (before: 投诉销案时间 read as a second receipt)."""
    head = ["投诉单号", "投诉人", "联系电话", "投诉登记时间", "投诉事由", "处理经过", "投诉销案时间"]
    rows = rows_of(head, [f"TS{100 + i}" for i in range(_N)], _PEOPLE, _PHONES, _at(11, 9),
                   _COMPLAINTS, _ANSWERS, _at(11, 17))
    read = read_table(fmt, tmp_path / "written_off", rows)
    assert read.kinds == ["complaint_ledger"]
    assert all(r["closed_at"] is not None for r in read.records["complaints"])
