"""Issue 11, round 59: a contact with the desk that the customer rated (decision 341), and a
person's word before an act that heads the label (decision 342).

A call-centre's call log or a chat export rates each contact (满意度 over verdicts) beside the
desk's agent and a parts order raised from some calls: read as survey responses, not as work
orders; a repair list with a satisfaction column that names its repairer or writes its faults
stays work orders. A call-back table rated on every row is read as responses in a close call
with a workload report's headers; the same headers over counts are not. 客户录入 (the
customer's entry) names no respondent. Each case is tested on a workbook and a Word table;
the cell contents are written here, not drawn from the generator's pool.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from preaudit.model.records import RecordKind
from preaudit.parsers.headers import match_header
from tests.parsers.tables import FORMATS, read_table

_CALLERS = ["严慧琳", "蒋国栋", "韦春燕", "范志远", "邵美华", "雷振宇", "汤晓梅", "覃建新"]
_PHONES = [f"1390715{2201 + i:04d}" for i in range(8)]
_AGENTS = ["坐席01", "坐席02", "坐席03", "坐席01", "坐席02", "坐席03", "坐席01", "坐席02"]
_VERDICTS = ["非常满意", "满意", "满意", "一般", "非常满意", "不满意", "满意", "非常满意"]
_MODELS = ["美的KFR-35GW", "格力KFR-26GW", "海尔BCD-470", "方太CXW-200", "美的KFR-35GW",
           "海尔EG10012", "格力KFR-26GW", "方太CXW-200"]
_FAULTS = ["外机漏水", "遥控失灵", "冷藏不制冷", "吸力变小", "噪音很大",
           "不脱水", "制热不热", "灯不亮"]
_FIRMS = ["东湖物业公司", "江岸酒店有限公司", "青山科技公司", "东湖物业公司",
          "汉阳机电公司", "江岸酒店有限公司", "青山科技公司", "汉阳机电公司"]


def _call_log(doer: str = "接待客服", faults: bool = False) -> list[list[object]]:
    """A call log: the call's number, start and end, the caller, ``doer`` over the agents, the
    caller's verdict, and a parts order's columns (a damage note repeated, an address, the
    model) raised from the calls."""
    head = ["通话ID", "开始服务时间", "结束服务时间", "用户名", "手机号码", doer, "满意度",
            "产品型号", "损坏描述", "详细地址"]
    rows: list[list[object]] = [head]
    for i in range(8):
        damage = _FAULTS[i] if faults else ("详见附件" if i % 2 else "无")
        rows.append([f"CALL{5301 + i}", f"2026-10-{10 + i} 09:{10 + i}:00",
                     f"2026-10-{10 + i} 09:{30 + i}:00", _CALLERS[i], _PHONES[i], _AGENTS[i],
                     _VERDICTS[i], _MODELS[i], damage, f"武汉市洪山区珞喻路{100 + i}号"])
    return rows


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_rated_call_log_is_survey_responses(tmp_path: Path, fmt: str) -> None:
    """Decision 341: each call rated by the caller, the desk's agent the only doer, no fault
    told case by case: the callers' responses (before: 8 work orders)."""
    extracted = read_table(fmt, tmp_path / "calls", _call_log())
    assert not extracted.records.get("work_orders")
    responses = extracted.records["survey_responses"]
    assert [r["overall"] for r in responses] == _VERDICTS


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_repair_list_naming_its_repairer_stays_work_orders(tmp_path: Path, fmt: str) -> None:
    """Must not: the same columns with a repairer (维修人员) instead of the desk's agent are
    work orders with a satisfaction column."""
    extracted = read_table(fmt, tmp_path / "repairs", _call_log("维修人员"))
    assert len(extracted.records["work_orders"]) == 8
    assert not extracted.records.get("survey_responses")


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_desk_list_telling_faults_stays_work_orders(tmp_path: Path, fmt: str) -> None:
    """Must not: where the damage is written case by case (外机漏水, 遥控失灵 …) the rows tell
    faults, and they stay work orders."""
    extracted = read_table(fmt, tmp_path / "faults", _call_log(faults=True))
    assert len(extracted.records["work_orders"]) == 8
    assert not extracted.records.get("survey_responses")


def _callbacks(verdicts: list[object], entry: str = "客户录入") -> list[list[object]]:
    """A call-back table: the verdict, its state, three workloads, who called and when,
    ``entry`` over the firms called, and a remark."""
    head = ["满意度", "回访状态", "有效工作量", "无效工作量", "失效工作量", "回访人", "回访时间",
            entry, "回访意见"]
    return [head] + [[verdicts[i], "已回访", "是", "否", "否", _AGENTS[i],
                      f"2026-10-{10 + i}", _FIRMS[i], "无"] for i in range(8)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_call_backs_rated_on_every_row_are_responses(tmp_path: Path, fmt: str) -> None:
    """Decision 341: a verdict on every row, the call-back named and dated, against three
    workload headers of a report: read as responses (before: a close call, nothing read);
    decision 342: 客户录入 over firms names nobody, so none is counted as answered by them."""
    extracted = read_table(fmt, tmp_path / "callbacks", _callbacks(list(_VERDICTS)))
    responses = extracted.records["survey_responses"]
    assert [r["overall"] for r in responses] == _VERDICTS
    assert all(r["respondent"] is None for r in responses)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_workload_report_of_counts_is_no_responses(tmp_path: Path, fmt: str) -> None:
    """Must not: the same headers where 满意度 holds shares (96%), as a report's rows do, are
    no responses."""
    shares = [f"{90 + i}%" for i in range(8)]
    extracted = read_table(fmt, tmp_path / "report", _callbacks(shares))
    assert not extracted.records.get("survey_responses")


@pytest.mark.parametrize("label", ["客户录入", "买家留言", "用户提交"])
@pytest.mark.parametrize("kind", list(RecordKind))
def test_a_label_headed_by_an_act_names_no_person(label: str, kind: RecordKind) -> None:
    """Decision 342: a person's word before the act that heads the label (the customer's
    entry, the buyer's message) names the act: no customer, respondent or phone."""
    found = match_header(label, kind, strict=False)
    assert found is None or found[0] not in {"customer_name", "respondent", "customer_phone"}


@pytest.mark.parametrize("label", ["报修人", "投诉人", "回访客户", "客户"])
def test_a_label_headed_by_a_person_still_names_them(label: str) -> None:
    """Must not: a label headed by the person (报修人, 回访客户) still names them."""
    found = match_header(label, RecordKind.SURVEY_RESPONSE, strict=False)
    assert found is not None and found[0] == "respondent"
