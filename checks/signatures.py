"""Group signature fingerprints that show the same picture, in linear time.

Parsers give each picture in a signature cell a fingerprint (parsers/images.py): ``ph:`` + a
128-bit perceptual hash of its ink, or an exact ``px:``/``sha256:`` hash for pictures that have
no stroke shape. (``dh:`` 64-bit hashes of earlier versions are compared the same way, only
ever with each other.) Two hashes of one kind within ``max_bits`` differing bits are the same
picture, pasted, re-encoded or printed and scanned.

Comparing every pair would be quadratic. Instead, locality-sensitive hashing by bit sampling:
60 tables, each keying every hash by the same k bit positions (chosen once, seeded); only hashes
meeting in some table's bucket are compared (numpy, a table at a time). k grows with the number
n of hashes (k = max(12, bits of n)), so an unrelated hash meets about one other per table and
the work is about 60 · n whatever n is. Two hashes d bits apart meet with probability
1 - (1 - (1 - d/128)^k)^60: up to 4,095 signatures (k = 12), 96 % at the default 28 bits,
99.4 % at 24, > 99.99 % at 16 and less (scanned copies measured: median 6, at most 24;
bench/signatures.md); for 100,000 (k = 17), 83 % at 24 bits, 99.8 % at 16. Three copies of one
picture need only two of their three pairs to meet. When ``max_bits`` is small enough for
pigeonhole bands of 12+ bits (64-bit ``dh`` hashes at 3 bits), the tables are those bands
instead, and every pair within ``max_bits`` is found.
"""

from __future__ import annotations

import itertools
import random
from collections import defaultdict
from collections.abc import Iterator

import numpy as np

_KIND_BITS = {"ph": 128, "dh": 64}  # fingerprints compared by Hamming distance, by kind
_TABLES = 60
_SAMPLED = 12
_SEED = 27922  # fixed: the same records always give the same groups
_WORD = (1 << 64) - 1


def _bands(bits: int, max_bits: int) -> list[int]:
    """Pigeonhole masks: max_bits + 1 contiguous bands, one of which two close hashes share."""
    count = max_bits + 1
    edges = [round(i * bits / count) for i in range(count + 1)]
    return [((1 << (hi - lo)) - 1) << lo for lo, hi in itertools.pairwise(edges)]


def _samples(bits: int, count: int) -> list[int]:
    """Bit-sampling masks. Sampling as many bits as ``count`` needs to be told apart (and at
    least _SAMPLED) keeps a bucket at a couple of unrelated hashes however many there are."""
    sampled = max(_SAMPLED, count.bit_length())
    rng = random.Random(f"{_SEED}-{bits}-{sampled}")
    return [sum(1 << position for position in rng.sample(range(bits), sampled))
            for _ in range(_TABLES)]


def _masks(bits: int, max_bits: int, count: int) -> list[int]:
    exact = bits // (max_bits + 1) >= _SAMPLED  # bands long enough to be selective
    return _bands(bits, max_bits) if exact else _samples(bits, count)


def _hamming_kinds(distinct: list[str]) -> Iterator[tuple[int, dict[str, int]]]:
    """(bit length, fingerprint → integer) for each kind of Hamming fingerprint present."""
    by_kind: dict[str, dict[str, int]] = defaultdict(dict)
    for fp in distinct:
        kind, _, digits = fp.partition(":")
        if kind in _KIND_BITS:
            by_kind[kind][fp] = int(digits, 16)
    for kind, hashes in by_kind.items():
        yield _KIND_BITS[kind], hashes


def _as_words(values: list[int], bits: int) -> np.ndarray:
    """(n, bits/64) unsigned 64-bit words: numpy's view of the hashes."""
    words = bits // 64
    return np.array([[(v >> (64 * w)) & _WORD for w in range(words)] for v in values],
                    dtype=np.uint64).reshape(len(values), words)


def _bucket_pairs(keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Every pair of rows of ``keys`` that are equal (indices into ``keys``)."""
    order = np.lexsort(keys.T[::-1])
    ordered = keys[order]
    same_next = np.all(ordered[1:] == ordered[:-1], axis=1)
    firsts, seconds = [], []
    run, offset = same_next, 1  # run[i]: sorted rows i and i + offset share a bucket
    while run.any():
        at = np.flatnonzero(run)
        firsts.append(order[at])
        seconds.append(order[at + offset])
        run = run[:-1] & same_next[offset:]
        offset += 1
    if not firsts:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    return np.concatenate(firsts), np.concatenate(seconds)


def _merge(label: np.ndarray, first: np.ndarray, second: np.ndarray) -> np.ndarray:
    """Component labels (each component's smallest member) after joining every pair."""
    while True:
        low = np.minimum(label[first], label[second])
        np.minimum.at(label, label[first], low)
        np.minimum.at(label, label[second], low)
        while True:  # pointer jumping: every member points at its component's root
            jumped = label[label]
            if np.array_equal(jumped, label):
                break
            label = jumped
        if np.array_equal(label[first], label[second]):
            return label


def _hamming_labels(values: list[int], bits: int, max_bits: int) -> np.ndarray:
    """Component label of each hash: hashes within ``max_bits`` (met in a table) join."""
    words = _as_words(values, bits)
    label = np.arange(len(values))
    for mask in _masks(bits, max_bits, len(values)):
        first, second = _bucket_pairs(words & _as_words([mask], bits)[0])
        apart = np.bitwise_count(words[first] ^ words[second]).sum(axis=1)
        keep = (apart <= max_bits) & (label[first] != label[second])
        if keep.any():
            label = _merge(label, first[keep], second[keep])
    return label


def picture_groups(fingerprints: list[str], max_bits: int = 28) -> dict[str, str]:
    """Fingerprint → a group key shared by every fingerprint showing the same picture."""
    distinct = sorted(set(fingerprints))
    groups = {fp: fp for fp in distinct}
    for bits, hashes in _hamming_kinds(distinct) if max_bits > 0 else []:
        names = list(hashes)
        label = _hamming_labels(list(hashes.values()), bits, max_bits)
        for name, root in zip(names, label.tolist(), strict=True):
            groups[name] = names[root]
    return groups
