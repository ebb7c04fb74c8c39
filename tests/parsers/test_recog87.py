"""Issue 11, decisions 419-428: what the twentieth held-out set's tables said once retired.

- A complaint register numbered and dated by its own words (投诉单编号, 投诉日期) is a complaint
  ledger however little else it exports (419); a sales list numbered by its orders is not.
- An anonymous form whose several questions are answered in satisfaction's words on every dated
  row is a survey's answers (420); a staff appraisal graded 优秀/良好 is not, nor a merged
  title copied over the header.
- 主 after a thing names its owner, the customer (表主, 琴主), the number right after an act is
  the act's (客户回访编号) and the customer's verdict of satisfaction the overall (421);
  联系主题, 维修主管 and 责任主管 are no owners, and a shipper beside the driver (货主) is not
  taken for the complainant.
- A sign-off in Latin letters (Olivia Brown) names its signer (422); cases written out under a
  sign-off label still sign nothing (decision 296).
- The company's own kit is made and scrapped (制造单位, 报废日期: 423).
- Only a class of what was raised makes the bare text after it that account (424): after a
  handling state (处理情况: 已处理) 描述 stays what was raised.
- A help desk's posts are messages, not job posts; a garment's 款号 is the item (425).
- A lone participle dates its act (Created, 427); Signed stays the sign-off.
Must-read cases on a workbook and a Word table; the cells are written here. Decisions 426
(投诉方式) and 428 (labels headed by a state or a class) are tested in test_recog88.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from preaudit.parsers.headers import normalise_header
from preaudit.parsers.meaning import read_label
from tests.parsers.tables import FORMATS, read_table, rows_of

_N = 6
_NAMES = ["韩雨桐", "蒋志远", "沈丽娟", "魏国栋", "姚晓红", "陆文涛"]
_LATIN = ["Olivia Brown", "Liam Smith", "Emma Jones", "Noah Taylor", "Ava Wilson", "Mia Davies"]
_PHONES = [f"1391234560{i}" for i in range(_N)]
_FAULTS = ["空调不制冷", "洗衣机漏水", "冰箱噪音大", "电视不开机", "热水器显示E1", "遥控器失灵"]
_FIXES = ["补充冷媒后制冷正常", "更换排水管", "更换压缩机垫片", "更换电源板", "清洗传感器",
          "更换遥控器"]
_SATISFIED = ["满意", "非常满意", "满意", "一般", "非常满意", "满意"]


def _at(day: int, hour: int) -> list[str]:
    return [f"2026-09-{day + i:02d} {hour:02d}:{10 + i}" for i in range(_N)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_complaint_register_numbered_and_dated(tmp_path: Path, fmt: str) -> None:
    head = ["投诉单编号", "投诉日期", "产品编号", "产品名称", "登记人", "处理状态"]
    numbers = [f"TS2026090{i}" for i in range(_N)]
    rows = rows_of(head, numbers, _at(2, 9), [f"P{700 + i}" for i in range(_N)],
                   ["燃气灶", "热水器", "燃气灶", "壁挂炉", "热水器", "燃气灶"], _NAMES,
                   ["已处理", "未处理"] * (_N // 2))
    read = read_table(fmt, tmp_path / "register", rows)
    assert read.kinds == ["complaint_ledger"]
    assert [r["record_id"] for r in read.records["complaints"]] == numbers


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_sales_list_numbered_by_its_orders_is_no_complaint_ledger(tmp_path: Path,
                                                                     fmt: str) -> None:
    head = ["订单编号", "订单日期", "产品编号", "产品名称", "登记人", "状态"]
    rows = rows_of(head, [f"SO2026090{i}" for i in range(_N)], _at(2, 9),
                   [f"P{700 + i}" for i in range(_N)],
                   ["燃气灶", "热水器", "燃气灶", "壁挂炉", "热水器", "燃气灶"], _NAMES,
                   ["已发货", "未发货"] * (_N // 2))
    read = read_table(fmt, tmp_path / "orders", rows)
    assert "complaints" not in read.records


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_anonymous_form_answered_in_satisfaction_words(tmp_path: Path, fmt: str) -> None:
    head = ["ID", "Client Type", "Date", "Age", "Sex", "SQD1", "SQD2", "SQD3", "SQD4",
            "Comments"]
    rotated = [_SATISFIED[i:] + _SATISFIED[:i] for i in range(4)]
    rows = rows_of(head, [str(1000 + 7 * i) for i in range(_N)], ["Citizen"] * _N, _at(3, 9),
                   ["31", "45", "28", "52", "39", "60"], ["M", "F"] * (_N // 2), *rotated,
                   ["", "Fast service", "", "", "Long queue", ""])
    read = read_table(fmt, tmp_path / "csm", rows)
    assert read.kinds == ["satisfaction_survey"]
    records = read.records["survey_responses"]
    assert len(records) == _N
    assert [len(r["items"]) for r in records] == [4] * _N


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_staff_appraisal_in_grades_is_no_survey(tmp_path: Path, fmt: str) -> None:
    head = ["工号", "姓名", "考核日期", "服务态度", "专业能力", "出勤情况", "备注"]
    grades = ["优秀", "良好", "优秀", "合格", "良好", "优秀"]
    rows = rows_of(head, [f"E{100 + i}" for i in range(_N)], _NAMES, _at(3, 9), grades,
                   grades[1:] + grades[:1], grades[2:] + grades[:2], [""] * _N)
    read = read_table(fmt, tmp_path / "appraisal", rows)
    assert "survey_responses" not in read.records


def _classes(label: str) -> frozenset[str]:
    return read_label(normalise_header(label)).classes


def test_a_things_owner_is_the_customer() -> None:
    for label in ("表主联系电话", "送修表主", "琴主姓名", "宠主联系方式", "梯主确认签字"):
        assert "customer" in _classes(label), label


def test_words_that_begin_with_zhu_own_nothing() -> None:
    assert _classes("联系主题") == {"subject"}
    assert "customer" not in _classes("维修主管")
    assert "customer" not in _classes("责任主管")
    assert "customer" not in _classes("经营主体ID")
    assert "customer" not in _classes("自增主键")


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_watch_owner_signs(tmp_path: Path, fmt: str) -> None:
    head = ["修表单号", "送修表主", "表主联系电话", "故障描述", "维修结果", "收表时间", "交表时间",
            "表主取表签字"]
    rows = rows_of(head, [f"BX2026090{i}" for i in range(_N)], _NAMES, _PHONES, _FAULTS, _FIXES,
                   _at(4, 9), _at(4, 15), _NAMES)
    read = read_table(fmt, tmp_path / "watches", rows)
    assert read.kinds == ["work_orders"]
    records = read.records["work_orders"]
    assert [r["customer_name"] for r in records] == _NAMES
    assert [r["signature"] for r in records] == _NAMES


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("label", ["Customer Signature", "客户签字"])
def test_a_sign_off_in_latin_letters(tmp_path: Path, fmt: str, label: str) -> None:
    head = ["Job No", "Customer Name", "Phone", "Fault Description", "Work Done", "Reported At",
            "Completed At", label]
    rows = rows_of(head, [f"WO{100 + i}" for i in range(_N)], _LATIN, _PHONES,
                   ["No cooling", "Leaking", "Noisy", "No power", "E1 error", "Remote dead"],
                   ["Refilled gas", "New pipe", "New pad", "New board", "Cleaned sensor",
                    "New remote"], _at(5, 9), _at(5, 15), _LATIN)
    read = read_table(fmt, tmp_path / "jobs", rows)
    assert [r["signature"] for r in read.records["work_orders"]] == _LATIN


@pytest.mark.parametrize("fmt", FORMATS)
def test_cases_under_a_sign_off_label_still_sign_nothing(tmp_path: Path, fmt: str) -> None:
    head = ["Job No", "Customer Name", "Phone", "Fault Description", "Reported At",
            "Completed At", "Customer Signature"]
    told = ["Replaced the door seal and tested the washer", "Recharged the gas, cooling again",
            "Tightened the fan and checked it", "Replaced the power board of the set",
            "Cleaned the sensor and reset it", "Paired a new remote with the unit"]
    rows = rows_of(head, [f"WO{100 + i}" for i in range(_N)], _LATIN, _PHONES,
                   ["No cooling", "Leaking", "Noisy", "No power", "E1 error", "Remote dead"],
                   _at(5, 9), _at(5, 15), told)
    read = read_table(fmt, tmp_path / "jobs", rows)
    assert {r["signature"] for r in read.records["work_orders"]} == {None}


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_register_of_kit_made_and_scrapped(tmp_path: Path, fmt: str) -> None:
    head = ["钢瓶条码", "电子标签", "使用单位", "使用门店", "制造单位", "钢瓶规格", "出厂日期",
            "检验日期", "报废日期"]
    rows = rows_of(head, [f"GP{8800 + i}" for i in range(_N)], [f"RF{i}" for i in range(_N)],
                   ["城东液化气站"] * _N, ["一号门店", "二号门店"] * (_N // 2),
                   ["某钢瓶制造厂"] * _N, ["YSP15"] * _N, _at(1, 8), _at(2, 8), _at(3, 8))
    read = read_table(fmt, tmp_path / "cylinders", rows)
    assert read.records == {}
    assert read.kinds == ["equipment_list"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_work_orders_with_the_products_make_date_stay_work_orders(tmp_path: Path,
                                                                   fmt: str) -> None:
    head = ["工单号", "客户姓名", "联系电话", "产品型号", "制造日期", "故障描述", "维修结果",
            "报修时间", "完工时间"]
    rows = rows_of(head, [f"BX2026090{i}" for i in range(_N)], _NAMES, _PHONES,
                   ["KFR-35GW"] * _N, ["2024-03-01"] * _N, _FAULTS, _FIXES, _at(6, 9), _at(6, 15))
    read = read_table(fmt, tmp_path / "orders", rows)
    assert read.kinds == ["work_orders"]
    assert len(read.records["work_orders"]) == _N


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_text_after_a_handling_state_is_what_was_raised(tmp_path: Path, fmt: str) -> None:
    head = ["单位", "报修人", "联系方式", "申请时间", "处理情况", "描述", "状态"]
    rows = rows_of(head, ["第一中学", "第二中学"] * (_N // 2), _NAMES, _PHONES, _at(7, 9),
                   ["已处理", "未处理", "已处理", "已处理", "未处理", "已处理"], _FAULTS,
                   ["完成"] * _N)
    read = read_table(fmt, tmp_path / "requests", rows)
    assert read.kinds == ["work_orders"]
    assert [r["issue"] for r in read.records["work_orders"]] == _FAULTS


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_help_desks_posts_are_messages(tmp_path: Path, fmt: str) -> None:
    head = ["id", "user_name", "name", "posts_count", "last_post_date", "closed_date",
            "last_post_id", "current_status", "created_at"]
    rows = rows_of(head, [str(1000 + 7 * i) for i in range(_N)], _LATIN,
                   ["Printer jams", "VPN drops", "Mail bounces", "Laptop slow", "No sound",
                    "Screen flickers"], ["3", "5", "2", "4", "6", "1"], _at(8, 12),
                   _at(8, 16), [str(5000 + i) for i in range(_N)], ["closed"] * _N, _at(8, 9))
    read = read_table(fmt, tmp_path / "topics", rows)
    assert read.kinds and "staff_training" not in read.kinds


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_roster_by_post_stays_a_staff_list(tmp_path: Path, fmt: str) -> None:
    head = ["Employee No", "Name", "Post", "Department", "Phone", "Date of Joining"]
    rows = rows_of(head, [f"E{100 + i}" for i in range(_N)], _LATIN,
                   ["Technician", "Engineer"] * (_N // 2), ["Service"] * _N, _PHONES,
                   _at(1, 9))
    read = read_table(fmt, tmp_path / "staff", rows)
    assert read.records == {}


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_garments_style_number_is_the_item(tmp_path: Path, fmt: str) -> None:
    head = ["维修单号", "款号", "登记时间", "顾客姓名", "联系电话", "问题描述", "维修时间"]
    styles = [f"K2026{100 + i}" for i in range(_N)]
    rows = rows_of(head, [f"WX2026090{i}" for i in range(_N)], styles, _at(9, 9), _NAMES,
                   _PHONES, ["袖口开线", "拉链损坏", "纽扣脱落", "裤脚磨损", "内衬破损", "领口起球"],
                   _at(9, 15))
    read = read_table(fmt, tmp_path / "garments", rows)
    assert [r["product"] for r in read.records["work_orders"]] == styles


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_lone_participle_dates_its_act(tmp_path: Path, fmt: str) -> None:
    head = ["Ticket ID", "Requester", "Subject", "Created", "Status"]
    rows = rows_of(head, [f"T{900 + i}" for i in range(_N)], _LATIN,
                   ["Printer jams on tray 2", "VPN drops every hour", "Mail bounces back",
                    "Laptop is very slow", "No sound in meetings", "Screen flickers at boot"],
                   _at(10, 9), ["Open", "Solved"] * (_N // 2))
    read = read_table(fmt, tmp_path / "tickets", rows)
    assert read.kinds == ["work_orders"]
    assert [r["reported_at"].hour for r in read.records["work_orders"]] == [9] * _N


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_lone_sign_off_participle_stays_the_sign_off(tmp_path: Path, fmt: str) -> None:
    head = ["Job No", "Customer Name", "Fault Description", "Work Done", "Reported At",
            "Completed At", "Signed"]
    rows = rows_of(head, [f"J{100 + i}" for i in range(_N)], _LATIN,
                   ["No cooling", "Leaking", "Noisy", "No power", "E1 error", "Remote dead"],
                   ["Refilled gas", "New pipe", "New pad", "New board", "Cleaned sensor",
                    "New remote"], _at(11, 9), _at(11, 15), ["Yes"] * _N)
    read = read_table(fmt, tmp_path / "jobs", rows)
    assert [r["signature"] for r in read.records["work_orders"]] == ["Yes"] * _N


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_customers_callback_number_and_verdict(tmp_path: Path, fmt: str) -> None:
    head = ["客户回访编号", "回访客户", "客户手机号码", "回访日期", "师傅守时程度", "师傅服务态度",
            "客户满意结论"]
    numbers = [f"HF2026090{i}" for i in range(_N)]
    rows = rows_of(head, numbers, _NAMES, _PHONES, _at(12, 10), _SATISFIED, _SATISFIED[::-1],
                   _SATISFIED)
    read = read_table(fmt, tmp_path / "callbacks", rows)
    records = read.records["survey_responses"]
    assert [r["record_id"] for r in records] == numbers
    assert [r["overall"] for r in records] == _SATISFIED


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_rating_users_id_numbers_no_response(tmp_path: Path, fmt: str) -> None:
    head = ["评价用户ID", "评价时间", "评分", "评价内容"]
    rows = rows_of(head, [f"U{8800 + i}" for i in range(_N)], _at(13, 10), ["5", "4", "5", "3", "4", "5"], ["很好"] * _N)
    read = read_table(fmt, tmp_path / "ratings", rows)
    assert {r["record_id"] for r in read.records["survey_responses"]} == {None}


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_shipper_beside_the_driver_is_not_taken_for_the_complainant(tmp_path: Path,
                                                                        fmt: str) -> None:
    head = ["货源单号", "司机姓名", "司机电话", "货主姓名", "货主电话", "投诉说明", "处理结果",
            "创建时间"]
    shippers = ["城东物流", "安达货运", "顺捷商贸", "城东物流", "安达货运", "顺捷商贸"]
    rows = rows_of(head, [f"HY2026090{i}" for i in range(_N)], _NAMES, _PHONES, shippers,
                   [f"0571-8800{i}12" for i in range(_N)],
                   ["货主拖欠运费", "装货等待超过4小时", "货物重量与单据不符", "卸货地址临时变更",
                    "货主取消订单未赔付", "平台派单距离过远"],
                   ["已联系货主结清运费", "已补偿等候费", "已核实重量并更正", "已补贴空驶费",
                    "已按规则赔付", "已调整派单范围"], _at(14, 9))
    read = read_table(fmt, tmp_path / "freight", rows)
    assert [r["customer_name"] for r in read.records["complaints"]] == _NAMES


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_merged_title_over_a_survey_heads_no_questions(tmp_path: Path, fmt: str) -> None:
    head = ["ID", "Submitted At", "Respondent Name", "Efficiency", "Courtesy", "Cleanliness",
            "Comments"]
    title = [["Government Services Feedback"] * len(head)]
    rotated = [_SATISFIED[i:] + _SATISFIED[:i] for i in range(3)]
    rows = title + rows_of(head, [str(1000 + i) for i in range(_N)], _at(15, 10), _LATIN,
                           *rotated, [""] * _N)
    read = read_table(fmt, tmp_path / "feedback", rows)
    records = read.records["survey_responses"]
    assert [r["respondent"] for r in records] == _LATIN
