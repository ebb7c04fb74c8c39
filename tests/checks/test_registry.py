"""The code registry mirrors findings.md; every code has exactly one emitting check."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from preaudit.checks.codes import CODES, PROJECT_CODES
from preaudit.checks.config import ConfigError, load_config
from preaudit.checks.registry import CHECKS, _load_rule_modules

FINDINGS_MD = Path(__file__).resolve().parents[2].parent / "shared" / "spec" / "findings.md"


def spec_codes() -> dict[str, str]:
    rows = re.findall(
        r"^\| ([A-Z]+(?:_[A-Z]+)+) \| (major|minor|observation) \|",
        FINDINGS_MD.read_text(encoding="utf-8"),
        flags=re.MULTILINE,
    )
    return dict(rows)


@pytest.mark.skipif(not FINDINGS_MD.exists(), reason="../shared is not beside this checkout")
def test_registry_equals_findings_md() -> None:
    # Project additions are pending addition to findings.md; every other code must match.
    ours = {code: str(spec.severity) for code, spec in CODES.items() if code not in PROJECT_CODES}
    assert ours == spec_codes()


@pytest.mark.skipif(not FINDINGS_MD.exists(), reason="../shared is not beside this checkout")
def test_project_codes_are_not_in_findings_md_yet() -> None:
    # Once the spec lists a code, it must leave PROJECT_CODES (and be compared like the rest).
    assert set(CODES) >= PROJECT_CODES
    assert not PROJECT_CODES & set(spec_codes())


def test_every_code_emitted_by_exactly_one_check() -> None:
    _load_rule_modules()
    emitters: dict[str, list[str]] = {}
    for item in CHECKS:
        for code in item.emits:
            emitters.setdefault(code, []).append(item.name)
    assert set(emitters) == set(CODES)
    assert {code: names for code, names in emitters.items() if len(names) != 1} == {}


def test_messages_format_in_both_languages() -> None:
    for code, spec in CODES.items():
        assert set(spec.title) == set(spec.message) == {"zh", "en"}, code
        zh_keys = set(re.findall(r"{(\w+)}", spec.message["zh"]))
        en_keys = set(re.findall(r"{(\w+)}", spec.message["en"]))
        assert {k.removesuffix("_zh").removesuffix("_en") for k in zh_keys} == {
            k.removesuffix("_zh").removesuffix("_en") for k in en_keys
        }, code


def test_config_overrides_and_rejects_unknown(tmp_path: Path) -> None:
    path = tmp_path / "c.toml"
    path.write_text(
        '[thresholds]\nmin_work_orders = 30\n[severity]\nSCOPE_NOT_ELIGIBLE = "minor"\n',
        encoding="utf-8",
    )
    config = load_config(path, set(CODES))
    assert (
        config.min_work_orders == 30 and config.severity_overrides["SCOPE_NOT_ELIGIBLE"] == "minor"
    )
    path.write_text("[thresholds]\nmin_workorders = 30\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="unknown threshold"):
        load_config(path, set(CODES))
    path.write_text('[severity]\nWO_NOPE = "minor"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="unknown finding code"):
        load_config(path, set(CODES))
