"""Twenty-first held-out set: "variant wordings" layouts, generated from written-down rules.

Held out with the twenty-first set (retired21.toml, retired by decision 431); written without
reading preaudit's recognition code (parsers/), its vocabulary or any results, and none of their
labels is a label of the other *_wordings.py modules or of any layout file.

Real exports name a field one character or one composition away from the words a list holds.
The labels below are built by these rules:

- R1 the register of a termite-control company's re-treatment desk (白蚁复治): the job a
  复治派单, the customer the 蚁害业主 with the 业主留电, the site the 蚁情房址, the device the
  诱杀包型号, the fault the 蚁迹描述, the fix the 复治施药措施, the times written 时刻 (蚁情来电,
  上门查蚁, 复治完工), the worker the 防治技工, the sign-off the 业主验收签名;
- R2 the register of an electric-bike shop's repair counter (电动车修车): the job a 修车小票,
  the customer the 送修车主 with the 车主联络号 and 车主住处, the bike the 车辆品牌款式, the fault the
  车况故障点, the fix the 换修项目说明, the times 进店登记 (intake), 师傅接修 (taken on) and 修毕提车
  (done), the worker the 接修师傅, the sign-off the 车主提车签字;
- R3 the register of an optician's call-back after a pair of glasses is collected (配镜回访): the
  response a 配镜回访单, the respondent the 配镜顾客 and 顾客回访号码, the date the 取镜回访日, each
  item an aspect of the fitting ending in 分, the overall the 配镜总体满意评;
- R4 the register of a dental clinic's after-visit questionnaire (诊后问卷): the response a
  诊后问卷编码, the respondent the 就诊患者 and 患者预留手机, the date the 诊后填答日期, each item an
  aspect of the visit ending in 分, the overall the 口腔就诊总评;
- R5 the register of a car-park operator's driver-complaint desk (车主诉单): the complaint a
  车主诉单, the customer the 投诉车主 with the 车主回电号, the intake 诉单登记, the reason 停车纠纷事由,
  the handling 场站处理经过, the customer's answer 车主回复意见, the closing 诉单办结.

Each layout records, per label, the canonical field and the rule that made it.
"""
# ruff: noqa: E501  -- Chinese labels

from __future__ import annotations

from bench.layouts import corpus
from bench.layouts.corpus import Layout

# (label, canonical field, rule) in column order
_WO_TERMITE_RETREAT = [
    ("复治派单号", "record_id", "R1 复治派单 for the job"), ("蚁害业主", "customer_name", "R1 蚁害业主 for the customer"),
    ("业主留电", "customer_phone", "R1 业主留电 for the customer's phone"), ("蚁情房址", "customer_address", "R1 蚁情房址 for the site"),
    ("诱杀包型号", "product", "R1 诱杀包型号 for the device"), ("蚁迹描述", "issue", "R1 蚁迹描述 for the fault"),
    ("复治施药措施", "resolution", "R1 复治施药措施 for the fix"), ("蚁情来电时刻", "reported_at", "R1 蚁情来电 + 时刻"),
    ("上门查蚁时刻", "responded_at", "R1 上门查蚁 + 时刻"), ("复治完工时刻", "completed_at", "R1 复治完工 + 时刻"),
    ("防治技工", "technician", "R1 防治技工 for the worker"), ("业主验收签名", "signature", "R1 业主 + 验收签名 for the sign-off"),
]
_WO_EBIKE_COUNTER = [
    ("修车小票号", "record_id", "R2 修车小票 for the job"), ("送修车主", "customer_name", "R2 送修车主 for the customer"),
    ("车主联络号", "customer_phone", "R2 车主联络号 for the customer's phone"), ("车主住处", "customer_address", "R2 车主住处 for the site"),
    ("车辆品牌款式", "product", "R2 车辆品牌款式 for the bike"), ("车况故障点", "issue", "R2 车况故障点 for the fault"),
    ("换修项目说明", "resolution", "R2 换修项目说明 for the fix"), ("进店登记时间", "reported_at", "R2 进店登记 for the intake"),
    ("师傅接修时间", "responded_at", "R2 师傅接修 for the response"), ("修毕提车时间", "completed_at", "R2 修毕提车 for done"),
    ("接修师傅", "technician", "R2 接修师傅 for the worker"), ("车主提车签字", "signature", "R2 车主 + 提车签字 for the sign-off"),
]
_SV_OPTICIAN_CALLBACK = [
    ("配镜回访单号", "record_id", "R3 配镜回访单 for the response"), ("配镜顾客", "respondent", "R3 配镜顾客 for the respondent"),
    ("顾客回访号码", "respondent_phone", "R3 顾客回访号码 for the respondent's phone"), ("取镜回访日", "surveyed_at", "R3 取镜回访日 for the date"),
    ("验光细致分", "item", "R3 fitting aspect + 分"), ("镜架舒适分", "item", "R3 fitting aspect + 分"),
    ("取镜准时分", "item", "R3 fitting aspect + 分"), ("配镜总体满意评", "overall", "R3 总体满意评 for the overall"),
]
_SV_DENTAL_AFTER_VISIT = [
    ("诊后问卷编码", "record_id", "R4 诊后问卷编码 for the response"), ("就诊患者", "respondent", "R4 就诊患者 for the respondent"),
    ("患者预留手机", "respondent_phone", "R4 患者预留手机 for the respondent's phone"), ("诊后填答日期", "surveyed_at", "R4 诊后填答日期 for the date"),
    ("候诊时长分", "item", "R4 visit aspect + 分"), ("医师沟通分", "item", "R4 visit aspect + 分"),
    ("诊室洁净分", "item", "R4 visit aspect + 分"), ("口腔就诊总评", "overall", "R4 口腔就诊总评 for the overall"),
]
_CP_CARPARK_DRIVER = [
    ("车主诉单号", "record_id", "R5 车主诉单 for the complaint"), ("投诉车主", "customer_name", "R5 投诉车主 for the customer"),
    ("车主回电号", "customer_phone", "R5 车主回电号 for the customer's phone"), ("诉单登记时刻", "received_at", "R5 诉单登记 for the intake"),
    ("停车纠纷事由", "reason", "R5 停车纠纷事由 for the reason"), ("场站处理经过", "handling", "R5 场站处理经过 for the handling"),
    ("车主回复意见", "feedback", "R5 车主回复意见 for the customer's answer"), ("诉单办结时刻", "closed_at", "R5 办结 for the closing"),
]

_SETS = [
    ("variant21_wo_termite_retreat", "work_orders", _WO_TERMITE_RETREAT, "excel_serial_text"),
    ("variant21_wo_ebike_counter", "work_orders", _WO_EBIKE_COUNTER, "epoch_s"),
    ("variant21_sv_optician_callback", "survey_responses", _SV_OPTICIAN_CALLBACK, "yyyymmdd"),
    ("variant21_sv_dental_after_visit", "survey_responses", _SV_DENTAL_AFTER_VISIT, "java_tostring"),
    ("variant21_cp_carpark_driver", "complaints", _CP_CARPARK_DRIVER, "iso_seconds"),
]


def variant_layouts() -> list[Layout]:
    return corpus.variant_layouts(_SETS, "R1-R5", "retired21_wordings.py")
