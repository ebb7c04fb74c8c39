"""Fifth held-out set, retired (decision 231): "variant wordings" layouts, generated from
written-down rules.

Held out with what is now retired5.toml for four runs, tunable since. They were written without
reading preaudit's recognition code (parsers/) or any results, and none of their labels is a
label of the other *_wordings.py modules or of any layout file.

Real exports name a field one character or one composition away from the words a list holds.
The labels below are built by these rules:

- Y1 a two-row header flattened by the export: the group cell and the leaf cell joined by an
  underscore (客户信息_姓名, 时间节点_完工), so that the leaf alone is a bare generic word;
- Y2 a header cell typed with a line break inside it (Alt+Enter in Excel, a wrapped cell kept
  by the export): 登记\\n编号, 办理\\n过程;
- Y3 a bilingual header of a branch that reports to a foreign head office: the Chinese word
  followed by its English gloss in the same cell (服务单号 Service No.);
- Y4 the register of a gas/water utility's emergency desk: 抢修 for the repair, 报警 for the
  report, 险情 for the fault, 到达现场/恢复供气 for the events;
- Y5 the register of a hospital's discharge follow-up desk: 患者 for the respondent, 随访 for
  the call-back, 出院 in the date, care areas (医生服务, 护理服务, 病区环境) as items.

Each layout records, per label, the canonical field and the rule that made it.
"""
# ruff: noqa: E501  -- Chinese labels

from __future__ import annotations

from bench.layouts import corpus
from bench.layouts.corpus import Layout

# (label, canonical field, rule) in column order
_WO_FLATTENED_GROUPS = [
    ("单据信息_单号", "record_id", "Y1 group_leaf"), ("客户信息_姓名", "customer_name", "Y1 group_leaf"),
    ("客户信息_电话", "customer_phone", "Y1 group_leaf"), ("客户信息_地址", "customer_address", "Y1 group_leaf"),
    ("产品信息_型号", "product", "Y1 group_leaf"), ("服务信息_故障", "issue", "Y1 group_leaf"),
    ("服务信息_处理", "resolution", "Y1 group_leaf"), ("时间节点_报修", "reported_at", "Y1 group_leaf"),
    ("时间节点_上门", "responded_at", "Y1 group_leaf"), ("时间节点_完工", "completed_at", "Y1 group_leaf"),
    ("服务信息_工程师", "technician", "Y1 group_leaf"), ("客户确认_签名", "signature", "Y1 group_leaf"),
]
_WO_BILINGUAL = [
    ("服务单号 Service No.", "record_id", "Y3 bilingual"), ("客户 Customer", "customer_name", "Y3 bilingual"),
    ("联系方式 Contact", "customer_phone", "Y3 bilingual"), ("安装地址 Site", "customer_address", "Y3 bilingual"),
    ("机型 Model", "product", "Y3 bilingual"), ("故障 Fault", "issue", "Y3 bilingual"),
    ("维修记录 Repair Record", "resolution", "Y3 bilingual"), ("报修日期 Report Date", "reported_at", "Y3 bilingual"),
    ("到达 Arrival", "responded_at", "Y3 bilingual"), ("完成 Finish", "completed_at", "Y3 bilingual"),
    ("服务工程师 Engineer", "technician", "Y3 bilingual"), ("客户确认 Acknowledged", "signature", "Y3 bilingual"),
]
_WO_UTILITY_EMERGENCY = [
    ("抢修单号", "record_id", "Y4 utility register"), ("报警人", "customer_name", "Y4 utility register"),
    ("报警人电话", "customer_phone", "Y4 utility register"), ("险情地点", "customer_address", "Y4 utility register"),
    ("表具型号", "product", "Y4 utility register (the gas meter as the product)"), ("险情描述", "issue", "Y4 utility register"),
    ("抢修经过", "resolution", "Y4 utility register"), ("接警时间", "reported_at", "Y4 utility register"),
    ("到达现场时间", "responded_at", "Y4 utility register"), ("恢复供气时间", "completed_at", "Y4 utility register"),
    ("抢修组长", "technician", "Y4 utility register"), ("用户确认签章", "signature", "Y4 utility register"),
]
_CP_WRAPPED_CELLS = [
    ("登记\n编号", "record_id", "Y2 line break"), ("来访人\n姓名", "customer_name", "Y2 line break"),
    ("联系\n方式", "customer_phone", "Y2 line break"), ("收件\n日期", "received_at", "Y2 line break"),
    ("反映\n问题", "reason", "Y2 line break"), ("办理\n过程", "handling", "Y2 line break"),
    ("群众\n评价", "feedback", "Y2 line break"), ("办结\n日期", "closed_at", "Y2 line break"),
]
_SV_PATIENT_FOLLOWUP = [
    ("随访编号", "record_id", "Y5 follow-up register"), ("随访患者", "respondent", "Y5 患者"),
    ("患者联系电话", "respondent_phone", "Y5 患者"), ("出院随访日期", "surveyed_at", "Y5 出院 + 随访"),
    ("医生服务", "item", "Y5 care area"), ("护理服务", "item", "Y5 care area"),
    ("病区环境", "item", "Y5 care area"), ("本次住院总体评价", "overall", "Y5 follow-up register"),
]

_SETS = [
    ("variant5_wo_flattened_groups", "work_orders", _WO_FLATTENED_GROUPS, "iso_seconds"),
    ("variant5_wo_bilingual", "work_orders", _WO_BILINGUAL, "java_tostring"),
    ("variant5_wo_utility_emergency", "work_orders", _WO_UTILITY_EMERGENCY, "epoch_s"),
    ("variant5_cp_wrapped_cells", "complaints", _CP_WRAPPED_CELLS, "excel_serial_text"),
    ("variant5_sv_patient_followup", "survey_responses", _SV_PATIENT_FOLLOWUP, "iso_date"),
]


def variant_layouts() -> list[Layout]:
    return corpus.variant_layouts(_SETS, "Y1-Y5", "retired5_wordings.py")
