"""Package ``defects``: every finding code planted once, each on an otherwise perfect record."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

from sample_data.gen import common as k
from sample_data.gen import content as c
from sample_data.gen.clean import complaints, report_text
from sample_data.gen.model import Loc, PackageTruth, Planted, Stamp, SurveyResponse, WorkOrder
from sample_data.gen.writers import (
    DocTable,
    Sheet,
    signature_png,
    write_docx,
    write_pdf_forms,
    write_xlsx,
)

SEED = 20261121
APPLICANT = "上海申华电器有限公司"
PDF_FILE, DOCX_FILE = "scan_0007.pdf", "资料/附件5.docx"
BOOK_FILE, REPORT_FILE = "附件3.xlsx", "附件4.docx"
LICENCE_FILE, HTML_FILE, OFFTOPIC_FILE = "scan_0001.pdf", "附件9.pdf", "资料/附件7.docx"
SURVEY_SHEET, COMPLAINT_SHEET = "满意度调查", "投诉台账"


def build(packages: Path, seed: int = SEED) -> PackageTruth:
    rng = random.Random(seed)
    root = packages / "defects"
    manifest = {"applicant": APPLICANT, "scope": "家用电器的销售及售后服务", "as_of": k.AS_OF,
                "target_level": "三星", "response_hours": 24}
    k.write_manifest(root, manifest)
    truth = PackageTruth("defects", k.AS_OF, manifest)
    _work_orders(root, truth, rng)
    _workbook(root, truth, rng)
    _documents(root, truth, rng)
    return truth


# ---------------------------------------------------------------------------- work orders


def _at(y: int, m: int, d: int, hh: int, mm: int = 0) -> Stamp:
    return Stamp(datetime(y, m, d, hh, mm))


class Orders:
    """Hands out perfect work orders dated after 2026-09-20: the window's first month stays
    empty on purpose (WO_MONTH_GAP)."""

    def __init__(self, rng: random.Random) -> None:
        self.rng, self.pool, self.serial = rng, k.Pool(rng, 60), 0

    def next_id(self, day: date) -> str:
        self.serial += 1
        return f"SH{day:%Y%m%d}{self.serial:03d}"

    def good(self, day: date | None = None) -> WorkOrder:
        day = day or date(2026, 9, 20) + timedelta(days=self.rng.randint(0, 58))
        return k.good_order(self.rng, self.pool, self.next_id(day), day)


def _planted(orders: Orders, truth: PackageTruth) -> tuple[list[WorkOrder], list[WorkOrder]]:
    """The defective records: (for the PDF forms, for the Word table)."""
    def plant(code: str, order: WorkOrder, field: str | None = None, note: str = "") -> WorkOrder:
        truth.planted.append(Planted(code, field, (order.record_id,), note))
        return order

    july1, july2 = orders.good(date(2026, 7, 8)), orders.good(date(2026, 7, 21))
    undated = replace(orders.good(), reported_at=None, responded_at=None, completed_at=None)
    no_name = replace(orders.good(), customer_name="")
    no_issue = replace(orders.good(), issue="")
    no_phone = replace(orders.good(), customer_phone="待补")  # a placeholder, not a blank
    no_fix = replace(orders.good(), resolution="")
    unsigned_pdf, unsigned_doc = orders.good(), replace(orders.good(), signature="未签")
    bad_phone1 = replace(orders.good(), customer_phone="1380013800")  # 10 digits
    bad_phone2 = replace(orders.good(), customer_phone="12345678901")  # no 12x segment
    backwards = replace(orders.good(date(2026, 10, 21)), reported_at=_at(2026, 10, 21, 9),
                        responded_at=_at(2026, 10, 21, 14),
                        completed_at=_at(2026, 10, 20, 16, 30))  # completed the day before
    late = replace(orders.good(date(2026, 11, 3)), reported_at=_at(2026, 11, 3, 8, 40),
                   responded_at=_at(2026, 11, 4, 14, 40),  # 30 h after the report
                   completed_at=_at(2026, 11, 4, 16, 10))
    clash_a, clash_b = orders.good(), orders.good()
    clash_b.record_id = clash_a.record_id  # same number, another customer
    padded_a = orders.good()
    # Same customer, phone, issue, fix and report date under a new number: padding.
    padded_b = replace(padded_a, record_id=orders.next_id(padded_a.reported_at.value.date()),
                       technician="赵国平")
    forged_a, forged_b = orders.good(), orders.good()

    pdf = [plant("WO_OUT_OF_WINDOW", july1), plant("WO_DATE_MISSING", undated),
           plant("WO_MISSING_FIELD", no_name, "customer_name"),
           plant("WO_MISSING_FIELD", no_issue, "issue"),
           plant("WO_MISSING_SIGNATURE", unsigned_pdf, note="签字栏空白"),
           plant("WO_INVALID_PHONE", bad_phone1, note="1380013800"),
           plant("WO_DATE_ORDER", backwards, note="完工早于报修"),
           plant("WO_RESPONSE_LATE", late, note="上门晚于报修30小时"),
           clash_a, padded_a, padded_b, forged_a, forged_b]
    doc = [plant("WO_OUT_OF_WINDOW", july2), plant("WO_MISSING_FIELD", no_phone, "customer_phone"),
           plant("WO_MISSING_FIELD", no_fix, "resolution"),
           plant("WO_MISSING_SIGNATURE", unsigned_doc, note="未签"),
           plant("WO_INVALID_PHONE", bad_phone2, note="12345678901"), clash_b]
    truth.planted += [
        Planted("WO_DUPLICATE_ID", None, (clash_a.record_id, clash_b.record_id), "PDF与Word各一条"),
        Planted("WO_DUPLICATE_RECORD", None, (padded_a.record_id, padded_b.record_id)),
        Planted("WO_SIGNATURE_REUSED", None, (forged_a.record_id, forged_b.record_id)),
    ]
    _sign(pdf, skip=unsigned_pdf)
    forged_b.signature_png = forged_a.signature_png  # byte-identical image, different customer
    return pdf, doc


def _sign(orders: list[WorkOrder], skip: WorkOrder | None = None) -> None:
    """PDF forms carry a drawn signature image, one per customer, and no signature text."""
    for order in orders:
        order.signature = ""
        if order is not skip:
            order.signature_png = signature_png(order.customer_name + order.customer_phone)


def _work_orders(root: Path, truth: PackageTruth, rng: random.Random) -> None:
    orders = Orders(rng)
    pdf, doc = _planted(orders, truth)
    good_pdf = [orders.good() for _ in range(30 - len(pdf))]
    _sign(good_pdf)
    pdf = sorted(pdf + good_pdf, key=lambda o: o.record_id)
    doc = sorted(doc + [orders.good() for _ in range(12 - len(doc))], key=lambda o: o.record_id)
    write_pdf_forms(root / PDF_FILE, "售后服务工单", f"服务单位：{APPLICANT}",
                    [k.work_order_form(o) for o in pdf])
    for page, order in enumerate(pdf, start=1):
        order.loc = Loc(PDF_FILE, page=page)
    _doc_table(root, doc)
    truth.work_orders += pdf + doc
    truth.add_file(PDF_FILE, "pdf", ["work_orders"])
    truth.add_file(DOCX_FILE, "docx", ["work_orders"])


def _doc_table(root: Path, orders: list[WorkOrder]) -> None:
    columns = [
        ("工单号", lambda o: o.record_id), ("联系人", lambda o: o.customer_name),
        ("手机号码", lambda o: o.customer_phone), ("地址", lambda o: o.customer_address),
        ("产品", lambda o: o.product), ("故障现象", lambda o: o.issue),
        ("处理措施", lambda o: o.resolution), ("报修时间", lambda o: k.dotted(o.reported_at)),
        ("上门时间", lambda o: k.dash(o.responded_at)),
        ("完成时间", lambda o: k.dash(o.completed_at)),
        ("工程师", lambda o: o.technician), ("客户签字", lambda o: o.signature),
    ]
    headers, rows = k.columns_to_rows(orders, columns)
    write_docx(root / DOCX_FILE, "售后服务工单汇总（补录）",
               ["以下工单为纸质工单遗失后根据系统记录补录。", DocTable(headers, rows)], wide=True)
    for index, order in enumerate(orders):
        order.loc = Loc(DOCX_FILE, table=1, row=index + 2)


# ---------------------------------------------------------------------------- survey + complaints


def _responses(rng: random.Random, truth: PackageTruth) -> list[SurveyResponse]:
    """80 respondents on a 1–5 scale, one of them answering twice, one answer from June."""
    pool = k.Pool(rng, 80)
    days = c.spread_days(rng, date(2026, 9, 25), date(2026, 11, 15), 80)
    scores = rng.choices([5, 4, 3, 2], weights=[45, 40, 11, 4], k=80)
    out = []
    for i, (day, score) in enumerate(zip(days, scores, strict=True)):
        name, phone = pool.person()
        items = {h: rng.choice([5, 5, 4, 4, 3]) for h in ("服务态度", "响应速度", "维修质量")}
        out.append(SurveyResponse(f"WJ2026-{i + 1:03d}", name, phone,
                                  Stamp(k.native_day(day), False), score, items))
    out[5].surveyed_at = Stamp(datetime(2026, 6, 15), False)
    again = replace(out[20], record_id="WJ2026-081", overall=4,
                    surveyed_at=Stamp(k.native_day(date(2026, 11, 16)), False))
    out.append(again)
    truth.planted += [
        Planted("SV_SAMPLE_BELOW_MIN", note="80份有效且不重复的问卷"),
        Planted("SV_OUT_OF_WINDOW", None, (out[5].record_id,), "调查日期2026-06-15"),
        Planted("SV_DUPLICATE_RESPONSE", None, (out[20].record_id, again.record_id),
                "同一手机号两次作答"),
    ]
    return out


def _workbook(root: Path, truth: PackageTruth, rng: random.Random) -> None:
    responses = _responses(rng, truth)
    survey = Sheet(SURVEY_SHEET, ["问卷编号", "客户姓名", "联系电话", "调查日期", "服务态度",
                                  "响应速度", "维修质量", "总体满意度"],
                   [[r.record_id, r.respondent, r.respondent_phone, k.slash(r.surveyed_at),
                     *r.items.values(), r.overall] for r in responses],
                   preamble=["客户满意度调查表（评分：5分非常满意，1分非常不满意）"])
    entries = _complaints(rng, truth)
    ledger = Sheet(COMPLAINT_SHEET, ["投诉编号", "投诉日期", "客户姓名", "联系电话", "投诉内容",
                                     "原因分析", "处理措施", "回访结果", "结案日期"],
                   [[e.record_id, k.native(e.received_at), e.customer_name, e.customer_phone,
                     e.content, e.reason, e.handling, e.feedback, k.native(e.closed_at)]
                    for e in entries],
                   preamble=["客户投诉处理台账"], number_formats={1: "yyyy-mm-dd", 8: "yyyy-mm-dd"})
    write_xlsx(root / BOOK_FILE, [survey, ledger])
    for sheet, rows in ((survey, responses), (ledger, entries)):
        for index, record in enumerate(rows):
            record.loc = Loc(BOOK_FILE, sheet=sheet.name, row=sheet.excel_row(index))
    truth.responses += responses
    truth.complaints += entries
    truth.add_file(BOOK_FILE, "xlsx", ["satisfaction_survey", "complaint_ledger"])
    report = {"distributed": 130, "returned": 126, "valid": 120, "rate": 98.0,
              "period": ["2026-09-01", "2026-10-31"]}
    write_docx(root / REPORT_FILE, "客户满意度调查报告", report_text(report, APPLICANT))
    truth.add_file(REPORT_FILE, "docx", ["satisfaction_survey"], survey_report=report)
    truth.planted += [Planted("SV_STATED_MISMATCH", "sample_size", note="报告称有效问卷120份"),
                      Planted("SV_STATED_MISMATCH", "satisfaction_rate", note="报告称满意度98.0%")]


def _complaints(rng: random.Random, truth: PackageTruth) -> list:
    entries = complaints(rng, 8, date(2026, 8, 1), "TS")
    entries[2].feedback = ""
    entries[4].handling = ""
    entries[7].record_id = entries[6].record_id  # another customer's complaint, same number
    truth.planted += [
        Planted("CP_MISSING_FIELD", "feedback", (entries[2].record_id,), "回访结果为空"),
        Planted("CP_MISSING_FIELD", "handling", (entries[4].record_id,), "处理措施为空"),
        Planted("CP_DUPLICATE_ID", None, (entries[6].record_id, entries[7].record_id)),
    ]
    return entries


# ---------------------------------------------------------------------------- documents


def _documents(root: Path, truth: PackageTruth, rng: random.Random) -> None:
    good = c.credit_code("91310104", "MA1FL3C2")
    lic = {"name": "上海申华电器销售有限公司", "credit_code": c.wrong_check(good),
           "representative": "顾永明", "scope": "服装、鞋帽的批发零售。（依法须经批准的项目，"
           "经相关部门批准后方可开展经营活动）", "capital": 200, "term_start": date(2016, 5, 10),
           "term_end": date(2025, 12, 31), "address": "上海市徐汇区漕溪北路595号",
           "authority": "上海市徐汇区市场监督管理局"}
    k.write_licence(root, truth, LICENCE_FILE, lic)
    truth.planted += [Planted(code, note=note) for code, note in (
        ("LIC_CREDIT_CODE_INVALID", f"{lic['credit_code']}（校验位应为{good[-1]}）"),
        ("LIC_EXPIRED", "营业期限至2025年12月31日"), ("LIC_SCOPE_MISMATCH", "经营范围仅服装、鞋帽"),
        ("LIC_NAME_MISMATCH", "执照名称上海申华电器销售有限公司"))]
    plan = [("service_policy", "制度/附件1.docx"), ("service_process", "制度/附件2.pdf"),
            ("job_descriptions", "附件6.docx"), ("staff_training", "附件8.xlsx"),
            ("service_outlets", "scan_0002.pdf")]
    for kind, rel in plan:
        k.write_material(root, truth, kind, rel, APPLICANT, rng)
    k.write_material(root, truth, "service_commitment", "附件10.docx", APPLICANT, rng,
                     commitment="一、接到报修后24小时内上门服务。", response_hours=24)
    truth.planted += [Planted("DOC_MISSING", "org_chart"), Planted("DOC_MISSING", "equipment_list")]
    _stray_files(root, truth)
    truth.planted += [Planted("WO_COUNT_BELOW_MIN"),
                      Planted("WO_MONTH_GAP", note="2026-08-20至09-19无工单")]


def _stray_files(root: Path, truth: PackageTruth) -> None:
    """A web page saved as .pdf (unreadable) and an unrelated notice (unrecognised)."""
    html = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>售后服务网点查询</title>"
            "</head><body><h1>页面已过期，请重新登录</h1></body></html>\n")
    (root / HTML_FILE).write_text(html, encoding="utf-8")
    truth.add_file(HTML_FILE, "html", []).status = "unreadable"
    write_docx(root / OFFTOPIC_FILE, "关于开展2026年度员工运动会的通知", [
        "各部门：", "为丰富员工业余生活，增强团队凝聚力，公司定于2026年10月17日（星期六）在浦东新区"
        "源深体育中心举办2026年度员工运动会。",
        "一、比赛项目：拔河、4×100米接力、趣味跳绳、乒乓球。",
        "二、报名方式：请各部门于9月30日前将报名表交至行政人事部。", "行政人事部", "2026年9月15日"])
    truth.add_file(OFFTOPIC_FILE, "docx", []).status = "unrecognised"
    truth.planted += [Planted("DOC_UNREADABLE", note=HTML_FILE),
                      Planted("DOC_UNRECOGNISED", note=OFFTOPIC_FILE)]
