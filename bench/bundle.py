"""The reference bundle the benchmark audits, built with the sample-data writers.

Sizes follow shared/reference/performance.md so the numbers compare with its table: a 200-page
one-form-per-page work-order PDF, a 30-page ruled complaint ledger, a 5,000-row survey
workbook, a 500-row Word work-order table, plus the survey report, licence and policies.
Built once per layout version and cached under bench/.cache/ (gitignored).
"""

from __future__ import annotations

import random
import shutil
from datetime import date, timedelta
from pathlib import Path

from sample_data.gen import common as k
from sample_data.gen import content as c
from sample_data.gen.clean import report_text
from sample_data.gen.model import PackageTruth, Stamp, WorkOrder
from sample_data.gen.writers import (
    DocTable,
    Sheet,
    signature_png,
    write_docx,
    write_pdf_forms,
    write_pdf_ledger,
    write_xlsx,
)

LAYOUT = "v1"  # bump when the bundle's content changes, so stale caches are rebuilt
CACHE = Path(__file__).parent / ".cache"
COMPANY = "上海浦惠电器（集团）有限公司"
CREDIT_CODE = c.credit_code("91310115", "MA1K4PQ7")
LEDGER_HEADERS = ["投诉编号", "投诉日期", "客户姓名", "联系电话", "投诉内容", "原因分析",
                  "处理措施", "回访结果", "结案日期"]
SURVEY_HEADERS = ["问卷编号", "客户姓名", "手机号码", "回访日期", "服务态度", "响应速度",
                  "维修质量", "总体评价", "意见建议", "回访人"]
DOC_HEADERS = ["工单号", "联系人", "手机号码", "地址", "产品", "故障现象", "处理措施", "报修时间",
               "上门时间", "完成时间", "工程师", "客户签字"]


def reference_bundle(form_pages: int = 200) -> Path:
    """The cached reference bundle (built on first use); ``form_pages`` sizes the form PDF."""
    root = CACHE / f"reference-{LAYOUT}-{form_pages}p"
    if not (root / ".complete").exists():
        build(root, form_pages)
    return root


def forms_only_bundle(form_pages: int) -> Path:
    """A package holding only the form PDF: isolates memory growth with page count."""
    root = CACHE / f"forms-{LAYOUT}-{form_pages}p"
    if not (root / ".complete").exists():
        shutil.rmtree(root, ignore_errors=True)
        rng = random.Random(form_pages)
        _form_pdf(root / "工单.pdf", _orders(rng, form_pages, signed_images=True))
        _manifest(root)
        (root / ".complete").touch()
    return root


def build(root: Path, form_pages: int) -> None:
    """Write the bundle into ``root`` (bundle_embedded.py builds it again with another font)."""
    shutil.rmtree(root, ignore_errors=True)
    rng = random.Random(20261127)
    _manifest(root)
    _form_pdf(root / "附件1-工单.pdf", _orders(rng, form_pages, signed_images=True))
    _ledger_pdf(root / "附件2-投诉台账.pdf", rng)
    _survey_xlsx(root / "附件3-满意度调查.xlsx", rng, 5000)
    _doc_table(root / "附件4-工单补录.docx", _orders(rng, 500, signed_images=False))
    report = {"distributed": 5200, "returned": 5100, "valid": 5000, "rate": 94.0}
    write_docx(root / "附件5-调查报告.docx", "客户满意度调查报告", report_text(report, COMPANY))
    _materials(root, rng)
    (root / ".complete").touch()


def _manifest(root: Path) -> None:
    k.write_manifest(root, {"applicant": COMPANY, "credit_code": CREDIT_CODE,
                            "scope": "家用电器的销售及售后服务", "as_of": k.AS_OF,
                            "target_level": "四星"})


def _person(rng: random.Random, index: int) -> tuple[str, str]:
    # Distinct (name, phone) pairs at any count: the name pool alone has 1,290 entries.
    name = c.SURNAMES[index % len(c.SURNAMES)] + c.GIVEN[(index // len(c.SURNAMES)) % len(c.GIVEN)]
    return name, f"1{rng.choice('356789')}{index:04d}{rng.randrange(10**5):05d}"


def _orders(rng: random.Random, count: int, *, signed_images: bool) -> list[WorkOrder]:
    days = c.spread_days(rng, date(2026, 8, 21), date(2026, 11, 17), count)
    orders = []
    for index, day in enumerate(days):
        name, phone = _person(rng, index + (0 if signed_images else 10_000))
        reported = c.at(day, rng, 8, 16)
        responded = reported + timedelta(minutes=rng.randint(60, 240))
        completed = responded + timedelta(minutes=rng.randint(40, 120))
        issue, fix = rng.choice(c.FAULTS)
        order = WorkOrder(f"GD{day:%Y%m%d}{index:05d}", name, phone, c.address(rng),
                          rng.choice(c.PRODUCTS), issue, fix, Stamp(reported),
                          Stamp(responded), Stamp(completed), rng.choice(c.TECHNICIANS),
                          signature=name)
        if signed_images:
            order.signature, order.signature_png = "", signature_png(name + phone)
        orders.append(order)
    return orders


def _form_pdf(path: Path, orders: list[WorkOrder]) -> None:
    forms = [k.work_order_form(o) for o in orders]
    write_pdf_forms(path, "售后服务工单", f"服务单位：{COMPANY}", forms)


def _ledger_pdf(path: Path, rng: random.Random) -> None:
    rows = []
    for index in range(30 * 25):
        name, phone = _person(rng, 20_000 + index)
        day = date(2026, 6, 1) + timedelta(days=index // 5)
        content, reason, handling = c.COMPLAINTS[index % len(c.COMPLAINTS)]
        closed = day + timedelta(days=rng.randint(1, 6))
        rows.append([f"TS{day:%Y%m}{index:04d}", day.isoformat(), name, phone, content, reason,
                     handling, rng.choice(c.FEEDBACK), closed.isoformat()])
    write_pdf_ledger(path, "客户投诉处理台账", LEDGER_HEADERS, rows, [25] * 30, k.ledger_widths())


def _survey_xlsx(path: Path, rng: random.Random, count: int) -> None:
    days = c.spread_days(rng, date(2026, 9, 1), date(2026, 10, 31), count)
    rows = []
    for index, day in enumerate(days):
        name, phone = _person(rng, 30_000 + index)
        word = rng.choices(c.WORD_SCALE_5, weights=[52, 42, 5, 1, 0])[0]
        rows.append([f"MY{index + 1:05d}", name, phone, k.native_day(day),
                     *(rng.choice(c.WORD_SCALE_5[:3]) for _ in range(3)), word,
                     rng.choice(c.SUGGESTIONS), rng.choice(c.TECHNICIANS)])
    write_xlsx(path, [Sheet("满意度调查", SURVEY_HEADERS, rows, number_formats={3: "yyyy/m/d"},
                            preamble=["2026年第三季度客户满意度调查表（电话回访）"])])


def _doc_table(path: Path, orders: list[WorkOrder]) -> None:
    rows = [[o.record_id, o.customer_name, o.customer_phone, o.customer_address, o.product,
             o.issue, o.resolution, k.dotted(o.reported_at), k.dash(o.responded_at),
             k.dash(o.completed_at), o.technician, o.signature] for o in orders]
    write_docx(path, "售后服务工单汇总", ["以下工单由系统导出。", DocTable(DOC_HEADERS, rows)],
               wide=True)


def _materials(root: Path, rng: random.Random) -> None:
    truth = PackageTruth("bench", k.AS_OF, {})  # the writers record truth; the bench ignores it
    lic = {"name": COMPANY, "credit_code": CREDIT_CODE, "representative": "沈国华",
           "scope": "家用电器、电子产品的销售；家用电器安装、维修；售后服务。",
           "capital": 5000, "term_start": date(2015, 3, 12), "term_end": None,
           "address": "上海市浦东新区张杨路1588号", "authority": "上海市浦东新区市场监督管理局"}
    k.write_licence(root, truth, "营业执照.pdf", lic)
    plan = [("service_policy", "制度/管理制度.docx"), ("service_process", "制度/服务流程.pdf"),
            ("job_descriptions", "制度/岗位说明书.docx"), ("staff_training", "制度/培训记录.xlsx"),
            ("equipment_list", "制度/设备清单.xlsx"), ("service_outlets", "制度/服务网点.pdf"),
            ("org_chart", "制度/组织架构图.pdf")]
    for kind, rel in plan:
        k.write_material(root, truth, kind, rel, COMPANY, rng)
    k.write_material(root, truth, "service_commitment", "服务承诺.docx", COMPANY, rng,
                     commitment="一、接到报修后24小时内上门服务，维修完毕由顾客签字确认。",
                     response_hours=24)
