"""Retired held-out set 4: "variant wordings" layouts, generated from written-down rules.

RETIRED: these layouts were held out with retired4.toml (never read while tuning) on
2026-12-05 and gave their verdict on that day's rounds 11 to 14 (decision 216); they are
tunable since. They were written without reading preaudit's recognition code (parsers/) or any
results, and none of their labels is a label of retired_wordings.py, retired2_wordings.py or
retired3_wordings.py.

Real exports name a field one character or one composition away from the words a list holds.
The labels below are built by these rules:

- X1 a format or unit hint bracketed after the label, as import templates print it
  (报修时间[yyyy-mm-dd hh:mm], 联系电话(11位手机));
- X2 the required-field marks of an import template: a leading * or ★ on the label;
- X3 a desk prefix joined by a hyphen or a middle dot (售后-工单号, 客服·回访日期);
- X4 the owner of a device named as 机主/车主/户主 instead of 客户 (mobile-phone, car and
  household-appliance desks);
- X5 a word clipped on a narrow printed column: 日期→日 (受理日, 办结日, 回访日).

Each layout records, per label, the canonical field and the rule that made it.
"""
# ruff: noqa: E501  -- Chinese labels

from __future__ import annotations

from bench.layouts import corpus
from bench.layouts.corpus import Layout

# (label, canonical field, rule) in column order
_WO_FORMAT_HINTS = [
    ("工单号[系统生成]", "record_id", "X1 bracketed hint"), ("客户姓名(全名)", "customer_name", "X1 bracketed hint"),
    ("联系电话(11位手机)", "customer_phone", "X1 bracketed hint"), ("服务地址(省市区+门牌)", "customer_address", "X1 bracketed hint"),
    ("产品型号(见铭牌)", "product", "X1 bracketed hint"), ("故障描述(不超过200字)", "issue", "X1 bracketed hint"),
    ("处理结果", "resolution", "none (the control label)"), ("报修时间[yyyy-mm-dd hh:mm]", "reported_at", "X1 bracketed format"),
    ("上门时间[yyyy-mm-dd hh:mm]", "responded_at", "X1 bracketed format"), ("完工时间[yyyy-mm-dd hh:mm]", "completed_at", "X1 bracketed format"),
    ("维修人员(姓名)", "technician", "X1 bracketed hint"), ("客户签字(手写)", "signature", "X1 bracketed hint"),
]
_WO_REQUIRED_MARKS = [
    ("*服务单号", "record_id", "X2 leading *"), ("*机主姓名", "customer_name", "X2 leading * + X4 机主"),
    ("*机主电话", "customer_phone", "X2 leading * + X4 机主"), ("送修地址", "customer_address", "none (the control label)"),
    ("*手机型号", "product", "X2 leading *"), ("★故障现象", "issue", "X2 leading ★"),
    ("★维修措施", "resolution", "X2 leading ★"), ("*送修时间", "reported_at", "X2 leading *"),
    ("受理时间", "responded_at", "none (the control label)"), ("*取机时间", "completed_at", "X2 leading *"),
    ("*维修工程师", "technician", "X2 leading *"), ("机主签收", "signature", "X4 机主"),
]
_WO_VEHICLE_OWNER = [
    ("委托书号", "record_id", "X4 workshop wording (维修委托书)"), ("车主姓名", "customer_name", "X4 车主"),
    ("车主手机", "customer_phone", "X4 车主"), ("车主住址", "customer_address", "X4 车主"),
    ("车型", "product", "X4 the vehicle as the product"), ("车主描述", "issue", "X4 车主 + 描述"),
    ("维修内容", "resolution", "none (the control label)"), ("进厂时间", "reported_at", "X4 workshop wording"),
    ("开工时间", "responded_at", "X4 workshop wording"), ("出厂时间", "completed_at", "X4 workshop wording"),
    ("主修技工", "technician", "X4 workshop wording"), ("车主确认签字", "signature", "X4 车主"),
]
_CP_DESK_PREFIX = [
    ("投诉-编号", "record_id", "X3 hyphen prefix"), ("投诉-来电人", "customer_name", "X3 hyphen prefix"),
    ("投诉-来电号码", "customer_phone", "X3 hyphen prefix"), ("受理日", "received_at", "X5 日期→日"),
    ("投诉-诉求内容", "reason", "X3 hyphen prefix"), ("处理-办理情况", "handling", "X3 hyphen prefix"),
    ("回访-市民意见", "feedback", "X3 hyphen prefix"), ("办结日", "closed_at", "X5 日期→日"),
]
_SV_DESK_PREFIX = [
    ("客服·回访单号", "record_id", "X3 middle-dot prefix"), ("客服·受访客户", "respondent", "X3 middle-dot prefix"),
    ("客服·客户手机", "respondent_phone", "X3 middle-dot prefix"), ("回访日", "surveyed_at", "X5 日期→日"),
    ("*上门准时", "item", "X2 leading *"), ("*着装礼仪", "item", "X2 leading *"),
    ("*收费透明", "item", "X2 leading *"), ("客服·综合满意度", "overall", "X3 middle-dot prefix"),
]

_SETS = [
    ("variant4_wo_format_hints", "work_orders", _WO_FORMAT_HINTS, "iso_seconds"),
    ("variant4_wo_required_marks", "work_orders", _WO_REQUIRED_MARKS, "excel_serial_number"),
    ("variant4_wo_vehicle_owner", "work_orders", _WO_VEHICLE_OWNER, "mixed"),
    ("variant4_cp_desk_prefix", "complaints", _CP_DESK_PREFIX, "iso_date"),
    ("variant4_sv_desk_prefix", "survey_responses", _SV_DESK_PREFIX, "yyyymmdd"),
]


def variant_layouts() -> list[Layout]:
    return corpus.variant_layouts(_SETS, "X1-X5", "retired4_wordings.py")
