"""Eighth held-out set: "variant wordings" layouts, generated from written-down rules.

Held out with the eighth set (retired8.toml), retired with it (decision 270); written without
reading preaudit's recognition code (parsers/), its vocabulary or any results, and none of
their labels is a label of the other *_wordings.py modules or of any layout file.

Real exports name a field one character or one composition away from the words a list holds.
The labels below are built by these rules:

- Q1 the register of a gas utility's emergency desk (燃气抢修): the customer's call a 报险, the
  leak or fault a 险情, the customer the 用气户, the fix a 处置, the crew leader the 抢修班长;
- Q2 the register of an elevator maintenance contractor (维保): the customer the 使用单位 with
  its 安全管理员, the call an 接警, the fix an 排除, back in service 复梯, the sign-off the
  使用单位's 盖章;
- Q3 the register of a car dealer's warranty (三包) dispute desk: the customer the 购车人, the
  complaint a 三包争议, the answer a 处理意见, the end of the case 争议终结;
- Q4 the register of a water company's service hotline: the customer the 用水户, the complaint a
  来电反映, the handling 办理情况, the call-back 回访意见, the closing 办结;
- Q5 the register of a hospital's discharge follow-up call (出院随访): the respondent the
  出院患者 with a relative's phone, the items areas of the stay, the overall 住院总体评价;
  each item label carries a trailing half-width colon kept from the paper form it was typed from.

Each layout records, per label, the canonical field and the rule that made it.
"""
# ruff: noqa: E501  -- Chinese labels

from __future__ import annotations

from bench.layouts import corpus
from bench.layouts.corpus import Layout

# (label, canonical field, rule) in column order
_WO_GAS_EMERGENCY = [
    ("抢修派单号", "record_id", "Q1 抢修 for the job"), ("用气户名", "customer_name", "Q1 用气户 for the customer"),
    ("报险人电话", "customer_phone", "Q1 报险 for the customer's call"), ("用气地址", "customer_address", "Q1 用气户 for the customer's site"),
    ("燃气表具型号", "product", "Q1 the meter or appliance as the product"), ("险情经过", "issue", "Q1 险情 for the fault"),
    ("处置措施", "resolution", "Q1 处置 for the fix"), ("报险时间", "reported_at", "Q1 报险 for the report"),
    ("抢修到场时间", "responded_at", "Q1 抢修 crew on site as the response"), ("处置完毕时间", "completed_at", "Q1 处置 for the fix"),
    ("抢修班长", "technician", "Q1 抢修班长 for the crew leader"), ("用气户确认", "signature", "Q1 用气户 for the customer's sign-off"),
]
_WO_ELEVATOR_MAINTENANCE = [
    ("维保工单编号", "record_id", "Q2 维保 for the maintenance job"), ("电梯使用单位", "customer_name", "Q2 使用单位 for the customer"),
    ("安全管理员电话", "customer_phone", "Q2 安全管理员 as the customer's contact"), ("电梯所在位置", "customer_address", "Q2 the lift's location as the site"),
    ("梯种及型号", "product", "Q2 the lift as the product"), ("故障情形", "issue", "Q2 elevator-trade wording"),
    ("排除方法", "resolution", "Q2 排除 for the fix"), ("接警求援时间", "reported_at", "Q2 接警 for the call"),
    ("维保人员到场时间", "responded_at", "Q2 维保 crew on site as the response"), ("复梯运行时间", "completed_at", "Q2 复梯 for back in service"),
    ("维保作业人员", "technician", "Q2 维保 for the maintenance crew"), ("使用单位盖章确认", "signature", "Q2 the 使用单位's 盖章 as the sign-off"),
]
_CP_WARRANTY_DISPUTE = [
    ("三包争议编号", "record_id", "Q3 三包争议 for the complaint"), ("购车人", "customer_name", "Q3 购车人 for the customer"),
    ("购车人手机", "customer_phone", "Q3 购车人 for the customer"), ("争议登记日", "received_at", "Q3 争议 for the complaint's intake"),
    ("故障及诉求", "reason", "Q3 the fault and the demand as the reason"), ("三包处理意见", "handling", "Q3 处理意见 for the answer"),
    ("购车人意见", "feedback", "Q3 购车人 for the customer"), ("争议终结日期", "closed_at", "Q3 争议终结 for the closing"),
]
_CP_WATER_HOTLINE = [
    ("来电流水号", "record_id", "Q4 the call's serial as the number"), ("用水户名称", "customer_name", "Q4 用水户 for the customer"),
    ("用水户联系电话", "customer_phone", "Q4 用水户 for the customer"), ("来电日期", "received_at", "Q4 来电 for the intake"),
    ("来电反映问题", "reason", "Q4 来电反映 for the complaint"), ("办理情况说明", "handling", "Q4 办理情况 for the handling"),
    ("用水户回访意见", "feedback", "Q4 用水户 + 回访意见 for the call-back"), ("工单办结日", "closed_at", "Q4 办结 for the closing"),
]
_SV_DISCHARGE_FOLLOWUP = [
    ("出院随访号", "record_id", "Q5 随访 for the call-back"), ("出院患者", "respondent", "Q5 出院患者 for the respondent"),
    ("患者家属电话", "respondent_phone", "Q5 a relative's phone as the respondent's"), ("随访日期", "surveyed_at", "Q5 随访 for the call-back"),
    ("医生诊疗:", "item", "Q5 area of the stay + form colon"), ("护理服务:", "item", "Q5 area of the stay + form colon"),
    ("病区环境:", "item", "Q5 area of the stay + form colon"), ("出院指导:", "item", "Q5 area of the stay + form colon"),
    ("住院总体评价", "overall", "Q5 住院总体评价 for the overall"),
]

_SETS = [
    ("variant8_wo_gas_emergency", "work_orders", _WO_GAS_EMERGENCY, "iso_seconds"),
    ("variant8_wo_elevator_maintenance", "work_orders", _WO_ELEVATOR_MAINTENANCE, "excel_serial_number"),
    ("variant8_cp_warranty_dispute", "complaints", _CP_WARRANTY_DISPUTE, "iso_date"),
    ("variant8_cp_water_hotline", "complaints", _CP_WATER_HOTLINE, "epoch_ms"),
    ("variant8_sv_discharge_followup", "survey_responses", _SV_DISCHARGE_FOLLOWUP, "java_tostring"),
]


def variant_layouts() -> list[Layout]:
    return corpus.variant_layouts(_SETS, "Q1-Q5", "retired8_wordings.py")
