"""A label model learned from the tunable layouts as a gap filler (decisions 235-237, 279-280).

The model (parsers/label_model.py, its data written by bench/layouts/label_model.py --ship)
gives header evidence only for a header no rule reads and none reads as no field on purpose
(parsers/unread.py), and a field no rule-read header of the table names; it never proposes a
phone, nor a customer's field for a label that names staff. Tested on a workbook and a Word
table, must-read and must-not-read cases. The cell contents are written here, not drawn from
the generator's pool.
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest

from bench.layouts import label_model as trainer
from preaudit.model.records import RecordKind
from preaudit.parsers import label_model
from preaudit.parsers.columns import learn_gaps, map_columns
from preaudit.parsers.headers import field_candidates, normalise_header
from preaudit.parsers.unread import Decided, no_field_decided
from tests.parsers.tables import FORMATS, read_table

WO = RecordKind.WORK_ORDER


def _rules_silent(label: str) -> bool:
    return all(score < 0.5 for score, _ in field_candidates(label, WO).values())


def test_the_model_loads_from_the_installed_package() -> None:
    """The JSON ships as package data of preaudit.parsers and reads into a model of every kind."""
    shipped = resources.files("preaudit.parsers").joinpath(label_model.MODEL_FILE)
    data = json.loads(shipped.read_text(encoding="utf-8"))
    assert set(data) == {kind.value for kind in RecordKind}
    assert all(set(parts) == {"fields", "none"} for parts in data.values())
    assert label_model.shipped().best(normalise_header("报修人"), WO)[0] == "customer_name"


def test_the_shipped_file_is_what_the_script_writes_now() -> None:
    """parsers/label_model.json is trained on every tunable split by bench/layouts/label_model.py
    --ship; a corpus change without a new file fails here (decision 280)."""
    shipped = resources.files("preaudit.parsers").joinpath(label_model.MODEL_FILE)
    assert shipped.read_text(encoding="utf-8") == trainer.shipped_text()


# ------------------------------------------------- must read: labels the rules leave unread

# 报急人 (who reported the emergency) and 灾情描述 (what the damage is): no synonym, no reading by
# parts; the model reads them from 报…人 and …描述 in the labels it learned.
_READ_HEAD = ["工单编号", "报急人", "联系电话", "灾情描述", "报修时间", "处理结果", "完成时间"]
_CALLERS = ["郜明轩", "濮欣然", "韶立冬", "訾雪梅", "厍永康"]
_DAMAGE = ["楼顶水箱溢水渗到五楼", "地库排水泵不转积水", "外墙瓷砖空鼓有脱落", "单元门禁主板烧坏",
           "电梯井道有异响"]


def _hazard_orders(damage: list[str]) -> list[list[object]]:
    return [_READ_HEAD] + [
        [f"QX2026{i:03d}", _CALLERS[i], f"1390571{i:04d}", damage[i], f"2026-08-0{i + 2} 09:1{i}",
         ("已修复", "已更换", "已加固", "已更换主板", "已调整导轨")[i], f"2026-08-0{i + 3} 16:4{i}"]
        for i in range(len(_CALLERS))
    ]


def test_the_labels_are_unread_by_the_rules_and_read_by_the_model() -> None:
    """The premise of the must-read tests: if a rule learns these labels, pick others."""
    for label, name in (("报急人", "customer_name"), ("灾情描述", "issue")):
        assert _rules_silent(label), label
        assert label_model.learned_candidates(label, WO).keys() == {name}, label


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_label_only_the_model_reads_is_read(tmp_path: Path, fmt: str) -> None:
    read = read_table(fmt, tmp_path / "hazard", _hazard_orders(_DAMAGE))
    orders = read.records["work_orders"]
    assert [o["customer_name"] for o in orders] == _CALLERS
    assert [o["issue"] for o in orders] == _DAMAGE


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_model_reading_must_fit_the_content(tmp_path: Path, fmt: str) -> None:
    """灾情描述 over a column of dates is no fault description, whatever the model says."""
    dates = [f"2026-08-1{i}" for i in range(len(_CALLERS))]
    read = read_table(fmt, tmp_path / "dated", _hazard_orders(dates))
    orders = read.records["work_orders"]
    assert all(not o.get("issue") for o in orders)


# -------------------------------------------- must not read: a staff phone, an outlet name

# 技师电话 is the technician's phone, 门店名称 the outlet's name: neither the customer's.
_STAFF_HEAD = ["工单编号", "门店名称", "技师电话", "故障描述", "报修时间", "维修结果", "完成时间"]
_OUTLETS = ["城东服务站", "城西服务站", "滨江服务站", "城东服务站", "高新服务站"]
_STAFF_PHONES = [f"1357702{i:04d}" for i in range(len(_OUTLETS))]


def _outlet_orders() -> list[list[object]]:
    return [_STAFF_HEAD] + [
        [f"FW2026{i:03d}", _OUTLETS[i], _STAFF_PHONES[i], _DAMAGE[i], f"2026-09-0{i + 2} 10:0{i}",
         ("已修复", "已更换", "已加固", "已更换主板", "已调整导轨")[i], f"2026-09-0{i + 4} 11:2{i}"]
        for i in range(len(_OUTLETS))
    ]


# Staff phones no rule reads: the model's n-grams of 电话/手机 carry no owner
_STAFF_PHONE_LABELS = ("技师电话", "技师手机", "师傅电话", "技师联系电话", "技工电话")


def test_the_model_alone_would_take_the_staff_phone() -> None:
    """The premise: the model's n-grams of a phone word carry no owner, so for some staff
    phone its best guess is the customer's phone (which one moves as the model is retrained
    on more splits: 技师电话 until decision 329, 技师手机 until decision 461, 技工电话 since);
    the gate (no phone from the model) is what keeps every one of them out."""
    assert all(_rules_silent(label) for label in (*_STAFF_PHONE_LABELS, "门店名称"))
    guesses = {label: label_model.shipped().best(normalise_header(label), WO)[0]
               for label in _STAFF_PHONE_LABELS}
    assert "customer_phone" in guesses.values()
    assert all(label_model.learned_candidates(label, WO) == {} for label in _STAFF_PHONE_LABELS)
    assert label_model.learned_candidates("门店名称", WO) == {}


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_staff_phone_and_an_outlet_name_are_no_customer_fields(tmp_path: Path, fmt: str) -> None:
    read = read_table(fmt, tmp_path / "outlets", _outlet_orders())
    orders = read.records["work_orders"]
    assert [o["issue"] for o in orders] == _DAMAGE  # read as work orders all the same
    assert all(not o.get("customer_phone") for o in orders)
    assert all(not o.get("customer_name") for o in orders)


# ------------------------------- must not read: labels the rules read as no field on purpose

def test_the_rules_say_which_labels_name_no_field_on_purpose() -> None:
    """Each decided label would get a field from the model alone; the rules' decision keeps it
    out. An unknown label (报急人, 灾情描述) is decided by nobody."""
    decided = {"人员（仓库）": Decided.BRACKET, "销售人员": Decided.LOOKALIKE,
               "提交人": Decided.PARTY, "客户主键": Decided.PARTY_KEY, "时间1": Decided.BARE_TIME,
               "日期A": Decided.BARE_TIME, "反馈消息": Decided.BY_CONTENT}
    assert {label: no_field_decided(label) for label in decided} == decided
    assert no_field_decided("报急人") is None and no_field_decided("灾情描述") is None
    # a time word after parts nobody listed names no event either: the order of the steps
    # or decision 239 places it, or nothing does (test_recog19: two such dates)
    assert no_field_decided("门诊日期") is Decided.BARE_TIME


_DECIDED_HEAD = ["工单编号", "报修人", "联系电话", "故障描述", "报修时间", "处理结果", "完成时间",
                 "人员（仓库）", "销售人员"]
_KEEPERS = ["甘立新", "鄢春华", "冼文博", "仉海燕", "帅建国"]


def _orders_with_decided_labels() -> list[list[object]]:
    return [_DECIDED_HEAD] + [
        [f"GD2026{i:03d}", _CALLERS[i], f"1390571{i:04d}", _DAMAGE[i], f"2026-08-0{i + 2} 09:1{i}",
         ("已修复", "已更换", "已加固", "已更换主板", "已调整导轨")[i], f"2026-08-0{i + 3} 16:4{i}",
         _KEEPERS[i], _KEEPERS[-1 - i]]
        for i in range(len(_CALLERS))
    ]


def test_the_model_alone_would_read_the_decided_labels() -> None:
    """The premise: without the rules' decision the model would give staff a field. Which of
    the decided labels it would read moves as retired sets join its training (the twelfth's
    own sales staff taught it 销售人员 is no field, decision 344), so the premise is asked of
    the decided staff labels together; the next test holds the gate for all of them."""
    model = label_model.shipped()
    read = [label for label in ("销售人员", "人员（仓库）")
            if model.best(normalise_header(label), WO)[0] == "technician"]
    assert read


@pytest.mark.parametrize("fmt", FORMATS)
def test_labels_decided_as_no_field_get_none_from_the_model(tmp_path: Path, fmt: str) -> None:
    read = read_table(fmt, tmp_path / "decided", _orders_with_decided_labels())
    orders = read.records["work_orders"]
    assert [o["issue"] for o in orders] == _DAMAGE
    assert all(not o.get("technician") for o in orders)


# ------------------------- decision 283: the model asked last, its reading shown as learned


def test_a_learned_reading_is_marked_learned_and_a_ruled_one_not() -> None:
    """`preaudit explain` and the [columns] draft say a reading came from the model: the
    column's choice carries it (灾情描述), a rule's (工单编号) does not. Asked last, the model
    leaves 报急人 to the content pass that reads a column of distinct names beside the phone
    as the customer (decision 209) before it is asked."""
    table = _hazard_orders(_DAMAGE)
    mapped = map_columns(table[0], WO, table[1:])
    learn_gaps(mapped, table[0], table[1:])
    learned = {choice.header: choice.learned for choice in mapped.choices if choice.field}
    assert learned["灾情描述"]
    assert not learned["报急人"] and not learned["工单编号"] and not learned["联系电话"]


# The sign-off under a label no field reads is given by its cells alone (decision 256): the
# row's own customer name or a mark. 客户回执联 (the customer's receipt copy) over a name with a
# word beside it (彭德明 已签收) is no such column, and the model, which reads the label as
# the signature, is not asked for it.
_RECEIPT_HEAD = ["工单编号", "报修人", "联系电话", "故障描述", "报修时间", "处理结果", "客户回执联"]


def _receipted_orders(receipts: list[str]) -> list[list[object]]:
    return [_RECEIPT_HEAD] + [
        [f"GD2026{i:03d}", _CALLERS[i], f"1390571{i:04d}", _DAMAGE[i], f"2026-08-0{i + 2} 09:1{i}",
         ("已修复", "已更换", "已加固", "已更换主板", "已调整导轨")[i], receipts[i]]
        for i in range(len(_CALLERS))
    ]


def test_the_model_alone_would_read_the_receipt_and_a_product_number() -> None:
    """The premise: without decision 283 the model would give these labels a field."""
    assert _rules_silent("客户回执联") and _rules_silent("产品编号")
    assert label_model.learned_candidates("客户回执联", WO).keys() == {"signature"}
    assert label_model.learned_candidates("产品编号", WO).keys() == {"product"}
    assert no_field_decided("客户回执联") is None
    assert no_field_decided("产品编号") is Decided.UNIT_KEY


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_receipt_its_cells_refuse_is_no_learned_signature(tmp_path: Path, fmt: str) -> None:
    """Must not: names with a word beside them are not the row's own name alone; the content
    pass refused the column, so the model's reading of its label does not reopen it."""
    receipts = [f"{name} 已签收" for name in _CALLERS]
    orders = read_table(fmt, tmp_path / "receipt", _receipted_orders(receipts)).records[
        "work_orders"]
    assert [o["issue"] for o in orders] == _DAMAGE
    assert all(o.get("signature") is None for o in orders)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_receipt_of_the_customers_own_names_is_still_the_signature(
        tmp_path: Path, fmt: str) -> None:
    """Must read: the same label over the row's own customer names is the sign-off, by its
    cells (decision 256), as before the model was asked at all."""
    orders = read_table(fmt, tmp_path / "signed", _receipted_orders(_CALLERS)).records[
        "work_orders"]
    assert [o["signature"] for o in orders] == _CALLERS


# ------------------------- decision 285: the model completes a reading, never makes a kind
# A ledger of people served with what was done, under labels only the model reads (执行情况)
# beside 备注: the rules leave its kind to themselves; the model's remedy must not tip it.
_UNSURE_HEAD = ["用户", "手机", "执行情况", "备注"]
_DONE = ["疏通冷凝水管，试机无滴漏", "更换读卡头，刷卡正常", "更换风扇模组，噪音消除",
         "升级录像机固件，画面流畅", "清理搓纸轮并更换分页器"]


def _kind_tables() -> dict[str, list[list[object]]]:
    unsure = [_UNSURE_HEAD] + [[_CALLERS[i], f"1391234{i:04d}", _DONE[i], ""]
                               for i in range(len(_CALLERS))]
    return {"hazard": _hazard_orders(_DAMAGE), "unsure": unsure, "outlets": _outlet_orders()}


def test_the_rules_reading_has_no_learned_field_until_the_gaps_are_filled() -> None:
    """Recognition judges kinds on map_columns' reading; only learn_gaps asks the model."""
    table = _hazard_orders(_DAMAGE)
    mapped = map_columns(table[0], WO, table[1:])
    assert "issue" not in mapped.fields and not any(c.learned for c in mapped.choices)
    learn_gaps(mapped, table[0], table[1:])
    assert "issue" in mapped.fields


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_model_never_changes_a_tables_kind(tmp_path: Path, fmt: str,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """Decision 285: the kinds a file is read as are the same with the model and without it
    (with it in the kind judgement, the unsure ledger was records of unproven kind instead
    of the complaints the rules read), while the model still fills the hazard orders' fault."""
    with_model = {name: read_table(fmt, tmp_path / f"{name}-with", rows)
                  for name, rows in _kind_tables().items()}
    monkeypatch.setattr("preaudit.parsers.columns.learned_candidates", lambda *_: {})
    without = {name: read_table(fmt, tmp_path / f"{name}-without", rows)
               for name, rows in _kind_tables().items()}
    for name in with_model:
        assert with_model[name].kinds == without[name].kinds, name
        assert with_model[name].records.keys() == without[name].records.keys(), name
    assert [o["issue"] for o in with_model["hazard"].records["work_orders"]] == _DAMAGE
    assert not any(o.get("issue") for o in without["hazard"].records["work_orders"])


# ----------------------- decision 290: a planned time is decided, not a gap for the model
def test_the_model_alone_would_read_an_appointment_as_the_response() -> None:
    """The premise: the rules read 预约开始时间 (an appointment's start) as no step on
    purpose, and the model would read it as the response."""
    assert _rules_silent("预约开始时间")
    assert label_model.learned_candidates("预约开始时间", WO).keys() == {"responded_at"}
    assert no_field_decided("预约开始时间") is Decided.PLANNED


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_appointment_is_no_response(tmp_path: Path, fmt: str) -> None:
    """Must not: the time an appointment was booked for is a plan, not the visit that
    happened; the orders are read, their response left unread, their fault still read."""
    rows = _hazard_orders(_DAMAGE)
    rows = [rows[0] + ["预约开始时间"]] + [row + [f"2026-08-0{i + 2} 14:00"]
                                         for i, row in enumerate(rows[1:])]
    orders = read_table(fmt, tmp_path / "booked", rows).records["work_orders"]
    assert not any(o.get("responded_at") for o in orders)
    assert [o["issue"] for o in orders] == _DAMAGE
