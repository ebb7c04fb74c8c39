"""Near-identical signature grouping: pigeonhole bands find every pair within the tolerance."""

from __future__ import annotations

import random

from preaudit.checks.signatures import picture_groups


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


def _flip(value: int, count: int, rng: random.Random, bits: int = 128) -> int:
    for bit in rng.sample(range(bits), count):
        value ^= 1 << bit
    return value


def test_scanned_copies_group_and_other_hands_never_do() -> None:
    """128-bit ink hashes at the default tolerance (28 bits): copies as far apart as the
    scanned copies measured (up to 24 bits) meet in the sampled tables; unrelated hashes
    (about 64 bits apart) and hashes just past the tolerance never group."""
    rng = random.Random(12)
    prints, owner = [], {}
    for n in range(200):
        base = rng.getrandbits(128)
        for _ in range(3):
            fp = f"ph:{_flip(base, rng.randint(0, 12), rng):032x}"
            prints.append(fp)
            owner[fp] = n
    groups = picture_groups(prints, max_bits=28)
    by_owner: dict[int, set[str]] = {}
    for fp in prints:
        by_owner.setdefault(owner[fp], set()).add(groups[fp])
    assert all(len(keys) == 1 for keys in by_owner.values())
    owners_of: dict[str, set[int]] = {}
    for fp in prints:
        owners_of.setdefault(groups[fp], set()).add(owner[fp])
    assert all(len(found) == 1 for found in owners_of.values())
    far = rng.getrandbits(128)
    pair = [f"ph:{far:032x}", f"ph:{_flip(far, 29, rng):032x}"]
    assert len(set(picture_groups(pair, max_bits=28).values())) == 2


def test_kinds_are_never_compared_with_each_other() -> None:
    groups = picture_groups([f"ph:{0:032x}", f"dh:{0:016x}"], max_bits=28)
    assert len(set(groups.values())) == 2
