"""Seventh held-out set: "variant wordings" layouts, generated from written-down rules.

Held out with the seventh set (retired7.toml), retired with it (decision 257); written without
reading preaudit's recognition code (parsers/) or any results, and none of their labels is a
label of the other *_wordings.py modules or of any layout file.

Real exports name a field one character or one composition away from the words a list holds.
The labels below are built by these rules:

- Y1 the register of an elevator maintainer's emergency desk (急修): the caller is the 使用单位
  (the building that uses the lift), the call a 接报, the arrival 到场, the lift back in service
  恢复运行, the repairer the 维保工;
- Y2 a possessive or agent composition inside a usual label: 者 for 人 and 的 between the
  parts (报修者的姓名, 处置的经过), as hand-made sheets write them;
- Y3 the register of a water utility's hotline desk (诉求): the caller the 诉求群众, the intake a
  登记, the handling desk 承办, the call-back opinion taken from the caller, the close 办毕;
- Y4 a hospital's patient-relations desk: the complainant the 患方, the complaint a 纠纷 or
  意见, the reply a 答复, the close 了结;
- Y5 a car dealer's CSI call-back with the date and the clock time in two columns: the
  respondent the 车主, the call 电访, items areas of the visit, the overall the 综合得分.

Each layout records, per label, the canonical field and the rule that made it.
"""
# ruff: noqa: E501  -- Chinese labels

from __future__ import annotations

from bench.layouts import corpus
from bench.layouts.corpus import Layout

# (label, canonical field, rule) in column order
_WO_ELEVATOR_EMERGENCY = [
    ("急修单号", "record_id", "Y1 急修 for the emergency ticket"), ("使用单位", "customer_name", "Y1 使用单位 for the customer"),
    ("使用单位联系电话", "customer_phone", "Y1 使用单位 for the customer"), ("电梯所在地址", "customer_address", "Y1 the lift's site as the address"),
    ("电梯品牌型号", "product", "Y1 the lift as the product"), ("困梯/故障情况", "issue", "Y1 困梯 joined to the fault"),
    ("排障经过", "resolution", "Y1 排障 for clearing the fault"), ("接报时刻", "reported_at", "Y1 接报 for the call"),
    ("到场时间", "responded_at", "Y1 到场 for the arrival"), ("恢复运行时间", "completed_at", "Y1 恢复运行 for the end of the job"),
    ("维保工", "technician", "Y1 维保工 for the repairer"), ("使用单位签章", "signature", "Y1 the building's stamp as the sign-off"),
]
_WO_POSSESSIVE = [
    ("报修单的编号", "record_id", "Y2 的 between the parts"), ("报修者的姓名", "customer_name", "Y2 者 + 的"),
    ("报修者的手机", "customer_phone", "Y2 者 + 的"), ("上门的地址", "customer_address", "Y2 的 between the parts"),
    ("报修的产品", "product", "Y2 的 between the parts"), ("报修者反映的问题", "issue", "Y2 者 + 的"),
    ("处置的经过", "resolution", "Y2 的 between the parts"), ("报修的时间", "reported_at", "Y2 的 between the parts"),
    ("上门的时间", "responded_at", "Y2 的 between the parts"), ("修好的时间", "completed_at", "Y2 的 between the parts"),
    ("上门的师傅", "technician", "Y2 的 between the parts"), ("报修者的签名", "signature", "Y2 者 + 的"),
]
_CP_WATER_HOTLINE = [
    ("诉求单编号", "record_id", "Y3 诉求 for the appeal"), ("诉求群众", "customer_name", "Y3 诉求群众 for the caller"),
    ("诉求群众联系方式", "customer_phone", "Y3 诉求群众 for the caller"), ("诉求登记日", "received_at", "Y3 登记 for the intake"),
    ("诉求事项", "reason", "Y3 诉求 for the appeal"), ("承办情况说明", "handling", "Y3 承办 for the handling desk"),
    ("回访时诉求群众意见", "feedback", "Y3 诉求群众 + the call-back"), ("办毕日期", "closed_at", "Y3 办毕 for the close"),
]
_CP_HOSPITAL_PATIENT = [
    ("纠纷登记号", "record_id", "Y4 纠纷 for the complaint"), ("患方姓名", "customer_name", "Y4 患方 for the complainant"),
    ("患方电话", "customer_phone", "Y4 患方 for the complainant"), ("患方来访日", "received_at", "Y4 the visit to the desk as the intake"),
    ("患方意见", "reason", "Y4 意见 for the complaint"), ("答复及处理", "handling", "Y4 答复 for the reply"),
    ("患方对答复的态度", "feedback", "Y4 患方 + Y2 的"), ("纠纷了结日期", "closed_at", "Y4 了结 for the close"),
]
_SV_DEALER_CSI = [
    ("回访流水", "record_id", "Y5 流水 for the number"), ("车主称呼", "respondent", "Y5 车主 for the respondent"),
    ("车主移动电话", "respondent_phone", "Y5 车主 for the respondent"), ("电访日期", "surveyed_at@date", "Y5 电访 (call-back by phone), the date half"),
    ("电访时刻", "surveyed_at@time", "Y5 电访, the clock-time half"), ("接车顾问表现", "item", "Y5 area of the visit"),
    ("维修一次修复", "item", "Y5 area of the visit"), ("交车及时性", "item", "Y5 area of the visit"),
    ("综合得分", "overall", "Y5 综合得分 for the overall"),
]

_SETS = [
    ("variant7_wo_elevator_emergency", "work_orders", _WO_ELEVATOR_EMERGENCY, "excel_serial_number"),
    ("variant7_wo_possessive", "work_orders", _WO_POSSESSIVE, "yyyymmdd"),
    ("variant7_cp_water_hotline", "complaints", _CP_WATER_HOTLINE, "epoch_ms"),
    ("variant7_cp_hospital_patient", "complaints", _CP_HOSPITAL_PATIENT, "java_tostring"),
    ("variant7_sv_dealer_csi", "survey_responses", _SV_DEALER_CSI, "iso_date"),
]


def variant_layouts() -> list[Layout]:
    return corpus.variant_layouts(_SETS, "Y1-Y5", "retired7_wordings.py")
