"""Issue 11, round 18: the label model learned from the layout corpus (decisions 235-238).

The model lives in parsers/label_model.py (decision 280); bench/layouts/label_model.py trains
and measures it. These tests hold what the measurement rests on:
training never reads the held-out split, "no field" is one component per label, and a model
trained without retired5 reads a retired5 label the rules miss while its gates keep a staff
phone and an outlet name from the customer's fields.
"""

from __future__ import annotations

from functools import cache

import pytest

from bench.layouts import corpus
from bench.layouts import label_model as lm
from preaudit.model.records import RecordKind
from preaudit.parsers.headers import normalise_header

WO = RecordKind.WORK_ORDER


@cache
def _without_retired5() -> lm.LabelModel:
    return lm.train_on(tuple(s for s in corpus.TUNABLE if s != "retired5"))


def test_training_and_testing_refuse_the_held_out_split() -> None:
    with pytest.raises(ValueError, match="held out"):
        lm.examples((corpus.HELD_OUT,))
    with pytest.raises(ValueError, match="held out"):
        lm.train_on(("seen", corpus.HELD_OUT))
    with pytest.raises(ValueError, match="held out"):
        lm.evaluate(_without_retired5(), corpus.HELD_OUT)
    with pytest.raises(ValueError, match="held out"):
        lm.evaluate_kinds(corpus.HELD_OUT)
    with pytest.raises(ValueError, match="not a tunable split"):
        lm.examples(("no_such_split",))


def test_no_field_labels_are_components_and_fields_pool_their_labels() -> None:
    model = lm.train([(WO, "报修人", "customer_name"), (WO, "报修人姓名", "customer_name"),
                      (WO, "门店编号", ""), (WO, "门店地址", "")])
    data = model.to_json()["work_orders"]
    assert set(data["fields"]) == {"customer_name"}
    assert data["fields"]["customer_name"]["labels"] == 2
    assert set(data["none"]) == {"门店编号", "门店地址"}
    probabilities = model.probabilities("门店编号", WO)
    assert set(probabilities) == {"", "customer_name"}
    assert probabilities[""] > 0.9


def test_a_label_the_rules_miss_is_read_by_the_model_trained_without_it() -> None:
    """险情描述 (retired5, variant wording) names no synonym and no part the rules read."""
    assert lm.rules_field("险情描述", WO) is None
    assert lm.learned_candidates("险情描述", WO, _without_retired5()).keys() == {"issue"}


def test_a_staff_phone_and_an_outlet_name_get_no_customer_field() -> None:
    """安装工电话: the model's best class is the customer's phone (电话 carries no owner), and
    the gate refuses every phone; 门店名称 is closest to remembered no-field labels. (技师电话
    served until retired14's labels taught the model it names no field, decision 361, and
    技术员电话 until retired21's moved its best class, decision 431.)"""
    model = _without_retired5()
    assert lm.rules_field("安装工电话", WO) is None and lm.rules_field("门店名称", WO) is None
    assert model.best(normalise_header("安装工电话"), WO)[0] == "customer_phone"
    assert lm.learned_candidates("安装工电话", WO, model) == {}
    assert lm.learned_candidates("门店名称", WO, model) == {}
