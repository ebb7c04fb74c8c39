"""Twelfth held-out set: "variant wordings" layouts, generated from written-down rules.

Held out with the twelfth set (retired12.toml, retired by decision 344); written without reading preaudit's recognition
code (parsers/), its vocabulary or any results, and none of their labels is a label of the
other *_wordings.py modules or of any layout file.

Real exports name a field one character or one composition away from the words a list holds.
The labels below are built by these rules:

- R1 the register of a piano tuner's workshop (调律): the job an 调律单, the customer the 琴主
  (the owner of the instrument), the site the 琴房, the product the 琴型琴号, the fault the 琴况,
  the fix a 调校, the visit 到府, the fitter the 调律师, the sign-off the 琴主's 确认签字;
- R2 the register of an EV charging-pile operator's maintenance desk (桩务): the job a 桩务工单,
  the customer the 车主, the site the 桩位, the product the 桩体型号, the fault an 桩体异常现象,
  the fix a 桩务处置办法, the times written 时刻, the crew arriving 抵桩, the sign-off a 验收签名;
- R3 the register of a hotel's guest comment card (宾客意见卡): the response an 意见卡, the
  respondent the 住店宾客, the date the 离店填卡日期, each item a hotel department ending in 评分,
  the overall the 整体入住感受;
- R4 the register of a hospital's post-discharge call-back (出院随访): the call a 随访登记, the
  respondent the 出院病友 with the 预留电话, the call 随访致电, each item a part of the stay ending
  in 评价, the overall a 住院全程总评;
- R5 the register of a residential property office's resident requests (物业诉求): the complaint
  a 诉求, the customer the 诉求业主 with the 业主来电号码, the intake 诉求登记, the matter the
  诉求所涉事项, the handling 物业办理情况, the answer a 业主回访意见, the closing 办结.

Each layout records, per label, the canonical field and the rule that made it.
"""
# ruff: noqa: E501  -- Chinese labels

from __future__ import annotations

from bench.layouts import corpus
from bench.layouts.corpus import Layout

# (label, canonical field, rule) in column order
_WO_PIANO_TUNING = [
    ("调律单号", "record_id", "R1 调律单 for the job"), ("琴主姓名", "customer_name", "R1 琴主 for the customer"),
    ("琴主联系电话", "customer_phone", "R1 琴主 for the customer"), ("琴房地址", "customer_address", "R1 琴房 for the site"),
    ("琴型琴号", "product", "R1 the instrument as the product"), ("琴况问题", "issue", "R1 琴况 for the fault"),
    ("调校处理", "resolution", "R1 调校 for the fix"), ("约调时间", "reported_at", "R1 the booking of a tuning as the report"),
    ("调律师到府时间", "responded_at", "R1 到府 for the visit"), ("调校完毕时间", "completed_at", "R1 调校 completed"),
    ("调律师", "technician", "R1 调律师 for the fitter"), ("琴主确认签字", "signature", "R1 琴主's 确认签字 as the sign-off"),
]
_WO_CHARGING_PILE = [
    ("桩务工单号", "record_id", "R2 桩务工单 for the job"), ("车主尊称", "customer_name", "R2 车主 for the customer"),
    ("车主手机号码", "customer_phone", "R2 车主 for the customer"), ("桩位地址", "customer_address", "R2 桩位 for the site"),
    ("桩体型号", "product", "R2 the pile as the product"), ("桩体异常现象", "issue", "R2 异常现象 for the fault"),
    ("桩务处置办法", "resolution", "R2 处置办法 for the fix"), ("车主报障时刻", "reported_at", "R2 报障 + 时刻 for the report"),
    ("运维抵桩时刻", "responded_at", "R2 抵桩 for the crew arriving"), ("恢复充电时刻", "completed_at", "R2 charging restored as completion"),
    ("桩务运维员", "technician", "R2 运维员 for the technician"), ("车主验收签名", "signature", "R2 车主 + 验收签名 for the sign-off"),
]
_SV_HOTEL_COMMENT_CARD = [
    ("意见卡编号", "record_id", "R3 意见卡 for the response"), ("住店宾客", "respondent", "R3 住店宾客 for the respondent"),
    ("宾客联络电话", "respondent_phone", "R3 宾客 for the respondent"), ("离店填卡日期", "surveyed_at", "R3 离店填卡日期 for the survey date"),
    ("前台接待评分", "item", "R3 department + 评分"), ("客房清洁评分", "item", "R3 department + 评分"),
    ("餐饮出品评分", "item", "R3 department + 评分"), ("整体入住感受", "overall", "R3 整体入住感受 for the overall"),
]
_SV_DISCHARGE_CALLBACK = [
    ("随访登记号", "record_id", "R4 随访登记 for the call"), ("出院病友", "respondent", "R4 出院病友 for the respondent"),
    ("病友预留电话", "respondent_phone", "R4 预留电话 for the respondent's phone"), ("随访致电日期", "surveyed_at", "R4 随访致电 for the call"),
    ("医师诊疗评价", "item", "R4 part of the stay + 评价"), ("护理照护评价", "item", "R4 part of the stay + 评价"),
    ("病区环境评价", "item", "R4 part of the stay + 评价"), ("住院全程总评", "overall", "R4 住院全程总评 for the overall"),
]
_CP_PROPERTY_REQUEST = [
    ("诉求编号", "record_id", "R5 诉求 for the complaint"), ("诉求业主", "customer_name", "R5 诉求业主 for the customer"),
    ("业主来电号码", "customer_phone", "R5 业主来电号码 for the customer's phone"), ("诉求登记时刻", "received_at", "R5 诉求登记 for the intake"),
    ("诉求所涉事项", "reason", "R5 诉求所涉事项 for the matter"), ("物业办理情况", "handling", "R5 物业办理情况 for the handling"),
    ("业主回访意见", "feedback", "R5 回访意见 for the customer's answer"), ("诉求办结时刻", "closed_at", "R5 办结 for the closing"),
]

_SETS = [
    ("variant12_wo_piano_tuning", "work_orders", _WO_PIANO_TUNING, "java_tostring"),
    ("variant12_wo_charging_pile", "work_orders", _WO_CHARGING_PILE, "epoch_ms"),
    ("variant12_sv_hotel_comment_card", "survey_responses", _SV_HOTEL_COMMENT_CARD, "excel_serial_number"),
    ("variant12_sv_discharge_callback", "survey_responses", _SV_DISCHARGE_CALLBACK, "yyyymmdd"),
    ("variant12_cp_property_request", "complaints", _CP_PROPERTY_REQUEST, "mixed"),
]


def variant_layouts() -> list[Layout]:
    return corpus.variant_layouts(_SETS, "R1-R5", "retired12_wordings.py")
