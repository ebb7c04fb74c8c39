"""Pieces every package uses: date formats, good records, materials, manifest, file truth."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

from reportlab.lib.units import cm

from sample_data.gen import content as c
from sample_data.gen.model import PackageTruth, Stamp, WorkOrder
from sample_data.gen.writers import (
    DocTable,
    FormRow,
    Sheet,
    ruled_table,
    write_docx,
    write_pdf_org_chart,
    write_pdf_text,
    write_xlsx,
)

AS_OF = date(2026, 11, 20)

# ---------------------------------------------------------------------------- date formats
# Each takes a Stamp and writes it the way one applicant's office would; date-only stamps
# (timed=False) drop the time, which is what the ground truth then records.


def dash(s: Stamp | None) -> str:
    return "" if s is None else s.value.strftime("%Y-%m-%d %H:%M" if s.timed else "%Y-%m-%d")


def slash(s: Stamp | None) -> str:
    if s is None:
        return ""
    v = s.value
    return f"{v.year}/{v.month}/{v.day}" + (f" {v:%H:%M}" if s.timed else "")


def chinese(s: Stamp | None) -> str:
    if s is None:
        return ""
    v = s.value
    return f"{v.year}年{v.month}月{v.day}日" + (f" {v:%H:%M}" if s.timed else "")


def dotted(s: Stamp | None) -> str:
    return "" if s is None else s.value.strftime("%Y.%m.%d %H:%M" if s.timed else "%Y.%m.%d")


def native(s: Stamp | None) -> datetime | None:
    """A real Excel datetime cell (the sheet's number format decides what Excel shows)."""
    return None if s is None else s.value


# ---------------------------------------------------------------------------- records


class Pool:
    """Distinct people and phones for one package, handed out in order."""

    def __init__(self, rng: random.Random, size: int) -> None:
        self.rng = rng
        self.names = c.people(rng, size)
        self.phones = c.mobiles(rng, size)
        self.used = 0

    def person(self) -> tuple[str, str]:
        name, phone = self.names[self.used], self.phones[self.used]
        self.used += 1
        return name, phone


def good_order(rng: random.Random, pool: Pool, record_id: str, day: date,
               timed: tuple[bool, bool, bool] = (True, True, True)) -> WorkOrder:
    """A complete work order, answered within working hours and well inside 24 hours."""
    name, phone = pool.person()
    reported = c.at(day, rng, 8, 17)
    responded = reported + timedelta(minutes=rng.randint(60, 300))
    if responded.hour >= 19:  # too late to call: first visit next morning (still < 24 h)
        responded = c.at(day + timedelta(days=1), rng, 8, 10)
    completed = responded + timedelta(minutes=rng.randint(40, 180))
    issue, fix = rng.choice(c.FAULTS)
    return WorkOrder(
        record_id=record_id, customer_name=name, customer_phone=phone,
        customer_address=c.address(rng), product=rng.choice(c.PRODUCTS), issue=issue,
        resolution=fix, reported_at=Stamp(reported, timed[0]),
        responded_at=Stamp(responded, timed[1]), completed_at=Stamp(completed, timed[2]),
        technician=rng.choice(c.TECHNICIANS), signature=name,
    )


def columns_to_rows(records: list[object], columns: list[tuple[str, Callable[[object], object]]]
                    ) -> tuple[list[str], list[list[object]]]:
    """(header, how to write the cell) pairs → the header line and the data rows."""
    return [h for h, _ in columns], [[fn(r) for _, fn in columns] for r in records]


# ---------------------------------------------------------------------------- materials

Blocks = list[str | tuple[list[str], list[list[str]]]]


def write_text_doc(path: Path, title: str, blocks: Blocks) -> str:
    """Title + paragraphs + tables, in the format the file extension names. Returns format."""
    fmt = path.suffix.lstrip(".")
    if fmt == "docx":
        write_docx(path, title, [b if isinstance(b, str) else DocTable(*b) for b in blocks],
                   wide=any(not isinstance(b, str) and len(b[0]) > 6 for b in blocks))
    elif fmt == "pdf":
        write_pdf_text(path, title, [b if isinstance(b, str) else ruled_table(*b) for b in blocks])
    elif fmt == "xlsx":
        headers, rows = next(b for b in blocks if not isinstance(b, str))
        write_xlsx(path, [Sheet("Sheet1", headers, rows, preamble=[title, ""])])
    else:
        raise ValueError(fmt)
    return fmt


def licence_blocks(lic: dict[str, object]) -> Blocks:
    end = lic["term_end"]
    term_end = f"{end.year}年{end.month:02d}月{end.day:02d}日" if isinstance(end, date) else "长期"
    start = lic["term_start"]
    assert isinstance(start, date)
    started = f"{start.year}年{start.month:02d}月{start.day:02d}日"
    return [
        f"统一社会信用代码：{lic['credit_code']}",
        f"名称：{lic['name']}",
        "类型：有限责任公司(自然人投资或控股)",
        f"法定代表人：{lic['representative']}",
        f"经营范围：{lic['scope']}",
        f"注册资本：人民币{lic['capital']}万元整",
        f"成立日期：{started}",
        f"营业期限：{started} 至 {term_end}",
        f"住所：{lic['address']}",
        f"登记机关：{lic['authority']}",
        "（国家企业信用信息公示系统网址：http://www.gsxt.gov.cn）",
    ]


def material_blocks(kind: str, company: str, rng: random.Random,
                    commitment: str) -> tuple[str, Blocks]:
    """Title and body of one management document, plausible enough to read like the real thing."""
    if kind == "service_policy":
        return "售后服务管理制度", [f"{company}售后服务管理制度（2026年版）", *c.POLICY]
    if kind == "service_process":
        return "售后服务流程手册", [f"适用范围：{company}全部售后服务网点。", *c.PROCESS]
    if kind == "job_descriptions":
        return "岗位说明书", [f"{name}：{duty}" for name, duty in c.JOBS]
    if kind == "staff_training":
        return "售后人员名单及培训记录", [(
            ["序号", "姓名", "岗位", "入职日期", "持证情况", "培训日期", "培训内容", "考核结果"],
            [[str(i), name, post, f"20{rng.randint(15, 24)}-0{rng.randint(1, 9)}-15",
              cert, "2026-07-15", "GB/T 27922标准及服务规范", "合格"]
             for i, (name, post, cert) in enumerate(_staff(), start=1)])]
    if kind == "equipment_list":
        return "维修设备清单", [(
            ["序号", "设备名称", "型号规格", "数量", "状态", "存放地点"],
            [[str(i), n, m, str(q), "完好", "浦东服务中心"] for i, (n, m, q) in
             enumerate(c.EQUIPMENT, start=1)])]
    if kind == "service_outlets":
        return "服务网点一览表", [(
            ["序号", "网点名称", "地址", "服务方式", "服务范围", "负责人"],
            [[str(i), n, a, how, "家用电器安装、维修", _staff()[i][0]] for i, (n, a, how) in
             enumerate(c.OUTLETS, start=1)])]
    if kind == "service_commitment":
        return "售后服务承诺", [f"{company}郑重向广大顾客承诺：", commitment,
                               "二、产品保修期内非人为损坏免费维修，保修期外只收取配件成本费。",
                               "三、服务人员上门统一着装、持证上岗，不收取顾客任何额外费用。",
                               "四、服务监督电话：021-58881234。"]
    raise ValueError(kind)


def _staff() -> list[tuple[str, str, str]]:
    return [("周海涛", "售后服务经理", "售后服务管理师"),
            ("陈师傅", "维修工程师", "制冷设备维修工（中级）"),
            ("赵国平", "维修工程师", "低压电工作业证"),
            ("钱志明", "维修工程师", "制冷设备维修工（高级）"),
            ("孙立伟", "维修工程师", "低压电工作业证"), ("林晓燕", "客服专员", "—"),
            ("吴振华", "配件管理员", "—")]


def write_material(root: Path, truth: PackageTruth, kind: str, rel: str, company: str,
                   rng: random.Random, commitment: str = "", **facts: object) -> None:
    path = root / rel
    if kind == "org_chart":
        write_pdf_org_chart(path, "组织架构图", c.ORG_TREE, company)
        truth.add_file(rel, "pdf", [kind])
        return
    title, blocks = material_blocks(kind, company, rng, commitment)
    fmt = write_text_doc(path, title, blocks)
    truth.add_file(rel, fmt, [kind], **({kind: facts} if facts else {}))


def write_licence(root: Path, truth: PackageTruth, rel: str, lic: dict[str, object]) -> None:
    fmt = write_text_doc(root / rel, "营业执照", licence_blocks(lic))
    truth.add_file(rel, fmt, ["business_license"], business_license=dict(lic))


def write_manifest(root: Path, manifest: dict[str, object]) -> None:
    lines = []
    for key, value in manifest.items():
        shown = value.isoformat() if isinstance(value, date) else value
        lines.append(f"{key} = {shown}" if not isinstance(value, str) else f'{key} = "{value}"')
    root.mkdir(parents=True, exist_ok=True)
    (root / "application.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def ledger_widths() -> list[float]:
    return [w * cm for w in (2.3, 2.0, 1.7, 2.6, 3.6, 3.6, 5.0, 3.0, 2.0)]


def native_day(day: date) -> datetime:
    return datetime(day.year, day.month, day.day)


def work_order_form(o: WorkOrder) -> list[FormRow]:
    """The one-page 售后服务工单 form every generated PDF of forms uses (a signature PNG, if any,
    is drawn in its cell)."""
    return [
        FormRow([("工单编号", o.record_id), ("报修时间", dash(o.reported_at))]),
        FormRow([("客户姓名", o.customer_name), ("联系电话", o.customer_phone)]),
        FormRow([("服务地址", o.customer_address)]),
        FormRow([("产品型号", o.product), ("维修人员", o.technician)]),
        FormRow([("故障描述", o.issue)]),
        FormRow([("处理结果", o.resolution)]),
        FormRow([("上门时间", slash(o.responded_at)), ("完工时间", chinese(o.completed_at))]),
        FormRow([("客户签字", o.signature_png or o.signature)]),
    ]
