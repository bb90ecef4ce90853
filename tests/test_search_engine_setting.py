"""SEARCH_URL names only an engine the whole search suite passes on: PostgreSQL, in
the database of DATABASE_URL or in one of its own."""

import dj_database_url
import pytest
from django.core.exceptions import ImproperlyConfigured

from archive.settings import SEARCH_DATABASE, _haystack_connection

PG = "postgres://u:p@127.0.0.1:5432/db"


def test_unset_means_the_embedded_whoosh_index():
    connection = _haystack_connection(None)
    assert connection["ENGINE"] == "archive.search.backend.ArabicWhooshEngine"
    assert connection["PATH"].endswith("whoosh_index")


def test_postgres_searches_in_the_records_database():
    connection = _haystack_connection(PG, dj_database_url.parse(PG))
    assert connection == {
        "ENGINE": "archive.search.postgres.PostgresEngine",
        "DATABASE": "default",
    }


@pytest.mark.parametrize(
    "records", ["sqlite:///archive.sqlite3", "postgres://u:p@127.0.0.1:5432/other"]
)
def test_postgres_search_apart_from_the_records_has_a_database_of_its_own(records):
    connection = _haystack_connection(PG, dj_database_url.parse(records))
    assert connection == {
        "ENGINE": "archive.search.postgres.PostgresEngine",
        "DATABASE": SEARCH_DATABASE,
    }


@pytest.mark.parametrize(
    "url", ["elasticsearch://127.0.0.1:9200/archive", "solr://127.0.0.1/archive"]
)
def test_an_engine_the_page_cannot_query_stops_the_app_with_a_reason(url):
    with pytest.raises(ImproperlyConfigured, match="leave SEARCH_URL unset"):
        _haystack_connection(url)
