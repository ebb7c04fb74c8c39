"""Issue 11, round 14: a column's field from its content where its label says nothing
(decisions 206-210). No word is added anywhere: each mechanism reads the shape of the cells
(codes, names, written text, marks) and the table's order.

Each mechanism is tested on a workbook and a Word table, with a must-read and a must-not-read
case. The neutral labels (栏1, 栏2 …) name nothing; the labels kept beside them are listed
synonyms so that only the neutral column is in question, and the cell contents are written
here, not drawn from the generator's pool.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from preaudit.model.records import RecordKind
from preaudit.parsers.columns import map_columns
from tests.parsers.tables import FORMATS, assert_unlisted, read_table

NEUTRAL = ["栏1", "栏2", "栏3", "栏4"]


def test_the_neutral_labels_used_here_are_not_synonyms() -> None:
    assert_unlisted(NEUTRAL)


_NAMES = ["宁海波", "仇晓燕", "甘立群", "鲍文静", "阮志刚", "桑雨桐"]
_PHONES = ["13912345670", "13812345671", "13712345672", "13612345673", "13512345674",
           "13412345675"]
_FAULTS = ["洗碗机排水管堵塞积水", "热水器出水忽冷忽热", "油烟机开机后噪音很大", "冰箱门灯一直不灭",
           "空调外机滴水到楼下", "微波炉转盘不转动"]
_REMEDIES = ["疏通排水管并清理滤网，试机排水顺畅", "更换水流传感器，出水温度稳定",
             "紧固风轮并加装减震垫，噪音消除", "更换门控开关，门灯开关正常",
             "重新铺设冷凝水管接入下水，不再滴水", "更换转盘电机，转动正常"]
_CREW = ["伍师傅", "祁建", "伍师傅", "祁建", "伍师傅", "祁建"]  # two staff taking turns


def _days(i: int) -> tuple[str, str]:
    return f"2026-06-{10 + i} 09:0{i}:00", f"2026-06-{10 + i} 15:3{i}:00"


def _orders(head: list[str], cell) -> list[list[object]]:  # type: ignore[no-untyped-def]
    return [head] + [[cell(i, label) for label in head] for i in range(len(_NAMES))]


# ------------------------------------------------------------------ decision 206: record id


def _id_table(ids: list[str]) -> list[list[object]]:
    head = ["栏1", "客户姓名", "联系电话", "故障描述", "报修时间", "完工时间"]
    return [head] + [[ids[i], _NAMES[i], _PHONES[i], _FAULTS[i], *_days(i)]
                     for i in range(len(_NAMES))]


@pytest.mark.parametrize("fmt", FORMATS)
def test_codes_no_row_repeats_under_a_silent_label_number_the_records(
        tmp_path: Path, fmt: str) -> None:
    """Decision 206: a column of letter-and-digit codes, each on one row only, is the record
    number when no label names one."""
    ids = [f"WX-6{i:02d}{7 * i:03d}" for i in range(len(_NAMES))]
    records = read_table(fmt, tmp_path / "ids", _id_table(ids)).records["work_orders"]
    assert [r["record_id"] for r in records] == ids


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_row_counter_or_repeated_codes_number_no_record(tmp_path: Path, fmt: str) -> None:
    """Must not: 1, 2, 3 … counts rows; codes that repeat (a category) number nothing."""
    counter = [str(i + 1) for i in range(len(_NAMES))]
    records = read_table(fmt, tmp_path / "counter", _id_table(counter)).records["work_orders"]
    assert all(r.get("record_id") is None for r in records)
    repeated = ["K7", "K7", "M2", "K7", "M2", "K7"]
    records = read_table(fmt, tmp_path / "codes", _id_table(repeated)).records["work_orders"]
    assert all(r.get("record_id") is None for r in records)


def test_a_rising_integer_key_numbers_the_records_an_amount_does_not() -> None:
    head = ["栏1", "客户姓名", "联系电话", "故障描述", "报修时间", "完工时间"]
    rows = _id_table([str(5000 + 13 * i) for i in range(len(_NAMES))])[1:]
    assert map_columns(head, RecordKind.WORK_ORDER, rows).fields["record_id"] == [0]
    amounts = [[str(a), *row[1:]] for a, row in zip([120, 80, 260, 95, 310, 45], rows, strict=True)]
    assert "record_id" not in map_columns(head, RecordKind.WORK_ORDER, amounts).fields


# ------------------------------------------------------- decision 207: the course in page order


def _text_table(head: list[str], extra=None) -> list[list[object]]:  # type: ignore[no-untyped-def]
    rows = []
    for i in range(len(_NAMES)):
        cells = {"工单编号": f"GD{i:03d}", "客户姓名": _NAMES[i], "联系电话": _PHONES[i],
                 "栏1": _FAULTS[i], "栏2": _REMEDIES[i], "报修时间": _days(i)[0],
                 "完工时间": _days(i)[1], "栏3": (extra or _FAULTS)[i]}
        rows.append([cells[label] for label in head])
    return [head, *rows]


@pytest.mark.parametrize("fmt", FORMATS)
def test_two_silent_text_columns_are_the_fault_then_the_remedy(tmp_path: Path, fmt: str) -> None:
    """Decision 207: written text under labels that say nothing, in page order: what was
    wrong, then what was done."""
    head = ["工单编号", "客户姓名", "联系电话", "栏1", "栏2", "报修时间", "完工时间"]
    records = read_table(fmt, tmp_path / "text", _text_table(head)).records["work_orders"]
    assert [r["issue"] for r in records] == _FAULTS
    assert [r["resolution"] for r in records] == _REMEDIES


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_silent_text_column_after_the_labelled_fault_is_the_remedy(
        tmp_path: Path, fmt: str) -> None:
    head = ["工单编号", "客户姓名", "联系电话", "故障描述", "栏2", "报修时间", "完工时间"]
    rows = _text_table(["工单编号", "客户姓名", "联系电话", "栏1", "栏2", "报修时间", "完工时间"])
    rows[0] = head
    records = read_table(fmt, tmp_path / "after", rows).records["work_orders"]
    assert [r["resolution"] for r in records] == _REMEDIES


@pytest.mark.parametrize("fmt", FORMATS)
def test_more_silent_text_columns_than_steps_are_left_unread(tmp_path: Path, fmt: str) -> None:
    """Must not: three text columns for two steps: nobody can say which is which, so none is
    read (and the notes say the fields have no column), never a guess."""
    head = ["工单编号", "客户姓名", "联系电话", "栏1", "栏3", "栏2", "报修时间", "完工时间"]
    extracted = read_table(fmt, tmp_path / "three", _text_table(head, _REMEDIES[::-1]))
    records = extracted.records["work_orders"]
    assert all(r.get("issue") is None and r.get("resolution") is None for r in records)


_GRIEVANCES = ["安装师傅把地板划出长痕", "预约三次都没有人上门", "换下的旧件没有退还给我",
               "发票金额和付款不符", "客服承诺的回电一直没有", "保修期内仍被收取上门费"]
_ANSWERS = ["上门道歉并赔偿地板修复费用", "指定专人当日上门并减免服务费", "寄回旧件并书面说明",
            "重新开具发票并退还差额", "主管当日回电并致歉", "退还上门费并通报相关人员"]
_VERDICTS = ["回访时表示满意", "对处理不满意", "比较满意，希望改进", "满意，已解决", "基本满意",
             "非常满意，谢谢"]


def _complaints(head: list[str], verdicts: list[str] | None = None) -> list[list[object]]:
    rows = []
    for i in range(len(_NAMES)):
        cells = {"投诉编号": f"TS{i:03d}", "投诉人": _NAMES[i], "联系电话": _PHONES[i],
                 "栏1": (verdicts or _VERDICTS)[i], "栏2": _GRIEVANCES[i], "栏3": _ANSWERS[i],
                 "投诉时间": _days(i)[0], "结案时间": f"2026-06-2{i} 10:00:00",
                 "栏4": _VERDICTS[::-1][i]}
        rows.append([cells[label] for label in head])
    return [head, *rows]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_silent_verdict_is_the_feedback_wherever_it_stands(tmp_path: Path, fmt: str) -> None:
    """Decision 207: the customer's verdict, written with the satisfaction scale's words, is a
    complaint's feedback even left of the complaint; the other two text columns are the
    complaint and its handling, in page order."""
    head = ["投诉编号", "投诉人", "联系电话", "栏1", "栏2", "栏3", "投诉时间", "结案时间"]
    records = read_table(fmt, tmp_path / "verdict", _complaints(head)).records["complaints"]
    assert [r["feedback"] for r in records] == _VERDICTS
    assert [r["reason"] for r in records] == _GRIEVANCES
    assert [r["handling"] for r in records] == _ANSWERS


@pytest.mark.parametrize("fmt", FORMATS)
def test_two_silent_verdicts_are_neither_the_feedback(tmp_path: Path, fmt: str) -> None:
    """Must not: two columns of verdicts, and nothing says which is the customer's: neither
    is read as the feedback, nor as the complaint or its handling."""
    head = ["投诉编号", "投诉人", "联系电话", "栏1", "栏2", "栏3", "栏4", "投诉时间", "结案时间"]
    records = read_table(fmt, tmp_path / "two", _complaints(head)).records["complaints"]
    assert all(r.get("feedback") is None for r in records)
    assert [r["reason"] for r in records] == _GRIEVANCES


@pytest.mark.parametrize("fmt", FORMATS)
def test_boilerplate_and_tokens_are_no_written_step(tmp_path: Path, fmt: str) -> None:
    """Must not: the same phrase on most rows (见附件说明) and addresses of mail are no
    account of a case, so two such columns are not the fault and the remedy."""
    head = ["工单编号", "客户姓名", "联系电话", "栏1", "栏2", "报修时间", "完工时间"]
    rows = _text_table(head)
    for i, row in enumerate(rows[1:]):
        row[3] = "见附件说明" if i % 3 else "以现场记录为准"
        row[4] = f"staff{40 + i}@repair-desk.cn"
    records = read_table(fmt, tmp_path / "boiler", rows).records["work_orders"]
    assert all(r.get("issue") is None and r.get("resolution") is None for r in records)


# ------------------------------------------------------------ decision 208: people by shape


def _people_table(head: list[str], technicians: list[str]) -> list[list[object]]:
    rows = []
    for i in range(len(_NAMES)):
        cells = {"工单编号": f"GD{i:03d}", "栏1": _NAMES[i], "联系电话": _PHONES[i],
                 "故障描述": _FAULTS[i], "报修时间": _days(i)[0], "完工时间": _days(i)[1],
                 "栏2": technicians[i]}
        rows.append([cells[label] for label in head])
    return [head, *rows]


@pytest.mark.parametrize("fmt", FORMATS)
def test_names_that_do_not_repeat_are_the_customers_and_names_that_do_are_left_alone(
        tmp_path: Path, fmt: str) -> None:
    """Decision 208: beside the customer's phone, a column of distinct names is the customer.
    Two names taking turns over every order are no customers; by shape alone they are no
    technician either (categories repeat as short words too), so they stay unread."""
    head = ["工单编号", "栏1", "联系电话", "故障描述", "报修时间", "完工时间", "栏2"]
    records = read_table(fmt, tmp_path / "people", _people_table(head, _CREW)).records["work_orders"]
    assert [r["customer_name"] for r in records] == _NAMES
    assert all(r.get("technician") is None for r in records)
    head = ["工单编号", "栏2", "联系电话", "故障描述", "报修时间", "完工时间"]
    records = read_table(fmt, tmp_path / "crew", _people_table(head, _CREW)).records["work_orders"]
    assert all(r.get("customer_name") is None for r in records)


@pytest.mark.parametrize("fmt", FORMATS)
def test_of_two_columns_of_distinct_names_only_the_one_nearer_the_phone_is_the_customer(
        tmp_path: Path, fmt: str) -> None:
    """Must not: of two columns of distinct names, the one beside the phone is the
    customer's; the other is read as nothing."""
    others = ["褚红梅", "柏子轩", "霍佳怡", "蒯振东", "鄢秋菊", "訾国栋"]
    head = ["工单编号", "栏1", "联系电话", "故障描述", "报修时间", "完工时间", "栏2"]
    records = read_table(fmt, tmp_path / "two", _people_table(head, others)).records["work_orders"]
    assert [r["customer_name"] for r in records] == _NAMES
    assert all(r.get("technician") is None for r in records)


def _named_twice(label: str, labelled: list[str]) -> list[list[object]]:
    head = ["工单编号", label, "栏1", "联系电话", "故障描述", "报修时间", "完工时间"]
    return [head] + [[f"GD{i:03d}", labelled[i], _NAMES[i], _PHONES[i], _FAULTS[i], *_days(i)]
                     for i in range(len(_NAMES))]


_FIRMS = ["江南水务集团有限公司", "临港智造产业园管理处", "东海渔具贸易有限公司",
          "北郊物流仓储中心", "西岭酒店管理有限公司", "南湖文旅发展有限公司"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_labelled_name_column_of_staff_or_firms_yields_to_distinct_names_by_the_phone(
        tmp_path: Path, fmt: str) -> None:
    """Decision 208: 联系人 holding the same two staff names row after row holds no customers:
    the silent column of distinct names beside the phone does. A firm stays behind the person
    as the customer where the person's cell is empty."""
    records = read_table(fmt, tmp_path / "staff", _named_twice("联系人", _CREW)).records["work_orders"]
    assert [r["customer_name"] for r in records] == _NAMES
    rows = _named_twice("客户名称", _FIRMS)
    rows[2][2] = None
    records = read_table(fmt, tmp_path / "firms", rows).records["work_orders"]
    assert [r["customer_name"] for r in records] == [*_NAMES[:1], _FIRMS[1], *_NAMES[2:]]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_labelled_column_of_distinct_names_keeps_the_customer(tmp_path: Path, fmt: str) -> None:
    """Must not: where the label's column holds distinct people, a silent column of names
    beside the phone takes nothing from it."""
    others = ["褚红梅", "柏子轩", "霍佳怡", "蒯振东", "鄢秋菊", "訾国栋"]
    records = read_table(fmt, tmp_path / "kept", _named_twice("联系人", others)).records["work_orders"]
    assert [r["customer_name"] for r in records] == others


@pytest.mark.parametrize("fmt", FORMATS)
def test_steps_of_a_rating_scale_are_no_crew_however_short(tmp_path: Path, fmt: str) -> None:
    """Must not: 满意 and 一般 repeat as a crew's names do and are as short, but they rate."""
    grades = ["满意", "一般", "满意", "满意", "一般", "满意"]
    head = ["工单编号", "栏1", "联系电话", "故障描述", "报修时间", "完工时间", "栏2"]
    records = read_table(fmt, tmp_path / "rated", _people_table(head, grades)).records["work_orders"]
    assert all(r.get("technician") is None for r in records)


# --------------------------------------------------------------- decision 209: the sign-off


def _signed_table(signs: list[str]) -> list[list[object]]:
    head = ["工单编号", "客户姓名", "联系电话", "故障描述", "报修时间", "完工时间", "栏1"]
    return [head] + [[f"GD{i:03d}", _NAMES[i], _PHONES[i], _FAULTS[i], *_days(i), signs[i]]
                     for i in range(len(_NAMES))]


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_customers_own_name_or_a_mark_on_every_row_is_the_signature(
        tmp_path: Path, fmt: str) -> None:
    """Decision 209: the row's own customer name or a tick: the customer signed."""
    signs = [_NAMES[0], "√", _NAMES[2], "✓", _NAMES[4], _NAMES[5]]
    records = read_table(fmt, tmp_path / "signed", _signed_table(signs)).records["work_orders"]
    assert [r["signature"] for r in records] == signs


@pytest.mark.parametrize("fmt", FORMATS)
def test_another_persons_name_or_ticks_alone_are_no_signature(tmp_path: Path, fmt: str) -> None:
    """Must not: a name that is not the row's customer (a checker), or ticks that tie to
    nobody, are no customer's sign-off."""
    signs = [_NAMES[0], "√", _NAMES[3], "✓", _NAMES[4], _NAMES[5]]
    records = read_table(fmt, tmp_path / "other", _signed_table(signs)).records["work_orders"]
    assert all(r.get("signature") is None for r in records)
    ticks = ["√"] * len(_NAMES)
    records = read_table(fmt, tmp_path / "ticks", _signed_table(ticks)).records["work_orders"]
    assert all(r.get("signature") is None for r in records)


# -------------------------------------------- decision 210: content completes, never makes


@pytest.mark.parametrize("fmt", FORMATS)
def test_silent_columns_of_codes_names_and_text_make_no_ledger(tmp_path: Path, fmt: str) -> None:
    """Must not: a staff list with a code, a name and a remark under silent labels beside a
    name and a phone is no work-order ledger because content could fill fields."""
    head = ["姓名", "联系电话", "栏1", "栏2", "栏3"]
    rows = [head] + [[_NAMES[i], _PHONES[i], f"EMP-{300 + i}", _CREW[i], _REMEDIES[i]]
                     for i in range(len(_NAMES))]
    extracted = read_table(fmt, tmp_path / "staff", rows)
    assert not extracted.records.get("work_orders")
    assert not extracted.records.get("complaints")
