"""Renderers of report.json: the JSON itself, the human HTML report and the findings workbook.

Every renderer takes the report dict exactly as written to report.json and computes nothing
new; it only regroups, translates, masks and escapes what is already there.
"""
