from __future__ import annotations

import re

from preaudit.reports.i18n import STRINGS, field_label, label, t


def test_languages_have_the_same_keys() -> None:
    assert set(STRINGS["zh"]) == set(STRINGS["en"])


def test_placeholders_agree_between_languages() -> None:
    def holes(text: str) -> set[str]:
        return set(re.findall(r"{(\w+)}", text))

    for key, zh in STRINGS["zh"].items():
        assert holes(zh) == holes(STRINGS["en"][key]), key


def test_every_doc_missing_kind_has_a_name() -> None:
    kinds = [
        "business_license",
        "service_policy",
        "service_process",
        "job_descriptions",
        "staff_training",
        "equipment_list",
        "service_outlets",
        "org_chart",
        "service_commitment",
        "work_orders",
        "satisfaction_survey",
        "complaint_ledger",
        "survey_responses",
        "complaints",
    ]
    for kind in kinds:
        assert f"kind.{kind}" in STRINGS["zh"]


def test_english_catalogue_holds_no_chinese() -> None:
    cjk = re.compile(r"[\u4e00-\u9fff]")
    assert not [k for k, v in STRINGS["en"].items() if cjk.search(v)]


def test_lookup_helpers() -> None:
    assert t("zh", "verdict.not_ready") == "暂不可提交"
    assert t("xx", "verdict.ready") == t("zh", "verdict.ready")  # unknown language -> zh
    assert label("en", "status", "unreadable") == "Unreadable"
    assert label("en", "kind", "something_new") == "something_new"
    assert field_label("zh", "customer_phone") == "客户电话"
    assert field_label("zh", "business_license") == "营业执照"
    assert field_label("zh", None) == ""
