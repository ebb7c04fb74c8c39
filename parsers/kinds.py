"""What kind of table this is, with negative evidence: records, or a material that looks like them.

A list of service outlets has a name, an address and a phone; a staff roster has names and
phones; a sales ledger has customers, phones and dates. Read as work orders, each of their rows
would be a work order with missing fields. So every table is scored against the record kinds
*and* the look-alikes (parsers/lexicon.py LOOKALIKE_WORDS), and a close call is said, not
guessed.
"""

from __future__ import annotations

import re

from preaudit.model.records import CellValue, DocKind, RecordKind
from preaudit.parsers.headers import normalise_header
from preaudit.parsers.lexicon import (
    AFTERSALES_REMEDIES,
    EQUIPMENT_ATTRIBUTES,
    EQUIPMENT_BARE_ATTRIBUTES,
    EQUIPMENT_NOUNS,
    HANDLING_ACTS,
    LOOKALIKE_WORDS,
    PARTS,
    POST_END,
    POST_MEMBERS,
    PRICE_WORDS,
    REDRESS_WORDS,
)
from preaudit.parsers.meaning import read_label

# The record kinds in the order they win a tie: work orders first.
KIND_ORDER = (RecordKind.WORK_ORDER, RecordKind.COMPLAINT, RecordKind.SURVEY_RESPONSE)
# Fields a reading of a record kind fills at least, in a ledger or a form.
MIN_FIELDS = 3
# Survey item scores (服务态度 5, 维修质量 4) that together stand in for the overall rating.
MIN_ITEMS = 2

# Words in a table's title or headers that say which record kind it is.
KIND_WORDS: dict[RecordKind, tuple[str, ...]] = {
    RecordKind.WORK_ORDER: (
        "工单", "维修", "服务单", "报修", "派工", "服务记录", "检修", "故障", "上门", "安装",
        "维保", "报障", "修理",
        "repair", "workorder", "work_order",  # English column names kept by exports
    ),
    # 诉求 and 举报 are how hotline and city-service ledgers say complaint.
    # 纠纷 (a dispute the customer raised against the provider) is what mediation and
    # consumer-rights ledgers call a complaint (decision 188).
    # 信访 (letters and visits) is the state's channel for a citizen's grievance, and 来信 a
    # letter sent in to an office: a petition or a letter raises a grievance to be answered,
    # never a repair to be done (decision 251).
    RecordKind.COMPLAINT: ("投诉", "客诉", "申诉", "诉求", "举报", "抱怨", "纠纷", "信访", "来信",
                           "complaint", "complain"),
    RecordKind.SURVEY_RESPONSE: ("满意度", "调查", "回访", "问卷", "评价", "测评", "评论", "survey",
                                 "satisfaction", "questionnaire"),
}
# Without a word of its kind anywhere in title or headers, a kind's fit counts this much.
NO_KIND_WORD = 0.6
# Kinds that are never read without a word of their own: a complaint ledger says 投诉
# somewhere (title, sheet or header), a callback log of driving-school students does not.
NEEDS_KIND_WORD = frozenset({RecordKind.COMPLAINT})
# … unless its columns show the chain itself: two links of reason → handling → feedback.
CHAIN_LINKS = frozenset({"reason", "handling", "feedback"})
CHAIN_WITHOUT_WORD = 2
# What a customer raises in a 意见/反馈/诉求 ledger: where the complaint's reason column is
# named by one of these, the ledger is of customers' complaints and suggestions as handled, a
# complaint word or not (decision 124). A work order's fault (故障, 问题) is no such word.
RAISED_WORDS = ("反馈", "意见", "建议", "诉求", "留言", "咨询", "求助", "申诉")


def titled_as_raised(title: str) -> bool:
    """The title names what customers raise (个人反馈列表, 意见登记) and no record kind: the
    table lists what was raised, as a reason column so named says (decision 252). A title
    naming a kind besides (维修意见, 满意度反馈) is that kind's to judge."""
    if any(word in title for words in KIND_WORDS.values() for word in words):
        return False
    return any(word in title for word in RAISED_WORDS)


# What a person is (性别, 年龄, 出生日期): a staff roster lists them, and so does a survey or a
# ledger of the people it served; they speak for staff only where no customer is named
# (decision 173).
PERSON_TRAITS = ("性别", "年龄", "出生")
# A look-alike needs this many headers of its own before it can outweigh a record reading.
MIN_LOOKALIKE_HEADERS = 2
# Shares within this distance of one half are a close call: said, not guessed.
CLOSE_CALL = 0.1

# What a look-alike proves present: three are materials findings.md asks for (they count for
# DOC_MISSING); a sales ledger or a callback report is simply known, so not "unrecognised".
MATERIAL_OF_LOOKALIKE = {
    "service_outlets": DocKind.SERVICE_OUTLETS.value,
    "staff_training": DocKind.STAFF_TRAINING.value,
    "equipment_list": DocKind.EQUIPMENT_LIST.value,
    "sales_ledger": "sales_ledger",
    "callback_report": "callback_report",
    "praise_ledger": "praise_ledger",
    "maintenance_plan": "maintenance_plan",
    "evaluation_report": "evaluation_report",
}
# known, but not materials of the spec
OTHER_KINDS = ("sales_ledger", "callback_report", "praise_ledger", "maintenance_plan",
               "evaluation_report")
# A table about call-backs (回访) with no rating column to read as a survey is a call-back
# log or report: known, so not "unrecognised", and never survey responses.
CALLBACK_WORDS = ("回访",)


# 工单 is any desk's ticket: a complaint hotline numbers its complaints 工单流水号 too. It names
# work orders only where complaints are not named in this many headers besides, by a word
# that says complaint and nothing else (诉求, a citizen's request, may well be a repair).
TICKET_WORD = "工单"
COMPLAINT_HEADERS_OVER_TICKET = 2
STRICT_COMPLAINT_WORDS = ("投诉", "客诉", "申诉", "抱怨")


# Words that say a table holds a kind's records without naming it: 满意 alone (是否满意, How
# satisfied were you → 总体满意) asks for a survey's answer as 满意度 does (decision 458). Not
# kind words: a header holding one is no column of the kind's own work (接待满意率 stays a
# report's statistic, decision 234), and a score (评分) is none: lists of workers or outlets
# carry their score.
KIND_EVIDENCE_WORDS: dict[RecordKind, tuple[str, ...]] = {RecordKind.SURVEY_RESPONSE: ("满意",)}


def record_kind_evidence(kind: RecordKind, title: str, headers: list[CellValue]) -> float:
    """1.0 when the title or a header names the kind (工单, 投诉, 满意度 …) or asks for its
    records' answer (满意), else NO_KIND_WORD."""
    keys = [normalise_header(header) for header in headers]
    if kind is RecordKind.WORK_ORDER and ticket_of_complaints(title, keys):
        return NO_KIND_WORD
    text = title + "|" + "|".join(keys)
    words = KIND_WORDS[kind] + KIND_EVIDENCE_WORDS.get(kind, ())
    return 1.0 if any(word in text for word in words) else NO_KIND_WORD


def ticket_of_complaints(title: str, keys: list[str]) -> bool:
    """工单 is the only work-order word (title and headers) while 投诉 names two headers or
    more: the table is a complaint desk's tickets, not work orders."""
    if names_work_beyond_ticket(title, keys):
        return False
    named = sum(any(word in key for word in STRICT_COMPLAINT_WORDS) for key in keys)
    return named >= COMPLAINT_HEADERS_OVER_TICKET


def names_work_beyond_ticket(title: str, keys: list[str]) -> bool:
    """The title or a header names work orders by a word other than 工单 (维修, 报修, 派工 …):
    the work itself, not only a desk's ticket, which numbers whatever a desk records."""
    words = [w for w in KIND_WORDS[RecordKind.WORK_ORDER] if w != TICKET_WORD]
    return any(word in text for text in [title, *keys] for word in words)


# Words that name a call-back or a survey and nothing else (回访日期, 客户评价, 满意度).
CALLBACK_RECORD_WORDS = ("回访", "评价", "满意", "调查", "问卷", "测评")
OTHER_RECORD_HEADERS = 2


def names_other_records(keys: list[str]) -> bool:
    """Two headers or more name call-backs or complaints (回访日期, 回访内容; 投诉内容): a
    work-order number among them (工单号) is the order the call-back or complaint refers to,
    not a sign that the table is work orders (decision 156)."""
    for words in (CALLBACK_RECORD_WORDS, STRICT_COMPLAINT_WORDS):
        if sum(any(word in key for word in words) for key in keys) >= OTHER_RECORD_HEADERS:
            return True
    return False


# The questionnaire itself (问卷名称, 问卷完成时间): each row is a questionnaire someone filled
# in, a survey response whether or not its answers are in the table (decision 183). A
# call-back (回访) is not: with no rating it is a call-back log (decision 125), so a header
# naming a call-back rules this out, and a title alone (回访问卷登记表) never says it.
QUESTIONNAIRE_WORDS = ("问卷", "questionnaire")


def names_questionnaire(headers: list[CellValue]) -> bool:
    """A header names the questionnaire (问卷名称) and none names a call-back (回访)."""
    keys = [normalise_header(header) for header in headers]
    named = any(word in key for key in keys for word in QUESTIONNAIRE_WORDS)
    return named and not any(word in key for key in keys for word in CALLBACK_WORDS)


# A statistic, not a record's field: a rate (满意率, 及时率) or a count of records (回访数,
# 不满意数, 投诉总数). Tables of them are reports about records.
_STATISTIC = re.compile(
    r"(率|(满意|不满意|回访|投诉|工单|成功|失败|完成|及时|受理|办结|调查|回收)(总)?(数|量|次数))$"
    # an aggregate over many records: 总通话次数, 均呼出时长, 平均处理时长
    r"|^(总|均|平均|累计|人均).{1,6}(数|量|时长|次数)$"
    # how often or how long someone worked (工作次数, 工作时间总和): a count or a sum over the
    # jobs a person did, never a field of one job (decision 435); 服务次数 beside a verdict on
    # every row stays a rated list's (decision 354)
    r"|^工作(总)?次数$|(时间|时长|工时)总和$"
)
# Statistics about call-backs or satisfaction are a call-back report; others (an agent's call
# counts) an evaluation report of the service (decision 158).
_CALLBACK_STATISTIC_WORDS = ("回访", "满意", "调查", "问卷", "评价")

_STATISTIC_WEIGHT = 2


def names_statistic(header: CellValue) -> bool:
    """The header names a rate or a count of records (decision 158's test, as it is)."""
    return bool(_STATISTIC.search(normalise_header(header)))


def lookalike_columns(
    kind: str, headers: list[CellValue], mapped: frozenset[int] = frozenset()
) -> set[int]:
    """The columns whose header speaks for the look-alike ``kind`` (拜访事由 for sales)."""
    keys = [normalise_header(header) for header in headers]
    words = LOOKALIKE_WORDS[kind]
    columns = {index for index, key in enumerate(keys) if speaks_for(key, words)}
    if kind == "equipment_list":
        columns.update(equipment_columns(keys, mapped))
    return columns


def lookalike_scores(
    title: str, headers: list[CellValue], mapped: frozenset[int] = frozenset(),
    person_named: bool = False,
) -> dict[str, float]:
    """kind -> number of headers (plus one for the title) that speak for that look-alike.

    ``mapped``: columns a record reading took as fields; they never speak for equipment by
    meaning (a work order's 设备名称 is the device repaired, not the company's kit).
    ``person_named``: the record reading took a filled customer's or respondent's name; a
    person's own traits (性别, 年龄) beside it are that person's, no staff list's.
    """
    all_keys = [normalise_header(header) for header in headers]
    kit = [all_keys[column] for column in equipment_columns(all_keys, mapped)]
    keys = [key for key in all_keys if key
            and not (person_named and any(word in key for word in PERSON_TRAITS))]
    # 家庭服务工单中服务单价, 派发工单员工号: what the work order itself holds (its price, who
    # dispatched it) is the record's, never a sales ledger's or a staff list's (decision 179)
    unowned = [key for key in keys if not any(word in key for word in RECORD_DOCUMENT_WORDS)]
    scores: dict[str, float] = {}
    for kind, words in LOOKALIKE_WORDS.items():
        count = _speaking_headers([key for key in unowned if speaks_for(key, words)])
        if kind == "equipment_list":  # by meaning, each header once
            count += sum(1 for key in kit if not any(word in key for word in words))
        if kind == "service_outlets":
            count += _directory_headers(all_keys, mapped, words)
        if kind == "staff_training":
            count += _roster_name(all_keys, mapped, words)
        if kind == _statistics_kind(title, keys):
            # a rate or a count is never a field of one record: it counts twice
            count += sum(_STATISTIC_WEIGHT - 1 if any(word in key for word in words) else
                         _STATISTIC_WEIGHT for key in keys if _STATISTIC.search(key))
        if any(word in title for word in words):
            count += 1
        if count:
            scores[kind] = float(count)
    return scores


def speaks_for(key: str, words: tuple[str, ...]) -> bool:
    """The header holds a look-alike's word that no handling act qualifies: 门店名称 speaks
    for an outlet list, 处理门店名称 (the store that handled this record) is the record's own
    column, as a record's document words make theirs (decision 179; decision 288). An
    after-sales remedy qualifies so too: 退款金额 is the refund's amount, no sale's (310)."""
    return any(word in key and not key[:key.find(word)].endswith(_RECORD_QUALIFIERS)
               for word in words)


# A redress owed for a wrong done (赔偿金额, 补偿金额) is the case's own amount, as a refund's
# is (decision 411)
_RECORD_QUALIFIERS = (*HANDLING_ACTS, *AFTERSALES_REMEDIES, *REDRESS_WORDS)


# A number of another document (订单编号, 交易订单编号, 订单项编号) says which one a record
# refers to: a review names the order it rates by two or three such numbers, which are one
# reference, not two or three headers of a sales ledger (decision 178).
_NUMBER_ENDS = PARTS["id"]  # the lexicon's words for a number, at the end of the header


def _speaking_headers(keys: list[str]) -> int:
    """Headers that speak for a look-alike, its document numbers counting once together, and
    none where it only numbers a thing another header names (部门 | 部门编码: the department
    and its code say one thing, decision 407)."""
    numbers = [key for key in keys if key.endswith(_NUMBER_ENDS)]
    named = set(keys) - set(numbers)
    own = [key for key in numbers if numbered_thing(key) not in named]
    return len(keys) - len(numbers) + min(len(own), 1)


def numbered_thing(key: str) -> str:
    """What a number's header numbers: the header without its number word (部门编码 → 部门)."""
    end = next((end for end in _NUMBER_ENDS_LONGEST_FIRST if key.endswith(end)), "")
    return key[: len(key) - len(end)]


_NUMBER_ENDS_LONGEST_FIRST = tuple(sorted(_NUMBER_ENDS, key=len, reverse=True))


# Words that name a service record's own document: a header holding one is about that record.
# 保修单 is the warranty repair order an after-sales desk opens for a machine sent in under
# warranty (保修单号, 保修单状态), as a 维修单 for any repair (decision 332). 售后单 and 售后订单
# are the after-sales order a shop opens when a buyer asks for a return, a refund or a repair
# (售后单号, 售后订单号): the service's own record, no sale's order (decision 364); so is the
# after-sales case numbered by itself (售后编号, decision 407).
RECORD_DOCUMENT_WORDS = ("工单", "服务单", "报修单", "维修单", "保修单", "售后单", "售后订单",
                         "售后编号")


# A directory of organisations (企业名称, 机构名称 with a 详细地址 or 注册地址) lists places a
# customer can go: an outlet list by what it lists (decision 158). A customer's name (客户名称)
# is no organisation's, and a column a record reading took never counts. A shop (店: 专卖店,
# 认定店, 店铺) is one too: a shop's name beside an address nobody's record took lists shops
# (decision 333); a record's own shop (维修店名称) stands beside the customer's mapped address.
# 驿站: a parcel or post station, an outlet by its own name (decision 454); 中心 a centre
# (Centre Name, decision 456)
_ORG_WORDS = ("企业", "机构", "公司", "单位", "商户", "服务商", "门店", "店", "驿站", "中心")
_ORG_NAME_ENDS = ("名称", "全称")
# 街道: the street of an address split into its parts (省 | 市 | 县 | 街道), as a directory
# writes it (decision 454)
_ADDRESS_WORDS = ("地址", "住址", "街道")
# Names beside a job title (姓名 | 职务) are staff: who holds which post. A system's users
# by their role (姓名 | 电话 | 角色) hold posts too (decision 411).
_JOB_WORDS = ("职务", "岗位", "职位", "职称", "角色")
_BARE_NAMES = ("姓名", "名字", "员工姓名")
# A name and nothing known of whose (姓名, 厨师姓名: a trade nobody listed)
_ONLY_A_NAME = frozenset({"name", "person_name"})


def _directory_headers(keys: list[str], mapped: frozenset[int], words: tuple[str, ...]) -> int:
    """An organisation's name and an address, both unclaimed: two more outlet headers."""
    free = [key for column, key in enumerate(keys)
            if column not in mapped and key and not any(word in key for word in words)]
    named = any(key.endswith(_ORG_NAME_ENDS) and any(word in key for word in _ORG_WORDS)
                for key in free)
    placed = any(any(word in key for word in _ADDRESS_WORDS) for key in free)
    return 2 if named and placed else 0


def _roster_name(keys: list[str], mapped: frozenset[int], words: tuple[str, ...]) -> int:
    """A person's name beside a job title counts for the staff list too: a bare one no
    record reading took, or one a record reading took as its customer's for want of a better
    (姓名, or 厨师姓名: a trade no list holds) where it is the table's one name. A customer
    holds no post in a record of the case, and a list of people by their posts names one
    kind of person, while a case names several (who raised it, whom it is about: 举报人姓名 |
    被检举人姓名 | 职务), the post then any of theirs (decision 411)."""
    titled = any(any(word in key for word in _JOB_WORDS) for key in keys)
    classes = [read_label(key).classes for key in keys]
    one_name = sum(1 for of_key in classes if of_key & _ONLY_A_NAME) == 1
    named = any((column not in mapped and key in _BARE_NAMES)
                or (column in mapped and one_name and bool(classes[column])
                    and classes[column] <= _ONLY_A_NAME)
                for column, key in enumerate(keys) if not any(word in key for word in words))
    return 1 if titled and named else 0


# Who a header identifies (师傅姓名, 工程师电话, 配送员手机号): a person by name, phone, number
# or account.
_IDENTITY = (*PARTS["name"], *PARTS["phone"], *PARTS["id"], *PARTS["account"])
# Staff who serve, as a list of staff names them; the desk's and a record's authors (创建人,
# 录入人, 受理人) sign any export's rows, and 网点 is an outlet's, so they speak for no roster.
_SERVING_STAFF = tuple(word for word in PARTS["staff"] if word not in PARTS["desk"]
                       and word not in LOOKALIKE_WORDS["service_outlets"])
# Staff identified in this many headers make a list of staff.
_STAFF_IDENTITIES = 2
# Counts in this many headers make a table about staff a report on their work.
_COUNTS_OF_WORK = 2


def lists_staff(headers: list[CellValue]) -> bool:
    """A header row no record kind fits that identifies members of staff in two headers or
    more (师傅姓名, 工程师电话, 配送员手机号) and names no customer anywhere nor counts what each
    did: a list of staff by who they are (decision 392). Only where no record reading stands:
    a survey rating a courier or a ledger naming an official identifies staff as well."""
    keys = [normalise_header(header) for header in headers]
    if any(word in key for key in keys for word in PARTS["customer"]):
        return False
    if sum(any(word in key for word in PARTS["count"]) for key in keys) >= _COUNTS_OF_WORK:
        return False  # how many each did (派单条数, 服务次数): a report on their work, no roster
    named = sum(1 for key in keys if _names_staff(key) and any(word in key for word in _IDENTITY))
    return named >= _STAFF_IDENTITIES


def _names_staff(key: str) -> bool:
    """A serving staff word, or a post held (配送员, 话务员: a word ending in 员 but a member's)."""
    if any(word in key for word in _SERVING_STAFF):
        return True
    at = key.find(POST_END)
    return at > 0 and key[at - 1:at + 1] not in POST_MEMBERS


def _statistics_kind(title: str, keys: list[str]) -> str:
    """Which report a table of statistics is: about call-backs, else about the work."""
    texts = [title, *keys]
    if any(word in text for text in texts for word in _CALLBACK_STATISTIC_WORDS):
        return "callback_report"
    return "evaluation_report"


def equipment_columns(keys: list[str], mapped: frozenset[int] = frozenset()) -> list[int]:
    """Columns whose header names the company's kit by meaning (decision 144): an equipment
    noun with what identifies or counts it (器材编号, 仪器名称), or, beside such a header, a
    bare 规格/型号/数量. None where a header names a price: a priced list sells or quotes."""
    if any(word in key for key in keys for word in PRICE_WORDS):
        return []
    named = [column for column, key in enumerate(keys)
             if column not in mapped and _names_kit(key)]
    if not named:
        return []
    bare = [column for column, key in enumerate(keys)
            if column not in mapped and column not in named and key in EQUIPMENT_BARE_ATTRIBUTES]
    return sorted(named + bare)


def _names_kit(key: str) -> bool:
    for noun in EQUIPMENT_NOUNS:
        at = key.find(noun)
        if at >= 0 and any(word in key[at + len(noun):] for word in EQUIPMENT_ATTRIBUTES):
            return True
    return False
