"""Layout variants: one small file per (kind × format × layout habit), with known records.

Real bundles are not our template: other header synonyms, title rows, two-row headers,
stacked tables, hidden sheets, Chinese-locale date cells, text dates, unruled PDF ledgers,
forms with labels above their values, Word tables split at a page break or wrapped in
content controls. ``build_variants(dir)`` writes every variant into ``dir`` and returns
its ground truth; tests and ``bench/accuracy.py`` read each file and compare.

Expected records are in comparable form (:func:`comparable_value`): timestamps as ISO text
(minutes when the file shows a time, else the day), phones as digits, other values as
trimmed text.
"""
# ruff: noqa: E501  -- Chinese sample data: CJK characters count double, wrapping would hurt reading

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from reportlab.lib.units import cm

from sample_data.gen.writers import (
    DocTable,
    FormRow,
    Sheet,
    write_docx,
    write_pdf_forms,
    write_pdf_ledger,
    write_pdf_text,
    write_xlsx,
)

WO, SV, CP = "work_orders", "survey_responses", "complaints"
TIMESTAMPS = {WO: ("reported_at", "responded_at", "completed_at"), SV: ("surveyed_at",),
              CP: ("received_at", "closed_at")}
PHONES = ("customer_phone", "respondent_phone")


@dataclass
class Variant:
    name: str
    format: str
    kinds: list[str]
    records: dict[str, list[dict[str, str | None]]] = field(default_factory=dict)
    facts: dict[str, dict[str, object]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)  # substrings expected among the notes
    unmapped: list[str] = field(default_factory=list)  # columns expected reported unmapped

    @property
    def file(self) -> str:
        return f"{self.name}.{self.format}"


# ---------------------------------------------------------------------------- records

_NAMES = ["王建国", "李秀英", "张志强", "刘海燕", "陈丽娟", "杨国强"]
_PHONES = ["13812345601", "13987654302", "15000001103", "18611112204", "17722223305",
           "13633334406"]


def _stamp(day: int, hour: int | None, minute: int = 0) -> tuple[datetime, bool]:
    """(value, shows a time of day): October 2026, the window of the sample packages."""
    return datetime(2026, 10, day, hour or 0, minute), hour is not None


def work_orders(count: int = 5) -> list[dict[str, object]]:
    orders = []
    for n in range(count):
        orders.append({
            "record_id": f"FW2610{n + 1:04d}", "customer_name": _NAMES[n],
            "customer_phone": _PHONES[n], "customer_address": f"上海市浦东新区张杨路{100 + n}号",
            "product": "格力空调KFR-35GW", "issue": ["不制冷", "漏水", "异响", "不开机", "不加热"][n],
            "resolution": ["补充冷媒", "疏通排水管", "紧固螺丝", "更换电源板", "更换加热管"][n],
            "reported_at": _stamp(3 + n, 9, 30), "responded_at": _stamp(3 + n, 14, 20),
            "completed_at": _stamp(3 + n, 16, 40), "technician": "陈师傅",
            "signature": _NAMES[n],
        })
    return orders


def complaints(count: int = 5) -> list[dict[str, object]]:
    return [{
        "record_id": f"TS2026{n + 1:03d}", "customer_name": _NAMES[n],
        "customer_phone": _PHONES[n], "received_at": _stamp(5 + n, None),
        "reason": ["派单路线不合理", "首次维修未排查主板", "报价遗漏配件费", "坐席不足", "未做防护"][n],
        "handling": ["调整派单规则", "更换主板", "退还差价", "增加坐席", "赔偿修补费"][n],
        "feedback": ["满意", "基本满意", "满意", "满意", "认可"][n],
        "closed_at": _stamp(8 + n, None),
    } for n in range(count)]


def responses(count: int = 6) -> list[dict[str, object]]:
    return [{
        "record_id": f"WJ{n + 1:03d}", "respondent": _NAMES[n], "respondent_phone": _PHONES[n],
        "surveyed_at": _stamp(10 + n, None), "overall": ["非常满意", "满意", "一般", "满意",
                                                         "非常满意", "不满意"][n],
    } for n in range(count)]


def comparable_value(name: str, value: object, has_time: bool | None = None) -> str | None:
    """One value as the ground truth writes it (and as recovered records are compared)."""
    if value is None:
        return None
    if isinstance(value, tuple):  # (datetime, shows a time) from the builders above
        value, has_time = value
    if isinstance(value, datetime):
        return value.isoformat(timespec="minutes") if has_time else value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = re.sub(r"\s+", " ", str(value)).strip()
    if name in PHONES:
        text = re.sub(r"[\s\-()]", "", text).removeprefix("+86")
    return text or None


def comparable(kind: str, record: dict[str, object]) -> dict[str, str | None]:
    """A recovered record (ExtractedFile.records[kind] item) in the ground truth's form."""
    out: dict[str, str | None] = {}
    for name in FIELDS[kind]:
        has_time = record.get(f"_{name}_has_time") if name in TIMESTAMPS[kind] else None
        out[name] = comparable_value(name, record.get(name), bool(has_time))
    return out


FIELDS = {
    WO: ("record_id", "customer_name", "customer_phone", "customer_address", "product", "issue",
         "resolution", "reported_at", "responded_at", "completed_at", "technician", "signature"),
    SV: ("record_id", "respondent", "respondent_phone", "surveyed_at", "overall"),
    CP: ("record_id", "customer_name", "customer_phone", "received_at", "reason", "handling",
         "feedback", "closed_at"),
}


def _truth(kind: str, records: list[dict[str, object]], fields: list[str],
           overrides: dict[tuple[int, str], object] | None = None) -> list[dict[str, str | None]]:
    """Expected records: the written fields only (others None), with per-cell overrides."""
    out = []
    for index, record in enumerate(records):
        row = {}
        for name in FIELDS[kind]:
            value = record.get(name) if name in fields else None
            value = (overrides or {}).get((index, name), value)
            row[name] = comparable_value(name, value)
        out.append(row)
    return out


# ---------------------------------------------------------------------------- date forms

Fmt = Callable[[tuple[datetime, bool]], object]


def iso(s: tuple[datetime, bool]) -> str:
    value, timed = s
    return f"{value:%Y-%m-%d %H:%M}" if timed else f"{value:%Y-%m-%d}"


def slash_ampm(s: tuple[datetime, bool]) -> str:
    value, timed = s
    if not timed:
        return f"{value.year}/{value.month}/{value.day}"
    half = "上午" if value.hour < 12 else "下午"
    return f"{value.year}/{value.month}/{value.day} {half}{(value.hour - 1) % 12 + 1}:{value:%M}"


def fullwidth(s: tuple[datetime, bool]) -> str:
    return iso(s).translate(str.maketrans("0123456789-: ", "０１２３４５６７８９／：　"))


def chinese(s: tuple[datetime, bool]) -> str:
    value, timed = s
    return f"{value.year}年{value.month}月{value.day}日" + (f" {value:%H:%M}" if timed else "")


def dotted(s: tuple[datetime, bool]) -> str:
    value, timed = s
    return f"{value:%Y.%m.%d}" + (f" {value:%H:%M}" if timed else "")


def unix(s: tuple[datetime, bool]) -> int:
    """Seconds since 1970 as CRM exports write them; the records mean China time (UTC+8)."""
    value, _ = s
    return int((value - datetime(1970, 1, 1, 8)).total_seconds())


def native(s: tuple[datetime, bool]) -> datetime:
    return s[0]


def _columns(kind: str, records: list[dict[str, object]], spec: list[tuple[str, str, Fmt | None]]
             ) -> tuple[list[str], list[list[object]], list[str]]:
    """(header, field, date form) triples → headers, rows and the fields written."""
    headers = [header for header, _, _ in spec]
    rows = [[(fmt or str)(r[name]) if r.get(name) is not None else None for _, name, fmt in spec]
            for r in records]
    return headers, rows, [name for _, name, _ in spec]


# ---------------------------------------------------------------------------- xlsx variants

def _force_builtin(path: Path, custom_code: str, builtin_id: int) -> None:
    """Point cells of a custom number format at a Chinese-locale built-in id (27-36, 50-58),
    which Excel writes with no format code and openpyxl does not know."""
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    styles = parts["xl/styles.xml"].decode()
    escaped = custom_code.replace('"', "&quot;")
    match = re.search(rf'<numFmt numFmtId="(\d+)" formatCode="{re.escape(escaped)}"\s*/>', styles)
    assert match, custom_code
    styles = styles.replace(match.group(0), "")
    parts["xl/styles.xml"] = styles.replace(f'numFmtId="{match.group(1)}"',
                                            f'numFmtId="{builtin_id}"').encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


def xlsx_wo_synonyms(root: Path) -> Variant:
    """Other synonyms, a merged title and a subtitle, 上午/下午 and full-width dates."""
    orders = work_orders()
    headers, rows, fields = _columns(WO, orders, [
        ("服务单号", "record_id", None), ("报修人", "customer_name", None),
        ("手机号码", "customer_phone", None), ("报修地址", "customer_address", None),
        ("设备型号", "product", None), ("报修内容", "issue", None),
        ("维修结果", "resolution", None), ("受理时间", "reported_at", native),
        ("到达时间", "responded_at", slash_ampm), ("结单时间", "completed_at", fullwidth),
        ("维修人", "technician", None), ("客户确认", "signature", None)])
    variant = Variant("xlsx_wo_synonyms", "xlsx", ["work_orders"])
    write_xlsx(root / variant.file, [Sheet("服务单", headers, rows, number_formats={
        7: "yyyy-mm-dd hh:mm"}, preamble=["某某电器2026年10月维修服务单", "制表：客服部"])])
    variant.records[WO] = _truth(WO, orders, fields)
    return variant


def xlsx_wo_odd_headers(root: Path) -> Variant:
    """Line breaks, spaces, brackets and colons in headers; Chinese-locale date cells (id 31);
    Unix seconds; an unreadable date; a second 电话 column holding no phone numbers."""
    orders = work_orders()
    for order in orders:
        order["reported_at"] = (order["reported_at"][0].replace(hour=0, minute=0), False)
    headers, rows, fields = _columns(WO, orders, [
        ("工单\n编号", "record_id", None), ("客 户 姓 名", "customer_name", None),
        ("联系电话（手机）", "customer_phone", None), ("故障现象【必填】", "issue", None),
        ("处理结果：", "resolution", None), ("报修日期", "reported_at", native),
        ("上门时间", "responded_at", unix), ("完成时间", "completed_at", dotted)])
    headers.append("电话")
    rows = [[*row, "已回访"] for row in rows]
    rows[2][6] = "下周二"
    variant = Variant("xlsx_wo_odd_headers", "xlsx", ["work_orders"], unmapped=["电话"],
                      notes=["1 date in column 上门时间 could not be read (e.g. '下周二')"])
    path = root / variant.file
    write_xlsx(path, [Sheet("Sheet1", headers, rows, number_formats={5: 'yyyy"年"m"月"d"日"'})])
    _force_builtin(path, 'yyyy"年"m"月"d"日"', 31)
    variant.records[WO] = _truth(WO, orders, fields, {(2, "responded_at"): None})
    return variant


def xlsx_wo_two_row_header(root: Path) -> Variant:
    """客户信息 over 姓名 | 电话 and 时间 over 报修 | 上门 | 完成, merged cells in the header."""
    from openpyxl import Workbook

    from sample_data.gen.writers import freeze_zip

    orders = work_orders()
    variant = Variant("xlsx_wo_two_row_header", "xlsx", ["work_orders"])
    book = Workbook()
    sheet = book.active
    sheet.title = "工单"
    sheet.append(["售后服务工单汇总表"])
    sheet.append(["工单号", "客户信息", None, "时间", None, None, "问题描述", "处理结果"])
    sheet.append([None, "姓名", "电话", "报修", "上门", "完成", None, None])
    for ref in ("A1:H1", "A2:A3", "B2:C2", "D2:F2", "G2:G3", "H2:H3"):
        sheet.merge_cells(ref)
    for order in orders:
        sheet.append([order["record_id"], order["customer_name"], order["customer_phone"],
                      iso(order["reported_at"]), chinese(order["responded_at"]),
                      iso(order["completed_at"]), order["issue"], order["resolution"]])
    book.save(root / variant.file)
    freeze_zip(root / variant.file)
    variant.records[WO] = _truth(WO, orders, ["record_id", "customer_name", "customer_phone",
                                              "reported_at", "responded_at", "completed_at",
                                              "issue", "resolution"])
    return variant


def xlsx_stacked_and_hidden(root: Path) -> Variant:
    """Work orders and, under a blank row and a title, a complaint ledger on ONE sheet; the
    survey on a hidden sheet."""
    from openpyxl import Workbook

    from sample_data.gen.writers import freeze_zip

    orders, entries, answers = work_orders(4), complaints(3), responses(4)
    variant = Variant("xlsx_stacked_and_hidden", "xlsx",
                      ["work_orders", "satisfaction_survey", "complaint_ledger"],
                      notes=["sheet '回访' is hidden"])
    book = Workbook()
    sheet = book.active
    sheet.title = "台账"
    wo_h, wo_rows, wo_fields = _columns(WO, orders, [
        ("工单编号", "record_id", None), ("客户姓名", "customer_name", None),
        ("联系电话", "customer_phone", None), ("故障描述", "issue", None),
        ("处理结果", "resolution", None), ("报修时间", "reported_at", iso)])
    cp_h, cp_rows, cp_fields = _columns(CP, entries, [
        ("投诉编号", "record_id", None), ("投诉人", "customer_name", None),
        ("联系方式", "customer_phone", None), ("投诉日期", "received_at", chinese),
        ("原因分析", "reason", None), ("处理措施", "handling", None),
        ("回访情况", "feedback", None), ("结案日期", "closed_at", iso)])
    for row in [["售后服务工单登记"], wo_h, *wo_rows, [], [], ["客户投诉处理台账"], cp_h, *cp_rows]:
        sheet.append(row)
    hidden = book.create_sheet("回访")
    sv_h, sv_rows, sv_fields = _columns(SV, answers, [
        ("问卷编号", "record_id", None), ("受访人", "respondent", None),
        ("回访电话", "respondent_phone", None), ("回访日期", "surveyed_at", dotted),
        ("服务态度", "record_id", lambda _: 5), ("总体评价", "overall", None)])
    sv_fields.remove("record_id")
    for row in [sv_h, *sv_rows]:
        hidden.append(row)
    hidden.sheet_state = "hidden"
    book.save(root / variant.file)
    freeze_zip(root / variant.file)
    variant.records = {WO: _truth(WO, orders, wo_fields), CP: _truth(CP, entries, cp_fields),
                       SV: _truth(SV, answers, [*sv_fields, "record_id"])}
    return variant


# ---------------------------------------------------------------------------- docx variants

def docx_wo_merged_header(root: Path) -> Variant:
    """A Word table with a two-row header: gridSpan over 客户 | 电话, vMerge down the rest."""
    orders = work_orders()
    variant = Variant("docx_wo_merged_header", "docx", ["work_orders"])
    top = ["维修单号", "客户信息", "", "故障现象", "维修措施", "来电时间", "完工时间", "维修人员"]
    second = ["", "用户名", "联系手机", "", "", "", "", ""]
    rows = [second] + [[o["record_id"], o["customer_name"], o["customer_phone"], o["issue"],
                        o["resolution"], slash_ampm(o["reported_at"]), chinese(o["completed_at"]),
                        o["technician"]] for o in orders]
    merges = [(0, 1, 0, 2)] + [(0, c, 1, c) for c in (0, 3, 4, 5, 6, 7)]
    write_docx(root / variant.file, "维修服务记录",
               [DocTable(top, rows, merges=merges)], wide=True)
    variant.records[WO] = _truth(WO, orders, ["record_id", "customer_name", "customer_phone",
                                              "issue", "resolution", "reported_at",
                                              "completed_at", "technician"])
    return variant


def docx_cp_split_sdt(root: Path) -> Variant:
    """A complaint table split at a page break (the rest has no header row), its rows in
    content controls."""
    entries = complaints(5)
    headers, rows, fields = _columns(CP, entries, [
        ("投诉登记号", "record_id", None), ("投诉客户", "customer_name", None),
        ("投诉人联系方式", "customer_phone", None), ("接诉日期", "received_at", chinese),
        ("投诉内容", "reason", None), ("处理经过", "handling", None),
        ("回访意见", "feedback", None), ("办结时间", "closed_at", slash_ampm)])
    text = [[str(v) for v in row] for row in rows]
    variant = Variant("docx_cp_split_sdt", "docx", ["complaint_ledger"])
    write_docx(root / variant.file, "客户投诉处理登记表", [
        DocTable(headers, text[:3], sdt_rows=True), DocTable([], text[3:], sdt_rows=True)],
        wide=True)
    variant.records[CP] = _truth(CP, entries, fields)
    return variant


def docx_sv_scores(root: Path) -> Variant:
    """Survey responses with a 1-5 overall score and item scores."""
    answers = responses(6)
    for n, answer in enumerate(answers):
        answer["overall"] = 5 - n % 3
    headers, rows, fields = _columns(SV, answers, [
        ("序号", "record_id", None), ("被访者", "respondent", None),
        ("手机", "respondent_phone", None), ("服务态度", "record_id", lambda _: "5"),
        ("响应速度", "record_id", lambda _: "4"), ("综合评分", "overall", None),
        ("填写日期", "surveyed_at", dotted)])
    variant = Variant("docx_sv_scores", "docx", ["satisfaction_survey"])
    write_docx(root / variant.file, "客户满意度回访记录表",
               [DocTable(headers, [[str(v) for v in row] for row in rows])])
    variant.records[SV] = _truth(SV, answers, fields)
    return variant


def docx_wo_forms(root: Path) -> Variant:
    """One work-order form per Word table, labels left of their values."""
    orders = work_orders(3)
    tables = [DocTable(["工单编号", o["record_id"], "报修时间", iso(o["reported_at"])], [
        ["客户姓名", o["customer_name"], "联系电话", o["customer_phone"]],
        ["故障描述", o["issue"], "处理结果", o["resolution"]],
        ["完成时间", iso(o["completed_at"]), "客户签字", o["signature"]]]) for o in orders]
    variant = Variant("docx_wo_forms", "docx", ["work_orders"])
    blocks: list[object] = []
    for table in tables:
        blocks += ["售后服务工单", table]
    write_docx(root / variant.file, "售后服务工单", blocks)
    variant.records[WO] = _truth(WO, orders, ["record_id", "reported_at", "customer_name",
                                              "customer_phone", "issue", "resolution",
                                              "completed_at", "signature"])
    return variant


# ---------------------------------------------------------------------------- pdf variants

def _ledger_pdf(root: Path, name: str, kind: str, records: list[dict[str, object]],
                spec: list[tuple[str, str, Fmt | None]], title: str, per_page: list[int],
                repeat: bool, ruled: bool, widths: list[float]) -> Variant:
    headers, rows, fields = _columns(kind, records, spec)
    doc_kind = {WO: "work_orders", CP: "complaint_ledger", SV: "satisfaction_survey"}[kind]
    variant = Variant(name, "pdf", [doc_kind])
    write_pdf_ledger(root / variant.file, title, headers, rows, per_page,
                     [w * cm for w in widths], repeat=repeat, ruled=ruled)
    variant.records[kind] = _truth(kind, records, fields)
    return variant


_WO_PDF_SPEC: list[tuple[str, str, Fmt | None]] = [
    ("工单号", "record_id", None), ("客户", "customer_name", None),
    ("电话", "customer_phone", None), ("故障", "issue", None), ("处理措施", "resolution", None),
    ("报修时间", "reported_at", iso), ("完成时间", "completed_at", iso),
    ("工程师", "technician", None)]
_WO_WIDTHS = [3.0, 2.2, 3.0, 2.2, 3.2, 3.6, 3.6, 2.2]


def pdf_wo_ruled_no_repeat(root: Path) -> Variant:
    return _ledger_pdf(root, "pdf_wo_ruled_no_repeat", WO, work_orders(5), _WO_PDF_SPEC,
                       "维修工单台账", [3, 2], repeat=False, ruled=True, widths=_WO_WIDTHS)


def pdf_wo_unruled(root: Path) -> Variant:
    return _ledger_pdf(root, "pdf_wo_unruled", WO, work_orders(5), _WO_PDF_SPEC,
                       "维修工单台账", [3, 2], repeat=False, ruled=False, widths=_WO_WIDTHS)


def pdf_cp_unruled_repeat(root: Path) -> Variant:
    spec: list[tuple[str, str, Fmt | None]] = [
        ("投诉编号", "record_id", None), ("投诉人", "customer_name", None),
        ("联系电话", "customer_phone", None), ("投诉日期", "received_at", iso),
        ("投诉原因", "reason", None), ("处理措施", "handling", None),
        ("客户反馈", "feedback", None), ("结案日期", "closed_at", iso)]
    return _ledger_pdf(root, "pdf_cp_unruled_repeat", CP, complaints(5), spec, "投诉处理台账",
                       [2, 3], repeat=True, ruled=False,
                       widths=[2.6, 2.0, 3.0, 2.6, 4.2, 3.4, 2.4, 2.6])


def pdf_sv_ruled(root: Path) -> Variant:
    spec: list[tuple[str, str, Fmt | None]] = [
        ("问卷编号", "record_id", None), ("客户姓名", "respondent", None),
        ("联系电话", "respondent_phone", None), ("调查日期", "surveyed_at", chinese),
        ("总体满意度", "overall", None)]
    return _ledger_pdf(root, "pdf_sv_ruled", SV, responses(6), spec, "客户满意度调查表",
                       [4, 2], repeat=True, ruled=True, widths=[3, 3, 3.5, 4, 3])


def _form_rows(order: dict[str, object]) -> list[FormRow]:
    return [FormRow([("工单编号", str(order["record_id"])), ("报修时间", iso(order["reported_at"]))]),
            FormRow([("客户姓名", str(order["customer_name"])),
                     ("联系电话", str(order["customer_phone"]))]),
            FormRow([("故障描述", str(order["issue"]))]),
            FormRow([("处理结果", str(order["resolution"]))]),
            FormRow([("维修人员", str(order["technician"])),
                     ("客户签字", str(order["signature"]))])]


_FORM_FIELDS = ["record_id", "reported_at", "customer_name", "customer_phone", "issue",
                "resolution", "technician", "signature"]


def pdf_wo_forms_left(root: Path) -> Variant:
    orders = work_orders(3)
    variant = Variant("pdf_wo_forms_left", "pdf", ["work_orders"])
    write_pdf_forms(root / variant.file, "售后服务工单", "某某电器有限公司",
                    [_form_rows(o) for o in orders])
    variant.records[WO] = _truth(WO, orders, _FORM_FIELDS)
    return variant


def pdf_wo_forms_above(root: Path) -> Variant:
    orders = work_orders(3)
    variant = Variant("pdf_wo_forms_above", "pdf", ["work_orders"])
    write_pdf_forms(root / variant.file, "现场服务反馈单", "某某电器有限公司",
                    [_form_rows(o) for o in orders], labels_above=True)
    variant.records[WO] = _truth(WO, orders, _FORM_FIELDS)
    return variant


# ---------------------------------------------------------------------------- documents

_REPORT = ["一、调查概况", "本次调查时间：2026年9月1日至2026年10月31日，采用电话回访与问卷相结合的方式。",
           "共发放问卷150份，回收142份，其中有效问卷138份。",
           "二、调查结果", "经统计，客户综合满意度为96.4%，其中服务态度得分最高。"]
_REPORT_FACTS = {"distributed": 150, "returned": 142, "valid": 138, "rate": 0.964,
                 "period_start": "2026-09-01", "period_end": "2026-10-31"}
_LICENCE = ["统一社会信用代码 91110000600037341L", "企业名称：北京华信电器维修有限公司",
            "类型：有限责任公司", "法定代表人：王建国", "经营范围：家用电器销售、维修及售后服务。",
            "营业期限：2015年03月01日 至 长期", "住所：北京市朝阳区建国路1号"]
_LICENCE_FACTS = {"name": "北京华信电器维修有限公司", "credit_code": "91110000600037341L",
                  "scope": "家用电器销售、维修及售后服务。", "term_end": None, "long_term": True}


def docx_survey_report(root: Path) -> Variant:
    variant = Variant("docx_survey_report", "docx", ["satisfaction_survey"],
                      facts={"survey_report": _REPORT_FACTS})
    write_docx(root / variant.file, "2026年度顾客满意度调查报告", list(_REPORT))
    return variant


def pdf_survey_report(root: Path) -> Variant:
    variant = Variant("pdf_survey_report", "pdf", ["satisfaction_survey"],
                      facts={"survey_report": _REPORT_FACTS})
    write_pdf_text(root / variant.file, "客户满意度调查报告", list(_REPORT))
    return variant


def pdf_licence(root: Path) -> Variant:
    variant = Variant("pdf_licence", "pdf", ["business_license"],
                      facts={"business_license": _LICENCE_FACTS})
    write_pdf_text(root / variant.file, "营业执照", list(_LICENCE))
    return variant


def docx_licence(root: Path) -> Variant:
    variant = Variant("docx_licence", "docx", ["business_license"],
                      facts={"business_license": _LICENCE_FACTS})
    write_docx(root / variant.file, "营业执照（副本）", list(_LICENCE))
    return variant


# Title variants of the management documents (DOC_MISSING kinds) and the format they use.
MATERIAL_TITLES = [
    ("service_policy", "售后服务管理办法", "docx"), ("service_process", "售后服务流程", "pdf"),
    ("job_descriptions", "售后服务部岗位职责", "docx"), ("staff_training", "售后人员培训档案", "pdf"),
    ("equipment_list", "维修设备一览表", "docx"), ("service_outlets", "售后网点清单", "pdf"),
    ("org_chart", "公司组织结构图", "docx"), ("service_commitment", "售后服务承诺书", "pdf"),
]


def materials(root: Path) -> list[Variant]:
    out = []
    for kind, title, fmt in MATERIAL_TITLES:
        variant = Variant(f"{fmt}_title_{kind}", fmt, [kind])
        body = [f"本文件为{title}，适用于公司全体售后服务人员。", "第一条 总则。"]
        if fmt == "docx":
            write_docx(root / variant.file, title, body)
        else:
            write_pdf_text(root / variant.file, title, body)
        out.append(variant)
    return out


BUILDERS: list[Callable[[Path], Variant]] = [
    xlsx_wo_synonyms, xlsx_wo_odd_headers, xlsx_wo_two_row_header, xlsx_stacked_and_hidden,
    docx_wo_merged_header, docx_cp_split_sdt, docx_sv_scores, docx_wo_forms,
    pdf_wo_ruled_no_repeat, pdf_wo_unruled, pdf_cp_unruled_repeat, pdf_sv_ruled,
    pdf_wo_forms_left, pdf_wo_forms_above,
    docx_survey_report, pdf_survey_report, pdf_licence, docx_licence,
]


def build_variants(root: Path) -> list[Variant]:
    """Write every variant file into ``root``; return their ground truth."""
    root.mkdir(parents=True, exist_ok=True)
    return [builder(root) for builder in BUILDERS] + materials(root)
