"""Generate files and complete packages for every layout of the corpus (seeded, deterministic).

    .venv/bin/python bench/layouts/generate.py [--out DIR] [--content bench|alternative|third]
                                                 (default bench/layouts/out/, the bench's contents)

For each layout of seen.toml, retired.toml and unseen.toml (and the generated variant wordings):
- ``files/<split>/<id>.{xlsx,docx,pdf}``: FILE_ROWS rows in the layout's exact labels (title
  rows above the header when the source has them), dates in the layout's export form, with
  ``<id>.<fmt>.json`` beside each: the expected canonical records (comparable form: dates as
  ISO text, phones as digits), the layout's kind and the file's format;
- ``packages/<split>/<id>/``: the clean sample package (sample_data/gen/clean.py) with its
  work-order / survey / complaint evidence replaced by an xlsx in the layout under test (60
  work orders in the window, 110 responses with a matching report, 30 complaints), or, for a
  look-alike, the clean package plus the look-alike table as an extra file; ``expected.json``
  beside it lists the finding codes the spec requires because of columns the real layout
  lacks (decision 70), every other finding being a false one.

Realistic values come from sample_data/gen/content.py (or, with ``--content alternative``, from
other trades' pools, bench/layouts/content_alt.py, or with ``--content third`` from a pool written
blind to the rules, bench/layouts/content_third.py); the sample packages are not changed.
"""
# ruff: noqa: E501  -- Chinese labels and values

from __future__ import annotations

import argparse
import hashlib
import json
import random
import shutil
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from reportlab.lib.units import cm

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bench.layouts import corpus  # noqa: E402
from bench.layouts.corpus import Layout  # noqa: E402
from preaudit.model.records import DocKind  # noqa: E402
from sample_data.gen import clean  # noqa: E402
from sample_data.gen import common as k  # noqa: E402
from sample_data.gen import content as c  # noqa: E402
from sample_data.gen.rules import SATISFIED_WORDS  # noqa: E402
from sample_data.gen.variants import FIELDS, comparable_value  # noqa: E402
from sample_data.gen.writers import DocTable, Sheet, write_docx, write_pdf_ledger, write_xlsx  # noqa: E402

DEFAULT_OUT = Path(__file__).resolve().parent / "out"
FORMATS = ("xlsx", "docx", "pdf")
FILE_ROWS = 12  # rows per benchmark file: enough to count, small enough to stay fast
PACKAGE_COUNTS = {"work_orders": 60, "survey_responses": 110, "complaints": 30}
SIGNATURE_STYLES = ("name", "已签", "✓")  # what people put in a signature column
# The PDF writer's CJK font (reportlab's STSong-Light) has no ✓ and draws nothing for it, so a
# PDF would show an empty cell where its truth says ✓; paper forms in China tick with √ (in
# GB 2312), which the font draws. The truth follows what is drawn.
PDF_DRAWN = str.maketrans({"✓": "√"})
CHINA = timezone(timedelta(hours=8))  # epoch values are instants; the records are China time
EXCEL_EPOCH = datetime(1899, 12, 30)
MIXED_CYCLE = ("excel_serial_number", "java_tostring", "epoch_ms", "yyyymmdd", "iso_seconds")
DATE_ONLY_FORMS = {"yyyymmdd", "iso_date"}
WO_REQUIRED = ("customer_name", "customer_phone", "issue", "resolution")
CP_CHAIN = ("reason", "handling", "feedback")
Cell = str | int | float | None

# ---------------------------------------------------------------------------- date forms


def _serial(value: datetime) -> float:
    delta = value - EXCEL_EPOCH
    return round(delta.days + delta.seconds / 86400, 8)


def _epoch(value: datetime) -> int:
    return int(value.replace(tzinfo=CHINA).timestamp())


def written_date(value: datetime, form: str, row: int) -> tuple[Cell, bool]:
    """(cell value as the system exports it, whether the file shows a time of day)."""
    if form == "mixed":
        form = MIXED_CYCLE[row % len(MIXED_CYCLE)]
    if form == "excel_serial_number":
        return _serial(value), True
    if form == "excel_serial_text":
        return f"{_serial(value):.6f}".rstrip("0").rstrip("."), True
    if form == "java_tostring":
        return value.strftime("%a %b %d %H:%M:%S CST %Y"), True
    if form == "epoch_ms":
        return _epoch(value) * 1000, True
    if form == "epoch_s":
        return _epoch(value), True
    if form == "yyyymmdd":
        return value.strftime("%Y%m%d"), False
    if form == "iso_date":
        return value.strftime("%Y-%m-%d"), False
    if form == "iso_seconds":
        return value.strftime("%Y-%m-%d %H:%M:%S"), True
    return _perturbed_date(value, form)


def _perturbed_date(value: datetime, form: str) -> tuple[Cell, bool]:
    """The forms of corpus.PERTURBED_DATE_FORMS (perturb.py); the instant is China time."""
    if form == "iso_t":
        return value.strftime("%Y-%m-%dT%H:%M:%S"), True
    if form == "iso_utc_z":
        return (value - timedelta(hours=8)).strftime("%Y-%m-%dT%H:%M:%S.000Z"), True
    if form == "js_tostring":
        return value.strftime("%a %b %d %Y %H:%M:%S GMT+0800 (中国标准时间)"), True
    if form == "cn_datetime":
        return f"{value.year}年{value.month}月{value.day}日 {value:%H:%M}", True
    if form == "cn_date":
        return f"{value.year}年{value.month}月{value.day}日", False
    if form == "cn_ampm":
        half = "上午" if value.hour < 12 else "下午"
        hour = value.hour if value.hour <= 12 else value.hour - 12
        return f"{value:%Y-%m-%d} {half}{hour}:{value:%M}", True
    if form == "slash_minutes":
        return f"{value.year}/{value.month}/{value.day} {value.hour}:{value:%M}", True
    return _weekday_or_us_date(value, form)


_CN_WEEKDAYS = "一二三四五六日"


def _weekday_or_us_date(value: datetime, form: str) -> tuple[Cell, bool]:
    """A weekday between the date and the time, or month/day/year as US-locale Excel text."""
    half = "上午" if value.hour < 12 else "下午"
    hour = value.hour if value.hour <= 12 else value.hour - 12  # as cn_ampm writes it
    hour12 = value.hour % 12 or 12
    if form == "weekday_iso":
        return f"{value:%Y-%m-%d} 星期{_CN_WEEKDAYS[value.weekday()]} {value:%H:%M}", True
    if form == "weekday_cn":
        return (f"{value.year}年{value.month}月{value.day}日 周{_CN_WEEKDAYS[value.weekday()]} "
                f"{half}{hour}:{value:%M}"), True
    if form == "weekday_en":
        return value.strftime("%Y/%m/%d (%a) %H:%M"), True
    if form == "us_slash":
        ampm = "AM" if value.hour < 12 else "PM"
        return f"{value.month}/{value.day}/{value.year} {hour12}:{value:%M} {ampm}", True
    return _export_date(value, form)


def _export_date(value: datetime, form: str) -> tuple[Cell, bool]:
    """The forms of corpus.EXPORT_DATE_FORMS; the instant is China time."""
    ampm = "AM" if value.hour < 12 else "PM"
    hour12 = value.hour % 12 or 12
    if form == "jira_short":
        return f"{value:%d/%b/%y} {hour12}:{value:%M} {ampm}", True
    if form == "us_short_year":
        return f"{value.month}/{value.day}/{value:%y} {hour12}:{value:%M} {ampm}", True
    if form == "erp_day_clock":
        return value.strftime("%Y%m%d %H:%M:%S"), True
    if form == "dotnet_json":
        return f"/Date({_epoch(value) * 1000}+0800)/", True
    raise ValueError(form)


# ---------------------------------------------------------------------------- records


@dataclass
class Row:
    """One generated record: canonical values (datetimes for dates) and where it is dated."""

    values: dict[str, object]
    day: date


def _record_id(layout: Layout, index: int, day: date) -> str:
    label = layout.fields.get("record_id", "")
    if any(mark in label.lower() for mark in ("id", "主键", "自动编号")):
        return str(1000 + index * 7)  # database keys: plain integers
    prefix = {"work_orders": "BX", "survey_responses": "HF", "complaints": "TS"}[layout.group]
    return f"{prefix}{day:%Y%m%d}{index + 1:03d}"


def _signature(name: str, index: int) -> str:
    style = SIGNATURE_STYLES[index % len(SIGNATURE_STYLES)]
    return name if style == "name" else style


def work_order_rows(layout: Layout, rng: random.Random, count: int, start: date, end: date) -> list[Row]:
    pool = k.Pool(rng, count)
    rows = []
    for index, day in enumerate(c.spread_days(rng, start, end, count)):
        order = k.good_order(rng, pool, "", day)
        values = {
            "record_id": _record_id(layout, index, day), "customer_name": order.customer_name,
            "customer_phone": order.customer_phone, "customer_address": order.customer_address,
            "product": order.product, "issue": order.issue, "resolution": order.resolution,
            "reported_at": order.reported_at.value, "responded_at": order.responded_at.value,
            "completed_at": order.completed_at.value, "technician": order.technician,
            "signature": _signature(order.customer_name, index),
        }
        rows.append(Row(values, day))
    return rows


def response_rows(layout: Layout, rng: random.Random, count: int, start: date, end: date) -> list[Row]:
    pool = k.Pool(rng, count)
    words = rng.choices(c.WORD_SCALE_5, weights=[52, 42, 5, 1, 0], k=count)
    rows = []
    for index, (day, word) in enumerate(zip(c.spread_days(rng, start, end, count), words, strict=True)):
        name, phone = pool.person()
        values = {"record_id": _record_id(layout, index, day), "respondent": name,
                  "respondent_phone": phone, "surveyed_at": c.at(day, rng, 9, 17), "overall": word,
                  "item": rng.choice(c.WORD_SCALE_5[:3])}
        rows.append(Row(values, day))
    return rows


def complaint_rows(layout: Layout, rng: random.Random, count: int, start: date, end: date) -> list[Row]:
    pool = k.Pool(rng, count)
    rows = []
    for index, day in enumerate(c.spread_days(rng, start, end, count)):
        name, phone = pool.person()
        content, _reason, handling = c.COMPLAINTS[index % len(c.COMPLAINTS)]
        received = c.at(day, rng, 9, 17)
        values = {"record_id": _record_id(layout, index, day), "customer_name": name,
                  "customer_phone": phone, "received_at": received, "reason": content,
                  "handling": handling, "feedback": rng.choice(c.FEEDBACK),
                  "closed_at": c.at(day + timedelta(days=rng.randint(1, 6)), rng, 9, 17)}
        rows.append(Row(values, day))
    return rows


def lookalike_rows(layout: Layout, rng: random.Random, count: int, start: date, end: date) -> list[Row]:
    return [Row({}, day) for day in c.spread_days(rng, start, end, count)]


ROW_MAKERS: dict[str, Callable[..., list[Row]]] = {
    "work_orders": work_order_rows, "survey_responses": response_rows,
    "complaints": complaint_rows, "lookalike": lookalike_rows,
}

# ---------------------------------------------------------------------------- other columns

_COMPANIES = ["上海申达物业管理有限公司", "浦江酒店管理有限公司", "华东电梯维保有限公司", "闵行区第三中学",
              "上海市第六人民医院", "嘉定智慧社区服务中心", "宝山合作网点", "杨浦服务站"]
_STAFF = ["周海涛", "吴振华", "郑浩", "冯建军", "孙立伟", "钱志明", "赵国平", "陈师傅"]
_TEXTS = ["常规", "正常", "已处理", "A类", "一般", "无"]


def _has(label: str, *marks: str) -> bool:
    return any(mark in label for mark in marks)


# (words in the label, how to fill the cell), first match wins: dates before ids ("时间" beats
# "编号"), phones before people ("联系人电话" is a phone), people last among the specific ones.
Maker = Callable[[random.Random], Cell]
_FILLERS: list[tuple[tuple[str, ...], Maker]] = [
    (("电话", "手机"), lambda rng: c.mobiles(rng, 1)[0]),
    (("是否",), lambda rng: "否"),
    (("状态", "进度"), lambda rng: "已完成"),
    (("费用", "金额", "成绩", "时长", "用时", "次数", "所需", "优先级"), lambda rng: str(rng.randint(1, 300))),
    (("id", "编号", "代码", "单号", "批号", "imei", "流程实例", "表号", "账号"),
     lambda rng: str(rng.randint(10**7, 10**8 - 1))),
    (("地址", "地点", "位置", "点位"), lambda rng: c.address(rng)),  # looked up late: swappable
    (("名称", "单位", "企业", "机构", "公司", "客户", "酒店"), lambda rng: rng.choice(_COMPANIES)),
    (("人", "员", "客服", "工程师", "师傅"), lambda rng: rng.choice(_STAFF)),
    (("邮箱",), lambda rng: f"user{rng.randint(100, 999)}@example.com"),
    (("内容", "说明", "备注", "意见", "描述", "标准", "结果"),
     lambda rng: rng.choice(["按计划完成", "已电话沟通", "客户无异议", "详见附件"])),
    (("型号", "规格"), lambda rng: rng.choice(c.PRODUCTS)),
    (("省", "市", "区", "街道", "小区"), lambda rng: rng.choice(["上海市", "浦东新区", "张江镇", "世纪公园小区"])),
]


PLACEHOLDER_CELLS: tuple[Cell, ...] = ("无", "—", "待定", None, "/")


def filler(label: str, row: Row, index: int, rng: random.Random, form: str) -> Cell:
    """A plausible value for a column that maps to no canonical field, chosen by its label."""
    if label == "序号":
        return index + 1
    if _has(label, "时间", "日期", "时刻"):
        return written_date(c.at(row.day, rng, 8, 18), form, index)[0]
    lowered = label.lower()
    for marks, make in _FILLERS:
        if _has(lowered, *marks):
            return make(rng)
    return rng.choice(_TEXTS)


# ---------------------------------------------------------------------------- table and truth


@dataclass
class Table:
    headers: list[str]
    cells: list[list[Cell]]  # xlsx values (numbers stay numbers)
    truth: list[dict[str, str | None]]  # expected canonical records, comparable form


def build_table(layout: Layout, rows: list[Row], rng: random.Random) -> Table:
    cells, truth = [], []
    fields = layout.fields
    for index, row in enumerate(rows):
        line: list[Cell] = []
        shown_time: dict[str, bool] = {}
        for label, meaning in layout.columns:
            if meaning in ("", "item") and not (meaning == "item" and "item" in row.values):
                if layout.placeholders and index % 3 == 1:
                    line.append(rng.choice(PLACEHOLDER_CELLS))
                else:
                    line.append(filler(label, row, index, rng, layout.date_form))
                continue
            base = meaning.removesuffix(corpus.DATE_PART).removesuffix(corpus.TIME_PART)
            value = row.values["item" if meaning == "item" else base]
            if isinstance(value, datetime) and base != meaning:
                value, shown_time[base] = _date_part(value, meaning, layout.date_form, index)
            elif isinstance(value, datetime):
                value, shown_time[meaning] = written_date(value, layout.date_form, index)
            line.append(value)  # type: ignore[arg-type]
        cells.append(line)
        if layout.is_record:
            truth.append(_truth(layout.group, row, fields, shown_time))
    if layout.note:
        cells.append([layout.note] + [None] * (len(layout.columns) - 1))
    return Table(layout.labels, cells, truth)


def _date_part(value: datetime, meaning: str, form: str, index: int) -> tuple[Cell, bool]:
    """One half of a date split in two columns: the day in the layout's form, the clock as
    HH:MM; the record shows a time once both halves are joined."""
    if meaning.endswith(corpus.TIME_PART):
        return value.strftime("%H:%M"), True
    day = datetime(value.year, value.month, value.day)
    return written_date(day, form, index)[0], True


def _truth(kind: str, row: Row, fields: dict[str, str], shown_time: dict[str, bool]
           ) -> dict[str, str | None]:
    out: dict[str, str | None] = {}
    for name in FIELDS[kind]:
        value = row.values.get(name) if name in fields else None
        if isinstance(value, datetime):
            out[name] = comparable_value(name, value, shown_time[name])
        else:
            out[name] = comparable_value(name, value)
    return out


def _text(value: Cell) -> str:
    return "" if value is None else str(value)


def write_table(layout: Layout, table: Table, path: Path, fmt: str) -> None:
    title = layout.title[0] if layout.title else ""
    if fmt == "xlsx":
        write_xlsx(path, [Sheet("Sheet1", table.headers, table.cells, preamble=list(layout.title))])
    elif fmt == "docx":
        text_rows = [[_text(v) for v in line] for line in table.cells]
        write_docx(path, title, [DocTable(table.headers, text_rows)], wide=len(table.headers) > 6)
    elif fmt == "pdf":
        text_rows = [[_text(v) for v in line] for line in table.cells]
        widths = [26.4 * cm / len(table.headers)] * len(table.headers)
        write_pdf_ledger(path, title, table.headers, text_rows, [len(text_rows)], widths)
    else:
        raise ValueError(fmt)


def _as_drawn(table: Table) -> Table:
    """The table as the PDF font can draw it, truth included (see PDF_DRAWN)."""
    def drawn(value: Cell) -> Cell:
        return value.translate(PDF_DRAWN) if isinstance(value, str) else value

    return Table(table.headers, [[drawn(v) for v in line] for line in table.cells],
                 [{k: v.translate(PDF_DRAWN) if v else v for k, v in record.items()}
                  for record in table.truth])


def _rng(*parts: str) -> random.Random:
    """One generator per (layout, purpose): adding a layout never shifts another's data."""
    return random.Random(int(hashlib.sha256("/".join(parts).encode()).hexdigest()[:16], 16))


# ---------------------------------------------------------------------------- benchmark files

FILE_SPAN = (date(2026, 9, 1), date(2026, 11, 10))


def write_files(layout: Layout, out: Path, formats: tuple[str, ...] = FORMATS) -> list[Path]:
    """One file per format with its ground truth beside it; returns the truth paths."""
    written = []
    for fmt in formats:
        rng = _rng(layout.id, "file", fmt)
        rows = ROW_MAKERS[layout.group](layout, rng, FILE_ROWS, *FILE_SPAN)
        table = build_table(layout, rows, rng)
        if fmt == "pdf":
            table = _as_drawn(table)
        path = out / "files" / layout.split / f"{layout.id}.{fmt}"
        path.parent.mkdir(parents=True, exist_ok=True)
        write_table(layout, table, path, fmt)
        truth = {"layout": layout.id, "split": layout.split, "group": layout.group,
                 "kind": layout.kind, "format": fmt, "file": path.name,
                 "rows_written": len(table.cells) - bool(layout.note), "records": table.truth}
        truth_path = path.with_name(path.name + ".json")
        truth_path.write_text(json.dumps(truth, ensure_ascii=False, indent=1), "utf-8")
        written.append(truth_path)
    return written


# ---------------------------------------------------------------------------- packages

EVIDENCE_FILES = {"work_orders": [clean.WO_FILE], "survey_responses": [clean.SV_FILE, clean.REPORT_FILE],
                  "complaints": [clean.LEDGER_FILE], "lookalike": []}
PACKAGE_SPANS = {"work_orders": (date(2026, 8, 24), date(2026, 11, 16)),
                 "survey_responses": (date(2026, 9, 1), date(2026, 10, 31)),
                 "complaints": (date(2026, 6, 1), date(2026, 11, 10)),
                 "lookalike": (date(2026, 9, 1), date(2026, 11, 10))}


def expected_codes(layout: Layout) -> list[str]:
    """Findings the spec requires of a complete package in this layout (decision 70)."""
    has = set(layout.fields)
    codes: set[str] = set()
    if layout.group == "work_orders":
        if any(name not in has for name in WO_REQUIRED):
            codes |= {"WO_MISSING_FIELD", "WO_COUNT_BELOW_MIN"}
        if not has & {"reported_at", "completed_at"}:  # undated: no month of the window has one
            codes |= {"WO_DATE_MISSING", "WO_COUNT_BELOW_MIN", "WO_MONTH_GAP"}
        if "signature" not in has:
            codes.add("WO_MISSING_SIGNATURE")
    elif layout.group == "survey_responses":
        if "overall" not in has or not has & {"respondent", "respondent_phone"}:
            codes |= {"SV_SAMPLE_BELOW_MIN", "SV_STATED_MISMATCH"}
    elif layout.group == "complaints" and any(name not in has for name in CP_CHAIN):
        codes.add("CP_MISSING_FIELD")
    elif layout.group == "lookalike" and layout.kind not in NAMED_MATERIALS:
        codes.add("DOC_UNRECOGNISED")  # the spec's word for a file of no kind it knows
    return sorted(codes)


# The materials preaudit must recognise: DOC_MISSING's kinds and the tables issue 11 names as
# not records (sales ledgers, call-back and evaluation reports, staff rosters), with the praise
# registers and maintenance plans it recognises too. A look-alike of any other kind (a vote
# register, a customer master list) is a file of no kind the spec knows: its package's
# DOC_UNRECOGNISED observation is right, not a false finding (decision 154).
NAMED_MATERIALS = frozenset(
    {kind.value for kind in DocKind}
    | {"sales_ledger", "callback_report", "evaluation_report", "staff_roster", "praise_ledger",
       "maintenance_plan"})


def write_package(layout: Layout, clean_root: Path, out: Path) -> Path:
    root = out / "packages" / layout.split / layout.id
    if root.exists():
        shutil.rmtree(root)
    shutil.copytree(clean_root, root)
    for name in EVIDENCE_FILES[layout.group]:
        (root / name).unlink()
    rng = _rng(layout.id, "package")
    count = PACKAGE_COUNTS.get(layout.group, FILE_ROWS)
    rows = ROW_MAKERS[layout.group](layout, rng, count, *PACKAGE_SPANS[layout.group])
    table = build_table(layout, rows, rng)
    write_table(layout, table, root / f"{layout.id}.xlsx", "xlsx")
    if layout.group == "survey_responses":
        _write_report(root, rows)
    meta = {"layout": layout.id, "split": layout.split, "group": layout.group, "kind": layout.kind,
            "records_written": len(table.cells) - bool(layout.note) if layout.is_record else 0,
            "expected_codes": expected_codes(layout)}
    (out / "packages" / layout.split / f"{layout.id}.expected.json").write_text(
        json.dumps(meta, ensure_ascii=False, indent=1), "utf-8")
    return root


def _write_report(root: Path, rows: list[Row]) -> None:
    """The survey report, its stated figures true to the responses just written."""
    happy = sum(row.values["overall"] in SATISFIED_WORDS for row in rows)
    report = {"distributed": len(rows) + 8, "returned": len(rows) + 4, "valid": len(rows),
              "rate": round(100 * happy / len(rows), 1)}
    write_docx(root / clean.REPORT_FILE, "客户满意度调查报告", clean.report_text(report, clean.APPLICANT))


def all_layouts(splits: tuple[str, ...] = corpus.SPLITS) -> list[Layout]:
    """The layouts of the splits asked for; the unseen ones are loaded only when asked."""
    return corpus.of_splits(splits)


def generate(out: Path, layouts: list[Layout] | None = None) -> dict[str, int]:
    """Every file, truth and package (of ``layouts``, default all) into ``out``; returns counts."""
    if out.exists():
        shutil.rmtree(out)
    clean_root = clean.build(out / "_clean") and out / "_clean" / "clean"
    truths = packages = 0
    for layout in all_layouts() if layouts is None else layouts:
        truths += len(write_files(layout, out))
        write_package(layout, clean_root, out)
        packages += 1
    return {"files": truths, "packages": packages}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--content", choices=("bench", "alternative", "third"), default="bench",
                        help="record contents: the bench's own pools, other trades' "
                             "(bench/layouts/content_alt.py, decision 356) or a third pool written "
                             "blind to the rules (bench/layouts/content_third.py, decision 368)")
    args = parser.parse_args(argv)
    if args.content == "bench":
        counts = generate(args.out)
    else:
        # the swap patches bench.layouts.generate; run as a script this file is __main__, a
        # second copy the swap would not reach, so generate through the imported module
        from bench.layouts import generate as imported
        from bench.layouts.content_alt import pools_named, swapped_content
        with swapped_content(pools_named(args.content)):
            counts = imported.generate(args.out)
    print(f"wrote {counts['files']} files and {counts['packages']} packages under {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
