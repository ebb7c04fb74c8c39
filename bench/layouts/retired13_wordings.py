"""Thirteenth held-out set: "variant wordings" layouts, generated from written-down rules.

Held out with the thirteenth set (retired13.toml, retired by decision 357); written without reading preaudit's recognition
code (parsers/), its vocabulary or any results, and none of their labels is a label of the
other *_wordings.py modules, of variant_wordings.py or of any layout file.

Real exports name a field one character or one composition away from the words a list holds.
The labels below are built by these rules:

- R1 the register of a district heating company's winter repair desk (供热报修): the customer the
  热用户 (the heated household), the site the 小区楼号, the unit the 散热器, the fault 暖气不热,
  the fix 放风调阀 (bleeding and balancing), the call taken by the 热线, the fitter the 管工 who
  goes 入户, the completion 复热 (heat restored), the sign-off the 热用户's 签认;
- R2 the register of an office-copier dealer's service desk (复印机服务): the job a 服务呼叫, the
  customer the 用机单位 (the office that uses the machine), the unit the 机型及序列号, the fault
  the 卡纸报错代码, the fix 更换部件及调校, the engineer the 驻场工程师 who comes 到机, the
  completion 机器恢复, the sign-off the 用机单位's 盖章;
- R3 the register of a driving school's learner evaluation of its coaches (评教): the respondent
  the 参评学员, the survey a 评教 with its 序号 and 日期, each item an aspect of the lessons scored
  in stars (得星), the overall the 学员总体星级;
- R4 the register of a domestic-help agency's call-back to employers (雇主回访): the respondent the
  雇主, the call a 回访 on a 回访日, each item a habit of the helper (阿姨), the overall the
  雇主满意结论;
- R5 the register of a bus company's passenger complaint line (乘客投诉): the customer the
  投诉乘客 with the 来电号码, the intake a 受诉 on the 热线, the reason 乘车遇到的问题, the
  handling the 车队核实处理经过, the answer the 乘客对答复意见, the closing 办毕.

Each layout records, per label, the canonical field and the rule that made it.
"""
# ruff: noqa: E501  -- Chinese labels

from __future__ import annotations

from bench.layouts import corpus
from bench.layouts.corpus import Layout

# (label, canonical field, rule) in column order
_WO_HEATING_REPAIR = [
    ("供热报修单号", "record_id", "R1 供热 + 报修单 for the job"), ("热用户姓名", "customer_name", "R1 热用户 for the customer"),
    ("热用户电话", "customer_phone", "R1 热用户 for the customer"), ("供热小区楼号", "customer_address", "R1 小区楼号 for the site"),
    ("散热器类型", "product", "R1 the radiator as the product"), ("暖气不热症状", "issue", "R1 暖气不热 for the fault"),
    ("放风调阀处理", "resolution", "R1 放风调阀 for the fix"), ("热线接报时间", "reported_at", "R1 热线 + 接报 for the report"),
    ("管工入户时间", "responded_at", "R1 管工 入户 as the response"), ("复热时间", "completed_at", "R1 复热 for the completion"),
    ("入户管工", "technician", "R1 管工 for the technician"), ("热用户签认", "signature", "R1 热用户's 签认 as the sign-off"),
]
_WO_COPIER_SERVICE = [
    ("服务呼叫单号", "record_id", "R2 服务呼叫 for the job"), ("用机单位", "customer_name", "R2 用机单位 for the customer"),
    ("用机联系人电话", "customer_phone", "R2 用机 + 联系人电话 for the customer's phone"), ("机器放置地址", "customer_address", "R2 where the machine stands as the site"),
    ("复印机机型及序列号", "product", "R2 机型及序列号 as the product"), ("卡纸报错代码", "issue", "R2 卡纸报错代码 for the fault"),
    ("更换部件及调校", "resolution", "R2 更换部件及调校 for the fix"), ("来电呼叫时间", "reported_at", "R2 呼叫 for the report"),
    ("工程师到机时间", "responded_at", "R2 到机 for the response"), ("机器恢复时间", "completed_at", "R2 机器恢复 for the completion"),
    ("驻场工程师", "technician", "R2 驻场工程师 for the technician"), ("用机单位盖章", "signature", "R2 用机单位's 盖章 as the sign-off"),
]
_SV_DRIVING_SCHOOL = [
    ("评教序号", "record_id", "R3 评教 + 序号 for the survey"), ("参评学员", "respondent", "R3 参评学员 for the respondent"),
    ("学员手机", "respondent_phone", "R3 学员 for the respondent's phone"), ("评教日期", "surveyed_at", "R3 评教 for the survey date"),
    ("教练守时得星", "item", "R3 aspect of the lessons + 得星"), ("车辆整洁得星", "item", "R3 aspect of the lessons + 得星"),
    ("讲解耐心得星", "item", "R3 aspect of the lessons + 得星"), ("学员总体星级", "overall", "R3 总体星级 for the overall"),
]
_SV_DOMESTIC_HELP = [
    ("雇主回访编号", "record_id", "R4 雇主回访 for the call"), ("回访雇主", "respondent", "R4 雇主 for the respondent"),
    ("雇主手机号码", "respondent_phone", "R4 雇主 for the respondent's phone"), ("雇主回访日", "surveyed_at", "R4 回访日 for the call date"),
    ("阿姨守时程度", "item", "R4 habit of the helper"), ("阿姨做饭手艺", "item", "R4 habit of the helper"),
    ("阿姨卫生习惯", "item", "R4 habit of the helper"), ("雇主满意结论", "overall", "R4 满意结论 for the overall"),
]
_CP_BUS_PASSENGER = [
    ("乘客投诉编号", "record_id", "R5 乘客投诉 for the complaint"), ("投诉乘客", "customer_name", "R5 投诉乘客 for the customer"),
    ("乘客来电号码", "customer_phone", "R5 来电号码 for the customer's phone"), ("热线受诉时间", "received_at", "R5 热线 + 受诉 for the intake"),
    ("乘车遇到的问题", "reason", "R5 乘车遇到的问题 for the reason"), ("车队核实处理经过", "handling", "R5 车队核实处理经过 for the handling"),
    ("乘客对答复意见", "feedback", "R5 对答复意见 for the passenger's answer"), ("投诉办毕时间", "closed_at", "R5 办毕 for the closing"),
]

_SETS = [
    ("variant13_wo_heating_repair", "work_orders", _WO_HEATING_REPAIR, "epoch_ms"),
    ("variant13_wo_copier_service", "work_orders", _WO_COPIER_SERVICE, "java_tostring"),
    ("variant13_sv_driving_school", "survey_responses", _SV_DRIVING_SCHOOL, "iso_date"),
    ("variant13_sv_domestic_help", "survey_responses", _SV_DOMESTIC_HELP, "excel_serial_number"),
    ("variant13_cp_bus_passenger", "complaints", _CP_BUS_PASSENGER, "yyyymmdd"),
]


def variant_layouts() -> list[Layout]:
    return corpus.variant_layouts(_SETS, "R1-R5", "retired13_wordings.py")
