"""SEARCH_URL names only an engine the whole search suite passes on: none yet."""

import pytest
from django.core.exceptions import ImproperlyConfigured

from archive.settings import _haystack_connection


def test_unset_means_the_embedded_whoosh_index():
    connection = _haystack_connection(None)
    assert connection["ENGINE"] == "archive.search.backend.ArabicWhooshEngine"
    assert connection["PATH"].endswith("whoosh_index")


@pytest.mark.parametrize(
    "url", ["elasticsearch://127.0.0.1:9200/archive", "postgres://u:p@127.0.0.1/db"]
)
def test_an_engine_the_page_cannot_query_stops_the_app_with_a_reason(url):
    with pytest.raises(ImproperlyConfigured, match="leave SEARCH_URL unset"):
        _haystack_connection(url)
