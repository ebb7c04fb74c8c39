from __future__ import annotations

import re
import stat
from pathlib import Path
from typing import Any

import lxml.html
import pytest

from preaudit.reports.html import render_html, write_html
from preaudit.reports.i18n import STRINGS
from tests.reports.conftest import evidence, finding, make_report, set_readiness

SCRIPT = "<script>alert(1)</script>"
ATTR = '" onerror="x'
JS_URL = "javascript:alert(1)"
HOSTILE = f"{SCRIPT}{ATTR}{JS_URL}<img src=x onerror=alert(2)><a href='{JS_URL}'>x</a>"


def hostile_report(**overrides: Any) -> dict[str, Any]:
    report = make_report(applicant=HOSTILE, scope=HOSTILE, package=HOSTILE, verdict=HOSTILE)
    report["findings"].append(
        finding(
            HOSTILE,
            severity=HOSTILE,
            title=HOSTILE,
            message=HOSTILE,
            field=HOSTILE,
            evidence=[evidence(HOSTILE, sheet=HOSTILE, row=3, record_id=HOSTILE)],
        )
    )
    report["documents"].append(
        {
            "file": HOSTILE,
            "format": HOSTILE,
            "kinds": [HOSTILE],
            "status": HOSTILE,
            "records": 1,
            "error": HOSTILE,
            "unmapped_columns": [HOSTILE],
            "notes": [HOSTILE],
        }
    )
    report["callback_sample"].append(
        {
            "record_id": HOSTILE,
            "file": HOSTILE,
            "sheet": HOSTILE,
            "row": 2,
            "customer_name": HOSTILE,
            "customer_phone": HOSTILE,
            "reported_at": HOSTILE,
        }
    )
    report.update(overrides)
    return report


def parse(html: str) -> Any:
    return lxml.html.document_fromstring(html)


@pytest.mark.parametrize("mask", [True, False])
def test_hostile_text_is_escaped(mask: bool) -> None:
    html = render_html(hostile_report(), mask=mask)
    tree = parse(html)
    assert tree.xpath("//script") == []
    assert tree.xpath("//img") == []
    for element in tree.iter():
        for name, value in element.attrib.items():
            assert not name.lower().startswith("on"), (element.tag, name)
            assert "javascript:" not in value.lower(), (element.tag, name)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    # The hostile text is still shown, as text, where it came from.
    assert SCRIPT in tree.text_content()


def test_hostile_verdict_never_becomes_a_css_class() -> None:
    tree = parse(render_html(hostile_report()))
    classes = " ".join(tree.xpath("//@class"))
    assert "onerror" not in classes and "<" not in classes
    assert tree.xpath("//div[contains(@class, 'verdict-unknown')]")


def test_content_security_policy_and_no_external_resources() -> None:
    html = render_html(hostile_report(), mask=False)
    tree = parse(html)
    csp = tree.xpath("//meta[@http-equiv='Content-Security-Policy']/@content")
    assert csp == ["default-src 'none'; style-src 'unsafe-inline'; img-src data:"]
    for attr in ("src", "action", "data"):
        assert tree.xpath(f"//@{attr}") == []
    # Only in-page links (readiness row -> its findings), never to anything outside the page.
    hrefs = tree.xpath("//@href")
    assert hrefs and all(h.startswith("#code-") for h in hrefs)
    ids = set(tree.xpath("//@id"))
    assert all(h[1:] in ids for h in hrefs)
    assert not re.search(r"url\(\s*['\"]?https?:", html)
    assert tree.xpath("//link") == [] and tree.xpath("//iframe") == []


def test_html_lang_follows_the_report() -> None:
    assert parse(render_html(make_report())).get("lang") == "zh-CN"
    assert parse(render_html(make_report(lang="en"))).get("lang") == "en"


def test_phones_and_names_masked_by_default() -> None:
    text = parse(render_html(make_report())).text_content()
    assert "13800138000" not in text and "王建国" not in text
    assert "138****8000" in text and "王**" in text


def test_no_mask_shows_personal_data_with_a_warning() -> None:
    text = parse(render_html(make_report(), mask=False)).text_content()
    assert "13800138000" in text and "王建国" in text
    assert STRINGS["zh"]["privacy.unmasked"] in text


UI_KEYS = [
    "sec.readiness",
    "sec.charts",
    "req.work_order_signatures",
    "rd.not_ready",
    "sec.findings",
    "sec.documents",
    "sec.callback",
    "severity.major",
    "severity.observation",
    "verdict.not_ready",
    "footer.thresholds",
    "col.record_id",
    "status.unreadable",
    "kind.work_orders",
    "field.customer_phone",
]


def test_chinese_page_has_no_english_ui_strings() -> None:
    text = parse(render_html(make_report())).text_content()
    for key in UI_KEYS:
        assert STRINGS["zh"][key] in text or key.startswith(("kind.", "field.")), key
        assert STRINGS["en"][key] not in text, key


def test_english_page_has_no_chinese_ui_strings() -> None:
    report = make_report(lang="en", applicant="Acme", scope="appliances")
    for item in report["findings"]:
        item["title"], item["message"] = "A title", "A message"
    text = parse(render_html(report)).text_content()
    for key in UI_KEYS:
        assert STRINGS["zh"][key] not in text, key
    assert STRINGS["en"]["sec.findings"] in text
    assert STRINGS["en"]["verdict.not_ready"] in text


def test_findings_ordered_by_severity() -> None:
    text = parse(render_html(make_report())).text_content()
    assert text.index("WO_COUNT_BELOW_MIN") < text.index("WO_MISSING_FIELD")
    assert text.index("WO_MISSING_FIELD") < text.index("WO_MISSING_SIGNATURE")
    assert "客户电话" in text  # the field, translated


def many(count: int) -> dict[str, Any]:
    rows = [
        evidence("a.xlsx", sheet="工单", row=n + 2, record_id=f"GD{n:04d}") for n in range(count)
    ]
    return make_report(findings=[finding("WO_OUT_OF_WINDOW", evidence=rows)])


def test_more_than_twenty_evidence_rows_fold_with_count() -> None:
    tree = parse(render_html(many(25)))
    (details,) = tree.xpath("//details")
    assert "25" in details.xpath("string(summary)")
    assert len(details.xpath(".//table/tbody/tr")) == 25  # folded, not truncated


def test_twenty_rows_or_fewer_are_not_folded() -> None:
    tree = parse(render_html(many(20)))
    assert tree.xpath("//details") == []
    assert len(tree.xpath("//table[contains(@class, 'evidence')]/tbody/tr")) == 20


def test_very_long_evidence_says_how_many_are_not_shown() -> None:
    text = parse(render_html(many(1005))).text_content()
    assert "1005" in text and "另有 5 条" in text


def test_evidence_columns_only_where_filled() -> None:
    tree = parse(render_html(many(3)))
    headers = tree.xpath("//table[contains(@class, 'evidence')]/thead/tr/th/text()")
    assert headers == ["文件", "工作表", "行", "记录编号"]


def test_cell_text_is_capped() -> None:
    report = make_report(findings=[finding("WO_DATE_ORDER", message="长" * 10_000)])
    html = render_html(report)
    assert "长" * 500 not in html
    assert "长" * 499 + "…" in html


def readiness(report: dict[str, Any]) -> dict[str, dict[str, str]]:
    tree = parse(render_html(report))
    return {
        tr.get("class").removeprefix("rd-") + ":" + tr.xpath("string(th)"): {
            "numbers": tr.xpath("string(td[2])"),
            "issues": tr.xpath("string(td[3])"),
            "remedy": tr.xpath("string(td[4])"),
        }
        for tr in tree.xpath("//table[contains(@class, 'readiness')]/tbody/tr")
    }


def test_readiness_one_row_per_requirement_with_remedy() -> None:
    rows = readiness(make_report())
    assert list(rows) == [
        "not_ready:近 3 个月售后工单不少于 50 份",
        "not_ready:工单包含客户信息、问题描述、处理结果",
        "not_ready:工单有客户签字",
        "ready:客户满意度调查样本量不少于 100 份",
        "ready:投诉处理台账体现“投诉原因—处理过程—客户反馈”",
        "ready:售后响应时间符合服务承诺",
        "not_ready:体系文件与服务资源材料齐全（12 类）",
        "ready:营业执照有效，经营范围涵盖认证范围",
    ]
    work_orders = rows["not_ready:近 3 个月售后工单不少于 50 份"]
    assert "期限内合格工单 38 份（要求 50 份）" in work_orders["numbers"]
    assert "有效工单数量不足" in work_orders["issues"]
    assert work_orders["remedy"].startswith("补充近 3 个月内")
    assert rows["not_ready:工单包含客户信息、问题描述、处理结果"]["issues"].endswith("2 条")
    materials = rows["not_ready:体系文件与服务资源材料齐全（12 类）"]
    assert "缺少：组织架构图" in materials["numbers"]
    # A ready row gives no remedy.
    assert rows["ready:售后响应时间符合服务承诺"]["remedy"] == "—"
    assert (
        "响应时间中位数 5.5 小时，承诺 24 小时" in rows["ready:售后响应时间符合服务承诺"]["numbers"]
    )


def test_readiness_labels_survive_a_summary_without_the_new_keys() -> None:
    report = make_report()
    del report["summary"]["materials"], report["summary"]["work_orders"]["window_months"]
    assert "not_ready:近 — 个月售后工单不少于 50 份" in readiness(report)


def test_readiness_observation_only_is_advice_and_missing_kind_is_named() -> None:
    report = make_report(
        findings=[
            finding("WO_MONTH_GAP", severity="observation", title="某月没有工单"),
            finding("DOC_MISSING", severity="major", field="complaint_ledger"),
        ]
    )
    set_readiness(report, "work_order_count", "ready", codes=["WO_MONTH_GAP"])
    set_readiness(
        report, "complaint_chain", "not_ready", codes=["DOC_MISSING"], missing=["complaint_ledger"]
    )
    set_readiness(report, "materials", "ready")
    report["summary"]["materials"] = {
        "required": 12,
        "present": 11,
        "missing": ["complaint_ledger"],
    }
    rows = readiness(report)
    assert any(k.startswith("advice:近") for k in rows)
    complaints = rows["not_ready:投诉处理台账体现“投诉原因—处理过程—客户反馈”"]
    assert complaints["numbers"].startswith("缺少：投诉处理台账")
    assert "已提供 11 类，共 12 类" in rows["ready:体系文件与服务资源材料齐全（12 类）"]["numbers"]


def test_readiness_states_come_from_the_report_not_from_the_findings() -> None:
    # The renderer never decides: a requirement the report calls ready stays ready even if a
    # finding code it does not list is present, and the one the report calls not_verified is.
    report = make_report()
    set_readiness(report, "work_order_fields", "ready")
    set_readiness(report, "survey_sample", "not_verified", reason="未读取到任何有效答卷")
    rows = readiness(report)
    assert rows["ready:工单包含客户信息、问题描述、处理结果"]["issues"] == "—"
    assert "not_verified:客户满意度调查样本量不少于 100 份" in rows


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_not_verified_row_shows_words_icon_reason_and_what_to_do(lang: str) -> None:
    report = make_report(lang=lang)
    reason = "附件9.docx 未写明以小时计的响应时限" if lang == "zh" else "no committed response time"
    set_readiness(report, "response_time", "not_verified", reason=reason)
    tree = parse(render_html(report))
    (row,) = tree.xpath("//table[contains(@class,'readiness')]//tr[@class='rd-not_verified']")
    (pill,) = row.xpath(".//span[contains(@class,'pill-not_verified')]")
    assert pill.text_content() == "? " + STRINGS[lang]["rd.not_verified"]
    assert row.xpath("string(.//span[@class='reason'])") == reason
    assert row.xpath("string(td[4])") == STRINGS[lang]["verify.response_time"]
    assert STRINGS[lang]["rd.ready"] not in row.text_content()


def test_not_verified_has_its_own_colour() -> None:
    html = render_html(make_report())
    rule = re.search(r"\.pill-not_verified \{([^}]*)\}", html)
    assert rule and "var(--minor)" in rule.group(1) and "dashed" in rule.group(1)


def test_unknown_state_or_requirement_is_shown_as_text_never_as_a_class() -> None:
    report = make_report()
    report["readiness"].append(
        {"requirement": HOSTILE, "state": HOSTILE, "reason": HOSTILE, "codes": [HOSTILE]}
    )
    tree = parse(render_html(report))
    rows = tree.xpath("//table[contains(@class,'readiness')]/tbody/tr")
    assert rows[-1].get("class") == "rd-unknown"
    assert rows[-1].xpath("string(th)") == HOSTILE
    assert tree.xpath("//script") == []


def test_readiness_links_to_the_finding_block() -> None:
    tree = parse(render_html(make_report()))
    (link,) = tree.xpath("//table[contains(@class,'readiness')]//a[text()='工单缺少客户签字']")
    target = tree.xpath(f"//*[@id='{link.get('href')[1:]}']")
    assert target and "WO_MISSING_SIGNATURE" in target[0].text_content()


def test_hostile_code_gets_no_anchor() -> None:
    tree = parse(render_html(hostile_report()))
    assert all(re.fullmatch(r"code-[A-Z][A-Z0-9_]*", i) for i in tree.xpath("//@id"))


def test_minimal_report_renders() -> None:
    report = {
        "schema_version": "1",
        "package": "p",
        "as_of": "2026-11-20",
        "window": {"start": "2026-08-20", "end": "2026-11-20"},
        "documents": [],
        "summary": {
            "work_orders": {"total": 0, "in_window": 0, "qualifying": 0, "required": 50},
            "survey": {"responses": None, "required": 100},
            "complaints": {"total": 0, "complete": 0},
        },
        "findings": [],
        "verdict": "ready",
    }
    text = parse(render_html(report)).text_content()
    assert STRINGS["zh"]["find.none"] in text and STRINGS["zh"]["verdict.ready"] in text


def test_write_html_is_private_utf8(tmp_path: Path) -> None:
    path = tmp_path / "report.html"
    write_html(make_report(), path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert "上海申华电器有限公司" in path.read_text("utf-8")


def test_control_characters_and_surrogates_do_not_break_writing(tmp_path: Path) -> None:
    report = make_report(applicant="坏\x00名\udcff字\x1b")
    write_html(report, tmp_path / "r.html")
    assert "坏名\ufffd字" in (tmp_path / "r.html").read_text("utf-8")


def test_finding_with_unknown_severity_is_still_shown() -> None:
    report = make_report(findings=[finding("WO_ODD_THING", severity="critical", message="odd")])
    assert "WO_ODD_THING" in parse(render_html(report)).text_content()
