from __future__ import annotations

import pytest

from preaudit.model.records import RecordKind
from preaudit.parsers.columns import map_columns
from preaudit.parsers.headers import match_header, normalise_header

WO, SV, CP = RecordKind.WORK_ORDER, RecordKind.SURVEY_RESPONSE, RecordKind.COMPLAINT


@pytest.mark.parametrize(
    ("header", "kind", "field"),
    [
        ("工单编号", WO, "record_id"),
        ("服务单号", WO, "record_id"),
        ("报修人", WO, "customer_name"),
        ("客户\n姓名", WO, "customer_name"),
        ("客 户 名 称：", WO, "customer_name"),
        ("联系电话(手机)", WO, "customer_phone"),
        ("联系电话（手机）", WO, "customer_phone"),
        ("报修人手机号码", WO, "customer_phone"),
        ("*客户联系电话", WO, "customer_phone"),
        ("故障现象", WO, "issue"),
        ("处理措施", WO, "resolution"),
        ("受理日期", WO, "reported_at"),
        ("送修日期", WO, "reported_at"),
        ("首次响应时间", WO, "responded_at"),
        ("上门时间【必填】", WO, "responded_at"),
        ("完工时间", WO, "completed_at"),
        ("结单时间", WO, "completed_at"),
        ("维修人员", WO, "technician"),
        ("客户签字(盖章)", WO, "signature"),
        ("ＩＤ", WO, None),
        ("被调查人", SV, "respondent"),
        ("回访日期", SV, "surveyed_at"),
        ("总体满意度（分）", SV, "overall"),
        ("回访结果", SV, "overall"),
        ("原因分析", CP, "reason"),
        ("投诉内容", CP, "reason"),
        ("处理经过", CP, "handling"),
        ("回访情况", CP, "feedback"),
        ("办结日期", CP, "closed_at"),
        ("投诉日期", CP, "received_at"),
        ("备注", WO, None),
    ],
)
def test_header_variants(header, kind, field):
    found = match_header(header, kind)
    assert (found[0] if found else None) == field


def test_normalise_header_removes_noise():
    assert normalise_header(" 联系电话\n（手机）： ") == "联系电话"
    assert normalise_header("【必填】报修时间") == "报修时间"
    assert normalise_header("ＡＢＣ") == "abc"


def test_priority_order_and_unmapped():
    headers = ["投诉编号", "问题描述", "投诉内容", "原因分析", "处理措施", "回访结果", "责任部门"]
    columns = map_columns(headers, CP)
    # 原因分析 > 投诉内容 > 问题描述, whatever the column order
    assert columns.fields["reason"] == [3, 2, 1]
    assert columns.unmapped == ["责任部门"]


def test_serial_number_only_as_fallback():
    assert map_columns(["序号", "问卷编号", "姓名", "满意度"], SV).fields["record_id"] == [1]
    assert map_columns(["序号", "姓名", "满意度"], SV).fields["record_id"] == [0]
    # 序号 is a row count, never a work-order number
    assert "record_id" not in map_columns(["序号", "客户姓名"], WO).fields
