"""A table of unproven record kind proves no material and is no material's absence (decision
221): the requirement it might prove is not_verified, naming the file and the remedy, never a
DOC_MISSING finding. The checks learn what the table may be from the document's data
(``documents[].unproven``), not from any word; the document here is a real reading of a table
written as a workbook and as a Word table (tests/parsers/tables.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from preaudit.model.package import DocumentEntry
from preaudit.model.records import UNPROVEN_RECORDS, DocKind, ExtractedFile
from tests.checks.conftest import all_kinds_documents, complaint, enough_surveys, work_order
from tests.checks.test_readiness import MANIFEST, audit, licence_fact, states
from tests.parsers.tables import FORMATS, assert_unlisted, read_table

# A desk's table naming neither kind: what was raised, the answer, when each was written.
HEAD = ["受理号", "来件人", "事项描述", "答复内容", "来件时间", "办结时间"]
ROWS = [
    ["SL-11", "訾海燕", "小区东门道闸抬杆很慢，早高峰排长队", "更换道闸电机并调快抬杆速度", "2026-10-09 08:12", "2026-10-09 17:40"],
    ["SL-12", "尚建平", "游泳池更衣室地面太滑有人摔倒", "铺设防滑垫，张贴小心地滑提示", "2026-10-13 19:26", "2026-10-14 11:05"],
    ["SL-13", "於婷婷", "车库照明一半不亮，晚上看不清路", "更换二十六盏灯管，照明恢复", "2026-10-18 21:02", "2026-10-19 15:30"],
    ["SL-14", "那振国", "垃圾分类点的桶满了没人换", "调整清运时间为每天两次", "2026-10-22 07:45", "2026-10-22 12:10"],
]


def test_the_desk_labels_read_by_meaning_are_no_synonyms() -> None:
    assert_unlisted(["来件人", "事项描述", "来件时间"])


def _read(fmt: str, tmp_path: Path, title: str = "") -> tuple[ExtractedFile, DocumentEntry]:
    extracted = read_table(fmt, tmp_path / "desk", [HEAD, *ROWS], title=title)
    entry = DocumentEntry(f"desk.{fmt}", fmt, "0" * 64, kinds=list(extracted.kinds),
                          records=extracted.record_count, unproven=list(extracted.unproven))
    return extracted, entry


def _without(kind: DocKind, entry: DocumentEntry) -> list[DocumentEntry]:
    return [d for d in all_kinds_documents() if d.kinds != [kind.value]] + [entry]


@pytest.mark.parametrize("fmt", FORMATS)
def test_no_proven_ledger_beside_an_unproven_table_is_not_verified(
        tmp_path: Path, fmt: str) -> None:
    """Must not flag: the only complaint ledger may be the desk's table. No DOC_MISSING, no
    complaint finding; complaint_chain is not_verified, naming the file and [columns]."""
    extracted, entry = _read(fmt, tmp_path)
    assert extracted.kinds == [UNPROVEN_RECORDS]
    documents = _without(DocKind.COMPLAINT_LEDGER, entry)
    findings, readiness, verdict = audit(
        lang="en", work_orders=[work_order(n) for n in range(1, 56)],
        surveys=enough_surveys(), complaints=[], documents=documents,
        facts={"business_license": [licence_fact()]}, manifest=MANIFEST)
    assert not [f for f in findings if f.code == "DOC_MISSING"]
    assert not [f for f in findings if f.code.startswith("CP_")]
    entry_ = readiness["complaint_chain"]
    assert entry_["state"] == "not_verified"
    assert entry_["gaps"][0]["key"] == "cp.unproven"
    assert f"desk.{fmt}" in entry_["reason"] and "[columns]" in entry_["reason"]
    assert {k for k, v in states(readiness).items() if v != "ready"} == {"complaint_chain"}
    assert verdict == "needs_rework"


@pytest.mark.parametrize("fmt", FORMATS)
def test_no_proven_work_orders_beside_an_unproven_table_is_not_verified(
        tmp_path: Path, fmt: str) -> None:
    """The same for work orders, in Chinese: the count is not verified, nothing is missing."""
    _, entry = _read(fmt, tmp_path)
    documents = _without(DocKind.WORK_ORDERS, entry)
    findings, readiness, _ = audit(
        work_orders=[], surveys=enough_surveys(), complaints=[complaint(n) for n in range(1, 6)],
        documents=documents, facts={"business_license": [licence_fact()]}, manifest=MANIFEST)
    assert not [f for f in findings if f.code == "DOC_MISSING"]
    assert readiness["work_order_count"]["state"] == "not_verified"
    assert readiness["work_order_count"]["gaps"][0]["key"] == "wo.unproven"
    assert f"desk.{fmt}" in readiness["work_order_count"]["reason"]
    assert readiness["work_order_count"]["missing"] == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_proven_ledger_is_judged_as_before(tmp_path: Path, fmt: str) -> None:
    """Must read: with its kind named (a complaint ledger's title) the table is the ledger,
    its entries are checked and nothing is unproven."""
    extracted, entry = _read(fmt, tmp_path, title="物业投诉处理台账")
    assert extracted.unproven == [] and entry.kinds == [DocKind.COMPLAINT_LEDGER.value]
    assert len(extracted.records["complaints"]) == len(ROWS)
    _, readiness, _ = audit(
        work_orders=[work_order(n) for n in range(1, 56)], surveys=enough_surveys(),
        complaints=extracted.records["complaints"],
        documents=_without(DocKind.COMPLAINT_LEDGER, entry),
        facts={"business_license": [licence_fact()]}, manifest=MANIFEST)
    assert readiness["complaint_chain"]["gaps"] == []
    assert readiness["complaint_chain"]["state"] != "not_verified"


def test_a_ledger_absent_with_no_unproven_table_is_still_missing() -> None:
    """Must flag: nothing that may be a complaint ledger, so DOC_MISSING stands (not_ready)."""
    documents = [d for d in all_kinds_documents() if d.kinds != [DocKind.COMPLAINT_LEDGER.value]]
    findings, readiness, _ = audit(
        work_orders=[work_order(n) for n in range(1, 56)], surveys=enough_surveys(),
        complaints=[], documents=documents, facts={"business_license": [licence_fact()]},
        manifest=MANIFEST)
    assert [f.field for f in findings if f.code == "DOC_MISSING"] == ["complaint_ledger"]
    assert readiness["complaint_chain"]["state"] == "not_ready"
