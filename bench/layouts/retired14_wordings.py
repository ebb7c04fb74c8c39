"""Fourteenth held-out set: "variant wordings" layouts, generated from written-down rules.

Held out with the fourteenth set (retired14.toml, retired by decision 361); written without reading preaudit's recognition
code (parsers/), its vocabulary or any results, and none of their labels is a label of the
other *_wordings.py modules, of variant_wordings.py or of any layout file.

Real exports name a field one character or one composition away from the words a list holds.
The labels below are built by these rules:

- R1 the register of a home CCTV and alarm installer's job sheet (安防布控): the job a 布控单, the
  customer the 业户 (the household that ordered it), the site the 布点地址, the unit the 摄像机
  型号, the fault the 画面异常现象, the fix the 调试结论, the booking 约装受理, the crew's arrival
  进场, the completion 联调完成, the fitter the 安防技师, the sign-off the 业户's 验收签字;
- R2 the register of a hearing-aid fitting centre's aftercare book (助听器售后): the customer the
  配戴者 (the wearer) with the 家属联系电话, the site the 配戴者住址, the unit the 机型及耳别,
  the fault the 听感问题, the fix 调机及返厂处理, the intake a 售后登记 split into its 日 and 时点, the
  wearer's return visit 复诊到店, the hand-back 交还, the fitter the 验配师, the sign-off the
  配戴者's 确认;
- R3 the register of a government service hall's good-or-bad review (政务好差评): the survey an
  评价 with its 流水号, the respondent the 办事人, the date the 评价提交 moment, each item an aspect
  of the window service marked 打分, the overall the 好差评结果 (a verdict, 非常满意…非常不满意);
- R4 the register of a pet clinic's after-visit call (宠物诊后回访): the respondent the 宠主, the
  call a 回访 on a 回访当日, each item an aspect of the visit ending in 评价, the overall the
  宠主综合满意度;
- R5 the register of a tourism bureau's complaint desk (旅游投诉): the complaint a 旅游投诉 with
  its 编号, the customer the 投诉游客 with the 游客手机, the intake a 受理登记 (its 时刻), the reason the
  被投诉事项, the handling the 调解经过, the customer's answer the 游客对调解意见, the closing the
  调解终结.

Each layout records, per label, the canonical field and the rule that made it.
"""
# ruff: noqa: E501  -- Chinese labels

from __future__ import annotations

from bench.layouts import corpus
from bench.layouts.corpus import Layout

# (label, canonical field, rule) in column order
_WO_CCTV_INSTALL = [
    ("布控单编号", "record_id", "R1 布控单 for the job"), ("业户姓名", "customer_name", "R1 业户 for the customer"),
    ("业户联系手机", "customer_phone", "R1 业户 for the customer"), ("布点地址", "customer_address", "R1 布点地址 for the site"),
    ("摄像机型号", "product", "R1 the camera fitted as the product"), ("画面异常现象", "issue", "R1 画面异常现象 for the fault"),
    ("调试结论", "resolution", "R1 调试结论 for the fix"), ("约装受理时间", "reported_at", "R1 约装受理 for the booking taken"),
    ("技师进场时间", "responded_at", "R1 进场 for the crew's arrival"), ("联调完成时间", "completed_at", "R1 联调完成 for the completion"),
    ("安防技师", "technician", "R1 安防技师 for the fitter"), ("业户验收签字", "signature", "R1 业户's 验收签字 as the sign-off"),
]
_WO_HEARING_AID_AFTERCARE = [
    ("售后登记号", "record_id", "R2 登记 for the intake's number"), ("配戴者", "customer_name", "R2 配戴者 for the customer"),
    ("家属联系电话", "customer_phone", "R2 家属联系电话 for the customer's phone"), ("配戴者住址", "customer_address", "R2 配戴者 + 住址 for the site"),
    ("机型及耳别", "product", "R2 机型及耳别 for the unit"), ("听感问题", "issue", "R2 听感问题 for the fault"),
    ("调机及返厂处理", "resolution", "R2 调机 + 返厂处理 for the fix"), ("售后登记日", "reported_at@date", "R2 售后 + 登记, the date half"),
    ("登记时点", "reported_at@time", "R2 登记, the time half"), ("复诊到店时间", "responded_at", "R2 复诊到店 for the wearer's return visit"),
    ("交还配戴者时间", "completed_at", "R2 交还 for the hand-back"), ("验配师", "technician", "R2 验配师 for the fitter"),
    ("配戴者确认", "signature", "R2 配戴者's 确认 as the sign-off"),
]
_SV_SERVICE_HALL_REVIEW = [
    ("评价流水号", "record_id", "R3 评价 + 流水号 for the survey"), ("办事人", "respondent", "R3 办事人 for the respondent"),
    ("办事人手机号码", "respondent_phone", "R3 办事人 for the respondent"), ("评价提交时刻", "surveyed_at", "R3 评价提交 for the survey date"),
    ("窗口响应打分", "item", "R3 window aspect + 打分"), ("一次办结打分", "item", "R3 window aspect + 打分"),
    ("材料指引打分", "item", "R3 window aspect + 打分"), ("好差评结果", "overall", "R3 好差评结果 for the overall verdict"),
]
_SV_PET_CLINIC_CALLBACK = [
    ("诊后回访编号", "record_id", "R4 回访 for the call's number"), ("宠主", "respondent", "R4 宠主 for the respondent"),
    ("宠主联系方式", "respondent_phone", "R4 宠主 for the respondent"), ("回访当日", "surveyed_at", "R4 回访当日 for the survey date"),
    ("诊疗效果评价", "item", "R4 visit aspect + 评价"), ("医助态度评价", "item", "R4 visit aspect + 评价"),
    ("候诊时长评价", "item", "R4 visit aspect + 评价"), ("宠主综合满意度", "overall", "R4 宠主 + 综合满意度 for the overall"),
]
_CP_TOURISM_COMPLAINT = [
    ("旅游投诉编号", "record_id", "R5 旅游投诉 + 编号 for the complaint"), ("投诉游客", "customer_name", "R5 投诉游客 for the customer"),
    ("游客手机", "customer_phone", "R5 游客手机 for the customer's phone"), ("投诉受理登记时刻", "received_at", "R5 受理登记 for the intake"),
    ("被投诉事项", "reason", "R5 被投诉事项 for the reason"), ("调解经过", "handling", "R5 调解经过 for the handling"),
    ("游客对调解意见", "feedback", "R5 游客对调解意见 for the customer's answer"), ("调解终结日期", "closed_at", "R5 调解终结 for the closing"),
]

_SETS = [
    ("variant14_wo_cctv_install", "work_orders", _WO_CCTV_INSTALL, "epoch_ms"),
    ("variant14_wo_hearing_aid_aftercare", "work_orders", _WO_HEARING_AID_AFTERCARE, "yyyymmdd"),
    ("variant14_sv_service_hall_review", "survey_responses", _SV_SERVICE_HALL_REVIEW, "iso_seconds"),
    ("variant14_sv_pet_clinic_callback", "survey_responses", _SV_PET_CLINIC_CALLBACK, "excel_serial_number"),
    ("variant14_cp_tourism_complaint", "complaints", _CP_TOURISM_COMPLAINT, "java_tostring"),
]


def variant_layouts() -> list[Layout]:
    return corpus.variant_layouts(_SETS, "R1-R5", "retired14_wordings.py")
