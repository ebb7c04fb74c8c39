"""[columns] may say a header is no field (decision 213) or a survey item score (decision 214).

Before, a consultant could only name a column's field: a column recognition took wrongly
(the desk's phone read as the customer's) stayed taken unless another column was named in its
place, and the draft's ``= ""`` lines, uncommented, were a usage error.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from preaudit.pipeline import cli
from preaudit.pipeline.manifest import read_manifest
from tests.parsers.tables import FORMATS, read_table, write_table

HEADER = ["工单编号", "客户姓名", "联系电话", "故障描述", "处理结果", "报修时间", "完成时间"]
ROWS = [
    ["GD20260901001", "邵文静", "13917720418", "冰箱冷藏室结霜", "更换化霜传感器",
     "2026-09-01 09:12", "2026-09-01 15:40"],
    ["GD20260902002", "冉志远", "15800631297", "洗碗机不进水", "疏通进水阀滤网",
     "2026-09-02 10:03", "2026-09-02 13:26"],
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_column_given_no_field_is_not_read(tmp_path: Path, fmt: str) -> None:
    extracted = read_table(fmt, tmp_path / "orders", [HEADER, *ROWS], "售后工单",
                           columns={"联系电话": "", "完成时间": ""})
    records = extracted.records["work_orders"]
    assert [r["record_id"] for r in records] == ["GD20260901001", "GD20260902002"]
    assert all(r["customer_phone"] is None and r["completed_at"] is None for r in records)
    assert records[0]["issue"] == "冰箱冷藏室结霜"  # the rest is read as before
    notes = [str(note) for note in extracted.notes]
    assert any("column 联系电话 read as no field" in n for n in notes), notes


@pytest.mark.parametrize("fmt", FORMATS)
def test_without_the_entry_the_column_is_read(tmp_path: Path, fmt: str) -> None:
    extracted = read_table(fmt, tmp_path / "orders", [HEADER, *ROWS], "售后工单")
    records = extracted.records["work_orders"]
    assert [r["customer_phone"] for r in records] == ["13917720418", "15800631297"]
    assert not any("no field" in note for note in extracted.notes)


def test_the_manifest_takes_an_empty_field_and_refuses_a_misspelt_one(tmp_path: Path) -> None:
    manifest = tmp_path / "application.toml"
    manifest.write_text('[columns]\n"坐席 电话" = ""\n"回执联" = "signature"\n', "utf-8")
    read, _ = read_manifest(manifest)
    assert read.columns == {"坐席电话": "", "回执联": "signature"}


# A rating sheet that names neither a call-back nor a survey and rates on one bare question:
# recognition reads no kind in it (decision 203 needs two columns of scale steps), the
# consultant knows it (decision 214).
SURVEY_HEADER = ["单号", "客户", "电话", "日期", "Q1", "备注"]
SURVEY_ROWS = [
    ["HF0901", "邵文静", "13917720418", "2026-09-03", "5", "无"],
    ["HF0902", "冉志远", "15800631297", "2026-09-04", "3", "无"],
    ["HF0903", "汤慧敏", "13611873025", "2026-09-05", "4", "无"],
]
ITEMS = {"Q1": "item"}


@pytest.mark.parametrize("fmt", FORMATS)
def test_columns_named_items_make_a_rated_survey(tmp_path: Path, fmt: str) -> None:
    extracted = read_table(fmt, tmp_path / "calls", [SURVEY_HEADER, *SURVEY_ROWS],
                           columns=ITEMS)
    responses = extracted.records["survey_responses"]
    assert [r["record_id"] for r in responses] == ["HF0901", "HF0902", "HF0903"]
    assert responses[1]["overall"] == "3"  # the mean of one item score is that score
    assert responses[2]["respondent_phone"] == "13611873025"


@pytest.mark.parametrize("fmt", FORMATS)
def test_without_items_named_the_rating_sheet_stays_unread(tmp_path: Path, fmt: str) -> None:
    extracted = read_table(fmt, tmp_path / "calls", [SURVEY_HEADER, *SURVEY_ROWS])
    assert not extracted.records and not extracted.kinds


@pytest.mark.parametrize("fmt", FORMATS)
def test_item_named_in_a_work_order_table_changes_nothing(tmp_path: Path, fmt: str) -> None:
    """Must not: "item" is a survey's; a work-order table with that header is read as before."""
    given = {"处理结果": "item"}
    extracted = read_table(fmt, tmp_path / "orders", [HEADER, *ROWS], "售后工单", columns=given)
    assert not extracted.records.get("survey_responses")
    assert extracted.records["work_orders"][0]["resolution"] == "更换化霜传感器"


def test_the_draft_names_item_columns_item_and_parses(tmp_path: Path, capsys) -> None:
    """The draft said ``= ""`` for read item scores: uncommented (decision 213) that would
    have withheld them. It says ``= "item"`` now, and the manifest takes every line."""
    header = ["回访编号", "受访客户", "手机", "回访日期", "服务态度", "响应速度", "总体评价"]
    rows = [["HF0901", "邵文静", "13917720418", "2026-09-03", "5", "4", "满意"],
            ["HF0902", "冉志远", "15800631297", "2026-09-04", "3", "3", "一般"]]
    path = write_table("xlsx", tmp_path / "calls", [header, *rows])
    assert cli.main(["explain", str(path), "--draft-columns"]) == 0
    draft = capsys.readouterr().out
    assert '# "服务态度" = "item"  # read so now' in draft
    manifest = tmp_path / "application.toml"
    manifest.write_text("\n".join(line.removeprefix("# ") if line.startswith('# "') else line
                                  for line in draft.splitlines()), "utf-8")
    read, _ = read_manifest(manifest)
    assert read.columns["服务态度"] == "item" and read.columns["总体评价"] == "overall"
