"""Sixth held-out set: "variant wordings" layouts, generated from written-down rules.

Held out with the sixth set (retired6.toml), retired with it (decision 250); written without
reading preaudit's recognition code (parsers/) or any results, and none of their labels is a
label of the other *_wordings.py modules or of any layout file.

Real exports name a field one character or one composition away from the words a list holds.
The labels below are built by these rules:

- Z1 the item number of a printed form kept in the header cell when the form was turned into a
  sheet: an Arabic number with a dot (1.工单号) or a circled number (①回访编号);
- Z2 the register of a telecom operator's fault desk (障碍/申告/销障): the line is 装机, the
  customer's call a 申告, the fault a 障碍, clearing it 销障;
- Z3 the register of a bank's financial-consumer complaint desk: the customer named as the
  金融消费者 / 消费者, the intake as 接诉, settling as 化解, the closing as 销案;
- Z4 the register of a courier's claims desk: the claim a 理赔, the customer the 寄件人, the
  answer a 赔付方案;
- Z5 the register of a school's parent call-back: the respondent the 学生家长 / 家长, the items
  areas of school life, the overall the 家长满意度.

Each layout records, per label, the canonical field and the rule that made it.
"""
# ruff: noqa: E501  -- Chinese labels

from __future__ import annotations

from bench.layouts import corpus
from bench.layouts.corpus import Layout

# (label, canonical field, rule) in column order
_WO_NUMBERED_FORM = [
    ("1.工单号", "record_id", "Z1 number with a dot"), ("2.客户姓名", "customer_name", "Z1 number with a dot"),
    ("3.联系电话", "customer_phone", "Z1 number with a dot"), ("4.服务地址", "customer_address", "Z1 number with a dot"),
    ("5.产品型号", "product", "Z1 number with a dot"), ("6.故障描述", "issue", "Z1 number with a dot"),
    ("7.处理结果", "resolution", "Z1 number with a dot"), ("8.报修时间", "reported_at", "Z1 number with a dot"),
    ("9.上门时间", "responded_at", "Z1 number with a dot"), ("10.完工时间", "completed_at", "Z1 number with a dot"),
    ("11.维修人员", "technician", "Z1 number with a dot"), ("12.客户签字", "signature", "Z1 number with a dot"),
]
_WO_TELECOM_FAULT = [
    ("障碍单号", "record_id", "Z2 障碍 for the fault ticket"), ("装机户名", "customer_name", "Z2 装机 for the line's holder"),
    ("申告电话", "customer_phone", "Z2 申告 for the customer's call"), ("装机地址", "customer_address", "Z2 装机 for the line's site"),
    ("终端型号", "product", "Z2 the terminal as the product"), ("申告内容", "issue", "Z2 申告 for the customer's report"),
    ("修复措施", "resolution", "Z2 fault-desk wording"), ("申告时间", "reported_at", "Z2 申告 for the report"),
    ("首次联系时间", "responded_at", "Z2 the first call back to the customer as the response"), ("销障时间", "completed_at", "Z2 销障 for clearing the fault"),
    ("修障人员", "technician", "Z2 修障 for the repairer"), ("用户回执", "signature", "Z2 the customer's receipt as the sign-off"),
]
_CP_FINANCIAL_CONSUMER = [
    ("投诉流水号", "record_id", "Z3 bank wording"), ("金融消费者", "customer_name", "Z3 金融消费者 for the customer"),
    ("消费者联系方式", "customer_phone", "Z3 消费者 for the customer"), ("接诉日期", "received_at", "Z3 接诉 for the intake"),
    ("投诉事项", "reason", "Z3 bank wording"), ("化解措施", "handling", "Z3 化解 for settling the complaint"),
    ("消费者评价", "feedback", "Z3 消费者 for the customer"), ("销案日期", "closed_at", "Z3 销案 for the closing"),
]
_CP_COURIER_CLAIM = [
    ("理赔单号", "record_id", "Z4 理赔 for the claim"), ("寄件人", "customer_name", "Z4 寄件人 for the customer"),
    ("寄件人电话", "customer_phone", "Z4 寄件人 for the customer"), ("申请日期", "received_at", "Z4 the claim's application as the intake"),
    ("理赔原因", "reason", "Z4 理赔 for the claim"), ("赔付方案", "handling", "Z4 赔付方案 for the answer"),
    ("寄件人意见", "feedback", "Z4 寄件人 for the customer"), ("理赔完结日期", "closed_at", "Z4 理赔 for the claim"),
]
_SV_SCHOOL_PARENT = [
    ("①回访编号", "record_id", "Z1 circled number"), ("②学生家长", "respondent", "Z1 circled number + Z5 学生家长"),
    ("③家长手机", "respondent_phone", "Z1 circled number + Z5 家长"), ("④回访时间", "surveyed_at", "Z1 circled number"),
    ("⑤教学质量", "item", "Z1 circled number + Z5 school area"), ("⑥班主任服务", "item", "Z1 circled number + Z5 school area"),
    ("⑦校车接送", "item", "Z1 circled number + Z5 school area"), ("⑧家长满意度", "overall", "Z1 circled number + Z5 家长满意度"),
]

_SETS = [
    ("variant6_wo_numbered_form", "work_orders", _WO_NUMBERED_FORM, "iso_seconds"),
    ("variant6_wo_telecom_fault", "work_orders", _WO_TELECOM_FAULT, "epoch_ms"),
    ("variant6_cp_financial_consumer", "complaints", _CP_FINANCIAL_CONSUMER, "excel_serial_number"),
    ("variant6_cp_courier_claim", "complaints", _CP_COURIER_CLAIM, "iso_date"),
    ("variant6_sv_school_parent", "survey_responses", _SV_SCHOOL_PARENT, "java_tostring"),
]


def variant_layouts() -> list[Layout]:
    return corpus.variant_layouts(_SETS, "Z1-Z5", "retired6_wordings.py")
