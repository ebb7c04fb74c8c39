"""Near-identical signature grouping: pigeonhole bands find every pair within the tolerance."""

from __future__ import annotations

import random

from checks.signatures import picture_groups


def brute_force(prints: list[str], max_bits: int) -> set[frozenset[str]]:
    values = {p: int(p[3:], 16) for p in prints}
    pairs = set()
    for a in prints:
        for b in prints:
            if a < b and (values[a] ^ values[b]).bit_count() <= max_bits:
                pairs.add(frozenset((a, b)))
    return pairs


def test_bands_find_every_close_pair() -> None:
    rng = random.Random(3)
    prints = []
    for _ in range(150):
        base = rng.getrandbits(64)
        prints.append(f"dh:{base:016x}")
        flipped = base
        for bit in rng.sample(range(64), rng.randint(0, 4)):
            flipped ^= 1 << bit
        prints.append(f"dh:{flipped:016x}")
    groups = picture_groups(prints, max_bits=3)
    for pair in brute_force(prints, 3):
        a, b = tuple(pair)
        assert groups[a] == groups[b]


def test_exact_hashes_group_only_when_equal() -> None:
    groups = picture_groups(["sha256:aa", "sha256:aa", "sha256:ab", "px:01"], max_bits=3)
    assert len(set(groups.values())) == 3


def test_zero_tolerance_means_identical_only() -> None:
    groups = picture_groups(["dh:0000000000000000", "dh:0000000000000001"], max_bits=0)
    assert len(set(groups.values())) == 2
