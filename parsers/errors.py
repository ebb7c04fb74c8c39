"""Typed read failures, each with a reason a non-technical user can act on.

The pipeline catches only :class:`ReadError` per file and turns it into a DOC_UNREADABLE
finding; any other exception escaping a reader is a bug. Readers therefore wrap every
library call with :func:`reading`, because library exceptions are many and often unwrapped
(TypeError, KeyError, RecursionError ...).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from preaudit.model.texts import Reason

# Said when a raise site gave no Chinese wording: a generic sentence in the right language
# is better than an English one inside a Chinese report (reports never mix languages).
_GENERIC_ZH = "文件无法读取"


class ReadError(Exception):
    """A file could not be read; ``reason`` is plain English (logs, tests), ``reason_zh``
    the same in Chinese. Neither holds stack-trace jargon or file content."""

    def __init__(self, reason: str, reason_zh: str | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.reason_zh = reason_zh or _GENERIC_ZH

    @property
    def reasons(self) -> Reason:
        return Reason(self.reason, self.reason_zh)


class EncryptedFile(ReadError):
    """Password protected: we never guess passwords."""


class CorruptFile(ReadError):
    """Damaged or not what its content claims to be."""


class UnsupportedFormat(ReadError):
    """A format preaudit does not read (yet)."""


class TooLarge(ReadError):
    """Over a safety limit (pages, rows, part size, compression ratio, memory)."""


# The one wording for every password-protected file, whatever its format.
ENCRYPTED = EncryptedFile(
    "the file is encrypted with a password", "文件设有密码保护（已加密），无法读取"
)


@contextmanager
def reading(what: str) -> Iterator[None]:
    """Turn any library exception into a ReadError with a plain reason.

    ``what`` names the format in words ("PDF", "Word document"): the reason then reads
    "not a valid PDF (...)". Library messages may echo cell text (personal data), so only
    the exception type and a short, fixed hint go into the reason.
    """
    what_zh = _FORMAT_ZH.get(what, "文件")
    try:
        yield
    except ReadError:
        raise
    except MemoryError as exc:
        raise TooLarge(*_MEMORY) from exc
    except RecursionError as exc:
        raise CorruptFile(
            f"not a valid {what} (its internal structure loops or is nested too deeply)",
            f"不是有效的{what_zh}（内部结构循环引用或嵌套过深）",
        ) from exc
    except Exception as exc:  # library exceptions are diverse: see module docstring
        if _out_of_memory(exc):  # pdfminer wraps MemoryError ("Unable to allocate ...")
            raise TooLarge(*_MEMORY) from exc
        hint = _hint(exc)
        if hint is _PASSWORD_HINT:  # "encrypted", not "corrupt": the user can act on it
            raise EncryptedFile(*ENCRYPTED.reasons) from exc
        raise CorruptFile(
            f"not a valid {what} ({hint.en})", f"不是有效的{what_zh}（{hint.zh}）"
        ) from exc


# The ``what`` of every reader's ``reading(...)`` call, in Chinese.
_FORMAT_ZH = {
    "PDF": " PDF 文件",  # a space between Chinese and Latin words, as Chinese typesetting does
    "Word document": " Word 文档",
    "Excel workbook": " Excel 工作簿",
}

# (needle in the exception chain, hint) — first match wins.
_PASSWORD_HINT = Reason("it seems to be protected by a password", "文件似乎设有密码保护")
_HINTS: tuple[tuple[str, Reason], ...] = (
    ("password", _PASSWORD_HINT),
    ("crc", Reason("damaged compressed data", "压缩数据已损坏")),
    (
        "central directory",
        Reason("broken zip structure, the file may be truncated", "压缩结构损坏，文件可能不完整"),
    ),
    ("not a zip", Reason("it is not an Office file inside", "其内容不是 Office 文件")),
    (
        "magic number",
        Reason("broken zip structure, the file may be truncated", "压缩结构损坏，文件可能不完整"),
    ),
    ("xref", Reason("broken cross-reference table", "交叉引用表损坏")),
    (
        "no /root",
        Reason("the file is truncated or not really a PDF", "文件不完整，或并非真正的 PDF"),
    ),
    (
        "entit",
        Reason("it contains forbidden XML entity declarations", "含有被禁止的 XML 实体声明"),
    ),
    (
        "recursion",
        Reason(
            "its internal structure loops or is nested too deeply", "内部结构循环引用或嵌套过深"
        ),
    ),
    ("filter", Reason("it uses an unknown compression method", "使用了未知的压缩方式")),
    ("package not found", Reason("the main document part is missing", "缺少主文档部分")),
    ("there is no item named", Reason("a part it refers to is missing", "其引用的某个部分缺失")),
    ("unable to read workbook", Reason("the workbook structure is damaged", "工作簿结构已损坏")),
)
_DEFAULT_HINT = Reason(
    "the file is damaged or was produced by a faulty program", "文件已损坏，或由有缺陷的程序生成"
)


_MEMORY = Reason("the file needs more memory than allowed to read", "读取该文件所需内存超出限制")


def _chain_text(exc: BaseException) -> str:
    """Type names and messages of an exception and its causes, lower-cased.

    Libraries wrap the real cause (openpyxl: "Unable to read workbook" around
    EntitiesForbidden; pdfplumber: PdfminerException around MemoryError), so the whole
    chain is searched. Only our fixed hints ever reach the user, never this text.
    """
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and len(chain) < 5:
        chain.append(current)
        chain.extend(arg for arg in current.args if isinstance(arg, BaseException))
        current = current.__cause__ or current.__context__
    return " ".join(f"{type(item).__name__} {item}" for item in chain).lower()


def _out_of_memory(exc: BaseException) -> bool:
    text = _chain_text(exc)
    return "memoryerror" in text or "unable to allocate" in text


def _hint(exc: Exception) -> Reason:
    """A short, fixed description of a library failure, free of file content."""
    text = _chain_text(exc)
    for needle, hint in _HINTS:
        if needle in text:
            return hint
    return _DEFAULT_HINT
