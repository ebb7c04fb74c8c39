"""Why the rules read no field in a header: decided on purpose, or unknown (decision 279).

A header no rule maps is one of two things. Either the rules read it and decided it names no
field of the record (人员（仓库）: the warehouse's staff; 销售人员: sales; 客户主键: a customer's
key; 时间1, 门诊日期: a time the order of the steps places; 提交人: a person the rules do not
attribute; 反馈消息: a feedback word whose cells say what it is), or no rule knows it at all
(报急人, 灾情描述). Only the second is a gap a learned reading may fill (parsers/label_model.py): a
gap filler cannot tell the two apart by itself, and read as a gap, a decided label reopens
what an earlier decision closed (decision 237). :func:`no_field_decided` says which decision
reads a header as no field, from the same forms, parts and words those decisions use.
"""

from __future__ import annotations

from enum import StrEnum

from preaudit.model.records import CellValue
from preaudit.parsers.date_order import eventless_date_label
from preaudit.parsers.headers import bracket_qualified
from preaudit.parsers.headers import normalise_header as header_key
from preaudit.parsers.lexicon import LOOKALIKE_WORDS
from preaudit.parsers.meaning import read_label, times_a_plan


class Decided(StrEnum):
    """The decision that reads a header as naming no field of the record."""

    # 人员（仓库）: the bracket qualifies the label and names nobody of the order (decision
    # 229); normalising drops the bracket, so the label read without it would be a new one
    BRACKET = "a qualifier in brackets names nothing of the record"
    # 销售人员, 培训日期: a word of a look-alike table (sales, a roster, an equipment list …)
    LOOKALIKE = "a look-alike table's word"
    # 提交人, 网点, 坐席: a person or an office the parts grammar reads and no field takes
    PARTY = "a person or an office no field of the record takes"
    # 客户主键, 员工编号: a party's number, which is no record's number (round 2)
    PARTY_KEY = "a party's number, not the record's"
    # 产品编号, 设备序列号: a thing's number may count one unit; which product it is, only its
    # name, model or catalogue code says (decision 266; decision 283)
    UNIT_KEY = "a thing's number, which may count one unit: not the product"
    # 时间1, 门诊日期: a time word and no event the lexicon knows; the order of the steps
    # places it (decision 165), or it is a survey's one date (decision 239), or, two such
    # dates competing, only a word could say which is which and none is read
    BARE_TIME = "a time word and no event: placed by the order of the steps, or by nothing"
    # 反馈消息: a feedback word, read by its cells as the verdict or the reply (decision 228)
    BY_CONTENT = "a feedback word: its cells say verdict or reply"
    # 预约开始时间, 期望上门时间: a plan's or a promise's time, no event that happened (the
    # rules' reading of planned times; decision 290)
    PLANNED = "the time of a plan or a promise, not of an event that happened"


_PERSONS = frozenset({"staff", "desk", "org", "actor"})
_PARTIES = _PERSONS | {"customer"}
_KEYS = frozenset({"id", "code"})


def no_field_decided(header: CellValue) -> Decided | None:
    """The decision reading ``header`` as no field, or None where no rule knows the label.
    Asked only for a header no rule maps: a mapped header is decided by its field."""
    if not isinstance(header, str) or not header_key(header):
        return None
    key = header_key(header)
    if bracket_qualified(header) is not None:
        return Decided.BRACKET
    if any(word in key for words in LOOKALIKE_WORDS.values() for word in words):
        return Decided.LOOKALIKE
    reading = read_label(key)
    if reading.head & _PERSONS:
        return Decided.PARTY
    if reading.classes & _KEYS and reading.classes & _PARTIES:
        return Decided.PARTY_KEY
    if "id" in reading.classes and "product" in reading.classes:
        return Decided.UNIT_KEY
    if times_a_plan(reading):
        return Decided.PLANNED
    if eventless_date_label(header) and "time" in reading.classes:
        return Decided.BARE_TIME
    if "feedback" in reading.classes:
        return Decided.BY_CONTENT
    return None
