import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.pages.sample import add_more, build_archive, temporary_index


@pytest.fixture
def archive(db):
    """The sample archive: articles keyed "000"…"004", "month", "year"."""
    return build_archive()


@pytest.fixture
def query_growth(client, archive):
    """Queries a page makes before and after the archive grows: equal means no N+1."""

    def count(url: str) -> int:
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(url).status_code == 200
        return len(ctx.captured_queries)

    def measure(url: str) -> tuple[int, int]:
        before = count(url)
        add_more(4)
        return before, count(url)

    return measure


@pytest.fixture
def search_index(tmp_path):
    with temporary_index(tmp_path / "whoosh"):
        yield
