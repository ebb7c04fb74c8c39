"""Group signature fingerprints that show the same picture, in linear time.

Parsers give each picture in a signature cell a fingerprint (parsers/images.py): ``dh:`` +
a 64-bit difference hash, or an exact ``px:``/``sha256:`` hash for pictures a dHash cannot
describe. Two dHashes within ``max_bits`` differing bits are the same picture re-encoded or
rescaled. Comparing every pair would be quadratic; instead each hash is split into
``max_bits + 1`` bands — two hashes within ``max_bits`` share at least one band exactly
(pigeonhole) — so only hashes meeting in a band bucket are compared.
"""

from __future__ import annotations

import itertools
from collections import defaultdict

BITS = 64


def _bands(max_bits: int) -> list[tuple[int, int]]:
    count = max_bits + 1
    edges = [round(i * BITS / count) for i in range(count + 1)]
    return list(itertools.pairwise(edges))


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, item: str) -> str:
        root = self.parent.setdefault(item, item)
        while root != self.parent[root]:
            root = self.parent[root]
        while item != root:  # path compression keeps later finds short
            self.parent[item], item = root, self.parent[item]
        return root

    def union(self, a: str, b: str) -> None:
        self.parent[self.find(a)] = self.find(b)


def picture_groups(fingerprints: list[str], max_bits: int = 3) -> dict[str, str]:
    """Fingerprint → a group key shared by every fingerprint showing the same picture."""
    groups = _UnionFind()
    distinct = sorted(set(fingerprints))
    hashes = {fp: int(fp[3:], 16) for fp in distinct if fp.startswith("dh:")}
    for lo, hi in _bands(max_bits) if max_bits > 0 else []:
        mask = ((1 << (hi - lo)) - 1) << lo
        buckets: dict[int, list[str]] = defaultdict(list)
        for fp, value in hashes.items():
            buckets[value & mask].append(fp)
        for members in buckets.values():
            for i, first in enumerate(members):
                for second in members[i + 1 :]:
                    if (hashes[first] ^ hashes[second]).bit_count() <= max_bits:
                        groups.union(first, second)
    return {fp: groups.find(fp) for fp in distinct}
