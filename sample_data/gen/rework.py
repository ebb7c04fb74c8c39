"""Package ``rework.zip``: a housekeeping company's bundle with a few minor faults only."""

from __future__ import annotations

import random
import tempfile
import zipfile
from datetime import date
from pathlib import Path

from sample_data.gen import common as k
from sample_data.gen import content as c
from sample_data.gen.clean import complaints, report_text
from sample_data.gen.model import Loc, PackageTruth, Planted, Stamp, SurveyResponse
from sample_data.gen.writers import (
    FIXED_ZIP_TIME,
    DocTable,
    Sheet,
    write_docx,
    write_pdf_text,
    write_xlsx,
)

SEED = 20261122
NAME = "rework.zip"
TOP = "申请材料"  # the zip's single top folder; evidence paths keep it
APPLICANT = "上海洁家家政服务有限公司"
WO_FILE = f"{TOP}/03记录/工单/附件10.docx"
SV_FILE = f"{TOP}/03记录/调查/附件11.xlsx"
REPORT_FILE = f"{TOP}/03记录/调查/scan_0012.pdf"
CP_FILE = f"{TOP}/03记录/附件12.docx"


def build(packages: Path, seed: int = SEED) -> PackageTruth:
    rng = random.Random(seed)
    manifest = {"applicant": APPLICANT, "credit_code": c.credit_code("91310112", "MA1GB7W5"),
                "scope": "家政服务", "as_of": k.AS_OF, "target_level": "三星"}
    truth = PackageTruth(NAME, k.AS_OF, manifest)
    truth.planted.append(Planted("SCOPE_NOT_ELIGIBLE", note="申请范围“家政服务”"))
    with tempfile.TemporaryDirectory() as tmp:
        stage = Path(tmp)
        k.write_manifest(stage / TOP, manifest)
        _work_orders(stage, truth, rng)
        _survey(stage, truth, rng)
        _complaints(stage, truth, rng)
        _materials(stage, truth, rng)
        _zip(stage, packages / NAME)
    return truth


def _zip(stage: Path, target: Path) -> None:
    """Members sorted, fixed times; non-ASCII names get the UTF-8 flag from zipfile itself."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(stage.rglob("*")):
            name = path.relative_to(stage).as_posix() + ("/" if path.is_dir() else "")
            info = zipfile.ZipInfo(name, FIXED_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, b"" if path.is_dir() else path.read_bytes())


# ---------------------------------------------------------------------------- work orders


def _work_orders(stage: Path, truth: PackageTruth, rng: random.Random) -> None:
    pool = k.Pool(rng, 55)
    days = c.spread_days(rng, date(2026, 8, 21), date(2026, 11, 16), 55)
    # 结单时间 is written as a bare date (timed=False) in this company's export
    orders = [k.good_order(rng, pool, f"FW{d:%y%m%d}{i + 1:04d}", d, (True, True, False))
              for i, d in enumerate(days)]
    orders[17].signature = ""
    orders[38].signature = "无"
    truth.planted.append(Planted("WO_MISSING_SIGNATURE", None,
                                 (orders[17].record_id, orders[38].record_id),
                                 "一条空白、一条“无”"))
    columns = [
        ("服务单号", lambda o: o.record_id), ("报修人", lambda o: o.customer_name),
        ("手机号码", lambda o: o.customer_phone), ("服务地址", lambda o: o.customer_address),
        ("产品名称", lambda o: o.product), ("报修内容", lambda o: o.issue),
        ("维修结果", lambda o: o.resolution), ("受理日期", lambda o: k.chinese(o.reported_at)),
        ("到达时间", lambda o: k.slash(o.responded_at)),
        ("结单时间", lambda o: k.dotted(o.completed_at)),
        ("维修人", lambda o: o.technician), ("客户确认", lambda o: o.signature),
    ]
    headers, rows = k.columns_to_rows(orders, columns)
    write_docx(stage / WO_FILE, "家电维修服务单登记表",
               ["统计期间：2026年8月21日—2026年11月18日", DocTable(headers, rows)], wide=True)
    for index, order in enumerate(orders):
        order.loc = Loc(WO_FILE, table=1, row=index + 2)
    truth.work_orders += orders
    truth.add_file(WO_FILE, "docx", ["work_orders"])


# ---------------------------------------------------------------------------- survey


def _survey(stage: Path, truth: PackageTruth, rng: random.Random) -> None:
    pool = k.Pool(rng, 105)
    days = c.spread_days(rng, date(2026, 9, 1), date(2026, 11, 10), 105)
    responses = []
    for i, day in enumerate(days):
        name, phone = pool.person()
        score = rng.choices([10, 9, 8, 7, 6], weights=[40, 35, 17, 6, 2])[0]
        items = {h: rng.choice([10, 9, 9, 8]) for h in ("服务态度", "守时情况", "服务质量")}
        responses.append(SurveyResponse(f"HF{i + 1:04d}", name, phone,
                                        Stamp(k.native_day(day), False), score, items))
    headers = ["回访编号", "客户", "联系方式", "回访日期", "服务态度", "守时情况", "服务质量",
               "总体评分"]
    sheet = Sheet("回访记录", headers, [[r.record_id, r.respondent, r.respondent_phone,
                                        r.surveyed_at.value.date(), *r.items.values(), r.overall]
                                       for r in responses], number_formats={3: "yyyy-mm-dd"})
    write_xlsx(stage / SV_FILE, [sheet])
    for index, response in enumerate(responses):
        response.loc = Loc(SV_FILE, sheet=sheet.name, row=sheet.excel_row(index))
    truth.responses += responses
    truth.add_file(SV_FILE, "xlsx", ["satisfaction_survey"])
    happy = sum(r.overall >= 8 for r in responses)  # type: ignore[operator]
    report = {"distributed": 110, "returned": 108, "valid": 105,
              "rate": round(100 * happy / 105, 1), "period": ["2026-09-01", "2026-10-31"]}
    write_pdf_text(stage / REPORT_FILE, "客户满意度调查报告", [
        *report_text(report, APPLICANT), "评分说明：总体评分为10分制，8分及以上计为满意。"])
    truth.add_file(REPORT_FILE, "pdf", ["satisfaction_survey"], survey_report=report)


# ---------------------------------------------------------------------------- complaints


def _complaints(stage: Path, truth: PackageTruth, rng: random.Random) -> None:
    entries = complaints(rng, 10, date(2026, 7, 1), "KS")
    entries[3].feedback = ""
    truth.planted.append(Planted("CP_MISSING_FIELD", "feedback", (entries[3].record_id,)))
    headers = ["投诉编号", "投诉时间", "投诉人", "联系方式", "投诉原因", "处理过程", "客户反馈",
               "结案日期"]
    rows = [[e.record_id, k.chinese(e.received_at), e.customer_name, e.customer_phone, e.reason,
             e.handling, e.feedback, k.chinese(e.closed_at)] for e in entries]
    for entry in entries:
        entry.content = entry.reason  # this ledger has no separate 投诉内容 column
    write_docx(stage / CP_FILE, "客户投诉处理登记表", [DocTable(headers, rows)], wide=True)
    for index, entry in enumerate(entries):
        entry.loc = Loc(CP_FILE, table=1, row=index + 2)
    truth.complaints += entries
    truth.add_file(CP_FILE, "docx", ["complaint_ledger"])


# ---------------------------------------------------------------------------- materials


def _materials(stage: Path, truth: PackageTruth, rng: random.Random) -> None:
    lic = {"name": APPLICANT, "credit_code": truth.manifest["credit_code"],
           "representative": "陆红梅",
           "scope": "家政服务；保洁服务；家用电器维修；日用百货销售。（依法须经批准的项目，"
                    "经相关部门批准后方可开展经营活动）", "capital": 300,
           "term_start": date(2018, 6, 26), "term_end": None,
           "address": "上海市闵行区七莘路1839号", "authority": "上海市闵行区市场监督管理局"}
    k.write_licence(stage, truth, f"{TOP}/01资质/附件1.docx", lic)
    plan = [("service_policy", "02制度/附件2.pdf"), ("service_process", "02制度/附件3.docx"),
            ("job_descriptions", "02制度/岗位/附件4.pdf"), ("staff_training", "02制度/附件5.xlsx"),
            ("equipment_list", "02制度/附件6.pdf"), ("service_outlets", "02制度/附件7.docx"),
            ("org_chart", "02制度/附件8.pdf")]
    for kind, rel in plan:
        k.write_material(stage, truth, kind, f"{TOP}/{rel}", APPLICANT, rng)
    k.write_material(stage, truth, "service_commitment", f"{TOP}/02制度/附件9.docx", APPLICANT, rng,
                     commitment="一、及时响应客户需求，按约定时间上门服务。")
