"""Twentieth held-out set: "variant wordings" layouts, generated from written-down rules.

Held out with the twentieth set (retired20.toml, retired by decision 417); written without reading preaudit's recognition code
(parsers/), its vocabulary or any results, and none of their labels is a label of the other
*_wordings.py modules or of any layout file (checked by a script that printed yes/no only).

Real exports name a field one character or one composition away from the words a list holds.
The labels below are built by these rules:

- R1 the register of a clock-and-watch repair counter (钟表维修): the job a 修表单, the customer
  the 送修表主 (the watch's owner), the site the 回寄地址 the watch goes back to, the device the
  腕表型号, the fault a 走时异常, the fix a 修表处置结论, the times written 时刻 (收表 received,
  拆检 opened by the watchmaker, 交表 handed back), the worker the 修表师傅, the sign-off the
  表主's 取表签字;
- R2 the register of a swimming-pool equipment maintenance contractor (泳池维保): the job a
  泳池维保派单, the customer the 池主单位 (the pool's owner), the site the 泳池所在地, the device the
  循环泵型号, the fault a 池水异常现象, the fix 泳池检修措施, the times written 日时 (报池来电,
  技工到池, 恢复开放), the worker the 泳池技工, the sign-off the 池主's 验收签章;
- R3 the register of a ski resort's guest questionnaire (雪场问卷): the response a 雪场问卷单, the
  respondent the 受访雪友 with the 雪友留号, the date the 滑雪填答日, each item an aspect of the
  resort ending in 分, the overall the 雪场总体体验评;
- R4 the register of a wedding banquet hall's call-back to the couple (婚宴回访): the response a
  婚宴回访卷, the respondent the 新人代表 with the 新人联系手机, the date the 宴后回访时间, each item
  an aspect of the banquet ending in 分, the overall the 婚宴整体满意评;
- R5 the register of a cinema chain's audience complaint desk (观影投诉): the complaint an
  观影投诉单, the customer the 投诉观众 with the 观众留号, the intake 观影投诉受理, the reason
  观众投诉事由, the handling the 影院处置经过, the customer's answer the 观众回访意见, the closing 销号.

Each layout records, per label, the canonical field and the rule that made it.
"""
# ruff: noqa: E501  -- Chinese labels

from __future__ import annotations

from bench.layouts import corpus
from bench.layouts.corpus import Layout

# (label, canonical field, rule) in column order
_WO_WATCH_REPAIR = [
    ("修表单号", "record_id", "R1 修表单 for the job"), ("送修表主", "customer_name", "R1 送修表主 for the customer"),
    ("表主联系电话", "customer_phone", "R1 表主 for the customer"), ("表主回寄地址", "customer_address", "R1 回寄地址 for the site"),
    ("腕表型号", "product", "R1 腕表型号 for the device"), ("走时异常描述", "issue", "R1 走时异常 for the fault"),
    ("修表处置结论", "resolution", "R1 修表处置结论 for the fix"), ("收表时刻", "reported_at", "R1 收表 + 时刻 for the intake"),
    ("拆检时刻", "responded_at", "R1 拆检 + 时刻 for the response"), ("交表时刻", "completed_at", "R1 交表 + 时刻 for done"),
    ("修表师傅", "technician", "R1 修表师傅 for the worker"), ("表主取表签字", "signature", "R1 表主 + 取表签字 for the sign-off"),
]
_WO_POOL_MAINTENANCE = [
    ("泳池维保派单号", "record_id", "R2 泳池维保派单 for the job"), ("池主单位名", "customer_name", "R2 池主单位 for the customer"),
    ("池主联络手机", "customer_phone", "R2 池主 for the customer"), ("泳池所在地", "customer_address", "R2 泳池所在地 for the site"),
    ("循环泵型号", "product", "R2 循环泵型号 for the device"), ("池水异常现象", "issue", "R2 池水异常现象 for the fault"),
    ("泳池检修措施", "resolution", "R2 泳池检修措施 for the fix"), ("报池来电日时", "reported_at", "R2 报池来电 + 日时"),
    ("技工到池日时", "responded_at", "R2 技工到池 + 日时"), ("恢复开放日时", "completed_at", "R2 恢复开放 + 日时"),
    ("泳池技工", "technician", "R2 泳池技工 for the worker"), ("池主验收签章", "signature", "R2 池主 + 验收签章 for the sign-off"),
]
_SV_SKI_RESORT = [
    ("雪场问卷单号", "record_id", "R3 雪场问卷单 for the response"), ("受访雪友", "respondent", "R3 受访雪友 for the respondent"),
    ("雪友留号", "respondent_phone", "R3 雪友留号 for the respondent's phone"), ("滑雪填答日", "surveyed_at", "R3 滑雪填答日 for the date"),
    ("雪道养护分", "item", "R3 resort aspect + 分"), ("缆车候乘分", "item", "R3 resort aspect + 分"),
    ("雪具租赁分", "item", "R3 resort aspect + 分"), ("雪场总体体验评", "overall", "R3 雪场总体体验评 for the overall"),
]
_SV_WEDDING_BANQUET = [
    ("婚宴回访卷号", "record_id", "R4 婚宴回访卷 for the response"), ("新人代表", "respondent", "R4 新人代表 for the respondent"),
    ("新人联系手机", "respondent_phone", "R4 新人 + 联系手机 for the respondent's phone"), ("宴后回访时间", "surveyed_at", "R4 宴后回访时间 for the date"),
    ("菜品口味分", "item", "R4 banquet aspect + 分"), ("婚礼督导分", "item", "R4 banquet aspect + 分"),
    ("场地布置分", "item", "R4 banquet aspect + 分"), ("婚宴整体满意评", "overall", "R4 婚宴整体满意评 for the overall"),
]
_CP_CINEMA_AUDIENCE = [
    ("观影投诉单号", "record_id", "R5 观影投诉单 for the complaint"), ("投诉观众", "customer_name", "R5 投诉观众 for the customer"),
    ("观众留号", "customer_phone", "R5 观众留号 for the customer's phone"), ("观影投诉受理时刻", "received_at", "R5 观影投诉受理 for the intake"),
    ("观众投诉事由", "reason", "R5 观众投诉事由 for the reason"), ("影院处置经过", "handling", "R5 影院处置经过 for the handling"),
    ("观众回访意见", "feedback", "R5 观众回访意见 for the customer's answer"), ("观影投诉销号时间", "closed_at", "R5 销号 for the closing"),
]

_SETS = [
    ("variant20_wo_watch_repair_counter", "work_orders", _WO_WATCH_REPAIR, "iso_seconds"),
    ("variant20_wo_pool_maintenance", "work_orders", _WO_POOL_MAINTENANCE, "excel_serial_number"),
    ("variant20_sv_ski_resort_guest", "survey_responses", _SV_SKI_RESORT, "iso_date"),
    ("variant20_sv_wedding_banquet_callback", "survey_responses", _SV_WEDDING_BANQUET, "epoch_s"),
    ("variant20_cp_cinema_audience", "complaints", _CP_CINEMA_AUDIENCE, "mixed"),
]


def variant_layouts() -> list[Layout]:
    return corpus.variant_layouts(_SETS, "R1-R5", "retired20_wordings.py")
