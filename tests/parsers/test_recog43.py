"""Issue 11, round 43: a complaint's course by content, the complainant by the act, and a
data row that is no second header line (decisions 301, 302, 303).

Decision 301: a reason the labels gave a pick-list (投诉类型: 无, 常规, A类) yields to the bare
text right after it (描述) that tells a case, and the handling that text held is unread; a
reason of verdicts under a word-back label (反馈内容) right of the handling is the feedback.
Decision 302: 申诉人, the act of complaining and its doer and nothing else, is the complainant;
a post (客诉员) is not. Decision 303: a row holding a phone number is data, never the second
line of a header. Each is tested on a workbook and a Word table (the pick-list and the word
back on a PDF too), with must-read and must-not-read cases. The cell contents are written here,
not drawn from the generator's pool.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.parsers.tables import FORMATS, WITH_PDF, read_table

_NAMES = ["林晓峰", "许佳怡", "邵志刚", "程美玲", "蔡文杰", "杜海燕", "钱立新", "孔维娜"]
_STAFF = ["周敏", "吴涛", "周敏", "吴涛", "周敏", "吴涛", "周敏", "吴涛"]
_PHONES = [f"1385712{i:04d}" for i in range(8)]
_DAYS = [f"2026-08-{d:02d}" for d in (1, 3, 5, 7, 9, 11, 13, 15)]
_LATER = [f"2026-08-{d:02d}" for d in (2, 4, 6, 8, 10, 12, 14, 16)]
_CASES = ["送餐超时一小时，饭菜已凉", "订单少送一份米饭", "骑手态度恶劣，出言不逊",
          "餐盒破损汤汁洒出", "收到的菜品与下单不符", "发票迟迟未开具", "客服电话无人接听",
          "退款申请三天未处理"]
_REPLIES = ["向客户致歉并补送一份餐品", "补发米饭并赠送优惠券", "对骑手进行批评教育并扣罚",
            "更换加固餐盒并退还餐费", "重新配送正确菜品", "当日补开电子发票",
            "增加客服坐席并回电致歉", "加急处理并完成退款"]
_VERDICTS = ["客户表示满意", "满意，无其他意见", "客户表示满意", "基本满意",
             "回访客户，对处理结果满意", "满意", "客户表示满意", "基本满意"]
_PICKED = ["无", "常规", "A类", "无", "常规", "A类", "无", "常规"]


def _meal_opinions(second: str, texts: list[str]) -> list[list[object]]:
    """投诉类型 (a pick-list) then ``second`` over ``texts``, the complainant's number, the
    order's number and the dates of submission and handling."""
    head = ["投诉类型", second, "投诉人id", "订单编号", "提交时间", "处理时间"]
    rows = [[_PICKED[i], texts[i], f"6227{1828 + 37 * i}", f"7526{9535 + 41 * i}", _DAYS[i],
             _LATER[i]] for i in range(8)]
    return [head] + rows


@pytest.mark.parametrize("fmt", WITH_PDF)
def test_the_text_after_a_picked_type_is_the_complaint(tmp_path: Path, fmt: str) -> None:
    """Decision 301: 投诉类型 names the reason by its label but holds a pick-list; 描述 right
    after it tells each case: it is the reason, and no handling is read (before: the reason
    was the pick-list and the cases the handling)."""
    read = read_table(fmt, tmp_path / "opinions", _meal_opinions("描述", _CASES))
    complaints = read.records["complaints"]
    assert [r["reason"] for r in complaints] == _CASES
    assert all(r["handling"] is None for r in complaints)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_text_away_from_the_picked_type_keeps_the_handling(tmp_path: Path, fmt: str) -> None:
    """Must not: 描述 at the far end, after the dates of submission and handling, is not beside
    the picked type and says no more of the complaint than of what was done: what was done
    stays the handling and is not made the reason."""
    rows = _meal_opinions("投诉人姓名", _NAMES)
    rows[0].append("描述")
    for i, row in enumerate(rows[1:]):
        row.append(_REPLIES[i])
    complaints = read_table(fmt, tmp_path / "far", rows).records["complaints"]
    assert [r["handling"] for r in complaints] == _REPLIES
    assert all(r["reason"] != _REPLIES[i] for i, r in enumerate(complaints))


def _handling_log(labels: list[str], texts: list[str]) -> list[list[object]]:
    """A complaint handling log: who handled, what was done, when, then ``labels`` over
    ``texts`` and the time of the word back."""
    head = ["处理人姓名", "处理措施", "处理时间", *labels, "反馈时间"]
    rows = [[_STAFF[i], _REPLIES[i], _DAYS[i], texts[i], _LATER[i]] for i in range(8)]
    return [head] + rows


@pytest.mark.parametrize("fmt", WITH_PDF)
def test_verdicts_after_the_handling_are_the_feedback(tmp_path: Path, fmt: str) -> None:
    """Decision 301: 反馈内容 right of the handling holds verdicts (客户表示满意): the customer's
    word back, the feedback; no reason is read (before: the verdicts were the reason)."""
    complaints = read_table(fmt, tmp_path / "log", _handling_log(["反馈内容"], _VERDICTS)
                            ).records["complaints"]
    assert [r["feedback"] for r in complaints] == _VERDICTS
    assert all(r["reason"] is None for r in complaints)
    assert [r["handling"] for r in complaints] == _REPLIES


@pytest.mark.parametrize("fmt", FORMATS)
def test_cases_after_the_handling_stay_the_reason(tmp_path: Path, fmt: str) -> None:
    """Must not: 反馈内容 holding cases written out (送餐超时一小时) is what was raised,
    wherever it stands: it keeps the reason and no feedback is read."""
    complaints = read_table(fmt, tmp_path / "cases", _handling_log(["反馈内容"], _CASES)
                            ).records["complaints"]
    assert [r["reason"] for r in complaints] == _CASES
    assert all(r["feedback"] is None for r in complaints)


def _appeals(person: str) -> list[list[object]]:
    head = ["申诉记录编号", "申诉记录描述", person, "申诉日期", "申诉人联系方式", "客服答复意见"]
    rows = [[f"TS2026080{i}", _CASES[i], _NAMES[i] if person == "申诉人" else _STAFF[i],
             _DAYS[i], _PHONES[i], _REPLIES[i]] for i in range(8)]
    return [head] + rows


@pytest.mark.parametrize("fmt", FORMATS)
def test_who_appeals_is_the_customer(tmp_path: Path, fmt: str) -> None:
    """Decision 302: 申诉人 (the act of complaining and its doer) is the complainant (before:
    unread)."""
    complaints = read_table(fmt, tmp_path / "appeals", _appeals("申诉人")).records["complaints"]
    assert [r["customer_name"] for r in complaints] == _NAMES


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_complaints_clerk_is_no_customer(tmp_path: Path, fmt: str) -> None:
    """Must not: 客诉员 is a post (员, no part of the act) over the desk's staff."""
    complaints = read_table(fmt, tmp_path / "clerk", _appeals("客诉员")).records["complaints"]
    assert all(r["customer_name"] is None for r in complaints)


_ARCHIVE_HEAD = ["公司编码", "公司名称", "组织名称", "客户名称(必填)", "客户类型名称(必填)",
                 "性别(必填)", "身份证号码(必填)", "联系电话(必填)", "证件类型名称", "证件号码",
                 "家庭住址/单位地址", "备注"]
_ORGS = ["杨浦服务站", "宝山合作网点", "浦江酒店管理有限公司", "闵行区第三中学"]
_REMARKS = ["按计划完成", "客户无异议", "详见附件", "客户无异议", "按计划完成", "详见附件",
            "客户无异议", "按计划完成"]


def _archive() -> list[list[object]]:
    """A customer archive whose first row's remark is 按计划完成 (completed as planned)."""
    rows = [[_ORGS[i % 4], _ORGS[(i + 1) % 4], _ORGS[(i + 2) % 4], _ORGS[(i + 3) % 4],
             _ORGS[i % 4], ["已处理", "无", "常规"][i % 3], ["无", "常规"][i % 2], _PHONES[i],
             _ORGS[(i + 2) % 4], ["A类", "无"][i % 2], f"上海市杨浦区黄兴路{700 + i}弄{30 + i}号",
             _REMARKS[i]] for i in range(8)]
    return [_ARCHIVE_HEAD] + rows


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_row_with_a_phone_is_no_second_header_line(tmp_path: Path, fmt: str) -> None:
    """Decision 303: the first data row, holding a phone number, is no label line: 按计划完成
    over 备注 never makes a resolution, and the archive is read as no work orders (before, in
    the workbook: 11 work orders, the header taken as two lines)."""
    read = read_table(fmt, tmp_path / "archive", _archive())
    assert "work_orders" not in read.records
    assert not any(read.records.values())
