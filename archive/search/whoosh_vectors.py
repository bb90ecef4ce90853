"""Compact values for the index: the body's term vector (where each term stands, for
snippets) and the positions in every text posting (for phrases).

Whoosh's Characters and Positions formats pickle a list of deltas for every term of
every document: about nine bytes an occurrence in a vector and ten for a word seen
once, the largest part of the index. Here each delta is a varint, mostly one byte.
Values that an index built before wrote (pickled) still decode, so no index needs
rebuilding to keep working.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable

from whoosh import formats
from whoosh.system import _INT_SIZE, pack_uint

# After the count that every Whoosh value opens with: a pickle starts with 0x80.
_COMPACT = b"\xfe"


class CompactPositions(formats.Positions):
    """Positions with its values as varints."""

    def encode(self, poslist) -> bytes:
        deltas = [pos - previous for previous, pos in itertools.pairwise([0, *poslist])]
        return pack_uint(len(poslist)) + _COMPACT + _varints(deltas)

    def decode_positions(self, valuestring: bytes) -> list[int]:
        if valuestring[_INT_SIZE : _INT_SIZE + 1] != _COMPACT:
            return super().decode_positions(valuestring)
        return list(itertools.accumulate(_numbers(valuestring, _INT_SIZE + 1)))


class CompactCharacters(formats.Characters):
    """Characters with its values as varints."""

    def encode(self, poslist) -> bytes:
        deltas, position, end = [], 0, 0
        for pos, startchar, endchar in poslist:
            deltas += (pos - position, startchar - end, endchar - startchar)
            position, end = pos, endchar
        return pack_uint(len(poslist)) + _COMPACT + _varints(deltas)

    def decode_characters(self, valuestring: bytes) -> list[tuple[int, int, int]]:
        if valuestring[_INT_SIZE : _INT_SIZE + 1] != _COMPACT:
            return super().decode_characters(valuestring)
        deltas = _numbers(valuestring, _INT_SIZE + 1)
        found, position, end = [], 0, 0
        for i in range(0, len(deltas), 3):
            position += deltas[i]
            start = end + deltas[i + 1]
            end = start + deltas[i + 2]
            found.append((position, start, end))
        return found

    def decode_positions(self, valuestring: bytes) -> list[int]:
        return [pos for pos, _, _ in self.decode_characters(valuestring)]


def _varints(numbers: Iterable[int]) -> bytes:
    """Signed numbers zigzagged (a token may start before the last one ended) and
    written seven bits a byte, the high bit saying more follow."""
    out = bytearray()
    for number in numbers:
        n = number * 2 if number >= 0 else -number * 2 - 1
        while n > 0x7F:
            out.append(n & 0x7F | 0x80)
            n >>= 7
        out.append(n)
    return bytes(out)


def _numbers(data: bytes, start: int) -> list[int]:
    numbers, n, shift = [], 0, 0
    for byte in data[start:]:
        n |= (byte & 0x7F) << shift
        shift += 7
        if not byte & 0x80:
            numbers.append(n >> 1 if not n & 1 else -(n >> 1) - 1)
            n = shift = 0
    return numbers
