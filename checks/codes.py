"""The finding-code registry: a mirror of spec/findings.md.

One entry per code: default severity and, per language, a title and a message template
whose ``{placeholders}`` are filled from the numbers a check found. A test parses
findings.md and fails when this table and the spec drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass

from preaudit.model.findings import Severity

MAJOR, MINOR, OBSERVATION = Severity.MAJOR, Severity.MINOR, Severity.OBSERVATION


@dataclass(frozen=True)
class CodeSpec:
    severity: Severity
    title: dict[str, str]
    message: dict[str, str]


def _spec(severity: Severity, zh: tuple[str, str], en: tuple[str, str]) -> CodeSpec:
    return CodeSpec(severity, {"zh": zh[0], "en": en[0]}, {"zh": zh[1], "en": en[1]})


CODES: dict[str, CodeSpec] = {
    # Documents
    "DOC_UNREADABLE": _spec(
        MINOR,
        ("文件无法读取", "{count} 个文件无法读取：{details}"),
        ("File could not be read", "{count} file(s) could not be read: {details}"),
    ),
    "DOC_UNRECOGNISED": _spec(
        OBSERVATION,
        ("文件类型无法识别", "{count} 个文件可以打开，但无法判断是哪类材料：{files}"),
        ("Document not recognised", "{count} readable file(s) of unknown kind: {files}"),
    ),
    "DOC_MISSING": _spec(
        MAJOR,
        ("缺少必备材料", "未找到{kind_zh}"),
        ("Required material missing", "No {kind_en} found in the package"),
    ),
    # Work orders
    "WO_COUNT_BELOW_MIN": _spec(
        MAJOR,
        ("有效工单数量不足", "近 3 个月内合格工单 {qualifying} 份，少于要求的 {required} 份"),
        (
            "Too few qualifying work orders",
            "{qualifying} qualifying work orders in the window, fewer than the {required} required",
        ),
    ),
    "WO_OUT_OF_WINDOW": _spec(
        MINOR,
        ("工单不在 3 个月期限内", "{count} 张工单日期不在 {start} 至 {end} 之间"),
        ("Work order outside the window", "{count} work order(s) dated outside {start} – {end}"),
    ),
    "WO_DATE_MISSING": _spec(
        MINOR,
        ("工单缺少日期", "{count} 张工单没有可识别的报修或完成日期"),
        (
            "Work order without a date",
            "{count} work order(s) with no usable report or completion date",
        ),
    ),
    "WO_MISSING_FIELD": _spec(
        MINOR,
        ("工单缺少必填字段", "{count} 张工单缺少「{field_zh}」"),
        ("Work order missing a required field", "{count} work order(s) without {field_en}"),
    ),
    "WO_MISSING_SIGNATURE": _spec(
        MINOR,
        ("工单缺少客户签字", "{count} 张工单没有客户签字"),
        (
            "Work order not signed by the customer",
            "{count} work order(s) without a customer signature",
        ),
    ),
    "WO_INVALID_PHONE": _spec(
        MINOR,
        ("客户电话号码无效", "{count} 张工单的客户电话不是有效的手机或固定电话号码"),
        (
            "Invalid customer phone number",
            "{count} work order(s) whose customer phone is not a plausible mobile or landline number",
        ),
    ),
    "WO_DATE_ORDER": _spec(
        MINOR,
        ("工单时间顺序异常", "{count} 张工单的响应/完成时间早于报修时间，或晚于申请日 {as_of}"),
        (
            "Work order timestamps out of order",
            "{count} work order(s) responded or completed before being reported, or dated after {as_of}",
        ),
    ),
    "WO_RESPONSE_LATE": _spec(
        MINOR,
        ("响应超时", "{count} 张工单的响应时间超过承诺的 {hours} 小时"),
        (
            "Response later than committed",
            "{count} work order(s) responded later than the committed {hours} h",
        ),
    ),
    "WO_MONTH_GAP": _spec(
        OBSERVATION,
        ("某月没有工单", "以下期间没有任何工单：{periods}"),
        ("A month without work orders", "No work order in: {periods}"),
    ),
    "WO_DUPLICATE_ID": _spec(
        MINOR,
        ("工单编号重复", "{count} 张工单共用 {groups} 个编号，但内容不同"),
        (
            "Duplicate work-order number",
            "{count} work orders share {groups} number(s) with different content",
        ),
    ),
    "WO_DUPLICATE_RECORD": _spec(
        MAJOR,
        ("疑似重复工单（凑数）", "{count} 张工单内容完全相同但编号不同（{groups} 组），疑似凑数"),
        (
            "Duplicated work orders (suspected padding)",
            "{count} work orders identical in substance under different numbers ({groups} group(s))",
        ),
    ),
    "WO_SIGNATURE_REUSED": _spec(
        MAJOR,
        (
            "签字图片重复使用（疑似伪造）",
            "同一签字图片出现在不同客户的 {count} 张工单上（{groups} 组）",
        ),
        (
            "Signature image reused (suspected forgery)",
            "The same signature image appears on {count} work orders of different customers "
            "({groups} group(s))",
        ),
    ),
    # Satisfaction survey
    "SV_SAMPLE_BELOW_MIN": _spec(
        MAJOR,
        (
            "满意度调查样本不足",
            "有效且不重复的调查样本 {responses} 份，少于要求的 {required} 份{source}",
        ),
        (
            "Survey sample too small",
            "{responses} valid distinct survey responses, fewer than the {required} "
            "required{source}",
        ),
    ),
    "SV_STATED_MISMATCH": _spec(
        MINOR,
        ("调查报告与原始数据不符", "调查报告写明{stated}，原始数据为{actual}"),
        (
            "Survey report disagrees with raw data",
            "The report states {stated}; the raw data give {actual}",
        ),
    ),
    "SV_DUPLICATE_RESPONSE": _spec(
        MINOR,
        ("重复的调查答卷", "{groups} 位受访者答卷不止一次（共 {count} 份）"),
        (
            "Duplicate survey responses",
            "{groups} respondent(s) answered more than once ({count} responses)",
        ),
    ),
    "SV_OUT_OF_WINDOW": _spec(
        OBSERVATION,
        ("调查日期不在 3 个月期限内", "{count} 份答卷日期不在 {start} 至 {end} 之间"),
        ("Survey response outside the window", "{count} response(s) dated outside {start} – {end}"),
    ),
    # Complaint ledger
    "CP_MISSING_FIELD": _spec(
        MINOR,
        ("投诉记录链条不完整", "{count} 条投诉记录缺少「{field_zh}」"),
        ("Complaint chain incomplete", "{count} complaint(s) without {field_en}"),
    ),
    "CP_DUPLICATE_ID": _spec(
        MINOR,
        ("投诉编号重复", "{count} 条投诉记录共用 {groups} 个编号"),
        ("Duplicate complaint number", "{count} complaints share {groups} number(s)"),
    ),
    # Business licence and scope
    "LIC_CREDIT_CODE_INVALID": _spec(
        MAJOR,
        (
            "统一社会信用代码无效",
            "营业执照上的统一社会信用代码 {credit_code} 未通过校验（GB 32100-2015）",
        ),
        (
            "Invalid unified social credit code",
            "The licence's credit code {credit_code} fails its check character (GB 32100-2015)",
        ),
    ),
    "LIC_EXPIRED": _spec(
        MAJOR,
        ("营业执照已过期", "营业期限至 {term_end}，早于申请日 {as_of}"),
        ("Business licence expired", "The licence term ended on {term_end}, before {as_of}"),
    ),
    "LIC_SCOPE_MISMATCH": _spec(
        MAJOR,
        ("经营范围不覆盖认证范围", "经营范围未涵盖申请认证的「{category}」及其销售/维修/售后服务"),
        (
            "Business scope does not cover the applied scope",
            "The business scope does not name {category} with a sale, repair or after-sales activity",
        ),
    ),
    "LIC_NAME_MISMATCH": _spec(
        MINOR,
        ("执照名称与申请人不一致", "营业执照名称「{licence_name}」与申请人「{applicant}」不一致"),
        (
            "Licence name differs from the applicant",
            "The licence names “{licence_name}”, the application “{applicant}”",
        ),
    ),
    "SCOPE_NOT_ELIGIBLE": _spec(
        OBSERVATION,
        (
            "认证范围可能不适用",
            "申请范围「{scope}」属于纯服务业（{keyword}），原文认为不适用本认证（可改按 GB/T 24421），"
            "请与认证机构确认",
        ),
        (
            "Applied scope may not be eligible",
            "The applied scope “{scope}” is a pure service business ({keyword}); the source article "
            "says it is not eligible (GB/T 24421 instead) — confirm with the certification body",
        ),
    ),
    # Project additions, pending addition to findings.md (see PROJECT_CODES)
    "OCR_LOW_CONFIDENCE": _spec(
        OBSERVATION,
        (
            "扫描件文字识别置信度低",
            "{count} 条记录的「{field_zh}」由文字识别（OCR）读出且置信度低，请对照原件人工核对",
        ),
        (
            "Fields read by OCR with low confidence",
            "{field_en} of {count} record(s) was read by OCR with low confidence: "
            "check it by eye against the scan",
        ),
    ),
}

# Codes this project added that spec/findings.md does not list yet (the spec folder is
# read-only to us): pending addition to findings.md. The registry test compares the rest.
PROJECT_CODES = frozenset({"OCR_LOW_CONFIDENCE"})


def title(code: str, lang: str) -> str:
    return CODES[code].title[lang]


def render_message(code: str, lang: str, params: dict[str, object]) -> str:
    return CODES[code].message[lang].format(**params)
