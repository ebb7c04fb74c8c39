"""bench/layouts/folds.py: the learned models held out, split by split (decision 347).

What its figures rest on: the held-out split is never read, a fold's models really replace the
shipped ones while it reads (and a cached reading from one fold never answers for another), and
the shipped ones are back afterwards.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.layouts import corpus, folds
from bench.layouts import label_model as lm
from preaudit.model.records import RecordKind
from preaudit.parsers import kind_model, label_model
from preaudit.parsers.label_model import learned_candidates

WO = RecordKind.WORK_ORDER


def test_the_held_out_split_is_never_read(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="held out"):
        folds.run_folds(tmp_path, (corpus.HELD_OUT,))


def test_a_folds_models_read_in_place_of_the_shipped_ones_and_leave_no_trace() -> None:
    label = "门店编号甲"  # a label of no layout: only what a model learned from it reads it
    learned = lm.train([(WO, label, "issue"), (WO, "报修内容", "issue"), (WO, "门店地址", "")])
    kinds = kind_model.train([("lookalike", ["门店编号甲", "门店地址"]),
                              ("work_orders", ["报修内容", "维修结果"])])
    before = learned_candidates(label, WO)
    assert "issue" not in before
    with folds.models(learned, kinds):
        assert learned_candidates(label, WO) == {"issue": pytest.approx(learned.best(label, WO)[1])}
        assert kind_model.vote(["门店编号甲", "门店地址"])[0] == "lookalike"
    assert learned_candidates(label, WO) == before  # the fold's cached reading is gone
    assert label_model.shipped() is not learned and kind_model.shipped() is not kinds
