# ruff: noqa: E501  -- Chinese labels and Markdown rows
"""Perturbation harness: every SEEN layout, varied the way real exports vary (issue 11, round 4).

    .venv/bin/python bench/layouts/perturb.py [--out DIR] [--formats xlsx,docx] [--no-packages]

The seen layouts pass at 100 %; the held-out ones fail in ways nobody may look at. So widen
what the seen set exercises instead: for every seen record layout, variants a real export
plausibly has and the seen file does not, each scored as files (fields exact) and as a
complete package (false findings), with the yardstick of score.py:

- ``date:<form>``: the layout's dates in another system form (corpus.DATE_FORMS and
  corpus.PERTURBED_DATE_FORMS, two per layout, cycled so every form meets several layouts);
- ``split``: its first dated field as a date column and a time column (报修日期 + 报修时间);
- ``wording_a``: time words swapped (时间 ↔ 日期), 的 between a person and what is theirs
  (客户的姓名), brackets and units after labels (时间(yyyy-MM-dd HH:mm)、电话（手机）);
- ``wording_b``: person words swapped for class-mates (客户 ↔ 用户, 报修人 → 报修者) and
  what-words too (姓名 → 名字, 内容 ↔ 描述, 联系电话 → 联系方式);
- ``messy``: columns shuffled, irrelevant columns added (序号, 所属部门, 数据来源), two title
  rows, a note row under the data, and 无/—/待定/blank in the unmapped cells;
- ``weekday`` (round 5): the layout's dates with a weekday between date and time
  (2026-09-03 星期四 10:20, 2026年9月3日 周四 上午10:20, 2026/09/03 (Thu) 10:20, cycled);
- ``us_dates`` (round 5): its dates as US-locale Excel text, month first (9/23/2026 2:05 PM),
  whose order each column settles from a day above 12;
- ``export_dates`` (round 16): its dates as a help desk, an ERP or a .NET service exports
  them (06/Sep/26 2:05 PM, 9/23/26 2:05 PM, 20260923 14:05:00, /Date(1790143500000+0800)/),
  one form per layout, cycled;
- ``aspects`` (round 5, surveys): three aspect ratings (质量满意度, 服务态度满意度, 时效满意度)
  before the overall rating, holding other answers than it: item scores, never the overall;
- ``neutral_times`` (round 7): every timestamp column of a layout with two or more renamed to
  a neutral label (时间1, 时间2 … or 日期A, 日期B …, alternating by layout), so only the order
  of the dates in the rows says which step each column is;
- ``neutral_people``, ``neutral_text``, ``neutral_ratings``, ``neutral_ids`` (round 14): one
  class of fields at a time under neutral labels (信息1, 信息2 … or 字段A, 字段B …, alternating
  by layout), every other label kept: the customer's name, phone and address (the respondent's
  in a survey); the issue, resolution, handling, feedback and a complaint's reason; the overall
  and item ratings; the record id, signature and technician. Only content and position say
  what each such column holds, and a column nobody can place must stay unmapped, never a
  wrong field.

Rules are written from the word classes of real labels, not from any held-out layout.
Writes bench/layouts/PERTURB.md (aggregates by variant and group, then every failing variant).
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bench.layouts import corpus  # noqa: E402
from bench.layouts import generate as gen  # noqa: E402
from bench.layouts import score as sc  # noqa: E402
from bench.layouts.corpus import DATE_PART, TIME_PART, Layout  # noqa: E402
from sample_data.gen.variants import TIMESTAMPS  # noqa: E402

REPORT = Path(__file__).resolve().parent / "PERTURB.md"
SPLIT = "perturbed"
# Round 5's forms get a variant of their own for every layout (``weekday``, ``us_dates``).
WEEKDAY_FORMS = ("weekday_iso", "weekday_cn", "weekday_en")
US_FORM = "us_slash"
# Round 16's forms of help-desk, ERP and .NET exports, one per layout, cycled (decision 440).
EXPORT_FORMS = corpus.EXPORT_DATE_FORMS
ALL_DATE_FORMS = tuple(f for f in corpus.DATE_FORMS + corpus.PERTURBED_DATE_FORMS
                       if f != "mixed" and f not in (*WEEKDAY_FORMS, US_FORM))
SPLIT_DAY_FORMS = ("iso_date", "yyyymmdd", "cn_date")  # a day column shows no clock
TITLE = ("数据导出", "导出时间：2026-11-12 10:00:00　导出人：管理员")
NOTE = "注：本表由系统导出，仅供内部核对使用。制表人：王敏"
EXTRAS = (("序号", 0), ("所属部门", -1), ("数据来源", 3))  # (label, where to insert)

# wording_a: (old, new) replacements inside a label, first match per rule family.
TIME_SWAPS = (("时间", "日期"), ("日期", "时间"))
BRACKETS = (("时间", "(yyyy-MM-dd HH:mm)"), ("日期", "（年月日）"), ("电话", "（手机）"),
            ("手机", "(11位)"), ("费用", "(元)"), ("姓名", "（必填）"))
WHO_WORDS = ("客户", "用户", "顾客", "住户", "业主", "报修人", "投诉人", "联系人", "受访人", "申请人")
WHAT_WORDS = ("姓名", "名称", "电话", "手机", "地址", "签字", "签名")
# wording_b: class-mate swaps (person words, then what-words).
WHO_SWAPS = (("客户", "用户"), ("用户", "客户"), ("顾客", "客户"), ("报修人", "报修者"),
             ("投诉人", "投诉者"), ("申请人", "申请者"), ("业主", "住户"))
WHAT_SWAPS = (("姓名", "名字"), ("联系电话", "联系方式"), ("手机号码", "手机号"),
              ("内容", "描述"), ("描述", "内容"), ("说明", "描述"), ("结果", "情况"))


def _swap_first(label: str, swaps: tuple[tuple[str, str], ...]) -> str:
    for old, new in swaps:
        if old in label:
            return label.replace(old, new, 1)
    return label


def _particle(label: str) -> str:
    """客户姓名 → 客户的姓名: 的 between a person word and the thing that is theirs."""
    for who in WHO_WORDS:
        for what in WHAT_WORDS:
            if who + what in label:
                return label.replace(who + what, f"{who}的{what}", 1)
    return label


def _bracket(label: str) -> str:
    for word, suffix in BRACKETS:
        if label.endswith(word):
            return label + suffix
    return label


def _relabel(layout: Layout, rename, name: str) -> Layout:  # type: ignore[no-untyped-def]
    columns, used = [], set()
    for label, meaning in layout.columns:
        new = rename(label)
        new = new if new not in used else label  # never two columns of one label
        used.add(new)
        columns.append((new, meaning))
    return replace(layout, id=f"{layout.id}~{name}", columns=tuple(columns), split=SPLIT)


def wording_a(layout: Layout) -> Layout:
    return _relabel(layout, lambda x: _bracket(_particle(_swap_first(x, TIME_SWAPS))), "wording_a")


def wording_b(layout: Layout) -> Layout:
    return _relabel(layout, lambda x: _swap_first(_swap_first(x, WHO_SWAPS), WHAT_SWAPS), "wording_b")


def date_variant(layout: Layout, form: str) -> Layout:
    return replace(layout, id=f"{layout.id}~date_{form}", date_form=form, split=SPLIT)


def split_variant(layout: Layout, day_form: str) -> Layout | None:
    """The first dated field as a day column and a clock column (None: the layout has none)."""
    dated = set(TIMESTAMPS[layout.group])
    columns: list[tuple[str, str]] = []
    done = False
    labels = set(layout.labels)
    for label, meaning in layout.columns:
        if done or meaning not in dated:
            columns.append((label, meaning))
            continue
        stem = label.removesuffix("时间").removesuffix("日期").removesuffix("时刻")
        day, clock = f"{stem}日期", f"{stem}时间"
        if stem == label or {day, clock} & (labels - {label}):
            columns.append((label, meaning))
            continue
        columns += [(day, meaning + DATE_PART), (clock, meaning + TIME_PART)]
        done = True
    if not done:
        return None
    return replace(layout, id=f"{layout.id}~split", columns=tuple(columns),
                   date_form=day_form, split=SPLIT)


def messy(layout: Layout) -> Layout:
    rng = random.Random(layout.id)
    columns = list(layout.columns)
    rng.shuffle(columns)
    labels = set(layout.labels)
    for label, where in EXTRAS:
        if label not in labels:
            columns.insert(where if where >= 0 else len(columns), (label, ""))
    return replace(layout, id=f"{layout.id}~messy", columns=tuple(columns), title=TITLE,
                   note=NOTE, placeholders=True, split=SPLIT)


ASPECTS = ("质量满意度", "服务态度满意度", "时效满意度")


def aspects(layout: Layout) -> Layout | None:
    """Aspect ratings before the overall one (at the end where there is none); None for a
    layout that is no survey or already rates aspects."""
    if layout.group != "survey_responses" or set(ASPECTS) & set(layout.labels):
        return None
    columns = list(layout.columns)
    at = next((i for i, (_, meaning) in enumerate(columns) if meaning == "overall"), len(columns))
    columns[at:at] = [(label, "item") for label in ASPECTS]
    return replace(layout, id=f"{layout.id}~aspects", columns=tuple(columns), split=SPLIT)


NEUTRAL_LABELS = (("时间1", "时间2", "时间3", "时间4"), ("日期A", "日期B", "日期C", "日期D"))


def neutral_times(layout: Layout, labels: tuple[str, ...]) -> Layout | None:
    """Round 7: every timestamp column renamed to a neutral label (时间1, 时间2 … or 日期A,
    日期B …, in column order), so only the order of the dates says which step each is; None
    for a layout with fewer than two timestamp columns (the order says nothing there)."""
    dated = set(TIMESTAMPS[layout.group])
    stamped = [label for label, meaning in layout.columns if meaning in dated]
    if len(stamped) < 2 or len(stamped) > len(labels) or set(labels) & set(layout.labels):
        return None
    names = dict(zip(stamped, labels, strict=False))
    columns = tuple((names.get(label, label), meaning) for label, meaning in layout.columns)
    return replace(layout, id=f"{layout.id}~neutral_times", columns=columns, split=SPLIT)


# Round 14: each class of field in its turn under neutral labels, the rest kept, so only the
# column's content and place say what it holds.
NEUTRAL_CLASSES = {
    "neutral_people": ("customer_name", "customer_phone", "customer_address", "respondent",
                       "respondent_phone"),
    "neutral_text": ("issue", "resolution", "handling", "feedback", "reason"),
    "neutral_ratings": ("overall", "item"),
    "neutral_ids": ("record_id", "signature", "technician"),
}
NEUTRAL_FIELD_LABELS = (tuple(f"信息{n}" for n in range(1, 9)), tuple(f"字段{c}" for c in "ABCDEFGH"))


def neutral_class(layout: Layout, name: str, labels: tuple[str, ...]) -> Layout | None:
    """Round 14: every column of one class of fields (``NEUTRAL_CLASSES[name]``) renamed to a
    neutral label (信息1, 信息2 … or 字段A, 字段B …, in column order), every other label kept;
    None for a layout without such a column."""
    meanings = set(NEUTRAL_CLASSES[name])
    chosen = [label for label, meaning in layout.columns
              if meaning.split("@")[0] in meanings]
    if not chosen or len(chosen) > len(labels) or set(labels) & set(layout.labels):
        return None
    names = dict(zip(chosen, labels, strict=False))
    columns = tuple((names.get(label, label), meaning) for label, meaning in layout.columns)
    return replace(layout, id=f"{layout.id}~{name}", columns=columns, split=SPLIT)


def variants(layouts: list[Layout]) -> list[Layout]:
    out: list[Layout] = []
    records = [x for x in layouts if x.is_record]
    for index, layout in enumerate(records):
        forms = [f for f in ALL_DATE_FORMS if f != layout.date_form]
        out += [date_variant(layout, forms[(2 * index + step) % len(forms)]) for step in (0, 1)]
        split = split_variant(layout, SPLIT_DAY_FORMS[index % len(SPLIT_DAY_FORMS)])
        out += [split] if split else []
        out += [wording_a(layout), wording_b(layout), messy(layout)]
        out += [replace(date_variant(layout, WEEKDAY_FORMS[index % len(WEEKDAY_FORMS)]),
                        id=f"{layout.id}~weekday"),
                replace(date_variant(layout, US_FORM), id=f"{layout.id}~us_dates"),
                replace(date_variant(layout, EXPORT_FORMS[index % len(EXPORT_FORMS)]),
                        id=f"{layout.id}~export_dates")]
        rated = aspects(layout)
        out += [rated] if rated else []
        neutral = neutral_times(layout, NEUTRAL_LABELS[index % len(NEUTRAL_LABELS)])
        out += [neutral] if neutral else []
        for name in NEUTRAL_CLASSES:
            relabelled = neutral_class(layout, name, NEUTRAL_FIELD_LABELS[index % 2])
            out += [relabelled] if relabelled else []
    return out


def kind_of_variant(layout_id: str) -> str:
    tail = layout_id.split("~", 1)[1]
    return "date" if tail.startswith("date_") else tail


# ---------------------------------------------------------------------------- run and report


def run(out: Path, formats: tuple[str, ...], packages: bool,
        only: frozenset[str] = frozenset()) -> tuple[list[sc.FileScore], list[sc.PackageScore], list[Layout]]:
    import shutil

    if out.exists():
        shutil.rmtree(out)
    chosen = [v for v in variants(corpus.seen()) if not only or kind_of_variant(v.id) in only]
    clean_root = gen.clean.build(out / "_clean") and out / "_clean" / "clean"
    files: list[sc.FileScore] = []
    scores: list[sc.PackageScore] = []
    with tempfile.TemporaryDirectory() as tmp:
        for layout in chosen:
            files += [sc.score_file(p) for p in gen.write_files(layout, out, formats)]
            if packages:
                gen.write_package(layout, clean_root, out)
                meta = out / "packages" / SPLIT / f"{layout.id}.expected.json"
                scores.append(sc.score_package(meta, Path(tmp)))
    return files, scores, chosen


def _row(label: str, files: list[sc.FileScore], packages: list[sc.PackageScore]) -> str:
    exp, found, fields, exact, dates, dexact, right, n = sc._sum(files)
    clean = sum(not p.false_findings and not p.error for p in packages)
    false = sum(sum(p.false_findings.values()) for p in packages)
    return (f"| {label} | {n} | {right}/{n} | {found}/{exp} | {sc._pct(exact, fields)} | "
            f"{sc._pct(dexact, dates)} | {clean}/{len(packages)} | {false} |")


def report(files: list[sc.FileScore], packages: list[sc.PackageScore], seconds: float) -> str:
    load = os.getloadavg()
    head = ["| | files | kind right | records found | fields exact | dates read | packages clean | false findings |",
            "|---|---:|---:|---:|---:|---:|---:|---:|"]
    lines = ["# Perturbation harness: seen layouts varied (bench/layouts/perturb.py)", "",
             "\n\n".join((__doc__ or "").split("\n\n")[2:4]).strip(), "",
             f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}; "
             f"load average at the end {load[0]:.2f}/{load[1]:.2f}; {seconds:.0f} s in all. "
             "Regenerate: `.venv/bin/python bench/layouts/perturb.py`.", "",
             "## By variant", "", *head, _row("**all**", files, packages)]
    for name in ("date", "split", "wording_a", "wording_b", "messy", "weekday", "us_dates",
                 "export_dates", "aspects", "neutral_times", *NEUTRAL_CLASSES):
        lines.append(_row(name, [f for f in files if kind_of_variant(f.layout) == name],
                          [p for p in packages if kind_of_variant(p.layout) == name]))
    lines += ["", "## By group", "", *head]
    for group in corpus.RECORD_GROUPS:
        lines.append(_row(group, [f for f in files if f.group == group],
                          [p for p in packages if p.group == group]))
    lines += ["", "## Failing variants", "", "| variant | format | found | fields exact | first misses |",
              "|---|---|---:|---:|---|"]
    for s in files:
        if s.exact < s.fields or s.found < s.expected or not s.kind_right:
            misses = "; ".join(s.misses[:3]) or s.error or ("kind: " + ", ".join(s.recognised_as))
            lines.append(f"| {s.layout} | {s.format} | {s.found}/{s.expected} | {sc._pct(s.exact, s.fields)} | {misses.replace('|', '/')} |")
    lines += ["", "| package | false findings | verdict |", "|---|---|---|"]
    for p in packages:
        if p.false_findings or p.error:
            false = ", ".join(f"{k} ×{v}" for k, v in sorted(p.false_findings.items()))
            lines.append(f"| {p.layout} | {false or p.error} | {p.verdict} |")
    return "\n".join([*lines, ""])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=gen.DEFAULT_OUT.with_name("out-perturbed"))
    parser.add_argument("--formats", default="xlsx,docx")
    parser.add_argument("--no-packages", action="store_true")
    parser.add_argument("--report", type=Path, default=REPORT)
    parser.add_argument("--only", default="", help="variants to run, comma-separated (all)")
    args = parser.parse_args(argv)
    clock = time.perf_counter()
    only = frozenset(name for name in args.only.split(",") if name)
    files, packages, _ = run(args.out, tuple(args.formats.split(",")), not args.no_packages, only)
    text = report(files, packages, time.perf_counter() - clock)
    args.report.write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
