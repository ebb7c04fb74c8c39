"""Decision 380's forward measure (bench/layouts/vote_forward.py): what a heard vote does to a
reading, and that the measure never reads the held-out split."""

from __future__ import annotations

from bench.layouts import corpus
from bench.layouts import vote_forward as vf

RECORDS = ("record", frozenset({"work_orders"}))
NOTHING = ("unread", frozenset())
MATERIAL = ("material", frozenset())
AT_099 = vf.Heard(0.99, 0.99, 0.99)


def test_a_record_vote_reads_over_silence_and_another_kind_never_over_a_material() -> None:
    assert vf._heard(NOTHING, "complaints", 0.995, AT_099) == ("record", frozenset({"complaints"}))
    assert vf._heard(RECORDS, "complaints", 0.995, AT_099) == ("record", frozenset({"complaints"}))
    assert vf._heard(MATERIAL, "complaints", 0.9999, AT_099) == MATERIAL
    assert vf._heard(NOTHING, "complaints", 0.98, AT_099) == NOTHING  # under the threshold


def test_a_look_alike_vote_unreads_records_and_leaves_the_rest() -> None:
    assert vf._heard(RECORDS, "lookalike", 0.995, AT_099) == NOTHING
    assert vf._heard(MATERIAL, "lookalike", 0.995, AT_099) == MATERIAL
    assert vf._right("lookalike", NOTHING) and not vf._right("lookalike", RECORDS)


def test_each_direction_is_heard_at_its_own_threshold() -> None:
    """Decision 383: over another record kind at ``other``, over silence at ``none``, a
    look-alike over records at ``refusing``."""
    heard = vf.Heard(other=0.9998, none=0.999, refusing=0.999)
    assert vf._heard(NOTHING, "complaints", 0.9995, heard) == ("record", frozenset({"complaints"}))
    assert vf._heard(RECORDS, "complaints", 0.9995, heard) == RECORDS
    assert vf._heard(RECORDS, "complaints", 0.9999, heard) == ("record", frozenset({"complaints"}))
    assert vf._heard(RECORDS, "lookalike", 0.9995, heard) == NOTHING
    assert vf._heard(RECORDS, "lookalike", 0.998, heard) == RECORDS
    assert vf._direction(NOTHING, "complaints") == "none" and vf._direction(RECORDS, "lookalike") == "refusing"
    assert vf._direction(RECORDS, "work_orders") is None and vf._direction(MATERIAL, "complaints") is None
    assert vf.Heard(0.9998, 0.999, 0.999, 0.98) == vf.SHIPPED  # decision 391: 0.98 over silence with the shape


def test_the_forward_votes_are_trained_on_earlier_splits_and_never_test_the_held_out_one() -> None:
    votes = vf.forward_votes("retired14")
    assert list(votes) == list(corpus.TUNABLE[corpus.TUNABLE.index("retired14"):])
    assert corpus.HELD_OUT not in votes
    ids = {layout.id for layout in corpus.of_split("retired14")}
    assert set(votes["retired14"]) == ids
