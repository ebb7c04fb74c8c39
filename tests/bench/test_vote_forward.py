"""Decision 380's forward measure (bench/layouts/vote_forward.py): what a heard vote does to a
reading, and that the measure never reads the held-out split."""

from __future__ import annotations

from bench.layouts import corpus
from bench.layouts import vote_forward as vf

RECORDS = ("record", frozenset({"work_orders"}))
NOTHING = ("unread", frozenset())
MATERIAL = ("material", frozenset())


def test_a_record_vote_reads_over_silence_and_another_kind_never_over_a_material() -> None:
    assert vf._heard(NOTHING, "complaints", 0.995, 0.99) == ("record", frozenset({"complaints"}))
    assert vf._heard(RECORDS, "complaints", 0.995, 0.99) == ("record", frozenset({"complaints"}))
    assert vf._heard(MATERIAL, "complaints", 0.9999, 0.99) == MATERIAL
    assert vf._heard(NOTHING, "complaints", 0.98, 0.99) == NOTHING  # under the threshold


def test_a_look_alike_vote_unreads_records_and_leaves_the_rest() -> None:
    assert vf._heard(RECORDS, "lookalike", 0.995, 0.99) == NOTHING
    assert vf._heard(MATERIAL, "lookalike", 0.995, 0.99) == MATERIAL
    assert vf._right("lookalike", NOTHING) and not vf._right("lookalike", RECORDS)


def test_the_forward_votes_are_trained_on_earlier_splits_and_never_test_the_held_out_one() -> None:
    votes = vf.forward_votes("retired14")
    assert list(votes) == list(corpus.TUNABLE[corpus.TUNABLE.index("retired14"):])
    assert corpus.HELD_OUT not in votes
    ids = {layout.id for layout in corpus.of_split("retired14")}
    assert set(votes["retired14"]) == ids
