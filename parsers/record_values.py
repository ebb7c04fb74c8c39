"""One canonical record from the cells of one row (or one form): values taken in priority
order, placeholders read as empty, a date joined with its time of day from a second column,
numbers kept as numbers, and where the record came from. recognise.py decides which cells;
this module only turns them into the record the checks read."""

from __future__ import annotations

from preaudit.model.records import (
    CANONICAL_FIELDS,
    TIMESTAMP_FIELDS,
    CellValue,
    RawDocument,
    RawTable,
    RecordKind,
)
from preaudit.model.vocabulary import PLACEHOLDERS
from preaudit.parsers.columns import PHONE_FIELDS
from preaudit.parsers.normalise import (
    normalise_phone,
    normalise_text,
    parse_time_only,
    parse_timestamp,
)


def provenance(
    doc: RawDocument,
    table: RawTable,
    page: int | None,
    row: int | None,
    keep_table: bool = True,
) -> dict[str, object]:
    return {
        "_file": doc.file,
        "_page": page,
        "_sheet": table.sheet,
        "_table": table.table_index if keep_table else None,
        "_row": row,
    }


def images_in(table: RawTable, cells: list[tuple[int, int]]) -> list[str]:
    return [digest for cell in cells for digest in table.images.get(cell, [])]


def make_record(
    kind: RecordKind,
    values: dict[str, list[CellValue]],
    provenance: dict[str, object],
    signature_images: list[str],
) -> dict[str, object]:
    record: dict[str, object] = {}
    timestamps = TIMESTAMP_FIELDS[kind]
    for name in CANONICAL_FIELDS[kind]:
        options = values.get(name, [])
        if name in timestamps:
            stamp, has_time, raw = _timestamp(options)
            record[name] = stamp
            record[f"_{name}_has_time"] = has_time
            record[f"_{name}_raw"] = raw
        elif name in PHONE_FIELDS:
            record[name] = normalise_phone(_coalesce(options))
        elif name == "record_id":
            record[name] = _record_number(options)
        else:
            record[name] = normalise_text(_coalesce(options))
    if kind is RecordKind.WORK_ORDER:
        record["signature_image"] = signature_images[0] if signature_images else None
    record.update(provenance)
    return record


def _record_number(options: list[CellValue]) -> str | None:
    """The record's number; 待定, 无 or — in the number column is no number (two such rows
    are not one record written twice)."""
    text = normalise_text(_coalesce(options))
    return None if text is not None and text.lower() in PLACEHOLDERS else text


def band_of(row: list[CellValue], bands: dict[int, str]) -> str | None:
    """The band whose column holds this response's score or mark (the first one filled)."""
    for column, band in sorted(bands.items()):
        if column < len(row) and normalise_text(row[column]) is not None:
            return band
    return None


def item_scores(row: list[CellValue], items: dict[int, str]) -> dict[str, object]:
    """Per-dimension survey scores, numbers kept as numbers (8, not '8.0')."""
    scores: dict[str, object] = {}
    for column, name in items.items():
        value = row[column] if column < len(row) else None
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        scores[name] = value if isinstance(value, int | float) else normalise_text(value)
    return scores


def _coalesce(options: list[CellValue]) -> CellValue:
    """First non-empty value in priority order; a placeholder only if nothing better."""
    fallback: CellValue = None
    for value in options:
        text = normalise_text(value)
        if text is None:
            continue
        if text.lower() not in PLACEHOLDERS:
            return value
        if fallback is None:
            fallback = value
    return fallback


def _timestamp(options: list[CellValue]) -> tuple[object, bool, str | None]:
    """(datetime or None, has_time, raw text when unparsable) from one or more columns."""
    raw: str | None = None
    for value in options:
        stamp, has_time = parse_timestamp(value, serial=True)  # the header says: a date
        if stamp is None:
            if raw is None and parse_time_only(value) is None:
                raw = normalise_text(value)
            continue
        if not has_time or _midnight(stamp):
            # 报修日期 + 报修时间 in two columns: join the date with the time of day. A date
            # cell of a workbook reads as midnight (2026-09-03 00:00:00); beside a clock of
            # its own that midnight is no time anyone wrote (decision 402).
            clock = next((t for t in map(parse_time_only, options) if t is not None), None)
            if clock is not None:
                return stamp.replace(hour=clock[0], minute=clock[1], second=clock[2]), True, None
        return stamp, has_time, None
    return None, False, raw


def _midnight(stamp: object) -> bool:
    return all(getattr(stamp, part, None) == 0 for part in ("hour", "minute", "second"))


def collect_unread_dates(
    kind: RecordKind,
    records: list[dict[str, object]],
    labels: dict[str, str],
    unread: dict[str, list[str]],
) -> None:
    """Remember every timestamp kept only as text (``_F_raw``), by the column it came from."""
    for record in records:
        for name in TIMESTAMP_FIELDS[kind]:
            raw = record.get(f"_{name}_raw")
            if raw is not None and str(raw).lower() not in PLACEHOLDERS:
                unread.setdefault(labels.get(name, name), []).append(str(raw))
