"""[documents] names a material recognition could not tell (decision 217).

[columns] is the consultant's way out for a record table; a material read by its content (a
job-description handbook, a staff list …) written unlike any we know had none: a major
DOC_MISSING and a DOC_UNRECOGNISED whatever the consultant did, short of rewriting the file.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import openpyxl
import pytest

from preaudit.pipeline import cli
from preaudit.reports.catalogue import finding_message
from sample_data.gen.writers import write_docx

ROOT = Path(__file__).resolve().parents[2]
CLEAN = ROOT / "sample_data" / "packages" / "clean"
HANDBOOK = "资料/附件6.docx"  # the clean package's job descriptions


@pytest.fixture
def unplaced(tmp_path: Path) -> Path:
    """The clean package with its job descriptions written in words nobody recognises."""
    package = tmp_path / "pkg"
    shutil.copytree(CLEAN, package)
    write_docx(package / HANDBOOK, "附录三", ["内部资料，仅供参考。", "各岗位按附表执行。"])
    return package


def _run(package: Path, out: Path) -> dict:
    assert cli.main(["run", str(package), "--out", str(out), "--quiet", "--lang", "en"]) == 0
    return json.loads((out / "report.json").read_text("utf-8"))


def _codes(report: dict) -> dict[str, list[str | None]]:
    codes: dict[str, list[str | None]] = {}
    for finding in report["findings"]:
        codes.setdefault(finding["code"], []).append(finding.get("field"))
    return codes


def _name(package: Path, table: str) -> None:
    manifest = package / "application.toml"
    manifest.write_text(manifest.read_text("utf-8") + f"\n[documents]\n{table}\n", "utf-8")


@pytest.mark.slow
def test_a_named_material_counts_and_the_report_says_why(unplaced: Path, tmp_path: Path):
    first = _run(unplaced, tmp_path / "before")
    before = _codes(first)
    assert "job_descriptions" in before["DOC_MISSING"] and "DOC_UNRECOGNISED" in before
    (missing,) = [f for f in first["findings"]
                  if f["code"] == "DOC_MISSING" and f["field"] == "job_descriptions"]
    assert '[documents] can name it: "path/of/file" = "job_descriptions"' in missing["message"]

    _name(unplaced, f'"{HANDBOOK}" = "job_descriptions"')
    report = _run(unplaced, tmp_path / "after")
    after = _codes(report)
    assert "job_descriptions" not in after.get("DOC_MISSING", [])
    assert "DOC_UNRECOGNISED" not in after
    (entry,) = [d for d in report["documents"] if d["file"] == HANDBOOK]
    assert entry["kinds"] == ["job_descriptions"]
    assert any("[documents] in application.toml" in note for note in entry["notes"])


@pytest.mark.slow
def test_a_name_that_is_no_file_is_a_warning_and_counts_nothing(unplaced: Path, tmp_path: Path,
                                                                 capsys):
    _name(unplaced, '"资料/附件六.docx" = "job_descriptions"')
    after = _codes(_run(unplaced, tmp_path / "out"))
    assert "job_descriptions" in after["DOC_MISSING"]
    assert "is not in the package" in capsys.readouterr().err


@pytest.mark.parametrize("material", ["business_license", "work_orders", "handbook"])
def test_a_material_that_must_be_read_cannot_be_named(unplaced: Path, tmp_path: Path,
                                                      material: str, capsys):
    """Must not: a licence, a commitment or records count only when read (their facts and
    records are what the checks judge); an unknown name is a usage error too."""
    _name(unplaced, f'"{HANDBOOK}" = "{material}"')
    assert cli.main(["run", str(unplaced), "--out", str(tmp_path / "o"), "--quiet"]) == 2
    assert "is not a material it may name" in capsys.readouterr().err


def test_the_hint_is_only_for_a_material_that_may_be_named() -> None:
    """Must not: a missing licence or work orders must be read; [documents] cannot help."""

    def message(kind: str, nameable: bool) -> str:
        unplaced = {"files": ["x.pdf"], "records": kind == "work_orders", "nameable": nameable}
        finding = {"code": "DOC_MISSING", "field": kind, "evidence": [],
                   "params": {"kind": kind, "unplaced": unplaced}}
        return finding_message(finding, "en")  # type: ignore[arg-type]

    assert "[documents]" in message("org_chart", True)
    assert "[documents]" not in message("business_license", False)
    assert "[documents]" not in message("work_orders", False)


@pytest.mark.slow
def test_a_named_material_is_no_ledger(unplaced: Path, tmp_path: Path) -> None:
    """A staff list read as work orders, named staff_training by the consultant, is the staff
    list: its rows are no work orders. Shown here on the work-order workbook itself: named a
    material, its 62 orders no longer count, and the report says so."""
    _name(unplaced, '"附件1.xlsx" = "staff_training"')
    report = _run(unplaced, tmp_path / "out")
    assert "work_orders" in _codes(report)["DOC_MISSING"]
    (entry,) = [d for d in report["documents"] if d["file"] == "附件1.xlsx"]
    assert entry["kinds"] == ["staff_training"] and entry["records"] == 0
    assert any("row(s) read as records are not counted" in note for note in entry["notes"])


@pytest.mark.slow
def test_a_file_named_other_is_read_for_nothing(tmp_path: Path) -> None:
    """A table the consultant knows is no ledger (a maintenance plan, an owners' register, here
    an older export of some orders without their signature column) drew findings as work
    orders; named "other" it counts for nothing and the report says how many rows it leaves
    out (decision 230)."""
    package = tmp_path / "pkg"
    shutil.copytree(CLEAN, package)
    older = package / "资料" / "旧版导出.xlsx"
    workbook = openpyxl.load_workbook(package / "附件1.xlsx")
    sheet = workbook.active
    assert sheet is not None and sheet.cell(3, 12).value == "客户签字"
    sheet.delete_cols(12)
    sheet.delete_rows(20, sheet.max_row)
    workbook.save(older)
    assert "WO_MISSING_SIGNATURE" in _codes(_run(package, tmp_path / "before"))

    _name(package, '"资料/旧版导出.xlsx" = "other"')
    report = _run(package, tmp_path / "after")
    assert report["findings"] == [] and report["verdict"] == "ready"
    (entry,) = [d for d in report["documents"] if d["file"] == "资料/旧版导出.xlsx"]
    assert entry["kinds"] == ["other"] and entry["records"] == 0
    assert any('named "other"' in note for note in entry["notes"])
    assert any("16 row(s) read as records are not counted" in note for note in entry["notes"])


@pytest.mark.slow
def test_other_proves_nothing_present(unplaced: Path, tmp_path: Path) -> None:
    """Must not: "other" is no material. The handbook nobody recognises, named other, leaves
    job descriptions missing (and no longer unrecognised); the work-order workbook named other
    leaves work orders missing, so no ledger can be talked out of the checks into a ready."""
    _name(unplaced, f'"{HANDBOOK}" = "other"\n"附件1.xlsx" = "other"')
    report = _run(unplaced, tmp_path / "out")
    missing = _codes(report)["DOC_MISSING"]
    assert "job_descriptions" in missing and "work_orders" in missing
    assert "DOC_UNRECOGNISED" not in _codes(report)
    assert report["verdict"] == "not_ready"
