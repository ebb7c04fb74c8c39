"""Every UI string of the HTML report and the findings workbook, per language.

Finding titles and messages arrive already in the report language (checks/codes.py); this
catalogue covers everything else the renderers print, so no page mixes two languages.
Keys are flat and dotted (``severity.major``); zh and en must have the same keys (tested).
"""

from __future__ import annotations

DEFAULT_LANG = "zh"

_ZH: dict[str, str] = {
    # Page
    "html.lang": "zh-CN",
    "doc.title": "商品售后服务认证 材料预审报告",
    "doc.subtitle": "依据 GB/T 27922-2011《商品售后服务评价体系》的申请材料预审",
    "meta.applicant": "申请单位",
    "meta.credit_code": "统一社会信用代码",
    "meta.scope": "申请认证范围",
    "meta.target_level": "申请等级",
    "meta.package": "材料包",
    "meta.as_of": "申请日期",
    "meta.window": "工单期限",
    "meta.window_value": "{start} 至 {end}",
    "meta.tool": "生成工具",
    "meta.unknown": "未提供",
    "verdict.label": "预审结论",
    "verdict.ready": "可以提交",
    "verdict.needs_rework": "需整改后提交",
    "verdict.not_ready": "暂不可提交",
    "verdict.ready.note": "未发现严重不符合项或一般不符合项。",
    "verdict.needs_rework.note": "存在一般不符合项，整改后可提交。",
    "verdict.not_ready.note": "存在严重不符合项，材料初审将不予通过。",
    "counts.label": "问题统计",
    "severity.major": "严重不符合",
    "severity.minor": "一般不符合",
    "severity.observation": "观察项",
    # Summary of requirements
    "sec.summary": "要求核对",
    "sum.requirement": "要求",
    "sum.actual": "实际",
    "sum.required": "要求值",
    "sum.result": "结果",
    "sum.wo_qualifying": "期限内合格工单",
    "sum.wo_in_window": "期限内工单 / 工单总数",
    "sum.wo_signed": "有客户签字的工单 / 工单总数",
    "sum.sv_responses": "有效满意度问卷",
    "sum.sv_stated": "调查报告所述样本量",
    "sum.sv_rate": "满意度（原始数据计算）",
    "sum.sv_stated_rate": "满意度（调查报告所述）",
    "sum.cp_complete": "投诉记录完整（原因→处理→反馈）",
    "sum.response": "响应时间中位数 / 承诺时限",
    "sum.hours": "{value} 小时",
    "sum.at_least": "≥ {value}",
    "sum.all": "全部",
    "sum.no_data": "无数据",
    "sum.pass": "符合",
    "sum.fail": "不符合",
    "sum.not_judged": "仅供参考",
    # Findings
    "sec.findings": "发现的问题",
    "find.none": "未发现问题。",
    "find.none_in_group": "无",
    "find.field": "涉及字段：",
    "find.group_heading": "{label}（{count} 项）",
    "find.evidence_count": "证据 {count} 条",
    "find.evidence_show": "共 {count} 条证据，点击展开",
    "find.evidence_capped": "此处仅列出前 {shown} 条，另有 {rest} 条未列出，完整清单见 report.json 与 findings.xlsx。",
    # Documents
    "sec.documents": "文件清单",
    "doc.none": "材料包中没有文件。",
    # Callback sample
    "sec.callback": "电话回访抽样",
    "callback.intro": "以下工单为随机抽取（可复现），供审核员电话回访核实。",
    "callback.none": "没有可抽样的合格工单。",
    "privacy.masked": "个人信息已脱敏显示。",
    "privacy.unmasked": "注意：本报告包含未脱敏的个人信息，仅限授权审核员使用，请妥善保管。",
    # Columns
    "col.file": "文件",
    "col.page": "页",
    "col.sheet": "工作表",
    "col.table": "表格",
    "col.row": "行",
    "col.record_id": "记录编号",
    "col.location": "位置",
    "col.format": "格式",
    "col.kinds": "识别为",
    "col.records": "记录数",
    "col.status": "状态",
    "col.error": "错误 / 说明",
    "col.notes": "备注",
    "col.unmapped_columns": "未识别的列",
    "col.sha256": "SHA-256",
    "col.code": "问题代码",
    "col.severity": "严重程度",
    "col.field": "字段",
    "col.title": "问题",
    "col.message": "说明",
    "col.codes": "问题代码",
    "col.fields": "涉及字段",
    "col.what_to_fix": "需整改内容",
    "col.customer_name": "客户姓名",
    "col.customer_phone": "客户电话",
    "col.reported_at": "报修日期",
    # Locations
    "loc.page": "第 {value} 页",
    "loc.sheet": "工作表「{value}」",
    "loc.table": "表 {value}",
    "loc.row": "第 {value} 行",
    "loc.sep": "，",
    "list.sep": "、",
    # Workbook
    "sheet.records": "记录问题",
    "fix.with_field": "{title}（{field}）",
    "sheet.package": "整体问题",
    "sheet.documents": "文件清单",
    # Footer
    "footer.thresholds": "本报告采用的数量与期限阈值（合格工单数、工单期限、有效问卷数、响应时限等）是来源文章针对材料初审给出的指导值，并非 GB/T 27922 的条款；各认证机构要求不尽相同，所有阈值均可配置。",
    "footer.disclaimer": "本报告为申请前的自动预审结果，不代表认证机构的审核结论。",
    # Document status
    "status.parsed": "已解析",
    "status.unreadable": "无法读取",
    "status.unrecognised": "无法识别",
    # Document kinds (DOC_MISSING field values + record kinds)
    "kind.business_license": "营业执照",
    "kind.service_policy": "售后服务管理制度",
    "kind.service_process": "服务流程手册",
    "kind.job_descriptions": "岗位说明书",
    "kind.staff_training": "售后人员名单及培训证明",
    "kind.equipment_list": "维修设备清单",
    "kind.service_outlets": "服务网点",
    "kind.org_chart": "组织架构图",
    "kind.service_commitment": "服务承诺公示",
    "kind.work_orders": "售后工单",
    "kind.satisfaction_survey": "满意度调查",
    "kind.complaint_ledger": "投诉处理台账",
    "kind.survey_responses": "满意度调查问卷",
    "kind.survey_report": "满意度调查报告",
    "kind.complaints": "投诉记录",
    # Canonical fields
    "field.record_id": "编号",
    "field.customer_name": "客户姓名",
    "field.customer_phone": "客户电话",
    "field.customer_address": "客户地址",
    "field.product": "产品",
    "field.issue": "问题描述",
    "field.resolution": "处理结果",
    "field.reported_at": "报修时间",
    "field.responded_at": "响应时间",
    "field.completed_at": "完成时间",
    "field.technician": "维修人员",
    "field.signature": "客户签字",
    "field.respondent": "受访人",
    "field.respondent_phone": "受访人电话",
    "field.surveyed_at": "调查日期",
    "field.overall": "总体评价",
    "field.received_at": "受理时间",
    "field.reason": "投诉原因",
    "field.handling": "处理过程",
    "field.feedback": "客户反馈",
    "field.closed_at": "结案时间",
    "field.sample_size": "样本量",
    "field.satisfaction_rate": "满意度",
}

_EN: dict[str, str] = {
    # Page
    "html.lang": "en",
    "doc.title": "After-sales Service Certification — Pre-audit Report",
    "doc.subtitle": "Pre-audit of the application material against GB/T 27922-2011 (after-sales service evaluation system)",
    "meta.applicant": "Applicant",
    "meta.credit_code": "Unified social credit code",
    "meta.scope": "Certification scope applied for",
    "meta.target_level": "Target level",
    "meta.package": "Package",
    "meta.as_of": "Application date",
    "meta.window": "Work-order window",
    "meta.window_value": "{start} to {end}",
    "meta.tool": "Generated by",
    "meta.unknown": "not given",
    "verdict.label": "Verdict",
    "verdict.ready": "Ready to submit",
    "verdict.needs_rework": "Rework before submission",
    "verdict.not_ready": "Not ready to submit",
    "verdict.ready.note": "No major or minor nonconformity found.",
    "verdict.needs_rework.note": "Minor nonconformities found; submit once they are fixed.",
    "verdict.not_ready.note": "Major nonconformities found; the material review would fail.",
    "counts.label": "Findings",
    "severity.major": "Major",
    "severity.minor": "Minor",
    "severity.observation": "Observation",
    # Summary of requirements
    "sec.summary": "Requirements",
    "sum.requirement": "Requirement",
    "sum.actual": "Found",
    "sum.required": "Required",
    "sum.result": "Result",
    "sum.wo_qualifying": "Qualifying work orders in the window",
    "sum.wo_in_window": "Work orders in the window / total",
    "sum.wo_signed": "Work orders signed by the customer / total",
    "sum.sv_responses": "Valid survey responses",
    "sum.sv_stated": "Sample size stated in the survey report",
    "sum.sv_rate": "Satisfaction rate (computed from raw data)",
    "sum.sv_stated_rate": "Satisfaction rate (stated in the survey report)",
    "sum.cp_complete": "Complete complaint entries (reason → handling → feedback)",
    "sum.response": "Median response time / committed limit",
    "sum.hours": "{value} h",
    "sum.at_least": "≥ {value}",
    "sum.all": "all",
    "sum.no_data": "no data",
    "sum.pass": "met",
    "sum.fail": "not met",
    "sum.not_judged": "for information",
    # Findings
    "sec.findings": "Findings",
    "find.none": "No findings.",
    "find.none_in_group": "None",
    "find.field": "Field: ",
    "find.group_heading": "{label} ({count})",
    "find.evidence_count": "{count} evidence entries",
    "find.evidence_show": "{count} evidence entries — click to show",
    "find.evidence_capped": "Only the first {shown} are listed here; {rest} more are in report.json and findings.xlsx.",
    # Documents
    "sec.documents": "Documents",
    "doc.none": "The package holds no files.",
    # Callback sample
    "sec.callback": "Callback sample",
    "callback.intro": "Work orders drawn at random (reproducibly) for the auditor to phone.",
    "callback.none": "No qualifying work orders to sample.",
    "privacy.masked": "Personal data is shown masked.",
    "privacy.unmasked": "Warning: this report shows personal data unmasked. For authorised auditors only; keep it secure.",
    # Columns
    "col.file": "File",
    "col.page": "Page",
    "col.sheet": "Sheet",
    "col.table": "Table",
    "col.row": "Row",
    "col.record_id": "Record no.",
    "col.location": "Location",
    "col.format": "Format",
    "col.kinds": "Recognised as",
    "col.records": "Records",
    "col.status": "Status",
    "col.error": "Error / notes",
    "col.notes": "Notes",
    "col.unmapped_columns": "Unmapped columns",
    "col.sha256": "SHA-256",
    "col.code": "Code",
    "col.severity": "Severity",
    "col.field": "Field",
    "col.title": "Finding",
    "col.message": "Details",
    "col.codes": "Codes",
    "col.fields": "Fields",
    "col.what_to_fix": "What to fix",
    "col.customer_name": "Customer name",
    "col.customer_phone": "Customer phone",
    "col.reported_at": "Reported on",
    # Locations
    "loc.page": "p. {value}",
    "loc.sheet": "sheet “{value}”",
    "loc.table": "table {value}",
    "loc.row": "row {value}",
    "loc.sep": ", ",
    "list.sep": ", ",
    # Workbook
    "sheet.records": "Records",
    "fix.with_field": "{title} ({field})",
    "sheet.package": "Package findings",
    "sheet.documents": "Documents",
    # Footer
    "footer.thresholds": "The count and period thresholds used here (qualifying work orders, work-order window, valid survey responses, response time, …) are the source article's guidance for the material review, not clauses of GB/T 27922; certification bodies differ, and every threshold is configurable.",
    "footer.disclaimer": "This is an automatic pre-audit before application, not the certification body's decision.",
    # Document status
    "status.parsed": "Parsed",
    "status.unreadable": "Unreadable",
    "status.unrecognised": "Not recognised",
    # Document kinds
    "kind.business_license": "Business licence",
    "kind.service_policy": "After-sales service policy",
    "kind.service_process": "Service process manual",
    "kind.job_descriptions": "Job descriptions",
    "kind.staff_training": "Staff list and training records",
    "kind.equipment_list": "Repair equipment list",
    "kind.service_outlets": "Service outlets",
    "kind.org_chart": "Organisation chart",
    "kind.service_commitment": "Published service commitment",
    "kind.work_orders": "Work orders",
    "kind.satisfaction_survey": "Satisfaction survey",
    "kind.complaint_ledger": "Complaint ledger",
    "kind.survey_responses": "Survey responses",
    "kind.survey_report": "Survey report",
    "kind.complaints": "Complaint entries",
    # Canonical fields
    "field.record_id": "Number",
    "field.customer_name": "Customer name",
    "field.customer_phone": "Customer phone",
    "field.customer_address": "Customer address",
    "field.product": "Product",
    "field.issue": "Issue",
    "field.resolution": "Resolution",
    "field.reported_at": "Reported at",
    "field.responded_at": "Responded at",
    "field.completed_at": "Completed at",
    "field.technician": "Technician",
    "field.signature": "Customer signature",
    "field.respondent": "Respondent",
    "field.respondent_phone": "Respondent phone",
    "field.surveyed_at": "Survey date",
    "field.overall": "Overall rating",
    "field.received_at": "Received at",
    "field.reason": "Complaint reason",
    "field.handling": "Handling",
    "field.feedback": "Customer feedback",
    "field.closed_at": "Closed at",
    "field.sample_size": "Sample size",
    "field.satisfaction_rate": "Satisfaction rate",
}

STRINGS: dict[str, dict[str, str]] = {"zh": _ZH, "en": _EN}


def lang_of(value: object) -> str:
    """The report's language, falling back to Chinese for anything unknown."""
    return value if isinstance(value, str) and value in STRINGS else DEFAULT_LANG


def t(lang: str, key: str, **params: object) -> str:
    """The UI string ``key`` in ``lang``; ``params`` fill its ``{placeholders}``.

    Templates are ours and trusted; params may be hostile text, which str.format inserts
    verbatim (escaping is the renderer's job). A missing key raises: a typo must fail a test.
    """
    text = STRINGS[lang_of(lang)][key]
    return text.format(**params) if params else text


def label(lang: str, group: str, value: object) -> str:
    """Translate a code-like value (``kind``, ``field``, ``status``…); unknown ones as is."""
    if value is None:
        return ""
    text = str(value)
    return STRINGS[lang_of(lang)].get(f"{group}.{text}", text)


def field_label(lang: str, value: object) -> str:
    """A finding's ``field``: a canonical field, else a document kind (DOC_MISSING), else as is."""
    text = label(lang, "field", value)
    return label(lang, "kind", value) if text == str(value) else text
