"""Seventeenth held-out set: "variant wordings" layouts, generated from written-down rules.

Held out with the seventeenth set (retired17.toml, retired by decision 394); written without reading preaudit's recognition
code (parsers/), its vocabulary or any results, and none of their labels is a label of the
other *_wordings.py modules or of any layout file.

Real exports name a field one character or one composition away from the words a list holds.
The labels below are built by these rules:

- R1 the register of a hearing-aid centre's return-for-repair desk (助听器返修): the job a
  返修登记, the customer the 配戴者 (the wearer), the site the 寄回地址 the aid goes back to, the
  device the 助听器机型, the fault an 听感异常, the fix a 检修结论, the times 收件 (received),
  验配师回电 (the fitter's call back) and 寄出 (sent back), the worker the 返修验配师, the sign-off the
  配戴者's 收机签字;
- R2 the register of a district-heating company's winter repair desk (供暖报修): the job a
  报暖派修单, the customer the 热用户, the site the 供热户址, the radiator the 散热器型式, the
  fault a 不热现象, the fix 排气疏通措施, the times written 时刻 (报暖来电, 入户测温, 恢复供暖), the
  worker the 热力维修工, the sign-off the 热用户's 复暖签认;
- R3 the register of a driving school's trainee feedback form (学车评教): the response a 评教单,
  the respondent the 答卷学员 and 学员留号, the date the 评教填写日, each item an aspect of the
  coach ending in 分, the overall the 学车综合满意度评;
- R4 the register of a scenic area's visitor questionnaire (游客问卷): the response a 问卷流水,
  the respondent the 受访游客, the date the 游园填答时间, each item an aspect of the visit ending
  in 分, the overall the 游园总体观感;
- R5 the register of a city bus company's passenger-opinion desk (乘客意见): the complaint an
  乘客意见单, the customer the 反映乘客 with the 乘客留号, the intake 意见受理, the reason 乘客反映事由,
  the handling the 车队处理经过, the customer's answer the 乘客答复意见, the closing 销号.

Each layout records, per label, the canonical field and the rule that made it.
"""
# ruff: noqa: E501  -- Chinese labels

from __future__ import annotations

from bench.layouts import corpus
from bench.layouts.corpus import Layout

# (label, canonical field, rule) in column order
_WO_HEARING_AID = [
    ("返修登记号", "record_id", "R1 返修登记 for the job"), ("配戴者姓名", "customer_name", "R1 配戴者 for the customer"),
    ("配戴者联系电话", "customer_phone", "R1 配戴者 for the customer"), ("配戴者寄回地址", "customer_address", "R1 寄回地址 for the site"),
    ("助听器机型", "product", "R1 助听器机型 for the device"), ("听感异常描述", "issue", "R1 听感异常 for the fault"),
    ("返修检修结论", "resolution", "R1 检修结论 for the fix"), ("返修收件时间", "reported_at", "R1 收件 for the intake"),
    ("验配师回电时间", "responded_at", "R1 验配师回电 for the response"), ("返修寄出时间", "completed_at", "R1 寄出 for done"),
    ("返修验配师", "technician", "R1 验配师 for the worker"), ("配戴者收机签字", "signature", "R1 配戴者 + 收机签字 for the sign-off"),
]
_WO_HEATING_REPAIR = [
    ("报暖派修单号", "record_id", "R2 报暖派修单 for the job"), ("热用户户名", "customer_name", "R2 热用户 for the customer"),
    ("热用户联络电话", "customer_phone", "R2 热用户 for the customer"), ("供热户址", "customer_address", "R2 供热户址 for the site"),
    ("散热器型式", "product", "R2 散热器型式 for the radiator"), ("不热现象", "issue", "R2 不热现象 for the fault"),
    ("排气疏通措施", "resolution", "R2 排气疏通措施 for the fix"), ("报暖来电时刻", "reported_at", "R2 报暖来电 + 时刻"),
    ("入户测温时刻", "responded_at", "R2 入户测温 + 时刻"), ("恢复供暖时刻", "completed_at", "R2 恢复供暖 + 时刻"),
    ("热力维修工", "technician", "R2 热力维修工 for the worker"), ("热用户复暖签认", "signature", "R2 热用户 + 复暖签认 for the sign-off"),
]
_SV_DRIVING_SCHOOL = [
    ("评教单号", "record_id", "R3 评教单 for the response"), ("答卷学员", "respondent", "R3 答卷学员 for the respondent"),
    ("学员留号", "respondent_phone", "R3 学员留号 for the respondent's phone"), ("评教填写日", "surveyed_at", "R3 评教填写日 for the date"),
    ("教练守时分", "item", "R3 coach aspect + 分"), ("车辆整洁分", "item", "R3 coach aspect + 分"),
    ("讲解耐心分", "item", "R3 coach aspect + 分"), ("学车综合满意度评", "overall", "R3 综合满意度评 for the overall"),
]
_SV_SCENIC_VISITOR = [
    ("问卷流水", "record_id", "R4 问卷流水 for the response"), ("受访游客", "respondent", "R4 受访游客 for the respondent"),
    ("游客联络手机", "respondent_phone", "R4 游客 + 联络手机 for the respondent's phone"), ("游园填答时间", "surveyed_at", "R4 游园填答时间 for the date"),
    ("导览讲解分", "item", "R4 visit aspect + 分"), ("游览秩序分", "item", "R4 visit aspect + 分"),
    ("卫生设施分", "item", "R4 visit aspect + 分"), ("游园总体观感", "overall", "R4 游园总体观感 for the overall"),
]
_CP_BUS_PASSENGER = [
    ("乘客意见单号", "record_id", "R5 乘客意见单 for the complaint"), ("反映乘客", "customer_name", "R5 反映乘客 for the customer"),
    ("乘客留号", "customer_phone", "R5 乘客留号 for the customer's phone"), ("意见受理时刻", "received_at", "R5 意见受理 for the intake"),
    ("乘客反映事由", "reason", "R5 乘客反映事由 for the reason"), ("车队处理经过", "handling", "R5 车队处理经过 for the handling"),
    ("乘客答复意见", "feedback", "R5 乘客答复意见 for the customer's answer"), ("意见销号时间", "closed_at", "R5 销号 for the closing"),
]

_SETS = [
    ("variant17_wo_hearing_aid_return", "work_orders", _WO_HEARING_AID, "excel_serial_text"),
    ("variant17_wo_heating_repair", "work_orders", _WO_HEATING_REPAIR, "epoch_ms"),
    ("variant17_sv_driving_school", "survey_responses", _SV_DRIVING_SCHOOL, "yyyymmdd"),
    ("variant17_sv_scenic_visitor", "survey_responses", _SV_SCENIC_VISITOR, "java_tostring"),
    ("variant17_cp_bus_passenger", "complaints", _CP_BUS_PASSENGER, "iso_seconds"),
]


def variant_layouts() -> list[Layout]:
    return corpus.variant_layouts(_SETS, "R1-R5", "retired17_wordings.py")
