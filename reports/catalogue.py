"""The one catalogue of what a report says, and the one place that words it.

Checks and the pipeline describe findings, readiness gaps and unread files as data (a code or
key with language-neutral parameters: counts, dates, file lists, field and kind names); this
module turns that data into sentences in the report's language. :func:`localise` is the only
writer of report.json's human-facing texts (``title``, ``message``, ``reason``, ``error``), so
a report.json re-renders in another language without re-running the audit. The UI strings of
the HTML page and the workbook are reports/i18n.py's; both read the labels of fields and kinds
from model/vocabulary.py.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, TypeVar

from preaudit.model.report import DocumentDict, FindingDict, ReadinessEntry, Report
from preaudit.model.texts import Gap, Reason
from preaudit.model.vocabulary import FIELD_LABELS, KIND_LABELS

T = TypeVar("T")
LANGS = ("zh", "en")
Pair = tuple[str, str]  # (zh, en)

# Finding code -> ((title, message) in Chinese, (title, message) in English). The message's
# {placeholders} are the finding's params; {name} is a field, {kind} a document kind, {files}
# and {details} lists (worded by _words). A test keeps the codes equal to checks/codes.py's.
FINDINGS: dict[str, tuple[Pair, Pair]] = {
    "DOC_UNREADABLE": (
        ("文件无法读取", "{count} 个文件无法读取：{details}"),
        ("File could not be read", "{count} file(s) could not be read: {details}"),
    ),
    "DOC_UNRECOGNISED": (
        ("文件类型无法识别", "{count} 个文件可以打开，但无法判断是哪类材料：{files}"),
        ("Document not recognised", "{count} readable file(s) of unknown kind: {files}"),
    ),
    "DOC_MISSING": (
        ("缺少必备材料", "未找到{kind}"),
        ("Required material missing", "No {kind} found in the package"),
    ),
    "WO_COUNT_BELOW_MIN": (
        ("有效工单数量不足", "近 3 个月内合格工单 {qualifying} 份，少于要求的 {required} 份"),
        (
            "Too few qualifying work orders",
            "{qualifying} qualifying work orders in the window, fewer than the {required} required",
        ),
    ),
    "WO_OUT_OF_WINDOW": (
        ("工单不在 3 个月期限内", "{count} 张工单日期不在 {start} 至 {end} 之间"),
        ("Work order outside the window", "{count} work order(s) dated outside {start} – {end}"),
    ),
    "WO_DATE_MISSING": (
        ("工单缺少日期", "{count} 张工单没有可识别的报修或完成日期"),
        (
            "Work order without a date",
            "{count} work order(s) with no usable report or completion date",
        ),
    ),
    "WO_MISSING_FIELD": (
        ("工单缺少必填字段", "{count} 张工单缺少「{name}」"),
        ("Work order missing a required field", "{count} work order(s) without {name}"),
    ),
    "WO_MISSING_SIGNATURE": (
        ("工单缺少客户签字", "{count} 张工单没有客户签字"),
        (
            "Work order not signed by the customer",
            "{count} work order(s) without a customer signature",
        ),
    ),
    "WO_INVALID_PHONE": (
        ("客户电话号码无效", "{count} 张工单的客户电话不是有效的手机或固定电话号码"),
        (
            "Invalid customer phone number",
            "{count} work order(s) whose customer phone is not a plausible mobile or landline number",
        ),
    ),
    "WO_DATE_ORDER": (
        ("工单时间顺序异常", "{count} 张工单的响应/完成时间早于报修时间，或晚于申请日 {as_of}"),
        (
            "Work order timestamps out of order",
            "{count} work order(s) responded or completed before being reported, or dated after {as_of}",
        ),
    ),
    "WO_RESPONSE_LATE": (
        ("响应超时", "{count} 张工单的响应时间超过承诺的 {hours} 小时"),
        (
            "Response later than committed",
            "{count} work order(s) responded later than the committed {hours} h",
        ),
    ),
    "WO_MONTH_GAP": (
        ("某月没有工单", "以下期间没有任何工单：{periods}"),
        ("A month without work orders", "No work order in: {periods}"),
    ),
    "WO_DUPLICATE_ID": (
        ("工单编号重复", "{count} 张工单共用 {groups} 个编号，但内容不同"),
        (
            "Duplicate work-order number",
            "{count} work orders share {groups} number(s) with different content",
        ),
    ),
    "WO_DUPLICATE_RECORD": (
        ("疑似重复工单（凑数）", "{count} 张工单内容完全相同但编号不同（{groups} 组），疑似凑数"),
        (
            "Duplicated work orders (suspected padding)",
            "{count} work orders identical in substance under different numbers ({groups} group(s))",
        ),
    ),
    "WO_SIGNATURE_REUSED": (
        (
            "签字图片重复使用（疑似伪造）",
            "同一签字图片出现在不同客户的 {count} 张工单上（{groups} 组）",
        ),
        (
            "Signature image reused (suspected forgery)",
            "The same signature image appears on {count} work orders of different customers ({groups} group(s))",
        ),
    ),
    "SV_SAMPLE_BELOW_MIN": (
        (
            "满意度调查样本不足",
            "有效且不重复的调查样本 {responses} 份，少于要求的 {required} 份{source}",
        ),
        (
            "Survey sample too small",
            "{responses} valid distinct survey responses, fewer than the {required} required{source}",
        ),
    ),
    "SV_STATED_MISMATCH": (
        ("调查报告与原始数据不符", "调查报告写明{stated}，原始数据为{actual}"),
        (
            "Survey report disagrees with raw data",
            "The report states {stated}; the raw data give {actual}",
        ),
    ),
    "SV_DUPLICATE_RESPONSE": (
        ("重复的调查答卷", "{groups} 位受访者答卷不止一次（共 {count} 份）"),
        (
            "Duplicate survey responses",
            "{groups} respondent(s) answered more than once ({count} responses)",
        ),
    ),
    "SV_OUT_OF_WINDOW": (
        ("调查日期不在 3 个月期限内", "{count} 份答卷日期不在 {start} 至 {end} 之间"),
        ("Survey response outside the window", "{count} response(s) dated outside {start} – {end}"),
    ),
    "CP_MISSING_FIELD": (
        ("投诉记录链条不完整", "{count} 条投诉记录缺少「{name}」"),
        ("Complaint chain incomplete", "{count} complaint(s) without {name}"),
    ),
    "CP_DUPLICATE_ID": (
        ("投诉编号重复", "{count} 条投诉记录共用 {groups} 个编号"),
        ("Duplicate complaint number", "{count} complaints share {groups} number(s)"),
    ),
    "LIC_CREDIT_CODE_INVALID": (
        (
            "统一社会信用代码无效",
            "营业执照上的统一社会信用代码 {credit_code} 未通过校验（GB 32100-2015）",
        ),
        (
            "Invalid unified social credit code",
            "The licence's credit code {credit_code} fails its check character (GB 32100-2015)",
        ),
    ),
    "LIC_EXPIRED": (
        ("营业执照已过期", "营业期限至 {term_end}，早于申请日 {as_of}"),
        ("Business licence expired", "The licence term ended on {term_end}, before {as_of}"),
    ),
    "LIC_SCOPE_MISMATCH": (
        ("经营范围不覆盖认证范围", "经营范围未涵盖申请认证的「{category}」及其销售/维修/售后服务"),
        (
            "Business scope does not cover the applied scope",
            "The business scope does not name {category} with a sale, repair or after-sales activity",
        ),
    ),
    "LIC_NAME_MISMATCH": (
        ("执照名称与申请人不一致", "营业执照名称「{licence_name}」与申请人「{applicant}」不一致"),
        (
            "Licence name differs from the applicant",
            "The licence names “{licence_name}”, the application “{applicant}”",
        ),
    ),
    "SCOPE_NOT_ELIGIBLE": (
        (
            "认证范围可能不适用",
            "申请范围「{scope}」属于纯服务业（{keyword}），原文认为不适用本认证（可改按 GB/T 24421），请与认证机构确认",
        ),
        (
            "Applied scope may not be eligible",
            "The applied scope “{scope}” is a pure service business ({keyword}); the source article says it is not eligible (GB/T 24421 instead) — confirm with the certification body",
        ),
    ),
    "OCR_LOW_CONFIDENCE": (
        (
            "扫描件文字识别置信度低",
            "{count} 条记录的「{name}」由文字识别（OCR）读出且置信度低，请对照原件人工核对",
        ),
        (
            "Fields read by OCR with low confidence",
            "{count} record(s) with their {name} read by OCR with low confidence: check it by eye against the scan",
        ),
    ),
}

# Where a survey sample count came from when it is not the raw responses (SV_SAMPLE_BELOW_MIN).
SOURCES: dict[str, Pair] = {
    "source.survey_unread": (
        "（在 {files} 中找到满意度调查，但未能读取到任何有效答卷）",
        " (survey found in {files}, 0 responses could be read)",
    ),
    "source.survey_stated": (
        "（未读取到原始问卷，按 {files} 所述样本量计）",
        " (no raw responses read; the sample size stated in {files})",
    ),
}

# A finding's rows come from tables without a column for the field (params "missing_column").
MISSING_COLUMN: Pair = (
    "——原因：表格中没有「{name}」列：{places}",
    " — cause: no column for the {name} among the headers of {places}",
)
# DOC_MISSING beside readable files of unknown kind (params "unplaced"): they may hold it.
UNPLACED: Pair = (
    "——另有 {count} 个文件无法判断类型（{files}），如该材料在其中，可用 preaudit explain 查看其内容",
    " — {count} readable file(s) could not be placed ({files}); if the material is among them, "
    "preaudit explain shows how they were read",
)
UNPLACED_RECORDS: Pair = (
    "，并在 application.toml 的 [columns] 中指明表头对应的字段（preaudit explain --draft-columns 可列出全部表头供填写）",
    ", and application.toml [columns] can name what their headers mean "
    "(preaudit explain --draft-columns lists every header to fill in)",
)
UNPLACED_MATERIAL: Pair = (
    "，并可在 application.toml 的 [documents] 中指明：\"文件路径\" = \"{kind}\"",
    ", and application.toml [documents] can name it: \"path/of/file\" = \"{kind}\"",
)
# SV_STATED_MISMATCH states a sample size or a rate (Chinese sets a space before a number).
SAMPLE_SIZE: Pair = (" {value} 份", "{value} responses")
COUNTED_SAMPLE: Pair = (" {value} 份", "{value}")
RATE: Pair = (" {value:.1%}", "{value:.1%}")

# Readiness gap key -> why a requirement is not verified (checks/readiness.py names the gaps).
GAPS: dict[str, Pair] = {
    "sep": ("；", "; "),
    "wo.unread": (
        "在 {files} 中识别出售后工单，但未能读取到任何工单记录",
        "work orders were recognised in {files}, but no record could be read",
    ),
    "wo.none": ("未找到售后工单", "no work orders were found"),
    "wo.unproven": (
        "{files} 中的记录可能是售后工单，也可能是投诉记录，无法确定，未读取；在 application.toml 的 "
        "[columns] 中指明一列的字段即可确定（见该文件的说明）",
        "the records in {files} may be work orders or complaints and nothing proves which, so "
        "none was read; application.toml [columns] naming one column's field settles it (see "
        "the file's notes)",
    ),
    "wo.nothing_to_check": (
        "未读取到任何工单记录，无法核对",
        "no work-order record was read, so this could not be checked",
    ),
    "sv.stated_only": (
        "仅有 {files} 所述样本量 {stated} 份，未读取到可核对的原始问卷",
        "only the sample size stated in {files} ({stated}); no raw responses were read to "
        "verify it",
    ),
    "sv.unread": ("未读取到任何有效答卷", "no valid survey response could be read"),
    "cp.unread": (
        "在 {files} 中识别出投诉处理台账，但未能读取到任何投诉记录",
        "a complaint ledger was recognised in {files}, but no entry could be read",
    ),
    "cp.none": ("未找到投诉处理台账", "no complaint ledger was found"),
    "cp.unproven": (
        "{files} 中的记录可能是投诉记录，也可能是售后工单，无法确定，未读取；在 application.toml 的 "
        "[columns] 中指明一列的字段即可确定（见该文件的说明）",
        "the records in {files} may be complaints or work orders and nothing proves which, so "
        "none was read; application.toml [columns] naming one column's field settles it (see "
        "the file's notes)",
    ),
    "rt.commitment_silent": (
        "{files} 未写明以小时计的响应时限，application.toml 也未给出 response_hours",
        "the service commitment in {files} states no response time in hours, and "
        "application.toml gives no response_hours",
    ),
    "rt.no_commitment": (
        "未找到承诺的响应时限（application.toml 的 response_hours 或服务承诺公示）",
        "no committed response time was found (application.toml response_hours or a service "
        "commitment)",
    ),
    "rt.untimed": (
        "没有一份工单同时写明报修时间和响应时间",
        "no work order shows both the time reported and the time responded",
    ),
    "lic.unread": (
        "在 {files} 中识别出营业执照，但未能读取其内容",
        "a business licence was recognised in {files}, but its contents could not be read",
    ),
    "lic.none": ("未读取到营业执照", "no business licence was read"),
    "lic.parts": ("营业执照的{parts}未能读取", "the licence's {parts} could not be read"),
    "lic.no_scope": (
        "未给出申请认证范围（application.toml 的 scope），无法核对经营范围",
        "no certification scope applied for (application.toml scope) to check the business "
        "scope against",
    ),
    "part.credit_code": ("统一社会信用代码", "credit code"),
    "part.term": ("营业期限", "term"),
    "part.scope": ("经营范围", "business scope"),
    "part.name": ("名称", "company name"),
    "part.sep": ("、", ", "),
}

# Why a file of the package was not read, as the pipeline finds it (discover: archives and
# their members; isolate: the reading child). Worded in both languages when found, since the
# document keeps both (model/texts.py Reason); the readers word their own (parsers/errors.py).
READER_REASONS: dict[str, Pair] = {
    "not_read": ("未读取", "not read"),
    "archive.unreadable": ("不是可读取的 zip 压缩包", "not a readable zip archive"),
    "archive.too_deep": (
        "压缩包嵌套超过 {depth} 层，不予读取",
        "an archive nested more than {depth} levels deep, not read",
    ),
    "archive.too_many": (
        "压缩包内有 {count} 个文件，超过 {limit} 个的上限",
        "archive holds {count} files, over the {limit} limit",
    ),
    "archive.too_large": (
        "压缩包解压后将达 {size}，超过 {limit} 的上限",
        "archive would inflate to {size}, over the {limit} limit",
    ),
    "archive.overlap": (
        "压缩包内的条目相互重叠（一种已知的压缩炸弹构造）",
        "archive entries overlap (a known zip-bomb construction)",
    ),
    "member.zip_slip": (
        "其路径指向材料包之外（zip slip 路径穿越），不予读取",
        "its path points outside the package (zip slip), not read",
    ),
    "member.duplicate": (
        "压缩包内另有同一路径的文件，仅读取第一个",
        "another file in the archive has the same path; only the first one is read",
    ),
    "member.symlink": ("压缩包内的符号链接，不予读取", "a symbolic link inside the archive, not read"),
    "member.encrypted": (
        "该文件在压缩包内设有密码（已加密），无法读取",
        "the file is encrypted with a password inside the archive",
    ),
    "member.too_large": ("解压后达 {size}，超过 {limit} 的上限", "inflates to {size}, over the {limit} limit"),
    "member.ratio": (
        "压缩比 {ratio}:1，超过 {limit}:1 的上限（疑似压缩炸弹）",
        "compressed {ratio}:1, over the {limit}:1 limit (zip bomb?)",
    ),
    "member.inflates": (
        "解压后超出其声明的大小或材料包总量上限（疑似压缩炸弹）",
        "inflates beyond its declared size or the package budget (zip bomb?)",
    ),
    "member.damaged": (
        "在压缩包内已损坏（压缩数据损坏或压缩方式不受支持）",
        "damaged inside the archive (broken or unsupported compression)",
    ),
    "file.symlink": ("符号链接，不予读取", "a symbolic link, not read"),
    "file.too_large": ("超过 {limit} 的大小上限", "larger than the {limit} limit"),
    "read.nested_too_deep": (
        "文件内部结构嵌套过深，无法读取",
        "its internal structure is nested too deeply",
    ),
    "read.malformed": (
        "文件已损坏或格式异常，无法读取",
        "the file is damaged or malformed and could not be read",
    ),
    "read.memory": (
        "读取该文件所需内存超过 {mib} MiB 的上限",
        "reading it needed more than the {mib} MiB memory limit",
    ),
    "read.wall": (
        "读取耗时超过 {seconds} 秒的时间上限",
        "reading it took longer than the {seconds} s time limit",
    ),
    "read.cpu": (
        "读取占用的 CPU 时间超过 {seconds} 秒的上限",
        "reading it used more than the {seconds} s CPU limit",
    ),
    "read.signal": (
        "读取程序被系统终止（信号 {signal}），很可能是内存不足",
        "the reader was stopped by the system (signal {signal}); likely out of memory",
    ),
    "read.exit": (
        "读取程序意外退出（退出状态 {status}）",
        "the reader stopped unexpectedly (exit status {status})",
    ),
}


def reader_reason(key: str, **params: object) -> Reason:
    """A reason the pipeline gives for a file it did not read, in both languages."""
    zh, en = READER_REASONS[key]
    return Reason(en=en.format(**params), zh=zh.format(**params))


_LISTED = 5  # a message names the first few files, then how many more: short for 5,000 files


def _pick(pair: tuple[T, T], lang: str) -> T:
    return pair[0] if lang == "zh" else pair[1]


def field_name(name: object, lang: str) -> str:
    """A canonical field, or else a document kind, as running text names it; unknown as is."""
    text = str(name)
    pair = FIELD_LABELS.get(text) or KIND_LABELS.get(text)
    return _pick(pair, lang) if pair else text


def kind_name(kind: object, lang: str) -> str:
    pair = KIND_LABELS.get(str(kind))
    return _pick(pair, lang) if pair else str(kind)


def listing(items: Sequence[object]) -> str:
    """The first few items, then how many more."""
    shown = "; ".join(str(item) for item in items[:_LISTED])
    more = len(items) - _LISTED
    return shown + (f"; … (+{more})" if more > 0 else "")


def reason_text(reason: Mapping[str, str] | None, lang: str) -> str | None:
    """A reader's reason, kept in both languages, in ``lang``."""
    return None if reason is None else reason[lang]


def finding_title(code: str, lang: str) -> str:
    return _pick(FINDINGS[code], lang)[0]


def finding_message(finding: FindingDict, lang: str) -> str:
    params = finding["params"]
    message = _pick(FINDINGS[finding["code"]], lang)[1].format(**_words(finding, lang))
    missing, unplaced = params.get("missing_column"), params.get("unplaced")
    if missing:
        message += _missing_column_text(missing, lang)
    if unplaced:
        message += _pick(UNPLACED, lang).format(count=len(unplaced["files"]),
                                               files=listing(unplaced["files"]))
        message += _pick(UNPLACED_RECORDS, lang) if unplaced["records"] else ""
        if unplaced.get("nameable"):
            message += _pick(UNPLACED_MATERIAL, lang).format(kind=finding["field"])
    return message


def _words(finding: FindingDict, lang: str) -> dict[str, Any]:
    """The params as the message template shows them in ``lang``."""
    words = dict(finding["params"])
    for key, value in finding["params"].items():
        if key == "name":
            words[key] = field_name(value, lang)
        elif key == "kind":
            words[key] = kind_name(value, lang)
        elif key == "files":
            words[key] = listing(value)
        elif key == "details":
            words[key] = listing([f"{d['file']}: {reason_text(d['reason'], lang)}" for d in value])
        elif key == "source":
            words[key] = _source_text(value, lang)
    if finding["code"] == "SV_STATED_MISMATCH":
        words.update(_stated_words(finding, lang))
    return words


def _source_text(source: Mapping[str, Any] | None, lang: str) -> str:
    if not source:
        return ""
    return _pick(SOURCES[source["key"]], lang).format(files=listing(source["params"]["files"]))


def _stated_words(finding: FindingDict, lang: str) -> dict[str, str]:
    stated, actual = finding["params"]["stated"], finding["params"]["actual"]
    if finding["field"] == "satisfaction_rate":
        rate = _pick(RATE, lang)
        return {"stated": rate.format(value=stated), "actual": rate.format(value=actual)}
    return {
        "stated": _pick(SAMPLE_SIZE, lang).format(value=stated),
        "actual": _pick(COUNTED_SAMPLE, lang).format(value=actual),
    }


def _missing_column_text(missing: Mapping[str, Any], lang: str) -> str:
    places = "; ".join(f"{cause['where']} ({cause['headers']})" for cause in missing["tables"])
    name = field_name(missing["field"], lang)
    return _pick(MISSING_COLUMN, lang).format(name=name, places=places)


def gap_text(item: Gap, lang: str) -> str:
    params = dict(item["params"])
    if "files" in params:
        params["files"] = listing(params["files"])  # type: ignore[arg-type]
    if "parts" in params:
        names = [_pick(GAPS[f"part.{part}"], lang) for part in params["parts"]]  # type: ignore[attr-defined]
        params["parts"] = _pick(GAPS["part.sep"], lang).join(names)
    return _pick(GAPS[item["key"]], lang).format(**params)


def readiness_reason(entry: ReadinessEntry, lang: str) -> str | None:
    if not entry["gaps"]:
        return None
    return _pick(GAPS["sep"], lang).join(gap_text(item, lang) for item in entry["gaps"])


def localise(report: Report, lang: str) -> Report:
    """Word every human-facing text of ``report`` in ``lang`` (in place; returned for chaining).

    Only the texts change: codes, params, evidence, states and numbers stay as they are.
    """
    report["lang"] = lang
    for finding in report["findings"]:
        finding["title"] = finding_title(finding["code"], lang)
        finding["message"] = finding_message(finding, lang)
    for entry in report["readiness"]:
        entry["reason"] = readiness_reason(entry, lang)
    for document in report["documents"]:
        document["error"] = _document_error(document, lang)
        if "notes_text" in document:  # absent in report.json written before notes were worded
            document["notes"] = [text[lang] for text in document["notes_text"]]  # type: ignore[literal-required]
    return report


def _document_error(document: DocumentDict, lang: str) -> str | None:
    return reason_text(document["reason_text"], lang)  # type: ignore[arg-type]


class NotRenderable(ValueError):
    """The JSON is not a report.json this version can word again (too old, or not one)."""


def rerender(data: object, lang: str) -> Report:
    """A report.json read back, worded in ``lang``: the same findings, the other language.

    Nothing is re-computed: every text is rebuilt from the codes, params, gaps and reader
    reasons the report keeps, so findings, evidence, states and numbers stay as they were.
    """
    if lang not in LANGS:
        raise NotRenderable(f"unknown language {lang!r} (one of {', '.join(LANGS)})")
    if not isinstance(data, dict) or data.get("schema_version") != "1":
        raise NotRenderable("not a preaudit report.json (schema_version 1)")
    try:
        return localise(data, lang)  # type: ignore[arg-type]
    except (KeyError, TypeError, ValueError, IndexError, AttributeError) as exc:
        raise NotRenderable(
            "this report.json lacks the codes and parameters to re-word it "
            f"(written by an older preaudit?): {type(exc).__name__} {exc}"
        ) from exc
