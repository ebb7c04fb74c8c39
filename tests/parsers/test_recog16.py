"""Issue 11, round 16: fields of a table whose kind is read right, placed by form and content
(decisions 225-229). No word is added anywhere: each mechanism reads the order of the rows,
the shape of the cells and the place of a column among the others.

Each mechanism is tested on a workbook and a Word table, with a must-read and a must-not-read
case. The cell contents are written here, not drawn from the generator's pool.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from preaudit.model.records import RecordKind
from preaudit.parsers.columns import map_columns
from tests.parsers.tables import FORMATS, assert_unlisted, read_table

_NAMES = ["宁海波", "仇晓燕", "甘立群", "鲍文静", "阮志刚", "桑雨桐"]
_PHONES = ["13912345670", "13812345671", "13712345672", "13612345673", "13512345674",
           "13412345675"]
_FAULTS = ["洗碗机排水管堵塞积水", "热水器出水忽冷忽热", "油烟机开机后噪音很大", "冰箱门灯一直不灭",
           "空调外机滴水到楼下", "微波炉转盘不转动"]


def _days(i: int) -> tuple[str, str]:
    return f"2026-06-{10 + i} 09:0{i}:00", f"2026-06-{10 + i} 15:3{i}:00"


# ------------------------------------------------------- decision 225: the number that rises

# Keys minted elsewhere, in no order on the page (an order's or a platform's numbers) …
_FOREIGN = ["58213390", "17720461", "90417752", "33068124", "71195806", "24570913"]
# … and the ledger's own numbers, minted as the records were, so rising row by row.
_OWN = ["RX7001", "RX7013", "RX7020", "RX7034", "RX7041", "RX7058"]


def _numbered(foreign: list[str], own: list[str]) -> list[list[object]]:
    # 来源单号 outscores 系统编号 as a record number by its label: the label alone takes it
    head = ["来源单号", "客户姓名", "联系电话", "系统编号", "故障描述", "报修时间", "完工时间"]
    return [head] + [[foreign[i], _NAMES[i], _PHONES[i], own[i], _FAULTS[i], *_days(i)]
                     for i in range(len(_NAMES))]


def test_the_label_alone_prefers_the_foreign_key() -> None:
    """The premise: without the rows' order the stronger label would win."""
    head = _numbered(_FOREIGN, _OWN)[0]
    shuffled = ["RX7058", "RX7001", "RX7034", "RX7013", "RX7041", "RX7020"]
    rows = _numbered(_FOREIGN, shuffled)[1:]
    assert map_columns(head, RecordKind.WORK_ORDER, rows).fields["record_id"][0] == 0


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_number_that_rises_row_by_row_numbers_the_records(tmp_path: Path, fmt: str) -> None:
    """Decision 225: of two columns labelled as numbers, the one rising row by row is the
    record's; the other stays behind it."""
    records = read_table(fmt, tmp_path / "own", _numbered(_FOREIGN, _OWN)).records["work_orders"]
    assert [r["record_id"] for r in records] == _OWN


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_row_counter_or_unordered_numbers_leave_the_label_its_reading(
        tmp_path: Path, fmt: str) -> None:
    """Must not: 1, 2, 3 … counts rows, and where neither column rises the label decides."""
    counter = [str(i + 1) for i in range(len(_NAMES))]
    records = read_table(fmt, tmp_path / "counter",
                         _numbered(_FOREIGN, counter)).records["work_orders"]
    assert [r["record_id"] for r in records] == _FOREIGN
    shuffled = ["RX7058", "RX7001", "RX7034", "RX7013", "RX7041", "RX7020"]
    records = read_table(fmt, tmp_path / "mixed",
                         _numbered(_FOREIGN, shuffled)).records["work_orders"]
    assert [r["record_id"] for r in records] == _FOREIGN


def test_columns_keeps_the_number_the_package_names(tmp_path: Path) -> None:
    """Must not: [columns] says which column numbers the records; the rows' order is not asked."""
    extracted = read_table("xlsx", tmp_path / "given", _numbered(_FOREIGN, _OWN),
                           columns={"来源单号": "record_id"})
    assert [r["record_id"] for r in extracted.records["work_orders"]] == _FOREIGN


# ------------------------------------------------------- decision 226: the phone beside the name

_STAFF = ["骆佳", "蒲晨", "骆佳", "蒲晨", "骆佳", "蒲晨"]
_STAFF_PHONES = ["17700001111", "17700002222", "17700001111", "17700002222", "17700001111",
                 "17700002222"]


def _two_phones(customer_phone: str, staff_phone: str) -> list[list[object]]:
    head = ["工单编号", "姓名", customer_phone, "故障描述", "服务人员", staff_phone, "报修时间",
            "完工时间"]
    return [head] + [[f"WO{500 + i}", _NAMES[i], _PHONES[i], _FAULTS[i], _STAFF[i],
                      _STAFF_PHONES[i], *_days(i)] for i in range(len(_NAMES))]


def test_the_label_alone_prefers_the_phone_beside_the_staff() -> None:
    """The premise: 联系电话 outranks 手机 as a synonym, wherever it stands."""
    rows = _two_phones("手机", "联系电话")
    assert map_columns(rows[0], RecordKind.WORK_ORDER, [rows[1]]).fields["customer_phone"][0] == 5


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_phone_beside_the_customers_name_is_the_customers(tmp_path: Path, fmt: str) -> None:
    """Decision 226: two phone columns that say nobody's; the one beside the customer's name
    is the customer's, the one beside the staff's names is not."""
    records = read_table(fmt, tmp_path / "beside",
                         _two_phones("手机", "联系电话")).records["work_orders"]
    assert [r["customer_phone"] for r in records] == _PHONES


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_phone_label_that_says_whose_keeps_its_column(tmp_path: Path, fmt: str) -> None:
    """Must not: 客户电话 names the customer, wherever it stands; and where the labels' choice
    already sits beside the customer's name nothing moves."""
    records = read_table(fmt, tmp_path / "named",
                         _two_phones("手机", "客户电话")).records["work_orders"]
    assert [r["customer_phone"] for r in records] == _STAFF_PHONES
    records = read_table(fmt, tmp_path / "kept",
                         _two_phones("联系电话", "手机")).records["work_orders"]
    assert [r["customer_phone"] for r in records] == _PHONES


# ------------------------------------------------------- decision 227: the whole address first

_DISTRICTS = ["江宁区", "鼓楼区", "江宁区", "玄武区", "鼓楼区", "江宁区"]
_ADDRESSES = ["南京市江宁区天元西路88号3栋502室", "南京市鼓楼区中山北路120号1单元201室",
              "南京市江宁区胜太路7号12栋1103室", "南京市玄武区龙蟠路45号2栋606室",
              "南京市鼓楼区湖南路9号5单元302室", "南京市江宁区双龙大道1500号8栋901室"]


def _two_places(first: list[str], second: list[str]) -> list[list[object]]:
    head = ["工单编号", "客户姓名", "联系电话", "区域", "所在区域", "故障描述", "报修时间", "完工时间"]
    return [head] + [[f"WO{700 + i}", _NAMES[i], _PHONES[i], first[i], second[i], _FAULTS[i],
                      *_days(i)] for i in range(len(_NAMES))]


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_column_of_whole_addresses_is_read_before_districts(tmp_path: Path, fmt: str) -> None:
    """Decision 227: two columns the labels read as the address alike; the one holding whole
    addresses is read, the districts are not."""
    records = read_table(fmt, tmp_path / "whole",
                         _two_places(_DISTRICTS, _ADDRESSES)).records["work_orders"]
    assert [r["customer_address"] for r in records] == _ADDRESSES


@pytest.mark.parametrize("fmt", FORMATS)
def test_districts_alone_or_a_stronger_label_keep_the_reading(tmp_path: Path, fmt: str) -> None:
    """Must not: with no column of whole addresses the first stays; a label that names the
    address more clearly (详细地址) keeps it even over whole addresses under a weaker one."""
    estates = ["翠屏山庄", "金陵小区", "翠屏山庄", "梅园新村", "金陵小区", "翠屏山庄"]
    records = read_table(fmt, tmp_path / "parts",
                         _two_places(_DISTRICTS, estates)).records["work_orders"]
    assert [r["customer_address"] for r in records] == _DISTRICTS
    rows = _two_places(_DISTRICTS, _ADDRESSES)
    rows[0][3] = "详细地址"
    records = read_table(fmt, tmp_path / "clear", rows).records["work_orders"]
    assert [r["customer_address"] for r in records] == _DISTRICTS


# ------------------------------------------------ decision 228: a complaint's verdict and reply

_REASONS = ["快递员未按约定时间上门取件", "包裹外箱破损内件受潮", "客服电话多次无人接听",
            "退款申请超过十天未到账", "配送员态度恶劣挂断电话", "寄件运费与下单报价不符"]
_REPLIES = ["联系快递员改约次日上午上门，已取件", "按保价条款赔付货值并致歉",
            "增开两条热线并回拨客户说明情况", "财务加急处理，退款已原路退回",
            "约谈配送员并扣减当月绩效，向客户道歉", "核对计费规则后退还多收的运费"]
_VERDICTS = ["回访时客户表示满意", "客户满意", "客户对赔付基本满意", "回访时客户表示满意",
             "客户不满意退款速度", "客户满意"]
_STATUS = ["已归档", "待复核", "已归档", "已归档", "待复核", "已归档"]  # a pick-list, no verdict


def _complaints(head: list[str], *columns: list[str]) -> list[list[object]]:
    rows: list[list[object]] = [head]
    for i in range(len(_NAMES)):
        rows.append([f"TS{880 + i}", _NAMES[i], _PHONES[i], f"2026-07-{10 + i} 10:00:00",
                     _REASONS[i], *(column[i] for column in columns)])
    return rows


_COMPLAINT_HEAD = ["投诉编号", "投诉人", "投诉人电话", "投诉时间", "投诉原因"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_verdicts_beside_a_status_under_the_feedback_label_are_the_feedback(
        tmp_path: Path, fmt: str) -> None:
    """Decision 228: the feedback's labelled column holds a status pick-list with no verdict;
    the column of verdicts is the feedback."""
    rows = _complaints([*_COMPLAINT_HEAD, "处理意见", "客户评价", "客户表态"],
                       _REPLIES, _STATUS, _VERDICTS)
    records = read_table(fmt, tmp_path / "verdict", rows).records["complaints"]
    assert [r["feedback"] for r in records] == _VERDICTS
    assert [r["handling"] for r in records] == _REPLIES


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_feedback_label_holding_phrases_with_no_rival_verdict_keeps_it(
        tmp_path: Path, fmt: str) -> None:
    """Must not: with no column of verdicts beside it, the labelled feedback stays."""
    rows = _complaints([*_COMPLAINT_HEAD, "处理意见", "客户评价"], _REPLIES, _STATUS)
    records = read_table(fmt, tmp_path / "kept", rows).records["complaints"]
    assert [r["feedback"] for r in records] == _STATUS


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_written_reply_under_a_feedback_label_is_the_handling(tmp_path: Path, fmt: str) -> None:
    """Decision 228: no column for the handling; the one labelled as feedback right of the
    reason, written out per case and no verdict, is what the office answered."""
    rows = _complaints([*_COMPLAINT_HEAD, "反馈消息"], _REPLIES)
    records = read_table(fmt, tmp_path / "reply", rows).records["complaints"]
    assert [r["handling"] for r in records] == _REPLIES


@pytest.mark.parametrize("fmt", FORMATS)
def test_verdicts_or_a_column_left_of_the_reason_are_no_handling(tmp_path: Path, fmt: str) -> None:
    """Must not: verdicts under the same label are no handling, and a written column left of
    the reason cannot answer it."""
    rows = _complaints([*_COMPLAINT_HEAD, "反馈消息"], _VERDICTS)
    records = read_table(fmt, tmp_path / "verdicts", rows).records["complaints"]
    assert all(r.get("handling") is None for r in records)
    left = [[row[0], row[5], *row[1:5]] for row in _complaints([*_COMPLAINT_HEAD, "反馈消息"],
                                                                 _REPLIES)]
    records = read_table(fmt, tmp_path / "left", left).records["complaints"]
    assert all(r.get("handling") is None for r in records)


# ------------------------------------------------------- decision 229: the head of a label


_MODELS = ["荣耀X50 5G 8+256", "红米Note13 Pro", "vivo Y78t", "OPPO A2x", "荣耀X50 5G 8+256",
           "华为畅享70"]


def _handsets(model_label: str) -> list[list[object]]:
    head = ["工单编号", "客户姓名", "联系电话", model_label, "故障描述", "报修时间", "完工时间"]
    return [head] + [[f"WO{900 + i}", _NAMES[i], _PHONES[i], _MODELS[i], _FAULTS[i], *_days(i)]
                     for i in range(len(_NAMES))]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_label_headed_by_the_thing_names_the_product(tmp_path: Path, fmt: str) -> None:
    """Decision 229: 手机型号 is a phone's model: the head (型号) names the product, the phone
    before it only says which; the column is no phone either way."""
    assert_unlisted(["手机型号"])
    records = read_table(fmt, tmp_path / "model", _handsets("手机型号")).records["work_orders"]
    assert [r["product"] for r in records] == _MODELS
    assert [r["customer_phone"] for r in records] == _PHONES


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_label_headed_by_the_phone_is_no_product(tmp_path: Path, fmt: str) -> None:
    """Must not: 型号电话 is headed by the phone (a hotline for the model): no product."""
    records = read_table(fmt, tmp_path / "phone", _handsets("型号电话")).records["work_orders"]
    assert all(r.get("product") is None for r in records)


_CREW = ["伍师傅", "祁建", "伍师傅", "祁建", "伍师傅", "祁建"]


def _crew(label: str) -> list[list[object]]:
    head = ["工单编号", "客户姓名", "联系电话", "故障描述", label, "报修时间", "完工时间"]
    return [head] + [[f"WO{950 + i}", _NAMES[i], _PHONES[i], _FAULTS[i], _CREW[i], *_days(i)]
                     for i in range(len(_NAMES))]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_qualifier_in_brackets_after_a_bare_label_is_read_before_it(
        tmp_path: Path, fmt: str) -> None:
    """Decision 229: 人员（检修） reads nothing without its bracket; read as 检修人员 it names
    who did the work."""
    assert_unlisted(["人员（检修）"])
    records = read_table(fmt, tmp_path / "crew", _crew("人员（检修）")).records["work_orders"]
    assert [r["technician"] for r in records] == _CREW


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_bracket_that_names_no_field_reads_as_nothing(tmp_path: Path, fmt: str) -> None:
    """Must not: 人员（仓库） (the warehouse's staff) names nobody of the order."""
    records = read_table(fmt, tmp_path / "store", _crew("人员（仓库）")).records["work_orders"]
    assert all(r.get("technician") is None for r in records)


# ------------------------------------------- decision 219 kept to one mark (a title line is no label)


def test_a_title_line_with_an_export_time_is_no_qualified_label() -> None:
    """Must not: 导出时间：… 制表：工程师 (a title row read as a header) has many marks; it is a
    line of text, not a qualifier and a label, and names no technician. One mark still
    splits (decision 219)."""
    from preaudit.parsers.headers import field_candidates

    line = "导出时间：2026-10-08 09:30:00 制表：工程师"
    assert field_candidates(line, RecordKind.WORK_ORDER) == {}
    assert field_candidates("坐席：回访编号", RecordKind.SURVEY_RESPONSE) == field_candidates(
        "回访编号", RecordKind.SURVEY_RESPONSE)
