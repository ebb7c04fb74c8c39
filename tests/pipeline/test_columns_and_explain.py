"""Issue 11 end to end: one unread column is one explained problem; [columns] is the way out;
``preaudit explain`` shows what recognition decided.

The clean sample package with its work-order sheet's signature header renamed to a word no
recognition knows (客户回执联, the customer's receipt copy): before, 62 unsigned work orders
and nothing said why; now the finding names the missing column once, and a one-line [columns]
entry makes the package ready again. Each customer signed the receipt with a word beside the
name (彭德明 已签收): a column of the customers' own names alone, under any label no field
reads, is the signature by its content (decisions 209, 256), and there would be nothing to
repair.
"""

from __future__ import annotations

import io
import json
import shutil
import sys
import tomllib
from pathlib import Path

import pytest
from openpyxl import load_workbook

from preaudit.parsers import headers
from preaudit.pipeline import cli
from sample_data.gen.writers import write_docx
from tests.parsers.tables import FORMATS, write_table

ROOT = Path(__file__).resolve().parents[2]
CLEAN = ROOT / "sample_data" / "packages" / "clean"
UNKNOWN_LABEL = "客户回执联"


@pytest.fixture
def renamed(tmp_path: Path) -> Path:
    package = tmp_path / "pkg"
    shutil.copytree(CLEAN, package)
    book = load_workbook(package / "附件1.xlsx")
    sheet = book.active
    assert sheet["L3"].value == "客户签字"
    sheet["L3"] = UNKNOWN_LABEL
    for row in range(4, sheet.max_row + 1):
        if sheet.cell(row=row, column=12).value:
            sheet.cell(row=row, column=12, value=f"{sheet.cell(row=row, column=12).value} 已签收")
    book.save(package / "附件1.xlsx")
    return package


def _audit(package: Path, out: Path) -> dict:
    assert cli.main(["run", str(package), "--out", str(out), "--quiet", "--lang", "en"]) == 0
    return json.loads((out / "report.json").read_text("utf-8"))


@pytest.mark.slow
def test_a_missing_column_is_named_once_and_columns_repair_it(renamed: Path, tmp_path: Path):
    report = _audit(renamed, tmp_path / "before")
    (unsigned,) = [f for f in report["findings"] if f["code"] == "WO_MISSING_SIGNATURE"]
    assert len(unsigned["evidence"]) == 62
    assert "no column for the customer signature" in unsigned["message"]
    assert unsigned["message"].count("附件1.xlsx") == 1
    (document,) = [d for d in report["documents"] if d["file"] == "附件1.xlsx"]
    assert any(n.startswith("no column for signature") for n in document.get("notes", []))

    manifest = renamed / "application.toml"
    manifest.write_text(
        manifest.read_text("utf-8") + f'\n[columns]\n"{UNKNOWN_LABEL}" = "signature"\n', "utf-8"
    )
    fixed = _audit(renamed, tmp_path / "after")
    assert fixed["verdict"] == "ready", [f["code"] for f in fixed["findings"]]
    (document,) = [d for d in fixed["documents"] if d["file"] == "附件1.xlsx"]
    assert any(f"column {UNKNOWN_LABEL} read as signature" in n for n in document["notes"])


def test_an_unknown_field_in_columns_is_a_usage_error(renamed: Path, tmp_path: Path, capsys):
    manifest = renamed / "application.toml"
    manifest.write_text(manifest.read_text("utf-8") + f'\n[columns]\n"{UNKNOWN_LABEL}" = "signatur"\n')
    code = cli.main(["run", str(renamed), "--out", str(tmp_path / "o"), "--quiet"])
    assert code == 2
    assert "is not a field" in capsys.readouterr().err


def test_explain_shows_each_header_and_its_field(renamed: Path, capsys) -> None:
    assert cli.main(["explain", str(renamed / "附件1.xlsx")]) == 0
    out = capsys.readouterr().out
    assert "sheet '工单明细': read as work_orders, 62 rows (header row 3)" in out
    assert "故障现象" in out and "→ issue" in out
    assert f"{UNKNOWN_LABEL}" in out and "(not read)" in out
    assert "no column for signature" in out


def test_explain_of_a_package_applies_its_columns_and_gives_json(renamed: Path, capsys):
    manifest = renamed / "application.toml"
    manifest.write_text(
        manifest.read_text("utf-8") + f'\n[columns]\n"{UNKNOWN_LABEL}" = "signature"\n', "utf-8"
    )
    assert cli.main(["explain", str(renamed), "--json"]) == 0
    files = json.loads(capsys.readouterr().out)
    (workbook,) = [f for f in files if f["file"] == "附件1.xlsx"]
    choices = {c["header"]: c for c in workbook["tables"][0]["columns"]}
    assert choices[UNKNOWN_LABEL]["field"] == "signature" and choices[UNKNOWN_LABEL]["given"]
    outlets = [f for f in files if "service_outlets" in f["kinds"]]
    assert outlets and all(not f["records"] for f in outlets)


def test_explain_of_a_missing_path_is_a_usage_error(tmp_path: Path, capsys) -> None:
    assert cli.main(["explain", str(tmp_path / "nope.xlsx")]) == 2


# The clean work-order sheet's headers in wordings no synonym lists (the examples).
UNLISTED = ["单据号码", "来电者名称", "来电者号码", "上门的地点", "机器型号", "报修的情况",
            "处置说明", "出单时刻", "到场时刻", "完结时刻", "上门的工程师", "客户核签"]


@pytest.mark.slow
def test_a_package_in_unlisted_wordings_is_ready_with_no_code_change(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    shutil.copytree(CLEAN, package)
    book = load_workbook(package / "附件1.xlsx")
    sheet = book.active
    listed = {headers.normalise_header(s) for fields in headers.SYNONYMS.values()
              for synonyms in fields.values() for s in synonyms}
    for column, label in enumerate(UNLISTED, start=1):
        assert headers.normalise_header(label) not in listed, label
        sheet.cell(row=3, column=column, value=label)
    book.save(package / "附件1.xlsx")
    report = _audit(package, tmp_path / "out")
    assert report["summary"]["work_orders"]["qualifying"] == 62
    assert report["findings"] == [] and report["verdict"] == "ready"


@pytest.mark.slow
def test_notes_speak_the_report_language_and_re_render(renamed: Path, tmp_path: Path):
    """A reader's note is in both languages, like its reasons: the Chinese report says it in
    Chinese (no English sentence in a 中文 report), and `preaudit render` switches it."""
    out = tmp_path / "zh"
    assert cli.main(["run", str(renamed), "--out", str(out), "--quiet", "--lang", "zh"]) == 0
    report = json.loads((out / "report.json").read_text("utf-8"))
    (document,) = [d for d in report["documents"] if d["file"] == "附件1.xlsx"]
    (missing,) = [n for n in document["notes"] if "签名" in n or "签字" in n]
    assert "中没有" in missing and "no column" not in missing
    assert all(not n.startswith("no column") for n in document["notes"])
    assert any(t["en"].startswith("no column for signature") for t in document["notes_text"])
    assert "中没有" in (out / "report.html").read_text("utf-8")
    english = tmp_path / "en"
    assert cli.main(["render", str(out / "report.json"), "--lang", "en", "--out", str(english)]) == 0
    again = json.loads((english / "report.json").read_text("utf-8"))
    (document,) = [d for d in again["documents"] if d["file"] == "附件1.xlsx"]
    assert any(n.startswith("no column for signature") for n in document["notes"])


def _draft(target: Path, capsys) -> str:
    assert cli.main(["explain", str(target), "--draft-columns"]) == 0
    return capsys.readouterr().out


def test_the_draft_lists_every_header_commented_with_its_reading(renamed: Path, capsys):
    draft = _draft(renamed, capsys)
    assert f'# "{UNKNOWN_LABEL}" = ""  # not read now' in draft
    assert '# "故障现象" = "issue"  # read so now' in draft
    pasted = tomllib.loads(draft)["columns"]  # pasted unedited, it changes nothing
    assert pasted and all(table == {} for table in pasted.values())
    assert '[columns."附件1.xlsx"]  # this file only' in draft  # decision 218


def test_a_draft_line_mended_under_its_file_changes_that_file_only(renamed: Path, capsys):
    """Uncommented under its own [columns."附件1.xlsx"], the mended line pins that file."""
    draft = _draft(renamed, capsys)
    section = draft.split('[columns."附件1.xlsx"]', 1)[1].split("\n[columns.", 1)[0]
    line = next(x for x in section.splitlines() if x.startswith(f'# "{UNKNOWN_LABEL}"'))
    table = '[columns."附件1.xlsx"]\n' + line.removeprefix("# ").replace('= ""', '= "signature"')
    manifest = renamed / "application.toml"
    manifest.write_text(manifest.read_text("utf-8") + "\n" + table + "\n", "utf-8")
    after = _draft(renamed, capsys).split('[columns."附件1.xlsx"]', 1)[1]
    assert f'# "{UNKNOWN_LABEL}" = "signature"  # read so now' in after


def test_a_lookalike_table_in_the_draft_maps_nothing(renamed: Path, capsys) -> None:
    """The staff list looks most like complaints (持证情况 → reason) but is not read as them:
    neither the text nor the draft may say its columns are read."""
    assert cli.main(["explain", str(renamed)]) == 0
    text = capsys.readouterr().out
    assert "looks most like complaints, not read as it" in text
    draft = _draft(renamed, capsys)
    assert '# "持证情况" = ""  # not read now' in draft
    assert '"持证情况" = "reason"' not in draft


def test_an_edited_draft_line_is_a_valid_mapping_that_wins(renamed: Path, capsys) -> None:
    draft = _draft(renamed / "附件1.xlsx", capsys)
    line = next(x for x in draft.splitlines() if x.startswith(f'# "{UNKNOWN_LABEL}"'))
    edited = line.removeprefix("# ").replace('= ""', '= "signature"')
    manifest = renamed / "application.toml"
    manifest.write_text(manifest.read_text("utf-8") + f"\n[columns]\n{edited}\n", "utf-8")
    draft = _draft(renamed, capsys)
    assert f'# "{UNKNOWN_LABEL}" = "signature"  # read so now' in draft


class _ClosedPipe(io.StringIO):
    def write(self, text: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")


def test_a_reader_that_quits_early_is_no_internal_error(renamed: Path, capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdout", _ClosedPipe())
    assert cli.main(["explain", str(renamed / "附件1.xlsx")]) == 141
    assert "internal error" not in capsys.readouterr().err


def _phone_gaps(package: Path, out: Path, table: str) -> int:
    manifest = package / "application.toml"
    manifest.write_text(manifest.read_text("utf-8") + "\n" + table + "\n", "utf-8")
    report = _audit(package, out)
    return sum(len(f["evidence"]) for f in report["findings"]
               if f["code"] == "WO_MISSING_FIELD" and f["field"] == "customer_phone")


@pytest.mark.slow
@pytest.mark.parametrize(("table", "gaps"), [
    ('[columns."附件1.xlsx"]\n"联系电话" = ""', 62),  # the work-order file's own: withheld
    ('[columns."附件3.docx"]\n"联系电话" = ""', 0),  # another file's: the orders keep it
    ('[columns]\n"联系电话" = ""', 62),  # the package's: every file's
])
def test_columns_of_one_file_change_only_that_file(tmp_path: Path, table: str, gaps: int):
    """Decision 218: [columns] keys count for the whole package, so withholding a complaint
    ledger's second 联系电话 took the work orders' phone too. [columns."file"] scopes them."""
    package = tmp_path / "pkg"
    shutil.copytree(CLEAN, package)
    assert _phone_gaps(package, tmp_path / "out", table) == gaps


def test_columns_of_a_file_not_in_the_package_say_so(tmp_path: Path, capsys) -> None:
    """Must not pass silently: a mistyped path in [columns."file"] maps nothing."""
    package = tmp_path / "pkg"
    shutil.copytree(CLEAN, package)
    manifest = package / "application.toml"
    manifest.write_text(manifest.read_text("utf-8") + '\n[columns."附件一.xlsx"]\n"联系电话" = ""\n',
                        "utf-8")
    assert cli.main(["run", str(package), "--out", str(tmp_path / "o"), "--quiet"]) == 0
    assert '[columns."附件一.xlsx"] is no file of the package' in capsys.readouterr().err


def test_the_package_draft_offers_documents_for_unplaced_and_record_files(renamed: Path, capsys):
    """A file placed as nothing and each file read as records get a commented [documents]
    line (decisions 217, 230); a file placed as a material gets none, and pasted unedited the
    draft names nothing. A single file's draft has no path in a package to name."""
    write_docx(renamed / "资料" / "附件6.docx", "附录三", ["内部资料，仅供参考。", "各岗位按附表执行。"])
    draft = _draft(renamed, capsys)
    section = draft.split("\n[documents]", 1)[1]
    assert '# "资料/附件6.docx" = ""  # placed as nothing now' in section
    assert '# "附件1.xlsx" = "other"  # read as records now (work_orders 62)' in section
    assert "附件4.docx" not in section  # the service policy, placed
    assert tomllib.loads(draft)["documents"] == {}
    assert "[documents]" not in _draft(renamed / "附件1.xlsx", capsys)


# ---------------------------------- decision 283: a reading by the label model says so

_HAZARD = [["工单编号", "报急人", "联系电话", "灾情描述", "报修时间", "处理结果"]] + [
    [f"QX2026{i:03d}", name, f"1390571{i:04d}", damage, f"2026-08-0{i + 2} 09:1{i}", fix]
    for i, (name, damage, fix) in enumerate([
        ("郜明轩", "楼顶水箱溢水渗到五楼", "已修复"), ("濮欣然", "地库排水泵不转积水", "已更换"),
        ("韶立冬", "外墙瓷砖空鼓有脱落", "已加固"), ("訾雪梅", "单元门禁主板烧坏", "已更换主板"),
        ("厍永康", "电梯井道有异响", "已调整导轨")])
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_explain_and_the_draft_name_a_learned_reading(tmp_path: Path, capsys, fmt: str):
    """灾情描述 is read by the label model alone (no synonym, no reading by parts): explain
    says so beside its scores, the [columns] draft beside its line; a rule's reading
    (工单编号) is shown as before."""
    written = write_table(fmt, tmp_path / "hazard", _HAZARD)
    assert cli.main(["explain", str(written)]) == 0
    out = capsys.readouterr().out
    (line,) = [row for row in out.splitlines() if "灾情描述" in row and "→" in row]
    assert "→ issue" in line and "learned" in line
    (ruled,) = [row for row in out.splitlines() if "工单编号" in row and "→" in row]
    assert "learned" not in ruled
    draft = _draft(written, capsys)
    assert '# "灾情描述" = "issue"  # read so now (learned: no rule reads this label)' in draft
    assert '# "工单编号" = "record_id"  # read so now\n' in draft
