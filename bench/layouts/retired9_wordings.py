"""Ninth held-out set: "variant wordings" layouts, generated from written-down rules.

Held out with the ninth set (retired9.toml), retired with it (decision 300); written without
reading preaudit's recognition code (parsers/) or any results, and none of their labels is a
label of the other *_wordings.py modules or of any layout file.

Real exports name a field one character or one composition away from the words a list holds.
The labels below are built by these rules:

- P1 the register of a gas utility's emergency desk (抢修): the caller is the 报险户 (the household
  that reports the leak), the call a 来险, the crew's arrival 抵险, the end 排险完毕, the crew the
  抢险班组, the household's confirmation a 户方确认;
- P2 a hospital equipment department's service sheet (设备报修): the reporter is the 报修科室
  and its 科室联系人, the device the 在用设备, the repair a 检修, the sign-off the 科室验收;
- P3 a telecom operator's complaint desk (申告): the complainant the 申告用户, the intake a
  受理登记, the handling a 处置答复, the call-back the 回单回访, the close 销号;
- P4 a property management office's owner visit (业主走访) with the date and the clock time in two
  columns: the respondent the 受访业主, the call 走访, items areas of the estate's service, the
  overall the 综合评定;
- P5 a car dealer's warranty (三包) claim desk: the claimant the 索赔车主, the claim a 三包申请,
  the ruling a 鉴定结论, the close 结案.

Each layout records, per label, the canonical field and the rule that made it.
"""
# ruff: noqa: E501  -- Chinese labels

from __future__ import annotations

from bench.layouts import corpus
from bench.layouts.corpus import Layout

# (label, canonical field, rule) in column order
_WO_GAS_EMERGENCY = [
    ("险情单号", "record_id", "P1 险情 for the emergency ticket"), ("报险户", "customer_name", "P1 报险户 for the caller"),
    ("报险户电话", "customer_phone", "P1 报险户 for the caller"), ("出险地点", "customer_address", "P1 出险 for where the danger is, as the address"),
    ("涉险燃气具", "product", "P1 the appliance involved as the product"), ("险情概述", "issue", "P1 险情 + 概述 for the fault"),
    ("排险措施", "resolution", "P1 排险 for clearing the danger"), ("来险时间", "reported_at", "P1 来险 for the call"),
    ("抵险时间", "responded_at", "P1 抵险 for the arrival"), ("排险完毕时间", "completed_at", "P1 排险完毕 for the end"),
    ("抢险班组", "technician", "P1 抢险班组 for the crew"), ("户方确认", "signature", "P1 the household's confirmation as the sign-off"),
]
_WO_HOSPITAL_DEVICE = [
    ("检修单号", "record_id", "P2 检修 for the repair"), ("报修之科室", "customer_name", "P2 the department as the customer"),
    ("科室联系人电话", "customer_phone", "P2 科室联系人 for the contact"), ("设备所在位置", "customer_address", "P2 the device's place as the address"),
    ("在用设备", "product", "P2 在用设备 for the device"), ("故障表现", "issue", "P2 表现 for the symptom"),
    ("检修记录", "resolution", "P2 检修 for the repair"), ("科室报修时间", "reported_at", "P2 the department + 报修 time"),
    ("工程师到科时间", "responded_at", "P2 到科 for arriving at the department"), ("检修完成时间", "completed_at", "P2 检修 for the repair"),
    ("检修工程师", "technician", "P2 检修 for the repair"), ("科室验收", "signature", "P2 科室验收 for the sign-off"),
]
_CP_TELECOM_REPORT = [
    ("申告流水号", "record_id", "P3 申告 for the complaint"), ("申告用户", "customer_name", "P3 申告用户 for the complainant"),
    ("申告号码", "customer_phone", "P3 the complained line as the phone"), ("受理登记时间", "received_at", "P3 受理登记 for the intake"),
    ("申告事项", "reason", "P3 申告 for the complaint"), ("处置答复", "handling", "P3 处置答复 for the handling"),
    ("回单回访结果", "feedback", "P3 回单回访 for the call-back"), ("销号时间", "closed_at", "P3 销号 for the close"),
]
_SV_OWNER_VISIT = [
    ("走访序号", "record_id", "P4 走访 for the call"), ("受访业主", "respondent", "P4 受访业主 for the respondent"),
    ("业主联系方式", "respondent_phone", "P4 业主 for the respondent"), ("走访日期", "surveyed_at@date", "P4 走访, the date half"),
    ("走访时刻", "surveyed_at@time", "P4 走访, the clock-time half"), ("秩序维护", "item", "P4 area of the estate's service"),
    ("保洁绿化", "item", "P4 area of the estate's service"), ("工程维修", "item", "P4 area of the estate's service"),
    ("综合评定", "overall", "P4 综合评定 for the overall"),
]
_CP_WARRANTY_CLAIM = [
    ("三包申请编号", "record_id", "P5 三包申请 for the claim"), ("索赔车主", "customer_name", "P5 索赔车主 for the claimant"),
    ("索赔车主手机", "customer_phone", "P5 索赔车主 for the claimant"), ("三包申请日", "received_at", "P5 三包申请 for the intake"),
    ("索赔事由", "reason", "P5 事由 for the reason"), ("鉴定结论及处理", "handling", "P5 鉴定结论 for the ruling"),
    ("车主对结论的意见", "feedback", "P5 the claimant's view of the ruling"), ("三包结案日", "closed_at", "P5 结案 for the close"),
]

_SETS = [
    ("variant9_wo_gas_emergency", "work_orders", _WO_GAS_EMERGENCY, "excel_serial_text"),
    ("variant9_wo_hospital_device", "work_orders", _WO_HOSPITAL_DEVICE, "iso_seconds"),
    ("variant9_cp_telecom_report", "complaints", _CP_TELECOM_REPORT, "epoch_s"),
    ("variant9_sv_owner_visit", "survey_responses", _SV_OWNER_VISIT, "yyyymmdd"),
    ("variant9_cp_warranty_claim", "complaints", _CP_WARRANTY_CLAIM, "mixed"),
]


def variant_layouts() -> list[Layout]:
    return corpus.variant_layouts(_SETS, "P1-P5", "retired9_wordings.py")
