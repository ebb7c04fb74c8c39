"""Satisfaction-survey rules (findings.md "Satisfaction survey" and shared definitions)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

import pandas as pd

from preaudit.checks.context import CheckContext
from preaudit.checks.evidence import groups_finding, make_finding, rows_finding
from preaudit.checks.registry import check
from preaudit.checks.values import (
    blank_mask,
    clean_text,
    is_blank,
    map_distinct,
    phone_digits,
    substance_text,
)
from preaudit.model.evidence import Evidence
from preaudit.model.findings import Finding
from preaudit.model.records import DocKind, RecordKind
from preaudit.model.vocabulary import SATISFIED_WORDS, UNSATISFIED_WORDS, rating_word

_NUMBER = re.compile(r"^\d+(\.\d+)?(分)?$")


def responses(ctx: CheckContext) -> pd.DataFrame:
    return ctx.frame(RecordKind.SURVEY_RESPONSE)


def _score(value: object) -> float | None:
    text = clean_text(value)
    if _NUMBER.match(text):
        return float(text.rstrip("分"))
    return None


def scale_top(scores: pd.Series) -> float:
    """The scale a numeric column uses, from its largest answer: 5, 10 or 100 points."""
    highest = scores.max()
    if pd.isna(highest) or highest <= 5:
        return 5.0
    return 10.0 if highest <= 10 else 100.0


def overall_ratings(frame: pd.DataFrame) -> pd.Series:
    """The overall rating per response; where a form gives only item scores, their mean.

    findings.md: "Where a form gives only item scores, the overall rating is their mean on
    the same scale". Item answers that are not numbers (满意 per item) give no mean. Items on
    different scales (five-point aspects beside a 0–10 推荐意愿) are each brought to the
    widest item scale first (decision 184), so 5 of 5 counts as 10 of 10, not as 5.
    """
    if "items" not in frame:
        return frame["overall"]
    blank = blank_mask(frame["overall"]).tolist()
    tops = item_scales(frame["items"])
    return pd.Series(
        [
            _item_mean(items, tops) if empty else overall
            for overall, items, empty in zip(frame["overall"], frame["items"], blank, strict=True)
        ],
        index=frame.index,
        dtype=object,
    )


def item_scales(items: pd.Series) -> dict[str, float]:
    """Each item's scale (5, 10 or 100 points), from its largest answer over every response."""
    answers: dict[str, list[float]] = {}
    for row in items:
        if isinstance(row, dict):
            for name, value in row.items():
                if (score := _score(value)) is not None:
                    answers.setdefault(name, []).append(score)
    return {name: scale_top(pd.Series(scores)) for name, scores in answers.items()}


def _item_mean(items: object, tops: dict[str, float]) -> float | None:
    if not isinstance(items, dict):
        return None
    scores = {name: _score(value) for name, value in items.items()}
    if not scores or any(score is None for score in scores.values()):
        return None
    widest = max(tops.get(name, 5.0) for name in scores)
    numbers = [(score or 0.0) * widest / tops.get(name, widest) for name, score in scores.items()]
    return round(sum(numbers) / len(numbers), 2)


def rating_flags(frame: pd.DataFrame) -> tuple[pd.Series, pd.Series]:
    """(has an interpretable overall rating, counts as satisfied), per response."""
    return _rating_flags(overall_ratings(frame))


def _rating_flags(overall: pd.Series) -> tuple[pd.Series, pd.Series]:
    scores = map_distinct(overall, _score)
    top = scale_top(scores.dropna().astype(float))
    # "the top two steps of its scale": 4–5 of 5, 8–10 of 10 (and 80+ of 100 likewise)
    threshold = top * 0.8 if top > 5 else top - 1
    words = map_distinct(overall, lambda value: substance_text(rating_word(clean_text(value))))
    is_word = words.isin(SATISFIED_WORDS | UNSATISFIED_WORDS)
    is_score = scores.notna() & (scores.fillna(-1) >= (1 if top <= 10 else 0))
    rated = is_word | is_score
    satisfied = words.isin(SATISFIED_WORDS) | (scores.fillna(-1) >= threshold)
    return rated.astype(bool), (satisfied & rated).astype(bool)


def respondent_key(frame: pd.DataFrame) -> pd.Series:
    """Phone, else name: who answered (findings.md SV_DUPLICATE_RESPONSE)."""
    phones = map_distinct(frame["respondent_phone"], _phone_or_nothing)
    names = map_distinct(frame["respondent"], _name_or_nothing)
    return phones.where(phones != "", names)


def _phone_or_nothing(value: object) -> str:
    return "" if is_blank(value) else phone_digits(value)


def _name_or_nothing(value: object) -> str:
    return "" if is_blank(value) else substance_text(value)


def valid_distinct(frame: pd.DataFrame) -> pd.Series:
    """Valid (respondent + rating) and first answer of each respondent."""
    return Ratings.of(frame).counted


def computed_rate(frame: pd.DataFrame) -> float | None:
    return Ratings.of(frame).rate()


@dataclass(frozen=True)
class Ratings:
    """The per-response readings several rules and the summary share, made in one pass."""

    overall: pd.Series  # the overall rating (or the item mean)
    rated: pd.Series  # has an interpretable overall rating
    satisfied: pd.Series  # counts as satisfied (and is rated)
    keys: pd.Series  # who answered (respondent_key)
    counted: pd.Series  # valid and the first answer of its respondent (valid_distinct)

    @classmethod
    def of(cls, frame: pd.DataFrame) -> Ratings:
        overall = overall_ratings(frame)
        rated, satisfied = _rating_flags(overall)
        keys = respondent_key(frame)
        valid = rated & (keys != "")
        counted = valid & ~(keys.where(valid).duplicated() & valid)
        return cls(overall, rated, satisfied, keys, counted)

    def rate(self) -> float | None:
        if not self.counted.any():
            return None
        return float((self.satisfied & self.counted).sum() / self.counted.sum())


def ratings(ctx: CheckContext) -> Ratings:
    """The responses' Ratings, computed once per run: the frames never change during one."""
    return ctx.derived("survey_ratings", lambda: Ratings.of(responses(ctx)))


def stated_sample_size(report: dict[str, object] | None) -> int | None:
    """有效, else 回收, else 发放 (findings.md)."""
    if not report:
        return None
    for key in ("valid", "returned", "distributed"):
        value = report.get(key)
        if isinstance(value, int):
            return value
    return None


def _report_evidence(report: dict[str, object]) -> list[Evidence]:
    page = report.get("_page")
    return [Evidence(file=str(report.get("_file")), page=page if isinstance(page, int) else None)]


# Where the counted number came from, when it is not simply the valid raw responses.
# Where a sample count came from, when it is not the raw responses read (catalogue keys).
_UNREAD = "source.survey_unread"
_STATED = "source.survey_stated"
Source = dict[str, object] | None


def sample_count(ctx: CheckContext) -> tuple[int | None, Source]:
    """The survey's sample for SV_SAMPLE_BELOW_MIN, and a note saying where it came from.

    Valid distinct raw responses. With none read: 0 when a survey file other than a report
    stating its sample size was recognised (absence of evidence is never compliance: responses
    that could not be read count nothing, spec); else the report's stated sample size
    (findings.md); None only when no survey was found at all (DOC_MISSING says so).
    """
    frame = responses(ctx)
    if not frame.empty:
        count = int(ratings(ctx).counted.sum())
        files = sorted({str(f) for f in frame["_file"].dropna()})
        return count, _source(_UNREAD, files) if count == 0 else None
    reports = [r for r in ctx.facts.get("survey_report", []) if stated_sample_size(r) is not None]
    stating = {str(r.get("_file")) for r in reports}
    unread = [f for f in ctx.files_of(DocKind.SATISFACTION_SURVEY) if f not in stating]
    if unread:
        return 0, _source(_UNREAD, unread)
    if reports:
        return stated_sample_size(reports[0]), _source(_STATED, [str(reports[0].get("_file"))])
    return None, None


def _source(key: str, files: list[str]) -> Source:
    return {"key": key, "params": {"files": files}}


@check("SV_SAMPLE_BELOW_MIN")
def sample_below_min(ctx: CheckContext) -> Iterable[Finding]:
    count, source = sample_count(ctx)
    required = ctx.config.min_survey_responses
    if count is None or count >= required:
        return []
    return [
        make_finding(ctx, "SV_SAMPLE_BELOW_MIN", responses=count, required=required, source=source)
    ]


@check("SV_STATED_MISMATCH")
def stated_mismatch(ctx: CheckContext) -> Iterable[Finding]:
    frame, report = responses(ctx), ctx.first_fact("survey_report")
    if frame.empty or not report:
        return []
    findings: list[Finding] = []
    stated = stated_sample_size(report)
    actual = int(ratings(ctx).counted.sum())
    if stated is not None and stated != actual:
        findings.append(
            make_finding(
                ctx,
                "SV_STATED_MISMATCH",
                field="sample_size",
                evidence=_report_evidence(report),
                stated=stated,
                actual=actual,
            )
        )
    stated_rate, rate = report.get("rate"), ratings(ctx).rate()
    comparable = isinstance(stated_rate, int | float) and rate is not None
    off_by = abs(float(stated_rate) - rate) if comparable else 0.0  # type: ignore[arg-type,operator]
    if off_by > ctx.config.rate_tolerance + 1e-9:
        findings.append(
            make_finding(
                ctx,
                "SV_STATED_MISMATCH",
                field="satisfaction_rate",
                evidence=_report_evidence(report),
                stated=float(stated_rate),  # type: ignore[arg-type]
                actual=rate,
            )
        )
    return findings


@check("SV_DUPLICATE_RESPONSE")
def duplicate_response(ctx: CheckContext) -> Iterable[Finding]:
    frame = responses(ctx)
    keys = ratings(ctx).keys
    known = keys != ""
    repeated = known & keys.duplicated(keep=False)
    return groups_finding(ctx, "SV_DUPLICATE_RESPONSE", frame, keys, repeated)


@check("SV_OUT_OF_WINDOW")
def out_of_window(ctx: CheckContext) -> Iterable[Finding]:
    frame = responses(ctx)
    days = frame["surveyed_at"].dt.normalize()
    start, end = pd.Timestamp(ctx.window.start), pd.Timestamp(ctx.window.end)
    mask = days.notna() & ((days < start) | (days > end))
    return rows_finding(
        ctx,
        "SV_OUT_OF_WINDOW",
        frame,
        mask,
        start=ctx.window.start.isoformat(),
        end=ctx.window.end.isoformat(),
    )
