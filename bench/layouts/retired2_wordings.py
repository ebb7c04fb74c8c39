"""Retired held-out set 2: "variant wordings" layouts, generated from written-down rules.

RETIRED: these layouts were held out with retired2.toml (never read while tuning) until the
evening of 2026-12-05, when a third held-out set replaced them (decision 171); they are
tunable since. They were written without reading preaudit's recognition code (parsers/) or
the first set's results, and their wordings are new (none is a label of retired_wordings.py).

Real exports name a field one character or one composition away from the words a list
holds. The labels below are built by these rules:

- V1 role noun: the person is named by a role the exporting trade uses (机主 for an appliance
  owner, 住户 for a resident, 来件人 for a complainant, 答卷人 for a respondent), alone or with
  a head noun (称谓, 手机号, 确认, 签名, 评价);
- V2 trade register: the words a property desk or a letters-and-calls office uses (报事 for a
  repair report, 接单/关单 for the dispatch and close events, 来件/诉请/经办/结案);
- V3 contraction: a shortened compound (联系电话→联电, 详细地址→详址, 日期→日, 维修人员→修理工);
- V4 number word: 编号/单号 replaced by 编码/序号/单编码;
- V5 head first with the qualifier in brackets: 姓名（报修人）, 时间（完工）;
- V6 a one-character slip real sheets carry (描述→描叙, 记录→纪录).

Each layout records, per label, the canonical field and the rule that made it.

The whole set is bench/layouts/corpus.py ``of_split("retired2")`` (the real layouts of
retired2.toml plus these); ``.venv/bin/python bench/layouts/sources.py`` rewrites SOURCES-retired2.md.
"""
# ruff: noqa: E501  -- Chinese labels

from __future__ import annotations

from bench.layouts import corpus
from bench.layouts.corpus import Layout

# (label, canonical field, rule) in column order
_WO_D = [
    ("任务单编码", "record_id", "V4 单号→任务单编码"), ("机主称谓", "customer_name", "V1 机主+称谓"),
    ("机主联电", "customer_phone", "V1 机主, V3 联系电话→联电"), ("上门详址", "customer_address", "V3 详细地址→详址"),
    ("机型", "product", "V3 机器型号→机型"), ("故障描叙", "issue", "V6 描述→描叙"),
    ("维修纪录", "resolution", "V6 记录→纪录"), ("报修日", "reported_at", "V3 日期→日"),
    ("到户时间", "responded_at", "V1 上门→到户"), ("完工日", "completed_at", "V3 日期→日"),
    ("修理工", "technician", "V3 维修人员→修理工"), ("机主确认", "signature", "V1 机主+确认"),
]
_WO_E = [
    ("报事编号", "record_id", "V2 报修→报事"), ("住户", "customer_name", "V1 role noun alone"),
    ("住户手机号", "customer_phone", "V1 住户+手机号"), ("房号", "customer_address", "V1 the resident's room as the address"),
    ("报事内容", "issue", "V2 报修→报事"), ("处理情况说明", "resolution", "V2 情况+说明"),
    ("报事时间", "reported_at", "V2 报修→报事"), ("接单时间", "responded_at", "V2 响应→接单"),
    ("关单时间", "completed_at", "V2 完成→关单"), ("接单人", "technician", "V2 维修人→接单人"),
    ("住户签名", "signature", "V1 住户+签名"),
]
_WO_F = [
    ("单号（系统）", "record_id", "V5"), ("姓名（报修人）", "customer_name", "V5"),
    ("电话（报修人）", "customer_phone", "V5"), ("地址（服务）", "customer_address", "V5"),
    ("产品（型号）", "product", "V5"), ("问题（描述）", "issue", "V5"),
    ("结果（处理）", "resolution", "V5"), ("时间（报修）", "reported_at", "V5"),
    ("时间（到场）", "responded_at", "V5"), ("时间（完工）", "completed_at", "V5"),
    ("人员（维修）", "technician", "V5"), ("签字（客户）", "signature", "V5"),
]
_CP_B = [
    ("来件编号", "record_id", "V2 来件"), ("来件人", "customer_name", "V1, V2 来件+人"),
    ("来件人电话", "customer_phone", "V1 来件人+电话"), ("来件日期", "received_at", "V2 受理→来件"),
    ("诉请事项", "reason", "V2 投诉内容→诉请事项"), ("经办情况", "handling", "V2 处理→经办"),
    ("来件人评价", "feedback", "V1 来件人+评价"), ("结案日", "closed_at", "V2 结案, V3 日期→日"),
]
_SV_B = [
    ("问卷序号", "record_id", "V4 编号→序号"), ("答卷人", "respondent", "V1 role noun alone"),
    ("答卷人电话", "respondent_phone", "V1 答卷人+电话"), ("答卷日", "surveyed_at", "V3 日期→日"),
    ("响应及时性", "item", "item wording"), ("维修质量", "item", "item wording"),
    ("综合评价", "overall", "V2 总体→综合"),
]

_SETS = [
    ("variant2_wo_owner", "work_orders", _WO_D, "epoch_s"),
    ("variant2_wo_property", "work_orders", _WO_E, "excel_serial_text"),
    ("variant2_wo_brackets", "work_orders", _WO_F, "java_tostring"),
    ("variant2_cp_letters", "complaints", _CP_B, "excel_serial_number"),
    ("variant2_sv_form", "survey_responses", _SV_B, "iso_date"),
]


def variant_layouts() -> list[Layout]:
    return corpus.variant_layouts(_SETS, "V1-V6", "retired2_wordings.py")
