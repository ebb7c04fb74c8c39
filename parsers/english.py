"""English column labels read as the Chinese ones are: word by word into the lexicon's parts.

Exports that keep a system's English column names (Ticket ID, Customer Name, Date Created,
created_at, handleResult) say the same things Chinese labels do, in the same parts: who, what,
which event, a time word. Rather than a second grammar, each English word is put into the
Chinese part of the same meaning (parsers/lexicon.py ``ENGLISH_WORDS``, the one glossary) and
the words are put in a Chinese compound's order, head last, so every rule, synonym and word
list written for Chinese labels reads the English ones too (decision 397):

- Customer Name → 客户名称; Ticket ID → 工单编号; Fault Description → 故障描述;
- a participle before a preposition that says what the column holds: Created At / Created On
  → 创建时间, Closed By → 关闭人, Assigned To → 指派给;
- Response By (a noun before by) → 响应期限, when it is due, not who;
- a head written first: Date Created → 创建日期, Date of Visit → 到访日期, Name of Customer →
  客户名称; a count: Number of Complaints → 投诉数量.

Only a label with no Chinese character in it is put into Chinese; a word the glossary does
not know stays as it was written, lower-cased (VIN, IMEI), and is read as before. A Chinese
label glossed in English (服务单号 Service No.) is read by its Chinese (parsers/headers.py).
"""

from __future__ import annotations

import re

from preaudit.parsers.lexicon import ENGLISH_SOLE_WORDS, ENGLISH_WORDS

_HANZI = re.compile(r"[\u3400-\u9fff]")
_LATIN = re.compile(r"[A-Za-z]")
# Words of a label: runs of letters or digits, camelCase and ALLCAPS runs split
# (handleResult → handle, result; IDNumber → ID, Number; created_at → created, at).
_WORD = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+")
_LONGEST_PHRASE = max(len(phrase.split()) for phrase in ENGLISH_WORDS)
# Prepositions after a participle that say what of the act the column holds.
_AT = ("at", "on")  # the time it happened (created_at, Closed On)
# After a participle, who did it (Created By); after a noun, when it is due (Response By)
_BY = ("by",)
# A count named before what it counts (Number of Complaints, No. of Visits)
_COUNT_HEADS = ("number", "no", "num", "count", "total")
# The time words of the glossary: a label headed by one written first (Date Created) is
# put head last.
_TIME_TARGETS = frozenset({"时间", "日期"})


def has_chinese(text: str) -> bool:
    """Whether the text holds a Chinese character (CJK ideographs and extension A)."""
    return bool(_HANZI.search(text))


def is_english(text: str) -> bool:
    """A label in Latin letters only: no Chinese character, at least one letter."""
    return bool(_LATIN.search(text)) and not has_chinese(text)


# Words a question or a sentence is built with that name no part of what the column holds
# (How satisfied were you with our service? says what 服务满意度 says). Dropped only from a
# label that is a sentence (_SENTENCE_WORDS or more, or a question mark): in a short label
# "IT", "No" or "Your Ref" may be all it says.
_LINKING_WORDS = frozenset({
    "a", "an", "the", "to", "in", "is", "are", "was", "were", "be", "been", "am", "do",
    "does", "did", "you", "your", "we", "our", "us", "i", "me", "my", "it", "its", "this",
    "that", "these", "those", "how", "would", "could", "please", "any", "have", "has", "had",
    "will", "can", "there", "so", "very", "far", "much", "what",
})
_SENTENCE_WORDS = 5
# After these a label names what the rest is of or about (Date of Visit, satisfied with the
# repair): that qualifies the rest and goes first, as a Chinese compound puts it (到访日期,
# 维修满意度).
_ABOUT = ("of", "for", "with", "about", "regarding")


def to_chinese(text: str) -> str:
    """The label put word by word into the lexicon's Chinese parts, head last; the label as
    it was where it is no English label. Unknown words stay, lower-cased, in their place.
    A sentence or a question (a survey's item) is read without its linking words, what it
    is about first (decision 408).
    Not cached here: ``headers.normalise_header``, its one caller, remembers its keys."""
    if not is_english(text):
        return text
    readings = _word_readings(text)
    if text.rstrip().endswith("?") or len(readings[0]) >= _SENTENCE_WORDS:
        readings = [[word for word in words if word not in _LINKING_WORDS]
                    for words in readings]
    glossed = max((_glossed(words) for words in readings if words), key=_known_letters,
                  default=[])
    glossed = _without_addressee(glossed)
    if not glossed:
        return text
    if len(glossed) == 1 and glossed[0][0] in ENGLISH_SOLE_WORDS:
        return ENGLISH_SOLE_WORDS[glossed[0][0]]
    if _lone_act(glossed):
        return glossed[0][1] + "时间"  # Created, Solved: when it was created, solved
    return "".join(_ordered(glossed))


# What a lone participle glosses that is no act in time: a verdict (Satisfied) or a sign-off
# (Signed), each a mark on the row.
_NOT_ACTS = ("满意", "签", "评", "确认")


def _lone_act(glossed: list[tuple[str, str]]) -> bool:
    """The label is one known participle of an act (Created, Opened, Solved, Closed): a help
    desk's export heads the act's time so, as Created At says it (decision 427). A verdict or
    a sign-off written so (Satisfied, Signed) is a mark, no time; where the cells hold no
    dates, no timestamp takes the column."""
    if len(glossed) != 1:
        return False
    word, chinese = glossed[0]
    return (" " not in word and word.endswith("ed") and chinese != word
            and not any(part in chinese for part in _NOT_ACTS))


# Whom a reply is sent to (Response to Customer, Company response to consumer, Reply to
# Complainant): the customer is its addressee, not what the column holds, so the words after
# "to" are dropped when they name the customer's side (decision 442).
_ADDRESSEES = frozenset({"客户", "消费者", "投诉人", "用户", "申请人", "来电人", "会员"})


def _without_addressee(glossed: list[tuple[str, str]]) -> list[tuple[str, str]]:
    for at, (word, _) in enumerate(glossed[1:-1], 1):
        if word == "to" and all(part in _ADDRESSEES for _, part in glossed[at + 1:]):
            return glossed[:at]
    return glossed


def _word_readings(text: str) -> list[list[str]]:
    """The label's words as written, and as read with its white space taken out: a narrow
    cell of a PDF or a sheet wraps a word where it runs out of room (Cust omer Na me), and
    only the capitals still say where its words begin (CustomerName). The first reading wins
    a tie. A number abbreviated after what it numbers is the word (Phone No. → phone number)."""
    sign = ["no"] if text.rstrip().endswith(_NUMBER_SIGN) else []
    written = _number_spelt([word.lower() for word in _WORD.findall(text)] + sign)
    joined = _number_spelt([word.lower() for word in _WORD.findall(re.sub(r"\s+", "", text))]
                           + sign)
    return [written, joined] if joined != written else [written]


# The number sign after what it numbers (Ticket #, WO#, Case #) is "No." written short: the
# record's number, as Ticket No. is (decision 466).
_NUMBER_SIGN = "#"


# "No." and its kin after what they number (Contact No., Tel. No., Model No., Job Card No.):
# the English abbreviation of number, read as the word so that the glossary's phrases (contact
# number, phone number) apply; alone, "No" may be a flag's answer and stays as it is
# (decision 441).
_NUMBER_ABBREVIATIONS = frozenset({"no", "nos", "nbr", "num"})


def _number_spelt(words: list[str]) -> list[str]:
    if len(words) > 1 and words[-1] in _NUMBER_ABBREVIATIONS:
        return [*words[:-1], "number"]
    return words


def _known_letters(glossed: list[tuple[str, str]]) -> int:
    """Letters of the words the glossary knows: how much of the label a reading explains."""
    return sum(len(word.replace(" ", "")) for word, chinese in glossed if chinese != word)


def _glossed(words: list[str]) -> list[tuple[str, str]]:
    """(English word or phrase, its Chinese part or the word itself) left to right, the
    longest phrase the glossary knows first; a plural or participle read as its stem."""
    glossed: list[tuple[str, str]] = []
    start = 0
    while start < len(words):
        for size in range(min(_LONGEST_PHRASE, len(words) - start), 0, -1):
            phrase = " ".join(words[start:start + size])
            chinese = ENGLISH_WORDS.get(phrase) or (size == 1 and _stem_gloss(phrase)) or None
            if chinese:
                glossed.append((phrase, chinese))
                start += size
                break
        else:
            glossed.append((words[start], words[start]))
            start += 1
    return glossed


def _stem_gloss(word: str) -> str | None:
    """A word the glossary knows by its stem: complaints, assigned, closed, handling,
    submitted (a doubled consonant before -ed or -ing)."""
    for suffix, restore in (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"),
                            ("d", ""), ("ing", ""), ("ing", "e")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: len(word) - len(suffix)] + restore
            if stem not in ENGLISH_WORDS and suffix in ("ed", "ing") and stem[-1:] == stem[-2:-1]:
                stem = stem[:-1]  # submitted → submit
            if stem in ENGLISH_WORDS:
                return ENGLISH_WORDS[stem]
    return None


def _ordered(glossed: list[tuple[str, str]]) -> list[str]:
    """English order put into a Chinese compound's: qualifiers first, the head last."""
    english = [word for word, _ in glossed]
    chinese = [part for _, part in glossed]
    if len(english) > 2 and english[0] in _COUNT_HEADS and english[1] == "of":
        return [*_ordered(glossed[2:]), "数量"]  # Number of Complaints → 投诉数量
    if any(word in _ABOUT for word in english[1:-1]):
        at = next(i for i, word in enumerate(english) if word in _ABOUT and i > 0)
        return [*_ordered(glossed[at + 1:]), *_ordered(glossed[:at])]  # Date of Visit
    if english[-1] in _AT and len(english) > 1:
        return [*chinese[:-1], "时间"]  # Created At → 创建时间
    if english[-1] in _BY and len(english) > 1:
        if english[-2].split()[0].endswith("ed"):
            # Closed By → 关闭人, Signed Off By → 签字确认人: who did it
            return [*chinese[:-1], "人"]
        return [*chinese[:-1], "期限"]  # Response By → 响应期限: when it is due
    if len(chinese) > 1 and chinese[0] in _TIME_TARGETS and not _TIME_TARGETS & set(chinese[1:]):
        return [*chinese[1:], chinese[0]]  # Date Created → 创建日期
    return chinese
