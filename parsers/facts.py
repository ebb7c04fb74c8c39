"""Document kinds and document-level facts read from running text.

Kinds are told from the title area (the first ~300 characters of each page or body) so a
policy that merely mentions 服务网点 in its chapter 7 does not count as the outlet list.
Facts are the numbers the checks compare: licence data, survey report figures, committed
response hours.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from preaudit.model.records import DocKind, RawDocument, TextBlock
from preaudit.parsers.normalise import cn_numerals_to_digits, parse_timestamp, to_halfwidth

_HEAD_CHARS = 300

# Title phrases per kind, most specific first. Record kinds also come from their tables.
KIND_PHRASES: dict[DocKind, tuple[str, ...]] = {
    DocKind.SERVICE_POLICY: (
        "售后服务管理制度", "售后服务制度", "服务管理制度", "售后服务管理办法",
        "售后服务管理规定", "售后服务管理规范",
    ),
    DocKind.SERVICE_PROCESS: (
        "服务流程手册", "售后服务流程", "服务流程", "服务作业指导书", "服务规范手册",
    ),
    DocKind.JOB_DESCRIPTIONS: ("岗位说明书", "岗位职责", "职位说明书", "岗位说明"),
    DocKind.STAFF_TRAINING: (
        "培训记录", "培训证明", "人员名单及培训", "培训签到", "培训计划", "培训证书",
        "培训档案", "培训考核", "售后人员名单", "服务人员名单", "持证上岗",
    ),
    DocKind.EQUIPMENT_LIST: (
        "维修设备清单", "设备清单", "维修工具清单", "检测设备清单", "设备台账", "工具清单",
        "仪器设备一览表", "维修设备一览表",
    ),
    DocKind.SERVICE_OUTLETS: ("服务网点", "维修网点", "售后网点", "网点清单", "网点一览表"),
    DocKind.ORG_CHART: ("组织架构图", "组织机构图", "组织架构", "组织结构图", "组织机构"),
    DocKind.SERVICE_COMMITMENT: ("服务承诺", "售后承诺", "承诺书"),
    DocKind.SATISFACTION_SURVEY: (
        "满意度调查报告", "满意度调查", "满意度测评", "满意度分析", "满意度统计",
        "满意度回访", "回访记录表", "顾客满意度",
    ),
    DocKind.COMPLAINT_LEDGER: (
        "投诉处理台账", "投诉登记", "投诉处理记录", "投诉台账", "投诉处理表", "投诉记录",
        "投诉处理登记", "投诉(建议)处理", "投诉建议处理",
    ),
    DocKind.WORK_ORDERS: (
        "售后服务工单", "维修工单", "服务工单", "维修服务单", "派工单", "报修单", "维修记录表",
        "服务记录表", "现场服务反馈单", "工单台账", "工单明细",
    ),
}

_CREDIT_CODE = re.compile(r"[0-9A-HJ-NPQRTUWXY]{18}")
_LICENCE_LABELS = (
    "统一社会信用代码", "名称", "类型", "法定代表人", "负责人", "经营者", "注册资本",
    "成立日期", "营业期限", "住所", "经营场所", "经营范围", "登记机关", "登记日期",
    "组成形式", "国家企业信用信息公示系统",
)
# Scope text can hold common words like 类型 or 名称, so it ends only at distinctive labels.
_SCOPE_STOPS = (
    "登记机关", "住所", "经营场所", "营业期限", "成立日期", "注册资本", "法定代表人",
    "登记日期", "国家企业信用信息公示系统", "统一社会信用代码",
)
_LONG_TERM = ("长期", "永久", "无固定期限", "不约定期限")
_INLINE_SPACE = re.compile(r"[ \t\u3000\xa0]+")


def _compact(text: str) -> str:
    """Half-width, no spaces inside lines (CJK PDFs space characters out)."""
    return _INLINE_SPACE.sub("", to_halfwidth(text))


def _with_digits(text: str) -> str:
    """Chinese numerals as digits, for numbers only: labels like 统一社会信用代码 hold 一 too."""
    return cn_numerals_to_digits(text)


# ---------------------------------------------------------------- kinds


_TITLE_LINES = 3  # a title may sit under a company name or a document number
_TITLE_MAX_CHARS = 40
_SENTENCE_END = ("。", ";", "；", ",", "，")
# Chapter headings (三、满意度调查 / 第五章 投诉处理) name topics of a document, not the document.
_CHAPTER = re.compile(r"^(第.{1,3}[章节条部分]|[一二三四五六七八九十]+[、.]|\d+(\.\d+)*[、.\s]|\()")


def title_lines(text: str) -> list[str]:
    """The title-like lines heading a page or body: short, not a sentence, not a chapter."""
    lines = [line for line in _compact(text[: _HEAD_CHARS * 2]).splitlines() if line]
    return [
        line
        for line in lines[:_TITLE_LINES]
        if len(line) <= _TITLE_MAX_CHARS
        and not line.endswith(_SENTENCE_END)
        and not _CHAPTER.match(line)
    ]


def text_kinds(texts: list[TextBlock], titles: list[str]) -> set[str]:
    """DocKind values named by the title lines of a page/body or by a table's title.

    Only titles count: page 2 of a policy that starts mid-sentence about 满意度调查 must not
    make the file a survey (it would hide a missing survey).
    """
    found: set[str] = set()
    heads = [line for block in texts for line in title_lines(block.text)]
    heads += [_compact(title) for title in titles]
    for head in heads:
        for kind, phrases in KIND_PHRASES.items():
            if any(phrase in head for phrase in phrases):
                found.add(kind.value)
    for block in texts:
        if _is_licence(block.text):
            found.add(DocKind.BUSINESS_LICENSE.value)
    return found


def _is_licence(text: str) -> bool:
    compact = _compact(text)
    return "营业执照" in compact[: _HEAD_CHARS] and _credit_code(compact) is not None


# ---------------------------------------------------------------- facts


def text_facts(doc: RawDocument, kinds: set[str]) -> dict[str, dict[str, object]]:
    facts: dict[str, dict[str, object]] = {}
    licence = _licence_facts(doc)
    if licence is not None:
        facts["business_license"] = licence
    if DocKind.SATISFACTION_SURVEY.value in kinds:
        report = survey_report_facts(doc.full_text)
        if report is not None:
            facts["survey_report"] = {**report, "_file": doc.file}
    if DocKind.SERVICE_COMMITMENT.value in kinds:
        hours = response_hours(doc.full_text)
        if hours is not None:
            facts["service_commitment"] = {"response_hours": hours, "_file": doc.file}
    return facts


def _licence_facts(doc: RawDocument) -> dict[str, object] | None:
    for block in doc.texts:
        if _is_licence(block.text):
            return {**licence_facts(block.text), "_file": doc.file, "_page": block.page}
    return None


def licence_facts(text: str) -> dict[str, object]:
    """name, credit_code, scope, term_text, term_start, term_end, long_term of a licence."""
    compact = _compact(text)
    term_text = _labelled(compact, "营业期限") or ""
    start, end = _term_dates(term_text)
    return {
        "name": _licence_name(compact),
        "credit_code": _credit_code(compact),
        "scope": _labelled(compact, "经营范围", stops=_SCOPE_STOPS),
        "term_text": term_text,
        "term_start": start,
        "term_end": end,
        "long_term": any(word in term_text for word in _LONG_TERM),
    }


_NAME_LABELS = ("名称", "企业名称", "公司名称", "市场主体名称", "单位名称")


def _licence_name(compact: str) -> str | None:
    """The company name after 名称 (or 企业名称 …, which the plain label's guard would miss)."""
    for label in _NAME_LABELS:
        pattern = re.compile(rf"(?<![\u4e00-\u9fff]){label}[:：]?")
        if pattern.search(compact):
            return _labelled(compact, label)
    return None


def _credit_code(compact: str) -> str | None:
    """The 18-character code written after 统一社会信用代码 (tolerating a label in between)."""
    at = compact.find("统一社会信用代码")
    if at < 0:
        return None
    window = compact[at + len("统一社会信用代码"): at + len("统一社会信用代码") + 60]
    match = _CREDIT_CODE.search(window.replace("\n", "").upper())
    return match.group() if match else None


def _labelled(compact: str, label: str, stops: tuple[str, ...] = ()) -> str | None:
    """The text after ``label`` up to the next label; without ``stops``, also the line end."""
    pattern = re.compile(rf"(?<![\u4e00-\u9fff]){label}[:：]?")
    match = pattern.search(compact)
    if not match:
        return None
    rest = compact[match.end():]
    if not stops:
        rest = rest.split("\n", 1)[0]
    others = [other for other in (stops or _LICENCE_LABELS) if other != label]
    stop = re.search("|".join(map(re.escape, others)), rest)
    value = (rest[: stop.start()] if stop else rest).replace("\n", "").strip(" :：;；")
    return value or None


def _term_dates(term_text: str) -> tuple[str | None, str | None]:
    dates = [stamp.date().isoformat() for stamp in _all_dates(term_text)]
    start = dates[0] if dates else None
    if any(word in term_text for word in _LONG_TERM):
        return start, None
    return start, dates[1] if len(dates) > 1 else None


_FULL_DATE = re.compile(r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?")


def _all_dates(text: str) -> list:
    stamps = [parse_timestamp(match.group())[0] for match in _FULL_DATE.finditer(text)]
    return [stamp for stamp in stamps if stamp is not None]


# ---------------------------------------------------------------- survey report

_COUNTS = {
    "distributed": re.compile(r"发放[^\d\n，。,;；]{0,10}?(?<![\d.])(\d+)\s*份"),
    "returned": re.compile(r"回收[^\d\n，。,;；]{0,10}?(?<![\d.])(\d+)\s*份"),
    "valid": re.compile(r"有效[^\d\n，。,;；]{0,8}?(?<![\d.])(\d+)\s*份"),
}
_SAMPLE = re.compile(r"样本(?:量|数|数量|总数)[^\d\n]{0,6}?(\d+)\s*(?:份|个|人)?")
_RATE_OVERALL = re.compile(
    r"(?:总体|整体|综合|平均)?满意(?:度|率)[^\d\n%]{0,12}?(\d+(?:\.\d+)?)\s*%"
)
_PERIOD_LABEL = re.compile(r"调查(?:时间|周期|期间|日期|时段)")
_PERIOD_DAYS = re.compile(
    r"(\d{4})[年./-](\d{1,2})[月./-](\d{1,2})日?\s*(?:至|到|~|—|–|-)+\s*"
    r"(?:(\d{4})[年./-])?(?:(\d{1,2})[月./-])?(\d{1,2})日?"
)
_PERIOD_MONTHS = re.compile(
    r"(\d{4})[年./-](\d{1,2})月?\s*(?:至|到|~|—|–|-)+\s*(?:(\d{4})[年./-])?(\d{1,2})月"
)


def survey_report_facts(text: str) -> dict[str, object] | None:
    """Stated sample counts, satisfaction rate and survey period; None if nothing is stated."""
    compact = _compact(text)
    facts: dict[str, object] = {
        name: _first_int(pattern, compact) for name, pattern in _COUNTS.items()
    }
    if facts["valid"] is None and facts["returned"] is None:
        facts["valid"] = _first_int(_SAMPLE, compact)
    rate = _RATE_OVERALL.search(compact)
    # Rounded: 96.4 % is 0.964, not 0.9640000000000001 (the stated figure, exactly).
    facts["rate"] = round(float(rate.group(1)) / 100, 6) if rate else None
    facts["period_start"], facts["period_end"] = survey_period(compact)
    if all(value is None for value in facts.values()):
        return None
    return facts


def _first_int(pattern: re.Pattern[str], text: str) -> int | None:
    match = pattern.search(text)
    return int(match.group(1)) if match else None


def survey_period(text: str) -> tuple[str | None, str | None]:
    """ISO start and end of the survey period, from the text after 调查时间/周期/期间."""
    compact = _with_digits(_compact(text))
    label = _PERIOD_LABEL.search(compact)
    if not label:
        return None, None
    window = compact[label.end(): label.end() + 60]
    days = _PERIOD_DAYS.search(window)
    if days:
        return _period_from_days(days)
    months = _PERIOD_MONTHS.search(window)
    if months:
        return _period_from_months(months)
    return None, None


def _period_from_days(match: re.Match[str]) -> tuple[str | None, str | None]:
    y1, m1, d1, y2, m2, d2 = match.groups()
    try:
        start = date(int(y1), int(m1), int(d1))
        end = date(int(y2 or y1), int(m2 or m1), int(d2))
    except ValueError:
        return None, None
    return start.isoformat(), end.isoformat()


def _period_from_months(match: re.Match[str]) -> tuple[str | None, str | None]:
    y1, m1, y2, m2 = match.groups()
    try:
        start = date(int(y1), int(m1), 1)
        year, month = int(y2 or y1), int(m2)
        end = date(year, month, calendar.monthrange(year, month)[1])
    except ValueError:
        return None, None
    return start.isoformat(), end.isoformat()


# ---------------------------------------------------------------- service commitment

_DURATION = re.compile(r"(?<![\d.月])(\d+(?:\.\d+)?)\s*(个工作日|个小时|小时|分钟|天|日|h|H)")
_RESPONSE_WORDS = re.compile(r"响应|上门|到达|到场|赶到|抵达")
_TIED_CHARS = 12  # how far a duration and its 响应/上门 word may sit apart in one clause
_CLAUSE_END = re.compile(r"[，。；;,\n、]")


def response_hours(text: str) -> float | None:
    """Committed response hours: the largest duration tied to 响应/上门/到达.

    "2小时内响应、24小时内上门" gives 24: the on-site commitment is what a work order's
    responded_at (上门时间) is measured against. Days count 24 hours.
    """
    compact = _with_digits(_compact(text))
    hours: list[float] = []
    for match in _DURATION.finditer(compact):
        if _tied_to_response(compact, match):
            hours.append(_to_hours(float(match.group(1)), match.group(2)))
    return max(hours) if hours else None


def _tied_to_response(text: str, match: re.Match[str]) -> bool:
    """The response word is in the same clause, just after or just before the duration."""
    after = _CLAUSE_END.split(text[match.end(): match.end() + _TIED_CHARS], maxsplit=1)[0]
    before = _CLAUSE_END.split(text[max(0, match.start() - _TIED_CHARS): match.start()])[-1]
    return bool(_RESPONSE_WORDS.search(after) or _RESPONSE_WORDS.search(before))


def _to_hours(number: float, unit: str) -> float:
    if unit in ("天", "日", "个工作日"):
        return number * 24
    if unit == "分钟":
        return number / 60
    return number
