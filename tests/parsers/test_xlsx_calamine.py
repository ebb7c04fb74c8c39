"""The calamine path of the workbook reader gives what the openpyxl path gives, and knows when
it must not run (decision 116)."""

from __future__ import annotations

import io
import zipfile
from datetime import datetime, time, timedelta
from pathlib import Path

import pytest
from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import CALENDAR_MAC_1904

from preaudit.parsers import xlsx
from preaudit.parsers.errors import CorruptFile
from preaudit.parsers.limits import ReadLimits
from preaudit.parsers.recognise import extract
from preaudit.parsers.xlsx_survey import MAX_GRID_CELLS, WorkbookSurvey
from sample_data.gen.builders import WO_HEADER, force_builtin_format, wo_row, write_xlsx

LIMITS = ReadLimits()
REPO = Path(__file__).resolve().parents[2]
CORPUS = (REPO / ".." / "shared" / "corpus").resolve()
NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def _both_paths(path: Path, monkeypatch: pytest.MonkeyPatch, limits: ReadLimits = LIMITS):
    """(calamine document, openpyxl document) of one file; fails if calamine was not used."""
    used: list[bool] = []
    real = xlsx._calamine_sheets

    def spy(*args):
        sheets = real(*args)
        used.append(sheets is not None)
        return sheets

    monkeypatch.setattr(xlsx, "_calamine_sheets", spy)
    fast = xlsx.read(path, path.name, limits)
    assert used == [True], "calamine did not read the workbook"
    monkeypatch.setattr(xlsx, "_calamine_sheets", lambda *args: None)
    slow = xlsx.read(path, path.name, limits)
    return fast, slow


def _shape(document):
    tables = [(t.sheet, t.title, t.rows, [loc.row for loc in t.locations]) for t in document.tables]
    return tables, document.notes


def _replace_parts(path: Path, parts: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    members.update(parts)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def _sheet_part(rows_xml: str, extra: str = "") -> bytes:
    return f'<worksheet xmlns="{NS}"><sheetData>{rows_xml}</sheetData>{extra}</worksheet>'.encode()


def _one_sheet_book(path: Path) -> Path:
    return write_xlsx(path, {"S": [["x"]]})


SAMPLE_BOOKS = sorted((REPO / "sample_data" / "packages").rglob("*.xlsx"))


@pytest.mark.parametrize("path", SAMPLE_BOOKS, ids=lambda p: p.relative_to(REPO).as_posix())
def test_sample_workbooks_read_alike(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fast, slow = _both_paths(path, monkeypatch)
    assert _shape(fast) == _shape(slow)
    assert fast.tables  # something was read, so the comparison means something


def test_values_of_every_kind_read_alike(tmp_path: Path, monkeypatch) -> None:
    """Numbers, phones stored as numbers, dates (custom, CJK built-in, time only, duration),
    booleans, blank text, long text cut, merged header cells, a table not starting at A1, a
    hidden sheet and formulas with cached values."""
    book = Workbook()
    sheet = book.active
    sheet.title = "工单"
    sheet["C3"] = "2026年工单台账"
    sheet.merge_cells("C3:F3")
    sheet.append([])
    for column, label in zip("CDEFGH", WO_HEADER, strict=False):
        sheet[f"{column}5"] = label
    values = [13800138000, 3.5, datetime(2026, 9, 3, 9, 30), 0.5, 1.25, True]
    for column, value in zip("CDEFGH", values, strict=True):
        sheet[f"{column}6"] = value
    sheet["E6"].number_format = "yyyy-mm-dd hh:mm"
    sheet["F6"].number_format = "h:mm"
    sheet["G6"].number_format = "[h]:mm:ss"
    sheet["C7"], sheet["D7"], sheet["E7"] = "   ", "长" * 3000, 46268
    sheet["E7"].number_format = 'yyyy"年"m"月"d"日"'
    sheet["C8"], sheet["D8"] = "=1+2", "=NA()"
    hidden = book.create_sheet("隐藏")
    hidden.sheet_state = "hidden"
    for row in [WO_HEADER, wo_row(1), wo_row(2)]:
        hidden.append(row)
    path = tmp_path / "kinds.xlsx"
    book.save(path)
    force_builtin_format(path, 'yyyy"年"m"月"d"日"', 31)
    with zipfile.ZipFile(path) as archive:
        part = archive.read("xl/worksheets/sheet1.xml").decode()
    # openpyxl writes no cached values: put in what Excel leaves after calculating.
    part = part.replace("<f>1+2</f><v></v>", "<f>1+2</f><v>3</v>")
    _replace_parts(path, {"xl/worksheets/sheet1.xml": part.encode()})

    fast, slow = _both_paths(path, monkeypatch)
    assert _shape(fast) == _shape(slow)
    first = fast.tables[0]
    assert first.title == "2026年工单台账" and first.rows[0][5] == "2026年工单台账"
    data = dict(zip([loc.row for loc in first.locations], first.rows, strict=True))
    assert data[6][2:8] == [13800138000, 3.5, datetime(2026, 9, 3, 9, 30), time(12),
                            timedelta(hours=30), True]
    assert type(data[6][2]) is int and data[6][:2] == [None, None]
    assert data[7][2] is None and len(data[7][3]) == LIMITS.max_cell_chars
    assert data[7][4] == datetime(2026, 9, 3)
    assert data[8][2] == 3
    assert [t.sheet for t in fast.tables] == ["工单", "隐藏"]
    assert "sheet '隐藏' is hidden in the workbook; it was read anyway" in fast.notes


def test_1904_workbook_and_column_limit_read_alike(tmp_path: Path, monkeypatch) -> None:
    book = Workbook()
    book.epoch = CALENDAR_MAC_1904
    book.active.append([*WO_HEADER, "备注"])
    book.active.append([*wo_row(1)[:3], datetime(2026, 9, 3, 10, 30), "x", "y", "z", "w"])
    path = tmp_path / "mac.xlsx"
    book.save(path)
    limits = ReadLimits(max_cols=5)
    fast, slow = _both_paths(path, monkeypatch, limits)
    assert _shape(fast) == _shape(slow)
    assert fast.tables[0].rows[1][3] == datetime(2026, 9, 3, 10, 30)
    assert len(fast.tables[0].rows[0]) == 5
    assert fast.notes == ["sheet 'Sheet': columns after column 5 were not read (column limit)"]


def test_row_limit_and_empty_run_alike(tmp_path: Path, monkeypatch) -> None:
    rows = [WO_HEADER] + [wo_row(n) for n in range(1, 30)]
    path = write_xlsx(tmp_path / "long.xlsx", {"S": rows})
    with pytest.raises(xlsx.TooLarge, match="20-row limit"):
        xlsx.read(path, path.name, ReadLimits(max_rows=20))
    gap = write_xlsx(tmp_path / "gap.xlsx", {"S": [WO_HEADER, wo_row(1), *[[None]] * 4, wo_row(2)]})
    fast, slow = _both_paths(gap, monkeypatch, ReadLimits(max_empty_run=3))
    assert _shape(fast) == _shape(slow) and len(fast.tables[0].rows) == 2


def test_a_far_cell_goes_to_openpyxl_not_to_a_512_gib_grid(tmp_path: Path) -> None:
    """calamine would allocate 1,048,576 x 16,384 cells and abort the process."""
    rows = (
        '<row r="1"><c r="A1" t="inlineStr"><is><t>编号</t></is></c></row>'
        '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'
    )
    path = _replace_parts(_one_sheet_book(tmp_path / "far.xlsx"),
                          {"xl/worksheets/sheet1.xml": _sheet_part(rows)})
    document = xlsx.read(path, path.name, LIMITS)  # in this process: an abort would kill pytest
    assert document.tables[0].rows == [["编号"]]


@pytest.mark.parametrize(
    "cell",
    [
        "<c r='XFD5000'><v>1</v></c>",  # single quotes
        '<c\tr="XFD5000"><v>1</v></c>',  # a tab before the attribute
        '<c s="0"  r = "XFD5000"><v>1</v></c>',  # spaces around =
        '<c r="XFD000000000000000000000005000"><v>1</v></c>',  # zero padding
    ],
)
def test_survey_sees_references_in_any_spelling(cell: str) -> None:
    survey = WorkbookSurvey()
    rows = '<row r="1"><c r="A1"><v>1</v></c></row>' + f'<row r="5000">{cell}</row>'
    survey(zipfile.ZipInfo("xl/worksheets/sheet1.xml"), _sheet_part(rows))
    assert survey.grid_cells() > MAX_GRID_CELLS and not survey.fits()


def test_survey_sees_a_reference_cut_by_the_chunk_edge() -> None:
    rows = "".join(f'<row r="{n}"><c r="A{n}"><v>1</v></c></row>' for n in range(1, 2000))
    part = _sheet_part(rows + '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>')
    cut = part.index(b"XFD1048") + 4  # "XFD1" | "048576"
    survey = WorkbookSurvey()
    info = zipfile.ZipInfo("xl/worksheets/sheet1.xml")
    survey(info, part[:cut])
    survey(info, part[cut:])
    assert survey.grid_cells() >= 1_048_576 * 16_384


def test_ordinary_sheet_is_sized_close_to_its_cells() -> None:
    rows = "".join(
        f'<row r="{n}">' + "".join(f'<c r="{c}{n}"><v>1</v></c>' for c in "ABCDEFGHIJ") + "</row>"
        for n in range(1, 5001)
    )
    survey = WorkbookSurvey()
    part = _sheet_part(rows)
    info = zipfile.ZipInfo("xl/worksheets/sheet1.xml")
    for start in range(0, len(part), 65536):
        survey(info, part[start : start + 65536])
    assert 50_000 <= survey.grid_cells() <= 60_000 and survey.fits()


def test_a_long_shared_string_in_many_cells_goes_to_openpyxl() -> None:
    """python-calamine makes a Python string per cell: 1 MB x 2,000 columns is 2-8 GB."""
    survey = WorkbookSurvey()
    strings = f'<sst xmlns="{NS}"><si><t>{"A" * 2**20}</t></si><si><t>b</t></si></sst>'
    survey(zipfile.ZipInfo("xl/sharedStrings.xml"), strings.encode())
    cells = "".join(f'<c r="{get_column_letter(n)}1" t="s"><v>0</v></c>' for n in range(1, 2001))
    survey(zipfile.ZipInfo("xl/worksheets/sheet1.xml"), _sheet_part(f'<row r="1">{cells}</row>'))
    assert not survey.fits()
    small = WorkbookSurvey()
    small(zipfile.ZipInfo("xl/sharedStrings.xml"), strings.replace("A" * 2**20, "A").encode())
    small(zipfile.ZipInfo("xl/worksheets/sheet1.xml"), _sheet_part(f'<row r="1">{cells}</row>'))
    assert small.fits()


@pytest.mark.parametrize(
    ("cells", "uncalculated"),
    [
        ('<c r="A1"><f>ROW()-1</f></c><c r="B1"><f>A1+1</f><v></v></c>', 2),  # POI, openpyxl
        ('<c r="A1"><f t="shared" ref="A1:A9" si="0">B1</f></c><c r="A2"><f t="shared" si="0"/></c>', 2),
        ('<c r="A1"><f>ROW()-1</f><v>0</v></c><c r="A2"><f t="shared" si="0"/><v>1</v></c>', 0),
        ('<c r="A1" t="str"><f>B1&amp;"&lt;x"</f><v>a&lt;x</v></c><c r="B1"><v>5</v></c>', 0),
    ],
)
def test_survey_counts_formulas_saved_without_a_result(cells: str, uncalculated: int) -> None:
    survey = WorkbookSurvey()
    survey(zipfile.ZipInfo("xl/worksheets/sheet1.xml"), _sheet_part(f'<row r="1">{cells}</row>'))
    assert survey.uncalculated_formulas == uncalculated


def test_formulas_without_results_are_counted_once_across_chunks_and_noted(tmp_path: Path) -> None:
    part = _sheet_part("".join(f'<row r="{n}"><c r="A{n}"><f>ROW()</f></c></row>'
                               for n in range(1, 3001)))
    survey = WorkbookSurvey()
    info = zipfile.ZipInfo("xl/worksheets/sheet1.xml")
    for start in range(0, len(part), 1000):  # every chunk edge cuts some cell
        survey(info, part[start : start + 1000])
    assert survey.uncalculated_formulas == 3000
    book = Workbook()
    book.active.append(WO_HEADER)
    book.active.append([*wo_row(1)[:-1], "=B2"])  # openpyxl saves no result
    book.save(tmp_path / "f.xlsx")
    document = xlsx.read(tmp_path / "f.xlsx", "f.xlsx", ReadLimits())
    assert any(note.startswith("1 formula cell(s) carry no saved result")
               for note in document.notes)
    plain = tmp_path / "plain.xlsx"
    write_xlsx(plain, {"工单": [WO_HEADER, wo_row(1)]})
    assert not any("formula" in note for note in xlsx.read(plain, "plain.xlsx", ReadLimits()).notes)


@pytest.mark.parametrize("part", ["xl/worksheets/sheet1.xml", "docProps/custom.xml"])
def test_entity_declarations_are_refused_even_unused(tmp_path: Path, part: str) -> None:
    """defusedxml refused any declaration; calamine only trips over an undefined reference."""
    prolog = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "e">]>'
    body = _sheet_part('<row r="1"><c r="A1"><v>1</v></c></row>').decode()
    path = _replace_parts(_one_sheet_book(tmp_path / "e.xlsx"), {part: (prolog + body).encode()})
    with pytest.raises(CorruptFile, match="XML entity"):
        xlsx.read(path, path.name, LIMITS)


def test_a_workbook_calamine_fails_on_is_left_to_openpyxl(tmp_path: Path, monkeypatch) -> None:
    path = write_xlsx(tmp_path / "wo.xlsx", {"S": [WO_HEADER, wo_row(1)]})

    class Broken:
        @staticmethod
        def from_path(*args, **kwargs):
            raise RuntimeError("calamine cannot read this")

    monkeypatch.setattr(xlsx, "CalamineWorkbook", Broken)
    records = extract(xlsx.read(path, path.name, LIMITS)).records["work_orders"]
    assert [r["record_id"] for r in records] == ["GD0001"]


def test_an_error_value_goes_to_openpyxl_which_keeps_its_text(tmp_path: Path) -> None:
    """python-calamine gives #N/A as empty; a failed formula is not a blank field."""
    cells = '<c r="A1"><f>1+2</f><v>3</v></c><c r="B1" t="e"><f>NA()</f><v>#N/A</v></c>'
    path = _replace_parts(_one_sheet_book(tmp_path / "err.xlsx"),
                          {"xl/worksheets/sheet1.xml": _sheet_part(f'<row r="1">{cells}</row>')})
    survey = WorkbookSurvey()
    xlsx.vet_zip(path, LIMITS, survey)
    assert survey.error_values and not survey.fits()
    assert xlsx.read(path, path.name, LIMITS).tables[0].rows == [[3, "#N/A"]]


def test_a_chart_sheet_no_longer_makes_the_workbook_unreadable(tmp_path: Path) -> None:
    """openpyxl's read-only mode fails on an empty chart sheet; calamine skips it."""
    book = Workbook()
    for row in [WO_HEADER, wo_row(1)]:
        book.active.append(row)
    book.create_chartsheet("图表")
    buffer = io.BytesIO()
    book.save(buffer)
    path = tmp_path / "chart.xlsx"
    path.write_bytes(buffer.getvalue())
    records = extract(xlsx.read(path, path.name, LIMITS)).records["work_orders"]
    assert [r["record_id"] for r in records] == ["GD0001"]


@pytest.mark.skipif(not CORPUS.exists(), reason="shared corpus not available")
def test_strict_ooxml_is_read() -> None:
    path = CORPUS / "apache-poi" / "spreadsheet" / "SampleSS.strict.xlsx"
    if not path.exists():
        pytest.skip("not in this copy of the corpus")
    document = xlsx.read(path, path.name, LIMITS)
    assert document.tables[0].rows[0] == ["Test spreadsheet", None]
