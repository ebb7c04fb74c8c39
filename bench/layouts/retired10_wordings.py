"""Tenth held-out set: "variant wordings" layouts, generated from written-down rules.

Held out with the tenth set (retired10.toml, retired by decision 312); written without reading preaudit's recognition
code (parsers/), its vocabulary or any results, and none of their labels is a label of the
other *_wordings.py modules or of any layout file.

Real exports name a field one character or one composition away from the words a list holds.
The labels below are built by these rules:

- R1 the register of a water-heater installer's desk (装机): the job an 装机单, the customer the
  机主 (the owner of the unit), the site the 装机地点, the survey before fitting the 勘察, the
  fitter the 装机师傅, the sign-off the 机主's 验机签名;
- R2 the register of a farm-machinery service station (农机三包): the customer the 机手 (the
  driver who owns the machine), the site the 作业地块, the fault a 故障症状, the fix a 排障修复措施,
  the times written 时刻, the crew on site 到田;
- R3 the register of a school canteen's parent survey (家长测评): the respondent the 受测家长, the
  survey a 测评 filled on a 填表日期, each item an area of the canteen ending in 得分, the overall
  the 食堂总体满意程度;
- R4 the register of a broadband operator's outbound IVR call-back (外呼): the respondent the
  宽带账号户主, the call an 外呼 with its 流水, the items 打分 of the install, the overall a
  综合评判;
- R5 the register of a courier network's appeal desk (快递申诉): the complaint an 申诉, the
  customer the 寄件客户 with the 客户留电, the handling the 网点处置经过, the customer's answer a
  回评, the closing 结案.

Each layout records, per label, the canonical field and the rule that made it.
"""
# ruff: noqa: E501  -- Chinese labels

from __future__ import annotations

from bench.layouts import corpus
from bench.layouts.corpus import Layout

# (label, canonical field, rule) in column order
_WO_HEATER_INSTALL = [
    ("装机单号", "record_id", "R1 装机单 for the job"), ("机主姓名", "customer_name", "R1 机主 for the customer"),
    ("机主手机", "customer_phone", "R1 机主 for the customer"), ("装机地点", "customer_address", "R1 装机地点 for the site"),
    ("热水器机型", "product", "R1 the unit fitted as the product"), ("勘察发现问题", "issue", "R1 勘察 for the problem found"),
    ("装机处理结果", "resolution", "R1 装机 + result for the fix"), ("约装登记时间", "reported_at", "R1 the booking as the report"),
    ("师傅上门时间", "responded_at", "R1 师傅 on site as the response"), ("装机完工时间", "completed_at", "R1 装机 completed"),
    ("装机师傅", "technician", "R1 装机师傅 for the fitter"), ("机主验机签名", "signature", "R1 机主's 验机签名 as the sign-off"),
]
_WO_FARM_MACHINERY = [
    ("农机报修单号", "record_id", "R2 农机 + 报修单 for the job"), ("机手姓名", "customer_name", "R2 机手 for the customer"),
    ("机手电话", "customer_phone", "R2 机手 for the customer"), ("作业地块", "customer_address", "R2 作业地块 for the site"),
    ("农机型号", "product", "R2 the machine as the product"), ("故障症状", "issue", "R2 故障症状 for the fault"),
    ("排障修复措施", "resolution", "R2 排障 + 修复措施 for the fix"), ("报修时刻", "reported_at", "R2 时刻 for the time"),
    ("到田时刻", "responded_at", "R2 到田 for the crew on site"), ("机具修复时刻", "completed_at", "R2 修复 + 时刻 for the completion"),
    ("三包服务员", "technician", "R2 三包 service hand for the technician"), ("机手签认", "signature", "R2 机手 + 签认 for the sign-off"),
]
_SV_CANTEEN_PARENTS = [
    ("测评编号", "record_id", "R3 测评 for the survey"), ("受测家长", "respondent", "R3 受测家长 for the respondent"),
    ("家长手机号", "respondent_phone", "R3 家长 for the respondent"), ("填表日期", "surveyed_at", "R3 填表日期 for the survey date"),
    ("菜品口味得分", "item", "R3 canteen area + 得分"), ("就餐环境得分", "item", "R3 canteen area + 得分"),
    ("食品安全得分", "item", "R3 canteen area + 得分"), ("窗口服务得分", "item", "R3 canteen area + 得分"),
    ("食堂总体满意程度", "overall", "R3 总体满意程度 for the overall"),
]
_SV_BROADBAND_IVR = [
    ("外呼流水", "record_id", "R4 外呼 + 流水 for the call's number"), ("宽带账号户主", "respondent", "R4 宽带账号户主 for the respondent"),
    ("户主回拨号码", "respondent_phone", "R4 户主 + 回拨号码 for the respondent's phone"), ("外呼拨打时间", "surveyed_at", "R4 外呼 for the call"),
    ("装维守时打分", "item", "R4 install aspect + 打分"), ("布线规范打分", "item", "R4 install aspect + 打分"),
    ("网速体验打分", "item", "R4 install aspect + 打分"), ("综合评判", "overall", "R4 综合评判 for the overall"),
]
_CP_COURIER_APPEAL = [
    ("申诉工单号", "record_id", "R5 申诉 for the complaint"), ("寄件客户", "customer_name", "R5 寄件客户 for the customer"),
    ("客户留电", "customer_phone", "R5 客户留电 for the customer's phone"), ("申诉受理时间", "received_at", "R5 申诉 + 受理 for the intake"),
    ("申诉事由", "reason", "R5 申诉事由 for the reason"), ("网点处置经过", "handling", "R5 网点处置经过 for the handling"),
    ("客户回评", "feedback", "R5 回评 for the customer's answer"), ("申诉结案时间", "closed_at", "R5 结案 for the closing"),
]

_SETS = [
    ("variant10_wo_heater_install", "work_orders", _WO_HEATER_INSTALL, "excel_serial_text"),
    ("variant10_wo_farm_machinery", "work_orders", _WO_FARM_MACHINERY, "mixed"),
    ("variant10_sv_canteen_parents", "survey_responses", _SV_CANTEEN_PARENTS, "yyyymmdd"),
    ("variant10_sv_broadband_ivr", "survey_responses", _SV_BROADBAND_IVR, "epoch_s"),
    ("variant10_cp_courier_appeal", "complaints", _CP_COURIER_APPEAL, "iso_seconds"),
]


def variant_layouts() -> list[Layout]:
    return corpus.variant_layouts(_SETS, "R1-R5", "retired10_wordings.py")
