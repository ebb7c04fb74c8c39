"""Nineteenth held-out set: "variant wordings" layouts, generated from written-down rules.

Held out with the nineteenth set (retired19.toml, retired by decision 409); written without reading preaudit's recognition
code (parsers/), its vocabulary or any results, and none of their labels is a label of the
other *_wordings.py modules or of any layout file.

Real exports name a field one character or one composition away from the words a list holds.
The labels below are built by these rules:

- R1 the register of a rehabilitation-aids shop's wheelchair repair desk (轮椅返修): the job a
  轮椅送修单, the customer the 使用者 (the wheelchair user) with the 家属 phone, the site the
  取椅住址 the chair is fetched from, the device the 轮椅型号, the fault a 故障部位, the fix the
  配件更换说明, the times 送修登记 (booked), 上门取椅 (fetched) and 修复交还 (handed back), the
  worker the 辅具维修员, the sign-off the 使用者's 取椅签字;
- R2 the register of a smart-lock maker's door-lock fault desk (智能锁报修): the job a
  智能锁派修单, the customer the 锁具用户, the site the 装锁门址, the device the 智能锁型号, the
  fault an 开锁失灵情况, the fix the 锁芯复位处理, the times written 时刻 (用户报锁, 锁匠上门,
  开合恢复), the worker the 智能锁技师, the sign-off the 锁具用户's 试锁签认;
- R3 the register of a postpartum-care centre's leaving questionnaire (月子会所出馆回访): the
  response an 出馆问卷, the respondent the 宝妈 and 宝妈手机, the date the 出馆回访日, each item an
  aspect of the stay ending in 分, the overall the 入住整体满意评;
- R4 the register of a public library's reader appraisal form (读者评议): the response a
  读者评议表, the respondent the 填表读者 and 读者联络号, the date the 评议填写时间, each item an
  aspect of the library ending in 分, the overall the 读者综合评定;
- R5 the register of a removals company's complaint ledger (搬家投诉): the complaint a
  搬家投诉单, the customer the 投诉搬家户 with the 搬家户手机, the intake 投诉登记, the reason
  物品损坏事由, the handling the 搬运队处置经过, the customer's answer the 搬家户回复意见, the closing
  销案.

Each layout records, per label, the canonical field and the rule that made it.
"""
# ruff: noqa: E501  -- Chinese labels

from __future__ import annotations

from bench.layouts import corpus
from bench.layouts.corpus import Layout

# (label, canonical field, rule) in column order
_WO_WHEELCHAIR = [
    ("轮椅送修单号", "record_id", "R1 轮椅送修单 for the job"), ("使用者姓名", "customer_name", "R1 使用者 for the customer"),
    ("使用者家属电话", "customer_phone", "R1 使用者 + 家属电话 for the customer's phone"), ("取椅住址", "customer_address", "R1 取椅住址 for the site"),
    ("轮椅型号", "product", "R1 轮椅型号 for the device"), ("故障部位描述", "issue", "R1 故障部位 for the fault"),
    ("配件更换说明", "resolution", "R1 配件更换说明 for the fix"), ("送修登记时间", "reported_at", "R1 送修登记 for the intake"),
    ("上门取椅时间", "responded_at", "R1 上门取椅 for the response"), ("修复交还时间", "completed_at", "R1 修复交还 for done"),
    ("辅具维修员", "technician", "R1 辅具维修员 for the worker"), ("使用者取椅签字", "signature", "R1 使用者 + 取椅签字 for the sign-off"),
]
_WO_SMART_LOCK = [
    ("智能锁派修单号", "record_id", "R2 智能锁派修单 for the job"), ("锁具用户", "customer_name", "R2 锁具用户 for the customer"),
    ("锁具用户手机", "customer_phone", "R2 锁具用户 for the customer"), ("装锁门址", "customer_address", "R2 装锁门址 for the site"),
    ("智能锁型号", "product", "R2 智能锁型号 for the device"), ("开锁失灵情况", "issue", "R2 开锁失灵情况 for the fault"),
    ("锁芯复位处理", "resolution", "R2 锁芯复位处理 for the fix"), ("用户报锁时刻", "reported_at", "R2 用户报锁 + 时刻"),
    ("锁匠上门时刻", "responded_at", "R2 锁匠上门 + 时刻"), ("开合恢复时刻", "completed_at", "R2 开合恢复 + 时刻"),
    ("智能锁技师", "technician", "R2 智能锁技师 for the worker"), ("用户试锁签认", "signature", "R2 锁具用户 + 试锁签认 for the sign-off"),
]
_SV_POSTPARTUM = [
    ("出馆问卷编号", "record_id", "R3 出馆问卷 for the response"), ("回访宝妈", "respondent", "R3 宝妈 for the respondent"),
    ("宝妈手机", "respondent_phone", "R3 宝妈手机 for the respondent's phone"), ("出馆回访日", "surveyed_at", "R3 出馆回访日 for the date"),
    ("月嫂护理分", "item", "R3 stay aspect + 分"), ("月子膳食分", "item", "R3 stay aspect + 分"),
    ("房间洁净分", "item", "R3 stay aspect + 分"), ("入住整体满意评", "overall", "R3 入住整体满意评 for the overall"),
]
_SV_LIBRARY_READER = [
    ("读者评议表号", "record_id", "R4 读者评议表 for the response"), ("填表读者", "respondent", "R4 填表读者 for the respondent"),
    ("读者联络号", "respondent_phone", "R4 读者联络号 for the respondent's phone"), ("评议填写时间", "surveyed_at", "R4 评议填写时间 for the date"),
    ("借还便捷分", "item", "R4 library aspect + 分"), ("馆员服务分", "item", "R4 library aspect + 分"),
    ("阅览环境分", "item", "R4 library aspect + 分"), ("读者综合评定", "overall", "R4 读者综合评定 for the overall"),
]
_CP_REMOVALS = [
    ("搬家投诉单号", "record_id", "R5 搬家投诉单 for the complaint"), ("投诉搬家户", "customer_name", "R5 投诉搬家户 for the customer"),
    ("搬家户手机", "customer_phone", "R5 搬家户手机 for the customer's phone"), ("投诉登记时刻", "received_at", "R5 投诉登记 for the intake"),
    ("物品损坏事由", "reason", "R5 物品损坏事由 for the reason"), ("搬运队处置经过", "handling", "R5 搬运队处置经过 for the handling"),
    ("搬家户回复意见", "feedback", "R5 搬家户回复意见 for the customer's answer"), ("投诉销案时间", "closed_at", "R5 销案 for the closing"),
]

_SETS = [
    ("variant19_wo_wheelchair_repair", "work_orders", _WO_WHEELCHAIR, "excel_serial_number"),
    ("variant19_wo_smart_lock_fault", "work_orders", _WO_SMART_LOCK, "iso_seconds"),
    ("variant19_sv_postpartum_leaving", "survey_responses", _SV_POSTPARTUM, "iso_date"),
    ("variant19_sv_library_reader", "survey_responses", _SV_LIBRARY_READER, "epoch_s"),
    ("variant19_cp_removals_complaint", "complaints", _CP_REMOVALS, "yyyymmdd"),
]


def variant_layouts() -> list[Layout]:
    return corpus.variant_layouts(_SETS, "R1-R5", "retired19_wordings.py")
