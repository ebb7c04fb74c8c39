"""Business licence and scope rules (findings.md "Business licence and scope")."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from datetime import date

from preaudit.checks.context import CheckContext
from preaudit.checks.evidence import make_finding
from preaudit.checks.registry import check
from preaudit.model.evidence import Evidence
from preaudit.model.findings import Finding

CREDIT_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"  # GB 32100-2015: 31 symbols, no I O Z S V
CREDIT_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)

# Goods categories, each with the words that name it in a scope text. The first group that
# the applied scope names is what the licence must cover.
GOODS_CATEGORIES: tuple[tuple[str, ...], ...] = (
    ("家用电器", "家电", "电器"),
    ("空调", "制冷设备"),
    ("电子产品", "数码产品", "电子设备"),
    ("手机", "通讯设备", "通信设备"),
    ("计算机", "电脑", "办公设备"),
    ("汽车", "机动车", "整车"),
    ("摩托车", "电动车", "自行车"),
    ("家具",),
    ("建材", "建筑材料", "装饰材料"),
    ("卫浴", "洁具"),
    ("灯具", "照明"),
    ("五金", "机电"),
    ("电梯",),
    ("机械设备", "机械"),
    ("仪器仪表", "仪器", "仪表"),
    ("医疗器械",),
    ("厨具", "厨房用品", "燃气灶具"),
    ("门窗",),
    ("净水器", "水处理设备"),
    ("安防设备", "监控设备"),
)
ACTIVITIES = (
    "销售",
    "批发",
    "零售",
    "维修",
    "修理",
    "安装",
    "售后服务",
    "售后",
    "保养",
    "技术服务",
)
PURE_SERVICES = (
    "餐饮",
    "家政",
    "保洁",
    "月嫂",
    "养老",
    "美容",
    "美发",
    "美甲",
    "洗浴",
    "足浴",
    "住宿",
    "酒店",
    "旅游",
    "旅行社",
    "物业",
    "培训",
    "教育",
    "婚庆",
    "摄影",
    "健身",
    "快递",
    "搬家",
)


def credit_code_valid(code: str) -> bool:
    code = code.strip().upper()
    if len(code) != 18 or any(ch not in CREDIT_CHARSET for ch in code):
        return False
    total = sum(CREDIT_CHARSET.index(ch) * w for ch, w in zip(code, CREDIT_WEIGHTS, strict=False))
    return code[17] == CREDIT_CHARSET[(31 - total % 31) % 31]


def normalise_name(name: str) -> str:
    """White space removed, full- and half-width unified (findings.md)."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", name))


def category_named(scope: str) -> tuple[str, ...] | None:
    return next((group for group in GOODS_CATEGORIES if any(w in scope for w in group)), None)


def scope_covers(licence_scope: str, applied_scope: str) -> bool:
    """The licence names the applied goods category and an activity for it."""
    category = category_named(applied_scope)
    if category is None:
        return True  # nothing to match on: eligibility is SCOPE_NOT_ELIGIBLE's question
    text = normalise_name(licence_scope)
    return any(w in text for w in category) and any(a in text for a in ACTIVITIES)


def _licence_evidence(fact: dict[str, object]) -> list[Evidence]:
    page = fact.get("_page")
    return [Evidence(file=str(fact.get("_file")), page=page if isinstance(page, int) else None)]


def _text(fact: dict[str, object], key: str) -> str:
    value = fact.get(key)
    return str(value).strip() if value else ""


@check("LIC_CREDIT_CODE_INVALID")
def credit_code_invalid(ctx: CheckContext) -> Iterable[Finding]:
    fact = ctx.first_fact("business_license")
    code = _text(fact, "credit_code") if fact else ""
    if not fact or not code or credit_code_valid(code):
        return []
    return [
        make_finding(
            ctx, "LIC_CREDIT_CODE_INVALID", evidence=_licence_evidence(fact), credit_code=code
        )
    ]


def term_end(fact: dict[str, object]) -> date | None:
    """The last day of the licence term as read; None when unread or unparseable."""
    try:
        return date.fromisoformat(str(fact.get("term_end"))[:10])
    except ValueError:
        return None


@check("LIC_EXPIRED")
def expired(ctx: CheckContext) -> Iterable[Finding]:
    fact = ctx.first_fact("business_license")
    if not fact or fact.get("long_term"):
        return []
    term_end_day = term_end(fact)
    if term_end_day is None or term_end_day >= ctx.as_of:
        return []
    return [
        make_finding(
            ctx,
            "LIC_EXPIRED",
            evidence=_licence_evidence(fact),
            term_end=term_end_day.isoformat(),
            as_of=ctx.as_of.isoformat(),
        )
    ]


@check("LIC_SCOPE_MISMATCH")
def scope_mismatch(ctx: CheckContext) -> Iterable[Finding]:
    fact = ctx.first_fact("business_license")
    applied = ctx.manifest.scope or ""
    licence_scope = _text(fact, "scope") if fact else ""
    if not fact or not applied or not licence_scope or scope_covers(licence_scope, applied):
        return []
    category = category_named(applied) or ("",)
    return [
        make_finding(
            ctx, "LIC_SCOPE_MISMATCH", evidence=_licence_evidence(fact), category=category[0]
        )
    ]


@check("LIC_NAME_MISMATCH")
def name_mismatch(ctx: CheckContext) -> Iterable[Finding]:
    fact = ctx.first_fact("business_license")
    applicant = ctx.manifest.applicant or ""
    name = _text(fact, "name") if fact else ""
    if not fact or not applicant or not name or normalise_name(name) == normalise_name(applicant):
        return []
    return [
        make_finding(
            ctx,
            "LIC_NAME_MISMATCH",
            evidence=_licence_evidence(fact),
            licence_name=name,
            applicant=applicant,
        )
    ]


@check("SCOPE_NOT_ELIGIBLE")
def scope_not_eligible(ctx: CheckContext) -> Iterable[Finding]:
    applied = ctx.manifest.scope or ""
    if not applied or category_named(applied) is not None:
        return []
    keyword = next((w for w in PURE_SERVICES if w in applied), None)
    if keyword is None:
        return []
    return [make_finding(ctx, "SCOPE_NOT_ELIGIBLE", scope=applied, keyword=keyword)]
