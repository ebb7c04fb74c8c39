"""Words with one meaning everywhere: parsers read them, checks judge them.

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


def phone_digits(text: str) -> str:
    """A phone number as its bare characters: separators and the +86/0086/86 prefix removed.

    Mask characters ('*') stay, so a masked number stays recognisably masked. The one rule
    parsers (normalising cells), checks (comparing and validating) and reports (masking) share.
    """
    digits = _PHONE_SEPARATORS.sub("", text)
    for prefix in _COUNTRY_PREFIXES:
        if digits.startswith(prefix):
            return digits[len(prefix) :]
    if len(digits) == 13 and digits.startswith("86"):
        return digits[2:]
    return digits
