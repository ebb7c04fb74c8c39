"""The perturbation harness (bench/layouts/perturb.py) builds the variants it says it builds.

Recognition is scored by the harness itself (bench/layouts/PERTURB.md); these tests check the
yardstick: every date form written says the truth's instant when read back, a split date is
a day column and a clock column, wordings keep each column's meaning, and a messy export has
its title, note row, extra columns and placeholders without adding a record to the truth.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from bench.layouts import corpus, perturb
from bench.layouts import generate as gen
from preaudit.model.records import RecordKind
from preaudit.parsers.headers import field_candidates
from preaudit.parsers.normalise import MONTH_FIRST, in_date_order, parse_timestamp

SEEN = corpus.seen()
RECORDS = [x for x in SEEN if x.is_record]
INSTANT = datetime(2026, 9, 3, 14, 25)


@pytest.mark.parametrize("form", corpus.PERTURBED_DATE_FORMS)
def test_every_perturbed_date_form_reads_back_as_the_instant(form: str) -> None:
    cell, shows_time = gen.written_date(INSTANT, form, 0)
    if form == perturb.US_FORM:
        # month/day/year is read only in the order its column settles (decision 146)
        assert parse_timestamp(cell, serial=True) == (None, False)
        cell = in_date_order(cell, MONTH_FIRST)
    stamp, has_time = parse_timestamp(cell, serial=True)
    assert stamp == (INSTANT if shows_time else INSTANT.replace(hour=0, minute=0))
    assert has_time == shows_time


@pytest.mark.parametrize("form", corpus.EXPORT_DATE_FORMS)
def test_every_export_date_form_reads_back_as_the_instant(form: str) -> None:
    """Round 16 (decision 440): each form written by the yardstick is the same instant."""
    cell, shows_time = gen.written_date(INSTANT, form, 0)
    if form == "us_short_year":
        assert parse_timestamp(cell) == (None, False)  # its column settles the order
        cell = in_date_order(cell, MONTH_FIRST)
    assert parse_timestamp(cell) == (INSTANT, True)
    assert shows_time


def test_round_five_variants_cover_every_seen_layout() -> None:
    """Weekday dates and month/day/year for every record layout; aspect ratings before the
    overall of every survey that has none, as item columns (never the overall's truth)."""
    variants = perturb.variants(SEEN)
    for name in ("weekday", "us_dates", "export_dates"):
        chosen = [v for v in variants if perturb.kind_of_variant(v.id) == name]
        assert {v.id.split("~")[0] for v in chosen} == {x.id for x in RECORDS}
    assert {v.date_form for v in variants if v.id.endswith("~us_dates")} == {perturb.US_FORM}
    rated = [v for v in variants if v.id.endswith("~aspects")]
    assert rated and all(v.group == "survey_responses" for v in rated)
    for variant in rated:
        labels = [label for label, meaning in variant.columns if meaning == "item"]
        assert set(perturb.ASPECTS) <= set(labels)


def test_variants_cover_every_seen_record_layout_and_every_date_form() -> None:
    variants = perturb.variants(SEEN)
    bases = {v.id.split("~")[0] for v in variants}
    assert bases == {x.id for x in RECORDS}
    forms = {v.date_form for v in variants if perturb.kind_of_variant(v.id) == "date"}
    assert forms == set(perturb.ALL_DATE_FORMS)
    assert all(v.split == perturb.SPLIT for v in variants)


def test_wordings_change_labels_but_not_meanings() -> None:
    layout = next(x for x in RECORDS if any("时间" in label for label in x.labels))
    for variant in (perturb.wording_a(layout), perturb.wording_b(layout)):
        assert [m for _, m in variant.columns] == [m for _, m in layout.columns]
        assert len(set(variant.labels)) == len(variant.labels)
    assert perturb.wording_a(layout).labels != layout.labels
    assert perturb._particle("客户姓名") == "客户的姓名"
    assert perturb._bracket("报修时间") == "报修时间(yyyy-MM-dd HH:mm)"


def test_a_split_date_is_a_day_column_and_a_clock_column(tmp_path: Path) -> None:
    layout = next(v for v in (perturb.split_variant(x, "iso_date") for x in RECORDS) if v)
    meanings = [m for _, m in layout.columns]
    base = next(m for m in meanings if m.endswith(corpus.DATE_PART)).removesuffix(corpus.DATE_PART)
    assert base + corpus.TIME_PART in meanings and base in layout.fields
    truth_path = gen.write_files(layout, tmp_path, ("xlsx",))[0]
    truth = json.loads(truth_path.read_text("utf-8"))
    sheet = openpyxl.load_workbook(truth_path.with_name(truth["file"])).active
    header = [cell.value for cell in sheet[1]]
    first = [cell.value for cell in sheet[2]]
    day = first[meanings.index(base + corpus.DATE_PART)]
    clock = first[meanings.index(base + corpus.TIME_PART)]
    assert header[meanings.index(base + corpus.DATE_PART)].endswith("日期")
    assert truth["records"][0][base] == f"{day}T{clock}"  # the truth joins the two halves


def test_a_messy_export_adds_no_record(tmp_path: Path) -> None:
    layout = perturb.messy(RECORDS[0])
    assert layout.title == perturb.TITLE and layout.note == perturb.NOTE and layout.placeholders
    assert {label for label, _ in perturb.EXTRAS} <= set(layout.labels)
    truth_path = gen.write_files(layout, tmp_path, ("xlsx",))[0]
    truth = json.loads(truth_path.read_text("utf-8"))
    assert truth["rows_written"] == len(truth["records"]) == gen.FILE_ROWS
    rows = list(openpyxl.load_workbook(truth_path.with_name(truth["file"])).active.values)
    assert rows[-1][0] == perturb.NOTE
    unmapped = [i for i, (_, meaning) in enumerate(layout.columns) if meaning == ""]
    cells = [row[i] for row in rows[len(layout.title) + 1:-1] for i in unmapped]
    assert any(cell in gen.PLACEHOLDER_CELLS for cell in cells)


@pytest.mark.parametrize("name", sorted(perturb.NEUTRAL_CLASSES))
def test_a_neutral_class_variant_renames_that_class_only_to_labels_that_say_nothing(
        name: str) -> None:
    """Round 14: each neutral variant gives only its class's columns a neutral label (信息1 …
    or 字段A …), keeps every other label and every meaning, and the neutral labels name no
    field of any kind, so only content and position can place those columns."""
    chosen = [v for v in perturb.variants(SEEN) if perturb.kind_of_variant(v.id) == name]
    assert chosen
    neutral = {label for labels in perturb.NEUTRAL_FIELD_LABELS for label in labels}
    meanings = set(perturb.NEUTRAL_CLASSES[name])
    for variant in chosen:
        base = next(x for x in RECORDS if x.id == variant.id.split("~")[0])
        assert [m for _, m in variant.columns] == [m for _, m in base.columns]
        for (old, meaning), (new, _) in zip(base.columns, variant.columns, strict=True):
            renamed = meaning.split("@")[0] in meanings
            assert (new in neutral) == renamed and (new == old) != renamed
    for label in neutral:
        assert not any(field_candidates(label, kind) for kind in RecordKind)
