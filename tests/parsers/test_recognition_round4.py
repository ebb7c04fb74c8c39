"""Issue 11, fourth round: what the perturbation harness (bench/layouts/perturb.py) found.

Every mechanism is tested in a workbook and in a Word table with a must-read and a
must-not-read case, on invented labels (none a synonym, a test keeps it so):
- a title merged over every column is no group heading of a two-level header;
- a day column and a clock column of one event (反映日期 + 反映时间, the clock column first) are one instant, and the
  clock never joins another event's date;
- 名字 and 称呼, like 姓名, only ever name a person;
- 待定, 无 or — in the number column is no record number;
- the fixes the six fourth-round seen layouts asked for, and English column names.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from preaudit.model.records import RecordKind
from preaudit.parsers import parse_file
from preaudit.parsers.meaning import field_scores
from sample_data.gen.builders import word_with_table
from tests.parsers.tables import FORMATS, LIMITS, assert_unlisted

CP, WO = RecordKind.COMPLAINT, RecordKind.WORK_ORDER

INVENTED = ["来信人名字", "来信日期", "来信时间", "反映日期", "反映时间", "用户称呼",
            "检修工单明细", "设备名字"]


def test_the_labels_used_here_are_not_synonyms() -> None:
    assert_unlisted(INVENTED)


def _read(fmt: str, path: Path, rows: list[list[object]], title: str = ""):
    """The rows as a workbook (a title merged over every column above them) or a Word table
    (the title in every cell of its first row, as a merged Word row reads)."""
    width = len(rows[0])
    if fmt == "xlsx":
        written = path.with_suffix(".xlsx")
        book = openpyxl.Workbook()
        sheet = book.active
        if title:
            sheet.append([title])
            sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
        for row in rows:
            sheet.append(row)
        book.save(written)
    else:
        written = path.with_suffix(".docx")
        table = ([[title] * width] if title else []) + rows
        word_with_table(written, "", [["" if c is None else str(c) for c in r] for r in table])
    return parse_file(written, written.name, LIMITS)[1]


# ------------------------------------------- a merged title is no group heading

_LETTERS = ["编号", "来信人名字", "投诉电话", "投诉内容", "处理情况", "回访意见", "来信日期"]


def _letters(count: int = 3) -> list[list[object]]:
    return [[f"X{i}", f"华{i}", f"1370000{i:04d}", "物业费账单重复收取", "已退还多收费用",
             "满意", f"2026-09-1{i}"] for i in range(1, count + 1)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_title_merged_over_the_header_is_not_read_into_it(tmp_path: Path, fmt: str) -> None:
    extracted = _read(fmt, tmp_path / "letters", [_LETTERS, *_letters()], title="数据导出明细")
    records = extracted.records["complaints"]
    assert len(records) == 3 and not extracted.records.get("work_orders")
    assert records[0]["customer_name"] == "华1" and records[0]["reason"] == "物业费账单重复收取"


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_real_group_heading_still_joins_the_labels_below(tmp_path: Path, fmt: str) -> None:
    upper = ["工单号", "客户", "客户", "故障描述", "维修结果", "时间", "时间"]
    lower = [None, "姓名", "电话", None, None, "报修", "完成"]
    rows = [upper, lower] + [[f"W{i}", f"钱{i}", f"1360000{i:04d}", "不制冷", "补充冷媒",
                              f"2026-09-0{i} 09:00", f"2026-09-0{i} 15:00"] for i in range(1, 4)]
    records = _read(fmt, tmp_path / "two_level", rows).records["work_orders"]
    assert len(records) == 3
    assert records[0]["customer_name"] == "钱1"
    assert records[0]["completed_at"].hour == 15  # 时间 over 完成: the two together


# ------------------------------------------- a day column and a clock column

_HANDLED = ["编号", "投诉人", "投诉电话", "投诉内容", "处理情况", "回访意见", "反映时间", "办结时间",
            "反映日期"]


def _handled(count: int = 3) -> list[list[object]]:
    return [[f"T{i}", f"韦{i}", f"1350000{i:04d}", "快递延误", "补发并致歉", "满意",
             "14:35", f"2026-10-2{i}", f"2026-10-0{i}"] for i in range(1, count + 1)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_day_and_a_clock_of_one_event_are_one_instant(tmp_path: Path, fmt: str) -> None:
    records = _read(fmt, tmp_path / "handled", [_HANDLED, *_handled()]).records["complaints"]
    assert len(records) == 3
    received = records[1]["received_at"]
    assert (received.day, received.hour, received.minute) == (2, 14, 35)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_clock_never_joins_another_events_date(tmp_path: Path, fmt: str) -> None:
    """办结时间 is a day of its own: the clock of 反映时间 does not make it 2026-10-2x 14:35."""
    records = _read(fmt, tmp_path / "handled", [_HANDLED, *_handled()]).records["complaints"]
    closed = records[0]["closed_at"]
    assert closed is None or (closed.day, closed.hour) == (21, 0)
    assert records[0]["received_at"].day == 1


_DONE = ["单号", "客户姓名", "联系电话", "故障描述", "处理结果", "处理时间", "关闭时间", "处理日期"]


def _done(count: int = 3) -> list[list[object]]:
    return [[f"D{i}", f"闻{i}", f"1330000{i:04d}", "洗衣机不排水", "清理排水泵", "16:20",
             f"2026-09-1{i}", f"2026-09-0{i}"] for i in range(1, count + 1)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_clock_read_first_joins_its_own_day(tmp_path: Path, fmt: str) -> None:
    """处理时间 holds only clocks and 关闭时间 is another day: the order is done on 处理日期
    at 16:20, never on the closing day at 16:20."""
    records = _read(fmt, tmp_path / "done", [_DONE, *_done()]).records["work_orders"]
    assert len(records) == 3
    done = records[2]["completed_at"]
    assert (done.month, done.day, done.hour, done.minute) == (9, 3, 16, 20)


# ------------------------------------------- 名字 and 称呼 name a person

def test_mingzi_and_chenghu_name_a_person_but_not_a_thing() -> None:
    assert field_scores("来信人名字", CP).get("customer_name", 0) >= 0.9
    assert field_scores("用户称呼", WO).get("customer_name", 0) >= 0.9
    assert "customer_name" not in field_scores("设备名字", WO)


_REPAIRS = ["检修工单明细", "名字", "手机", "设备名字", "故障现象", "处理结果", "报修时间"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_bare_mingzi_column_is_the_customer(tmp_path: Path, fmt: str) -> None:
    rows = [_REPAIRS] + [[f"J{i}", f"祁{i}", f"1380000{i:04d}", "燃气热水器", "点火失败",
                          "更换点火针", f"2026-09-0{i} 10:00"] for i in range(1, 4)]
    records = _read(fmt, tmp_path / "repairs", rows).records["work_orders"]
    assert len(records) == 3
    assert records[0]["customer_name"] == "祁1"
    assert records[0]["product"] == "燃气热水器"  # 设备名字 is the product, never a person


# ------------------------------------------- 待定 in the number column is no number

_NUMBERED = ["维修单ID", "客户姓名", "联系电话", "故障描述", "处理结果", "报修时间"]


def _numbered(numbers: list[str]) -> list[list[object]]:
    return [[number, f"伍{i}", f"1320000{i:04d}", "热水器漏水", "更换密封圈", f"2026-09-0{i} 09:30"]
            for i, number in enumerate(numbers, start=1)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_placeholder_numbers_are_no_numbers(tmp_path: Path, fmt: str) -> None:
    rows = [_NUMBERED, *_numbered(["待定", "W-2", "待定", "—"])]
    records = _read(fmt, tmp_path / "numbers", rows).records["work_orders"]
    assert [r["record_id"] for r in records] == [None, "W-2", None, None]


@pytest.mark.parametrize("fmt", FORMATS)
def test_real_numbers_are_still_read(tmp_path: Path, fmt: str) -> None:
    rows = [_NUMBERED, *_numbered(["W-1", "W-2", "W-3"])]
    records = _read(fmt, tmp_path / "numbers", rows).records["work_orders"]
    assert [r["record_id"] for r in records] == ["W-1", "W-2", "W-3"]


# ------------------------------------------- what the six new seen layouts showed

_DESK = ["工单流水号", "投诉区域", "客户联系电话", "详细投诉地址", "投诉内容", "系统接单时间"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_complaint_desks_tickets_are_complaints(tmp_path: Path, fmt: str) -> None:
    rows = [_DESK] + [[f"G{i}", "东区", f"1310000{i:04d}", "东区幸福路8号", "夜间信号差通话中断",
                       f"2026-09-0{i} 20:15"] for i in range(1, 4)]
    extracted = _read(fmt, tmp_path / "desk", rows)
    assert not extracted.records.get("work_orders")
    records = extracted.records["complaints"]
    assert len(records) == 3 and records[0]["reason"] == "夜间信号差通话中断"
    assert records[0]["received_at"].hour == 20  # 系统接单时间: when the desk took it in


_CITY = ["工单编号", "诉求分类", "诉求来源", "主要内容", "处理结果", "来电人", "来电人电话", "来电时间",
         "办结时间"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_hotline_repair_ticket_stays_a_work_order(tmp_path: Path, fmt: str) -> None:
    """诉求 (a request) is no 投诉: 工单 still names work orders here."""
    rows = [_CITY] + [[f"H{i}", "水电报修", "电话", "楼道灯不亮", "更换灯管", f"严{i}",
                       f"1300000{i:04d}", f"2026-09-0{i} 08:10", f"2026-09-0{i} 16:00"]
                      for i in range(1, 4)]
    extracted = _read(fmt, tmp_path / "city", rows)
    assert not extracted.records.get("complaints")
    assert len(extracted.records["work_orders"]) == 3


def test_taking_a_ticket_receives_a_complaint_but_responds_to_an_order() -> None:
    assert field_scores("系统接单时间", CP).get("received_at", 0) > 0.5
    assert "received_at" not in field_scores("接单人", CP)
    assert set(field_scores("接单时间", WO)) == {"responded_at"}


_REASONS = ["单号", "投诉人", "投诉电话", "投诉原由", "投诉描述", "处理结果", "回访意见", "投诉时间"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_complaints_reason_is_its_written_text_not_its_code(tmp_path: Path, fmt: str) -> None:
    rows = [_REASONS] + [[f"R{i}", f"雷{i}", f"1550000{i:04d}", "A类", f"电梯第{i}次困人无人处理",
                          "已约谈维保单位", "满意", f"2026-09-1{i}"] for i in range(1, 4)]
    records = _read(fmt, tmp_path / "reasons", rows).records["complaints"]
    assert [r["reason"] for r in records] == [f"电梯第{i}次困人无人处理" for i in range(1, 4)]


_STAFF = ["维修单ID", "报修人姓名", "联系电话", "报修情况描述", "维修结果描述", "报修时间", "受理人姓名",
          "维修人姓名"]


def _staffed(columns: list[str]) -> list[list[object]]:
    full = [[f"M{i}", f"乔{i}", f"1510000{i:04d}", "空调滴水", "疏通排水管", f"2026-09-0{i} 10:00",
             "罗晓梅", f"柏志{'强刚勇'[i - 1]}"] for i in range(1, 4)]
    keep = [_STAFF.index(c) for c in columns]
    return [columns] + [[row[k] for k in keep] for row in full]


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_repairer_is_the_technician_not_the_desk(tmp_path: Path, fmt: str) -> None:
    records = _read(fmt, tmp_path / "staff", _staffed(_STAFF)).records["work_orders"]
    assert records[0]["technician"] == "柏志强"


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_desk_is_the_technician_where_no_one_else_is(tmp_path: Path, fmt: str) -> None:
    columns = [c for c in _STAFF if c != "维修人姓名"]
    records = _read(fmt, tmp_path / "desk_only", _staffed(columns)).records["work_orders"]
    assert records[0]["technician"] == "罗晓梅"


def test_baoxiuren_is_the_customer_but_a_warranty_is_not() -> None:
    assert field_scores("保修人", WO).get("customer_name", 0) >= 0.9
    assert "customer_name" not in field_scores("保修期", WO)


# ------------------------------------------- English column names kept by exports

_ENGLISH = ["complaint_id", "userName", "user_phone", "complaintContent", "handle_result",
            "user_feedback", "createTime", "finish_time"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_english_column_names_are_read_by_their_parts(tmp_path: Path, fmt: str) -> None:
    rows = [_ENGLISH] + [[f"E{i}", f"温{i}", f"1590000{i:04d}", "物业费多收", "已退还差额", "满意",
                          f"2026-09-0{i} 09:00", f"2026-09-1{i} 17:30"] for i in range(1, 4)]
    records = _read(fmt, tmp_path / "english", rows).records["complaints"]
    assert len(records) == 3
    first = records[0]
    assert (first["customer_name"], first["customer_phone"]) == ("温1", "15900000001")
    assert (first["reason"], first["handling"]) == ("物业费多收", "已退还差额")
    assert first["received_at"].day == 1 and first["closed_at"].day == 11


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_english_staff_list_is_no_record_ledger(tmp_path: Path, fmt: str) -> None:
    rows = [["staff_id", "staff_name", "staff_phone", "department", "entry_date"]] + [
        [f"S{i}", f"甘{i}", f"1370000{i:04d}", "售后部", f"2024-03-0{i}"] for i in range(1, 4)]
    extracted = _read(fmt, tmp_path / "staff_en", rows)
    assert not any(extracted.records.get(kind) for kind in ("work_orders", "complaints",
                                                            "survey_responses"))


# ------------------------------------------- a note line over the header; 结案意见

_LONG = ["单号", "售后集团客户联系人", "联系人电话", "投诉内容", "处理情况", "结案意见", "回访用户评价",
         "投诉时间"]


def _long_rows(note: bool) -> list[list[object]]:
    rows = [[f"L{i}", f"邬{i}", f"1860000{i:04d}", "安装师傅未按约上门", "已改约并致歉", "同意结案",
             "客户表示满意", f"2026-09-0{i}"] for i in range(1, 4)]
    head = [["导出时间：2026-11-12 10:00 导出人：管理员"] + [None] * (len(_LONG) - 1)] if note else []
    return [*head, _LONG, *rows]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("note", [True, False])
def test_a_note_line_over_the_header_blanks_no_label(tmp_path: Path, fmt: str, note: bool) -> None:
    records = _read(fmt, tmp_path / "long", _long_rows(note)).records["complaints"]
    assert len(records) == 3
    assert records[0]["customer_name"] == "邬1"  # 售后集团客户联系人, long as it is
    # the customer's word is the call-back's, not the closing note's
    assert records[0]["feedback"] == "客户表示满意"


# ------------------------------------------- 用户名 is weaker than 姓名

def _accounts(columns: list[str]) -> list[list[object]]:
    full = {"编号": "A{i}", "诉求姓名": "巫{m}", "用户名": "阿{n}", "联系电话": "1880000{i:04d}",
            "诉求内容": "小区门禁卡无法使用", "回复内容": "已重新授权门禁卡", "诉求时间": "2026-09-0{i}"}
    return [columns] + [[full[c].format(i=i, n="甲乙丙"[i - 1], m="一二三"[i - 1]) for c in columns]
                        for i in range(1, 4)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_persons_name_beats_an_account_name(tmp_path: Path, fmt: str) -> None:
    columns = ["编号", "用户名", "诉求姓名", "联系电话", "诉求内容", "回复内容", "诉求时间"]
    records = _read(fmt, tmp_path / "accounts", _accounts(columns)).records["complaints"]
    assert records[0]["customer_name"] == "巫一"


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_account_name_alone_is_still_the_customer(tmp_path: Path, fmt: str) -> None:
    columns = ["编号", "用户名", "联系电话", "诉求内容", "回复内容", "诉求时间"]
    records = _read(fmt, tmp_path / "account", _accounts(columns)).records["complaints"]
    assert records[0]["customer_name"] == "阿甲"
