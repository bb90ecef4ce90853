"""The archive says when a configured search engine cannot serve its search page."""

from django.test import override_settings

from archive.checks import search_engine_supported


def test_embedded_whoosh_passes():
    assert search_engine_supported(None) == []


def test_another_engine_is_flagged():
    engine = {"ENGINE": "haystack.backends.simple_backend.SimpleEngine"}
    with override_settings(HAYSTACK_CONNECTIONS={"default": engine}):
        [warning] = search_engine_supported(None)
    assert warning.id == "archive.W001"
