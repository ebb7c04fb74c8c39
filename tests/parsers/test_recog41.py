"""Issue 11, round 41: fields of a work order left unread (decisions 294, 295).

Decision 294: labels that read only as a text (服务概要, 服务内容, 服务过程) say no more of the
fault than of the remedy; two such written columns, one of them read as a step of the course
and the other step unread, are the steps in page order. Decision 295: whoever does the act of
reporting (提报人, 提交人) is the customer, as 报修人 and 申请人 are. Each is tested on a workbook
and a Word table, with must-read and must-not-read cases. The cell contents are written here,
not drawn from the generator's pool.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.parsers.tables import FORMATS, read_table

_NAMES = ["林晓峰", "许佳怡", "邵志刚", "程美玲", "蔡文杰", "杜海燕", "钱立新", "孔维娜"]
_PHONES = [f"1385712{i:04d}" for i in range(8)]
_DAYS = ["2026-08-01 09:10:00", "2026-08-03 10:20:00", "2026-08-05 11:30:00",
         "2026-08-07 14:40:00", "2026-08-09 15:50:00", "2026-08-11 16:00:00",
         "2026-08-13 09:15:00", "2026-08-15 10:25:00"]
_FAULTS = ["热水器打不着火", "洗碗机不排水", "烤箱温度偏低", "抽油烟机异响", "净水器漏水",
           "冰箱冷冻室不冷", "电视开机黑屏", "空调外机噪音大"]
_REMEDIES = ["清理点火针积碳并更换脉冲器，点火恢复", "拆洗排水泵叶轮，排水顺畅",
             "更换温度探头并校准，温度达标", "紧固风机叶轮螺母，异响消失",
             "更换滤芯接头密封圈，试压无渗漏", "补焊冷凝管漏点并加注冷媒，降温正常",
             "更换主板电源模块，画面恢复", "加装减震垫并调平支架，噪音降低"]
_NOTES = ["上门前已电话确认，客户在家", "配件由仓库当日调拨", "客户要求周末上门",
          "保修期内免费", "客户自购配件，仅收工时费", "已告知客户日常保养要点",
          "二次上门处理", "客户家中有老人，注意沟通"]
_CANNED = ["详见附件", "已电话沟通"] * 4  # two phrases on four rows each: a pick-list


def _orders(labels: list[str], *texts: list[str]) -> list[list[object]]:
    """A service log: number, customer, phone, date, then ``labels`` over ``texts``."""
    head = ["服务单号", "客户姓名", "联系电话", "报修时间", *labels]
    rows = [[f"FW{2026080 + i}", _NAMES[i], _PHONES[i], _DAYS[i], *(t[i] for t in texts)]
            for i in range(8)]
    return [head] + rows


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_summary_then_the_service_content_are_the_fault_then_the_remedy(
        tmp_path: Path, fmt: str) -> None:
    """Decision 294: 服务内容 alone reads as the issue (a synonym); 服务概要 beside it says as
    little. In page order the summary is the fault and the content what was done (before:
    the remedies were the issue, the faults and the resolution unread)."""
    read = read_table(fmt, tmp_path / "summary", _orders(["服务概要", "服务内容"],
                                                         _FAULTS, _REMEDIES))
    orders = read.records["work_orders"]
    assert [r["issue"] for r in orders] == _FAULTS
    assert [r["resolution"] for r in orders] == _REMEDIES


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_service_content_then_its_course_are_the_fault_then_the_remedy(
        tmp_path: Path, fmt: str) -> None:
    """Decision 294: 服务内容 keeps the issue and 服务过程 after it is the resolution (before:
    unread), a canned status column beside them none."""
    read = read_table(fmt, tmp_path / "course", _orders(["服务内容", "服务过程", "评价内容"],
                                                        _FAULTS, _REMEDIES, _CANNED))
    orders = read.records["work_orders"]
    assert [r["issue"] for r in orders] == _FAULTS
    assert [r["resolution"] for r in orders] == _REMEDIES


@pytest.mark.parametrize("fmt", FORMATS)
def test_three_bare_texts_leave_the_remedy_unread(tmp_path: Path, fmt: str) -> None:
    """Must not: a third written column labelled only as a text (情况说明) leaves nobody able
    to say which two are the steps: the issue stays where its label put it, no resolution."""
    read = read_table(fmt, tmp_path / "three", _orders(["服务概要", "服务内容", "情况说明"],
                                                       _FAULTS, _REMEDIES, _NOTES))
    orders = read.records["work_orders"]
    assert [r["issue"] for r in orders] == _REMEDIES
    assert all(r["resolution"] is None for r in orders)


@pytest.mark.parametrize("fmt", FORMATS)
def test_canned_phrases_beside_the_service_content_are_no_remedy(
        tmp_path: Path, fmt: str) -> None:
    """Must not: a text label over a few canned phrases (说明: 详见附件, 已电话沟通) is no step
    written case by case: the resolution stays unread."""
    read = read_table(fmt, tmp_path / "canned", _orders(["服务内容", "说明"], _FAULTS, _CANNED))
    orders = read.records["work_orders"]
    assert [r["issue"] for r in orders] == _FAULTS
    assert all(r["resolution"] is None for r in orders)


_STAFF = ["周海涛", "吴振华", "周海涛", "郑浩", "吴振华", "郑浩", "周海涛", "吴振华"]


def _faults(reporter: str, *extra: tuple[str, list[str]]) -> list[list[object]]:
    """A fault list: number, fault, who reported it, their phone, when, who handled it."""
    head = ["故障编号", "故障现象", reporter, "联系电话", "提报时间", "维修人员",
            *(label for label, _ in extra)]
    rows = [[f"GZ{2026080 + i}", _FAULTS[i], _NAMES[i], _PHONES[i], _DAYS[i], _STAFF[i],
             *(cells[i] for _, cells in extra)] for i in range(8)]
    return [head] + rows


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("reporter", ["提报人员", "提交人"])
def test_whoever_reported_the_fault_is_the_customer(
        tmp_path: Path, fmt: str, reporter: str) -> None:
    """Decision 295: 提报人员 and 提交人 (whoever does the act of reporting) name who raised
    the request, as the listed 报修人 does (before: no customer read)."""
    read = read_table(fmt, tmp_path / "reported", _faults(reporter))
    orders = read.records["work_orders"]
    assert [r["customer_name"] for r in orders] == _NAMES
    assert [r["technician"] for r in orders] == _STAFF


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_listed_reporter_stays_the_customer_over_a_submitter(
        tmp_path: Path, fmt: str) -> None:
    """Must not: beside 报修人 (listed), the one who submitted the entry (提交人: here a desk
    clerk) is not the customer; 报修人 stays it."""
    clerks = ["王丽", "王丽", "陈芳", "王丽", "陈芳", "陈芳", "王丽", "陈芳"]
    read = read_table(fmt, tmp_path / "listed", _faults("报修人", ("提交人", clerks)))
    orders = read.records["work_orders"]
    assert [r["customer_name"] for r in orders] == _NAMES


def _repairs(*extra: tuple[str, list[str]]) -> list[list[object]]:
    """A repair request list: the fault, who asked, their phone, when, who came, then ``extra``."""
    head = ["报修内容", "联系人", "联系电话", "报修时间", "上门服务人员", *(label for label, _ in extra)]
    rows = [[_FAULTS[i], _NAMES[i], _PHONES[i], _DAYS[i], _STAFF[i],
             *(cells[i] for _, cells in extra)] for i in range(8)]
    return [head] + rows


@pytest.mark.parametrize("fmt", FORMATS)
def test_cases_written_under_a_confirmation_are_the_remedy_and_no_sign_off(
        tmp_path: Path, fmt: str) -> None:
    """Decision 296: 确认信息 reads as the signature by its label, but its cells tell what was
    done, row by row: nothing is signed, and the column is the resolution after the fault
    (before: every order read as signed with a remedy, the resolution unread)."""
    read = read_table(fmt, tmp_path / "confirmed", _repairs(("确认信息", _REMEDIES)))
    orders = read.records["work_orders"]
    assert [r["resolution"] for r in orders] == _REMEDIES
    assert all(r["signature"] is None for r in orders)


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_customers_names_under_a_confirmation_stay_the_sign_off(
        tmp_path: Path, fmt: str) -> None:
    """Must not: the same label over the customer's own names and marks is the sign-off, and no
    resolution is read."""
    signed = [name if i % 3 else "已签字" for i, name in enumerate(_NAMES)]
    read = read_table(fmt, tmp_path / "signed", _repairs(("确认信息", signed)))
    orders = read.records["work_orders"]
    assert [r["signature"] for r in orders] == signed
    assert all(r["resolution"] is None for r in orders)


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_email_address_broken_by_a_wrapped_line_is_no_remedy(
        tmp_path: Path, fmt: str) -> None:
    """Must not (decision 296): e-mail addresses with a space where a PDF cell's line broke
    (user902@exa mple.com) are tokens, no text written out: no resolution (before: read as
    the resolution by the page's order, as a column of text under a label no class knows)."""
    mails = [f"user{300 + i}@exa mple.com" for i in range(8)]
    read = read_table(fmt, tmp_path / "mails", _repairs(("联系邮箱", mails)))
    orders = read.records["work_orders"]
    assert all(r["resolution"] is None for r in orders)
