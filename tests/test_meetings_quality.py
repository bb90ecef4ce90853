"""Floors under meeting extraction on the held-out halves of the labelled set.

The figures come from `python -m tests.meetings.evaluate` (see tests/meetings/README.md)
and sit just under what was measured, so a change that loses recall or precision on
text nobody tuned against fails here.
"""

import functools

import pytest

from tests.meetings import evaluate

# stratum -> (encounter precision, encounter recall, participant precision in found)
FLOORS = {
    "random": (0.67, 0.28, 0.90),
    "candidates": (0.65, 0.30, 0.90),
    "cues": (0.90, 0.50, 0.90),
}


@functools.cache
def _held_out() -> dict:
    return evaluate.run("heldout")[0]


@pytest.fixture
def reports(db):
    """Extraction reads the gazetteer of the test database; once for all strata."""
    return _held_out()


@pytest.mark.parametrize("stratum", sorted(FLOORS))
def test_held_out_encounters_stay_above_their_floors(reports, stratum):
    precision, recall, parties = FLOORS[stratum]
    report = reports[stratum]
    assert report.encounters.wanted > 0, "the held-out half has encounters to find"
    assert report.encounters.recall >= recall
    assert report.encounters.precision >= precision
    assert report.parties_in_found.precision >= parties


def test_every_article_of_the_set_is_annotated():
    annotated = {a.docno for a in evaluate.load_articles()}
    assert annotated == set(evaluate.rows_by_docno())
