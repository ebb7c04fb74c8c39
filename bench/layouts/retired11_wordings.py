"""Eleventh held-out set: "variant wordings" layouts, generated from written-down rules.

Held out with the eleventh set (retired11.toml, retired by decision 329); written without reading preaudit's recognition
code (parsers/) or any results, and none of their labels is a label of the other *_wordings.py
modules or of any layout file.

Real exports name a field one character or one composition away from the words a list holds.
The labels below are built by these rules:

- P1 the register of an elevator maintenance company's entrapment desk (急修/困梯): the caller is the
  报困人 (who reports people trapped), the call a 接警, the crew's arrival 到梯, the end 放人 (the
  passengers are let out), the crew the 救援人员, the site's sign-off a 物业签认;
- P2 a farm-machinery dealer's field service card (农机三包下乡服务): the customer is the 机手 (the
  machine's driver-owner), the site the 机手作业地块, the machine the 机型编号, the fault a 报障, the
  trip 下乡, the fix 排故, the worker the 服务站技师, the signature the 机手签收;
- P3 a hotel's departed-guest call-back (离店宾客回访) with the date as Java writes it: the respondent
  the 离店宾客, the call a 离店回访, items areas of the stay, the overall the 总体观感;
- P4 an EV charging operator's customer-complaint desk (客诉): the complainant the 诉方车主, the
  intake a 客诉登记, the reason the 诉由, the handling the 站务处置经过, the call-back the 车主复核,
  the close 办结;
- P5 a school's parents' opinion book (家长意见簿): the complainant the 留言家长, the entry a 留言, the
  matter the 所提意见, the handling the 校方回复, the parent's answer a 家长复议, the close 闭环.

Each layout records, per label, the canonical field and the rule that made it.
"""
# ruff: noqa: E501  -- Chinese labels

from __future__ import annotations

from bench.layouts import corpus
from bench.layouts.corpus import Layout

# (label, canonical field, rule) in column order
_WO_ELEVATOR_ENTRAPMENT = [
    ("急修单序号", "record_id", "P1 急修 for the emergency repair ticket"), ("报困人", "customer_name", "P1 报困人 for who reports the entrapment"),
    ("报困人回电", "customer_phone", "P1 报困人 + the number to call back"), ("困梯所在楼盘", "customer_address", "P1 the estate where the car is stuck, as the address"),
    ("梯号及梯型", "product", "P1 the lift's number and model as the product"), ("困梯情形", "issue", "P1 困梯 + 情形 for the fault"),
    ("救援处置", "resolution", "P1 救援处置 for what the crew did"), ("接警时刻", "reported_at", "P1 接警 for the call"),
    ("到梯时刻", "responded_at", "P1 到梯 for the crew's arrival"), ("放人时刻", "completed_at", "P1 放人 for the end of the rescue"),
    ("救援人员", "technician", "P1 救援人员 for the crew"), ("物业签认", "signature", "P1 the site office's sign-off"),
]
_WO_FARM_MACHINERY_FIELD = [
    ("服务卡编码", "record_id", "P2 服务卡 for the field service card"), ("机手", "customer_name", "P2 机手 for the driver-owner"),
    ("机手手机", "customer_phone", "P2 机手 for the driver-owner"), ("机手作业地块", "customer_address", "P2 the 机手's 作业地块 (where the machine works) as the address"),
    ("机型编号", "product", "P2 机型编号 for the machine"), ("报障表述", "issue", "P2 报障 + 表述 for the fault"),
    ("排故办法", "resolution", "P2 排故 for clearing the fault"), ("报障日", "reported_at", "P2 报障 for the report"),
    ("下乡日", "responded_at", "P2 下乡 for the trip to the field"), ("排故完成日", "completed_at", "P2 排故 for clearing the fault"),
    ("服务站技师", "technician", "P2 the dealer station's mechanic"), ("机手签收", "signature", "P2 the driver-owner's sign-off"),
]
_SV_HOTEL_DEPARTED_GUEST = [
    ("住店单号", "record_id", "P3 住店单 for the stay"), ("离店宾客", "respondent", "P3 离店宾客 for the respondent"),
    ("宾客联系号码", "respondent_phone", "P3 宾客 for the respondent"), ("离店回访日", "surveyed_at", "P3 离店回访 for the call"),
    ("前台接待", "item", "P3 area of the stay"), ("客房整洁", "item", "P3 area of the stay"),
    ("早餐品质", "item", "P3 area of the stay"), ("总体观感", "overall", "P3 总体观感 for the overall"),
]
_CP_EV_CHARGING = [
    ("客诉受理编码", "record_id", "P4 客诉 + 受理 for the complaint intake"), ("诉方车主", "customer_name", "P4 诉方车主 for the complainant"),
    ("诉方联络电话", "customer_phone", "P4 诉方 for the complainant"), ("客诉登记时点", "received_at", "P4 客诉登记 for the intake"),
    ("诉由", "reason", "P4 诉由 for the reason"), ("站务处置经过", "handling", "P4 站务处置 for the station's handling"),
    ("车主复核意见", "feedback", "P4 车主复核 for the complainant's check of the answer"), ("客诉办结时点", "closed_at", "P4 办结 for the close"),
]
_CP_PARENTS_OPINION_BOOK = [
    ("意见簿序号", "record_id", "P5 意见簿 for the book entry"), ("留言家长", "customer_name", "P5 留言家长 for the complainant"),
    ("家长回拨号码", "customer_phone", "P5 家长 + the number to call back"), ("留言日期", "received_at", "P5 留言 for the entry"),
    ("所提意见", "reason", "P5 所提意见 for the matter raised"), ("校方回复", "handling", "P5 校方回复 for the handling"),
    ("家长复议", "feedback", "P5 家长复议 for the parent's answer"), ("意见闭环日期", "closed_at", "P5 闭环 for the close"),
]

_SETS = [
    ("variant11_wo_elevator_entrapment", "work_orders", _WO_ELEVATOR_ENTRAPMENT, "epoch_ms"),
    ("variant11_wo_farm_machinery_field", "work_orders", _WO_FARM_MACHINERY_FIELD, "yyyymmdd"),
    ("variant11_sv_hotel_departed_guest", "survey_responses", _SV_HOTEL_DEPARTED_GUEST, "java_tostring"),
    ("variant11_cp_ev_charging", "complaints", _CP_EV_CHARGING, "excel_serial_text"),
    ("variant11_cp_parents_opinion_book", "complaints", _CP_PARENTS_OPINION_BOOK, "iso_date"),
]


def variant_layouts() -> list[Layout]:
    return corpus.variant_layouts(_SETS, "P1-P5", "retired11_wordings.py")
