"""Retired held-out "variant wordings" layouts, generated from written-down rules.

RETIRED: these layouts were held out (never read while tuning, decision 136) until
2026-12-05, when a fresh held-out set replaced them (decision 143); they are tunable since.

Real exports name a field one character or one composition away from any list someone
compiled: 来电者名称 for 来电人姓名, 检修的情况, 处置说明, 排障备注, 出单时刻, 指派日期, 客户核签,
验收人签字. The labels below are built from parts, never copied from preaudit's own synonym
table (parsers/headers.py was not read to write this), by these rules:

- R1 head-noun swap: 姓名 → 名称/称呼, 电话 → 号码/手机, 时间 → 时刻/日期, 地址 → 地点/住址;
- R2 particle insertion: X情况 → X的情况, X现象 → X的现象;
- R3 verb swap: 维修 → 检修/排障, 处理 → 处置/办结, 报修 → 来电/报障/出单, 签字 → 核签/签认/签名;
- R4 role composition: a role noun (来电者, 验收人, 诉求人, 受访者) + a head noun (名称, 手机, 签字);
- R5 register swap: 说明/备注/经过 for 结果/措施/内容.

Each layout records, per label, the canonical field and the rule that made it.
"""
# ruff: noqa: E501  -- Chinese labels

from __future__ import annotations

from bench.layouts import corpus
from bench.layouts.corpus import Layout

# (label, canonical field, rule) in column order
_WO_A = [
    ("派工单号", "record_id", "R3 报修→派工"), ("来电者名称", "customer_name", "R4 来电者+名称"),
    ("来电号码", "customer_phone", "R1 电话→号码, R3 报修→来电"), ("上门地点", "customer_address", "R1 地址→地点"),
    ("机器型号", "product", "R1 产品→机器"), ("故障的现象", "issue", "R2"),
    ("检修的情况", "resolution", "R3 维修→检修, R2"), ("出单时刻", "reported_at", "R3 报修→出单, R1 时间→时刻"),
    ("到场时刻", "responded_at", "R1 上门时间→到场时刻"), ("完修时刻", "completed_at", "R1 时间→时刻"),
    ("检修师傅", "technician", "R3 维修→检修"), ("客户核签", "signature", "R3 签字→核签"),
]
_WO_B = [
    ("工单流水号", "record_id", "R1 编号→流水号"), ("用户称呼", "customer_name", "R1 姓名→称呼"),
    ("联络手机", "customer_phone", "R1 电话→手机"), ("安装住址", "customer_address", "R1 地址→住址"),
    ("所修产品", "product", "R4 所修+产品"), ("故障说明", "issue", "R5 描述→说明"),
    ("处置说明", "resolution", "R3 处理→处置, R5 结果→说明"), ("指派日期", "reported_at", "R1 时间→日期, R3 派工→指派"),
    ("抵达时间", "responded_at", "R3 上门→抵达"), ("结单日期", "completed_at", "R3 完成→结单, R1"),
    ("服务技师", "technician", "R4 服务+技师"), ("验收人签字", "signature", "R4 验收人+签字"),
]
_WO_C = [
    ("排障单号", "record_id", "R3 维修→排障"), ("报障人", "customer_name", "R3 报修→报障"),
    ("报障人手机", "customer_phone", "R4 报障人+手机"), ("报障地址", "customer_address", "R3 报修→报障"),
    ("设备型号规格", "product", "R4 型号+规格"), ("报障内容", "issue", "R3, R5"),
    ("排障备注", "resolution", "R3 维修→排障, R5 结果→备注"), ("报障时刻", "reported_at", "R3, R1"),
    ("响应时刻", "responded_at", "R1 时间→时刻"), ("修复时刻", "completed_at", "R1 时间→时刻"),
    ("排障工程师", "technician", "R3 维修→排障"), ("用户签认", "signature", "R3 签字→签认"),
]
_CP = [
    ("诉件编号", "record_id", "R4 诉件+编号"), ("诉求人姓名", "customer_name", "R4 诉求人+姓名"),
    ("诉求人手机", "customer_phone", "R4 诉求人+手机"), ("受理时刻", "received_at", "R1 时间→时刻"),
    ("诉因分析", "reason", "R4 诉因+分析"), ("处置经过", "handling", "R3 处理→处置, R5 过程→经过"),
    ("回访的意见", "feedback", "R2"), ("办结日期", "closed_at", "R3 结案→办结, R1"),
]
_SV = [
    ("回访单号", "record_id", "R4 回访+单号"), ("受访者名称", "respondent", "R4 受访者+名称"),
    ("受访者手机", "respondent_phone", "R4 受访者+手机"), ("访问时刻", "surveyed_at", "R1 时间→时刻"),
    ("服务态度打分", "item", "R4 项目+打分"), ("总体满意程度", "overall", "R1 度→程度"),
]

_SETS = [
    ("variant_wo_a", "work_orders", _WO_A, "excel_serial_number"),
    ("variant_wo_b", "work_orders", _WO_B, "java_tostring"),
    ("variant_wo_c", "work_orders", _WO_C, "mixed"),
    ("variant_cp", "complaints", _CP, "yyyymmdd"),
    ("variant_sv", "survey_responses", _SV, "epoch_ms"),
]


def variant_layouts() -> list[Layout]:
    return corpus.variant_layouts(_SETS, "R1-R5", "retired_wordings.py")
