from __future__ import annotations

import pytest

from preaudit.model.records import RawDocument, TextBlock
from preaudit.parsers.facts import licence_facts, response_hours, survey_period, survey_report_facts
from preaudit.parsers.limits import ReadLimits
from preaudit.parsers.pdf import read
from preaudit.parsers.recognise import extract
from sample_data.gen.builders import text_pdf

LICENCE = """营 业 执 照
（副 本）
统一社会信用代码 91110000600037341L
名 称 某某电器销售有限公司
类 型 有限责任公司（自然人投资或控股）
法定代表人 张三
经营范围 家用电器的销售、安装及维修；
五金交电批发。（依法须经批准的项目，经相关部门批准后方可开展经营活动）
注册资本 壹佰万元整
成立日期 2015年03月10日
营业期限 2015年03月10日至长期
住 所 上海市浦东新区某某路1号
登记机关 上海市浦东新区市场监督管理局
"""


def test_licence_facts():
    facts = licence_facts(LICENCE)
    assert facts["credit_code"] == "91110000600037341L"
    assert facts["name"] == "某某电器销售有限公司"
    assert facts["scope"].startswith("家用电器的销售、安装及维修;五金交电批发。")  # NFKC text
    assert "注册资本" not in facts["scope"]
    assert facts["term_start"] == "2015-03-10"
    assert facts["term_end"] is None and facts["long_term"] is True


def test_licence_fixed_term():
    text = LICENCE.replace("2015年03月10日至长期", "2015-03-10 至 2035-03-09")
    facts = licence_facts(text)
    assert (facts["term_start"], facts["term_end"], facts["long_term"]) == (
        "2015-03-10", "2035-03-09", False
    )


def test_licence_recognised_in_pdf(tmp_path):
    lines = LICENCE.strip().splitlines()
    path = text_pdf(tmp_path / "scan.pdf", lines)
    extracted = extract(read(path, "证照/scan.pdf", ReadLimits()))
    assert extracted.kinds == ["business_license"]
    facts = extracted.facts["business_license"]
    assert facts["credit_code"] == "91110000600037341L"
    assert (facts["_file"], facts["_page"]) == ("证照/scan.pdf", 1)
    assert facts["long_term"] is True


REPORT = """2026年第三季度客户满意度调查报告
一、调查概况
调查时间：2026年9月1日至2026年10月31日。本次共发放问卷120份，回收115份，其中有效问卷112份，
回收率95.8%。
二、调查结果
总体满意度为92.5%，其中服务态度满意率95%。
"""


def test_survey_report_facts():
    facts = survey_report_facts(REPORT)
    assert facts == {
        "distributed": 120, "returned": 115, "valid": 112, "rate": pytest.approx(0.925),
        "period_start": "2026-09-01", "period_end": "2026-10-31",
    }


def test_survey_report_sample_size_wording():
    facts = survey_report_facts("满意度调查报告\n样本量150份，满意率 90 %。调查周期：2026.9.1-10.31")
    assert (facts["valid"], facts["rate"]) == (150, pytest.approx(0.9))
    assert (facts["period_start"], facts["period_end"]) == ("2026-09-01", "2026-10-31")


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("调查期间：2026年9月至11月", ("2026-09-01", "2026-11-30")),
        ("调查时间 2026-09-01 ~ 2026-09-30", ("2026-09-01", "2026-09-30")),
        ("调查时间：二〇二六年九月一日至九月三十日", ("2026-09-01", "2026-09-30")),
        ("没有写调查时间的报告", (None, None)),
    ],
)
def test_survey_periods(text, period):
    assert survey_period(text) == period


def test_survey_report_in_extract():
    document = RawDocument(file="r.docx", format="docx", texts=[TextBlock(REPORT)])
    extracted = extract(document)
    assert extracted.kinds == ["satisfaction_survey"]
    assert extracted.facts["survey_report"]["valid"] == 112
    assert extracted.facts["survey_report"]["_file"] == "r.docx"


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("我公司承诺：接到报修后24小时内响应。", 24),
        ("2小时内响应、24小时内上门，48小时内解决问题。", 24),
        ("响应时间：不超过2小时；偏远地区3天内到达现场。", 72),
        ("二十四小时内上门服务", 24),
        ("30分钟内响应", 0.5),
        ("自2026年9月1日起执行，保修期三年。", None),
    ],
)
def test_commitment_hours(text, hours):
    assert response_hours(text) == hours


def test_commitment_fact_and_other_kinds():
    texts = [
        TextBlock("售后服务承诺书\n接到报修电话后2小时内响应，24小时内上门。", page=1),
        TextBlock("售后服务网点一览表\n网点名称 地址", page=2),
        TextBlock("第三章 培训管理\n本章提到服务网点", page=3),
    ]
    extracted = extract(RawDocument(file="c.pdf", format="pdf", texts=texts))
    assert extracted.kinds == ["service_outlets", "service_commitment"]
    assert extracted.facts["service_commitment"] == {"response_hours": 24, "_file": "c.pdf"}


def test_only_title_lines_name_a_kind():
    texts = [
        TextBlock("上海某某电器有限公司\n售后服务管理制度\n第一章 总则", page=1),
        # page 2 starts mid-text and with a chapter heading: topics, not documents
        TextBlock("三、满意度调查\n每季度开展客户满意度调查。\n服务工单应当日录入。", page=2),
        TextBlock("客户满意度调查应覆盖全部服务网点。", page=3),
    ]
    extracted = extract(RawDocument(file="p.pdf", format="pdf", texts=texts))
    assert extracted.kinds == ["service_policy"]
    assert "survey_report" not in extracted.facts
