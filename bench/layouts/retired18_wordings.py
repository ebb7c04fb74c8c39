"""Eighteenth held-out set: "variant wordings" layouts, generated from written-down rules.

Held out with the eighteenth set (retired18.toml, retired by decision 405); written without reading preaudit's recognition
code (parsers/), its vocabulary or any results, and none of their labels is a label of the other
*_wordings.py modules or of any layout file.

Real exports name a field one character or one composition away from the words a list holds.
The labels below are built by these rules:

- R1 the register of a marina's outboard-engine repair desk (船外机检修): the job a 船机检修单, the
  customer the 船东 named by 姓名 with a 通讯号, the site the 泊位号及码头, the machine the 船外机型号,
  the fault 船机异常情况, the fix 检修换件说明, the times 船东报修/技工登船/船机试航完毕, the fitter the
  随船技工, the sign-off the 船东's 试航签字;
- R2 the register of a greenhouse drip-irrigation service (大棚滴灌巡修): the job a 滴灌巡修单, the
  customer the 大棚承包人 with a 手机, the site the 大棚编号及位置, the equipment the 滴灌设备型号, the
  fault 滴灌堵漏情况, the fix 疏通更换措施, the times written 时刻 (承包人报障, 农技员进棚, 复灌通水), the
  technician the 驻村农技员, the sign-off the 承包人's 确认画押;
- R3 the register of a driving school's graduate call-back (驾校结业回访): the call a 结业回访 with its
  编号, the respondent the 结业学员 with a 留存手机, the date the 回访完成日, each item an aspect of the
  course ending in 打分, the overall the 学车综合评分;
- R4 the register of a museum's visitor comment card (观众意见卡): the card number an 观众意见卡号, the
  respondent the 到馆观众 with an 观众联系号码, the date the 留言填写日, each item a part of the visit
  ending in 评定, the overall the 参观总体评定;
- R5 the register of a gas utility's customer desk (燃气用户诉请): the complaint a 用气诉请 with its
  编号, the customer the 用气户主 with the 户主来电号码, the intake 诉请受理时刻, the reason the 用气诉请缘由,
  the handling the 燃气站处理经过, the customer's answer the 户主回访评语, the closing 诉请销号时刻.

Each layout records, per label, the canonical field and the rule that made it.
"""
# ruff: noqa: E501  -- Chinese labels

from __future__ import annotations

from bench.layouts import corpus
from bench.layouts.corpus import Layout

# (label, canonical field, rule) in column order
_WO_OUTBOARD_ENGINE = [
    ("船机检修单号", "record_id", "R1 船机检修单 for the job"), ("船东姓名", "customer_name", "R1 船东 + 姓名 for the customer"),
    ("船东通讯号", "customer_phone", "R1 船东 + 通讯号 for the customer's phone"), ("泊位号及码头", "customer_address", "R1 泊位号及码头 for the site"),
    ("船外机型号", "product", "R1 船外机型号 for the machine"), ("船机异常情况", "issue", "R1 船机异常情况 for the fault"),
    ("检修换件说明", "resolution", "R1 检修换件说明 for the fix"), ("船东报修时间", "reported_at", "R1 船东报修 for the report"),
    ("技工登船时间", "responded_at", "R1 技工登船 for the response"), ("船机试航完毕时间", "completed_at", "R1 船机试航完毕 for the completion"),
    ("随船技工", "technician", "R1 随船技工 for the fitter"), ("船东试航签字", "signature", "R1 船东's 试航签字 as the sign-off"),
]
_WO_GREENHOUSE_DRIP = [
    ("滴灌巡修单号", "record_id", "R2 滴灌巡修单 for the job"), ("大棚承包人", "customer_name", "R2 大棚承包人 for the customer"),
    ("承包人手机", "customer_phone", "R2 承包人 + 手机 for the customer's phone"), ("大棚编号及位置", "customer_address", "R2 大棚编号及位置 for the site"),
    ("滴灌设备型号", "product", "R2 滴灌设备型号 for the equipment"), ("滴灌堵漏情况", "issue", "R2 滴灌堵漏情况 for the fault"),
    ("疏通更换措施", "resolution", "R2 疏通更换措施 for the fix"), ("承包人报障时刻", "reported_at", "R2 承包人报障 + 时刻 for the report"),
    ("农技员进棚时刻", "responded_at", "R2 农技员进棚 + 时刻 for the response"), ("复灌通水时刻", "completed_at", "R2 复灌通水 + 时刻 for the completion"),
    ("驻村农技员", "technician", "R2 驻村农技员 for the technician"), ("承包人确认画押", "signature", "R2 承包人's 确认画押 as the sign-off"),
]
_SV_DRIVING_SCHOOL_CALLBACK = [
    ("结业回访编号", "record_id", "R3 结业回访 + 编号 for the call"), ("结业学员", "respondent", "R3 结业学员 for the respondent"),
    ("学员留存手机", "respondent_phone", "R3 留存手机 for the respondent's phone"), ("回访完成日", "surveyed_at", "R3 回访完成日 for the survey date"),
    ("教练教学打分", "item", "R3 course aspect + 打分"), ("约车便利打分", "item", "R3 course aspect + 打分"),
    ("考场服务打分", "item", "R3 course aspect + 打分"), ("学车综合评分", "overall", "R3 学车综合评分 for the overall"),
]
_SV_MUSEUM_COMMENT_CARD = [
    ("观众意见卡号", "record_id", "R4 观众意见卡号 for the card"), ("到馆观众", "respondent", "R4 到馆观众 for the respondent"),
    ("观众联系号码", "respondent_phone", "R4 观众联系号码 for the respondent's phone"), ("留言填写日", "surveyed_at", "R4 留言填写日 for the survey date"),
    ("展陈内容评定", "item", "R4 part of the visit + 评定"), ("讲解服务评定", "item", "R4 part of the visit + 评定"),
    ("场馆卫生评定", "item", "R4 part of the visit + 评定"), ("参观总体评定", "overall", "R4 参观总体评定 for the overall"),
]
_CP_GAS_CUSTOMER_DESK = [
    ("用气诉请编号", "record_id", "R5 用气诉请 + 编号 for the complaint"), ("用气户主", "customer_name", "R5 用气户主 for the customer"),
    ("户主来电号码", "customer_phone", "R5 户主来电号码 for the customer's phone"), ("诉请受理时刻", "received_at", "R5 诉请受理时刻 for the intake"),
    ("用气诉请缘由", "reason", "R5 用气诉请缘由 for the reason"), ("燃气站处理经过", "handling", "R5 燃气站处理经过 for the handling"),
    ("户主回访评语", "feedback", "R5 户主回访评语 for the customer's answer"), ("诉请销号时刻", "closed_at", "R5 诉请销号时刻 for the closing"),
]

_SETS = [
    ("variant18_wo_outboard_engine", "work_orders", _WO_OUTBOARD_ENGINE, "java_tostring"),
    ("variant18_wo_greenhouse_drip", "work_orders", _WO_GREENHOUSE_DRIP, "epoch_s"),
    ("variant18_sv_driving_school_callback", "survey_responses", _SV_DRIVING_SCHOOL_CALLBACK, "iso_date"),
    ("variant18_sv_museum_comment_card", "survey_responses", _SV_MUSEUM_COMMENT_CARD, "excel_serial_text"),
    ("variant18_cp_gas_customer_desk", "complaints", _CP_GAS_CUSTOMER_DESK, "iso_seconds"),
]


def variant_layouts() -> list[Layout]:
    return corpus.variant_layouts(_SETS, "R1-R5", "retired18_wordings.py")
