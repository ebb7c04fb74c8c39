"""The label model's forward measure (bench/layouts/label_forward.py, decision 385): what the
rules make of a label, the model heard at a threshold in the pipeline and put back after, and
that the measure trains on earlier splits only and never reads the held-out split."""

from __future__ import annotations

import pytest

from bench.layouts import corpus
from bench.layouts import label_forward as lf
from bench.layouts import label_model as lm
from preaudit.model.records import RecordKind
from preaudit.parsers import label_model

WO = RecordKind.WORK_ORDER


def test_a_label_is_classed_by_what_the_rules_make_of_it() -> None:
    assert lf.rules_class("报修人", WO, "customer_name") == lf.SAME_STRONG  # a synonym
    assert lf.rules_class("报修者姓名", WO, "customer_name") == lf.SAME_WEAK  # by parts
    assert lf.rules_class("维修师傅姓名", WO, "customer_name") == lf.OTHER_WEAK
    assert lf.rules_class("销售人员", WO, "") == lf.DECIDED  # a look-alike's word
    assert lf.rules_class("灾情描述", WO, "issue") == lf.UNKNOWN


def test_the_model_is_heard_at_the_threshold_and_put_back_after() -> None:
    model = lm.train_on(("seen",))
    before = label_model._shipped_reading
    spoke: list[bool] = []
    with lf._heard_as(model, lf.SILENT, spoke):
        assert label_model.learned_candidates("报急人", WO) == {}
    assert spoke and not any(spoke)
    assert label_model._shipped_reading is before


def test_the_forward_models_are_trained_on_earlier_splits_and_never_test_the_held_out_one() -> None:
    first = corpus.TUNABLE[-1]
    models = list(lf.forward_models(first))
    assert [split for split, _ in models] == [first]
    assert corpus.HELD_OUT not in corpus.TUNABLE
    earlier = corpus.TUNABLE[:-1]
    assert label_model.dumps(models[0][1]) == label_model.dumps(lm.train_on(earlier))


def test_forward_in_time_trains_on_the_splits_drawn_before_and_never_reaches_the_held_out_one() -> None:
    steps = dict(lm.forward("retired15"))
    assert list(steps) == list(corpus.TUNABLE[corpus.TUNABLE.index("retired15"):])
    assert steps["retired15"] == corpus.TUNABLE[:corpus.TUNABLE.index("retired15")]
    assert all(split not in earlier for split, earlier in steps.items())
    with pytest.raises(ValueError):
        lm.drawn_before(corpus.HELD_OUT)
