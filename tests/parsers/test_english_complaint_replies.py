"""Decision 442: a complaint register's reply to the customer, and the customer's response.

English registers write the company's answer as Company Response or Reply to Customer, the
customer's reaction to it as Customer Response, and what the complaint says as its narrative
(the CFPB database's Consumer complaint narrative). Must-read: each is its link of the chain.
Must-not: a reply addressed to the customer (Response to Customer) is never the customer's
name, which stays the complainant's column. Cells are written here, on a workbook and a Word
table.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from preaudit.parsers.headers import field_candidates
from tests.parsers.tables import FORMATS, read_table, rows_of

_N = 6
_PEOPLE = ["Wei Zhang", "Fang Wang", "Na Li", "Yang Liu", "Jing Chen", "Fan Yang"]
_PHONES = [f"1361234{5600 + i}" for i in range(_N)]
_REASONS = ["Technician arrived two hours late", "Same fault came back after a week",
            "Charged more than the quote", "Rude staff on the phone",
            "Spare part out of stock for weeks", "Installer damaged the wall"]
_REPLIES = ["Apologised and rescheduled the visit", "Sent a senior engineer to repair again",
            "Refunded the difference", "Retrained the staff and called the customer back",
            "Ordered the part by express", "Repaired the wall at our cost"]
_VERDICTS = ["Satisfied with the outcome", "Accepted the apology", "Agreed with the refund",
             "Satisfied", "Accepted the new date", "Thanked us for the repair"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_register_of_replies_and_responses_is_read_link_by_link(
        tmp_path: Path, fmt: str) -> None:
    head = ["Complaint ID", "Date Received", "Complainant", "Contact No.",
            "Consumer complaint narrative", "Reply to Customer", "Customer Response"]
    rows = rows_of(head, [f"C-{700 + i}" for i in range(_N)],
                   [f"2026-09-{3 + 4 * i:02d} 10:{10 + i}" for i in range(_N)], _PEOPLE,
                   _PHONES, _REASONS, _REPLIES, _VERDICTS)
    read = read_table(fmt, tmp_path / "complaints", rows)
    assert read.kinds == ["complaint_ledger"]
    records = read.records["complaints"]
    assert [r["customer_name"] for r in records] == _PEOPLE
    assert [r["reason"] for r in records] == _REASONS
    assert [r["handling"] for r in records] == _REPLIES
    assert [r["feedback"] for r in records] == _VERDICTS


@pytest.mark.parametrize("kind", ["complaints", "work_orders"])
@pytest.mark.parametrize("label", ["Response to Customer", "Reply to Consumer",
                                   "Sent to Customer"])
def test_a_reply_addressed_to_the_customer_is_no_name(label: str, kind: str) -> None:
    """Must not: the addressee of a reply is no column of the customer's."""
    assert not set(field_candidates(label, kind)) & {"customer_name", "customer_phone"}


def test_a_bare_response_stays_the_response_time() -> None:
    """Must not: Response beside a time is still when the desk responded, not a reply."""
    assert set(field_candidates("Response Time", "work_orders")) == {"responded_at"}
    assert "handling" not in field_candidates("Response", "complaints")
