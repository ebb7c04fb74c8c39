"""Retired held-out set 3: "variant wordings" layouts, generated from written-down rules.

RETIRED: these layouts were held out with retired3.toml (never read while tuning) on
2026-12-05 and gave their verdict on that day's rounds 9 and 10 (decision 186); they are
tunable since. They were written without reading preaudit's recognition code (parsers/) or any
results, and none of their labels is a label of retired_wordings.py or retired2_wordings.py.

Real exports name a field one character or one composition away from the words a list holds.
The labels below are built by these rules:

- W1 traditional characters, as the exports of Hong Kong / Taiwan branches and of systems set to
  Big5 write them (客戶, 聯絡電話, 處理結果, 報修時間, 簽名);
- W2 a homophone or look-alike slip of a pinyin input method, one character per label
  (号→好, 姓→性, 话→活, 址→止, 型→形, 述→术, 理→里, 响→相, 工→公, 字→子);
- W3 a label copied from a paper form: a trailing colon (full or half width) or spaces between
  the characters (投 诉 人);
- W4 的 inserted between the qualifier and the head (回访的日期, 服务的态度) and a role noun
  of the call-back desk (被访人);
- W5 the register of field technicians and dispatch desks: Latin abbreviations (No., Tel),
  slashed alternatives (安装/维修地址, 处理方法/结果), 师傅 for the technician, a bracketed
  qualifier on the signature (用户确认(签名)).

Each layout records, per label, the canonical field and the rule that made it.
"""
# ruff: noqa: E501  -- Chinese labels

from __future__ import annotations

from bench.layouts import corpus
from bench.layouts.corpus import Layout

# (label, canonical field, rule) in column order
_WO_TRADITIONAL = [
    ("工單編號", "record_id", "W1 单编号→單編號"), ("客戶姓名", "customer_name", "W1 户→戶"),
    ("聯絡電話", "customer_phone", "W1 联络电话→聯絡電話"), ("服務地址", "customer_address", "W1 务→務"),
    ("產品型號", "product", "W1 产品型号→產品型號"), ("故障現象", "issue", "W1 现象→現象"),
    ("處理結果", "resolution", "W1 处理结果→處理結果"), ("報修時間", "reported_at", "W1 报修时间→報修時間"),
    ("到場時間", "responded_at", "W1 到场时间→到場時間"), ("完工時間", "completed_at", "W1 时间→時間"),
    ("維修技師", "technician", "W1 维修技师→維修技師"), ("客戶簽名", "signature", "W1 客户签名→客戶簽名"),
]
_WO_SLIPS = [
    ("工单编好", "record_id", "W2 号→好"), ("客户性名", "customer_name", "W2 姓→性"),
    ("联系电活", "customer_phone", "W2 话→活"), ("上门地止", "customer_address", "W2 址→止"),
    ("产品形号", "product", "W2 型→形"), ("故障描术", "issue", "W2 述→术"),
    ("处里结果", "resolution", "W2 理→里"), ("报修时间", "reported_at", "none (the control label)"),
    ("相应时间", "responded_at", "W2 响→相"), ("完公时间", "completed_at", "W2 工→公"),
    ("维修员", "technician", "none (the control label)"), ("客户签子", "signature", "W2 字→子"),
]
_WO_FIELD_REGISTER = [
    ("工单No.", "record_id", "W5 编号→No."), ("客户名", "customer_name", "W5 姓名→名"),
    ("客户Tel", "customer_phone", "W5 电话→Tel"), ("安装/维修地址", "customer_address", "W5 slashed alternatives"),
    ("机型/型号", "product", "W5 slashed alternatives"), ("故障(用户描述)", "issue", "W5 bracketed qualifier"),
    ("处理方法/结果", "resolution", "W5 slashed alternatives"), ("来电时间", "reported_at", "W5 报修→来电"),
    ("上门时间", "responded_at", "none (the control label)"), ("修复时间", "completed_at", "W5 完成→修复"),
    ("师傅", "technician", "W5 技师→师傅"), ("用户确认(签名)", "signature", "W5 bracketed qualifier"),
]
_CP_FORM = [
    ("投诉编号：", "record_id", "W3 full-width colon"), ("投 诉 人", "customer_name", "W3 spaced characters"),
    ("联系电话:", "customer_phone", "W3 half-width colon"), ("受理日期：", "received_at", "W3 full-width colon"),
    ("投诉事由：", "reason", "W3 full-width colon"), ("处理经过：", "handling", "W3 full-width colon"),
    ("回访意见：", "feedback", "W3 full-width colon"), ("办结日期：", "closed_at", "W3 full-width colon"),
]
_SV_CALLBACK = [
    ("回访流水号", "record_id", "W4 call-centre serial number"), ("被访人", "respondent", "W4 role noun"),
    ("被访人手机", "respondent_phone", "W4 被访人+手机"), ("回访的日期", "surveyed_at", "W4 的 inserted"),
    ("服务的态度", "item", "W4 的 inserted"), ("维修的质量", "item", "W4 的 inserted"),
    ("总的评价", "overall", "W4 的 inserted"),
]

_SETS = [
    ("variant3_wo_traditional", "work_orders", _WO_TRADITIONAL, "yyyymmdd"),
    ("variant3_wo_slips", "work_orders", _WO_SLIPS, "java_tostring"),
    ("variant3_wo_field_register", "work_orders", _WO_FIELD_REGISTER, "excel_serial_text"),
    ("variant3_cp_form_copy", "complaints", _CP_FORM, "excel_serial_number"),
    ("variant3_sv_callback", "survey_responses", _SV_CALLBACK, "epoch_ms"),
]


def variant_layouts() -> list[Layout]:
    return corpus.variant_layouts(_SETS, "W1-W5", "retired3_wordings.py")
