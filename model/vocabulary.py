"""Words with one meaning everywhere: parsers read them, checks judge them, reports name them.

Keep each list here only, so a reader that recognises a band column (满意 / 一般 / 不满意) and
the check that counts satisfied responses can never disagree about a word.
"""

from __future__ import annotations

import re

# Overall ratings that count as satisfied (findings.md: 非常满意 / 满意 / 比较满意 / 较满意) …
SATISFIED_WORDS = frozenset({"非常满意", "很满意", "十分满意", "满意", "比较满意", "较满意"})
# … and those that are ratings but do not (一般, 基本满意 and below).
UNSATISFIED_WORDS = frozenset(
    {"一般", "基本满意", "不满意", "不太满意", "较不满意", "比较不满意", "非常不满意", "很不满意"}
)
RATING_WORDS = SATISFIED_WORDS | UNSATISFIED_WORDS
# The same steps as English exports write them (a survey tool's Very Satisfied … Very
# Dissatisfied): each is the Chinese step it translates, so it counts as that step does
# (decision 399). Compared lower-cased, inner spaces collapsed.
ENGLISH_RATING_WORDS = {
    "very satisfied": "非常满意", "extremely satisfied": "非常满意",
    "completely satisfied": "非常满意", "satisfied": "满意", "somewhat satisfied": "比较满意",
    "fairly satisfied": "比较满意", "quite satisfied": "比较满意", "mostly satisfied": "比较满意",
    "neutral": "一般", "neither satisfied nor dissatisfied": "一般",
    "somewhat dissatisfied": "不太满意", "dissatisfied": "不满意", "unsatisfied": "不满意",
    "not satisfied": "不满意", "very dissatisfied": "非常不满意",
    "extremely dissatisfied": "非常不满意", "very unsatisfied": "非常不满意",
    # the answer to a yes-or-no question (Satisfied (Y/N): Yes), as 是否满意 is answered 是 or
    # 否: a flag, no step of a scale, read as the Chinese answer is (decision 455)
    "yes": "是", "no": "否",
}
_INNER_SPACE = re.compile(r"\s+")


def rating_word(text: str) -> str:
    """The rating step a cell names: an English step as its Chinese one (Very Satisfied →
    非常满意), any other text as it is."""
    return ENGLISH_RATING_WORDS.get(_INNER_SPACE.sub(" ", text.strip().lower()), text)


# findings.md: "Placeholder values such as —, /, 无, 待补, N/A count as empty". Readers keep them
# as values but let any real value win over them; checks count them as empty. One list, so a
# column pair ['待补', '冰箱不制冷'] can never give the checks '待补'.
PLACEHOLDERS = frozenset(
    {
        "", "-", "--", "—", "——", "–", "/", "\\", "无", "暂无", "待补", "待填", "待定",
        "n/a", "na", "null", "none", "nan", "空", "略", "?", "？", "x", "×",
    }
)
# "未签 counts as no signature" (findings.md).
NOT_SIGNED = frozenset({"未签", "未签字", "未签名", "未确认", "拒签"})

# Separators people type inside a phone number: spaces, hyphens, brackets (both widths), dots.
_PHONE_SEPARATORS = re.compile(r"[\s\-()（）.]")
_COUNTRY_PREFIXES = ("+86", "0086")
_MOBILE_DIGITS = re.compile(r"^1[3-9]\d{9}$")
# 0 + a 2-3 digit area code + a 7-8 digit local number starting 2-9 (records-in-practice 3.2).
_LANDLINE_DIGITS = re.compile(r"^0\d{2,3}[2-9]\d{6,7}$")
# Several numbers in one cell ("138…/139…", "138…、021-…"): split with the separators kept.
PHONE_LIST_SEPARATORS = re.compile(r"(\s*[/、,，;；|]\s*|\s{2,})")
# An extension after a landline (区号-号码-分机): 转801, 分机801, ext.801, x801, #801, or a third
# dashed group after the area code and the local number (010-88568888-6603).
_EXTENSION_MARK = re.compile(r"\s*(?:转|分机|ext\.?|x|#)\s*(\d{1,6})$", re.IGNORECASE)
_DASHED_EXTENSION = re.compile(r"^(\(?0\d{2,3}\)?[-\s]+[2-9]\d{6,7})[-\s]+(\d{1,6})$")


def phone_digits(text: str) -> str:
    """A phone number as its bare characters: separators and the +86/0086/86 prefix removed.

    Mask characters ('*') stay, so a masked number stays recognisably masked. A landline
    written internationally (+86 10 8856 8888) gets its trunk 0 back (01088568888). The one
    rule parsers (normalising cells), checks (comparing and validating) and reports (masking)
    share.
    """
    digits = _PHONE_SEPARATORS.sub("", text)
    for prefix in _COUNTRY_PREFIXES:
        if digits.startswith(prefix):
            return _domestic(digits[len(prefix) :])
    if len(digits) == 13 and digits.startswith("86"):
        return digits[2:]
    return digits


def _domestic(number: str) -> str:
    """After +86 comes a mobile or an area code without its trunk 0."""
    if _MOBILE_DIGITS.match(number) or not number.isdigit():
        return number
    return "0" + number if _LANDLINE_DIGITS.match("0" + number) else number


def split_extension(text: str) -> tuple[str, str]:
    """(the number, its extension or ""): only a landline has one, so a masked or short
    number (138xxxx8000, 138-0013-8000) is never cut."""
    if mark := _EXTENSION_MARK.search(text):
        main, extension = text[: mark.start()], mark.group(1)
    elif dashed := _DASHED_EXTENSION.match(text.strip()):
        main, extension = dashed.group(1), dashed.group(2)
    else:
        return text, ""
    return (main, extension) if _LANDLINE_DIGITS.match(phone_digits(main)) else (text, "")


def is_plausible_phone_number(text: str) -> bool:
    """A mainland mobile or a landline (with or without an extension), or a cell of several
    numbers of which one is: a number that can be called (findings.md WO_INVALID_PHONE)."""
    parts = PHONE_LIST_SEPARATORS.split(text)[::2]  # the separators sit at odd indices
    for part in parts:
        digits = phone_digits(split_extension(part)[0])
        if _MOBILE_DIGITS.match(digits) or _LANDLINE_DIGITS.match(digits):
            return True
    return False


# The canonical fields and document kinds as people name them: (Chinese, English in running
# text). Reports use them in sentences and, capitalised, as column and list labels; the
# identifiers themselves are model/records.py's.
FIELD_LABELS: dict[str, tuple[str, str]] = {
    "record_id": ("编号", "number"),
    "customer_name": ("客户姓名", "customer name"),
    "customer_phone": ("客户电话", "customer phone"),
    "customer_address": ("客户地址", "customer address"),
    "product": ("产品", "product"),
    "issue": ("问题描述", "issue description"),
    "resolution": ("处理结果", "resolution"),
    "reported_at": ("报修时间", "time reported"),
    "responded_at": ("响应时间", "time responded"),
    "completed_at": ("完成时间", "time completed"),
    "technician": ("维修人员", "technician"),
    "signature": ("客户签字", "customer signature"),
    "respondent": ("受访人", "respondent"),
    "respondent_phone": ("受访人电话", "respondent phone"),
    "surveyed_at": ("调查日期", "survey date"),
    "overall": ("总体评价", "overall rating"),
    "received_at": ("受理时间", "time received"),
    "reason": ("投诉原因", "complaint reason"),
    "handling": ("处理过程", "handling"),
    "feedback": ("客户反馈", "customer feedback"),
    "closed_at": ("结案时间", "time closed"),
    "sample_size": ("样本量", "sample size"),
    "satisfaction_rate": ("满意度", "satisfaction rate"),
    "date": ("报修或完成日期", "report or completion date"),  # reported_at, else completed_at
}
KIND_LABELS: dict[str, tuple[str, str]] = {
    # Document kinds (model/records.py DocKind) …
    "business_license": ("营业执照", "business licence"),
    "service_policy": ("售后服务管理制度", "after-sales service policy"),
    "service_process": ("服务流程手册", "service process manual"),
    "job_descriptions": ("岗位说明书", "job descriptions"),
    "staff_training": ("售后人员名单及培训证明", "staff list and training records"),
    "equipment_list": ("维修设备清单", "repair equipment list"),
    "service_outlets": ("服务网点清单", "service outlets list"),
    "org_chart": ("组织架构图", "organisation chart"),
    "service_commitment": ("服务承诺公示", "published service commitment"),
    "work_orders": ("售后工单", "after-sales work orders"),
    "satisfaction_survey": ("客户满意度调查", "customer satisfaction survey"),
    "complaint_ledger": ("投诉处理台账", "complaint ledger"),
    # … look-alikes and what a file can also be recognised as …
    "sales_ledger": ("销售台账", "sales ledger"),
    "callback_report": ("回访统计报告", "callback report"),
    "praise_ledger": ("表扬登记", "praise register"),
    "maintenance_plan": ("保养计划", "maintenance plan"),
    "evaluation_report": ("服务统计考核报告", "service statistics or evaluation report"),
    "contact_list": ("联系人名单", "contact list"),
    "other": ("其他资料（非所列资料、非记录）", "other document (no material, no records)"),
    "unproven_records": ("类型未能确定的记录", "records of unproven kind"),  # decision 220
    # … and the record kinds (RecordKind).
    "survey_responses": ("满意度调查问卷", "survey responses"),
    "survey_report": ("满意度调查报告", "survey report"),
    "complaints": ("投诉记录", "complaint entries"),
}
