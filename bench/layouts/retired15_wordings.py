"""Fifteenth held-out set: "variant wordings" layouts, generated from written-down rules.

Held out with the fifteenth set (retired15.toml, retired by decision 372); written without reading preaudit's recognition
code (parsers/), its vocabulary or any results, and none of their labels is a label of the
other *_wordings.py modules, of variant_wordings.py or of any layout file.

Real exports name a field one character or one composition away from the words a list holds.
The labels below are built by these rules:

- R1 the register of a greenhouse drip-irrigation servicer (大棚滴灌检修): the job a 滴灌检修单, the
  customer the 种植户 with the 种植户手机, the site the 大棚地块位置, the unit the 滴灌首部型号, the
  fault the 出水堵漏情况, the fix the 冲洗换管措施, the call the 种植户报修, the servicer entering the
  greenhouse 进棚, the end 滴灌恢复, the servicer the 滴灌农技员, the sign-off the 种植户's 验收签名;
- R2 the register of a ship repair yard's job book (船机修理): the job a 修船单, the customer the
  船东 with the 船东联系号, the site the 靠泊码头, the unit the 主机型号, the fault the 机舱故障现象,
  the fix the 修船处置经过, the intake a 进港报修 split into its 日期 and 钟点, the fitters boarding
  登轮, the end 修竣, the fitter the 轮机修理工, the sign-off the 船长's 签收;
- R3 the register of a museum's visitor questionnaire (观众问卷): the survey an 观众问卷 with its
  流水, the respondent the 参观观众 with the 观众联络手机, the date the 参观填写 day, each item a part
  of the visit marked 打星, the overall the 观众总体评价 (a verdict, 很满意…不满意);
- R4 the register of a gym's member experience poll (会员体验调研): the survey a 调研 with its
  答卷号, the respondent the 受访会员 with the 会员预留手机, the date the 调研填答 moment, each item
  an aspect of the club rated in 星级, the overall the 会员总体感受;
- R5 the register of a water utility's customer desk (供水诉求): the complaint a 供水诉求 with its
  编号, the customer the 用水户 (户名) with the 用水户来电号码, the intake the 诉求受理 moment, the
  reason the 用水异常诉由, the handling the 管网处置情况, the customer's answer the 用水户回评意见,
  the closing 诉求销号 (the item struck off the register).

Each layout records, per label, the canonical field and the rule that made it.
"""
# ruff: noqa: E501  -- Chinese labels

from __future__ import annotations

from bench.layouts import corpus
from bench.layouts.corpus import Layout

# (label, canonical field, rule) in column order
_WO_DRIP_IRRIGATION = [
    ("滴灌检修单号", "record_id", "R1 滴灌检修单 for the job"), ("种植户姓名", "customer_name", "R1 种植户 for the customer"),
    ("种植户手机", "customer_phone", "R1 种植户 for the customer"), ("大棚地块位置", "customer_address", "R1 大棚地块位置 for the site"),
    ("滴灌首部型号", "product", "R1 滴灌首部型号 for the unit"), ("出水堵漏情况", "issue", "R1 出水堵漏情况 for the fault"),
    ("冲洗换管措施", "resolution", "R1 冲洗换管措施 for the fix"), ("种植户报修时间", "reported_at", "R1 种植户报修 for the call"),
    ("农技员进棚时间", "responded_at", "R1 进棚 for the servicer's arrival"), ("滴灌恢复时间", "completed_at", "R1 滴灌恢复 for the end"),
    ("滴灌农技员", "technician", "R1 滴灌农技员 for the servicer"), ("种植户验收签名", "signature", "R1 种植户's 验收签名 as the sign-off"),
]
_WO_SHIP_REPAIR = [
    ("修船单编号", "record_id", "R2 修船单 for the job"), ("船东", "customer_name", "R2 船东 for the customer"),
    ("船东联系号", "customer_phone", "R2 船东联系号 for the customer's phone"), ("靠泊码头", "customer_address", "R2 靠泊码头 for the site"),
    ("主机型号", "product", "R2 主机型号 for the unit"), ("机舱故障现象", "issue", "R2 机舱故障现象 for the fault"),
    ("修船处置经过", "resolution", "R2 修船处置经过 for the fix"), ("进港报修日期", "reported_at@date", "R2 进港报修, the date half"),
    ("报修钟点", "reported_at@time", "R2 报修, the time half (钟点)"), ("修理工登轮时间", "responded_at", "R2 登轮 for the fitters boarding"),
    ("修竣时间", "completed_at", "R2 修竣 for the end"), ("轮机修理工", "technician", "R2 轮机修理工 for the fitter"),
    ("船长签收", "signature", "R2 船长's 签收 as the sign-off"),
]
_SV_MUSEUM_VISITORS = [
    ("观众问卷流水", "record_id", "R3 观众问卷 + 流水 for the survey"), ("参观观众", "respondent", "R3 参观观众 for the respondent"),
    ("观众联络手机", "respondent_phone", "R3 观众 + 联络手机 for the respondent's phone"), ("参观填写日期", "surveyed_at", "R3 参观填写 for the survey date"),
    ("展陈内容打星", "item", "R3 part of the visit + 打星"), ("讲解服务打星", "item", "R3 part of the visit + 打星"),
    ("场馆导览打星", "item", "R3 part of the visit + 打星"), ("观众总体评价", "overall", "R3 观众总体评价 for the overall verdict"),
]
_SV_GYM_MEMBER_POLL = [
    ("调研答卷号", "record_id", "R4 调研 + 答卷号 for the survey"), ("受访会员", "respondent", "R4 受访会员 for the respondent"),
    ("会员预留手机", "respondent_phone", "R4 会员预留手机 for the respondent's phone"), ("调研填答时间", "surveyed_at", "R4 调研填答 for the survey date"),
    ("教练指导星级", "item", "R4 club aspect + 星级"), ("器械维护星级", "item", "R4 club aspect + 星级"),
    ("场馆洁净星级", "item", "R4 club aspect + 星级"), ("会员总体感受", "overall", "R4 会员总体感受 for the overall"),
]
_CP_WATER_UTILITY = [
    ("供水诉求编号", "record_id", "R5 供水诉求 + 编号 for the complaint"), ("用水户名", "customer_name", "R5 用水户 (户名) for the customer"),
    ("用水户来电号码", "customer_phone", "R5 用水户来电号码 for the customer's phone"), ("诉求受理时刻", "received_at", "R5 诉求受理 for the intake"),
    ("用水异常诉由", "reason", "R5 用水异常诉由 for the reason"), ("管网处置情况", "handling", "R5 管网处置情况 for the handling"),
    ("用水户回评意见", "feedback", "R5 用水户回评意见 for the customer's answer"), ("诉求销号时刻", "closed_at", "R5 诉求销号 for the closing"),
]

_SETS = [
    ("variant15_wo_drip_irrigation", "work_orders", _WO_DRIP_IRRIGATION, "excel_serial_number"),
    ("variant15_wo_ship_repair", "work_orders", _WO_SHIP_REPAIR, "iso_date"),
    ("variant15_sv_museum_visitors", "survey_responses", _SV_MUSEUM_VISITORS, "yyyymmdd"),
    ("variant15_sv_gym_member_poll", "survey_responses", _SV_GYM_MEMBER_POLL, "epoch_ms"),
    ("variant15_cp_water_utility", "complaints", _CP_WATER_UTILITY, "mixed"),
]


def variant_layouts() -> list[Layout]:
    return corpus.variant_layouts(_SETS, "R1-R5", "retired15_wordings.py")
