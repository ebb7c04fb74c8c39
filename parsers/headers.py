"""Header synonyms: the one table that maps real-world column headers to canonical fields.

To teach preaudit a new header (报修人 -> customer_name), add it to SYNONYMS below. Within a
field, earlier synonyms win: when a table has two columns for one field, each row takes the
first non-empty value in this order (complaint reason: 原因分析 before 投诉内容).
Sources: spec/README.md and reference/records-in-practice.md §2.1-2.3.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from functools import lru_cache

from preaudit.model.records import FREE_TEXT_FIELDS, TIMESTAMP_FIELDS, RecordKind
from preaudit.parsers.english import is_english, to_chinese
from preaudit.parsers.hanzi_forms import simplified
from preaudit.parsers.meaning import bigram_similarity, field_scores, is_composed, read_label

WO, SV, CP = RecordKind.WORK_ORDER, RecordKind.SURVEY_RESPONSE, RecordKind.COMPLAINT

SYNONYMS: dict[RecordKind, dict[str, tuple[str, ...]]] = {
    WO: {
        "record_id": (
            "工单编号", "工单号", "服务单号", "服务单编号", "维修单号", "维修编号", "维修单编号",
            "报修单号", "报修单编号", "派工单号", "派工单编号", "单号", "单据编号", "工单ID",
            "送修批号", "批次号", "服务编号", "服务单编码", "工单编码", "维修单据号", "编号",
        ),
        "customer_name": (
            "客户姓名", "客户名称", "客户", "用户姓名", "用户名称", "用户", "顾客姓名", "顾客",
            "报修人", "报修人姓名", "报修客户", "送修单位", "用户单位", "单位名称", "申请人",
            "申请人姓名", "反馈人", "反馈人姓名", "联系人", "上报人", "客户名称/单位", "姓名",
            "用户名", "客户单位", "报修单位", "使用单位", "户名",
        ),
        "customer_phone": (
            "联系电话", "客户电话", "客户联系电话", "客户手机", "用户电话", "手机", "手机号",
            "手机号码", "报修人电话", "报修人手机", "报修电话", "上报电话", "反馈人联系方式",
            "联系方式", "电话", "联系人电话", "电话号码", "联系手机", "用户手机", "客户手机号",
            "报修人联系方式", "移动电话",
        ),
        "customer_address": (
            "客户地址", "服务地址", "服务地点", "报修地址", "安装地址", "上门地址", "用户地址",
            "详细地址", "地址", "客户住址", "用户住址", "维修地址",
        ),
        # a thing's name before its model (名称, then 型号): what is served, then which
        # variant; at a tie the one listed first is read (round 49)
        "product": (
            "产品名称", "产品型号", "设备名称", "设备型号", "机型", "产品", "型号", "商品名称",
            "规格型号", "品名", "主板型号", "产品类别", "品类", "维修产品", "报修产品",
        ),
        "issue": (
            "故障描述", "问题描述", "故障现象", "报修内容", "报修描述", "报修原因", "故障情况",
            "故障内容", "初检故障", "工单描述", "服务请求", "服务内容", "事件内容", "现场细节",
            "问题", "故障", "故障原因", "客户诉求", "报修问题",
        ),
        "resolution": (
            "处理结果", "维修结果", "服务处理结果", "维修情况", "处理措施", "处理方案", "处理情况",
            "维修内容", "维修措施", "服务处理", "解决方案", "处理方法", "终检故障", "测试结果",
            "回复结果", "服务结果", "处理内容", "维修记录", "处理情况说明",
        ),
        "reported_at": (
            "报修时间", "报修日期", "报修开始时间", "受理时间", "受理日期", "来电时间", "来电日期",
            "申请时间", "申请日期", "创建时间", "创建日期", "送修日期", "告警时间", "登记时间",
            "登记日期", "下单时间", "报修日", "接单日期", "报障时间", "日期",
        ),
        "responded_at": (
            "响应时间", "首次响应时间", "上门时间", "到达时间", "到场时间", "签到时间", "服务时间",
            "回复时间", "预计上门时间", "上门日期", "到达日期", "到场日期", "首次上门时间",
        ),
        # 维修时间 (the repair's time, no end named) is left to its parts, resolution + time at
        # 0.8, so that 维修结束日期 beside it is the completion (decision 297)
        "completed_at": (
            "完成时间", "完工时间", "结单时间", "处理完成时间", "解决时间", "完成日期",
            "完工日期", "维修日期", "处理时间", "服务处理日期", "报修结束时间", "关闭时间",
            "取机时间", "发送装箱时间", "服务完成时间", "维修完成时间", "完成日", "结单日期",
        ),
        "technician": (
            "维修人员", "服务人员", "维修人", "维修工程师", "服务工程师", "工程师", "技术员",
            "维修师傅", "处理人", "服务人", "上门人员", "终检人员", "分配给", "负责人",
            "服务工程师姓名", "维修技师", "技师", "师傅", "派工人员",
        ),
        "signature": (
            "客户签字", "客户签名", "顾客签字", "顾客签名", "用户签字", "用户签名", "客户确认",
            "客户签名确认", "客户签字确认", "用户确认", "签字", "签名", "客户签章",
            "客户验收签字", "验收签字", "用户签名确认", "顾客确认",
        ),
    },
    SV: {
        "record_id": ("问卷编号", "调查表编号", "回访编号", "问卷号", "回访单号", "编号", "序号"),
        "respondent": (
            "客户姓名", "被调查人", "受访者", "客户名称", "姓名", "回访对象", "顾客姓名",
            "用户姓名", "客户", "单位名称", "联系人", "受访人", "被访者", "被回访人",
            "调查对象",
        ),
        "respondent_phone": (
            "联系电话", "手机", "手机号", "手机号码", "电话", "联系方式", "客户电话",
            "受访者电话", "回访电话",
        ),
        "surveyed_at": (
            "调查日期", "回访日期", "调查时间", "回访时间", "填表日期", "评价时间", "日期",
            "问卷日期", "填写日期", "提交时间",
            # the day an answer was submitted, as its time is (Date submitted; decision 439)
            "提交日期",
        ),
        "overall": (
            "总体满意度", "整体满意度", "综合满意度", "综合评价", "总体评价", "满意度",
            "客户满意度", "满意程度", "客户评价", "回访结果", "评价结果", "总评",
            "总体评分", "综合评分", "总评分", "总分", "整体评分", "总体评价等级",
            "总体满意程度", "满意度评价", "是否满意", "满意度评分", "整体评价",
        ),
    },
    CP: {
        "record_id": ("投诉编号", "投诉单号", "投诉单编号", "编号", "投诉号", "投诉登记号"),
        "customer_name": (
            "投诉人", "投诉人姓名", "客户名称", "客户姓名", "客户", "投诉单位", "顾客姓名",
            "用户姓名", "联系人", "姓名", "投诉客户", "投诉者",
        ),
        "customer_phone": (
            "联系电话", "联系方式", "投诉人电话", "客户电话", "手机", "手机号", "电话",
            "投诉人联系方式", "手机号码",
        ),
        "received_at": (
            "投诉日期", "投诉时间", "受理日期", "受理时间", "登记日期", "登记时间", "接诉时间",
            "接诉日期", "投诉受理时间", "来电时间", "日期",
        ),
        "reason": (
            "原因分析", "投诉原因", "投诉内容", "问题描述", "投诉事由", "投诉事项", "问题类别",
            "投诉问题", "投诉类型", "投诉理由",
        ),
        "handling": (
            "处理过程", "处理措施", "处理方法", "处理经过", "解决方案", "处理结果", "实施记录",
            "跟踪进展", "处理情况", "纠正措施", "处理意见", "整改措施", "处理经过及结果",
        ),
        "feedback": (
            "客户反馈", "回访情况", "回访结果", "客户意见", "结果评估", "客户满意度", "满意度",
            "回访记录", "客户评价", "回访意见", "客户确认", "处理结果反馈",
        ),
        "closed_at": (
            "结案日期", "结案时间", "完成日期", "关闭时间", "办结日期", "处理完成日期",
            "办结时间", "结案日",
        ),
    },
}

# Headers used only when nothing better maps to the same field (序号 is just a row count).
FALLBACK_ONLY = frozenset({"序号"})

# Survey item scores (no canonical field of their own) still say "this is a survey".
SURVEY_ITEMS = (
    "服务态度", "响应速度", "响应及时性", "及时性", "技术水平", "专业能力", "维修质量",
    "服务质量", "问题解决效果", "收费合理性", "收费合理", "推荐意愿", "服务规范",
    "守时情况", "守时", "准时性", "维修效果", "服务效率", "沟通能力", "着装礼仪",
)

# Fields that only one record kind has: a table is that kind only if one of them maps.
SPECIFIC_FIELDS: dict[RecordKind, frozenset[str]] = {
    WO: frozenset({"issue", "resolution", "technician", "signature", "reported_at",
                   "responded_at", "completed_at"}),
    SV: frozenset({"overall", "surveyed_at"}),
    CP: frozenset({"reason", "handling", "feedback", "received_at", "closed_at"}),
}

_BRACKETED = re.compile(r"\([^()]*\)|【[^【】]*】|\[[^\[\]]*\]|<[^<>]*>|〔[^〔〕]*〕")
# A code legend after the label: 投诉类型:1-物业服务,2-维修 (the codes are values, not the label).
_LEGEND = re.compile(r"[:：]\s*\d+\s*[-=.、:：]\s*[^\d\s].*$")
# A code list written straight after the label, two codes or more (投诉类型1:服务相关,2:物流相关;
# 投诉状态 10：待处理 20：已处理): the codes are values, not the label (decision 160).
_CODE_LIST = re.compile(r"\d+[:：][^\d:：]+?(?:[,，、;；/]?\d+[:：][^\d:：]*)+$")
# A weight after an item label (铁路运输服务占比30%, 响应速度(权重20%)) is no part of it.
_WEIGHT = re.compile(r"(占比|权重|比重|占)?\d+(\.\d+)?[%％]$")
# A rating scale's range after the label (评分星级 1-5 分, 满意度0~10分): the scale's steps are
# the values, not the label (decision 178).
_SCALE = re.compile(r"\d+(\.\d+)?[-~～至到]\d+(\.\d+)?(分|星|级)?$")
_TRAILING = re.compile(r"[:：*※#]+$")
_LEADING = re.compile(r"^[*※#\d.、]+(?=\D)")
_MIN_CONTAINS = 3  # shorter synonyms (电话, 客户) are too vague to match inside a header
_MAX_EXTRA = 4  # a contains-match may add at most this many characters around the synonym


_MAX_HEADER_CHARS = 80  # raw text, before remarks and spaces are removed


def normalise_header(text: object) -> str:
    """Comparable header text: no white space, half-width, simplified characters, no (remarks),
    no trailing colon."""
    if text is None:
        return ""
    if isinstance(text, str) and len(text) <= _MAX_HEADER_CHARS:
        return _normalised(text)  # header rows are searched many times: remember short text
    return _normalised.__wrapped__(str(text))


# The number sign alone as a label (Zammad's, Redmine's #): a column, though its label says
# nothing of what it holds; its cells say whether they number the records or count the rows
# (decisions 206 and 407). Stripped, it would leave no column to ask.
_NUMBER_SIGN = "#"


@lru_cache(maxsize=16384)
def _normalised(text: str) -> str:
    value = simplified(unicodedata.normalize("NFKC", text))  # 客戶 is 客户 (decision 195)
    if value.strip() == _NUMBER_SIGN:
        return _NUMBER_SIGN  # a label that says nothing, kept: its cells may number the records
    if is_english(value):  # Customer Name is 客户名称 (decision 397)
        value = to_chinese(_BRACKETED.sub(" ", value).strip() or value)
    value = re.sub(r"\s+", "", value)
    value = _BRACKETED.sub("", value)
    value = _LEGEND.sub("", value)
    value = _CODE_LIST.sub("", value) or value
    value = _WEIGHT.sub("", value)
    value = _SCALE.sub("", value) or value
    value = _TRAILING.sub("", value)
    value = _LEADING.sub("", value)
    return value.lower()


def _index() -> dict[RecordKind, dict[str, tuple[str, int]]]:
    """normalised synonym -> (field, priority) per kind, built once."""
    index: dict[RecordKind, dict[str, tuple[str, int]]] = {}
    for kind, fields in SYNONYMS.items():
        table: dict[str, tuple[str, int]] = {}
        for field_name, synonyms in fields.items():
            for priority, synonym in enumerate(synonyms):
                table.setdefault(normalise_header(synonym), (field_name, priority))
        index[kind] = table
    return index


_INDEX = _index()
_MAX_KEY_CHARS = max(len(key) for table in _INDEX.values() for key in table) + _MAX_EXTRA


def rebuild_index() -> None:
    """Re-read SYNONYMS (after a test, or a plug-in, added a synonym at run time)."""
    global _INDEX, _MAX_KEY_CHARS
    _INDEX = _index()
    _MAX_KEY_CHARS = max(len(key) for table in _INDEX.values() for key in table) + _MAX_EXTRA
    _candidates.cache_clear()


_ITEMS = frozenset(normalise_header(item) for item in SURVEY_ITEMS)


def match_header(text: object, kind: RecordKind, strict: bool = True) -> tuple[str, int] | None:
    """(canonical field, priority) for one header in one record kind, or None.

    ``strict`` (the default, used wherever labels must be told from values, as in forms)
    accepts a label read from its parts only when it joins two kinds of part (客户+核签); a
    ledger's header row, already known to be one, is read with ``strict=False``.
    """
    found = field_candidates(text, kind, strict)
    if not found:
        return None
    name, (_, priority) = max(found.items(), key=lambda item: (item[1][0], -item[1][1]))
    return name, priority


_COMPOSED_PRIORITY = 200
# A field found only by character likeness (a typo's, 报修类容): the weakest header evidence,
# which a column's content must bear out (parsers/columns.py; decision 174).
SIMILAR_PRIORITY = 300
_MIN_SCORE = 0.5
_MIN_SIMILARITY = 0.67


# A label headed by one of these names the record's state, class, channel or flag (投诉状态,
# 问题分类, 投诉级别, 受理渠道, 投诉来源, 回访标志): a pick-list about the record, never the
# complaint, the fault, the product or the verdict itself, whatever the words before it say.
# None of the 424 such labels of the tunable record layouts is a field (decision 428).
_CLASS_HEADS = ("状态", "分类", "级别", "渠道", "来源", "标志", "标识")


def field_candidates(
    text: object, kind: RecordKind, strict: bool = False
) -> dict[str, tuple[float, int]]:
    """field -> (header score 0-1, priority) for every field the header may mean.

    An exact synonym scores 1 and is the only candidate; a synonym inside the header 0.9;
    a reading by parts (parsers/meaning.py) its rule's weight; failing all of those, the
    closest synonym by characters. Priorities order columns within one field (lower first).
    """
    if not isinstance(text, str) or len(text) > _MAX_HEADER_CHARS:
        # Headers are short text; data cells (numbers, dates, long remarks) never match,
        # and skipping them keeps form/header detection cheap on huge hostile cells.
        return {}
    key = normalise_header(text)
    if key.endswith(_CLASS_HEADS):
        return {}
    found = (_shared_head(key, kind) or dict(_candidates(key, kind, strict))
             or _before_remark(key, kind, strict)
             or _after_prefix(key, kind, strict) or _qualifier_in_brackets(text, kind, strict)
             or _without_gloss(text, kind, strict) or _without_legend(text, kind, strict))
    if _PLANNED_REMARK.search(unicodedata.normalize("NFKC", text)):
        # 方案反馈时间（默认）: a default or planned time the system fills in is no event that
        # happened, though the remark is dropped from the label (decision 159)
        found = {name: score for name, score in found.items()
                 if name not in TIMESTAMP_FIELDS[kind]}
    return found


def _shared_head(key: str, kind: RecordKind) -> dict[str, tuple[float, int]]:
    """商品/设备名称: two alternatives written once with the head they share (商品名称 or
    设备名称). Where the label after the slash and the one before it with that label's tail
    are both exact synonyms of one field, the label is that field as surely as either; read
    as a synonym inside it, it would rank after a bare 型号 beside it. A form, not a word
    (decision 348)."""
    first, slash, last = key.partition("/")
    table = _INDEX[kind]
    whole = table.get(last)
    if not slash or not first or whole is None or "/" in last:
        return {}
    for cut in range(1, len(last)):
        other = table.get(first + last[cut:])
        if other is not None and other[0] == whole[0]:
            return {whole[0]: (1.0, min(other[1], whole[1]))}
    return {}


def _before_remark(key: str, kind: RecordKind, strict: bool) -> dict[str, tuple[float, int]]:
    """报修公司所在地址,自动生成: a remark after a comma that names no field itself (自动生成,
    the system fills it in) is no part of the label, so the label before it speaks; where the
    part after the comma names a field too (姓名,电话) the column holds both, and neither is
    read from it (decision 170)."""
    head, comma, remark = key.partition(",")
    if not comma or not head or not remark or _candidates(remark, kind, strict):
        return {}
    return dict(_candidates(head, kind, strict))


# A qualifier set before a label by a middle dot or a colon: 客服·回访单号, 售后：联系电话.
_PREFIX_MARK = re.compile(r"[·•・‧:]")


def _after_prefix(key: str, kind: RecordKind, strict: bool) -> dict[str, tuple[float, int]]:
    """客服·回访单号: a qualifier before a middle dot or a colon says whose desk or form the
    label belongs to, and the label after it speaks, as the last part heads a Chinese label.
    Only where the whole label reads as nothing; a form, not a word (decision 219)."""
    parts = [part for part in _PREFIX_MARK.split(key) if part]
    if len(parts) != 2:
        # one qualifier and one label; more marks are a line of text (导出时间：2026-11-12
        # 10:00:00 导出人：管理员, a title row read as a header), not a label
        return {}
    owner, label = read_label("".join(parts[:-1])).classes, read_label(parts[-1]).classes
    if owner & _PARTIES and label & _ATTRIBUTES and not label & _PARTIES:
        # 维修人员·联系电话: the phone is the technician's, so the label reads as one whole
        return dict(_candidates("".join(parts), kind, strict))
    return dict(_candidates(parts[-1], kind, strict))


# A bare label with its qualifier in brackets after it (人员（维修）). The bracket holds one
# qualifier: no list of answers (满意/不满意), no separator, no codes or units with digits.
_QUALIFIED = re.compile(r"^([^()]+)\(([^()/、,，;；:：\d]+)\)$")


def _qualifier_in_brackets(
    text: str, kind: RecordKind, strict: bool
) -> dict[str, tuple[float, int]]:
    """人员（维修）: a label that reads as nothing without its bracket, the bracket holding the
    qualifier a Chinese label writes before its head (维修人员). Read as the qualifier then the
    label; only where the label alone reads as nothing. A form, not a word (decision 229)."""
    match = bracket_qualified(text)
    if match is None:
        return {}
    head, qualifier = match
    return dict(_candidates(normalise_header(qualifier + head), kind, strict))


def bracket_qualified(text: str) -> tuple[str, str] | None:
    """(label, qualifier) of a bare label with one qualifier in brackets after it (人员（仓库）),
    else None. Normalising drops the bracket, so whoever reads the label without it (the label
    model) must ask this first (decision 279)."""
    match = _QUALIFIED.match(re.sub(r"\s+", "", unicodedata.normalize("NFKC", text)))
    return None if match is None else (match.group(1), match.group(2))


# A Chinese label with its gloss in Latin letters after a space: 服务单号 Service No. The space
# tells a gloss from a suffix the label is made with (设备id: the device's id, not the device),
# and a gloss of two letters or fewer (设备 ID, 服务 No) is an abbreviation qualifying the
# label, no restatement of it. A PDF cell may wrap a gloss anywhere (Servic|e No.).
_LATIN_GLOSS = re.compile(r"^(.*[\u3400-\u9fff])\s+([A-Za-z][A-Za-z\s.\-/&']*)$")
_GLOSS_LETTERS = 3
_LETTERS = re.compile(r"[A-Za-z]")


def _without_gloss(text: str, kind: RecordKind, strict: bool) -> dict[str, tuple[float, int]]:
    """服务单号 Service No.: a bilingual export writes each label in Chinese and glosses it in
    English after a space. Where the whole label reads as nothing, the label without its
    trailing gloss (a run of Latin letters, spaces and dots) is read instead. A form, not a
    word (decision 246): the gloss restates the label, so dropping it loses nothing the label
    says. (A Latin label with a Chinese tail needs no such rule: meaning.py reads the tail's
    parts.)"""
    latin = _LATIN_GLOSS.match(unicodedata.normalize("NFKC", text).strip())
    if latin is None or len(_LETTERS.findall(latin.group(2))) < _GLOSS_LETTERS:
        return {}
    return dict(_candidates(normalise_header(latin.group(1)), kind, strict))


# A label with the legend of its codes after a space: 评价类型 0 好评 1 差评, 状态 0正常 1删除.
# Two pairs at least of a code and what it stands for; a database column's comment writes
# its legend so, and the cells hold the codes or their meanings, never the legend.
_CODE_LEGEND = re.compile(
    r"^(.*?[\u3400-\u9fff])\s+((?:\d{1,2}\s*[:：=.、-]?\s*[^\d\s,，;；]+[\s,，;；]*){2,})$")


def _without_legend(text: str, kind: RecordKind, strict: bool) -> dict[str, tuple[float, int]]:
    """评价类型 0 好评 1 差评: where the whole label reads as nothing, the label without the
    legend of its codes is read instead. A form, not a word (decision 254): the legend says
    what each code means, not what the column is. A column with a legend holds values picked
    from it, so it is never a field written case by case (a fault, a complaint, a remedy)."""
    legend = _CODE_LEGEND.match(unicodedata.normalize("NFKC", text).strip())
    if legend is None:
        return {}
    found = _candidates(normalise_header(legend.group(1)), kind, strict)
    return {name: score for name, score in found if name not in FREE_TEXT_FIELDS}


_PARTIES = frozenset({"staff", "customer"})  # word classes of who a label may belong to
_ATTRIBUTES = frozenset({"phone", "name", "person_name", "address"})  # what belongs to them


# A bracketed remark saying the time is a default or a plan, not a moment recorded.
_PLANNED_REMARK = re.compile(
    r"[(\[【〔<][^)\]】〕>]*(默认|预计|计划|预约|约定)[^)\]】〕>]*[)\]】〕>]"
)


_LATIN_WORD = re.compile(r"[a-z]+")


def _key_length(key: str) -> int:
    """Characters of a key, an English word counting as one: complaint_content is as long a
    label as 投诉内容, not a sentence."""
    return len(_LATIN_WORD.sub("a", key))


@lru_cache(maxsize=16384)
def _candidates(
    key: str, kind: RecordKind, strict: bool
) -> tuple[tuple[str, tuple[float, int]], ...]:
    if not key or _key_length(key) > _MAX_KEY_CHARS:
        return ()
    table = _INDEX[kind]
    if key in table:
        return _exact_candidates(key, kind, *table[key])
    found: dict[str, tuple[float, int]] = {}
    by_parts = field_scores(key, kind)
    contained = _contains_match(key, table)
    # A synonym inside the header counts unless the header's parts say otherwise: 维修人员
    # is inside 维修人员电话, but a staff member's phone is no field of the record.
    # Nor where the lexicon reads the whole label as something else: 投诉人 is inside 被投诉人,
    # but the one complained about is staff.
    if contained is not None and contained[0] not in by_parts and (
        is_composed(key) or read_label(key).coverage == 1.0
    ):
        contained = None
    if contained is not None:
        found[contained[0]] = (0.9, contained[1])
    if not strict or is_composed(key):
        ranked = sorted(by_parts.items(), key=lambda item: -item[1])
        for rank, (name, score) in enumerate(ranked):
            if score >= _MIN_SCORE and score > found.get(name, (0.0, 0))[0]:
                found[name] = (round(score, 3), _COMPOSED_PRIORITY + rank)
    if not found and not is_composed(key) and not strict and read_label(key).coverage < 1.0:
        # Only in a header row already known as one: where labels must be told from values
        # (forms, OCR'd text), a word one character off a label may just be a value. And
        # only for words the lexicon cannot read: 被投诉人 is a known word, not a typo.
        similar = _most_similar(key, table, _MIN_SIMILARITY)
        if similar is not None:
            found[similar[0]] = (similar[1], SIMILAR_PRIORITY)
    return tuple(sorted(found.items()))


_EXACT_TIMESTAMP_FLOOR = 0.9
# The timestamps that start a record: told apart by whose act they name (customer or desk).
_FIRST_EVENT = {WO: frozenset({"reported_at"}), SV: frozenset(), CP: frozenset({"received_at"})}


def _exact_score(key: str, kind: RecordKind, name: str) -> float:
    """An exact synonym scores 1, but a timestamp's synonym only as high as its event says.

    受理时间 and 申请时间 both name when a complaint came in; where a ledger has both, the
    customer's own act (申请, 投诉, 来电) is the moment, the desk's (受理, 登记) a later witness.
    """
    if name not in _FIRST_EVENT[kind]:
        return 1.0
    by_parts = field_scores(key, kind).get(name)
    return 1.0 if by_parts is None else max(_EXACT_TIMESTAMP_FLOOR, round(by_parts, 3))


def _exact_candidates(
    key: str, kind: RecordKind, name: str, priority: int
) -> tuple[tuple[str, tuple[float, int]], ...]:
    """An exact synonym: its field alone, but for the first event's synonyms, which may be a
    later event where the customer's act stands beside them (受理时间 beside 报修时间): their
    other readings stay candidates, ranked after."""
    exact = {name: (_exact_score(key, kind, name), priority)}
    if name in _FIRST_EVENT[kind]:
        for rank, (other, score) in enumerate(sorted(field_scores(key, kind).items())):
            if other != name and score >= _MIN_SCORE:
                exact[other] = (round(score, 3), _COMPOSED_PRIORITY + rank)
    return tuple(sorted(exact.items()))


_ONE_EDIT_MIN = 4  # 报修类容 for 报修内容: one changed character in four is still the label
_ONE_EDIT_SCORE = 0.7


def _differences(a: str, b: str) -> int:
    return sum(x != y for x, y in zip(a, b, strict=True))


def _most_similar(
    key: str, table: dict[str, tuple[str, int]], threshold: float
) -> tuple[str, float] | None:
    """The field of the synonym closest by characters: one edit away, or by bigrams."""
    if len(key) < 3:
        return None  # two characters share one bigram at most: too little to go on
    if len(key) >= _ONE_EDIT_MIN:
        for synonym, (name, _) in table.items():
            if len(synonym) == len(key) and _differences(synonym, key) == 1:
                return name, _ONE_EDIT_SCORE
    best: tuple[float, str] | None = None
    for synonym, (name, _) in table.items():
        similarity = bigram_similarity(key, synonym)
        if similarity >= threshold and (best is None or similarity > best[0]):
            best = (similarity, name)
    if best is None:
        return None
    return best[1], round(best[0] * 0.75, 3)


def _contains_match(key: str, table: dict[str, tuple[str, int]]) -> tuple[str, int] | None:
    """The longest synonym inside the header, for headers like 客户联系电话 or 报修人手机号码."""
    best: tuple[str, tuple[str, int]] | None = None
    for synonym, target in table.items():
        if len(synonym) < _MIN_CONTAINS or synonym not in key:
            continue
        if len(key) - len(synonym) > _MAX_EXTRA:
            continue
        if best is None or len(synonym) > len(best[0]):
            best = (synonym, target)
    if best is None:
        return None
    # A contains-match ranks after every exact synonym of its field.
    field_name, priority = best[1]
    return field_name, priority + 100


def is_survey_item(text: object) -> bool:
    return normalise_header(text) in _ITEMS


def is_known_label(text: object) -> bool:
    """True when the text is a header of any record kind (used to spot label/value forms),
    survey item scores (服务态度) included."""
    if isinstance(text, str):
        if _VALUE_DIGITS.search(text):
            return False  # a phone, an id, a date: five digits in a row are never a label
        if len(text) <= _MAX_HEADER_CHARS:
            return _known_label(text)
    return _is_known_label(text)


# Forms ask about every cell of every page: the same few labels again and again among values
# seen once. A small LRU keeps the labels; the values pass through it.
_VALUE_DIGITS = re.compile(r"\d{5}")


@lru_cache(maxsize=4096)
def _known_label(text: str) -> bool:
    return _is_known_label(text)


def _is_known_label(text: object) -> bool:
    return is_survey_item(text) or any(match_header(text, kind) is not None for kind in SYNONYMS)


_FORM_MIN_LABELS = 3
_FORM_MAX_ROWS = 60


def split_inline_label(text: object) -> tuple[str, str] | None:
    """'客户签字：张三' -> ('客户签字', '张三') when the part before the colon is a label."""
    if not isinstance(text, str):
        return None
    for colon in (":", "："):
        label, found, value = text.partition(colon)
        if found and label.strip() and is_known_label(label):
            return label.strip(), value.strip()
    return None


def _labels_above_values(rows: list[list[object]]) -> bool:
    """A form with each row of labels over a row of their values (工单编号 | 报修时间 over
    GD001 | 2026-10-03). Unlike a ledger's header, the label rows differ from each other."""
    label_rows: set[tuple[str, ...]] = set()
    for row, below in itertools.pairwise(rows):
        filled = [cell for cell in row if cell is not None and normalise_header(cell)]
        if len(filled) < 2 or not all(is_known_label(cell) for cell in filled):
            continue
        if not any(is_known_label(cell) for cell in below if cell is not None):
            label_rows.add(tuple(normalise_header(cell) for cell in filled))
    labels = sum(len(row) for row in label_rows)
    return len(label_rows) >= 2 and labels >= _FORM_MIN_LABELS and len(rows) <= 4 * len(label_rows)


def looks_like_form(rows: list[list[object]]) -> bool:
    """A label/value grid (one record per table) rather than a ledger with a header row.

    In a ledger, labels appear once, side by side in the header row; in a form they run
    down the first column (工单编号 | GD… | 报修时间 | …), one or two per row.
    """
    rows = rows[:_FORM_MAX_ROWS]  # enough to tell; keeps the test cheap on long ledgers
    if _labels_above_values(rows):
        return True
    label_rows = 0
    filled_rows = 0
    for row in rows:
        first = next((cell for cell in row if cell is not None), None)
        if first is None:
            continue
        filled_rows += 1
        if is_known_label(first) or split_inline_label(first) is not None:
            label_rows += 1
    if label_rows < _FORM_MIN_LABELS or label_rows * 2 < filled_rows:
        return False
    # A ledger's header row alone holds several labels; a form row holds at most a few.
    widest = max(sum(1 for cell in row if is_known_label(cell)) for row in rows)
    return widest <= 3 or label_rows >= widest
