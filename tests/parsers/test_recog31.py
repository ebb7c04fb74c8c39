"""Issue 11, round 31: a desk's tickets (工单) that tell a grievance's chain and no job are
complaints (decision 271), no new word.

Each case is tested on a workbook and a Word table, with the must-read and the must-not-reads.
The cell contents are written here, not drawn from the generator's pool.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.parsers.tables import FORMATS, read_table

_HEAD = ["工单编号", "来电人", "联系电话", "来电时间", "反映问题", "办理情况", "回访意见", "办结时间"]
_CALLERS = ["蒋文杰", "钟秀英", "潘立群", "段海燕", "雷志刚", "侯佳琪", "邵永明", "熊晓丽"]
_RAISED = ["小区门口路灯坏了半个月没人管", "物业收费标准不公开", "楼下餐馆油烟扰民", "快递柜长期占用消防通道",
           "停车位被外来车辆占用", "电梯广告噪音太大", "垃圾清运不及时有异味", "绿化带被改成停车场"]
_ANSWERS = ["已协调街道更换路灯并公示", "责成物业公开收费明细", "约谈餐馆整改并加装净化器", "通知快递公司限期迁移",
            "增设门禁并登记外来车辆", "要求降低音量并限定播放时段", "调整清运频次为每日两次", "恢复绿化并张贴告示"]
_VERDICTS = ["满意", "基本满意", "满意", "非常满意", "满意", "基本满意", "不满意", "满意"]
_REMARKS = ["已电话沟通", "按计划完成", "详见附件", "已电话沟通", "按计划完成", "详见附件", "已电话沟通",
            "按计划完成"]


def _tickets(feedback: list[str], extra: tuple[str, list[str]] | None = None) -> list[list[object]]:
    head = _HEAD + ([extra[0]] if extra else [])
    return [head] + [[f"GD2026{700 + i}", _CALLERS[i], f"1390571{1200 + i}", f"2026-07-{3 + i:02d}",
                      _RAISED[i], _ANSWERS[i], feedback[i], f"2026-07-{12 + i:02d}"]
                     + ([extra[1][i]] if extra else []) for i in range(len(_CALLERS))]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_ticket_with_a_grievance_its_answer_and_a_verdict_is_a_complaint(
    tmp_path: Path, fmt: str
) -> None:
    """Decision 271: numbered 工单 and nothing else of the kind, each row tells what a caller
    raised, how the desk answered and the caller's verdict on it, and nothing of a job
    (before: 8 work orders)."""
    read = read_table(fmt, tmp_path / "hotline", _tickets(_VERDICTS))
    assert read.kinds == ["complaint_ledger"]
    complaints = read.records["complaints"]
    assert [r["reason"] for r in complaints] == _RAISED
    assert [r["handling"] for r in complaints] == _ANSWERS


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("extra", [
    ("产品型号", [f"KFR-{26 + i}GW" for i in range(8)]),
    ("上门时间", [f"2026-07-{5 + i:02d}" for i in range(8)]),
    ("客户签字", _CALLERS),
], ids=["product", "visit", "signature"])
def test_a_thing_served_a_visit_or_a_signature_keeps_the_work_orders(
    tmp_path: Path, fmt: str, extra: tuple[str, list[str]]
) -> None:
    """The same rows with a product, a visit or a signature: a job was done, so the
    work-order reading stands as before."""
    read = read_table(fmt, tmp_path / "job", _tickets(_VERDICTS, extra))
    assert read.kinds == ["work_orders"]
    assert len(read.records["work_orders"]) == len(_CALLERS)


@pytest.mark.parametrize("fmt", FORMATS)
def test_remarks_for_a_verdict_or_a_repair_word_keep_the_work_orders(
    tmp_path: Path, fmt: str
) -> None:
    """Routine remarks where the verdict would be (no caller's verdict on the answer), or a
    title naming repairs: work orders as before."""
    remarks = read_table(fmt, tmp_path / "remarks", _tickets(_REMARKS))
    assert remarks.kinds == ["work_orders"]
    titled = read_table(fmt, tmp_path / "titled", _tickets(_VERDICTS), title="报修工单导出")
    assert titled.kinds == ["work_orders"]
