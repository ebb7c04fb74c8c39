"""What a header label means, from its parts: the fallback when no synonym matches.

``field_scores(label, kind)`` reads a normalised label as a sequence of word parts
(parsers/lexicon.py) and scores it against each canonical field of ``kind`` by rules that say
which parts a field needs and which parts rule it out. 来电者名称 is customer + name, so
customer_name; 维修人员电话 is staff + phone, so *not* customer_phone; 出单时刻 is a report event +
a time word, so reported_at. A label with no rule left is compared character by character with
the synonyms (bigram overlap) as a last resort.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from preaudit.model.records import RecordKind
from preaudit.parsers.english import has_chinese
from preaudit.parsers.lexicon import (
    ASKS_WHETHER,
    EMPLOYEE,
    FAULT_HEADS,
    PARTS,
    PERSONNEL,
    SERVING,
)

WO, SV, CP = RecordKind.WORK_ORDER, RecordKind.SURVEY_RESPONSE, RecordKind.COMPLAINT

# Characters that join parts without meaning (来电者的名称, 投诉及处理).
# 给 joins who gave to what was given (客户给的评分: the customer's score).
_FILLERS = frozenset("的之人者方所及和与给、/-_. ")
_MAX_PART = max(len(part) for parts in PARTS.values() for part in parts)
_CLASSES_OF: dict[str, frozenset[str]] = {}
for _class, _parts in PARTS.items():
    for _part in _parts:
        _CLASSES_OF[_part] = _CLASSES_OF.get(_part, frozenset()) | {_class}


_ACTOR_ENDINGS = frozenset("人员者")
# 工, a worker, after an act no word takes it into (修理工, 安装工; decision 177); 完工 and 派工
# are words of their own, so never a worker.
_WORKER_ENDINGS = frozenset("工")
# 站, 处, 部, 科, 所 after an act no word takes them into: the office that does it (维保站,
# 服务处, 维修部), an organisation; 处理 and 部件 are words of their own.
_OFFICE_ENDINGS = frozenset("站处部科所")
_PEOPLE = frozenset({"customer", "staff"})
# Parts that qualify without heading or classing a label (the item word is seen only as the
# label's last word: Reading.ends_in_item)
_QUALIFIERS = frozenset({"neutral", "item"})
# Acts the service side does for the customer: an organisation after one (维修单位, 安装公司,
# 受理单位, 派单单位) is the one that does it, the company or its contractor (decision 327).
# Not 验收 or 取机 (ev_complete: the customer accepts the work, collects the unit), nor the
# customer's own acts (报修单位, 投诉单位 asked for the service).
SERVICE_ACTS = frozenset({"resolution", "service_act", "ev_respond", "ev_dispatch", "ev_accept"})
# The desk's acts on an order that a person word after them names the doer of (指派用户: the
# user assigned; 受理用户, 接单用户: the user who took it in), not the creating or keying in
# of the record (创建用户, 填报用户 may be anyone's account).
_DESK_ACTS = frozenset({"ev_dispatch", "ev_take", "ev_take_order"})
_CUSTOMER = frozenset({"customer"})
_STAFF = frozenset({"staff"})
# A request for service named as a thing (报修, 报障, 报事, 送修, 寄修: the repair asked for)
# and a bare end right after it (完成, 结束, 办结): the request's end, the job done, as the
# listed 报修结束时间 says; never the reporting. A verb of asking with an end for its object
# (申请办结, 申请退款: asking for closure or a refund) stays the customer's act (decision 311;
# decision 436).
_REQUEST_NOUNS = frozenset({"报修", "报障", "报事", "送修", "寄修"})
_BARE_ENDS = frozenset({"完成", "完工", "结束", "办结", "完结", "结案", "关闭"})
# What of a person a name column holds: their name (报警人名称, 处警人姓名; decision 304)
_NAME_WORDS = ("名称", "姓名", "名字")
# What a column may hold of an actor (施工人电话, 报警人联系方式): their name or their phone.
_OF_ACTOR_WORDS = _NAME_WORDS + tuple(sorted(PARTS["phone"], key=len, reverse=True))
# Acts only the service side does (the lexicon's service acts and remedies): whoever does one
# is staff (decision 463).
_STAFF_ACTS = frozenset({"service_act", "resolution"})
# The classes that name the record itself: any record word, and the forms among them that a
# customer fills in (RESPONSE_FORMS: 意见卡, 问卷, 投诉单; decision 471). Where a check sets the
# record's name aside, it sets both aside.
RECORD_NAMES = frozenset({"record", "form"})


@dataclass(frozen=True)
class Reading:
    """A label read as parts: the classes found and how much of the label they explain."""

    classes: frozenset[str]
    coverage: float  # share of the label's meaningful characters covered by known parts
    headed: bool  # the label ends in a known part: its head noun (…编号, …时间) is understood
    # Classes of that last part. A Chinese compound is headed at its end: 诉求联系人 is a
    # person (联系人) qualified by the request, 客户诉求 a request qualified by the customer.
    head: frozenset[str] = frozenset()
    # The label ends in an item word (报修项目): neutral for everything but the rules that
    # ask for ^item (decision 267)
    ends_in_item: bool = False
    # An organisation of the service side is named (维修单位, 服务单位): seen only by the rules
    # of the customer's fields, which it rules out (decision 327)
    provider: bool = False
    # The number right after an act (雇主回访编号, 用户投诉编号): the act's record, whoever the
    # words before it name (decision 421)
    numbered_act: bool = False

    @property
    def tagged(self) -> frozenset[str]:
        """The classes plus the head's, marked ^: what rules are matched against."""
        return (self.classes | frozenset(f"^{name}" for name in self.head)
                | (frozenset({"^item"}) if self.ends_in_item else frozenset())
                | (frozenset({"provider"}) if self.provider else frozenset())
                | (frozenset({"numbered_act"}) if self.numbered_act else frozenset()))


@lru_cache(maxsize=16384)
def read_label(key: str) -> Reading:
    """A normalised label read as the known parts of its best split (``_split``)."""
    classes: set[str] = set()
    covered = meaningful = 0
    index = 0  # where the split starts: after an opening 人员
    head: frozenset[str] = frozenset()
    tail_unread = False  # the last character is no part of a known word
    ends_in_item = False
    taking = False  # the last word was the desk's act of giving out or taking in the order
    serving = provider = False  # the last word was an act of the service; an org follows one
    assigned = False  # the label ends in a person word right after the desk's act on the order
    acted = numbered_act = False  # the last word was an act; the label ends in its number
    reports = 0  # words that say the customer reported; one a request's end took back
    requested = False  # the last word was a request for service named as a thing
    asked = asker = False  # the last word was the act of asking; the label ends in 员工 after it
    # 人员姓名: the keeper's own staff (decision 306); a bare 人员 says nothing of whose (its
    # bracket may: 人员（仓库）, decision 229)
    opening = next((word for word in PERSONNEL if key.startswith(word) and key != word), "")
    if opening:
        classes.add("staff")
        covered = meaningful = index = len(opening)
        head = frozenset({"staff"})
    for word in _split(key[index:]):
        found = _part_classes(word)
        if found is None and len(word) == 2 and word[1] == _OWNER:
            found = _CUSTOMER  # the split took it as a thing's owner (_owner_at)
        if found is not None:
            reports += "ev_report" in found
            if requested and word in _BARE_ENDS:
                reports -= 1  # 报修完成: the request's end, no act of reporting
            # (报修实际完成: a qualifier between them changes nothing)
            requested = word in _REQUEST_NOUNS or (requested and found <= _QUALIFIERS)
            asker = asked and word == EMPLOYEE
            asked = "ev_report" in found
            classes |= found
            covered += len(word)
            meaningful += len(word)
            head = found if not found <= _QUALIFIERS else head
            ends_in_item = "item" in found
            tail_unread = False
            provider = provider or (serving and "org" in found)
            assigned = assigned or (found == _CUSTOMER and taking)
            serving = bool(found & SERVICE_ACTS) or word in SERVING
            taking = bool(found & _DESK_ACTS)
            numbered_act = acted and "id" in found
            acted = any(name.startswith("ev_") for name in found)
        else:
            if word not in _FILLERS:
                meaningful += 1
                head = frozenset()
                ends_in_item = False
                serving = taking = assigned = acted = numbered_act = asked = asker = False
            requested = False  # 报修/完成时间: a slash between them offers two, no request's end
            tail_unread = True
    coverage = covered / meaningful if meaningful else 0.0
    if not reports:
        classes.discard("ev_report")
    classes, head = _whose_act(classes, head, assigned, asker)
    if key[-1:] in _OFFICE_ENDINGS and tail_unread and classes - {"neutral"}:
        # 维保站, 服务处: the office of the act before it, no act (decision 177)
        classes.add("org")
        head = frozenset({"org"})
    ending = key[-1:] in _ACTOR_ENDINGS or (key[-1:] in _WORKER_ENDINGS and tail_unread)
    if ending and not head & _PEOPLE and classes - {"neutral"}:
        # 巡检人, 安装员: whoever does the act before it (a listed person word wins); whoever
        # does a service act or a remedy (施工人, 安装人, 整改人) is the company's (decision 463)
        classes.add("actor")
        head = frozenset({"actor"})
        if classes & _STAFF_ACTS:
            classes.add("staff")
    reading = Reading(frozenset(classes - _QUALIFIERS), coverage, bool(head),
                      head - _QUALIFIERS, ends_in_item, provider, numbered_act)
    if head & _PEOPLE:
        return reading  # 报修人姓名, 维修人姓名: a listed person word already says who
    # 收件人姓名, 处警人姓名, 修理工姓名: 姓名 only says what of the actor before it the
    # column holds, as 名称 does (decisions 350, 353)
    return _actor_named(key, reading) or _doer_numbered(key, reading)


def _whose_act(classes: set[str], head: frozenset[str], assigned: bool,
               asker: bool) -> tuple[set[str], frozenset[str]]:
    """A person word that an act before it says the side of."""
    if assigned:
        # 指派用户, 受理用户, Assigned User: the system's user the order was given to or who
        # took it in, the company's own staff; the customer asks, the desk assigns (decision 408)
        classes = (classes - _CUSTOMER) | _STAFF
        head = _STAFF if head == _CUSTOMER else head
    if asker:
        # 申请员工, 报修员工: the employee who asked for the service, the in-house customer
        # (decision 450)
        classes = (classes - _STAFF) | {"actor"}
        head = frozenset({"actor"})
    return classes, head


def _part_classes(word: str) -> frozenset[str] | None:
    """The classes of a known part, or of a person word ending in 人 (经办人, 创建人, 报修人)
    written with 员 after it: 人员 is 人 taken together, so 经办人员 is 经办人 wholly read, not
    a word with a part unknown (decision 323; a listed 维修人员 is a part of its own); None for
    no known part."""
    found = _CLASSES_OF.get(word)
    if found is None and word.endswith("人员"):
        person = _CLASSES_OF.get(word[:-1])
        return person if person is not None and person & _PEOPLE else None
    return found


# A split's cost, least first: characters no known part explains (a filler costs nothing),
# agent suffixes taken from the word they begin (_yields_suffix), then the parts' lengths in
# order, negated: of equal splits the one with the longest first part, as a reader goes.
_Cost = tuple[int, int, tuple[int, ...]]


# 主 after the one character of a thing names its owner (车主, 机主, 表主, 船主, 货主, 雇主):
# whose item is served, the customer (decision 421). Not where 主 begins a word of its own
# (主题, 主键, 主管, 主任, 主体, 主办, 主责: 联系主题 is no 系主's), and 自主, 民主, 公主 own
# nothing; a known word that takes the character (维修主管, 设备主要) wins in the split.
_OWNER = "主"
_OWNS_NOTHING = frozenset("自民公宗货卖店")  # 货主 a shipper; 卖主, 店主 the seller's side
_OWNER_WORD_STARTS = frozenset("任体办责持导动席")


def _owner_at(key: str, start: int) -> bool:
    """key[start:start + 2] is a thing's owner (表主 in 表主联系电话)."""
    word, after = key[start:start + 2], key[start + 2:]
    if len(word) != 2 or word[1] != _OWNER or word[0] in _OWNS_NOTHING or not has_chinese(word[0]):
        return False
    if after[:1] in _OWNER_WORD_STARTS:
        return False
    return not any(_OWNER + after[:size - 1] in _CLASSES_OF for size in range(2, _MAX_PART + 1)
                   if size - 1 <= len(after))


def _manner_split(key: str, end: int, word: str) -> bool:
    """A party ending in 方 (投诉方, 报修方) whose 方 begins 方式: the label says the way a thing
    was done (投诉方式, 报修方式: by phone, online), no party (decision 426)."""
    return word.endswith("方") and len(word) > 1 and key[end:end + 1] == "式"


def _split(key: str) -> tuple[str, ...]:
    """The best split of a label into known parts and unread characters (decision 320).

    Every split is scored, not only the longest-first one: the split that explains the most
    of the label wins (受理单位 is 受理 + 单位, the unit that took it in, not 受理单 + an unread
    位), and of splits that explain as much, the one that leaves an agent's suffix to the word
    it begins (维修工单号 is 维修 + 工单 + 号, a repair order's number; decision 321), then the
    longest-first one, as read before."""
    best: list[tuple[_Cost, tuple[str, ...]]] = [((0, 0, ()), ())]  # best[n]: of key[-n:]
    unknown = _unknown_words(key)
    for start in range(len(key) - 1, -1, -1):
        rest = len(key) - start
        char = key[start]
        unread_cost, unread_split = best[rest - 1]
        options = [((unread_cost[0] + (char not in _FILLERS), unread_cost[1],
                     (0, *unread_cost[2])), (char, *unread_split))]
        for size in range(1, min(_MAX_PART, rest) + 1):
            word = key[start:start + size]
            if _manner_split(key, start + size, word) or start in unknown:
                continue
            if _part_classes(word) is not None or (size == 2 and _owner_at(key, start)):
                cost, split = best[rest - size]
                options.append(((cost[0], cost[1] + _yields_suffix(key, start, size),
                                 (-size, *cost[2])), (word, *split)))
        best.append(min(options))
    return best[len(key)][1]


def _unknown_words(key: str) -> frozenset[int]:
    """Where the label holds a word in Latin letters that known parts do not make up end to
    end: no part starts inside it (the no of diagnosis or acknowledgement, the tel of hotel),
    where a word the glossary does not know is kept as it was written. A run of known parts
    written together (createtime, customername, orderno) is read part by part (decision
    459)."""
    return frozenset(index for run in _LATIN_RUN.finditer(key) if not _made_of_parts(run[0])
                     for index in range(run.start(), run.end()))


_LATIN_RUN = re.compile(r"[a-z]+")


@lru_cache(maxsize=4096)
def _made_of_parts(run: str) -> bool:
    """The run of letters is known parts end to end (create + time, customer + name)."""
    known = [True] + [False] * len(run)
    for end in range(1, len(run) + 1):
        known[end] = any(known[begin] and run[begin:end] in _CLASSES_OF
                         for begin in range(max(0, end - _MAX_PART), end))
    return known[len(run)]


def _yields_suffix(key: str, start: int, size: int) -> int:
    """1 where the part key[start:start + size] is a person named by an agent's suffix (维修工,
    维修员, 报修人) whose stem is a word (维修) and whose suffix begins a word after it (工单,
    员工): 工 that a known word takes in is no worker (decision 177), and so the suffix goes to
    that word where the split explains as much (decision 321); else 0."""
    word = key[start:start + size]
    if size < 2 or word[-1] not in _ACTOR_ENDINGS | _WORKER_ENDINGS:
        return 0
    if not (_part_classes(word) or frozenset()) & _PEOPLE or word[:-1] not in _CLASSES_OF:
        return 0
    suffix = start + size - 1
    return int(any(key[suffix:suffix + length] in _CLASSES_OF
                   for length in range(2, min(_MAX_PART, len(key) - suffix) + 1)))


def _actor_named(key: str, reading: Reading) -> Reading | None:
    """报警人名称, 处警人名称, 修理工姓名: the name of whoever does an act is that actor, as the
    act's actor alone (报警人, 处警人, 修理工) reads; a name word after it only says what of them
    the column holds (decisions 304, 350). So is their phone (施工人联系电话: the installer's,
    never the customer's; decision 463), headed by the phone. None where the label is neither."""
    for word in _OF_ACTOR_WORDS:
        stem = key[:-len(word)]
        if key.endswith(word) and stem[-1:] in _ACTOR_ENDINGS | _WORKER_ENDINGS:
            actor = read_label(stem)
            if actor.head == {"actor"}:
                head = actor.head if word in _NAME_WORDS else _CLASSES_OF[word] & {"phone"}
                return Reading(actor.classes | _CLASSES_OF[word],
                               max(actor.coverage, reading.coverage), True, head, False,
                               actor.provider)
    return None


def _doer_numbered(key: str, reading: Reading) -> Reading:
    """查看者ID, 终止人ID, 发送人编号, 修理工id: a number after whoever does something (a word
    ending in 人, 员 or 者, whatever the act, or in 工 that no word takes in) numbers that
    person, an account or a staff member, never the record: a party's key, as 客户主键 is
    (decisions 316, 350). The doer is marked an actor, unless a person word already says who
    (会员id, 处理人员ID); 完工id numbers no worker (完工 is a word)."""
    if reading.head != {"id"} or reading.classes & _PEOPLE:
        return reading
    for size in range(min(_MAX_PART, len(key) - 1), 0, -1):
        if "id" in _CLASSES_OF.get(key[-size:], frozenset()):
            parts = _split(key)
            worker = len(parts) > 1 and parts[-2] in _WORKER_ENDINGS  # 工 read alone: 工号
            if key[-size - 1] in _ACTOR_ENDINGS or worker:
                return replace(reading, classes=reading.classes | {"actor"})
            break
    return reading


@dataclass(frozen=True)
class Rule:
    weight: float
    needs: frozenset[str]  # every one of these classes
    excludes: frozenset[str] = frozenset()  # none of these
    covered: float = 0.0  # share of the label known parts must explain for the rule to hold


_WHOLLY_KNOWN = 0.9  # a label of known words, not a phrase written out around a few of them


def _rule(weight: float, needs: str, excludes: str = "", covered: float = 0.0) -> Rule:
    return Rule(weight, frozenset(needs.split()), frozenset(excludes.split()), covered)


def _of_the_served(rules: list[Rule]) -> list[Rule]:
    """The rules of a field of the customer's, none of which reads a label that names an
    organisation of the service side (服务单位名称, 维修单位电话, 安装公司地址): the company or
    its contractor is never the customer, whatever of it the column holds (decision 327)."""
    return [Rule(rule.weight, rule.needs, rule.excludes | {"provider"}, rule.covered)
            for rule in rules]


# Who the label is about and what it holds decide the field; a time word decides a timestamp.
# A count heads no person (技术员数量, Number of technicians: how many, never who; decision 453).
_NOT_PERSON = (
    "staff phone address id code sign time product issue resolution outcome reason category score "
    "org tag ^count"
)
# A label headed by an act that a person's word only qualifies (客户录入: the customer's
# entry; 买家留言: the buyer's message) names the act, not the person (decision 342).
_HEADED_BY_ACT = " ".join(f"^{name}" for name in PARTS if name.startswith("ev_"))
_PERSON = _of_the_served([
    _rule(1.0, "customer name", "staff phone address id sign time name_char"),
    _rule(0.9, "customer name_char", "staff phone address id sign time"),
    # (客户要求, 用户期望: what the customer asks for or expects, headed by it, is no person)
    _rule(0.9, "customer",
          f"{_NOT_PERSON} content feedback record account ^planned {_HEADED_BY_ACT}"),
    # headed by the person: what comes before only qualifies (诉求联系人, 报修联系人)
    _rule(0.85, "^customer", "staff phone address id sign time product org score"),
    # a person's name (姓名) that names no staff: 诉求姓名, 来访姓名 name who raised it
    _rule(0.95, "^person_name", "staff phone address id sign time product org"),
    # 提报人, 提交人, 来访人员: whoever does the act of reporting raised the request, as the
    # listed 报修人, 申请人 and 上报人 did; below every listed word (decision 295)
    _rule(0.85, "^actor ev_report", "staff phone address id sign time product org desk"),
    # 申诉人: the act of complaining and its doer, nothing else, is who complained; a post
    # (客诉员: 员 no part) or a later act (投诉升级人) is staff's (decision 302)
    _rule(0.85, "^actor ev_complaint", "staff phone address id sign time product org desk",
          covered=_WHOLLY_KNOWN),
    # 会员账号, 用户账号: the customer's account names them where no name is written, below
    # every name (decision 182)
    _rule(0.7, "customer ^account", "staff phone address sign time product org"),
])
# 评价用户ID, 评论用户id, 用户编号: a survey names who answered by the customer's key where it
# writes no name, as 会员账号 names them (decision 182): a response is one person's answer, so
# their key is the respondent; below every name and account. A work order's or a complaint's
# customer key stays unread: there it numbers a party, never names one (decision 330).
_RESPONDENT = [
    *_PERSON,
    *_of_the_served([_rule(0.65, "customer ^id",
                           "staff actor phone address sign time product numbered_act")]),
]
# A firm that did the service or took it in (维修公司, 安装单位) is no customer.
_NOT_FIRM_CUSTOMER = ("staff phone address id sign time product resolution service_act "
                      "ev_respond ev_complete ev_dispatch ev_accept")
# The customer's phone is also the one named by the record's own event (投诉电话, 来电号码).
_EVENT_PHONE = "staff product id org"
_PHONE = _of_the_served([
    _rule(1.0, "customer phone", "staff"),
    _rule(0.95, "ev_report phone", _EVENT_PHONE),
    _rule(0.95, "ev_complaint phone", _EVENT_PHONE),
    _rule(0.95, "ev_callback phone", _EVENT_PHONE),
    # 诉求号码: the number the request came from is the one who raised it (decision 161)
    _rule(0.95, "^phone issue", _EVENT_PHONE + " customer"),
    _rule(0.85, "phone", "staff product id"),
])
# A person's number (客户编号, 处理人ID, 查看者ID: decision 316) never numbers the record.
_RECORD_ID = [
    _rule(1.0, "record id", "customer staff actor product phone time linked"),
    # 观众意见卡号, 乘客意见单号: a response's or a complaint's own form numbered, whoever's it
    # is; the form heads the number (decision 471)
    _rule(0.9, "customer form ^id", "staff actor product phone time linked"),
    _rule(0.85, "id", "customer staff actor product phone time name address linked"),
    # 问卷序号, 工单序号: the serial of the record itself, not a row counter; below its 编号
    _rule(0.8, "record row_number", "customer staff actor product phone time linked"),
    _rule(0.3, "row_number"),
    # 雇主回访编号, 用户投诉编号: the number of the act the customer's word only qualifies
    _rule(0.9, "numbered_act", "staff actor product phone time linked"),
]
# A complaint ledger's id qualified by the complaint itself (投诉id, 投诉ID) numbers the
# complaint; one qualified by another document as well (被投诉的运单id: the waybill complained
# about) numbers that document (decision 168).
_COMPLAINT_ID = [
    *_RECORD_ID,
    _rule(1.0, "ev_complaint id",
          "record customer staff actor product phone time name address linked"),
]
# A text is never headed by a name (诉求姓名 is who raised the request, not the request), nor
# is it a count of anything (解决问题数量; decision 267).
_NOT_TEXT = ("time staff id phone address sign customer product score org category actor ^name "
             "subject count tag")


def _but_whose(excludes: str) -> str:
    """The excluded classes less the customer: for a text the customer's word only says whose
    it is (客户报修内容, 客户要求)."""
    return " ".join(word for word in excludes.split() if word != "customer")


# A subject line is the request's, never a person's, a time's or the answer's (decision 193);
# one that names whose order it titles (用户报修单标题) stays unread as decision 177 left it:
# such a list titles an order by its appliance, its content says what is wrong.
_SUBJECT_NOT = ("time staff id phone address sign score org actor ev_complete ev_callback "
                "feedback outcome customer ^name")


def _subject_of(acts: str, excludes: str) -> list[Rule]:
    """A subject line qualified by one of ``acts`` (维修标题: the repair's title); a bare 标题
    says nothing of whose title it is (a video's, a course's) and is read by no rule."""
    return [_rule(0.75, f"subject {act}", f"{_SUBJECT_NOT} {excludes}") for act in acts.split()]


# What came back from a job (反馈情况) is no fault description.
# 投诉内容 is a complaint's text: never a work order's fault
_NOT_ISSUE = ("resolution ev_complete ev_callback outcome service_act feedback ev_complaint "
              + _NOT_TEXT)
# … but for the customer, where the label is headed by the content of the customer's order
_NOT_ISSUE_BUT_WHOSE = _but_whose(_NOT_ISSUE)
# The company's answer in words: a text headed by a remedy or an opinion and qualified by staff
# (管理员处理回执, 处理人意见) is what the company did or said, whoever wrote it.
_ANSWER_BY_STAFF = [
    _rule(0.85, "staff ^resolution", "time id phone sign ev_callback customer"),
    _rule(0.85, "staff ^feedback", "time id phone sign ev_callback customer score"),
    _rule(0.85, "staff resolution ^content", "time id phone sign ev_callback customer"),
]
# A person column is headed by a person (or names one): 处理人意见 is an opinion.
_NOT_PERSON_HEAD = (
    "phone time sign id address ^feedback ^resolution ^content ^outcome ^reason ^issue ^count"
)
# No overall rating: a time, a rating of how long something took (等候时长打分 rates one
# aspect, as a rating of a time does; decision 464), or the staff's.
_NO_WHOLE = "time duration staff"

RULES: dict[RecordKind, dict[str, list[Rule]]] = {
    WO: {
        "record_id": _RECORD_ID,
        # 企业名称, 公司名称: a firm's name, where no person is named, is the business
        # customer's; below every person's name (decision 182)
        "customer_name": _of_the_served([
            *_PERSON, _rule(0.6, "firm ^name", _NOT_FIRM_CUSTOMER),
            # 报修科室, 报修之部门: the department that reported the fault asked for the
            # service, as the listed 报修单位 did; below every person (decision 305)
            _rule(0.8, "ev_report ^org", _NOT_FIRM_CUSTOMER + " name")]),
        "customer_phone": _PHONE,
        "customer_address": _of_the_served([
            _rule(1.0, "customer address", "staff id"),
            _rule(0.85, "address", "staff phone id"),
        ]),
        "product": [
            # headed by an address (设备地址, 设备标准地址): where the thing stands, never which
            # thing it is (decision 465)
            _rule(0.9, "product", "time customer staff phone id issue resolution sign part "
                  "^address"),
            # headed by the thing: a phone or a fault before it only says which (手机型号 is a
            # phone's model, 故障设备 the faulty device; decision 229)
            _rule(0.85, "^product", "time customer staff id resolution sign part"),
            # 产品代码, 商品编码: the product's code names which product, as its model does;
            # below its name (a number, 产品编号, may count one unit: never read; decision 266)
            _rule(0.7, "product ^code", "time customer staff phone issue resolution sign part "
                  "record linked org"),
        ],
        "issue": [
            _rule(1.0, "issue", "resolution " + _NOT_TEXT),
            # headed by the fault or request: whose it is only qualifies (用户诉求, 客户反映问题)
            _rule(0.85, "^issue", "resolution time staff id phone sign score"),
            _rule(0.85, "ev_report content", "time staff"),
            _rule(0.8, "reason", "resolution ev_complaint ev_callback " + _NOT_TEXT),
            _rule(0.85, "record content", _NOT_ISSUE),
            # 用户报修单详细内容: the customer qualifies the order, the content heads the label
            # (decision 177)
            _rule(0.8, "customer record ^content", _NOT_ISSUE_BUT_WHOSE),
            _rule(0.55, "content", _NOT_ISSUE),
            # 维修标题, 报修主题: the request's subject line says what is wrong (decision 193)
            *_subject_of("resolution ev_report issue record", "ev_complaint"),
            # 报修项目: the item the customer reported is what is wrong, below the words for
            # the fault itself (decision 267)
            _rule(0.75, "ev_report ^item", "resolution ev_complete ev_callback feedback "
                  + _NOT_TEXT),
        ],
        "resolution": [
            _rule(1.0, "resolution", "ev_callback feedback reason " + _NOT_TEXT),
            _rule(0.85, "ev_complete content", "ev_callback " + _NOT_TEXT),
            _rule(0.7, "outcome", "ev_callback feedback score " + _NOT_TEXT),
            *_ANSWER_BY_STAFF,
            # 保养内容, 安装情况: what the service act did is the work done (decision 123)
            _rule(0.8, "service_act content", "feedback reason issue planned " + _NOT_TEXT),
            # 反馈情况 with no customer in it: what came back from the job, in words
            _rule(0.6, "feedback content", "customer ev_callback ev_report score " + _NOT_TEXT),
        ],
        "reported_at": [
            _rule(1.0, "ev_report time", "staff ev_complete ev_respond ev_callback"),
            # 申请退款时间, 退款申请时间: the customer asking for an end (a refund) is a request,
            # dated when asked; the end itself is dated apart (decision 311)
            _rule(0.9, "ev_report ev_complete time", "staff ev_respond ev_callback"),
            _rule(0.9, "ev_accept time", "staff ev_complete ev_respond ev_callback"),
            _rule(0.75, "record time", "staff ev_complete ev_respond ev_callback ev_dispatch"),
            _rule(0.6, "ev_dispatch time", "staff ev_complete ev_respond ev_callback"),
            # 故障时间: when the fault occurred, as the customer reports it
            _rule(0.7, "issue time", "staff ev_complete ev_respond ev_callback resolution"),
        ],
        "responded_at": [
            _rule(1.0, "ev_respond time", "staff ev_complete ev_callback"),
            # 维保人员到场时间: headed by the time, the staff only say whose arrival it was,
            # and the staff's arrival is the response; only in a label of known words (in
            # 维修人员上门迟到两小时, a complaint written out, the staff are what it is about)
            _rule(0.9, "staff ev_respond ^time", "ev_complete ev_callback customer desk",
                  covered=_WHOLLY_KNOWN),
            # 受理时间 beside a 报修时间: the desk taking the order in is its first response
            # (decision 71); alone it stays the report's date, which outweighs this
            _rule(0.7, "ev_take time", "staff ev_complete ev_callback ev_report"),
        ],
        "completed_at": [
            _rule(1.0, "ev_complete time", "staff ev_callback first ev_report"),
            _rule(0.9, "ev_complete time first", "staff ev_callback ev_report"),
            _rule(0.8, "resolution time", "staff ev_callback ev_report ev_respond"),
            # 安装日期, 保养时间: the day the service act was done at the customer's
            _rule(0.8, "service_act time", "staff ev_callback ev_report ev_accept ev_dispatch "
                  "ev_respond"),
        ],
        "technician": [
            _rule(1.0, "staff ev_complete", _NOT_PERSON_HEAD),  # 完工人 did it
            # 解决人 (who resolved and completed it) did the job, as 完工人 does: above the
            # staff who took the order in (接单人; decision 262)
            _rule(1.0, "^actor resolution ev_complete", _NOT_PERSON_HEAD + " customer"),
            _rule(0.95, "staff", _NOT_PERSON_HEAD + " desk"),
            # 受理人, 审批人: the desk took the order in or passed on it, no act of the
            # service; only where no one else is (columns._doer_over_desk, decision 350)
            _rule(0.9, "staff desk", _NOT_PERSON_HEAD),
            _rule(0.85, "^actor resolution", _NOT_PERSON_HEAD + " customer"),  # 巡检人
            _rule(0.85, "^actor ev_complete", _NOT_PERSON_HEAD + " customer"),
            _rule(0.85, "^actor service_act", _NOT_PERSON_HEAD + " customer"),
            # 处警人, 出警人员: whoever responded on site did the job; the one planned to
            # (计划处警人) may not have (decision 304)
            _rule(0.85, "^actor ev_respond", _NOT_PERSON_HEAD + " customer planned"),
        ],
        "signature": [_rule(1.0, "sign", "time staff id phone category org")],
    },
    SV: {
        "record_id": _RECORD_ID,
        "respondent": _RESPONDENT,
        "respondent_phone": _PHONE,
        "surveyed_at": [
            _rule(1.0, "ev_callback time", "staff"),
            _rule(0.6, "record time", "staff ev_complete ev_report ev_accept"),
            # 反馈时间: when the respondent gave the rating back (decision 157)
            _rule(0.6, "feedback time", "staff ev_complete ev_report ev_accept resolution "
                  "planned"),
            # 评分时间, 打分日期, Rated at: when the respondent gave the score is when the
            # response was given, as the feedback's time is (decision 439)
            _rule(0.7, "score ^time", "staff ev_complete ev_report ev_accept resolution planned "
                  "ev_respond ev_dispatch"),
            # 开始时间 of a rated call: a survey's course starts when it is taken (as a
            # complaint's start is its receipt, decision 145); another step's start is not
            _rule(0.5, "ev_start time", "staff ev_accept ev_complete ev_dispatch ev_report "
                  "resolution ev_update"),

            # 创建时间 of a review or a questionnaire: the response is created when the
            # respondent submits it (decision 178); 受理 is a desk's act, never a response's
            _rule(0.5, "ev_accept time", "staff ev_take ev_complete ev_dispatch ev_report "
                  "resolution ev_update ev_callback ev_start"),
        ],
        "overall": [
            _rule(1.0, "overall score", _NO_WHOLE),
            _rule(1.0, "overall feedback", _NO_WHOLE),
            _rule(0.85, "feedback", f"{_NO_WHOLE} customer content reason"),
            _rule(0.85, "ev_callback outcome", _NO_WHOLE),
            # … not its reason or its words (打分原因, 评分说明: why the customer scored so)
            _rule(0.7, "score", f"{_NO_WHOLE} customer ^reason ^content"),
            # 客户给的评分, 用户打分: the customer's own score is the response's rating
            _rule(0.8, "customer ^score", f"{_NO_WHOLE} phone id name org"),
            # 客户满意结论, 雇主满意结论: the customer's verdict of satisfaction (decision 421)
            _rule(0.8, "customer feedback ^outcome", f"{_NO_WHOLE} phone id name org"),
        ],
    },
    CP: {
        "record_id": _COMPLAINT_ID,
        "customer_name": _PERSON,
        "customer_phone": _PHONE,
        "received_at": [
            _rule(1.0, "ev_complaint time", "staff ev_complete ev_callback ev_respond ev_accept"),
            # 投诉添加时间, 投诉受理时间: the desk entering or taking in the complaint, a step
            # after the customer raised it (举报时间 beside it is the raising; decision 298)
            _rule(0.95, "ev_complaint ev_accept time", "staff ev_complete ev_callback ev_respond"),
            _rule(0.95, "ev_report time", "staff ev_complete ev_callback ev_respond"),
            _rule(0.85, "ev_report ev_complete time", "staff ev_callback ev_respond"),  # 311
            _rule(0.9, "ev_accept time", "staff ev_complete ev_callback ev_respond"),
            # 反馈日期 in a ledger of customer feedback: when it was raised, the weakest witness
            _rule(0.6, "feedback time", "staff ev_complete ev_callback ev_respond resolution"),
            # 系统接单时间: when the desk or the system took the complaint in
            _rule(0.7, "ev_take_order time", "staff ev_complete ev_callback"),
            # 诉求时间: when the request was raised
            _rule(0.8, "issue time", "staff ev_complete ev_callback ev_respond resolution"),
            # 开始日期: a complaint's course starts when it is received (no on-site step)
            # (the start of another step, 开始受理, 处理开始, is that step's)
            _rule(0.85, "ev_start time", "staff ev_accept ev_complete ev_callback ev_dispatch "
                  "resolution outcome feedback ev_update"),
            # 记录时间: when the ledger recorded it, as for work orders
            _rule(0.75, "record time", "staff ev_complete ev_callback ev_respond ev_dispatch "
                  "resolution"),
        ],
        "reason": [
            # 不满意原因 is why the call-back's verdict is what it is: the feedback's reason,
            # not the complaint's, unless the complaint names it (decision 175)
            _rule(1.0, "reason", "resolution time staff feedback"),
            _rule(1.0, "reason ev_complaint", "resolution time staff"),
            # … never its number (渠道投诉号: the channel's complaint number)
            _rule(0.9, "ev_complaint category", "resolution time staff id"),
            _rule(0.7, "issue category", "resolution time staff customer id"),  # 问题类型
            # 反馈内容, 建议内容: what the customer raised, when the ledger is of complaints
            _rule(0.8, "feedback content", "resolution ev_callback time staff outcome"),
            _rule(0.9, "ev_complaint content", "resolution time staff"),
            _rule(0.85, "issue", "resolution " + _NOT_TEXT),
            _rule(0.8, "^issue", "resolution time staff id phone sign score"),
            # 反映内容, 事件描述: what the customer brought, described
            _rule(0.85, "ev_report content", "resolution ev_complete ev_callback " + _NOT_TEXT),
            _rule(0.8, "record content", "resolution ev_complete ev_callback feedback outcome "
                  + _NOT_TEXT),
            # a bare 内容 in a complaint ledger is the complaint's, not the remedy's
            _rule(0.6, "content", "resolution ev_complete ev_callback feedback outcome reason "
                  "ev_accept ev_dispatch " + _NOT_TEXT),
            # 投诉信息, 投诉详情: the complaint itself, in a complaint ledger
            # (headed by the complaint word: 投诉目的 is a demand in words we do not know)
            _rule(0.7, "^ev_complaint", "resolution ev_callback feedback outcome " + _NOT_TEXT),
            # 投诉标题, 投诉主题: the complaint's subject line says what it is about
            *_subject_of("ev_complaint ev_report issue record", "resolution"),
            # 客户要求, 用户诉求期望: what the customer asks for in a complaint ledger is what
            # the complaint is about; the weakest witness, below every named reason (its
            # time, 客户要求时间, is a deadline: never read)
            _rule(0.6, "customer ^planned", "resolution ev_callback feedback outcome "
                  + _but_whose(_NOT_TEXT)),
        ],
        "handling": [
            _rule(1.0, "resolution", "ev_callback feedback reason " + _NOT_TEXT),
            _rule(0.8, "outcome", "ev_callback feedback score " + _NOT_TEXT),
            *_ANSWER_BY_STAFF,
            # 回复意见, 办理意见: the opinion of the act of handling is the company's answer
            # (处理满意度 is how the customer rated it: a score, the feedback)
            _rule(1.0, "resolution ^feedback", "ev_callback customer score " + _NOT_TEXT),
            _rule(0.5, "content", "ev_complaint ev_callback ev_report issue reason feedback "
                  + _NOT_TEXT),
        ],
        "feedback": [
            # not 建议内容, 反馈内容: what the customer raised is the reason (decision 71)
            # a label headed by a name (反馈用户名) names who gave it, not what was said
            # … nor one headed by whoever does an act (回访者姓名: who called back; 353)
            _rule(1.0, "feedback", "time staff id content resolution ev_complete ^name ^actor "
                  "first"),
            # the first verdict of a case called back again (首次评价) yields to the last, as a
            # reopened order's first completion does (decision 408)
            _rule(0.9, "feedback first", "time staff id content resolution ev_complete ^name "
                  "^actor"),
            _rule(0.95, "ev_callback", "time staff id phone ^name ^actor"),
            # 乘客对答复意见, 客户对处理意见: the customer's opinion of the answer or the
            # handling, headed by the opinion, is the customer's word on it (decision 471)
            _rule(0.9, "customer ^feedback resolution", "time staff id ^name ^actor"),
            # 结案意见: the opinion written when the case was closed is the desk's, a weaker
            # witness of the customer's word than a call-back's (回访用户评价)
            _rule(0.8, "feedback ev_complete", "time staff id content resolution ev_callback"),
            # how satisfied the customer was with the handling: 处理满意度
            _rule(0.9, "feedback score", "time staff id phone"),
            # 客户反馈内容: the customer's own word back, as 客户反馈 says (decision 124); a
            # bare 反馈内容 or 建议内容 stays what the customer raised (decision 71)
            _rule(0.7, "customer feedback content", "time staff id phone ev_complaint ev_report "
                  "issue reason resolution"),
        ],
        "closed_at": [
            _rule(1.0, "ev_complete time", "staff ev_callback ev_report"),
            # 处理时间, 答复时间: the complaint ends when it is answered
            _rule(0.8, "resolution time", "staff ev_callback ev_report ev_accept ev_respond "
                  "ev_complaint"),
        ],
    },
}
# Bare time words (日期) name the record's own date: weaker than any named event.
_BARE_TIME = {WO: "reported_at", SV: "surveyed_at", CP: "received_at"}
_BARE_TIME_WEIGHT = 0.5
_MIN_COVERAGE = 0.6
_MIN_HEADED_COVERAGE = 0.5  # 自动编号: an unknown qualifier before a known head noun


def times_a_plan(reading: Reading) -> bool:
    """期望修理时间, 预计上门时间, 预约开始时间: the time of a plan or a promise, not of an event
    that happened, so no step of the record's course."""
    return "planned" in reading.classes and "time" in reading.classes


# Acts that say which record a record word is (维修工单, 投诉单, 回访单): the customer's, the
# desk's and the service's, every event of the process
_RECORD_ACTS = frozenset({"resolution", "service_act",
                          *(name for name in PARTS if name.startswith("ev_"))})


def _names_the_record(reading: Reading) -> bool:
    """维修工单, 投诉单, 回访单: a label headed by a record word with nothing but acts before
    it names the record itself, as a title does, and no field of it (decision 328). A
    record word that is also a text (维修记录: 记录 is content too) heads a text, and one
    before a number or a time (维修工单号) is that number's or time's."""
    return "record" in reading.head and reading.classes - RECORD_NAMES <= _RECORD_ACTS


def field_scores(key: str, kind: RecordKind) -> dict[str, float]:
    """field -> score in (0, 1] for one normalised label, by its parts."""
    reading = read_label(key)
    if not reading.classes or reading.coverage < _least_coverage(reading, key):
        return {}
    if times_a_plan(reading):
        return {}
    if "ev_void" in reading.classes and "time" in reading.classes:
        return {}  # 作废工单时间, 申请作废时间: the record was voided, no service step done
    if "duration" in reading.head:
        return {}  # 处理时长, 答题耗时: how long it took, no field's value (decision 464)
    if _names_the_record(reading):
        return {}
    scale = 0.7 + 0.3 * reading.coverage
    scores: dict[str, float] = {}
    tagged = reading.tagged
    for name, rules in RULES[kind].items():
        best = max((_apply(rule, tagged, reading.coverage) for rule in rules), default=0.0)
        if best > 0:
            scores[name] = best * scale
    if reading.classes <= {"time", *RECORD_NAMES} and "time" in reading.classes:
        scores.setdefault(_BARE_TIME[kind], _BARE_TIME_WEIGHT * scale)
    return scores


def _least_coverage(reading: Reading, key: str) -> float:
    """How much of a label known parts must explain. A label headed by the thing itself
    (型号, 机型, 设备) names a product whatever qualifies it (decision 229), and the qualifier
    is then the kind of thing (打印机型号, 燃气表具型号): no list can hold every kind of
    appliance, so an unknown one is read as the thing's kind, not as a label not understood
    (decision 275). So is a label headed by a word for the fault itself (卷门卡滞现象: the
    kind of fault, decision 452). Only where nothing else is in the label: a time, a person
    or an act beside an unknown word keeps the floor."""
    if reading.head == {"product"} and reading.classes == {"product"}:
        return 0.0
    if reading.head == {"issue"} and reading.classes == {"issue"} and key.endswith(FAULT_HEADS):
        return 0.0
    return _MIN_HEADED_COVERAGE if reading.headed else _MIN_COVERAGE


def event_time_scores(key: str, kind: RecordKind, steps: tuple[str, ...]) -> dict[str, float]:
    """step -> score for a label that names an event of the process but no time word (到达,
    完成, 受理): what it would mean with one, as a column of dates supplies the time
    (decision 242). Nothing for a label with a time word (its own reading stands), a plan or
    a voided record, or no known part."""
    reading = read_label(key)
    if not reading.classes or reading.classes & {"time", "planned", "ev_void", "duration"}:
        return {}
    tagged = reading.tagged | {"time"}
    scores = {name: max((_apply(rule, tagged, reading.coverage) for rule in RULES[kind][name]),
                        default=0.0)
              for name in steps}
    return {name: score for name, score in scores.items() if score > 0}


def _apply(rule: Rule, classes: frozenset[str], coverage: float) -> float:
    if rule.needs <= classes and not (rule.excludes & classes) and coverage >= rule.covered:
        return rule.weight
    return 0.0


def is_composed(key: str) -> bool:
    """True when the label joins at least two kinds of part (客户+核签, 出单+时刻).

    A single word that a rule accepts (满意, 维修, 已签) may just as well be a value written in a
    form, so only a composition counts as a label where labels and values are told apart.
    """
    reading = read_label(key)
    return len(reading.classes) >= 2 and reading.coverage >= 0.8


def bigram_similarity(a: str, b: str) -> float:
    """Dice overlap of character bigrams (single characters for one-character strings)."""
    grams_a, grams_b = _grams(a), _grams(b)
    if not grams_a or not grams_b:
        return 0.0
    return 2 * len(grams_a & grams_b) / (len(grams_a) + len(grams_b))


def _grams(text: str) -> set[str]:
    if len(text) < 2:
        return {text} if text else set()
    return {text[i:i + 2] for i in range(len(text) - 1)}


# A rating of one aspect (质量满意度, 服务态度满意度, 时效满意度, 技能评价): what is rated stands
# before the rating word. Whose rating it is (客户满意度), a word that qualifies nothing (服务,
# 售后), or 总体/整体/综合 (the overall itself) name no aspect; nor does 是否 (是否满意).
_RATING_HEADS = ("满意程度", "满意度", "评分", "打分", "得分", "评价", "评级", "星级", "满意")
_DEGREE = "不非常很较比基本十分特别太"
_NO_ASPECT = frozenset({"customer", "neutral", "overall", "ev_callback", *RECORD_NAMES})


def rated_aspect(key: str) -> str | None:
    """The aspect a normalised rating label rates (质量 of 质量满意度), or None: no rating
    label, or one that names no aspect (满意度, 客户满意度, 总体评价, 服务评价)."""
    head = next((word for word in _RATING_HEADS if key.endswith(word)), None)
    if head is None:
        return None
    aspect = key[: -len(head)].strip("".join(_FILLERS))
    if not aspect or aspect.startswith(ASKS_WHETHER) or aspect.endswith(("总", "总体")):
        return None
    if not aspect.strip(_DEGREE):
        return None  # 不满意, 非常满意, 基本满意: a step of the scale, not an aspect
    rest, index = aspect, 0
    while index < len(rest):  # drop whose and qualifying words: what is left is the aspect
        size = next((n for n in range(min(_MAX_PART, len(rest) - index), 0, -1)
                     if _CLASSES_OF.get(rest[index:index + n], frozenset()) & _NO_ASPECT), 0)
        if size:
            if _CLASSES_OF[rest[index:index + size]] & {"overall"}:
                return None
            rest = rest[:index] + rest[index + size:]
        else:
            index += 1
    rest = rest.strip("".join(_FILLERS))
    if rest in _RATING_HEADS:
        return None  # 满意度评分: the satisfaction score itself, a rating of no aspect
    return rest or None
