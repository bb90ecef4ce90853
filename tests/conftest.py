"""Fixtures every test may use: a private search index, and the archive of the seeds."""

from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from haystack import connections

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
ON_WHOOSH = "whoosh" in settings.HAYSTACK_CONNECTIONS["default"]["ENGINE"].lower()


def pytest_collection_modifyitems(config, items):
    """Tests of the Whoosh backend's internals (its schema, searcher, lock) run
    where Whoosh is the engine; every behaviour test runs on each engine."""
    if ON_WHOOSH:
        return
    skip = pytest.mark.skip(
        reason="Whoosh internals; SEARCH_URL selects another engine"
    )
    for item in items:
        if "whoosh" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(autouse=True, scope="session")
def _private_search_index(tmp_path_factory):
    """Tests never write to the developer's index in var/ (PostgreSQL's index is
    in the test database already)."""
    connection = settings.HAYSTACK_CONNECTIONS["default"]
    if not ON_WHOOSH:
        yield
        return
    original = connection.get("PATH")
    connection["PATH"] = str(tmp_path_factory.mktemp("whoosh"))
    connections.reload("default")
    yield
    connection["PATH"] = original
    connections.reload("default")


@pytest.fixture
def clean_index():
    """An empty index for a test whose database starts empty too."""
    backend = connections["default"].get_backend()
    backend.clear()
    yield backend
    backend.clear()


def ingest(*paths, **options) -> str:
    """Run the ingest command; return what it printed (its summary last)."""
    out = StringIO()
    call_command("ingest", *map(str, paths), stdout=out, stderr=StringIO(), **options)
    return out.getvalue()


@pytest.fixture
def seeded(db, clean_index):
    """The five seed articles ingested; articles keyed by their file's number."""
    from archive.models import Article

    ingest(FIXTURES)
    return {a.source_file[:3]: a for a in Article.objects.all()}


@pytest.fixture(autouse=True)
def _no_kept_pages():
    """No test gets a page another test's database rendered (each test's own
    records may carry the same version token)."""
    from archive import pagecache

    pagecache.clear()


@pytest.fixture(autouse=True)
def _default_name_registry():
    """No test sees the spellings another test's database loaded into search."""
    from tests.search.factories import restore_registry

    yield
    restore_registry()
