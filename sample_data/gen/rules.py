"""Expected findings and summary, computed from the ground truth with the project's definitions.

This is deliberately an independent, plain re-statement of findings.md over *known* records,
so the expected files follow from what was planted rather than from anyone's parser.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable
from datetime import date

from sample_data.gen.model import Loc, PackageTruth, Stamp, SurveyResponse, WorkOrder

SEVERITY = {
    "DOC_UNREADABLE": "minor", "DOC_UNRECOGNISED": "observation", "DOC_MISSING": "major",
    "WO_COUNT_BELOW_MIN": "major", "WO_OUT_OF_WINDOW": "minor", "WO_DATE_MISSING": "minor",
    "WO_MISSING_FIELD": "minor", "WO_MISSING_SIGNATURE": "minor", "WO_INVALID_PHONE": "minor",
    "WO_DATE_ORDER": "minor", "WO_RESPONSE_LATE": "minor", "WO_MONTH_GAP": "observation",
    "WO_DUPLICATE_ID": "minor", "WO_DUPLICATE_RECORD": "major", "WO_SIGNATURE_REUSED": "major",
    "SV_SAMPLE_BELOW_MIN": "major", "SV_STATED_MISMATCH": "minor",
    "SV_DUPLICATE_RESPONSE": "minor", "SV_OUT_OF_WINDOW": "observation",
    "CP_MISSING_FIELD": "minor", "CP_DUPLICATE_ID": "minor",
    "LIC_CREDIT_CODE_INVALID": "major", "LIC_EXPIRED": "major", "LIC_SCOPE_MISMATCH": "major",
    "LIC_NAME_MISMATCH": "minor", "SCOPE_NOT_ELIGIBLE": "observation",
}
SEVERITY_RANK = {"major": 0, "minor": 1, "observation": 2}
REQUIRED_KINDS = (
    "business_license", "service_policy", "service_process", "job_descriptions", "staff_training",
    "equipment_list", "service_outlets", "org_chart", "service_commitment", "work_orders",
    "satisfaction_survey", "complaint_ledger",
)
PLACEHOLDERS = {"", "-", "—", "——", "/", "无", "暂无", "待补", "n/a", "na"}
NOT_SIGNED = {"未签", "未签字", "未签名"}
SATISFIED_WORDS = {"非常满意", "满意", "比较满意", "较满意"}
WO_REQUIRED = ("customer_name", "customer_phone", "issue", "resolution")
CP_CHAIN = ("reason", "handling", "feedback")
GOODS = ("家用电器", "家电", "电子产品", "电器")
ACTIVITIES = ("销售", "维修", "安装", "售后服务", "批发", "零售")
PURE_SERVICES = ("家政", "餐饮", "美容美发", "洗浴", "保洁")
MIN_WORK_ORDERS, MIN_RESPONSES, WINDOW_MONTHS = 50, 100, 3

Finding = dict[str, object]


# ---------------------------------------------------------------------------- values


def text(value: object) -> str:
    return unicodedata.normalize("NFKC", str(value or "")).strip()


def blank(value: object) -> bool:
    return text(value).lower() in PLACEHOLDERS


def signed(order: WorkOrder) -> bool:
    return order.signature_png is not None or (
        not blank(order.signature) and text(order.signature) not in NOT_SIGNED)


def digits(phone: str) -> str:
    bare = re.sub(r"[\s\-()（）]", "", text(phone))
    return re.sub(r"^(\+86|0086)", "", bare)


def phone_invalid(phone: str) -> bool:
    bare = digits(phone)
    if blank(phone) or "*" in bare:  # empty: a missing field; masked: neither valid nor not
        return False
    return not (re.fullmatch(r"1[3-9]\d{9}", bare) or re.fullmatch(r"0\d{2,3}[2-9]\d{6,7}", bare))


def minus_months(day: date, months: int) -> date:
    total = day.year * 12 + day.month - 1 - months
    year, month = divmod(total, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def window(as_of: date) -> tuple[date, date]:
    return minus_months(as_of, WINDOW_MONTHS), as_of


def periods(as_of: date) -> list[tuple[date, date]]:
    """The three one-month periods, end exclusive except the last (which ends on as_of)."""
    bounds = [minus_months(as_of, m) for m in range(WINDOW_MONTHS, -1, -1)]
    return [(bounds[i], bounds[i + 1]) for i in range(WINDOW_MONTHS)]


def evidence(loc: Loc, record_id: str | None = None) -> dict[str, object]:
    return {**loc.as_dict(), "record_id": record_id or None}


def finding(code: str, field: str | None = None, items: Iterable[dict] = ()) -> Finding:
    return {"code": code, "severity": SEVERITY[code], "field": field, "evidence": list(items)}


# ---------------------------------------------------------------------------- work orders


def wo_day(order: WorkOrder) -> date | None:
    stamp = order.reported_at or order.completed_at
    return stamp.day if stamp else None


def in_window(day: date | None, as_of: date) -> bool:
    start, end = window(as_of)
    return day is not None and start <= day <= end


def substance(order: WorkOrder) -> tuple[str, ...]:
    day = order.reported_at.day.isoformat() if order.reported_at else ""
    parts = [re.sub(r"\s+", "", text(getattr(order, f))) for f in WO_REQUIRED]
    parts[1] = digits(order.customer_phone)
    return (*parts, day)


def qualifying(orders: list[WorkOrder], as_of: date) -> list[WorkOrder]:
    """In window, four fields present, once per number and once per substance."""
    seen_ids: set[str] = set()
    seen_substance: set[tuple[str, ...]] = set()
    chosen = []
    for order in orders:
        missing = any(blank(getattr(order, f)) for f in WO_REQUIRED)
        if missing or not in_window(wo_day(order), as_of):
            continue
        if order.record_id and order.record_id in seen_ids:
            continue
        seen_ids.add(order.record_id)
        if substance(order) in seen_substance:
            continue
        seen_substance.add(substance(order))
        chosen.append(order)
    return chosen


def earlier(later: Stamp | None, first: Stamp | None) -> bool:
    if later is None or first is None:
        return False
    if later.timed and first.timed:
        return later.value < first.value
    return later.day < first.day


def response_hours(order: WorkOrder) -> float | None:
    reported, responded = order.reported_at, order.responded_at
    if reported is None or responded is None:
        return None
    if reported.timed and responded.timed:
        return (responded.value - reported.value).total_seconds() / 3600
    return (responded.day - reported.day).days * 24.0


def rows_finding(code: str, orders: Iterable[WorkOrder], test: Callable[[WorkOrder], bool],
                 field: str | None = None) -> list[Finding]:
    hits = [evidence(o.loc, o.record_id) for o in orders if test(o)]
    return [finding(code, field, hits)] if hits else []


def committed_hours(truth: PackageTruth) -> float | None:
    if truth.manifest.get("response_hours") is not None:
        return float(truth.manifest["response_hours"])  # type: ignore[arg-type]
    found = truth.facts_of("service_commitment")
    hours = found[1].get("response_hours") if found else None
    return float(hours) if hours is not None else None


def work_order_findings(truth: PackageTruth) -> list[Finding]:
    orders, as_of = truth.work_orders, truth.as_of
    if not orders:
        return []
    out: list[Finding] = []
    count = len(qualifying(orders, as_of))
    if count < MIN_WORK_ORDERS:
        out.append(finding("WO_COUNT_BELOW_MIN"))
    out += rows_finding("WO_OUT_OF_WINDOW", orders,
                        lambda o: wo_day(o) is not None and not in_window(wo_day(o), as_of))
    out += rows_finding("WO_DATE_MISSING", orders, lambda o: wo_day(o) is None)
    for name in WO_REQUIRED:
        out += rows_finding("WO_MISSING_FIELD", orders,
                            lambda o, n=name: blank(getattr(o, n)), name)
    out += rows_finding("WO_MISSING_SIGNATURE", orders, lambda o: not signed(o))
    out += rows_finding("WO_INVALID_PHONE", orders, lambda o: phone_invalid(o.customer_phone))
    out += rows_finding("WO_DATE_ORDER", orders, lambda o: date_out_of_order(o, as_of))
    hours = committed_hours(truth)
    if hours is not None:
        out += rows_finding("WO_RESPONSE_LATE", orders,
                            lambda o: (response_hours(o) or 0.0) > hours)
    days = [d for d in map(wo_day, orders) if d]
    last = len(periods(as_of)) - 1
    if any(not any(s <= d < e or (i == last and d == e) for d in days)
           for i, (s, e) in enumerate(periods(as_of))):
        out.append(finding("WO_MONTH_GAP"))
    return out + comparison_findings(orders)


def date_out_of_order(order: WorkOrder, as_of: date) -> bool:
    stamps = [order.reported_at, order.responded_at, order.completed_at]
    after = any(s is not None and s.day > as_of for s in stamps)
    return after or earlier(order.responded_at, order.reported_at) or earlier(
        order.completed_at, order.reported_at)


def comparison_findings(orders: list[WorkOrder]) -> list[Finding]:
    by_id: dict[str, list[WorkOrder]] = defaultdict(list)
    by_substance: dict[tuple[str, ...], list[WorkOrder]] = defaultdict(list)
    by_image: dict[bytes, list[WorkOrder]] = defaultdict(list)
    for order in orders:
        if order.record_id:
            by_id[order.record_id].append(order)
        if not blank(order.customer_name) and not blank(order.issue):
            by_substance[substance(order)].append(order)
        if order.signature_png is not None:
            by_image[order.signature_png].append(order)
    groups = {
        "WO_DUPLICATE_ID": [g for g in by_id.values() if len({substance(o) for o in g}) > 1],
        "WO_DUPLICATE_RECORD": [g for g in by_substance.values()
                                if len({o.record_id for o in g}) > 1],
        "WO_SIGNATURE_REUSED": [g for g in by_image.values()
                                if len({(text(o.customer_name), digits(o.customer_phone))
                                        for o in g}) > 1],
    }
    return [finding(code, None, [evidence(o.loc, o.record_id) for g in found for o in g])
            for code, found in groups.items() if found]


# ---------------------------------------------------------------------------- survey


def respondent_key(response: SurveyResponse) -> str:
    return digits(response.respondent_phone) or text(response.respondent)


def valid_distinct(responses: list[SurveyResponse]) -> list[SurveyResponse]:
    seen: set[str] = set()
    chosen = []
    for response in responses:
        key = respondent_key(response)
        if not key or blank(response.overall) or key in seen:
            continue
        seen.add(key)
        chosen.append(response)
    return chosen


def satisfied(overall: str | int, top: int) -> bool:
    if isinstance(overall, int):
        return overall >= top - 1 if top == 5 else overall >= top - 2
    return text(overall) in SATISFIED_WORDS


def computed_rate(responses: list[SurveyResponse]) -> float | None:
    """Satisfied share of valid distinct responses, in percent."""
    distinct = valid_distinct(responses)
    if not distinct:
        return None
    scores = [r.overall for r in distinct if isinstance(r.overall, int)]
    top = 10 if scores and max(scores) > 5 else 5
    return 100.0 * sum(satisfied(r.overall, top) for r in distinct) / len(distinct)


def stated_size(report: dict[str, object]) -> int | None:
    for key in ("valid", "returned", "distributed"):
        if report.get(key) is not None:
            return int(report[key])  # type: ignore[call-overload]
    return None


def survey_findings(truth: PackageTruth) -> list[Finding]:
    responses, out = truth.responses, []
    found = truth.facts_of("survey_report")
    report_file, report = found if found else (None, {})
    size = len(valid_distinct(responses)) if responses else stated_size(report)
    unread = [f for f in truth.files if f.status == "parsed" and "satisfaction_survey" in f.kinds
              and stated_size(f.facts.get("survey_report") or {}) is None]  # type: ignore[arg-type]
    if not responses and unread:
        size = 0  # a survey recognised but nothing read from it counts nothing (spec)
    if size is not None and size < MIN_RESPONSES:
        out.append(finding("SV_SAMPLE_BELOW_MIN"))
    if responses and report_file is not None:
        where = [evidence(Loc(report_file.file, page=1 if report_file.format == "pdf" else None))]
        if stated_size(report) is not None and stated_size(report) != size:
            out.append(finding("SV_STATED_MISMATCH", "sample_size", where))
        rate = computed_rate(responses)
        if report.get("rate") is not None and rate is not None and abs(
                float(report["rate"]) - rate) > 1.0:  # type: ignore[arg-type]
            out.append(finding("SV_STATED_MISMATCH", "satisfaction_rate", where))
    counts: dict[str, int] = defaultdict(int)
    for response in responses:
        counts[respondent_key(response)] += 1
    dup = [evidence(r.loc, r.record_id) for r in responses if counts[respondent_key(r)] > 1]
    if dup:
        out.append(finding("SV_DUPLICATE_RESPONSE", None, dup))
    outside = [evidence(r.loc, r.record_id) for r in responses
               if not in_window(r.surveyed_at.day, truth.as_of)]
    if outside:
        out.append(finding("SV_OUT_OF_WINDOW", None, outside))
    return out


# ---------------------------------------------------------------------------- complaints


def complaint_findings(truth: PackageTruth) -> list[Finding]:
    out: list[Finding] = []
    entries = truth.complaints
    for name in CP_CHAIN:
        hits = [evidence(c.loc, c.record_id) for c in entries if blank(getattr(c, name))]
        if hits:
            out.append(finding("CP_MISSING_FIELD", name, hits))
    by_id: dict[str, list] = defaultdict(list)
    for entry in entries:
        if entry.record_id:
            by_id[entry.record_id].append(entry)
    clashing = [c for group in by_id.values() if len(group) > 1
                and len({(c.customer_name, c.reason) for c in group}) > 1 for c in group]
    if clashing:
        where = [evidence(c.loc, c.record_id) for c in clashing]
        out.append(finding("CP_DUPLICATE_ID", None, where))
    return out


# ---------------------------------------------------------------------------- licence, documents


def credit_code_ok(code: str) -> bool:
    from sample_data.gen.content import CREDIT_CHARSET, credit_check

    code = text(code).upper()
    if len(code) != 18 or any(c not in CREDIT_CHARSET for c in code):
        return False
    return credit_check(code[:17]) == code[17]


def company(name: object) -> str:
    return re.sub(r"\s+", "", text(name))  # NFKC unifies full- and half-width brackets


def scope_covers(licence_scope: str, applied: str) -> bool:
    category = next((g for g in GOODS if g in applied), None)
    if category is None:
        return True  # nothing to match on: eligibility is SCOPE_NOT_ELIGIBLE's question
    return category in licence_scope and any(a in licence_scope for a in ACTIVITIES)


def licence_findings(truth: PackageTruth) -> list[Finding]:
    out: list[Finding] = []
    applied = str(truth.manifest.get("scope") or "")
    if any(word in applied for word in PURE_SERVICES):
        out.append(finding("SCOPE_NOT_ELIGIBLE"))
    found = truth.facts_of("business_license")
    if not found:
        return out
    file, lic = found
    where = [evidence(Loc(file.file, page=1 if file.format == "pdf" else None))]
    term_end = lic.get("term_end")
    checks = {
        "LIC_CREDIT_CODE_INVALID": not credit_code_ok(str(lic["credit_code"])),
        "LIC_EXPIRED": isinstance(term_end, date) and term_end < truth.as_of,
        "LIC_SCOPE_MISMATCH": bool(applied) and not scope_covers(str(lic["scope"]), applied),
        "LIC_NAME_MISMATCH": bool(truth.manifest.get("applicant"))
        and company(lic["name"]) != company(truth.manifest["applicant"]),
    }
    return out + [finding(code, None, where) for code, hit in checks.items() if hit]


def document_findings(truth: PackageTruth) -> list[Finding]:
    present = {k for f in truth.files if f.status == "parsed" for k in f.kinds}
    out = [finding("DOC_MISSING", kind) for kind in REQUIRED_KINDS if kind not in present]
    for status, code in (("unreadable", "DOC_UNREADABLE"), ("unrecognised", "DOC_UNRECOGNISED")):
        hits = [evidence(Loc(f.file)) for f in truth.files if f.status == status]
        if hits:
            out.append(finding(code, None, hits))
    return out


# ---------------------------------------------------------------------------- the whole package


def _evidence_key(item: dict[str, object]) -> tuple:
    return tuple((v is None, v if v is not None else 0) for k, v in item.items()
                 if k != "record_id")


def expected(truth: PackageTruth) -> dict[str, object]:
    findings = (document_findings(truth) + work_order_findings(truth) + survey_findings(truth)
                + complaint_findings(truth) + licence_findings(truth))
    for item in findings:
        item["evidence"].sort(key=_evidence_key)  # type: ignore[union-attr]
    findings.sort(key=lambda f: (SEVERITY_RANK[f["severity"]], f["code"], f["field"] or ""))
    ranks = {f["severity"] for f in findings}
    ready = readiness(truth, findings)
    unverified = any(r["state"] != "ready" for r in ready)
    verdict = ("not_ready" if "major" in ranks else
               "needs_rework" if "minor" in ranks or unverified else "ready")
    return {"package": truth.name, "as_of": truth.as_of.isoformat(), "verdict": verdict,
            "summary": summary(truth), "readiness": ready, "findings": findings}


# ---------------------------------------------------------------------------- readiness

# The source article's material-review list, each with the finding codes that bear on it
# (decision 60); a missing kind counts against the requirement it is the evidence of.
REQUIREMENT_CODES = {
    "work_order_count": {"WO_COUNT_BELOW_MIN", "WO_OUT_OF_WINDOW", "WO_DATE_MISSING",
                         "WO_DUPLICATE_ID", "WO_DUPLICATE_RECORD", "WO_MONTH_GAP"},
    "work_order_fields": {"WO_MISSING_FIELD", "WO_INVALID_PHONE"},
    "work_order_signatures": {"WO_MISSING_SIGNATURE", "WO_SIGNATURE_REUSED"},
    "survey_sample": {"SV_SAMPLE_BELOW_MIN", "SV_STATED_MISMATCH", "SV_DUPLICATE_RESPONSE",
                      "SV_OUT_OF_WINDOW"},
    "complaint_chain": {"CP_MISSING_FIELD", "CP_DUPLICATE_ID"},
    "response_time": {"WO_RESPONSE_LATE", "WO_DATE_ORDER"},
    "materials": {"DOC_UNREADABLE", "DOC_UNRECOGNISED", "OCR_LOW_CONFIDENCE"},
    "licence": {"LIC_CREDIT_CODE_INVALID", "LIC_EXPIRED", "LIC_SCOPE_MISMATCH",
                "LIC_NAME_MISMATCH", "SCOPE_NOT_ELIGIBLE"},
}
MISSING_OWNER = {"work_orders": "work_order_count", "satisfaction_survey": "survey_sample",
                 "complaint_ledger": "complaint_chain", "business_license": "licence"}


def bears_on(item: Finding) -> str:
    if item["code"] == "DOC_MISSING":
        return MISSING_OWNER.get(str(item["field"]), "materials")
    return next(req for req, codes in REQUIREMENT_CODES.items() if item["code"] in codes)


def unverified(truth: PackageTruth) -> set[str]:
    """Requirements whose evidence was not read or whose numbers are unknown (spec: absence
    of evidence is never compliance)."""
    gaps: set[str] = set()
    if not truth.work_orders:
        gaps |= {"work_order_count", "work_order_fields", "work_order_signatures",
                 "response_time"}
    if not valid_distinct(truth.responses):  # a stated sample size alone is a claim
        gaps.add("survey_sample")
    if not truth.complaints:
        gaps.add("complaint_chain")
    timed = [o for o in truth.work_orders if o.reported_at and o.responded_at]
    if committed_hours(truth) is None or not timed:
        gaps.add("response_time")
    found = truth.facts_of("business_license")
    lic = found[1] if found else {}
    applicant = truth.manifest.get("applicant")
    if not (lic.get("credit_code") and lic.get("scope") and truth.manifest.get("scope")
            and (lic.get("name") or not applicant)):  # term_end None = 长期, always known
        gaps.add("licence")
    return gaps


def readiness(truth: PackageTruth, findings: list[Finding]) -> list[dict[str, object]]:
    gaps = unverified(truth)
    out = []
    for requirement in REQUIREMENT_CODES:
        mine = [f for f in findings if bears_on(f) == requirement]
        blocking = any(f["severity"] in ("major", "minor") for f in mine)
        state = ("not_ready" if blocking else
                 "not_verified" if requirement in gaps else "ready")
        out.append({"requirement": requirement, "state": state,
                    "codes": sorted({str(f["code"]) for f in mine})})
    return out


def summary(truth: PackageTruth) -> dict[str, object]:
    orders, as_of = truth.work_orders, truth.as_of
    found = truth.facts_of("survey_report")
    return {
        "work_orders": {
            "total": len(orders),
            "in_window": sum(in_window(wo_day(o), as_of) for o in orders),
            "qualifying": len(qualifying(orders, as_of)),
            "signed": sum(signed(o) for o in orders),
        },
        "survey": {
            "responses": len(valid_distinct(truth.responses)) if truth.responses else None,
            "stated_sample_size": stated_size(found[1]) if found else None,
        },
        "complaints": {
            "total": len(truth.complaints),
            "complete": sum(all(not blank(getattr(c, n)) for n in CP_CHAIN)
                            for c in truth.complaints),
        },
    }
