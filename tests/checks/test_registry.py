"""The code registry mirrors findings.md; every code has exactly one emitting check."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from preaudit.checks import registry as registry_module
from preaudit.checks.codes import CODES, PROJECT_CODES
from preaudit.checks.config import ConfigError
from preaudit.checks.rules import RULE_MODULES, registered_checks
from preaudit.pipeline.settings import load_settings
from preaudit.reports.catalogue import FINDINGS

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
    emitters: dict[str, list[str]] = {}
    for item in registered_checks():
        for code in item.emits:
            emitters.setdefault(code, []).append(item.name)
    assert set(emitters) == set(CODES)
    assert {code: names for code, names in emitters.items() if len(names) != 1} == {}


def test_registry_is_a_leaf_the_rule_modules_import() -> None:
    # rules → registry only: the registry imports no rule module, every rule module imports it.
    registry = Path(registry_module.__file__).read_text("utf-8")
    imported = set(re.findall(r"^from (preaudit\.checks\.\w+) import", registry, flags=re.M))
    assert imported <= {"preaudit.checks.context"}
    for module in RULE_MODULES:
        source = Path(module.__file__ or "").read_text("utf-8")
        assert "from preaudit.checks.registry import check" in source, module.__name__


def test_every_code_has_words_with_the_same_placeholders_in_both_languages() -> None:
    assert set(FINDINGS) == set(CODES)
    for code, (zh, en) in FINDINGS.items():
        assert all(zh) and all(en), code
        assert set(re.findall(r"{(\w+)}", zh[1])) == set(re.findall(r"{(\w+)}", en[1])), code


def test_config_overrides_and_rejects_unknown(tmp_path: Path) -> None:
    path = tmp_path / "c.toml"
    path.write_text(
        '[thresholds]\nmin_work_orders = 30\n[severity]\nSCOPE_NOT_ELIGIBLE = "minor"\n',
        encoding="utf-8",
    )
    config = load_settings(path, set(CODES)).checks
    assert (
        config.min_work_orders == 30 and config.severity_overrides["SCOPE_NOT_ELIGIBLE"] == "minor"
    )
    path.write_text("[thresholds]\nmin_workorders = 30\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"unknown field `min_workorders` - at `\$.thresholds`"):
        load_settings(path, set(CODES))
    path.write_text('[severity]\nWO_NOPE = "minor"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="unknown finding code"):
        load_settings(path, set(CODES))
    path.write_text('[severity]\nSCOPE_NOT_ELIGIBLE = "critical"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"at `\$.severity"):
        load_settings(path, set(CODES))
    path.write_text("[thresholds]\ncallback_sample_size = 0\nrate_tolerance = 0\n", encoding="utf-8")
    zero = load_settings(path, set(CODES)).checks  # zero is a threshold, not a missing one
    assert zero.callback_sample_size == 0 and zero.rate_tolerance == 0.0
