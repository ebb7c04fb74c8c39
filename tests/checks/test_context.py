"""make_frame keeps the frame it always built, with typed timestamp columns left as typed."""

from __future__ import annotations

from datetime import datetime

import pandas as pd
import pytest

from preaudit.checks.context import frame_columns, make_frame
from preaudit.model.records import TIMESTAMP_FIELDS, RecordKind


def reference_frame(kind: RecordKind, rows: list[dict[str, object]]) -> pd.DataFrame:
    """make_frame as it was: every column through objects, then timestamps parsed."""
    columns = frame_columns(kind)
    extra = sorted({key for row in rows for key in row} - set(columns))
    frame = pd.DataFrame(rows, columns=columns + extra)
    frame = frame.astype(object).where(frame.notna(), None)
    for name in TIMESTAMP_FIELDS[kind]:
        frame[name] = pd.to_datetime(frame[name], errors="coerce")
        frame[f"_{name}_has_time"] = frame[f"_{name}_has_time"].map(bool)
    return frame.reset_index(drop=True)


ORDERS = [
    {"record_id": "GD1", "reported_at": datetime(2026, 9, 1, 8), "_row": 2, "_page": 1,
     "_reported_at_has_time": True, "customer_phone": 13800138000, "note": "extra key"},
    {"record_id": None, "reported_at": None, "_row": 3, "customer_phone": float("nan"),
     "responded_at": datetime(2026, 9, 2)},
    {"record_id": "GD3", "reported_at": datetime(2026, 9, 3), "_row": None, "_page": 2.0,
     "completed_at": datetime(2026, 9, 4, 17, 30), "_completed_at_has_time": True},
]  # fmt: skip
MIXED = [  # a timestamp column pandas cannot type: text beside datetimes
    {"record_id": "T1", "reported_at": "2026-09-01 08:00", "_row": 2},
    {"record_id": "T2", "reported_at": datetime(2026, 9, 2), "_row": 3},
    {"record_id": "T3", "reported_at": "not a date", "_row": 4},
]
SURVEYS = [{"record_id": f"S{n}", "surveyed_at": datetime(2026, 10, 1 + n % 20), "_row": n,
            "overall": "满意" if n % 3 else None} for n in range(50)]  # fmt: skip


@pytest.mark.parametrize(
    ("kind", "rows"),
    [
        (RecordKind.WORK_ORDER, ORDERS),
        (RecordKind.WORK_ORDER, MIXED),
        (RecordKind.WORK_ORDER, []),
        (RecordKind.SURVEY_RESPONSE, SURVEYS),
        (RecordKind.COMPLAINT, [{"record_id": "C1", "received_at": None}]),
    ],
)
def test_same_frame_as_before(kind: RecordKind, rows: list[dict[str, object]]) -> None:
    ours, before = make_frame(kind, rows), reference_frame(kind, rows)
    pd.testing.assert_frame_equal(ours, before, check_exact=True)
    for name in before.columns:  # the very Python types every rule sees
        assert [type(v) for v in ours[name]] == [type(v) for v in before[name]], name


def test_missing_values_are_none_and_timestamps_typed() -> None:
    frame = make_frame(RecordKind.WORK_ORDER, ORDERS)
    assert frame["record_id"].tolist() == ["GD1", None, "GD3"]
    assert frame["customer_phone"].tolist()[1] is None
    assert str(frame["reported_at"].dtype).startswith("datetime64")
    assert frame["reported_at"].isna().tolist() == [False, True, False]
    assert frame["_reported_at_has_time"].tolist() == [True, False, False]
