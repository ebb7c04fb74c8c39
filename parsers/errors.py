"""Typed read failures, each with a reason a non-technical user can act on.

The pipeline catches only :class:`ReadError` per file and turns it into a DOC_UNREADABLE
finding; any other exception escaping a reader is a bug. Readers therefore wrap every
library call with :func:`reading`, because library exceptions are many and often unwrapped
(TypeError, KeyError, RecursionError ...).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager


class ReadError(Exception):
    """A file could not be read; ``reason`` is plain English, no stack-trace jargon."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class EncryptedFile(ReadError):
    """Password protected: we never guess passwords."""


class CorruptFile(ReadError):
    """Damaged or not what its content claims to be."""


class UnsupportedFormat(ReadError):
    """A format preaudit does not read (yet)."""


class TooLarge(ReadError):
    """Over a safety limit (pages, rows, part size, compression ratio, memory)."""


@contextmanager
def reading(what: str) -> Iterator[None]:
    """Turn any library exception into a ReadError with a plain reason.

    ``what`` names the format in words ("PDF", "Word document"): the reason then reads
    "not a valid PDF (...)". Library messages may echo cell text (personal data), so only
    the exception type and a short, fixed hint go into the reason.
    """
    try:
        yield
    except ReadError:
        raise
    except MemoryError as exc:
        raise TooLarge("the file needs more memory than allowed to read") from exc
    except RecursionError as exc:
        raise CorruptFile(
            f"not a valid {what} (its internal structure loops or is nested too deeply)"
        ) from exc
    except Exception as exc:  # library exceptions are diverse: see module docstring
        raise CorruptFile(f"not a valid {what} ({_hint(exc)})") from exc


def _hint(exc: Exception) -> str:
    """A short, fixed description of a library failure, free of file content."""
    # Libraries wrap the real cause (openpyxl: "Unable to read workbook" around
    # EntitiesForbidden), so the whole chain of causes is searched.
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and len(chain) < 5:
        chain.append(current)
        current = current.__cause__ or current.__context__
    text = " ".join(f"{type(item).__name__} {item}" for item in chain).lower()
    hints = (
        ("password", "it seems to be protected by a password"),
        ("crc", "damaged compressed data"),
        ("central directory", "broken zip structure, the file may be truncated"),
        ("not a zip", "it is not an Office file inside"),
        ("magic number", "broken zip structure, the file may be truncated"),
        ("xref", "broken cross-reference table"),
        ("no /root", "the file is truncated or not really a PDF"),
        ("entit", "it contains forbidden XML entity declarations"),
        ("filter", "it uses an unknown compression method"),
        ("package not found", "the main document part is missing"),
        ("there is no item named", "a part it refers to is missing"),
        ("unable to read workbook", "the workbook structure is damaged"),
    )
    for needle, hint in hints:
        if needle in text:
            return hint
    return "the file is damaged or was produced by a faulty program"
