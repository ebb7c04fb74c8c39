"""The same work orders, written as an Excel sheet, a Word table and PDF forms, must give the
same work-order findings: rules know no format, and every reader must feed them alike."""

from __future__ import annotations

import io
import json
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from docx import Document
from docx.shared import Cm

from preaudit.pipeline.run import RunOptions, audit
from sample_data.gen.writers import (
    DocTable,
    FormRow,
    Sheet,
    signature_png,
    write_docx,
    write_pdf_forms,
    write_pdf_ledger,
    write_xlsx,
)

MANIFEST = 'applicant = "测试电器有限公司"\nas_of = 2026-11-20\nresponse_hours = 24\n'
HEADERS = [
    "工单编号",
    "客户姓名",
    "联系电话",
    "故障描述",
    "处理结果",
    "报修时间",
    "上门时间",
    "完工时间",
    "客户签字",
]


@dataclass(frozen=True)
class Order:
    record_id: str
    name: str
    phone: str
    issue: str
    resolution: str
    reported: datetime
    responded: datetime
    completed: datetime
    signer: str | None  # None: unsigned; otherwise whose signature image / text


def good(n: int) -> Order:
    reported = datetime(2026, 8, 22, 9, 0) + timedelta(days=(n * 3) % 85, hours=n % 5)
    return Order(
        f"GD{n:05d}",
        f"客户{n:02d}",
        f"139{n:08d}",
        "空调不制冷",
        "补充冷媒，试机正常",
        reported,
        reported + timedelta(hours=3),
        reported + timedelta(hours=5),
        f"客户{n:02d}",
    )


def planted() -> tuple[list[Order], dict[tuple[str, str | None], list[str]]]:
    orders = [good(n) for n in range(1, 56)]
    base = good(60)

    def variant(record_id: str, name: str, **changes: object) -> Order:
        # each planted record is its own customer and signs with their own hand
        return replace(base, record_id=record_id, name=name, **{"signer": name, **changes})

    orders += [
        variant("GD90001", "王零", phone=""),
        variant("GD90002", "王一", signer=None),
        variant("GD90003", "王二", phone="1390000000"),
        variant("GD90004", "王三", completed=base.reported - timedelta(days=1)),
        variant("GD90005", "王四", responded=base.reported + timedelta(hours=30)),
        variant(
            "GD90006",
            "王五",
            reported=datetime(2026, 7, 1, 9),
            responded=datetime(2026, 7, 1, 12),
            completed=datetime(2026, 7, 1, 15),
        ),
        replace(good(1), name="另一客户", signer="另一客户"),  # same number, other content
        replace(good(2), record_id="GD90007"),  # padding: good(2) under another number
        variant("GD90008", "赵甲", signer="共用签名"),
        variant("GD90009", "赵乙", signer="共用签名"),  # someone else's ink: forgery
    ]
    expected = {
        ("WO_MISSING_FIELD", "customer_phone"): ["GD90001"],
        ("WO_MISSING_SIGNATURE", None): ["GD90002"],
        ("WO_INVALID_PHONE", None): ["GD90003"],
        ("WO_DATE_ORDER", None): ["GD90004"],
        ("WO_RESPONSE_LATE", None): ["GD90005"],
        ("WO_OUT_OF_WINDOW", None): ["GD90006"],
        ("WO_DUPLICATE_ID", None): ["GD00001", "GD00001"],
        ("WO_DUPLICATE_RECORD", None): ["GD00002", "GD90007"],
    }
    return orders, expected


def text_cells(order: Order) -> list[str]:
    stamp = "%Y-%m-%d %H:%M"
    return [
        order.record_id,
        order.name,
        order.phone,
        order.issue,
        order.resolution,
        order.reported.strftime(stamp),
        order.responded.strftime(stamp),
        order.completed.strftime(stamp),
    ]


def write_as_xlsx(path: Path, orders: list[Order]) -> None:
    rows = [
        [*text_cells(o)[:5], o.reported, o.responded, o.completed, o.signer or ""] for o in orders
    ]
    write_xlsx(
        path,
        [
            Sheet(
                "工单",
                HEADERS,
                rows,
                preamble=["售后服务工单汇总表", ""],
                number_formats={
                    5: "yyyy-mm-dd hh:mm",
                    6: "yyyy-mm-dd hh:mm",
                    7: "yyyy-mm-dd hh:mm",
                },
            )
        ],
    )


def write_as_docx(path: Path, orders: list[Order]) -> None:
    document = Document()
    document.add_paragraph("售后服务工单登记表")
    table = document.add_table(rows=1, cols=len(HEADERS))
    for cell, header in zip(table.rows[0].cells, HEADERS, strict=True):
        cell.text = header
    for order in orders:
        cells = table.add_row().cells
        for cell, value in zip(cells, text_cells(order), strict=False):
            cell.text = value
        if order.signer:
            run = cells[-1].paragraphs[0].add_run()
            run.add_picture(io.BytesIO(signature_png(order.signer)), width=Cm(2))
    document.save(str(path))


def write_as_pdf_forms(path: Path, orders: list[Order]) -> None:
    forms = []
    for o in orders:
        cells = text_cells(o)
        forms.append(
            [
                FormRow([("工单编号", cells[0]), ("报修时间", cells[5])]),
                FormRow([("客户姓名", cells[1]), ("联系电话", cells[2])]),
                FormRow([("故障描述", cells[3])]),
                FormRow([("处理结果", cells[4])]),
                FormRow([("上门时间", cells[6]), ("完工时间", cells[7])]),
                FormRow([("客户签字", signature_png(o.signer) if o.signer else None)]),
            ]
        )
    write_pdf_forms(path, "售后服务工单", "服务热线 400-800-8888", forms)


WRITERS = {"xlsx": write_as_xlsx, "docx": write_as_docx, "pdf": write_as_pdf_forms}


@pytest.fixture(scope="module")
def planted_orders():
    return planted()


@pytest.mark.parametrize("fmt", sorted(WRITERS))
def test_same_findings_in_every_format(fmt: str, planted_orders, tmp_path: Path) -> None:
    orders, expected = planted_orders
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "application.toml").write_text(MANIFEST, encoding="utf-8")
    WRITERS[fmt](package / f"附件1.{fmt}", orders)
    out = tmp_path / "out"
    audit(package, out, RunOptions())
    report = json.loads((out / "report.json").read_text("utf-8"))
    found = {
        (f["code"], f["field"]): sorted(e["record_id"] for e in f["evidence"])
        for f in report["findings"]
        if f["code"].startswith("WO_")
    }
    if fmt != "xlsx":  # signature images are read from Word and PDF cells
        expected = {**expected, ("WO_SIGNATURE_REUSED", None): ["GD90008", "GD90009"]}
    assert found == expected
    summary = report["summary"]["work_orders"]
    assert summary["total"] == len(orders)
    # 55 good + the phone-less one is out; GD90002..5 qualify; 6 is out of window;
    # GD00001 twice and GD00002/GD90007 count once each; GD90008/9 qualify
    assert summary["qualifying"] == 55 + 4 + 2


# ------------------------------------------------------------------ surveys and complaints

SURVEY_HEADERS = ["问卷编号", "客户姓名", "联系电话", "调查日期", "总体满意度"]
COMPLAINT_HEADERS = ["投诉编号", "投诉日期", "客户姓名", "联系电话", "原因分析", "处理措施",
                     "回访结果", "结案日期"]


def survey_rows() -> list[list[str]]:
    rows = [[f"WJ{n:03d}", f"受访者{n:02d}", f"137{n:08d}", f"2026-10-{n % 28 + 1:02d}",
             "满意" if n % 5 else "一般"] for n in range(1, 91)]
    rows.append(["WJ901", "受访者07", "13700000007", "2026-10-09", "满意"])  # answered twice
    rows.append(["WJ902", "受访者99", "13700000099", "2026-06-15", "非常满意"])  # out of window
    return rows


def complaint_rows() -> list[list[str]]:
    rows = [[f"TS{n:03d}", "2026-10-05", f"投诉人{n}", f"136{n:08d}", "上门迟到",
             "致歉并调整排班", "满意", "2026-10-08"] for n in range(1, 9)]
    rows.append(["TS101", "2026-10-06", "投诉人甲", "13600000101", "配件缺货", "加急调货", "",
                 "2026-10-12"])  # no feedback
    rows.append(["TS001", "2026-10-07", "投诉人乙", "13600000102", "收费争议", "退还差价",
                 "满意", "2026-10-09"])  # number of TS001 reused
    return rows


def write_tables_xlsx(path: Path) -> None:
    write_xlsx(path, [Sheet("满意度调查", SURVEY_HEADERS, survey_rows()),
                      Sheet("投诉台账", COMPLAINT_HEADERS, complaint_rows())])


def write_tables_docx(path: Path) -> None:
    write_docx(path, "客户满意度调查及投诉处理记录",
               ["一、客户满意度调查表", DocTable(SURVEY_HEADERS, survey_rows()),
                "二、客户投诉处理台账", DocTable(COMPLAINT_HEADERS, complaint_rows())],
               wide=True)


def write_tables_pdf(path: Path) -> None:
    survey, complaints = survey_rows(), complaint_rows()
    write_pdf_ledger(path, "客户满意度调查表", SURVEY_HEADERS, survey, per_page=[46, 46],
                     widths=[70, 90, 110, 90, 90])
    write_pdf_ledger(path.with_name("附件2.pdf"), "客户投诉处理台账", COMPLAINT_HEADERS,
                     complaints, per_page=[len(complaints)], widths=[60] * 8)


TABLE_WRITERS = {"xlsx": write_tables_xlsx, "docx": write_tables_docx, "pdf": write_tables_pdf}
SURVEY_AND_COMPLAINT_FINDINGS = {
    ("SV_SAMPLE_BELOW_MIN", None): [],
    ("SV_DUPLICATE_RESPONSE", None): ["WJ007", "WJ901"],
    ("SV_OUT_OF_WINDOW", None): ["WJ902"],
    ("CP_MISSING_FIELD", "feedback"): ["TS101"],
    ("CP_DUPLICATE_ID", None): ["TS001", "TS001"],
}


@pytest.mark.parametrize("fmt", sorted(TABLE_WRITERS))
def test_survey_and_complaint_findings_in_every_format(fmt: str, tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "application.toml").write_text(MANIFEST, encoding="utf-8")
    TABLE_WRITERS[fmt](package / f"附件1.{fmt}")
    out = tmp_path / "out"
    audit(package, out, RunOptions())
    report = json.loads((out / "report.json").read_text("utf-8"))
    found = {
        (f["code"], f["field"]): sorted(e["record_id"] for e in f["evidence"])
        for f in report["findings"] if f["code"].startswith(("SV_", "CP_"))
    }
    assert found == SURVEY_AND_COMPLAINT_FINDINGS
    assert report["summary"]["survey"]["responses"] == 91  # 92 answers, one respondent twice
    assert report["summary"]["complaints"] == {"total": 10, "complete": 9}
