"""Sixteenth held-out set: "variant wordings" layouts, generated from written-down rules.

Held out with the sixteenth set (retired16.toml, retired by decision 382); written without reading preaudit's recognition
code (parsers/), its vocabulary or any results, and none of their labels is a label of the
other *_wordings.py modules or of any layout file.

Real exports name a field one character or one composition away from the words a list holds.
The labels below are built by these rules:

- R1 the register of an elevator contractor's trapped-passenger desk (困人急修): the job an
  急修派单, the customer the 梯主单位 and its 联络人, the site the 梯位所在楼宇, the fault a
  困梯故障现象, the fix 解困处置措施, the times written 时刻 (困人接报, 急修到梯, 恢复运行), the fitter the
  急修工, the sign-off the 梯主's 确认签字;
- R2 the register of a copier-leasing service desk (复印机租赁): the customer the 租机客户, the
  machine a 机台 with its 摆放地址, the fault a 机台报障, the fix 换件及调校, the engineer the
  驻点工程师, the times 报障登记/到场/复机, the sign-off the 租机客户's 签收;
- R3 the register of a hospital's discharge follow-up call (出院随访): the call a 随访 with its
  流水号, the respondent the 受访患者 with a 留存电话, the date the 随访拨出日期, each item an
  aspect of the stay ending in 评分, the overall the 住院总体满意分;
- R4 the register of a hotel's check-out comment card (离店点评卡): the respondent the 离店住店客
  with a 预留手机, the date the 离店填卡日, each item a department ending in 星级, the overall
  the 入住整体星级;
- R5 the register of a water utility's hotline (供水热线): the complaint a 诉求 with its 单号, the
  customer the 来电用户 by 户名 with a 预留号码, the intake 诉求登记, the reason the 诉求事由摘要,
  the handling the 供水所处置情况, the customer's answer the 来电户回访意见, the closing 办结.

Each layout records, per label, the canonical field and the rule that made it.
"""
# ruff: noqa: E501  -- Chinese labels

from __future__ import annotations

from bench.layouts import corpus
from bench.layouts.corpus import Layout

# (label, canonical field, rule) in column order
_WO_ELEVATOR_RESCUE = [
    ("急修派单号", "record_id", "R1 急修派单 for the job"), ("梯主单位联络人", "customer_name", "R1 梯主单位 + 联络人 for the customer"),
    ("联络人手机", "customer_phone", "R1 联络人 for the customer"), ("梯位所在楼宇", "customer_address", "R1 梯位所在楼宇 for the site"),
    ("梯号及型号", "product", "R1 the lift as the product"), ("困梯故障现象", "issue", "R1 困梯故障现象 for the fault"),
    ("解困处置措施", "resolution", "R1 解困 + 处置措施 for the fix"), ("困人接报时刻", "reported_at", "R1 困人接报 + 时刻 for the report"),
    ("急修到梯时刻", "responded_at", "R1 急修到梯 + 时刻 for the response"), ("恢复运行时刻", "completed_at", "R1 恢复运行 + 时刻 for the completion"),
    ("急修工", "technician", "R1 急修工 for the fitter"), ("梯主确认签字", "signature", "R1 梯主's 确认签字 as the sign-off"),
]
_WO_COPIER_LEASE = [
    ("机台服务单号", "record_id", "R2 机台 + 服务单 for the job"), ("租机客户", "customer_name", "R2 租机客户 for the customer"),
    ("租机客户电话", "customer_phone", "R2 租机客户 for the customer"), ("机台摆放地址", "customer_address", "R2 机台摆放地址 for the site"),
    ("复印机机型", "product", "R2 the copier as the product"), ("机台报障描述", "issue", "R2 机台报障 for the fault"),
    ("换件及调校", "resolution", "R2 换件及调校 for the fix"), ("报障登记时间", "reported_at", "R2 报障登记 for the report"),
    ("工程师到场时间", "responded_at", "R2 到场 for the response"), ("机台复机时间", "completed_at", "R2 复机 for the completion"),
    ("驻点工程师", "technician", "R2 驻点工程师 for the engineer"), ("租机客户签收", "signature", "R2 租机客户's 签收 as the sign-off"),
]
_SV_DISCHARGE_FOLLOWUP = [
    ("随访流水号", "record_id", "R3 随访 + 流水号 for the call"), ("受访患者", "respondent", "R3 受访患者 for the respondent"),
    ("患者留存电话", "respondent_phone", "R3 留存电话 for the respondent's phone"), ("随访拨出日期", "surveyed_at", "R3 随访拨出日期 for the survey date"),
    ("医护态度评分", "item", "R3 stay aspect + 评分"), ("病房环境评分", "item", "R3 stay aspect + 评分"),
    ("用药指导评分", "item", "R3 stay aspect + 评分"), ("住院总体满意分", "overall", "R3 住院总体满意分 for the overall"),
]
_SV_HOTEL_CHECKOUT_CARD = [
    ("点评卡编号", "record_id", "R4 点评卡 for the card"), ("离店住店客", "respondent", "R4 离店住店客 for the respondent"),
    ("宾客预留手机", "respondent_phone", "R4 预留手机 for the respondent's phone"), ("离店填卡日", "surveyed_at", "R4 离店填卡日 for the survey date"),
    ("前台接待星级", "item", "R4 department + 星级"), ("客房整洁星级", "item", "R4 department + 星级"),
    ("早餐品质星级", "item", "R4 department + 星级"), ("入住整体星级", "overall", "R4 入住整体星级 for the overall"),
]
_CP_WATER_HOTLINE = [
    ("热线诉求单号", "record_id", "R5 诉求 + 单号 for the complaint"), ("来电用户户名", "customer_name", "R5 来电用户 + 户名 for the customer"),
    ("来电户预留号码", "customer_phone", "R5 预留号码 for the customer's phone"), ("诉求登记时间", "received_at", "R5 诉求登记 for the intake"),
    ("诉求事由摘要", "reason", "R5 诉求事由摘要 for the reason"), ("供水所处置情况", "handling", "R5 供水所处置情况 for the handling"),
    ("来电户回访意见", "feedback", "R5 来电户回访意见 for the customer's answer"), ("诉求办结时间", "closed_at", "R5 办结 for the closing"),
]

_SETS = [
    ("variant16_wo_elevator_rescue", "work_orders", _WO_ELEVATOR_RESCUE, "epoch_ms"),
    ("variant16_wo_copier_lease", "work_orders", _WO_COPIER_LEASE, "excel_serial_number"),
    ("variant16_sv_discharge_followup", "survey_responses", _SV_DISCHARGE_FOLLOWUP, "yyyymmdd"),
    ("variant16_sv_hotel_checkout_card", "survey_responses", _SV_HOTEL_CHECKOUT_CARD, "java_tostring"),
    ("variant16_cp_water_hotline", "complaints", _CP_WATER_HOTLINE, "iso_seconds"),
]


def variant_layouts() -> list[Layout]:
    return corpus.variant_layouts(_SETS, "R1-R5", "retired16_wordings.py")
