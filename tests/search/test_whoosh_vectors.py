"""The body's compact term vector: smaller than Whoosh's, and reading both."""

import pytest
from whoosh import formats

from archive.search.whoosh_vectors import CompactCharacters, CompactPositions

# A name's terms stand on one word, so a term may start before the last one ended.
SPANS = [(0, 0, 5), (0, 0, 5), (3, 17, 29), (130, 1200, 1207), (131, 1190, 1199)]


@pytest.mark.parametrize("spans", [SPANS, [(7, 70000, 70400)], []])
def test_spans_come_back_as_written_in_fewer_bytes(spans):
    compact, whoosh = CompactCharacters(), formats.Characters()
    value = compact.encode(spans)
    assert compact.decode_characters(value) == spans
    assert compact.decode_positions(value) == [pos for pos, _, _ in spans]
    assert compact.decode_frequency(value) == len(spans)
    assert len(value) < len(whoosh.encode(spans))


def test_values_of_an_index_built_before_still_decode():
    assert (
        CompactCharacters().decode_characters(formats.Characters().encode(SPANS))
        == SPANS
    )


@pytest.mark.parametrize("positions", [[0, 0, 3, 3, 90, 70000], [5], [4, 2], []])
def test_positions_come_back_as_written_in_fewer_bytes(positions):
    compact, whoosh = CompactPositions(field_boost=2.0), formats.Positions()
    value = compact.encode(positions)
    assert compact.decode_positions(value) == positions
    assert compact.decode_frequency(value) == len(positions)
    assert compact.decode_weight(value) == 2.0 * len(positions)
    assert len(value) < len(whoosh.encode(positions))


def test_positions_an_index_built_before_wrote_still_decode():
    value = formats.Positions().encode([3, 9, 9, 40])
    assert CompactPositions().decode_positions(value) == [3, 9, 9, 40]
