"""The peers answer the mix as the archive would: SQLite FTS5 with the archive's
folding; PostgreSQL, where Debian's is installed, on a server of its own."""

import pytest

from archive.benchmark.peers import Fts5, Postgres, initdb, postgres_server

ARTICLES = [
    {"id": 1, "title": "اتفاقية تعاون", "body": "وقّع وزير الخارجية اتفاقية مع الصين.",
     "date": "2018-03-02", "year": "2018", "countries": ["CN"]},
    {"id": 2, "title": "قمة", "body": "وزير الخارجيه الروسي في قمة إقليمية.",
     "date": "2019-01-05", "year": "2019", "countries": ["RU"]},
    {"id": 3, "title": "خبر", "body": "الخارجية وحدها دون الوزير.",
     "date": None, "year": None, "countries": []},
]  # fmt: skip


def count(answer: dict) -> int:
    return answer["count"][0][0]


def test_letters_folded_as_the_archive_folds_them():
    peer = Fts5(ARTICLES)
    assert count(peer.search({"q": "اتفاقيه"})) == 1  # ة/ه folded
    assert count(peer.search({"q": "وزير الخارجية"})) == 2
    assert count(peer.search({"q": "اقليمية"})) == 1  # hamza seat


def test_phrase_filters_and_facets():
    peer = Fts5(ARTICLES)
    assert count(peer.search({"q": '"الخارجية وحدها"'})) == 1
    assert count(peer.search({"q": '"وحدها الخارجية"'})) == 0
    assert count(peer.search({"q": "وزير", "country": "RU"})) == 1
    dated = peer.search({"q": "وزير", "from": "2018-01-01", "to": "2018-12-31"})
    assert [row[0] for row in dated["results"]] == [1]
    everything = peer.search({})
    assert count(everything) == 3
    assert dict(everything["years"]) == {"2018": 1, "2019": 1, None: 1}
    assert dict(everything["countries"]) == {"CN": 1, "RU": 1}


@pytest.mark.skipif(not initdb(), reason="Debian's postgresql is not installed")
def test_postgres_peer_on_a_throwaway_server():
    with postgres_server() as connection:
        peer = Postgres(ARTICLES, connection)
        assert count(peer.search({"q": "وزير", "country": "RU"})) == 1
        assert count(peer.search({"q": '"وحدها الخارجية"'})) == 0
        phrase = peer.search({"q": '"الخارجية وحدها"'})
        assert [row[0] for row in phrase["results"]] == [3]
        assert "<mark>" in phrase["results"][0][1]
        assert count(peer.search({})) == 3
