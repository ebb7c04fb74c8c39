"""Package ``clean``: a complete, consistent bundle that must produce no finding at all."""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

from sample_data.gen import common as k
from sample_data.gen import content as c
from sample_data.gen.model import Complaint, Loc, PackageTruth, Stamp, SurveyResponse, WorkOrder
from sample_data.gen.rules import SATISFIED_WORDS
from sample_data.gen.writers import Sheet, write_docx, write_pdf_ledger, write_xlsx

APPLICANT = "上海浦惠电器(集团)有限公司"  # half-width brackets; the licence has full-width ones
LICENCE_NAME = "上海浦惠电器（集团）有限公司"
CREDIT_CODE = c.credit_code("91310115", "MA1K4PQ7")
WO_FILE, SV_FILE, REPORT_FILE = "附件1.xlsx", "附件2.xlsx", "附件3.docx"
LEDGER_FILE = "scan_0002.pdf"


SEED = 20261120


def build(packages: Path, seed: int = SEED) -> PackageTruth:
    rng = random.Random(seed)
    root = packages / "clean"
    manifest = {"applicant": APPLICANT, "credit_code": CREDIT_CODE,
                "scope": "家用电器的销售及售后服务", "as_of": k.AS_OF, "target_level": "四星"}
    k.write_manifest(root, manifest)
    truth = PackageTruth("clean", k.AS_OF, manifest)
    _work_orders(root, truth, rng)
    _survey(root, truth, rng)
    _complaints(root, truth, rng)
    _materials(root, truth, rng)
    return truth


# ---------------------------------------------------------------------------- work orders


def _orders(rng: random.Random) -> list[WorkOrder]:
    pool = k.Pool(rng, 62)
    days = c.spread_days(rng, date(2026, 8, 20), date(2026, 11, 17), 62)
    orders = [k.good_order(rng, pool, f"GD{d:%Y%m%d}{i + 1:03d}", d) for i, d in enumerate(days)]
    # The ways people really write phone numbers: all plausible, one masked (neither kind).
    own = [o.customer_phone for o in orders]
    styles = {
        3: f"{own[3][:3]} {own[3][3:7]} {own[3][7:]}",
        11: f"{own[11][:3]}-{own[11][3:7]}-{own[11][7:]}",
        19: f"+86 {own[19]}",
        27: "021-50321876",
        40: f"{own[40][:3]}****{own[40][7:]}",
    }
    for index, phone in styles.items():
        orders[index].customer_phone = phone
    return orders


def _work_orders(root: Path, truth: PackageTruth, rng: random.Random) -> None:
    orders = _orders(rng)
    columns = [
        ("工单编号", lambda o: o.record_id), ("客户姓名", lambda o: o.customer_name),
        ("联系电话", lambda o: o.customer_phone), ("服务地址", lambda o: o.customer_address),
        ("产品型号", lambda o: o.product), ("故障现象", lambda o: o.issue),
        ("处理结果", lambda o: o.resolution), ("报修时间", lambda o: k.native(o.reported_at)),
        ("上门时间", lambda o: k.dash(o.responded_at)),
        ("完工时间", lambda o: k.chinese(o.completed_at)),
        ("维修人员", lambda o: o.technician), ("客户签字", lambda o: o.signature),
    ]
    headers, rows = k.columns_to_rows(orders, columns)
    sheet = Sheet("工单明细", headers, rows, number_formats={7: "yyyy-mm-dd hh:mm"},
                  preamble=[f"{LICENCE_NAME}售后服务工单登记表",
                            "统计期间：2026年8月20日至2026年11月20日　　制表：客服中心"])
    write_xlsx(root / WO_FILE, [sheet])
    for index, order in enumerate(orders):
        order.loc = Loc(WO_FILE, sheet=sheet.name, row=sheet.excel_row(index))
    truth.work_orders += orders
    truth.add_file(WO_FILE, "xlsx", ["work_orders"])


# ---------------------------------------------------------------------------- survey


def _responses(rng: random.Random, count: int) -> list[SurveyResponse]:
    pool = k.Pool(rng, count)
    days = c.spread_days(rng, date(2026, 9, 1), date(2026, 10, 31), count)
    words = rng.choices(c.WORD_SCALE_5, weights=[52, 42, 5, 1, 0], k=count)
    out = []
    for i, (day, word) in enumerate(zip(days, words, strict=True)):
        name, phone = pool.person()
        items = {h: rng.choice(c.WORD_SCALE_5[:3]) for h in ("服务态度", "响应速度", "维修质量")}
        out.append(SurveyResponse(f"MY{i + 1:04d}", name, phone, Stamp(k.native_day(day), False),
                                  word, items))
    return out


def _survey(root: Path, truth: PackageTruth, rng: random.Random) -> None:
    responses = _responses(rng, 110)
    headers = ["问卷编号", "客户姓名", "手机号码", "回访日期", "服务态度", "响应速度", "维修质量",
               "总体评价", "意见建议"]
    rows = [[r.record_id, r.respondent, r.respondent_phone, r.surveyed_at.value.date(),
             *r.items.values(), r.overall, rng.choice(c.SUGGESTIONS)] for r in responses]
    sheet = Sheet("满意度调查", headers, rows, number_formats={3: "yyyy/m/d"},
                  preamble=["2026年第三季度客户满意度调查表（电话回访）"])
    write_xlsx(root / SV_FILE, [sheet])
    for index, response in enumerate(responses):
        response.loc = Loc(SV_FILE, sheet=sheet.name, row=sheet.excel_row(index))
    truth.responses += responses
    truth.add_file(SV_FILE, "xlsx", ["satisfaction_survey"])
    happy = sum(r.overall in SATISFIED_WORDS for r in responses)
    rate = round(100 * happy / len(responses), 1)
    report = {"distributed": 120, "returned": 116, "valid": len(responses), "rate": rate,
              "period": ["2026-09-01", "2026-10-31"]}
    write_docx(root / REPORT_FILE, "客户满意度调查报告", report_text(report, APPLICANT))
    truth.add_file(REPORT_FILE, "docx", ["satisfaction_survey"], survey_report=report)


def report_text(report: dict[str, object], company: str) -> list[str]:
    return [
        f"为了解顾客对{company}售后服务的评价，客服中心于2026年9月1日至2026年10月31日对完工工单客户开展电话及问卷调查。",
        f"本次调查共发放问卷{report['distributed']}份，回收{report['returned']}份，"
        f"有效问卷{report['valid']}份。调查内容包括服务态度、响应速度、维修质量和总体评价。",
        f"经统计，客户总体满意度为{report['rate']:.1f}%。客户对服务人员态度和维修质量评价较高，"
        "部分客户反映周末预约等待时间较长。",
        "调查时间：2026年9月1日至2026年10月31日",
        "改进措施：一、增加周末值班技师；二、完善预约提醒短信；三、对评价一般的客户进行二次回访。",
    ]


# ---------------------------------------------------------------------------- complaints


def complaints(rng: random.Random, count: int, start: date, prefix: str) -> list[Complaint]:
    pool = k.Pool(rng, count)
    days = c.spread_days(rng, start, date(2026, 11, 10), count)
    out = []
    for i, day in enumerate(days):
        name, phone = pool.person()
        content, reason, handling = c.COMPLAINTS[i % len(c.COMPLAINTS)]
        out.append(Complaint(f"{prefix}{day:%Y%m}{i + 1:03d}", name, phone,
                             Stamp(k.native_day(day), False), content, reason, handling,
                             rng.choice(c.FEEDBACK),
                             Stamp(k.native_day(day + timedelta(days=rng.randint(1, 6))), False)))
    return out


def _complaints(root: Path, truth: PackageTruth, rng: random.Random) -> None:
    entries = complaints(rng, 30, date(2026, 6, 1), "TS")
    headers = ["投诉编号", "投诉日期", "客户姓名", "联系电话", "投诉内容", "原因分析", "处理措施",
               "回访结果", "结案日期"]
    rows = [[e.record_id, k.dash(e.received_at), e.customer_name, e.customer_phone, e.content,
             e.reason, e.handling, e.feedback, k.dash(e.closed_at)] for e in entries]
    pages = write_pdf_ledger(root / LEDGER_FILE, "客户投诉处理台账", headers, rows, [18, 12],
                             k.ledger_widths())
    for index, (entry, page) in enumerate(zip(entries, pages, strict=True)):
        entry.loc = Loc(LEDGER_FILE, page=page, table=1, row=index + 2)
    truth.complaints += entries
    truth.add_file(LEDGER_FILE, "pdf", ["complaint_ledger"])


# ---------------------------------------------------------------------------- materials


def _materials(root: Path, truth: PackageTruth, rng: random.Random) -> None:
    lic = {"name": LICENCE_NAME, "credit_code": CREDIT_CODE, "representative": "沈国华",
           "scope": "家用电器、电子产品、五金交电的销售；家用电器安装、维修；售后服务。"
                    "（依法须经批准的项目，经相关部门批准后方可开展经营活动）",
           "capital": 5000, "term_start": date(2015, 3, 12), "term_end": None,
           "address": "上海市浦东新区张杨路1588号", "authority": "上海市浦东新区市场监督管理局"}
    k.write_licence(root, truth, "scan_0001.pdf", lic)
    plan = [("service_policy", "资料/附件4.docx"), ("service_process", "资料/附件5.pdf"),
            ("job_descriptions", "资料/附件6.docx"), ("staff_training", "资料/人员/附件7.xlsx"),
            ("equipment_list", "资料/附件8.xlsx"), ("service_outlets", "资料/scan_0003.pdf"),
            ("org_chart", "资料/scan_0004.pdf")]
    for kind, rel in plan:
        k.write_material(root, truth, kind, rel, LICENCE_NAME, rng)
    k.write_material(root, truth, "service_commitment", "附件9.docx", LICENCE_NAME, rng,
                     commitment="一、接到报修后24小时内上门服务，维修完毕由顾客签字确认。",
                     response_hours=24)
