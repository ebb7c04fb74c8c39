from __future__ import annotations

from datetime import datetime

from preaudit.parsers import parse_file
from preaudit.parsers.limits import ReadLimits
from preaudit.parsers.recognise import extract
from preaudit.parsers.xlsx import read
from sample_data.gen.builders import WO_HEADER, force_builtin_format, wo_row, write_xlsx

LIMITS = ReadLimits()


def test_header_on_row_3_under_merged_title(tmp_path):
    rows = [["2026年第三季度售后服务工单台账"], ["制表单位：某某电器"], WO_HEADER]
    rows += [wo_row(1), [None] * 7, [None] * 7, wo_row(2)]
    path = write_xlsx(tmp_path / "附件3.xlsx", {"工单": rows}, merges={"工单": ["A1:G1"]})
    document = read(path, "附件3.xlsx", LIMITS)
    table = document.tables[0]
    assert table.sheet == "工单"
    assert table.title == "2026年第三季度售后服务工单台账"
    # the merged title is copied across its range (a title row), empty rows are skipped
    assert table.rows[0][6] == "2026年第三季度售后服务工单台账"
    assert [loc.row for loc in table.locations] == [1, 2, 3, 4, 7]

    extracted = extract(document)
    records = extracted.records["work_orders"]
    assert extracted.kinds == ["work_orders"]
    assert [(r["record_id"], r["_row"], r["_sheet"], r["_table"]) for r in records] == [
        ("GD0001", 4, "工单", None), ("GD0002", 7, "工单", None)
    ]
    assert records[0]["reported_at"] == datetime(2026, 9, 2, 9, 30)
    assert records[0]["_reported_at_has_time"] is True
    assert records[0]["customer_phone"] == "13800130001"


def test_merged_data_cells_are_not_filled(tmp_path):
    rows = [WO_HEADER, wo_row(1), wo_row(2)]
    rows[2][6] = None  # technician merged from the row above: stays empty
    path = write_xlsx(tmp_path / "a.xlsx", {"S": rows}, merges={"S": ["G2:G3"]})
    records = extract(read(path, "a.xlsx", LIMITS)).records["work_orders"]
    assert [r["technician"] for r in records] == ["王师傅", None]


def test_cjk_builtin_date_formats_31_and_57(tmp_path):
    header = ["工单号", "客户", "手机", "报修日期", "完成日期", "问题描述", "处理结果"]
    row = ["GD1", "张三", 13800138000, 46268, 46269.5, "不制冷", "加氟"]
    path = write_xlsx(
        tmp_path / "dates.xlsx",
        {"S": [header, row]},
        formats={("S", "D2"): 'yyyy"年"m"月"d"日"', ("S", "E2"): 'yyyy"年"m"月"'},
    )
    force_builtin_format(path, 'yyyy"年"m"月"d"日"', 31)
    force_builtin_format(path, 'yyyy"年"m"月"', 57)
    table = read(path, "dates.xlsx", LIMITS).tables[0]
    assert table.rows[1][3] == datetime(2026, 9, 3)
    assert table.rows[1][4] == datetime(2026, 9, 4, 12, 0)
    record = extract(read(path, "dates.xlsx", LIMITS)).records["work_orders"][0]
    assert record["reported_at"] == datetime(2026, 9, 3)
    assert record["_reported_at_has_time"] is False
    assert record["customer_phone"] == "13800138000"


def test_plain_numbers_stay_numbers(tmp_path):
    path = write_xlsx(tmp_path / "n.xlsx", {"S": [["a", "b"], [46268, 3.5]]})
    assert read(path, "n.xlsx", LIMITS).tables[0].rows[1] == [46268, 3.5]


def test_two_kinds_in_one_workbook_and_hidden_sheet(tmp_path):
    complaints = [
        ["投诉编号", "投诉日期", "投诉人", "联系电话", "投诉内容", "原因分析", "处理措施", "回访情况"],
        ["TS01", "2026/9/5", "李四", "139 0013 9000", "噪音大", "/", "更换风扇", "满意"],
        ["TS02", "2026/9/6", "王五", "13900139001", "漏水", "安装不当", "重新安装", None],
    ]
    survey = [
        ["序号", "客户姓名", "联系电话", "回访日期", "服务态度", "响应速度", "总体满意度"],
        [1, "张三", "13800138000", "2026-09-10", 5, 4, "满意"],
    ]
    path = write_xlsx(tmp_path / "x.xlsx", {"投诉": complaints, "回访": survey, "空": []})
    fmt, extracted = parse_file(path, "x.xlsx", LIMITS)
    assert fmt == "xlsx"
    assert extracted.kinds == ["satisfaction_survey", "complaint_ledger"]
    first, second = extracted.records["complaints"]
    # reason: 原因分析 wins, but a placeholder there falls back to 投诉内容
    assert first["reason"] == "噪音大"
    assert second["reason"] == "安装不当"
    assert second["feedback"] is None
    assert first["received_at"] == datetime(2026, 9, 5)
    response = extracted.records["survey_responses"][0]
    assert response["record_id"] == "1"
    assert response["overall"] == "满意"
    assert response["respondent_phone"] == "13800138000"


def test_hidden_sheet_is_read(tmp_path):
    from openpyxl import load_workbook

    path = write_xlsx(tmp_path / "h.xlsx", {"可见": [["说明"]], "隐藏": [WO_HEADER, wo_row(3)]})
    workbook = load_workbook(path)
    workbook["隐藏"].sheet_state = "hidden"
    workbook.save(path)
    records = extract(read(path, "h.xlsx", LIMITS)).records["work_orders"]
    assert records[0]["_sheet"] == "隐藏"


def test_empty_run_and_row_limit(tmp_path):
    rows = [WO_HEADER, wo_row(1)] + [[None] * 7] * 5 + [wo_row(2)]
    path = write_xlsx(tmp_path / "e.xlsx", {"S": rows})
    table = read(path, "e.xlsx", ReadLimits(max_empty_run=3)).tables[0]
    assert len(table.rows) == 2  # the row after the long empty run is not read


def test_unclear_table_gives_a_note(tmp_path):
    path = write_xlsx(tmp_path / "u.xlsx", {"Sheet3": [["姓名", "电话", "爱好"], ["a", "b", "c"]]})
    extracted = extract(read(path, "u.xlsx", LIMITS))
    assert extracted.records == {}
    assert extracted.notes == ["sheet 'Sheet3': kind unclear, not read"]


def test_stacked_forms_in_one_sheet(tmp_path):
    rows = []
    for n in (1, 2):
        rows += [
            ["工单编号", f"GD{n}", "报修时间", f"2026-09-0{n} 10:00"],
            ["客户姓名", f"客户{n}", "联系电话", f"1380013800{n}"],
            ["故障描述", "不制冷", "处理结果", "加氟"],
            ["客户签字", f"客户{n}", "日期", f"2026-09-0{n}"],
            [None, None, None, None],
        ]
    path = write_xlsx(tmp_path / "forms.xlsx", {"单据": rows})
    records = extract(read(path, "forms.xlsx", LIMITS)).records["work_orders"]
    assert [(r["record_id"], r["_sheet"], r["_row"]) for r in records] == [
        ("GD1", "单据", 1), ("GD2", "单据", 6)
    ]
    assert records[1]["reported_at"] == datetime(2026, 9, 2, 10, 0)
    assert records[1]["signature"] == "客户2"


def test_survey_scores_and_items(tmp_path):
    rows = [
        ["客户满意度回访记录"],
        ["编号", "受访者", "手机", "回访时间", "服务态度", "守时情况", "总体评分"],
        ["HF001", "张三", "13800138000", "2026年9月10日", 9, 8.0, 10],
    ]
    path = write_xlsx(tmp_path / "s.xlsx", {"Sheet1": rows})
    extracted = extract(read(path, "s.xlsx", LIMITS))
    (response,) = extracted.records["survey_responses"]
    assert response["overall"] == "10"
    assert response["items"] == {"服务态度": 9, "守时情况": 8}
    assert response["_row"] == 3
    assert extracted.unmapped_columns == []
